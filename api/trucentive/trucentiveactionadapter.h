#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include "api/actions/actionadapter.h"
#include "api/trucentive/envelopeopener.h"
#include "api/trucentive/trucentiveerrors.h"
#include "api/trucentive/trucentivetypes.h"

namespace rd::trucentive {

class Client;

// The two TruCentive actions on the shared engine (rd::ActionRunner), with the journal conventions of
// trucentiveclient.h:
//  - Open ("envelope"/<id>/"open"): the item's payload is the envelope as the agent saw it (Envelope, the
//    baseline). send() starts an EnvelopeOpener: POST /envelopes/:id/open (documented safe to retry: the transport
//    retries it), whose outcome answers the engine; the opener then keeps watching the envelope (GET /envelope) and
//    reports through openProgress / envelopeUpdated / openFinished, after the run itself has ended. An Unknown POST
//    is not read back by the engine: the opener watches the envelope anyway, and the entry stays Unknown for
//    JournalReconciler.
//  - Deliver ("delivery"/<project>/<address>/"deliver"): the payload is the DeliverRequest. POST /envelope/deliver,
//    exactly once (an Action: never retried, not even on 429/503). The answer's object is the new Envelope. An
//    Unknown outcome cannot be read back (the API cannot look envelopes up by recipient): the item is Unknown and
//    the recipient stays locked for this project until the entry is resolved.
// The verdict's detail is the ErrorText::Suggestion for the agent (int). Words in TruCentive's terms
// (trucentiveerrors.h).
class Adapter : public QObject, public ActionAdapter {
    Q_OBJECT
public:
    enum class Kind { Open, Deliver };

    Adapter(Client* client, ActionReconciler* reconciler, const QString& accountLabel, Kind kind,
            QObject* parent = nullptr);
    ~Adapter() override;

    Kind kind() const { return m_kind; }
    // Open: poll interval, backoff and time limit of the openers started from now on.
    void setOpenerOptions(const EnvelopeOpener::Options& options) { m_options = options; }
    EnvelopeOpener::Options openerOptions() const { return m_options; }
    // Open: an opener is still watching `envelopeId`.
    bool isWatching(const QString& envelopeId) const { return m_openers.contains(envelopeId); }

    bool isAvailable() const override { return !m_client.isNull(); }
    ActionIntent intent(const ActionItem& item) const override;
    CallHandle send(const ActionItem& item, QObject* context, AnswerCallback done) override;
    ActionVerdict classify(const ActionItem& item, const ActionAnswer& answer) const override;
    void readBack(const JournalEntry& entry, QObject* context, ReadBackCallback done) override;
    QString busyMessage(const ActionItem& item) const override;

    QString actionName() const override;
    QString objectWord() const override;
    QString pastTense() const override;
    QString vendorName() const override;

Q_SIGNALS:
    void openProgress(const QString& envelopeId, rd::trucentive::EnvelopeOpener::Phase phase, const QString& message);
    void envelopeUpdated(const rd::trucentive::Envelope& envelope);
    // Once per opener started: its final phase.
    void openFinished(const QString& envelopeId, rd::trucentive::EnvelopeOpener::Phase phase, const QString& message);

private:
    CallHandle open(const ActionItem& item, QObject* context, AnswerCallback done);

    QPointer<Client> m_client;
    ActionReconciler* m_reconciler;
    QString m_accountLabel;
    Kind m_kind;
    EnvelopeOpener::Options m_options;
    QHash<QString, QPointer<EnvelopeOpener>> m_openers; // watching
};

} // namespace rd::trucentive
