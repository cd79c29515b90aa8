#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

#include "api/accounts/account.h"
#include "api/actions/actionrunner.h"
#include "api/tremendous/tremendousactionadapter.h"
#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendousclient.h"

namespace rd {

class ActionJournal;
class ActionReconciler;
} // namespace rd

namespace rd::tremendous {

// One object of a run (built by the tab from the selected rows).
struct BulkItem {
    QString objectId;  // order id (approve/reject) or reward id (release/block/resend/cancel)
    Money amount;      // what the row says it is worth (order total, reward value); may be invalid
    QString recipient; // e-mail/phone/name for the summary and the CSV (personal data: not logged)
    QString summary;   // non-secret journal summary: "USD 25.00 to j.doe@example.com"
    // Why this row cannot take the action (unknown status, not pending, locked by an unresolved action...). The dry
    // run lists these; the run skips them without sending anything.
    QString blockedReason;
};

// The engine's per-item result and dry run, under the names the Tremendous tab and its models use.
using BulkItemResult = ActionItemResult;
using BulkDryRun = ActionDryRun;
inline QString bulkOutcomeDisplay(BulkItemResult::Outcome outcome) {
    return actionOutcomeDisplay(outcome);
}

// One Tremendous action over a list of objects: rd::ActionRunner (api/actions/actionrunner.h: journal first, one
// request per item never retried, pacing with read-backs counted, stop on 401/403, pause on 429, settle then read
// back, "already handled" by read-back, cancel between items, results CSV) with the Adapter, typed
// for the tab: the items are BulkItem and the objects read come back as orderChanged / fraudReviewChanged /
// rewardChanged. Default pace one request every 150 ms (Tremendous allows 10 requests/s). Every promise of
// ActionRunner holds here, signals included: itemChanged for every state change, finished once, never inside start().
class BulkRunner : public QObject {
    Q_OBJECT
public:
    BulkRunner(Client* client, ActionJournal* journal, ActionReconciler* reconciler, const Account& account,
               Action action, QList<BulkItem> items, QObject* parent = nullptr);
    ~BulkRunner() override;

    // Resend only: the same target for every item (single resends to an updated address).
    void setResendTarget(const ResendTarget& target) { m_adapter.setResendTarget(target); }
    // The agent's reason (required by the confirmation), journaled with every item.
    void setReason(const QString& reason) { m_runner->setReason(reason); }
    void setInterval(std::chrono::milliseconds interval) { m_runner->setInterval(interval); }
    std::chrono::milliseconds interval() const { return m_runner->interval(); }

    static BulkDryRun dryRun(const QList<BulkItem>& items);
    BulkDryRun dryRun() const { return m_runner->dryRun(); }

    Action action() const { return m_adapter.action(); }
    const Account& account() const { return m_runner->account(); }
    const QList<BulkItem>& items() const { return m_items; }
    const QList<BulkItemResult>& results() const { return m_runner->results(); }
    bool isRunning() const { return m_runner->isRunning(); }
    bool isCancelled() const { return m_runner->isCancelled(); }
    int doneCount() const { return m_runner->doneCount(); }
    ActionRunner* engine() const { return m_runner; }

    void start() { m_runner->start(); }
    void cancel() { m_runner->cancel(); }

    QByteArray resultsCsv() const { return m_runner->resultsCsv(); }

    // How long one read-back (Unknown outcome, or 409/422) may take before the item is left Unknown (default 60 s).
    void setReadBackTimeout(std::chrono::milliseconds timeout) { m_runner->setReadBackTimeout(timeout); }
    // The wait before reading back an Unknown outcome (default 2 s; test seam).
    void setReadBackSettleDelay(std::chrono::milliseconds delay) { m_runner->setReadBackSettleDelay(delay); }
    std::chrono::milliseconds readBackSettleDelay() const { return m_runner->readBackSettleDelay(); }
    // Why the run stopped early (401/403, no credentials, journal not writable); empty otherwise.
    QString stopReason() const { return m_runner->stopReason(); }

    // The engine's items for `items` (the amount as cents, currency and text).
    static QList<ActionItem> actionItems(const QList<BulkItem>& items);

Q_SIGNALS:
    void itemChanged(int index);
    // The vendor's new state of an object after a 2xx or a read-back (so the tab can refresh the row).
    void orderChanged(const rd::tremendous::Order& order);
    void fraudReviewChanged(const rd::tremendous::FraudReview& review);
    void rewardChanged(const QString& rewardId);
    void finished();

private:
    void onObjectChanged(int index, const QVariant& object);

    Adapter m_adapter;
    QList<BulkItem> m_items;
    ActionRunner* m_runner; // child; deleted before m_adapter (the destructor says so)
};

} // namespace rd::tremendous
