#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "api/accounts/account.h"
#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendousclient.h"
#include "ui/appcontext.h"

class QWidget;

namespace rd {

class ActionReconciler;
class InlineMessage;
} // namespace rd

namespace rd::tremendous {

class BulkDialog;

// Watches the runs it is handed to (ActionFlow::run(..., observer)) and only those: a page passes its own observer,
// so it shows the results of its own clicks and never another page's. Messages go to the strip, when one is given: a
// message right after an item's final outcome is a result (Success, or Error when the flow says so); the others are
// progress lines. One observer may watch successive runs.
class RunObserver : public QObject {
    Q_OBJECT
public:
    explicit RunObserver(InlineMessage* strip = nullptr, QObject* parent = nullptr);

    // A run handed to this observer is being confirmed or is running.
    bool isObserving() const { return m_observing; }

Q_SIGNALS:
    // One line for the run's message area: error true when something was not applied or is unknown.
    void message(const QString& text, bool error);
    // The run is over: ran is true when it finished, false when the agent declined the confirmation or run() refused.
    void done(bool ran);

private:
    friend class ActionFlow;
    void begin();
    void post(const QString& text, bool error);
    void itemFinal() { m_finalSeen = true; }
    void end(bool ran);

    QPointer<InlineMessage> m_strip;
    bool m_observing = false;
    bool m_finalSeen = false;
};

// Every Tremendous action of the tab goes through here:
//  - one item: a ConfirmationDialog naming the object, amount, recipient and environment, with a required reason;
//    then a BulkRunner of one item (journaled first, never retried, Unknown -> read back) whose progress and
//    outcome go to the run's own observer (RunObserver), never to every page;
//  - several items: the dry-run summary (how many, total per currency, environment, the rows that cannot take the
//    action and why) with the reason, then BulkDialog: live per-item results, Cancel (between items), Export CSV.
// One run at a time per tab: run() returns false (and says so) while one is going on.
class ActionFlow : public QObject {
    Q_OBJECT
public:
    ActionFlow(const AppContext& context, const Account& account, Client* client, ActionReconciler* reconciler,
               QWidget* dialogParent, QObject* parent = nullptr);
    ~ActionFlow() override;

    // Confirms, then runs. Items whose blockedReason is set are listed in the summary and skipped. For Resend,
    // `target` is the (optional) updated e-mail or phone: then only one actionable item is accepted (an updated
    // address belongs to one recipient). Returns false when nothing started (a run is in progress, no actionable item,
    // a target with several items; the observer's message() says why). The confirmation answers asynchronously: true
    // means it was asked; if the agent cancels it nothing is sent and no message is shown. isRunning() is true from
    // the question to the end of the run, so a second run() meanwhile is refused. `observer` (may be null) gets this
    // run's messages and its end.
    bool run(Action action, const QList<BulkItem>& items, const ResendTarget& target = {},
             RunObserver* observer = nullptr);
    bool isRunning() const;
    // Why `objectId` cannot take an action now because an earlier action on it is unresolved in the journal (locked
    // until it is read back), or empty. run() applies it to every item as its blockedReason.
    QString lockReason(Action action, const QString& objectId) const;
    BulkRunner* currentRunner() const { return m_runner; }
    BulkDialog* bulkDialog() const; // the results window of the last bulk run while it is open

    // Test seam: pacing of the runners this flow starts (default 150 ms).
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    // Test seam: the wait before an Unknown outcome is read back (BulkRunner::setReadBackSettleDelay; default 2 s).
    void setReadBackSettleDelay(std::chrono::milliseconds delay) { m_settleDelay = delay; }

Q_SIGNALS:
    // The vendor's new state of objects (2xx answers and read-backs): the panels refresh their rows.
    void orderChanged(const rd::tremendous::Order& order);
    void fraudReviewChanged(const rd::tremendous::FraudReview& review);
    void rewardChanged(const QString& rewardId);
    // isRunning() changed (a confirmation opened, a run ended): every page enables or disables its actions.
    void runningChanged(bool running);
    void runFinished(rd::tremendous::Action action, int applied, int notApplied, int unknown);
    // The agent cancelled the confirmation or the dry run: nothing was sent (isRunning() is false again).
    void declined(rd::tremendous::Action action);
    // One item reached its final outcome (Succeeded, AlreadyHandled, NotApplied, Unknown, Skipped), single or bulk:
    // the panels update or drop the row (a canceled reward leaves the failed-deliveries list).
    void itemFinished(rd::tremendous::Action action, const QString& objectId,
                      const rd::tremendous::BulkItemResult& result);

private:
    bool confirm(Action action, const QList<BulkItem>& items, const ResendTarget& target);
    void confirmSingle(Action action, const BulkItem& item, const ResendTarget& target);
    void confirmBulk(Action action, const QList<BulkItem>& items, const ResendTarget& target);
    void start(Action action, const QList<BulkItem>& items, const ResendTarget& target, const QString& reason,
               bool single);
    void onSingleItemChanged(BulkRunner* runner, int index);
    void onRunFinished(BulkRunner* runner, bool single);
    void say(const QString& text, bool error);

    AppContext m_context;
    Account m_account;
    QPointer<Client> m_client;
    ActionReconciler* m_reconciler;
    QPointer<QWidget> m_dialogParent;
    QPointer<BulkRunner> m_runner;
    QPointer<BulkDialog> m_dialog;
    std::chrono::milliseconds m_interval{150};
    std::chrono::milliseconds m_settleDelay{2000};
    bool m_confirming = false;        // a confirmation or dry-run summary is open
    QPointer<RunObserver> m_observer; // of the run being confirmed or running
};

} // namespace rd::tremendous
