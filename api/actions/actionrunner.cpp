#include "api/actions/actionrunner.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <memory>

#include "api/actions/actionrunner_p.h"
#include "api/journal/actionjournal.h"

Q_LOGGING_CATEGORY(lcActions, "rewarddesk.actions")

using namespace Qt::StringLiterals;

namespace rd {

namespace {

using actions::Outcome;
using actions::SkipKind;
using actions::skipKind;

// The longest pause honoured after a 429 (Retry-After above it is capped; the next item may be rate limited again,
// and it is then NotApplied too: nothing is ever re-sent).
constexpr qint64 MaxRateLimitPauseMs = 60000;

bool stopsTheRun(const ApiError& e) {
    if (e.kind == ErrorKind::NoCredential || e.kind == ErrorKind::InvalidUrl)
        return true;
    return e.isRejected() && (e.httpStatus == 401 || e.httpStatus == 403 || e.kind == ErrorKind::Auth);
}

bool isRateLimited(const ApiError& e) {
    return e.isRejected() && (e.httpStatus == 429 || e.kind == ErrorKind::RateLimited);
}

} // namespace

ActionRunner::ActionRunner(ActionJournal* journal, ActionAdapter* adapter, const Account& account,
                           QList<ActionItem> items, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_adapter(adapter)
    , m_account(account)
    , m_items(std::move(items)) {
    m_results.resize(m_items.size());
    m_pace.setSingleShot(true);
    m_pace.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5% early: the pace is a minimum
    connect(&m_pace, &QTimer::timeout, this, &ActionRunner::next);
    m_clock.start();
}

ActionRunner::~ActionRunner() {
    // A request may be on the wire: its answer will never be seen here, so the entry is completed as Unknown (it
    // stays locked; JournalReconciler reads the object back). Nothing is left SENDING.
    if (m_ticket && m_journal) {
        m_journal->complete(
            *m_ticket,
            {JournalState::Unknown,
             tr("RewardDesk stopped waiting for the answer (its window was closed); the object will be read back."),
             {}});
    }
}

int ActionRunner::doneCount() const {
    return int(
        std::count_if(m_results.cbegin(), m_results.cend(), [](const ActionItemResult& r) { return r.isFinal(); }));
}

void ActionRunner::setResult(int index, ActionItemResult::Outcome outcome, const QString& message, int httpStatus) {
    ActionItemResult& r = m_results[index];
    r.outcome = outcome;
    r.message = message;
    if (httpStatus)
        r.httpStatus = httpStatus;
    Q_EMIT itemChanged(index);
}

void ActionRunner::start() {
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    const QString action = m_adapter ? m_adapter->actionName() : QString();
    qCInfo(lcActions).noquote() << u"run %1: %2 items"_s.arg(action).arg(m_items.size());

    // Items that cannot take the action, and an object listed twice (it is acted on once: a second request for the
    // same object would be a second money-moving request for one confirmation).
    QSet<QString> seen;
    for (int i = 0; i < m_items.size(); ++i) {
        const ActionItem& item = m_items.at(i);
        switch (skipKind(item, seen)) {
        case SkipKind::Blocked:
            setResult(i, Outcome::Skipped, item.blockedReason.trimmed());
            break;
        case SkipKind::NoId:
            setResult(i, Outcome::Skipped, tr("Skipped: no ID."));
            break;
        case SkipKind::Duplicate:
            setResult(i, Outcome::Skipped,
                      tr("Skipped: listed twice; the action is sent once for this %1.")
                          .arg(m_adapter ? m_adapter->objectWord() : QString()));
            break;
        case SkipKind::None:
            break;
        }
    }
    if (!m_adapter || !m_adapter->isAvailable() || !m_journal) {
        m_stopped = true;
        m_stopReason = tr("The %1 connection is not available.").arg(m_adapter ? m_adapter->vendorName() : QString());
    }
    // The first item (or the end of a run with nothing to do) comes from the event loop, never inside start().
    m_pace.start(0);
}

void ActionRunner::cancel() {
    if (m_cancelled || m_finishedEmitted)
        return;
    m_cancelled = true;
    qCInfo(lcActions).noquote() << u"run %1: cancel requested after %2 of %3 items"_s
                                       .arg(m_adapter ? m_adapter->actionName() : QString())
                                       .arg(doneCount())
                                       .arg(m_items.size());
    if (!m_started)
        return; // start() will skip everything
    if (m_pace.isActive()) {
        // Between items: nothing is in flight.
        m_pace.stop();
        skipRemaining();
        finishRun();
    }
    // Otherwise an item is being journaled, sent or read back: it ends first, then scheduleNext() stops.
}

void ActionRunner::scheduleNext() {
    if (m_cancelled || m_stopped) {
        skipRemaining();
        finishRun();
        return;
    }
    const auto pending = std::find_if(m_results.cbegin(), m_results.cend(),
                                      [](const ActionItemResult& r) { return r.outcome == Outcome::Pending; });
    if (pending == m_results.cend()) {
        finishRun();
        return;
    }
    // Pace: interval() per request the last item made (its action and its read-back requests) from that item's
    // action request, and nothing before a 429's pause has passed, so the run never exceeds one request per
    // interval. Always through the timer (never a direct call), so cancel() can stop the run between items.
    const qint64 now = m_clock.nsecsElapsed();
    qint64 waitNs = 0;
    if (m_lastSendNs >= 0)
        waitNs = qMax(waitNs, m_lastSendNs + qint64(m_interval.count()) * 1000000 * qMax(1, m_itemRequests) - now);
    waitNs = qMax(waitNs, m_notBeforeNs - now);
    const qint64 waitMs = (waitNs + 999999) / 1000000; // rounded up: never early
    m_pace.start(int(qBound(qint64(0), waitMs, MaxRateLimitPauseMs)));
}

void ActionRunner::next() {
    if (m_cancelled || m_stopped) {
        skipRemaining();
        finishRun();
        return;
    }
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == Outcome::Pending) {
            runItem(i);
            return;
        }
    }
    finishRun();
}

