#pragma once

#include <optional>

#include "accounts/account.h"
#include "appcontext.h"
#include "core/callhandle.h"
#include "tremendous/tremendoustypes.h"
#include "vendortab.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace rd {

class ClipboardGuard;
class InlineMessage;
class TrActionFlow;
class TrApprovalsPanel;
class TremendousClient;
class ActionReconciler;
class TrFailedDeliveriesPanel;
class TrFraudReviewsPanel;
class TrFraudRulesView;
class TrLookupPanel;
class TrNameCache;

// The Tremendous tab, "Orders & fraud reviews" (issue 4): the busiest screen of a rewards support team.
//   header   environment badge, account, "Balance: USD 12,345.67 (pending USD 0.00)" (GET /funding_sources/BALANCE,
//            read again after every action run), Refresh
//   message  the connection state and the tab's own warnings (each page shows the outcome of its own actions)
//   pages    Approvals (N) | Fraud reviews | Failed deliveries | Lookup | Fraud rules
// It builds its own TremendousClient over the shared transport (the endpoint comes from AccountSessions on every
// request, so a replaced key is used at once), uses the app's one Tremendous reconciler (AppContext::reconcilers),
// builds the campaign/product name cache and ONE TrActionFlow shared by every page: every approve, reject, release,
// block, resend and cancel is confirmed, journaled before it is sent, never retried, one run at a time, and the
// flow's orderChanged/fraudReviewChanged/rewardChanged change the rows in place. Nothing is loaded before the account's
// credentials are ready. tabTitle() carries the pending-approval count ("Tremendous demo (12)"); titleChanged() follows
// it. F5 refreshes the visible page and the balance; Ctrl+F focuses the visible page's search; Alt+1…Alt+5 switch
// pages.
class TremendousTab : public VendorTab {
    Q_OBJECT
public:
    enum Page { ApprovalsPage, FraudReviewsPage, FailedDeliveriesPage, LookupPage, FraudRulesPage };

    TremendousTab(const AppContext& context, const Account& account, QWidget* parent = nullptr);
    ~TremendousTab() override;

    Account account() const override { return m_account; }
    void refresh() override;
    void focusSearch() override;
    QString tabTitle() const override;

    int pendingCount() const { return m_pendingCount; }
    void loadBalance();
    std::optional<TrFundingSource> balance() const { return m_balance; }
    // Shows an order (by id or external id) on the Lookup page.
    void showOrder(const QString& idOrExternalId);

    // Test seams.
    TremendousClient* client() const { return m_client; }
    ActionReconciler* reconciler() const { return m_reconciler; }
    TrActionFlow* flow() const { return m_flow; }
    TrNameCache* nameCache() const { return m_names; }
    ClipboardGuard* clipboardGuard() const { return m_clipboard; }
    TrApprovalsPanel* approvalsPanel() const { return m_approvals; }
    TrFraudReviewsPanel* fraudReviewsPanel() const { return m_fraudReviews; }
    TrFailedDeliveriesPanel* failedDeliveriesPanel() const { return m_failed; }
    TrLookupPanel* lookupPanel() const { return m_lookup; }
    TrFraudRulesView* fraudRulesView() const { return m_rules; }
    QTabWidget* pages() const { return m_pages; }
    QLabel* identityLabel() const { return m_identity; }
    QLabel* balanceLabel() const { return m_balanceLabel; }
    QPushButton* refreshButton() const { return m_refresh; }
    InlineMessage* message() const { return m_message; }

Q_SIGNALS:
    // The agent asked to open File > Accounts (e.g. the API key was rejected). When nothing is connected, the tab
    // triggers the main window's "actionAccounts" itself.
    void manageAccountsRequested();

private:
    void buildUi();
    void connectParts();
    void onSessionChanged(const QString& accountId);
    void startIfReady();
    void ensurePageLoaded();
    void onPendingCount(int count);
    void openAccounts();

    AppContext m_context;
    Account m_account;
    QString m_settingsPrefix;
    TremendousClient* m_client;
    ActionReconciler* m_reconciler; // the shared one (AppContext::reconcilers); may be null
    ClipboardGuard* m_clipboard;
    TrNameCache* m_names;
    TrActionFlow* m_flow = nullptr;
    CallHandle m_balanceCall;
    std::optional<TrFundingSource> m_balance;
    bool m_started = false;
    int m_pendingCount = 0;
    QString m_lastTitle;
    QList<int> m_loadedPages;

    QLabel* m_environment = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_balanceLabel = nullptr;
    QPushButton* m_refresh = nullptr;
    InlineMessage* m_message = nullptr;
    QTabWidget* m_pages = nullptr;
    TrApprovalsPanel* m_approvals = nullptr;
    TrFraudReviewsPanel* m_fraudReviews = nullptr;
    TrFailedDeliveriesPanel* m_failed = nullptr;
    TrLookupPanel* m_lookup = nullptr;
    TrFraudRulesView* m_rules = nullptr;
};

} // namespace rd
