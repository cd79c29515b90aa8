#include "trbulkrunner.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

#include "journal/actionjournal.h"
#include "journal/outcomefromerror.h"
#include "journal/reconciler.h"
#include "trbulkrunner_p.h"
#include "tremendousreconciler.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

using trbulk::Outcome;
using trbulk::SkipKind;
using trbulk::skipKind;

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

QString objectWord(TrAction action) {
    switch (action) {
    case TrAction::Approve:
    case TrAction::Reject:
        return QCoreApplication::translate("rd::TrBulkRunner", "order");
    case TrAction::Release:
    case TrAction::Block:
        return QCoreApplication::translate("rd::TrBulkRunner", "fraud review");
    case TrAction::Resend:
    case TrAction::Cancel:
        break;
    }
    return QCoreApplication::translate("rd::TrBulkRunner", "reward");
}

// Read-back requests assumed when the reconciler cannot say how many it sent (another ActionReconciler, or the
// read-back timed out): the most the Tremendous read-back sends for the action.
int assumedReadBackRequests(TrAction action) {
    return action == TrAction::Cancel ? 2 : 1;
}

} // namespace

TrBulkRunner::TrBulkRunner(TremendousClient* client, ActionJournal* journal, ActionReconciler* reconciler,
                           const Account& account, TrAction action, QList<TrBulkItem> items, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_reconciler(reconciler)
    , m_account(account)
    , m_action(action)
    , m_items(std::move(items))
    , m_journalGuard(journal) {
    m_results.resize(m_items.size());
    m_pace.setSingleShot(true);
    m_pace.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5% early: the pace is a minimum
    connect(&m_pace, &QTimer::timeout, this, &TrBulkRunner::next);
    m_clock.start();
}

TrBulkRunner::~TrBulkRunner() {
    // The runner is going away while a request may be on the wire: its answer will never be seen here, so the entry
    // is completed as Unknown (it stays locked; JournalReconciler reads the object back). Nothing is left SENDING.
    if (m_ticket && m_journalGuard) {
        m_journalGuard->complete(
            *m_ticket,
            {JournalState::Unknown,
             QCoreApplication::translate("rd::TrBulkRunner",
                                         "RewardDesk stopped waiting for the answer (the bulk run was closed); the "
                                         "object will be read back."),
             {}});
    }
}

int TrBulkRunner::doneCount() const {
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const TrBulkItemResult& r) {
        return r.outcome != Outcome::Pending && r.outcome != Outcome::Running && r.outcome != Outcome::Reconciling;
    }));
}

void TrBulkRunner::setResult(int index, TrBulkItemResult::Outcome outcome, const QString& message, int httpStatus) {
    TrBulkItemResult& r = m_results[index];
    r.outcome = outcome;
    r.message = message;
    if (httpStatus)
        r.httpStatus = httpStatus;
    Q_EMIT itemChanged(index);
}

void TrBulkRunner::start() {
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    qCInfo(lcTremendous).noquote() << u"bulk %1: %2 items"_s.arg(trActionName(m_action)).arg(m_items.size());

    // Items that cannot take the action, and an object listed twice (it is acted on once: a second request for the
    // same object would be a second money-moving request for one confirmation).
    QSet<QString> seen;
    for (int i = 0; i < m_items.size(); ++i) {
        const TrBulkItem& item = m_items.at(i);
        switch (skipKind(item, seen)) {
        case SkipKind::Blocked:
            setResult(i, Outcome::Skipped, item.blockedReason.trimmed());
            break;
        case SkipKind::NoId:
            setResult(i, Outcome::Skipped, QCoreApplication::translate("rd::TrBulkRunner", "Skipped: no ID."));
            break;
        case SkipKind::Duplicate:
            setResult(i, Outcome::Skipped,
                      QCoreApplication::translate("rd::TrBulkRunner",
                                                  "Skipped: listed twice; the action is sent once for this %1.")
                          .arg(objectWord(m_action)));
            break;
        case SkipKind::None:
            break;
        }
    }
    if (!m_client || !m_journal) {
        m_stopped = true;
        m_stopReason = QCoreApplication::translate("rd::TrBulkRunner", "The Tremendous connection is not available.");
    }
    // The first item (or the end of a run with nothing to do) comes from the event loop, never inside start().
    m_pace.start(0);
}

