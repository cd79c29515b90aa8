#pragma once

#include <QList>
#include <QString>

#include "api/accounts/account.h"
#include "ui/appcontext.h"
#include "ui/vendortab.h"

class QHBoxLayout;
class QLabel;
class QTabWidget;

namespace rd {

class InlineMessage;
class VendorPage;

// The frame every vendor tab shares:
//   header   the environment badge, then what the vendor adds (identity, balance, buttons)
//   message  the tab's inline message (session state, the outcome of the last action)
//   pages    VendorPage tabs, Alt+1…Alt+9 to switch, the last page remembered in settings (<vendor>/<account>/page)
// Nothing is loaded before the account's credentials are ready: the shell follows AccountSessions, says "reading the
// key" or "not connected" in the message, and calls onStarted() once, then ensureLoaded() on every page as it is
// shown. A replaced key calls onKeyReplaced() and refreshes what is visible. F5 refreshes the visible page (after
// onRefresh()), Ctrl+F focuses its search (or the search page's when it has none). The title carries tabBadge().
// VendorTab::accountsRequested() goes to the main window, which opens File > Accounts.
class VendorTabShell : public VendorTab {
    Q_OBJECT
public:
    VendorTabShell(const AppContext& context, const Account& account, const QString& vendorKey,
                   QWidget* parent = nullptr);
    ~VendorTabShell() override;

    Account account() const override { return m_account; }
    void refresh() override;
    void focusSearch() override;
    QString tabTitle() const override;

    QTabWidget* pages() const { return m_pages; }
    InlineMessage* message() const { return m_message; }
    QLabel* environmentBadge() const { return m_environment; }
    bool isStarted() const { return m_started; }
    QString accountName() const;

protected:
    const AppContext& context() const { return m_context; }
    QString settingsPrefix() const { return m_settingsPrefix; }
    QHBoxLayout* header() const { return m_header; }
    // Adds a page; its tab reads pageTitle() (+ badge) and pageToolTip() with its Alt+N key.
    void addPage(VendorPage* page);
    VendorPage* page(int index) const;
    VendorPage* currentPage() const;
    // The page Ctrl+F goes to when the visible one has no search.
    void setSearchPage(VendorPage* page) { m_searchPage = page; }
    // Call at the end of the subclass constructor: restores the last page and starts when the session is ready.
    void finishSetup();
    // Shows an error with "Open Accounts" in the tab's message.
    void showAccountsError(const QString& text);
    void openAccounts();
    // Emits titleChanged() when tabTitle() changed.
    void updateTitle();

    virtual void onStarted() {}      // the session is ready for the first time
    virtual void onNotConnected() {} // no key, or storage unavailable
    virtual void onRefresh() {}      // F5, before the visible page refreshes
    virtual void onKeyReplaced() {}  // the key changed while the tab was running
    virtual QString tabBadge() const { return {}; }

private:
    void onSessionChanged(const QString& accountId);
    void startIfReady();
    void ensurePageLoaded();
    void updatePageTab(VendorPage* page);

    AppContext m_context;
    Account m_account;
    QString m_vendorName;
    QString m_settingsPrefix;
    bool m_started = false;
    QString m_lastTitle;
    QList<VendorPage*> m_pageList;
    VendorPage* m_searchPage = nullptr;

    QLabel* m_environment;
    QHBoxLayout* m_header;
    InlineMessage* m_message;
    QTabWidget* m_pages;
};

} // namespace rd
