#pragma once

#include <QPointer>

#include <optional>

#include "api/core/callhandle.h"
#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendoustypes.h"
#include "ui/common/detailpane.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rd {

class ClipboardGuard;
} // namespace rd

namespace rd::tremendous {

class ActionFlow;
class RunObserver;
class Client;
class NameCache;
class OrderRewardsView;
class RewardActions;

// One Tremendous order, shared by the Approvals and Lookup pages:
//   title, status badge, Approve…/Reject… (through the tab's ActionFlow, only while the order is PENDING APPROVAL,
//   no run is going on and the journal holds no unresolved action on it; an unknown status disables both),
//   details (status, channel, campaign name and its products, created + age, external id, invoice),
//   payment (subtotal, fees, discount, total, refund), the rewards (recipient, value, delivery method and status,
//   custom fields) with RewardActions for the selected reward, field errors, and the raw JSON with secrets masked.
// loadOrder() reads GET /orders/{id} (an order id or an external id: the API accepts both). The raw answer is what
// the JSON view shows, so the request goes through the transport with the client's endpoint and is parsed with the
// client's own parser (parseOrderAnswer); without an endpoint it falls back to Client::order() for the
// error words.
class OrderDetailPane : public DetailPane {
    Q_OBJECT
public:
    OrderDetailPane(Client* client, ActionFlow* flow, NameCache* names, ClipboardGuard* clipboard,
                    QWidget* parent = nullptr);
    ~OrderDetailPane() override;

    void loadOrder(const QString& idOrExternalId, const QString& selectRewardId = {});
    // Shows a fresher typed copy (e.g. the answer of an approve); the raw JSON is read again in the background.
    void setOrder(const Order& order);
    void refresh() override;
    QString shownId() const override { return orderId(); }
    void clearOrder();
    std::optional<Order> order() const { return m_order; }
    QString orderId() const { return m_order ? m_order->id : QString(); }
    bool isLoading() const { return m_loadCall.isActive(); }
    bool containsReward(const QString& rewardId) const;

    void selectReward(const QString& rewardId);
    QString selectedRewardId() const;

    void approve();
    void reject();
    void updateActions();

    // Test seams.
    QLabel* statusBadge() const { return m_statusBadge; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QTableWidget* rewardsTable() const;
    RewardActions* rewardActions() const;
    QString detailsText() const; // every label of the details
    QString paymentText() const; // every label of the payment ("Subtotal: USD 25.00" per line)

Q_SIGNALS:
    void orderLoaded(const rd::tremendous::Order& order); // a fresh copy arrived from Tremendous
    void orderShown(const QString& orderId);

private:
    void buildUi(ClipboardGuard* clipboard);
    void showFields();
    void onLoaded(const QString& requested, ApiResult<Order> result, const QJsonObject& raw, bool quiet);
    void fetch(const QString& idOrExternalId, bool quiet);
    void runAction(Action action);
    QString cannotReason() const;

    QPointer<Client> m_client;
    QPointer<ActionFlow> m_flow;
    QPointer<NameCache> m_names;
    std::optional<Order> m_order;
    QString m_loadingId;
    QString m_pendingRewardSelection;
    CallHandle m_loadCall;
    bool m_loadMessage = false; // the message strip shows our own "Loading…" line

    QLabel* m_statusBadge = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    RunObserver* m_listener = nullptr;
    QFormLayout* m_details = nullptr;
    QFormLayout* m_payment = nullptr;
    OrderRewardsView* m_rewardsView = nullptr;
};

} // namespace rd::tremendous
