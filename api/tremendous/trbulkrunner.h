#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

#include "accounts/account.h"
#include "core/callhandle.h"
#include "journal/journalentry.h"
#include "tremendousactions.h"
#include "tremendousclient.h"

namespace rd {

class ActionJournal;
class ActionReconciler;

// One object of a run (built by the tab from the selected rows).
struct TrBulkItem {
    QString objectId;  // order id (approve/reject) or reward id (release/block/resend/cancel)
    TrMoney amount;    // what the row says it is worth (order total, reward value); may be invalid
    QString recipient; // e-mail/phone/name for the summary and the CSV (personal data: not logged)
    QString summary;   // non-secret journal summary: "USD 25.00 to j.doe@example.com"
    // Why this row cannot take the action (unknown status, not pending, locked by an unresolved action...). The
    // dry run lists these; the run skips them without sending anything.
    QString blockedReason;
};

// The result of one item, live while the run goes on.
struct TrBulkItemResult {
    enum class Outcome {
        Pending,        // not reached yet
        Running,        // journaled and sent, waiting for the answer
        Succeeded,      // 2xx
        AlreadyHandled, // rejected (409/422) and the read-back shows the object already in the target state
        NotApplied,     // rejected (4xx) or read back as not applied: nothing changed
        Reconciling,    // outcome unknown: reading the object back
        Unknown,        // still unknown after the read-back (stays locked in the journal; see the audit log)
        Skipped,        // blocked before the run (blockedReason) or the run was cancelled before this item
    };
    Outcome outcome = Outcome::Pending;
    QString message;      // translated, for the results list and the CSV
    QString journalEntry; // journal entry id (empty when nothing was journaled)
    int httpStatus = 0;   // the action's own HTTP status (kept after a read-back; 0 when no HTTP answer came)
    // The outcome was found by reading the object back (the action's answer was lost, 5xx or timed out).
    bool confirmedByReadBack = false;
    // Applied, but the vendor reports a state the agent must look at (an approved order that is FAILED or CANCELED):
    // shown as a warning, not as a plain success and not as "not applied".
    bool warning = false;
    bool applied() const { return outcome == Outcome::Succeeded || outcome == Outcome::AlreadyHandled; }
};
QString trBulkOutcomeDisplay(TrBulkItemResult::Outcome outcome); // translated: "Succeeded", "Not applied", ...

// The dry run (issue 4 "Bulk"): what a run would do, before anything is sent. It skips what start() skips (blocked
// items, empty ids, an object listed twice: only its first row is actionable), so the counts and totals are what
// will be sent.
struct TrBulkDryRun {
    int actionable = 0;
    QList<QPair<QString, qint64>> totalsByCurrency; // (currency, cents) of the actionable items, sorted by currency
    int withoutAmount = 0;                          // actionable items whose amount is unknown
    QList<QPair<QString, QString>> blocked;         // (objectId, reason) of the items that will not be sent
};

// Runs one Tremendous action over a list of objects, one request per item, paced under Tremendous's rate limit
// (10 requests/s; default pace one request every 150 ms, and after a 429 the run pauses for Retry-After, or 1 s,
// before the next item). For every item:
//   journal.beginAction() (the SENDING line durable first; a locked object -> NotApplied "another action on this
//   object is unresolved", nothing sent) -> the client call (an Action: never retried) -> journal.complete() ->
//     2xx: Succeeded (the answer's object is emitted with objectChanged for the row);
//     Rejected 409/422: the object is read back (reconciler): already in the target state -> AlreadyHandled, else
//       NotApplied with the vendor's message;
//     (a 2xx approve whose order is FAILED or CANCELED stays Succeeded, with warning set and a message saying so);
//     other Rejected (401/402/403/404/429...): NotApplied with trActionErrorMessage(). A 429 item is NOT re-sent
//       (actions are never retried automatically); the CSV and the list say "rate limited: not applied".
//       A 401 or 403 stops the run (every further item would fail the same way): the rest become Skipped.
//     Unknown: Reconciling, then the reconciler reads the object back and the journal entry is resolved:
//       Applied -> Succeeded ("confirmed by reading the order back"), NotApplied -> NotApplied, StillUnknown ->
//       Unknown (the entry stays unresolved and locked).
// cancel() stops between items: the item in flight finishes (and is reconciled if needed), the rest are Skipped.
// Emits itemChanged() for every state change (Running, the outcome) and finished() once (never inside start()).
// Also (implementation choices):
//  - an object listed twice is acted on once (the second row Skipped): one confirmation, one request per object;
//  - cancel() while an item's SENDING line is being written: the entry is completed NotApplied ("Cancelled before it
//    was sent") and the item Skipped; nothing is sent;
//  - the journal not writable (WriteFailed) or refusing the intent (Refused: e.g. the reason looks like a credential;
//    every item would be refused the same way), no credentials or an invalid URL stop the run like 401/403;
//  - an Unknown outcome is read back after a settle delay (setReadBackSettleDelay, default 2 s): a request that timed
//    out may still be processed by Tremendous;
//  - a read-back has its own timeout (setReadBackTimeout, default 60 s): then the item is Unknown, the entry Unknown;
//  - the runner destroyed while a request is on the wire completes that entry as Unknown (locked until the object is
//    read back by JournalReconciler): no entry is ever left SENDING by a closed tab;
//  - the pace counts every request an item made, the read-back GETs included: the next item starts no earlier than
//    (this item's action request + interval x its requests), and never before a 429's pause (precise timer, rounded
//    up), so the run as a whole stays at or below one request per interval.
class TrBulkRunner : public QObject {
    Q_OBJECT
public:
    TrBulkRunner(TremendousClient* client, ActionJournal* journal, ActionReconciler* reconciler, const Account& account,
                 TrAction action, QList<TrBulkItem> items, QObject* parent = nullptr);
    ~TrBulkRunner() override;

