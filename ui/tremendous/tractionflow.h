#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "accounts/account.h"
#include "appcontext.h"
#include "tremendous/trbulkrunner.h"
#include "tremendous/tremendousactions.h"
#include "tremendous/tremendousclient.h"

class QWidget;

namespace rd {

class ActionReconciler;
class TrBulkDialog;

// Every Tremendous action of the tab goes through here (issue 4 "Actions" and "Bulk"):
//  - one item: a ConfirmationDialog naming the object, amount, recipient and environment, with a required reason;
//    then a TrBulkRunner of one item (journaled first, never retried, Unknown -> read back) whose outcome is shown
//    in the tab's InlineMessage-style signal (actionMessage);
//  - several items: the dry-run summary (how many, total per currency, environment, the rows that cannot take the
//    action and why) with the reason, then TrBulkDialog: live per-item results, Cancel (between items), Export CSV.
// One run at a time per tab: run() returns false (and says so) while one is going on.
class TrActionFlow : public QObject {
    Q_OBJECT
public:
    TrActionFlow(const AppContext& context, const Account& account, TremendousClient* client,
                 ActionReconciler* reconciler, QWidget* dialogParent, QObject* parent = nullptr);
    ~TrActionFlow() override;

    // Confirms, then runs. Items whose blockedReason is set are listed in the summary and skipped. For Resend,
    // `target` is the (optional) updated e-mail or phone: then only one actionable item is accepted (an updated
    // address belongs to one recipient). Returns false when nothing started (a run is in progress, no actionable item,
    // a target with several items; actionMessage() says why). The confirmation answers asynchronously: true means it
    // was asked; if the agent cancels it nothing is sent and no message is shown. isRunning() is true from the question
    // to the end of the run, so a second run() meanwhile is refused.
    bool run(TrAction action, const QList<TrBulkItem>& items, const TrResendTarget& target = {});
    bool isRunning() const;
    // Why `objectId` cannot take an action now because an earlier action on it is unresolved in the journal (locked
    // until it is read back), or empty. run() applies it to every item as its blockedReason.
    QString lockReason(TrAction action, const QString& objectId) const;
    TrBulkRunner* currentRunner() const { return m_runner; }
    TrBulkDialog* bulkDialog() const; // the results window of the last bulk run while it is open

    // Test seam: pacing of the runners this flow starts (default 150 ms).
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    // Test seam: the wait before an Unknown outcome is read back (TrBulkRunner::setReadBackSettleDelay; default 2 s).
    void setReadBackSettleDelay(std::chrono::milliseconds delay) { m_settleDelay = delay; }

Q_SIGNALS:
    // The vendor's new state of objects (2xx answers and read-backs): the panels refresh their rows.
    void orderChanged(const rd::TrOrder& order);
    void fraudReviewChanged(const rd::TrFraudReview& review);
    void rewardChanged(const QString& rewardId);
    // A one-line result for the tab's message area: error true when something was not applied or is unknown.
    void actionMessage(const QString& text, bool error);
    void runFinished(rd::TrAction action, int applied, int notApplied, int unknown);
    // The agent cancelled the confirmation or the dry run: nothing was sent (isRunning() is false again).
    void declined(rd::TrAction action);
    // One item reached its final outcome (Succeeded, AlreadyHandled, NotApplied, Unknown, Skipped), single or bulk:
    // the panels update or drop the row (a canceled reward leaves the failed-deliveries list).
    void itemFinished(rd::TrAction action, const QString& objectId, const rd::TrBulkItemResult& result);

private:
    void confirmSingle(TrAction action, const TrBulkItem& item, const TrResendTarget& target);
    void confirmBulk(TrAction action, const QList<TrBulkItem>& items, const TrResendTarget& target);
    void start(TrAction action, const QList<TrBulkItem>& items, const TrResendTarget& target, const QString& reason,
               bool single);
    void onSingleItemChanged(TrBulkRunner* runner, int index);
    void onRunFinished(TrBulkRunner* runner, bool single);

    AppContext m_context;
    Account m_account;
    QPointer<TremendousClient> m_client;
    ActionReconciler* m_reconciler;
    QPointer<QWidget> m_dialogParent;
    QPointer<TrBulkRunner> m_runner;
    QPointer<TrBulkDialog> m_dialog;
    std::chrono::milliseconds m_interval{150};
    std::chrono::milliseconds m_settleDelay{2000};
    bool m_confirming = false; // a confirmation or dry-run summary is open
};

} // namespace rd
