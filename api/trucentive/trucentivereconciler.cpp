#include "api/trucentive/trucentivereconciler.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

// Calls done later from the event loop, only while context lives (as the transport would).
void answerLater(QObject* context, std::function<void(const ReconcileResult&)> done, ReconcileResult result) {
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

} // namespace

Reconciler::Reconciler(HttpTransport* transport, EndpointResolver resolver, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_resolver(std::move(resolver)) {}

Reconciler::~Reconciler() = default;

void Reconciler::reconcile(const JournalEntry& entry, QObject* context,
                           std::function<void(const ReconcileResult&)> done) {
    const QString action = entry.action.trimmed().toLower();
    const bool isOpen = action == QStringView(tcJournalActionOpen);
    const bool isDeliver = action == QStringView(tcJournalActionDeliver) || action == u"send";
    const bool envelopeObject =
        entry.objectType == QStringView(tcJournalObjectEnvelope) && looksLikeEnvelopeId(entry.objectId);

    if (isDeliver && !envelopeObject) {
        answerLater(context, std::move(done),
                    {ReconcileResult::StillUnknown,
                     tr("TruCentive cannot look envelopes up by recipient, so RewardDesk cannot tell whether this "
                        "envelope was sent. Check the viewed/opened feeds or TruCentive's website before sending "
                        "again, then mark this entry as resolved.")});
        return;
    }
    if (!(isOpen && envelopeObject) && !(isDeliver && envelopeObject)) {
        answerLater(context, std::move(done),
                    {ReconcileResult::StillUnknown,
                     tr("RewardDesk does not know how to check this TruCentive action (%1).").arg(entry.action)});
        return;
    }

    const std::optional<Endpoint> endpoint = m_resolver ? m_resolver(entry.accountId) : std::nullopt;
    if (!endpoint || !m_transport) {
        answerLater(context, std::move(done),
                    {ReconcileResult::StillUnknown,
                     tr("The TruCentive account is not ready (its API key is missing or still loading), so the "
                        "envelope could not be checked. Try again later.")});
        return;
    }
    readEnvelopeBack(entry, *endpoint, isOpen, context, std::move(done));
}

void Reconciler::readEnvelopeBack(const JournalEntry& entry, const Endpoint& endpoint, bool forOpen, QObject* context,
                                  std::function<void(const ReconcileResult&)> done) {
    auto* client = new Client(m_transport, endpoint, this);
    QPointer<Client> guard(client);
    const QString label = endpoint.accountLabel.isEmpty() ? entry.accountLabel : endpoint.accountLabel;
    client->envelope(entry.objectId, context, [guard, forOpen, label, done = std::move(done)](ApiResult<Envelope> r) {
        if (guard)
            guard->deleteLater();
        if (!r.ok()) {
            const ApiError& e = r.error();
            if (e.isRejected() && e.httpStatus == 404) {
                done({ReconcileResult::NotApplied,
                      forOpen ? tr("TruCentive has no envelope with that ID, so nothing was opened.")
                              : tr("TruCentive has no envelope with that ID, so it was not sent.")});
                return;
            }
            done({ReconcileResult::StillUnknown, tr("The envelope could not be checked: %1")
                                                     .arg(errorText(e, Operation::EnvelopeLookup, label).message)});
            return;
        }
        const Envelope& envelope = r.value();
        if (!forOpen) {
            done({ReconcileResult::Applied,
                  tr("The envelope exists at TruCentive (state: %1), so it was sent.").arg(envelope.stateDisplay())});
            return;
        }
        if (envelope.isOpened()) {
            done({ReconcileResult::Applied, tr("TruCentive shows the envelope as open.")});
            return;
        }
        done({ReconcileResult::NotApplied, tr("TruCentive shows the envelope as not open (state: %1). Opening is safe "
                                              "to retry.")
                                               .arg(envelope.stateDisplay())});
    });
    // If `context` dies before the answer, the callback never runs; the client goes with this reconciler.
}

} // namespace rd::trucentive
