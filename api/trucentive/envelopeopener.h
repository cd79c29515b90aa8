#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

#include "api/core/apierror.h"
#include "api/core/callhandle.h"
#include "api/trucentive/trucentivetypes.h"

namespace rd::trucentive {

class Client;

// Opens one envelope and watches the result. The doc: "Envelope opening happens
// asynchronously. The Envelope details endpoint can be used to monitor the status ... Failures and errors may occur
// during opening even when this API call is successful. It is safe to retry opening an envelope."
//
//   start(before) -> POST /envelopes/:id/open (RetrySafeAction: the transport retries 429/503/network failures)
//     2xx                 -> Queued ("queued for opening"), then polls GET /envelope
//     rejected (400, 404) -> Failed with the vendor's words (e.g. "... the envelope is locked"); no polling
//     unknown outcome     -> polls anyway (the open may have been queued) and says so
//   polling: every pollInterval, growing by backoffFactor up to maxPollInterval, one request at a time, until
//     - the envelope is opened (state opened/open or opened_at set)            -> Opened
//     - it is in a failure state (locked, expired) or past its expires_at        -> Failed
//     - its state changed from the baseline to a value RewardDesk does not know  -> Changed (shown raw; the agent
//       decides; an unknown state is never taken for success or failure)
//     - a poll is rejected (404, 403)                                            -> Failed
//     - timeLimit passes (measured from start())                                 -> TimedOut with advice
//   Transient poll failures (network, 5xx after the transport's retries) are reported as a note and polling goes on.
// Baseline: the `before` envelope given to start() (the agent's view before opening), else the envelope in the open
// answer, else none. Known non-final states (delivered, approved, viewed) keep the poller polling.
//
// The journal is the caller's: record openRequestFinished()'s result (outcomeSucceeded / outcomeFromError). No nested
// event loops: everything is timers and callbacks. Deleting the opener (or cancel()) stops it without further signals.
class EnvelopeOpener : public QObject {
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        Opening,  // POST in flight
        Queued,   // the vendor queued the open; first check pending
        Checking, // a poll is in flight or scheduled
        Opened,   // final
        Failed,   // final
        Changed,  // final: the state changed to one RewardDesk does not know
        TimedOut, // final
        Cancelled // final (cancel() was called; no finished() signal)
    };
    Q_ENUM(Phase)

    struct Options {
        std::chrono::milliseconds pollInterval{2000};
        double backoffFactor = 1.5;
        std::chrono::milliseconds maxPollInterval{10000};
        std::chrono::milliseconds timeLimit{60000};
    };

    EnvelopeOpener(Client* client, const QString& envelopeId, QObject* parent = nullptr);
    ~EnvelopeOpener() override;

    void setOptions(const Options& options) { m_options = options; }
    Options options() const { return m_options; }

    // Starts once; later calls do nothing.
    void start(std::optional<Envelope> before = std::nullopt);
    // Stops polling and cancels the poll in flight. The POST, once sent, is not cancelled (its outcome still
    // reaches openRequestFinished so the journal can be completed).
    void cancel();

    QString envelopeId() const { return m_envelopeId; }
    Phase phase() const { return m_phase; }
    bool isFinished() const;
    QString message() const { return m_message; } // the last progress text (translated)
    std::optional<Envelope> lastEnvelope() const { return m_last; }
    int pollCount() const { return m_polls; }

    static QString phaseName(Phase phase); // translated: "queued", "checking", "opened", ...

Q_SIGNALS:
    // The POST finished: ok, or the error (for the journal: outcomeFromError(error)).
    void openRequestFinished(bool ok, const rd::ApiError& error, const QString& requestId);
    void progress(rd::trucentive::EnvelopeOpener::Phase phase, const QString& message);
    void envelopeUpdated(const rd::trucentive::Envelope& envelope);
    // Once, with a final phase (not for cancel()).
    void finished(rd::trucentive::EnvelopeOpener::Phase phase, const QString& message);

private:
    void onOpenAnswer(const ApiResult<Queued>& result);
    void onTimeLimit();
    void schedulePoll();
    void poll();
    void onPollAnswer(const ApiResult<Envelope>& result);
    void setPhase(Phase phase, const QString& message);
    void finish(Phase phase, const QString& message);
    bool deadlinePassed() const;
    std::chrono::milliseconds remaining() const;

    QPointer<Client> m_client;
    QString m_envelopeId;
    Options m_options;
    Phase m_phase = Phase::Idle;
    QString m_message;
    std::optional<Envelope> m_baseline;
    std::optional<Envelope> m_last;
    bool m_openUnknown = false;
    int m_polls = 0;
    std::chrono::milliseconds m_nextInterval{0};
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    QTimer m_limitTimer;
    CallHandle m_pollCall;
};

} // namespace rd::trucentive