    // Resend only: the same target for every item (single resends to an updated address).
    void setResendTarget(const TrResendTarget& target) { m_resendTarget = target; }
    // The agent's reason (required by the confirmation), journaled with every item.
    void setReason(const QString& reason) { m_reason = reason; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }

    static TrBulkDryRun dryRun(const QList<TrBulkItem>& items);
    TrBulkDryRun dryRun() const { return dryRun(m_items); }

    TrAction action() const { return m_action; }
    const Account& account() const { return m_account; }
    const QList<TrBulkItem>& items() const { return m_items; }
    const QList<TrBulkItemResult>& results() const { return m_results; }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    int doneCount() const;

    void start();
    void cancel();

    // RFC 4180 CSV of the results (formula-injection guarded like JournalCsv): object id, recipient, amount,
    // currency, action, outcome, message, HTTP status, journal entry, account, environment.
    QByteArray resultsCsv() const;

    // Added: how long one read-back (Unknown outcome, or 409/422) may take before the item is left Unknown
    // (default 60 s; the read-back's own requests end earlier by their deadlines).
    void setReadBackTimeout(std::chrono::milliseconds timeout) { m_readBackTimeout = timeout; }
    // Added: the wait before reading back an Unknown outcome (default 2 s; test seam).
    void setReadBackSettleDelay(std::chrono::milliseconds delay) { m_settleDelay = delay; }
    std::chrono::milliseconds readBackSettleDelay() const { return m_settleDelay; }
    // Added: why the run stopped early (401/403, no credentials, journal not writable); empty otherwise.
    QString stopReason() const { return m_stopReason; }

Q_SIGNALS:
    void itemChanged(int index);
    // The vendor's new state of an object after a 2xx or a read-back (so the tab can refresh the row).
    void orderChanged(const rd::TrOrder& order);
    void fraudReviewChanged(const rd::TrFraudReview& review);
    void rewardChanged(const QString& rewardId);
    void finished();

private:
    // What the client answered for one item, whatever the action's answer type.
    struct Answer {
        std::optional<ApiError> error;
        std::optional<TrOrder> order;             // approve / reject
        std::optional<TrFraudReview> fraudReview; // release / block
    };
    enum class ReadBackPurpose { UnknownOutcome, MaybeAlreadyHandled };

    void next();
    void runItem(int index);
    void setResult(int index, TrBulkItemResult::Outcome outcome, const QString& message, int httpStatus = 0);
    void scheduleNext();
    void onBegun(int index, const BeginResult& begun);
    void send(int index, const ActionTicket& ticket);
    void onAnswer(int index, const ActionTicket& ticket, const Answer& answer);
    void readBack(int index, ReadBackPurpose purpose, const QString& rejectedMessage);
    void skipRemaining();
    void finishRun();
    ActionIntent intentFor(int index) const;
    void emitObject(int index, const std::optional<TrOrder>& order, const std::optional<TrFraudReview>& review);
    QString successMessage(int index, const Answer& answer, bool* warning) const;
    bool approvedButFailed(const std::optional<TrOrder>& order) const;

    QPointer<TremendousClient> m_client;
    ActionJournal* m_journal;
    ActionReconciler* m_reconciler;
    Account m_account;
    TrAction m_action;
    QList<TrBulkItem> m_items;
    QList<TrBulkItemResult> m_results;
    TrResendTarget m_resendTarget;
    QString m_reason;
    std::chrono::milliseconds m_interval{150};
    QTimer m_pace;
    int m_nextIndex = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopped = false;
    CallHandle m_inFlight;
    // Added state.
    QPointer<ActionJournal> m_journalGuard;
    std::optional<ActionTicket> m_ticket; // begun and not completed yet: completed as Unknown if the runner dies
    std::chrono::milliseconds m_readBackTimeout{60000};
    QElapsedTimer m_clock;    // monotonic time of the run
    qint64 m_lastSendNs = -1; // m_clock time (ns) of the last action request sent
    int m_itemRequests = 0;   // requests the current (last) item made: its action plus its read-back GETs
    std::chrono::milliseconds m_settleDelay{2000};
    qint64 m_notBeforeNs = 0; // no request before this m_clock time (ns; 429 pause)
    bool m_started = false;
    bool m_finishedEmitted = false;
    QString m_stopReason;
};

} // namespace rd