ActionIntent ActionRunner::intentFor(int index) const {
    ActionIntent intent = m_adapter->intent(m_items.at(index));
    intent.accountId = m_account.id;
    intent.accountLabel = m_account.label();
    intent.environment = m_account.environment;
    intent.reason = m_reason;
    return intent;
}

void ActionRunner::runItem(int index) {
    setResult(index, Outcome::Running, tr("Recording in the journal."));
    // The SENDING line is durable before anything is sent (the callback comes only then).
    m_journal->beginAction(intentFor(index), this, [this, index](const BeginResult& begun) { onBegun(index, begun); });
}

void ActionRunner::stop(const QString& reason) {
    m_stopped = true;
    m_stopReason = reason;
}

void ActionRunner::onBegun(int index, const BeginResult& begun) {
    if (!begun) {
        const JournalError& e = begun.error();
        QString message;
        switch (e.code) {
        case JournalError::Busy:
            message = m_adapter->busyMessage(m_items.at(index));
            if (message.isEmpty())
                message = tr("Not sent: another action on this %1 is unresolved (see the audit log).")
                              .arg(m_adapter->objectWord());
            break;
        case JournalError::Refused:
            // The reason (or the account) is the same for every item: every further item would be refused the same
            // way, so the run stops like on a journal write failure.
        case JournalError::WriteFailed:
            message = tr("Not sent: %1").arg(e.message);
            stop(e.message);
            break;
        }
        qCInfo(lcActions).noquote() << u"run %1: %2 not journaled (code %3): not sent"_s.arg(
            m_adapter->actionName(), m_items.at(index).objectId.trimmed(), QString::number(int(e.code)));
        setResult(index, Outcome::NotApplied, message);
        scheduleNext();
        return;
    }
    const ActionTicket ticket = begun.ticket();
    m_results[index].journalEntry = ticket.entryId;
    m_ticket = ticket;
    if (m_cancelled || !m_adapter->isAvailable()) {
        // Journaled but not sent: say so in the journal and in the results.
        const QString message = m_cancelled
                                    ? tr("Cancelled before it was sent.")
                                    : tr("Not sent: the %1 connection was closed.").arg(m_adapter->vendorName());
        m_journal->complete(ticket, {JournalState::NotApplied, message, {}});
        m_ticket.reset();
        if (!m_cancelled)
            stop(message);
        setResult(index, m_cancelled ? Outcome::Skipped : Outcome::NotApplied, message);
        scheduleNext();
        return;
    }
    send(index, ticket);
}

void ActionRunner::send(int index, const ActionTicket& ticket) {
    setResult(index, Outcome::Running, tr("Sent; waiting for the answer."));
    m_lastSendNs = m_clock.nsecsElapsed();
    m_itemRequests = 1; // the action itself; read-back requests are added when they are known
    // One request, never retried; the callback always comes while this runner lives.
    m_inFlight = m_adapter->send(m_items.at(index), this, [this, index, ticket](const ActionAnswer& answer) {
        onAnswer(index, ticket, answer);
    });
}

