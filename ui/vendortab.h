#pragma once

#include <QWidget>

#include "api/accounts/account.h"

namespace rd {

// What the main window needs from a vendor tab (one per account of a vendor whose tab is built).
class VendorTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual Account account() const = 0;
    virtual void refresh() = 0;     // F5
    virtual void focusSearch() = 0; // Ctrl+F
    virtual QString tabTitle() const = 0;

Q_SIGNALS:
    // tabTitle() changed (e.g. a count badge: "Orders & fraud reviews (12)"); the main window retitles the tab.
    void titleChanged();
    // The agent asked to open File > Accounts (e.g. the API key was rejected); the main window opens it.
    void accountsRequested();
};

} // namespace rd
