#include "api/trucentive/envelopeopener.h"

#include <QCoreApplication>

#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

bool isFinal(EnvelopeOpener::Phase phase) {
    switch (phase) {
    case EnvelopeOpener::Phase::Opened:
    case EnvelopeOpener::Phase::Failed:
    case EnvelopeOpener::Phase::Changed:
    case EnvelopeOpener::Phase::TimedOut:
    case EnvelopeOpener::Phase::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

EnvelopeOpener::EnvelopeOpener(Client* client, const QString& envelopeId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_envelopeId(envelopeId.trimmed()) {
    m_pollTimer.setSingleShot(true);
    m_limitTimer.setSingleShot(true);
    m_limitTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(&m_pollTimer, &QTimer::timeout, this, &EnvelopeOpener::poll);
    connect(&m_limitTimer, &QTimer::timeout, this, &EnvelopeOpener::onTimeLimit);
}

void EnvelopeOpener::onTimeLimit() {
    {
        if (isFinished())
            return;
        const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_options.timeLimit).count());
        if (m_phase == Phase::Opening || m_openUnknown) {
            finish(Phase::TimedOut,
                   tr("RewardDesk could not confirm within %n second(s) that the envelope was opened. Opening is safe "
                      "to retry: look the envelope up, then open it again if it is still not open.",
                      nullptr, seconds));
        } else {
            finish(Phase::TimedOut,
                   tr("The envelope was queued for opening but was not open after %n second(s). TruCentive may still "
                      "be working on it: look it up again in a minute. Opening is safe to retry.",
                      nullptr, seconds));
        }
    }
}

EnvelopeOpener::~EnvelopeOpener() {
    m_pollCall.cancel();
}

bool EnvelopeOpener::isFinished() const {
    return isFinal(m_phase);
}

QString EnvelopeOpener::phaseName(Phase phase) {
    switch (phase) {
    case Phase::Idle:
        return tr("not started");
    case Phase::Opening:
        return tr("opening");
    case Phase::Queued:
        return tr("queued");
    case Phase::Checking:
        return tr("checking");
    case Phase::Opened:
        return tr("opened");
    case Phase::Failed:
        return tr("failed");
    case Phase::Changed:
        return tr("state changed");
    case Phase::TimedOut:
        return tr("timed out");
    case Phase::Cancelled:
        return tr("cancelled");
    }
    return {};
}

void EnvelopeOpener::start(std::optional<Envelope> before) {
    if (m_phase != Phase::Idle)
        return;
    m_baseline = std::move(before);
    m_nextInterval = m_options.pollInterval;
    m_clock.start();
    if (!m_client) {
        finish(Phase::Failed, tr("The TruCentive connection is not available."));
        return;
    }
    m_limitTimer.start(m_options.timeLimit);
    setPhase(Phase::Opening, tr("Asking TruCentive to open the envelope…"));
    // Context `this`: keep the opener alive until openRequestFinished, or the journal entry cannot be completed.
    m_client->openEnvelope(m_envelopeId, this, [this](ApiResult<Queued> result) { onOpenAnswer(result); });
}

void EnvelopeOpener::cancel() {
    if (isFinished() || m_phase == Phase::Idle)
        return;
    m_pollTimer.stop();
    m_limitTimer.stop();
    m_pollCall.cancel();
    setPhase(Phase::Cancelled, tr("Stopped watching the envelope."));
}

void EnvelopeOpener::onOpenAnswer(const ApiResult<Queued>& result) {
    if (result.ok())
        Q_EMIT openRequestFinished(true, ApiError(), result.value().requestId);
    else
        Q_EMIT openRequestFinished(false, result.error(), result.error().requestId);
    if (isFinished())
        return; // timed out or cancelled meanwhile: the journal got its outcome, nothing else to show

    if (!result.ok()) {
        const ApiError& e = result.error();
        if (e.isUnknown()) {
            // The open may have been queued: watching tells.
            m_openUnknown = true;
            setPhase(Phase::Checking, tr("RewardDesk cannot tell whether the open request arrived; checking the "
                                         "envelope…"));
            schedulePoll();
            return;
        }
        finish(Phase::Failed, errorText(e, Operation::Open, m_client ? m_client->accountLabel() : QString()).message);
        return;
    }

    if (const auto& envelope = result.value().envelope) {
        m_last = *envelope;
        if (!m_baseline)
            m_baseline = *envelope;
        Q_EMIT envelopeUpdated(*envelope);
        if (envelope->isOpened()) {
            finish(Phase::Opened, tr("The envelope is open."));
            return;
        }
    }
    setPhase(Phase::Queued, tr("Queued: TruCentive will open the envelope shortly."));
    schedulePoll();
}

void EnvelopeOpener::schedulePoll() {
    if (isFinished())
        return;
    if (deadlinePassed()) {
        onTimeLimit();
        return;
    }
    const std::chrono::milliseconds interval = m_nextInterval;
    const auto grown = std::chrono::milliseconds(qint64(double(interval.count()) * qMax(1.0, m_options.backoffFactor)));
    m_nextInterval = qMin(grown, qMax(m_options.maxPollInterval, m_options.pollInterval));
    m_pollTimer.start(interval);
}

void EnvelopeOpener::poll() {
    if (isFinished())
        return;
    if (!m_client) {
        finish(Phase::Failed, tr("The TruCentive connection is not available."));
        return;
    }
    ++m_polls;
    setPhase(Phase::Checking, tr("Checking the envelope (check %1)…").arg(m_polls));
    m_pollCall = m_client->envelope(m_envelopeId, this, [this](ApiResult<Envelope> result) { onPollAnswer(result); });
}

void EnvelopeOpener::onPollAnswer(const ApiResult<Envelope>& result) {
    if (isFinished())
        return;
    if (!result.ok()) {
        const ApiError& e = result.error();
        // Passing trouble (network, 429, 5xx, an unreadable answer) does not end the watch; a refusal does (404 no
        // such envelope, 403 key rejected, no credentials).
        const bool transient = e.isUnknown() || e.kind == ErrorKind::HostNotFound ||
                               e.kind == ErrorKind::ConnectionRefused || e.kind == ErrorKind::Network ||
                               e.kind == ErrorKind::Timeout || e.kind == ErrorKind::RateLimited ||
                               e.kind == ErrorKind::ServerError;
        if (!transient) {
            finish(Phase::Failed,
                   errorText(e, Operation::EnvelopeLookup, m_client ? m_client->accountLabel() : QString()).message);
            return;
        }
        setPhase(Phase::Checking, tr("The envelope could not be checked this time; trying again…"));
        schedulePoll();
        return;
    }

    const Envelope& envelope = result.value();
    m_last = envelope;
    Q_EMIT envelopeUpdated(envelope);
    if (envelope.isOpened()) {
        finish(Phase::Opened, tr("The envelope is open."));
        return;
    }
    if (envelope.state == EnvelopeState::Locked || envelope.state == EnvelopeState::Expired) {
        finish(Phase::Failed, tr("The envelope could not be opened: it is %1.").arg(envelope.stateDisplay().toLower()));
        return;
    }
    if (envelope.hasExpired()) {
        // TruCentive accepts the open and then fails it ("Failures and errors may occur during opening even when
        // this API call is successful"): an envelope past its expires_at will not open, however long we wait.
        finish(Phase::Failed, tr("The envelope could not be opened: it expired on %1 (UTC).")
                                  .arg(envelope.expiresAt->toString(u"yyyy-MM-dd HH:mm"_s)));
        return;
    }
    if (envelope.state == EnvelopeState::Unknown && (!m_baseline || m_baseline->stateRaw != envelope.stateRaw)) {
        finish(Phase::Changed, tr("The envelope's state is now “%1”, which RewardDesk does not know. Check the "
                                  "envelope in TruCentive before trying again.")
                                   .arg(envelope.stateRaw.simplified().left(60)));
        return;
    }
    setPhase(Phase::Checking,
             tr("Still waiting for TruCentive to open the envelope (state: %1)…").arg(envelope.stateDisplay()));
    schedulePoll();
}

void EnvelopeOpener::setPhase(Phase phase, const QString& message) {
    m_phase = phase;
    m_message = message;
    Q_EMIT progress(phase, message);
}

void EnvelopeOpener::finish(Phase phase, const QString& message) {
    m_pollTimer.stop();
    m_limitTimer.stop();
    m_pollCall.cancel();
    setPhase(phase, message);
    Q_EMIT finished(phase, message);
}

bool EnvelopeOpener::deadlinePassed() const {
    return m_clock.isValid() && remaining().count() <= 0;
}

std::chrono::milliseconds EnvelopeOpener::remaining() const {
    return m_options.timeLimit - std::chrono::milliseconds(m_clock.elapsed());
}

} // namespace rd::trucentive
