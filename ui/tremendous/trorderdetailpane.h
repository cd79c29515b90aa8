#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

#include "core/callhandle.h"
#include "tremendous/tremendousactions.h"
#include "tremendous/tremendoustypes.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace rd {

class ClipboardGuard;
class InlineMessage;
class JsonView;
class TrActionFlow;
class TrRunObserver;
class TremendousClient;
class TrNameCache;
class TrOrderRewardsView;
class TrRewardActions;

// One Tremendous order (issue 4, "order detail"), shared by the Approvals and Lookup pages:
//   title, status badge, Approve…/Reject… (through the tab's TrActionFlow, only while the order is PENDING APPROVAL,
//   no run is going on and the journal holds no unresolved action on it; an unknown status disables both),
//   details (status, channel, campaign name and its products, created + age, external id, invoice),
//   payment (subtotal, fees, discount, total, refund), the rewards (recipient, value, delivery method and status,
//   custom fields) with TrRewardActions for the selected reward, field errors, and the raw JSON with secrets masked.
// loadOrder() reads GET /orders/{id} (an order id or an external id: the API accepts both). The raw answer is what
// the JSON view shows, so the request goes through the transport with the client's endpoint and is parsed with the
// client's own parser (trParseOrderAnswer); without an endpoint it falls back to TremendousClient::order() for the
// error words.
class TrOrderDetailPane : public QWidget {
    Q_OBJECT
public:
    TrOrderDetailPane(TremendousClient* client, TrActionFlow* flow, TrNameCache* names, ClipboardGuard* clipboard,
                      QWidget* parent = nullptr);
    ~TrOrderDetailPane() override;

    void loadOrder(const QString& idOrExternalId, const QString& selectRewardId = {});
    // Shows a fresher typed copy (e.g. the answer of an approve); the raw JSON is read again in the background.
    void setOrder(const TrOrder& order);
    void refresh();
    void clearOrder();
    std::optional<TrOrder> order() const { return m_order; }
    QString orderId() const { return m_order ? m_order->id : QString(); }
    bool isLoading() const { return m_loadCall.isActive(); }
    bool containsReward(const QString& rewardId) const;

    void selectReward(const QString& rewardId);
    QString selectedRewardId() const;

    void approve();
    void reject();
    void updateActions();

    // Test seams.
    QLabel* titleLabel() const { return m_title; }
    QLabel* statusBadge() const { return m_statusBadge; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* refreshButton() const { return m_refresh; }
    InlineMessage* message() const { return m_message; }
    QLabel* actionHint() const { return m_actionHint; }
    QTableWidget* rewardsTable() const;
    TrRewardActions* rewardActions() const;
    JsonView* jsonView() const { return m_json; }
    QString detailsText() const; // every label of the details
    QString paymentText() const; // every label of the payment ("Subtotal: USD 25.00" per line)

Q_SIGNALS:
    void orderLoaded(const rd::TrOrder& order); // a fresh copy arrived from Tremendous
    void orderShown(const QString& orderId);
    void accountsRequested();

private:
    void buildUi(ClipboardGuard* clipboard);
    void showContent(bool show);
    void showFields();
    void onLoaded(const QString& requested, ApiResult<TrOrder> result, const QJsonObject& raw, bool quiet);
    void fetch(const QString& idOrExternalId, bool quiet);
    void runAction(TrAction action);
    QString cannotReason() const;

    QPointer<TremendousClient> m_client;
    QPointer<TrActionFlow> m_flow;
    QPointer<TrNameCache> m_names;
    std::optional<TrOrder> m_order;
    QString m_loadingId;
    QString m_pendingRewardSelection;
    CallHandle m_loadCall;
    bool m_loadMessage = false; // the message strip shows our own "Loading…" line

    QWidget* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_statusBadge = nullptr;
    QToolButton* m_copyId = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_refresh = nullptr;
    InlineMessage* m_message = nullptr;
    TrRunObserver* m_listener = nullptr;
    QLabel* m_actionHint = nullptr;
    QLabel* m_fieldErrors = nullptr;
    QFormLayout* m_details = nullptr;
    QFormLayout* m_payment = nullptr;
    TrOrderRewardsView* m_rewardsView = nullptr;
    QToolButton* m_jsonToggle = nullptr;
    JsonView* m_json = nullptr;
};

} // namespace rd