void ActionRunner::onAnswer(int index, const ActionTicket& ticket, const ActionAnswer& answer) {
    m_inFlight = {};
    m_ticket.reset();
    const ActionItem& item = m_items.at(index);
    const QString id = item.objectId.trimmed();
    const QString action = m_adapter->actionName();
    const ActionVerdict verdict = m_adapter->classify(item, answer);
    if (m_journal)
        m_journal->complete(ticket, verdict.journal);
    m_results[index].detail = verdict.detail;

    if (!answer.error) {
        qCInfo(lcActions).noquote() << u"run %1: %2 succeeded%3"_s.arg(
            action, id, verdict.warning ? u" (with a warning)"_s : QString());
        m_results[index].warning = verdict.warning;
        setResult(index, Outcome::Succeeded, verdict.message, 200);
        Q_EMIT objectChanged(index, answer.object);
        scheduleNext();
        return;
    }

    const ApiError& e = *answer.error;
    if (e.isUnknown()) {
        // It may have been applied: the entry stays unresolved (locked) until the object is read back.
        if (!verdict.readBackUnknown) {
            qCInfo(lcActions).noquote() << u"run %1: %2 outcome unknown (HTTP %3)"_s.arg(action, id,
                                                                                         QString::number(e.httpStatus));
            setResult(index, Outcome::Unknown, verdict.message, e.httpStatus);
            scheduleNext();
            return;
        }
        qCInfo(lcActions).noquote() << u"run %1: %2 outcome unknown (HTTP %3); reading it back"_s.arg(
            action, id, QString::number(e.httpStatus));
        setResult(index, Outcome::Reconciling, verdict.message, e.httpStatus);
        readBack(index, ReadBackPurpose::UnknownOutcome, verdict.message);
        return;
    }

    // Not sent, or rejected: our request changed nothing.
    qCInfo(lcActions).noquote() << u"run %1: %2 not applied (HTTP %3)"_s.arg(action, id, QString::number(e.httpStatus));
    if (verdict.readBackFirst) {
        setResult(index, Outcome::Reconciling, verdict.message, e.httpStatus);
        readBack(index, ReadBackPurpose::MaybeAlreadyHandled, verdict.message);
        return;
    }
    QString shown = verdict.message;
    if (isRateLimited(e)) {
        shown = tr("Rate limited: not applied.") + u' ' + verdict.message;
        const qint64 pauseMs = e.retryAfterSeconds > 0 ? qint64(e.retryAfterSeconds) * 1000 : 1000;
        m_notBeforeNs = m_clock.nsecsElapsed() + qMin(pauseMs, MaxRateLimitPauseMs) * 1000000;
    }
    if (stopsTheRun(e))
        stop(verdict.message);
    setResult(index, Outcome::NotApplied, shown, e.httpStatus);
    scheduleNext();
}

void ActionRunner::readBack(int index, ReadBackPurpose purpose, const QString& rejectedMessage) {
    const QString entryId = m_results.at(index).journalEntry;
    JournalEntry entry;
    if (auto stored = m_journal ? m_journal->entry(entryId) : std::nullopt) {
        entry = *stored;
    } else {
        const ActionIntent intent = intentFor(index);
        entry.id = entryId;
        entry.accountId = intent.accountId;
        entry.accountLabel = intent.accountLabel;
        entry.vendor = intent.vendor;
        entry.environment = intent.environment;
        entry.objectType = intent.objectType;
        entry.objectId = intent.objectId;
        entry.action = intent.action;
    }

    // One context per read-back: deleting it (answer or timeout) drops any later answer; exactly one path runs.
    auto* context = new QObject(this);
    auto answered = std::make_shared<bool>(false);
    auto handle = [this, index, purpose, rejectedMessage, context, answered](const ReconcileResult& result) {
        if (std::exchange(*answered, true))
            return;
        context->deleteLater();
        onReadBack(index, purpose, rejectedMessage, result);
    };

    // The read-back itself, with its own timeout (the timer lives in the context: it dies with the answer).
    auto startReadBack = [this, entry, context, handle] {
        auto* timer = new QTimer(context);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, context, [this, handle] {
            ReconcileResult timedOut;
            timedOut.verdict = ReconcileResult::StillUnknown;
            timedOut.message = tr("%1 did not answer the read-back in time.").arg(m_adapter->vendorName());
            timedOut.requests = -1; // they may have been sent: paced as if they were
            handle(timedOut);
        });
        timer->start(m_readBackTimeout);
        m_adapter->readBack(entry, context, handle);
    };

    if (purpose == ReadBackPurpose::UnknownOutcome && m_settleDelay.count() > 0) {
        // A request whose answer was lost (timeout, 5xx) may still be processed by the vendor: reading the object
        // back at once could see it before the change and call it not applied. Wait a moment first.
        auto* settle = new QTimer(context);
        settle->setSingleShot(true);
        settle->setTimerType(Qt::PreciseTimer);
        connect(settle, &QTimer::timeout, context, startReadBack);
        settle->start(m_settleDelay);
    } else {
        startReadBack();
    }
}

