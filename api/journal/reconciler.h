#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <functional>

#include "api/journal/journalentry.h"

namespace rd {

class ActionJournal;

// What reading an object back from the vendor says about a journaled action.
struct ReconcileResult {
    enum Verdict {
        Applied,      // the action took effect ("The order is now EXECUTED")
        NotApplied,   // it did not ("The order is still PENDING_APPROVAL")
        StillUnknown, // the read-back failed or is inconclusive: the entry stays unresolved and locked
    };
    ReconcileResult() = default;
    ReconcileResult(Verdict v, QString m, QVariant read = {}, int sent = -1)
        : verdict(v)
        , message(std::move(m))
        , object(std::move(read))
        , requests(sent) {}

    Verdict verdict = StillUnknown;
    QString message; // non-secret, for the agent and the audit log
    // The object as the vendor now shows it, in the vendor's own type (the reconciler's header names it), so the
    // engine can hand it to the window that refreshes the row without knowing the vendor; null when nothing was read.
    QVariant object;
    // Requests the read-back sent, so a paced run can count them; -1 when the reconciler cannot say.
    int requests = -1;
};

// One per vendor, built by the composition root and registered with JournalReconciler (which hands it to the
// windows that run actions). reconcile() reads the entry's object
// back (entry.accountId says which account's client to use) and calls `done` exactly once, only while `context` is
// alive (as HttpTransport callbacks are). It must never repeat the action itself.
class ActionReconciler {
public:
    virtual ~ActionReconciler() = default;
    virtual void reconcile(const JournalEntry& entry, QObject* context,
                           std::function<void(const ReconcileResult&)> done) = 0;
};

// Resolves unresolved journal entries by reading their objects back (design.md section 2: "on start, unresolved
// entries are reconciled before that object can be acted on"). The journal keeps each object locked until its entry
// is resolved, so nothing can act on it meanwhile. Applied / NotApplied resolve the entry (ReconciledApplied /
// ReconciledNotApplied, with the reconciler's message); StillUnknown, a timeout, or no reconciler for the vendor
// leave it unresolved (state Unknown once a read-back was tried) and locked, shown in the audit view as needing
// attention, where an agent may abandon it with a note.
class JournalReconciler : public QObject {
    Q_OBJECT
public:
    explicit JournalReconciler(ActionJournal* journal, QObject* parent = nullptr);
    ~JournalReconciler() override;

    // Not owned: the reconciler must outlive this object or be unregistered first.
    void registerReconciler(Vendor vendor, ActionReconciler* reconciler);
    void unregisterReconciler(Vendor vendor);
    bool hasReconciler(Vendor vendor) const { return m_reconcilers.contains(int(vendor)); }
    // The one reconciler of `vendor` (null when none is registered): the action engine reads objects back through
    // it too, so every window shares the instance the composition root built.
    ActionReconciler* reconciler(Vendor vendor) const { return m_reconcilers.value(int(vendor)); }

    // How long a read-back may take before it counts as StillUnknown (default 60 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Entries younger than this are left for a later pass (default 0): a request whose caller gave up on it (its tab
    // closed mid-request) may still land within the transport's deadline, and reading the object back before that
    // could unlock it too early. The app sets 45 s (above the 30 s action deadline).
    void setSettleTime(std::chrono::milliseconds settle) { m_settle = settle; }
    // How many read-backs run at once (default 4).
    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }

    // Reads back every unresolved entry that is not in flight in this run (Sending left by a crash, or Unknown).
    // Waits for the journal to load if needed. Emits started(), then one signal per entry, then finished().
    void reconcileAll();
    // One entry, e.g. an action that just ended Unknown. False if it is not unresolved, in flight, or queued already.
    bool reconcile(const QString& entryId);

    bool isBusy() const { return !m_queue.isEmpty() || m_running > 0; }
    bool isReconciling(const QString& entryId) const { return m_queued.contains(entryId); }

Q_SIGNALS:
    void started(int count);
    void entryReconciled(const QString& entryId, rd::ReconcileResult::Verdict verdict, const QString& message);
    // Still unresolved and locked after this pass: no reconciler for its vendor, a failed read-back or a timeout.
    void entryNeedsAttention(const QString& entryId, const QString& reason);
    // Nothing queued or running any more.
    void finished();

private:
    void enqueue(const QString& entryId);
    void pump();
    void runOne(const QString& entryId);
    void record(const QString& entryId, const ReconcileResult& result);

    ActionJournal* m_journal;
    QHash<int, ActionReconciler*> m_reconcilers; // key: int(Vendor)
    std::chrono::milliseconds m_timeout{60000};
    int m_maxConcurrent = 4;
    std::chrono::milliseconds m_settle{0};
    bool m_settleTimerPending = false;
    QStringList m_queue;
    QSet<QString> m_queued; // queued or running
    int m_running = 0;
    bool m_waitingForLoad = false;
};

} // namespace rd
