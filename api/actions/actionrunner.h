#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariant>

#include <chrono>
#include <optional>

#include "api/accounts/account.h"
#include "api/actions/actionadapter.h"
#include "api/core/callhandle.h"
#include "api/journal/journalentry.h"

Q_DECLARE_LOGGING_CATEGORY(lcActions)

namespace rd {

class ActionJournal;

// The result of one item, live while the run goes on.
struct ActionItemResult {
    enum class Outcome {
        Pending,        // not reached yet
        Running,        // being journaled, or sent and waiting for the answer
        Succeeded,      // 2xx, or an Unknown outcome read back as applied
        AlreadyHandled, // rejected (409/422) and the read-back shows the object already in the target state
        NotApplied,     // not sent, rejected, or read back as not applied: nothing changed
        Reconciling,    // outcome unknown: reading the object back
        Unknown,        // still unknown (stays locked in the journal; see the audit log)
        Skipped,        // blocked before the run, or the run was cancelled or stopped before this item
    };
    Outcome outcome = Outcome::Pending;
    QString message;      // translated, for the results list and the CSV
    QString journalEntry; // journal entry id (empty when nothing was journaled)
    int httpStatus = 0;   // the action's own HTTP status (kept after a read-back; 0 when no HTTP answer came)
    // The outcome was found by reading the object back (the action's answer was lost, 5xx, timed out, or 409/422).
    bool confirmedByReadBack = false;
    // Applied, but the vendor reports a state the agent must look at: a warning, not a plain success.
    bool warning = false;
    QVariant detail; // the adapter's ActionVerdict::detail for the answer (null before an answer)
    bool applied() const { return outcome == Outcome::Succeeded || outcome == Outcome::AlreadyHandled; }
    bool isFinal() const {
        return outcome != Outcome::Pending && outcome != Outcome::Running && outcome != Outcome::Reconciling;
    }
};
QString actionOutcomeDisplay(ActionItemResult::Outcome outcome); // translated: "Succeeded", "Not applied", ...

// What a run would do, before anything is sent. It skips what start() skips (blocked items, empty ids, an object
// listed twice: only its first row is actionable), so the counts and totals are what will be sent.
struct ActionDryRun {
    int actionable = 0;
    QList<QPair<QString, qint64>> totalsByCurrency; // (currency, cents) of the actionable items, sorted by currency
    int withoutAmount = 0;                          // actionable items whose amount is unknown
    QList<QPair<QString, QString>> blocked;         // (objectId, reason) of the items that will not be sent
};

// Runs one money-moving action over a list of objects through a vendor's ActionAdapter: the write-ahead protocol of
// the action journal, written once for every vendor. A single action is a run of one item.
//
// For every item, in order, one at a time:
//   ActionJournal::beginAction(adapter intent + account + reason): the SENDING line is durable before anything is
//   sent. A locked object (an earlier action on it is unresolved) -> NotApplied "another action on this <object> is
//   unresolved", nothing sent; a journal that refuses the intent (it looks like a credential) or cannot write stops
//   the run (every further item would fail the same way).
//   -> adapter.send(): exactly one request, never retried, not even after a 429 -> journal.complete() with the
//   adapter's verdict, then:
//     2xx: Succeeded (with the adapter's words; `warning` when the vendor reports a state to look at);
//     Rejected and the adapter says it may be "already handled" (409/422): the object is read back: in the target
//       state -> AlreadyHandled, else NotApplied with the vendor's message;
//     other Rejected / NotSent: NotApplied. 401, 403, no credentials or an invalid URL stop the run (the rest are
//       Skipped, stopReason() says why); a 429 pauses the run for Retry-After (1 s when absent, 60 s at most);
//     Unknown: Reconciling, then, after the settle delay (a request that timed out may still be processed), the
//       object is read back and the journal entry resolved: applied -> Succeeded ("confirmed by reading the <object>
//       back"), not applied -> NotApplied, still unknown or the read-back timed out -> Unknown (the entry stays
//       locked until JournalReconciler resolves it). An adapter may decline the read-back (it follows the object up
//       itself, or the vendor cannot be asked): then the item is Unknown at once.
// Pacing: the next item starts no earlier than (the last item's action request + interval x the requests it made,
// read-backs included) and never before a 429's pause, so the run as a whole stays at or below one request per
// interval. An object listed twice is acted on once (one confirmation, one request per object).
//
// Promises to the caller: start() never sends or emits anything itself: the first item comes from the event loop.
// itemChanged() is emitted for every state change of an item; objectChanged() with the vendor's new state of the
// object after a 2xx (the object may be null when the answer carries none) or a read-back that read it; finished()
// exactly once, after every item has its final outcome. All signals come on the runner's thread from the event loop.
// cancel() stops between items: the item in flight ends first (and is read back if needed), the rest are Skipped; a
// cancel while an item's SENDING line is being written completes the entry NotApplied and sends nothing.
// Destroying the runner while a request is on the wire completes that entry as Unknown (JournalReconciler reads the
// object back later): no entry is ever left SENDING by a closed window. The adapter must outlive the runner.
class ActionRunner : public QObject {
    Q_OBJECT
public:
    ActionRunner(ActionJournal* journal, ActionAdapter* adapter, const Account& account, QList<ActionItem> items,
                 QObject* parent = nullptr);
    ~ActionRunner() override;

