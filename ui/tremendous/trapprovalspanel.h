#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "tremendous/trbulkrunner.h"
#include "tremendous/tremendoustypes.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;

namespace rd {

class ClipboardGuard;
class InlineMessage;
class ListStatusBar;
class TrActionFlow;
class TrRunObserver;
class TremendousClient;
class TrNameCache;
class TrOrderDetailPane;
class TrOrderModel;

// The Approvals page of the Tremendous tab (issue 4): the orders waiting for approval, newest first (GET /orders has
// no status filter: TrOrderModel walks every page and keeps PENDING APPROVAL; "Show all orders" turns that off), a
// search box over the loaded rows, and the order detail beside the list.
// Built for keyboard speed:
//   Shift/Ctrl multi-select, Ctrl+A or "Select all pending", A = Approve…, R = Reject… (the selection, through the
//   tab's TrActionFlow: one row -> a confirmation, several -> the dry-run summary and the bulk dialog), Enter = show
//   the current row's detail at once (it also follows the current row after a short pause).
//   After an action the focus stays in the list; rows change in place (TrOrderModel::replaceOrder on the flow's
//   orderChanged) and an approved or rejected order leaves the queue; the current row moves to the next order.
// Rows whose status is not PENDING APPROVAL (or unknown) travel with a blockedReason: the flow lists them and skips
// them.
class TrApprovalsPanel : public QWidget {
    Q_OBJECT
public:
    TrApprovalsPanel(TremendousClient* client, TrActionFlow* flow, TrNameCache* names, ClipboardGuard* clipboard,
                     QSettings* settings, const QString& settingsPrefix, QWidget* parent = nullptr);
    ~TrApprovalsPanel() override;

    void ensureLoaded(); // the first load
    void refresh();      // reloads the list (the current order stays current when it is still there) and the detail
    void focusList();
    void focusSearch();

    void approveSelected();
    void rejectSelected();
    void selectAllPending();
    void openCurrent(); // the detail of the current row, now
    void setShowAll(bool showAll);

    QStringList selectedIds() const;
    QList<TrBulkItem> selectedItems() const;
    int pendingCount() const;

    // Test seams.
    TrOrderModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TrOrderDetailPane* detailPane() const { return m_detail; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* showAllCheck() const { return m_showAll; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* selectAllButton() const { return m_selectAll; }
    QPushButton* refreshButton() const { return m_refresh; }
    QLabel* selectionLabel() const { return m_selection; }
    InlineMessage* message() const { return m_message; }
    ListStatusBar* status() const { return m_status; }
    QSplitter* splitter() const { return m_split; }

Q_SIGNALS:
    void pendingCountChanged(int count);
    void accountsRequested();

private:
    void runOnSelection(TrAction action);
    void updateSelection();
    void onOrderChanged(const TrOrder& order);
    void onStateChanged();
    void restoreCurrent();
    void selectId(const QString& id, bool clearSelection);
    QString neighbourAfterSelection() const;

    QPointer<TremendousClient> m_client;
    QPointer<TrActionFlow> m_flow;
    TrOrderModel* m_model;
    QSettings* m_settings;
    QString m_prefix;
    QString m_keepCurrent;     // re-selected after a reload
    QString m_nextAfterAction; // where the current row goes when the acted rows leave the queue
    bool m_loadedOnce = false;
    QTimer m_selectTimer;
    QTimer m_ageTimer;

    QLineEdit* m_filter;
    QCheckBox* m_showAll;
    QPushButton* m_refresh;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_selectAll;
    QLabel* m_selection;
    InlineMessage* m_message;
    TrRunObserver* m_listener;
    QTableView* m_view;
    ListStatusBar* m_status;
    TrOrderDetailPane* m_detail;
    QSplitter* m_split;
};

} // namespace rd
