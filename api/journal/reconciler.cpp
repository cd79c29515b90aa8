#include "api/journal/reconciler.h"

#include <QDateTime>
#include <QTimer>

#include "api/journal/actionjournal.h"
#include "api/journal/journallog.h"
#include "api/journal/secretguard.h"

using namespace Qt::StringLiterals;

namespace rd {

JournalReconciler::JournalReconciler(ActionJournal* journal, QObject* parent)
    : QObject(parent)
    , m_journal(journal) {}

JournalReconciler::~JournalReconciler() = default;

void JournalReconciler::registerReconciler(Vendor vendor, ActionReconciler* reconciler) {
    if (reconciler)
        m_reconcilers.insert(int(vendor), reconciler);
    else
        m_reconcilers.remove(int(vendor));
}

void JournalReconciler::unregisterReconciler(Vendor vendor) {
    m_reconcilers.remove(int(vendor));
}

void JournalReconciler::reconcileAll() {
    if (!m_journal->isLoaded()) {
        if (!m_waitingForLoad) {
            m_waitingForLoad = true;
            connect(
                m_journal, &ActionJournal::loaded, this,
                [this] {
                    m_waitingForLoad = false;
                    reconcileAll();
                },
                Qt::SingleShotConnection);
            m_journal->open();
        }
        return;
    }
    if (!m_journal->openError().isEmpty()) {
        // Nothing can be recorded (e.g. another RewardDesk owns the journal and reconciles it itself).
        qCWarning(lcJournal) << "not reconciling: the journal is not writable";
        Q_EMIT started(0);
        pump();
        return;
    }
    int count = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 nextDueMs = -1;
    for (const JournalEntry& e : m_journal->entries()) {
        if (!m_journal->needsAttention(e) || m_queued.contains(e.id))
            continue;
        // A request begun moments ago may still be on its way (its caller gave up on it, e.g. a closed tab): reading
        // the object back now could see the old state and unlock it before the request lands. Come back later.
        const qint64 age = e.createdAt.isValid() ? e.createdAt.msecsTo(now) : m_settle.count();
        if (age >= 0 && age < m_settle.count()) {
            const qint64 due = m_settle.count() - age;
            nextDueMs = nextDueMs < 0 ? due : qMin(nextDueMs, due);
            continue;
        }
        enqueue(e.id);
        ++count;
    }
    if (nextDueMs >= 0 && !m_settleTimerPending) {
        m_settleTimerPending = true;
        QTimer::singleShot(std::chrono::milliseconds(nextDueMs + 50), this, [this] {
            m_settleTimerPending = false;
            reconcileAll();
        });
    }
    qCInfo(lcJournal) << "reconciling" << count << "unresolved journal entries";
    Q_EMIT started(count);
    pump();
}

bool JournalReconciler::reconcile(const QString& entryId) {
    const std::optional<JournalEntry> e = m_journal->entry(entryId);
    if (!e || !m_journal->needsAttention(*e) || m_queued.contains(entryId))
        return false;
    enqueue(entryId);
    pump();
    return true;
}

void JournalReconciler::enqueue(const QString& entryId) {
    m_queue.append(entryId);
    m_queued.insert(entryId);
}

void JournalReconciler::pump() {
    while (m_running < m_maxConcurrent && !m_queue.isEmpty())
        runOne(m_queue.takeFirst());
    if (!isBusy())
        Q_EMIT finished();
}

void JournalReconciler::runOne(const QString& entryId) {
    const std::optional<JournalEntry> e = m_journal->entry(entryId);
    if (!e || !m_journal->needsAttention(*e)) { // resolved meanwhile (e.g. abandoned by an agent)
        m_queued.remove(entryId);
        return;
    }
    ActionReconciler* reconciler = m_reconcilers.value(int(e->vendor));
    if (!reconciler) {
        m_queued.remove(entryId);
        const QString reason = tr("RewardDesk cannot check %1 actions automatically yet. Check the %2 %3 at %1 and "
                                  "mark the entry as resolved.")
                                   .arg(vendorDisplayName(e->vendor), e->objectType, e->objectId);
        qCWarning(lcJournal) << "no reconciler for" << vendorKey(e->vendor) << "; entry" << entryId
                             << "stays unresolved";
        Q_EMIT entryNeedsAttention(entryId, reason);
        return;
    }

    ++m_running;
    // One context per read-back: deleting it (on the answer or the timeout) drops any later answer.
    auto* context = new QObject(this);
    auto finish = [this, entryId, context](const ReconcileResult& result) {
        context->deleteLater();
        --m_running;
        m_queued.remove(entryId);
        record(entryId, result);
        pump();
    };
    auto* timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    auto answered = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, context, [finish, answered, this] {
        if (std::exchange(*answered, true))
            return;
        finish({ReconcileResult::StillUnknown, tr("The vendor did not answer within %n second(s).", nullptr,
                                                  int(qMax<qint64>(1, (m_timeout.count() + 999) / 1000)))});
    });
    timer->start();
    qCDebug(lcJournal) << "reading back" << vendorKey(e->vendor) << e->objectType << e->objectId << "for entry"
                       << entryId;
    reconciler->reconcile(*e, context, [finish, answered, context](const ReconcileResult& result) {
        if (std::exchange(*answered, true))
            return;
        // Runs inside the reconciler's call stack: finish on the next turn so it can unwind first.
        QTimer::singleShot(0, context, [finish, result] { finish(result); });
    });
}

void JournalReconciler::record(const QString& entryId, const ReconcileResult& result) {
    const QString message = SecretGuard::redact(result.message);
    bool ok = false;
    switch (result.verdict) {
    case ReconcileResult::Applied:
        ok = m_journal->resolve(entryId, JournalState::ReconciledApplied, message);
        break;
    case ReconcileResult::NotApplied:
        ok = m_journal->resolve(entryId, JournalState::ReconciledNotApplied, message);
        break;
    case ReconcileResult::StillUnknown:
        ok = m_journal->resolve(entryId, JournalState::Unknown, message);
        break;
    }
    if (!ok) {
        qCInfo(lcJournal) << "entry" << entryId << "changed while it was read back; result not recorded";
        return;
    }
    qCInfo(lcJournal) << "entry" << entryId << "reconciled:" << int(result.verdict);
    Q_EMIT entryReconciled(entryId, result.verdict, message);
    if (result.verdict == ReconcileResult::StillUnknown)
        Q_EMIT entryNeedsAttention(entryId, message);
}

} // namespace rd