void ActionRunner::onReadBack(int index, ReadBackPurpose purpose, const QString& rejectedMessage,
                              const ReconcileResult& rb) {
    const ActionItem& item = m_items.at(index);
    // Pace: the read-back's own requests count like the action's (assumed when the read-back cannot say).
    m_itemRequests += rb.requests >= 0 ? rb.requests : m_adapter->assumedReadBackRequests();
    const QString readMessage = rb.message;
    const QString warningText =
        rb.verdict == ReconcileResult::Applied ? m_adapter->readBackWarning(item, rb) : QString();
    m_results[index].warning = !warningText.isEmpty();
    if (purpose == ReadBackPurpose::UnknownOutcome) {
        JournalState state = JournalState::Unknown;
        Outcome outcome = Outcome::Unknown;
        QString shown;
        switch (rb.verdict) {
        case ReconcileResult::Applied:
            state = JournalState::ReconciledApplied;
            outcome = Outcome::Succeeded;
            m_results[index].confirmedByReadBack = true;
            shown = tr("Confirmed by reading the %1 back: %2").arg(m_adapter->objectWord(), readMessage);
            if (!warningText.isEmpty())
                shown = warningText + u' ' + shown;
            break;
        case ReconcileResult::NotApplied:
            state = JournalState::ReconciledNotApplied;
            outcome = Outcome::NotApplied;
            shown = tr("Not applied (read back): %1").arg(readMessage);
            break;
        case ReconcileResult::StillUnknown:
            shown =
                tr("Still unknown: %1 The entry stays locked in the audit log until it is resolved.").arg(readMessage);
            break;
        }
        const QString entryId = m_results.at(index).journalEntry;
        if (m_journal && !m_journal->resolve(entryId, state, readMessage))
            qCWarning(lcActions) << "run: journal entry" << entryId << "was resolved elsewhere meanwhile";
        qCInfo(lcActions).noquote() << u"run %1: %2 read back: verdict %3"_s.arg(
            m_adapter->actionName(), item.objectId.trimmed(), QString::number(int(rb.verdict)));
        setResult(index, outcome, shown);
    } else if (rb.verdict == ReconcileResult::Applied) {
        m_results[index].confirmedByReadBack = true;
        setResult(index, Outcome::AlreadyHandled, tr("Already %1: %2").arg(m_adapter->pastTense(), readMessage));
    } else {
        QString shown = rejectedMessage;
        if (rb.verdict == ReconcileResult::NotApplied && !readMessage.isEmpty())
            shown += u' ' + readMessage;
        setResult(index, Outcome::NotApplied, shown);
    }
    if (rb.object.isValid())
        Q_EMIT objectChanged(index, rb.object);
    scheduleNext();
}

void ActionRunner::skipRemaining() {
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome != Outcome::Pending)
            continue;
        const QString message = m_cancelled ? tr("Cancelled before this item: nothing was sent.")
                                            : tr("Not sent: the run stopped. %1").arg(m_stopReason);
        setResult(i, Outcome::Skipped, message.trimmed());
    }
}

void ActionRunner::finishRun() {
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    m_running = false;
    m_pace.stop();
    QMap<int, int> counts;
    for (const ActionItemResult& r : std::as_const(m_results))
        ++counts[int(r.outcome)];
    qCInfo(lcActions).noquote() << u"run %1 finished: %2 succeeded, %3 already handled, %4 not applied, %5 unknown, "
                                   u"%6 skipped%7"_s.arg(m_adapter ? m_adapter->actionName() : QString())
                                       .arg(counts.value(int(Outcome::Succeeded)))
                                       .arg(counts.value(int(Outcome::AlreadyHandled)))
                                       .arg(counts.value(int(Outcome::NotApplied)))
                                       .arg(counts.value(int(Outcome::Unknown)))
                                       .arg(counts.value(int(Outcome::Skipped)))
                                       .arg(m_cancelled ? u" (cancelled)"_s
                                            : m_stopped ? u" (stopped)"_s
                                                        : QString());
    Q_EMIT finished();
}

} // namespace rd
