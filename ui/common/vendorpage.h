#pragma once

#include <QWidget>

namespace rd {

// One page of a vendor tab (VendorTabShell): what the shell needs to load, refresh and search it, and how the page
// tab is titled. The shell calls ensureLoaded() when the page is first shown once the account's session is ready.
class VendorPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void ensureLoaded() {}  // the first load (pages that load on demand ignore it)
    virtual void refresh() = 0;     // F5: read what the page shows again
    virtual bool focusSearch() = 0; // Ctrl+F; false when the page has no search (the shell goes to one that has)
    virtual QString pageTitle() const = 0;
    virtual QString pageBadge() const { return {}; } // a count shown after the title ("Approvals (12)"); empty: none
    virtual QString pageToolTip() const { return {}; }

Q_SIGNALS:
    void badgeChanged();
    // The agent asked to open File > Accounts (e.g. the API key was rejected).
    void accountsRequested();
};

} // namespace rd