    // The agent's reason (required by the confirmation), journaled with every item.
    void setReason(const QString& reason) { m_reason = reason; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }
    // How long one read-back may take before the item is left Unknown (default 60 s).
    void setReadBackTimeout(std::chrono::milliseconds timeout) { m_readBackTimeout = timeout; }
    // The wait before reading back an Unknown outcome (default 2 s).
    void setReadBackSettleDelay(std::chrono::milliseconds delay) { m_settleDelay = delay; }
    std::chrono::milliseconds readBackSettleDelay() const { return m_settleDelay; }

    static ActionDryRun dryRun(const QList<ActionItem>& items);
    ActionDryRun dryRun() const { return dryRun(m_items); }

    ActionAdapter* adapter() const { return m_adapter; }
    const Account& account() const { return m_account; }
    const QList<ActionItem>& items() const { return m_items; }
    const QList<ActionItemResult>& results() const { return m_results; }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    int doneCount() const;
    // Why the run stopped early (401/403, no credentials, the journal not writable); empty otherwise.
    QString stopReason() const { return m_stopReason; }

    void start();
    void cancel();

    // RFC 4180 CSV of the results (api/core/csvwriter.h: formula guard, UTF-8 with BOM, CRLF): object id, recipient,
    // amount, currency, action, outcome, message, HTTP status, journal entry, account, environment.
    QByteArray resultsCsv() const;

Q_SIGNALS:
    void itemChanged(int index);
    void objectChanged(int index, const QVariant& object);
    void finished();

private:
    enum class ReadBackPurpose { UnknownOutcome, MaybeAlreadyHandled };

    void next();
    void runItem(int index);
    void setResult(int index, ActionItemResult::Outcome outcome, const QString& message, int httpStatus = 0);
    void scheduleNext();
    void onBegun(int index, const BeginResult& begun);
    void send(int index, const ActionTicket& ticket);
    void onAnswer(int index, const ActionTicket& ticket, const ActionAnswer& answer);
    void readBack(int index, ReadBackPurpose purpose, const QString& rejectedMessage);
    void onReadBack(int index, ReadBackPurpose purpose, const QString& rejectedMessage, const ReconcileResult& result);
    void stop(const QString& reason);
    void skipRemaining();
    void finishRun();
    ActionIntent intentFor(int index) const;

    QPointer<ActionJournal> m_journal;
    ActionAdapter* m_adapter;
    Account m_account;
    QList<ActionItem> m_items;
    QList<ActionItemResult> m_results;
    QString m_reason;
    std::chrono::milliseconds m_interval{150};
    std::chrono::milliseconds m_readBackTimeout{60000};
    std::chrono::milliseconds m_settleDelay{2000};
    QTimer m_pace;
    QElapsedTimer m_clock;    // monotonic time of the run
    qint64 m_lastSendNs = -1; // m_clock time (ns) of the last action request sent
    int m_itemRequests = 0;   // requests the last item made: its action plus its read-back requests
    qint64 m_notBeforeNs = 0; // no request before this m_clock time (ns; 429 pause)
    CallHandle m_inFlight;
    std::optional<ActionTicket> m_ticket; // begun and not completed yet: completed as Unknown if the runner dies
    bool m_started = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopped = false;
    bool m_finishedEmitted = false;
    QString m_stopReason;
};

} // namespace rd
