#include "api/trucentive/trucentiveactionadapter.h"

#include <QTimer>

#include <memory>

#include "api/journal/outcomefromerror.h"
#include "api/trucentive/trucentiveclient.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

Adapter::Adapter(Client* client, ActionReconciler* reconciler, const QString& accountLabel, Kind kind, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_reconciler(reconciler)
    , m_accountLabel(accountLabel)
    , m_kind(kind) {}

Adapter::~Adapter() = default;

QString Adapter::actionName() const {
    return QString::fromUtf16(m_kind == Kind::Open ? tcJournalActionOpen : tcJournalActionDeliver);
}

QString Adapter::objectWord() const {
    return m_kind == Kind::Open ? tr("envelope") : tr("delivery");
}

QString Adapter::pastTense() const {
    return m_kind == Kind::Open ? tr("opened") : tr("sent");
}

QString Adapter::vendorName() const {
    return vendorDisplayName(Vendor::TruCentive);
}

ActionIntent Adapter::intent(const ActionItem& item) const {
    ActionIntent intent;
    intent.vendor = Vendor::TruCentive;
    intent.action = actionName();
    intent.summary = item.summary;
    if (m_kind == Kind::Open) {
        intent.objectType = QString::fromUtf16(tcJournalObjectEnvelope);
        intent.objectId = item.objectId.trimmed();
    } else {
        const DeliverRequest request = item.payload.value<DeliverRequest>();
        intent.objectType = QString::fromUtf16(tcJournalObjectDelivery);
        intent.objectId = deliveryObjectId(request.projectUuid, request.address);
    }
    return intent;
}

CallHandle Adapter::send(const ActionItem& item, QObject* context, AnswerCallback done) {
    if (m_kind == Kind::Open)
        return open(item, context, std::move(done));
    return m_client->deliver(item.payload.value<DeliverRequest>(), context, [done](ApiResult<Queued> result) {
        if (result.ok() && result.value().envelope) {
            done({std::nullopt, QVariant::fromValue(*result.value().envelope), result.value().requestId});
            return;
        }
        // A 2xx without the documented envelope is a Parse error in the client; anything else is the call's error.
        done({result.ok() ? ApiError{} : result.error(), {}, {}});
    });
}

CallHandle Adapter::open(const ActionItem& item, QObject* context, AnswerCallback done) {
    const QString id = item.objectId.trimmed();
    // The opener outlives the run: it answers the run with the POST's outcome, then keeps watching the envelope.
    auto* opener = new EnvelopeOpener(m_client, id, this);
    opener->setOptions(m_options);
    m_openers.insert(id, opener);
    // It goes once the watch is over AND the POST's outcome is in (a time limit can end the watch before a slow POST
    // answers; the POST's answer still has to complete the journal entry).
    auto pending = std::make_shared<int>(2);
    auto release = [opener, pending] {
        if (--*pending == 0)
            opener->deleteLater();
    };
    connect(opener, &EnvelopeOpener::openRequestFinished, context,
            [done](bool ok, const ApiError& error, const QString& requestId) {
                done(ok ? ActionAnswer{std::nullopt, {}, requestId} : ActionAnswer{error, {}, {}});
            });
    connect(opener, &EnvelopeOpener::openRequestFinished, this, release);
    connect(opener, &EnvelopeOpener::progress, this, [this, id](EnvelopeOpener::Phase phase, const QString& message) {
        Q_EMIT openProgress(id, phase, message);
    });
    connect(opener, &EnvelopeOpener::envelopeUpdated, this, &Adapter::envelopeUpdated);
    connect(opener, &EnvelopeOpener::finished, this,
            [this, id, opener, release](EnvelopeOpener::Phase phase, const QString& message) {
                if (m_openers.value(id) == opener)
                    m_openers.remove(id);
                qCInfo(lcTruCentive).noquote()
                    << u"open of envelope %1 ended: %2"_s.arg(id, EnvelopeOpener::phaseName(phase));
                Q_EMIT openFinished(id, phase, message);
                release();
            });
    opener->start(item.payload.canConvert<Envelope>() ? std::optional<Envelope>(item.payload.value<Envelope>())
                                                      : std::nullopt);
    // The POST is never cancelled (its outcome completes the journal entry); cancelling stops the watch.
    return CallHandle([guard = QPointer<EnvelopeOpener>(opener)] {
        if (guard)
            guard->cancel();
    });
}

ActionVerdict Adapter::classify(const ActionItem& item, const ActionAnswer& answer) const {
    ActionVerdict v;
    v.readBackUnknown = false; // the opener watches the envelope; a delivery cannot be looked up by recipient
    if (!answer.error) {
        if (m_kind == Kind::Open) {
            v.message = tr("Queued for opening");
            v.journal = outcomeSucceeded(v.message, answer.requestId);
        } else {
            const QString id = answer.object.value<Envelope>().key();
            v.message = tr("Envelope %1 queued for delivery.").arg(id);
            v.journal = outcomeSucceeded(tr("Envelope %1 queued for delivery").arg(id), answer.requestId);
        }
        return v;
    }
    const ApiError& e = *answer.error;
    const ErrorText text = errorText(e, m_kind == Kind::Open ? Operation::Open : Operation::Deliver, m_accountLabel);
    Q_UNUSED(item)
    v.message = text.message;
    v.detail = int(text.suggestion);
    v.journal = outcomeFromError(e, m_accountLabel);
    return v;
}

void Adapter::readBack(const JournalEntry& entry, QObject* context, ReadBackCallback done) {
    if (m_reconciler) {
        m_reconciler->reconcile(entry, context, std::move(done));
        return;
    }
    ReconcileResult none;
    none.message = tr("RewardDesk cannot read this %1 back here.").arg(objectWord());
    none.requests = 0;
    QTimer::singleShot(0, context, [done = std::move(done), none] { done(none); });
}

QString Adapter::busyMessage(const ActionItem& item) const {
    Q_UNUSED(item)
    if (m_kind == Kind::Deliver)
        return tr("A send of this project to this address is still in progress or its outcome is unknown. Check the "
                  "viewed/opened feeds or View > Audit log before sending again. Nothing was sent.");
    return {};
}

} // namespace rd::trucentive