void TrBulkRunner::cancel() {
    if (m_cancelled || m_finishedEmitted)
        return;
    m_cancelled = true;
    qCInfo(lcTremendous).noquote() << u"bulk %1: cancel requested after %2 of %3 items"_s.arg(trActionName(m_action))
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

void TrBulkRunner::scheduleNext() {
    if (m_cancelled || m_stopped) {
        skipRemaining();
        finishRun();
        return;
    }
    const auto pending = std::find_if(m_results.cbegin(), m_results.cend(),
                                      [](const TrBulkItemResult& r) { return r.outcome == Outcome::Pending; });
    if (pending == m_results.cend()) {
        finishRun();
        return;
    }
    // Pace: interval() per request the last item made (its action and its read-back GETs) from that item's action
    // request, and nothing before a 429's pause has passed, so the run never exceeds one request per interval.
    // Always through the timer (never a direct call), so cancel() can stop the run between items.
    const qint64 now = m_clock.nsecsElapsed();
    qint64 waitNs = 0;
    if (m_lastSendNs >= 0)
        waitNs = qMax(waitNs, m_lastSendNs + qint64(m_interval.count()) * 1000000 * qMax(1, m_itemRequests) - now);
    waitNs = qMax(waitNs, m_notBeforeNs - now);
    const qint64 waitMs = (waitNs + 999999) / 1000000; // rounded up: never early
    m_pace.start(int(qBound(qint64(0), waitMs, MaxRateLimitPauseMs)));
}

void TrBulkRunner::next() {
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

ActionIntent TrBulkRunner::intentFor(int index) const {
    const TrBulkItem& item = m_items.at(index);
    ActionIntent intent;
    intent.accountId = m_account.id;
    intent.accountLabel = m_account.label();
    intent.vendor = Vendor::Tremendous;
    intent.environment = m_account.environment;
    intent.objectType = trActionObjectType(m_action);
    intent.objectId = item.objectId.trimmed();
    intent.action = trActionName(m_action);
    intent.reason = m_reason;
    intent.summary = item.summary;
    if (intent.summary.isEmpty() && item.amount.valid())
        intent.summary = QString(item.amount.currency + u' ' + item.amount.amountText()).trimmed();
    if (m_action == TrAction::Resend) {
        // The row's summary names the old address: the journal must say where it was actually resent.
        const QString target = !m_resendTarget.updatedEmail.trimmed().isEmpty() ? m_resendTarget.updatedEmail.trimmed()
                                                                                : m_resendTarget.updatedPhone.trimmed();
        if (!target.isEmpty()) {
            const QString resentTo = QCoreApplication::translate("rd::TrBulkRunner", "resent to %1").arg(target);
            intent.summary = intent.summary.isEmpty() ? resentTo : intent.summary + u"; "_s + resentTo;
        }
    }
    return intent;
}

void TrBulkRunner::runItem(int index) {
    setResult(index, Outcome::Running, QCoreApplication::translate("rd::TrBulkRunner", "Recording in the journal."));
    // The SENDING line is durable before anything is sent (the callback comes only then).
    m_journal->beginAction(intentFor(index), this, [this, index](const BeginResult& begun) { onBegun(index, begun); });
}

void TrBulkRunner::onBegun(int index, const BeginResult& begun) {
    if (!begun) {
        const JournalError& e = begun.error();
        QString message;
        switch (e.code) {
        case JournalError::Busy:
            message = QCoreApplication::translate("rd::TrBulkRunner",
                                                  "Not sent: another action on this %1 is unresolved (see the audit "
                                                  "log).")
                          .arg(objectWord(m_action));
            break;
        case JournalError::Refused:
            message = QCoreApplication::translate("rd::TrBulkRunner", "Not sent: %1").arg(e.message);
            // The reason (or the account) is the same for every item: every further item would be refused the same
            // way, so the run stops like on a journal write failure.
            m_stopped = true;
            m_stopReason = e.message;
            break;
        case JournalError::WriteFailed:
            message = QCoreApplication::translate("rd::TrBulkRunner", "Not sent: %1").arg(e.message);
            // Every further item would fail the same way.
            m_stopped = true;
            m_stopReason = e.message;
            break;
        }
        qCInfo(lcTremendous).noquote() << u"bulk %1: %2 not journaled (code %3): not sent"_s.arg(
            trActionName(m_action), m_items.at(index).objectId.trimmed(), QString::number(int(e.code)));
        setResult(index, Outcome::NotApplied, message);
        scheduleNext();
        return;
    }
    const ActionTicket ticket = begun.ticket();
    m_results[index].journalEntry = ticket.entryId;
    m_ticket = ticket;
    if (m_cancelled || !m_client) {
        // Journaled but not sent: say so in the journal and in the results.
        const QString message =
            m_cancelled
                ? QCoreApplication::translate("rd::TrBulkRunner", "Cancelled before it was sent.")
                : QCoreApplication::translate("rd::TrBulkRunner", "Not sent: the Tremendous connection was closed.");
        m_journal->complete(ticket, {JournalState::NotApplied, message, {}});
        m_ticket.reset();
        if (!m_cancelled) {
            m_stopped = true;
            m_stopReason = message;
        }
        setResult(index, m_cancelled ? Outcome::Skipped : Outcome::NotApplied, message);
        scheduleNext();
        return;
    }
    send(index, ticket);
}

void TrBulkRunner::send(int index, const ActionTicket& ticket) {
    const QString id = m_items.at(index).objectId.trimmed();
    setResult(index, Outcome::Running,
              QCoreApplication::translate("rd::TrBulkRunner", "Sent; waiting for the answer."));
    m_lastSendNs = m_clock.nsecsElapsed();
    m_itemRequests = 1; // the action itself; read-back GETs are added when they are known
    auto onError = [this, index, ticket](const ApiError& e) { onAnswer(index, ticket, Answer{e, {}, {}}); };
    // Each call is an Action: exactly one request, never retried; the callback always comes (context = this).
    switch (m_action) {
    case TrAction::Approve:
    case TrAction::Reject: {
        auto done = [this, index, ticket, onError](ApiResult<TrOrder> r) {
            if (!r.ok())
                return onError(r.error());
            onAnswer(index, ticket, Answer{std::nullopt, r.value(), std::nullopt});
        };
        m_inFlight = m_action == TrAction::Approve ? m_client->approveOrder(id, this, done)
                                                   : m_client->rejectOrder(id, this, done);
        return;
    }
    case TrAction::Release:
    case TrAction::Block: {
        auto done = [this, index, ticket, onError](ApiResult<TrFraudReview> r) {
            if (!r.ok())
                return onError(r.error());
            onAnswer(index, ticket, Answer{std::nullopt, std::nullopt, r.value()});
        };
        m_inFlight = m_action == TrAction::Release ? m_client->releaseFraudReview(id, this, done)
                                                   : m_client->blockFraudReview(id, this, done);
        return;
    }
    case TrAction::Resend:
    case TrAction::Cancel: {
        auto done = [this, index, ticket, onError](ApiResult<TrEmptyAnswer> r) {
            if (!r.ok())
                return onError(r.error());
            onAnswer(index, ticket, Answer{});
        };
        m_inFlight = m_action == TrAction::Resend ? m_client->resendReward(id, m_resendTarget, this, done)
                                                  : m_client->cancelReward(id, this, done);
        return;
    }
    }
}

bool TrBulkRunner::approvedButFailed(const std::optional<TrOrder>& order) const {
    return m_action == TrAction::Approve && order &&
           (order->status == TrOrderStatus::Failed || order->status == TrOrderStatus::Canceled);
}

QString TrBulkRunner::successMessage(int index, const Answer& answer, bool* warning) const {
    *warning = false;
    switch (m_action) {
    case TrAction::Approve:
        if (answer.order) {
            const QString id = answer.order->id.isEmpty() ? m_items.at(index).objectId.trimmed() : answer.order->id;
            // The approval happened (2xx), but the order did not go through: say so plainly; the agent must look.
            if (answer.order->status == TrOrderStatus::Failed) {
                *warning = true;
                return QCoreApplication::translate("rd::TrBulkRunner",
                                                   "Order %1 approved, but Tremendous reports it FAILED: the payment "
                                                   "could not be processed. Check the order.")
                    .arg(id);
            }
            if (answer.order->status == TrOrderStatus::Canceled) {
                *warning = true;
                return QCoreApplication::translate("rd::TrBulkRunner",
                                                   "Order %1 approved, but Tremendous reports it CANCELED: it will not "
                                                   "be delivered. Check the order.")
                    .arg(id);
            }
            // OPEN is not defined by the Tremendous docs; like the other non-pending statuses it is shown as
            // approved (the order left PENDING APPROVAL).
            return QCoreApplication::translate("rd::TrBulkRunner", "Approved. The order is now %1.")
                .arg(answer.order->statusRaw.simplified());
        }
        break;
    case TrAction::Reject:
        if (answer.order)
            return QCoreApplication::translate("rd::TrBulkRunner", "Rejected. The order is now %1.")
                .arg(answer.order->statusRaw.simplified());
        break;
    case TrAction::Release:
        return QCoreApplication::translate("rd::TrBulkRunner", "Released.");
    case TrAction::Block:
        return QCoreApplication::translate("rd::TrBulkRunner", "Blocked.");
    case TrAction::Resend:
        return QCoreApplication::translate("rd::TrBulkRunner", "Resent.");
    case TrAction::Cancel:
        return QCoreApplication::translate("rd::TrBulkRunner", "Canceled.");
    }
    return QCoreApplication::translate("rd::TrBulkRunner", "Done.");
}

void TrBulkRunner::emitObject(int index, const std::optional<TrOrder>& order,
                              const std::optional<TrFraudReview>& review) {
    if (order)
        Q_EMIT orderChanged(*order);
    if (review)
        Q_EMIT fraudReviewChanged(*review);
    if (m_action == TrAction::Resend || m_action == TrAction::Cancel)
        Q_EMIT rewardChanged(m_items.at(index).objectId.trimmed());
}

void TrBulkRunner::onAnswer(int index, const ActionTicket& ticket, const Answer& answer) {
    m_inFlight = {};
    m_ticket.reset();
    const QString id = m_items.at(index).objectId.trimmed();
    const QString label = m_account.label();

    if (!answer.error) {
        bool warning = false;
        const QString message = successMessage(index, answer, &warning);
        m_journal->complete(ticket, outcomeSucceeded(message)); // the approval happened: Succeeded even when FAILED
        qCInfo(lcTremendous).noquote() << u"bulk %1: %2 succeeded%3"_s.arg(
            trActionName(m_action), id, warning ? u" (with a warning)"_s : QString());
        m_results[index].warning = warning;
        setResult(index, Outcome::Succeeded, message, 200);
        emitObject(index, answer.order, answer.fraudReview);
        scheduleNext();
        return;
    }

    const ApiError& e = *answer.error;
    const QString message = trActionErrorMessage(m_action, id, e, label);
    if (e.isUnknown()) {
        // It may have been applied: the entry stays unresolved (locked) until the object is read back.
        m_journal->complete(ticket, {JournalState::Unknown, message, e.requestId});
        qCInfo(lcTremendous).noquote() << u"bulk %1: %2 outcome unknown (HTTP %3); reading it back"_s.arg(
            trActionName(m_action), id, QString::number(e.httpStatus));
        setResult(index, Outcome::Reconciling, message, e.httpStatus);
        readBack(index, ReadBackPurpose::UnknownOutcome, message);
        return;
    }

    // Not sent, or rejected: our request changed nothing.
    m_journal->complete(ticket, {JournalState::NotApplied, message, e.requestId});
    qCInfo(lcTremendous).noquote() << u"bulk %1: %2 not applied (HTTP %3)"_s.arg(trActionName(m_action), id,
                                                                                 QString::number(e.httpStatus));
    if (trMayBeAlreadyHandled(e)) {
        setResult(index, Outcome::Reconciling, message, e.httpStatus);
        readBack(index, ReadBackPurpose::MaybeAlreadyHandled, message);
        return;
    }
    QString shown = message;
    if (isRateLimited(e)) {
        shown = QCoreApplication::translate("rd::TrBulkRunner", "Rate limited: not applied.") + u' ' + message;
        const qint64 pauseMs = e.retryAfterSeconds > 0 ? qint64(e.retryAfterSeconds) * 1000 : 1000;
        m_notBeforeNs = m_clock.nsecsElapsed() + qMin(pauseMs, MaxRateLimitPauseMs) * 1000000;
    }
    if (stopsTheRun(e)) {
        m_stopped = true;
        m_stopReason = message;
    }
    setResult(index, Outcome::NotApplied, shown, e.httpStatus);
    scheduleNext();
}

void TrBulkRunner::readBack(int index, ReadBackPurpose purpose, const QString& rejectedMessage) {
    const QString entryId = m_results.at(index).journalEntry;
    JournalEntry entry;
    if (auto stored = m_journal->entry(entryId)) {
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
    auto handle = [this, index, purpose, rejectedMessage, entryId, context, answered](const TrReadBack& rb) {
        if (std::exchange(*answered, true))
            return;
        context->deleteLater();
        // Pace: the read-back's own requests count like the action's (assumed when the reconciler cannot say).
        m_itemRequests += rb.requests;
        const QString readMessage = rb.result.message;
        const bool warning = rb.result.verdict == ReconcileResult::Applied && approvedButFailed(rb.order);
        QString warningText;
        if (warning) {
            const QString id = rb.order->id.isEmpty() ? m_items.at(index).objectId.trimmed() : rb.order->id;
            warningText = rb.order->status == TrOrderStatus::Failed
                              ? QCoreApplication::translate("rd::TrBulkRunner",
                                                            "Order %1 approved, but Tremendous reports it FAILED: the "
                                                            "payment could not be processed. Check the order.")
                                    .arg(id)
                              : QCoreApplication::translate("rd::TrBulkRunner",
                                                            "Order %1 approved, but Tremendous reports it CANCELED: it "
                                                            "will not be delivered. Check the order.")
                                    .arg(id);
        }
        m_results[index].warning = warning;
        if (purpose == ReadBackPurpose::UnknownOutcome) {
            JournalState state = JournalState::Unknown;
            Outcome outcome = Outcome::Unknown;
            QString shown;
            switch (rb.result.verdict) {
            case ReconcileResult::Applied:
                state = JournalState::ReconciledApplied;
                outcome = Outcome::Succeeded;
                m_results[index].confirmedByReadBack = true;
                shown = QCoreApplication::translate("rd::TrBulkRunner", "Confirmed by reading the %1 back: %2")
                            .arg(objectWord(m_action), readMessage);
                if (warning)
                    shown = warningText + u' ' + shown;
                break;
            case ReconcileResult::NotApplied:
                state = JournalState::ReconciledNotApplied;
                outcome = Outcome::NotApplied;
                shown = QCoreApplication::translate("rd::TrBulkRunner", "Not applied (read back): %1").arg(readMessage);
                break;
            case ReconcileResult::StillUnknown:
                shown = QCoreApplication::translate("rd::TrBulkRunner",
                                                    "Still unknown: %1 The entry stays locked in the audit log until "
                                                    "it is resolved.")
                            .arg(readMessage);
                break;
            }
            if (m_journalGuard && !m_journalGuard->resolve(entryId, state, readMessage))
                qCWarning(lcTremendous) << "bulk: journal entry" << entryId << "was resolved elsewhere meanwhile";
            qCInfo(lcTremendous).noquote() << u"bulk %1: %2 read back: verdict %3"_s.arg(
                trActionName(m_action), m_items.at(index).objectId.trimmed(), QString::number(int(rb.result.verdict)));
            setResult(index, outcome, shown);
        } else {
            if (rb.result.verdict == ReconcileResult::Applied) {
                m_results[index].confirmedByReadBack = true;
                setResult(index, Outcome::AlreadyHandled,
                          QCoreApplication::translate("rd::TrBulkRunner", "Already %1: %2")
                              .arg(trActionPastTense(m_action), readMessage));
            } else {
                QString shown = rejectedMessage;
                if (rb.result.verdict == ReconcileResult::NotApplied && !readMessage.isEmpty())
                    shown += u' ' + readMessage;
                setResult(index, Outcome::NotApplied, shown);
            }
        }
        if (rb.order || rb.fraudReview || rb.reward)
            emitObject(index, rb.order, rb.fraudReview);
        scheduleNext();
    };

    // The read-back itself, with its own timeout (the timer lives in the context: it dies with the answer).
    auto startReadBack = [this, entry, context, handle] {
        auto* timer = new QTimer(context);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, context, [this, handle] {
            TrReadBack rb;
            rb.result = {ReconcileResult::StillUnknown,
                         QCoreApplication::translate("rd::TrBulkRunner", "Tremendous did not answer the read-back in "
                                                                         "time.")};
            rb.requests = assumedReadBackRequests(m_action); // they may have been sent: paced as if they were
            handle(rb);
        });
        timer->start(m_readBackTimeout);

        if (auto* tremendous = dynamic_cast<TremendousReconciler*>(m_reconciler)) {
            tremendous->readBack(entry, context, handle);
        } else if (m_reconciler) {
            m_reconciler->reconcile(entry, context, [this, handle](const ReconcileResult& r) {
                TrReadBack rb;
                rb.result = r;
                rb.requests = assumedReadBackRequests(m_action); // this reconciler does not say how many it sent
                handle(rb);
            });
        } else {
            TrReadBack rb;
            rb.result = {ReconcileResult::StillUnknown,
                         QCoreApplication::translate("rd::TrBulkRunner", "RewardDesk cannot read this %1 back here.")
                             .arg(objectWord(m_action))};
            QTimer::singleShot(0, context, [handle, rb] { handle(rb); });
        }
    };

    if (purpose == ReadBackPurpose::UnknownOutcome && m_settleDelay.count() > 0) {
        // A request whose answer was lost (timeout, 5xx) may still be processed by Tremendous: reading the object
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

void TrBulkRunner::skipRemaining() {
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome != Outcome::Pending)
            continue;
        const QString message =
            m_cancelled
                ? QCoreApplication::translate("rd::TrBulkRunner", "Cancelled before this item: nothing was sent.")
                : QCoreApplication::translate("rd::TrBulkRunner", "Not sent: the run stopped. %1").arg(m_stopReason);
        setResult(i, Outcome::Skipped, message.trimmed());
    }
}

void TrBulkRunner::finishRun() {
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    m_running = false;
    m_pace.stop();
    QMap<int, int> counts;
    for (const TrBulkItemResult& r : std::as_const(m_results))
        ++counts[int(r.outcome)];
    qCInfo(lcTremendous).noquote()
        << u"bulk %1 finished: %2 succeeded, %3 already handled, %4 not applied, %5 unknown, "
           u"%6 skipped%7"_s.arg(trActionName(m_action))
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
