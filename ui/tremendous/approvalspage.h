#pragma once

#include <QPointer>
#include <QTimer>

#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendoustypes.h"
#include "ui/common/listdetailpage.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace rd {

class ClipboardGuard;
class InlineMessage;
class ListStatusBar;
} // namespace rd

namespace rd::tremendous {

class ActionFlow;
class RunObserver;
class Client;
class NameCache;
class OrderDetailPane;
class OrderModel;

// The Approvals page of the Tremendous tab: the orders waiting for approval, newest first (GET /orders has
// no status filter: OrderModel walks every page and keeps PENDING APPROVAL; "Show all orders" turns that off), a
// search box over the loaded rows, and the order detail beside the list.
// Built for keyboard speed:
//   Shift/Ctrl multi-select, Ctrl+A or "Select all pending", A = Approve…, R = Reject… (the selection, through the
//   tab's ActionFlow: one row -> a confirmation, several -> the dry-run summary and the bulk dialog), Enter = show
//   the current row's detail at once (it also follows the current row after a short pause).
//   After an action the focus stays in the list; rows change in place (OrderModel::replaceOrder on the flow's
//   orderChanged) and an approved or rejected order leaves the queue; the current row moves to the next order.
// Rows whose status is not PENDING APPROVAL (or unknown) travel with a blockedReason: the flow lists them and skips
// them.
class ApprovalsPage : public ListDetailPage {
    Q_OBJECT
public:
    ApprovalsPage(Client* client, ActionFlow* flow, NameCache* names, ClipboardGuard* clipboard, QSettings* settings,
                  const QString& settingsPrefix, QWidget* parent = nullptr);
    ~ApprovalsPage() override;

    void ensureLoaded() override; // the first load
    void refresh() override; // reloads the list (the current order stays current when it is still there) and the detail
    QString pageTitle() const override;
    QString pageBadge() const override; // the pending count
    QString pageToolTip() const override;
    void focusList();

    void approveSelected();
    void rejectSelected();
    void selectAllPending();
    void openCurrent(); // the detail of the current row, now
    void setShowAll(bool showAll);

    QStringList selectedIds() const;
    QList<BulkItem> selectedItems() const;
    int pendingCount() const;

    // Test seams.
    OrderModel* model() const { return m_model; }
    OrderDetailPane* detailPane() const { return m_detail; }
    QCheckBox* showAllCheck() const { return m_showAll; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* selectAllButton() const { return m_selectAll; }
    QLabel* selectionLabel() const { return m_selection; }

Q_SIGNALS:
    void pendingCountChanged(int count);

private:
    void runOnSelection(Action action);
    void updateSelection();
    void onOrderChanged(const Order& order);
    void onStateChanged();
    void restoreCurrent();
    void selectId(const QString& id, bool clearSelection);
    QString neighbourAfterSelection() const;

    QPointer<Client> m_client;
    QPointer<ActionFlow> m_flow;
    OrderModel* m_model;
    QString m_keepCurrent;     // re-selected after a reload
    QString m_nextAfterAction; // where the current row goes when the acted rows leave the queue
    bool m_loadedOnce = false;
    QTimer m_selectTimer;
    QTimer m_ageTimer;

    QCheckBox* m_showAll;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_selectAll;
    QLabel* m_selection;
    RunObserver* m_listener;
    OrderDetailPane* m_detail;
};

} // namespace rd::tremendous
