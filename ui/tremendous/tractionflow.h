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
class InlineMessage;
class TrBulkDialog;

// Watches the runs it is handed to (TrActionFlow::run(..., observer)) and only those: a page passes its own observer,
// so it shows the results of its own clicks and never another page's. Messages go to the strip, when one is given: a
// message right after an item's final outcome is a result (Success, or Error when the flow says so); the others are
// progress lines. One observer may watch successive runs.
class TrRunObserver : public QObject {
    Q_OBJECT
public:
    explicit TrRunObserver(InlineMessage* strip = nullptr, QObject* parent = nullptr);

    // A run handed to this observer is being confirmed or is running.
    bool isObserving() const { return m_observing; }

Q_SIGNALS:
    // One line for the run's message area: error true when something was not applied or is unknown.
    void message(const QString& text, bool error);
    // The run is over: ran is true when it finished, false when the agent declined the confirmation or run() refused.
    void done(bool ran);

private:
    friend class TrActionFlow;
    void begin();
    void post(const QString& text, bool error);
    void itemFinal() { m_finalSeen = true; }
    void end(bool ran);

    QPointer<InlineMessage> m_strip;
    bool m_observing = false;
    bool m_finalSeen = false;
};

// Every Tremendous action of the tab goes through here (issue 4 "Actions" and "Bulk"):
//  - one item: a ConfirmationDialog naming the object, amount, recipient and environment, with a required reason;
//    then a TrBulkRunner of one item (journaled first, never retried, Unknown -> read back) whose progress and
//    outcome go to the run's own observer (TrRunObserver), never to every page;
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
    // a target with several items; the observer's message() says why). The confirmation answers asynchronously: true
    // means it was asked; if the agent cancels it nothing is sent and no message is shown. isRunning() is true from
    // the question to the end of the run, so a second run() meanwhile is refused. `observer` (may be null) gets this
    // run's messages and its end.
    bool run(TrAction action, const QList<TrBulkItem>& items, const TrResendTarget& target = {},
             TrRunObserver* observer = nullptr);
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
    // isRunning() changed (a confirmation opened, a run ended): every page enables or disables its actions.
    void runningChanged(bool running);
    void runFinished(rd::TrAction action, int applied, int notApplied, int unknown);
    // The agent cancelled the confirmation or the dry run: nothing was sent (isRunning() is false again).
    void declined(rd::TrAction action);
    // One item reached its final outcome (Succeeded, AlreadyHandled, NotApplied, Unknown, Skipped), single or bulk:
    // the panels update or drop the row (a canceled reward leaves the failed-deliveries list).
    void itemFinished(rd::TrAction action, const QString& objectId, const rd::TrBulkItemResult& result);

private:
    bool confirm(TrAction action, const QList<TrBulkItem>& items, const TrResendTarget& target);
    void confirmSingle(TrAction action, const TrBulkItem& item, const TrResendTarget& target);
    void confirmBulk(TrAction action, const QList<TrBulkItem>& items, const TrResendTarget& target);
    void start(TrAction action, const QList<TrBulkItem>& items, const TrResendTarget& target, const QString& reason,
               bool single);
    void onSingleItemChanged(TrBulkRunner* runner, int index);
    void onRunFinished(TrBulkRunner* runner, bool single);
    void say(const QString& text, bool error);

    AppContext m_context;
    Account m_account;
    QPointer<TremendousClient> m_client;
    ActionReconciler* m_reconciler;
    QPointer<QWidget> m_dialogParent;
    QPointer<TrBulkRunner> m_runner;
    QPointer<TrBulkDialog> m_dialog;
    std::chrono::milliseconds m_interval{150};
    std::chrono::milliseconds m_settleDelay{2000};
    bool m_confirming = false;          // a confirmation or dry-run summary is open
    QPointer<TrRunObserver> m_observer; // of the run being confirmed or running
};

} // namespace rd
