#pragma once

#include <optional>

#include "core/callhandle.h"
#include "tremendous/tremendoustypes.h"
#include "ui/common/vendortabshell.h"

class QLabel;
class QPushButton;

namespace rd {

class ClipboardGuard;
class TrActionFlow;
class TrApprovalsPanel;
class TremendousClient;
class ActionReconciler;
class TrFailedDeliveriesPanel;
class TrFraudReviewsPanel;
class TrFraudRulesView;
class TrLookupPanel;
class TrNameCache;

// The Tremendous tab, "Orders & fraud reviews": the busiest screen of a rewards support team. On the shared
// VendorTabShell (environment badge, session gating, pages with Alt+1…Alt+5, last page, F5, Ctrl+F):
//   header   account, "Balance: USD 12,345.67 (pending USD 0.00)" (GET /funding_sources/BALANCE, read again after
//            every action run), Refresh
//   pages    Approvals (N) | Fraud reviews | Failed deliveries | Lookup | Fraud rules
// It builds its own TremendousClient over the shared transport (the endpoint comes from AccountSessions on every
// request, so a replaced key is used at once), uses the app's one Tremendous reconciler (AppContext::reconcilers),
// builds the campaign/product name cache and ONE TrActionFlow shared by every page: every approve, reject, release,
// block, resend and cancel is confirmed, journaled before it is sent, never retried, one run at a time, and each page
// sees the results of the runs it started (TrRunObserver). tabTitle() carries the pending-approval count
// ("Tremendous demo (12)").
class TremendousTab : public VendorTabShell {
    Q_OBJECT
public:
    enum Page { ApprovalsPage, FraudReviewsPage, FailedDeliveriesPage, LookupPage, FraudRulesPage };

    TremendousTab(const AppContext& context, const Account& account, QWidget* parent = nullptr);
    ~TremendousTab() override;

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

    TremendousClient* m_client;
    ActionReconciler* m_reconciler; // the shared one (AppContext::reconcilers); may be null
    ClipboardGuard* m_clipboard;
    TrNameCache* m_names;
    TrActionFlow* m_flow = nullptr;
    CallHandle m_balanceCall;
    std::optional<TrFundingSource> m_balance;
    int m_pendingCount = 0;

    QLabel* m_identity = nullptr;
    QLabel* m_balanceLabel = nullptr;
    QPushButton* m_refresh = nullptr;
    TrApprovalsPanel* m_approvals = nullptr;
    TrFraudReviewsPanel* m_fraudReviews = nullptr;
    TrFailedDeliveriesPanel* m_failed = nullptr;
    TrLookupPanel* m_lookup = nullptr;
    TrFraudRulesView* m_rules = nullptr;
};

} // namespace rd
