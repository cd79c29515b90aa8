#pragma once

#include <optional>

#include "api/core/callhandle.h"
#include "api/tremendous/tremendoustypes.h"
#include "ui/common/vendortabshell.h"

class QLabel;
class QPushButton;

namespace rd {

class ClipboardGuard;
class ActionReconciler;
} // namespace rd

namespace rd::tremendous {

class ActionFlow;
class ApprovalsPage;
class Client;
class FailedDeliveriesPage;
class FraudReviewsPage;
class FraudRulesView;
class LookupPage;
class NameCache;

// The Tremendous tab, "Orders & fraud reviews": the busiest screen of a rewards support team. On the shared
// VendorTabShell (environment badge, session gating, pages with Alt+1…Alt+5, last page, F5, Ctrl+F):
//   header   account, "Balance: USD 12,345.67 (pending USD 0.00)" (GET /funding_sources/BALANCE, read again after
//            every action run), Refresh
//   pages    Approvals (N) | Fraud reviews | Failed deliveries | Lookup | Fraud rules
// It builds its own Client over the shared transport (the endpoint comes from AccountSessions on every
// request, so a replaced key is used at once), uses the app's one Tremendous reconciler (AppContext::reconcilers),
// builds the campaign/product name cache and ONE ActionFlow shared by every page: every approve, reject, release,
// block, resend and cancel is confirmed, journaled before it is sent, never retried, one run at a time, and each page
// sees the results of the runs it started (RunObserver). tabTitle() carries the pending-approval count
// ("Tremendous demo (12)").
class Tab : public VendorTabShell {
    Q_OBJECT
public:
    enum Page { Approvals, FraudReviews, FailedDeliveries, Lookup, FraudRules };

    Tab(const AppContext& context, const Account& account, QWidget* parent = nullptr);
    ~Tab() override;

    int pendingCount() const { return m_pendingCount; }
    void loadBalance();
    std::optional<FundingSource> balance() const { return m_balance; }
    // Shows an order (by id or external id) on the Lookup page.
    void showOrder(const QString& idOrExternalId);

    // Test seams.
    Client* client() const { return m_client; }
    ActionReconciler* reconciler() const { return m_reconciler; }
    ActionFlow* flow() const { return m_flow; }
    NameCache* nameCache() const { return m_names; }
    ClipboardGuard* clipboardGuard() const { return m_clipboard; }
    ApprovalsPage* approvalsPanel() const { return m_approvals; }
    FraudReviewsPage* fraudReviewsPanel() const { return m_fraudReviews; }
    FailedDeliveriesPage* failedDeliveriesPanel() const { return m_failed; }
    LookupPage* lookupPanel() const { return m_lookup; }
    FraudRulesView* fraudRulesView() const { return m_rules; }
    QLabel* identityLabel() const { return m_identity; }
    QLabel* balanceLabel() const { return m_balanceLabel; }
    QPushButton* refreshButton() const { return m_refresh; }

protected:
    void onStarted() override;
    void onNotConnected() override;
    void onRefresh() override;
    QString tabBadge() const override;

private:
    void buildUi();
    void connectParts();

    Client* m_client;
    ActionReconciler* m_reconciler; // the shared one (AppContext::reconcilers); may be null
    ClipboardGuard* m_clipboard;
    NameCache* m_names;
    ActionFlow* m_flow = nullptr;
    CallHandle m_balanceCall;
    std::optional<FundingSource> m_balance;
    int m_pendingCount = 0;

    QLabel* m_identity = nullptr;
    QLabel* m_balanceLabel = nullptr;
    QPushButton* m_refresh = nullptr;
    ApprovalsPage* m_approvals = nullptr;
    FraudReviewsPage* m_fraudReviews = nullptr;
    FailedDeliveriesPage* m_failed = nullptr;
    LookupPage* m_lookup = nullptr;
    FraudRulesView* m_rules = nullptr;
};

} // namespace rd::tremendous
