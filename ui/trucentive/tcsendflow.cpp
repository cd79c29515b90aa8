#include "tcsendflow.h"

#include <QDateTime>
#include <QLocale>
#include <QWidget>

#include "common/confirmationdialog.h"
#include "journal/actionjournal.h"
#include "journal/outcomefromerror.h"
#include "trucentive/tcformat.h"
#include "trucentive/trucentiveclient.h"

using namespace Qt::StringLiterals;

namespace rd {

TcSendFlow::TcSendFlow(TruCentiveClient* client, ActionJournal* journal, const Account& account, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_account(account) {}

QString TcSendFlow::summary(const TcDeliverRequest& request, const TcProject& project, const TcInstrument& instrument) {
    const QString amount = project.isFixedValue() ? tcFormatMoney(project.minValue)
                                                  : tcFormatCents(qRound64(request.amount.toDouble() * 100.0));
    return tr("%1 %2 to %3 (%4)").arg(amount, instrument.name, request.address.trimmed(), project.name);
}

QStringList TcSendFlow::recentSends(const QString& address) const {
    QStringList out;
    if (!m_journal)
        return out;
    const QString suffix = u'/' + address.trimmed().toLower();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime since = now.addSecs(-24 * 3600);
    const QString deliveryType = QString::fromUtf16(tcJournalObjectDelivery);
    const QString deliverAction = QString::fromUtf16(tcJournalActionDeliver);
    const QList<JournalEntry>& entries = m_journal->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const JournalEntry& e = *it;
        if (e.createdAt < since)
            continue;
        if (e.accountId != m_account.id || e.objectType != deliveryType || e.action != deliverAction ||
            !e.objectId.endsWith(suffix))
            continue;
        if (e.state == JournalState::NotApplied || e.state == JournalState::ReconciledNotApplied)
            continue;
        out << tr("RewardDesk already sent to this address %1: %2 (%3, by %4).")
                   .arg(tcRelativeTime(e.createdAt, now), e.summary, journalStateDisplayName(e.state), e.actor);
    }
    return out;
}

void TcSendFlow::send(QWidget* dialogParent, const TcDeliverRequest& request, const TcProject& project,
                      const TcInstrument& instrument, Done done) {
    if (m_busy)
        return;

    QString recipient = request.address.trimmed();
    const QString name = QStringList{request.firstName.trimmed(), request.lastName.trimmed()}.join(u' ').trimmed();
    if (!name.isEmpty())
        recipient = tr("%1 (%2)").arg(recipient, name);
    QStringList fields;
    for (const auto& [key, value] : request.customFields)
        fields << tr("%1 = %2").arg(key, value);

    Confirmation c;
    c.title = tr("Send envelope");
    c.question = tr("Send %1?").arg(summary(request, project, instrument));
    c.facts = {
        {tr("Amount"), project.isFixedValue()
                           ? tr("%1 (the project's fixed value)").arg(tcFormatMoney(project.minValue))
                           : tcFormatCents(qRound64(request.amount.toDouble() * 100.0))},
        {tr("Recipient"), recipient},
        {tr("Project"), project.name},
        {tr("Instrument"), instrument.name},
        {tr("Delivery"), request.batchAllowed ? tr("not delivered by TruCentive (batch): you pass the link on")
                                              : tr("TruCentive e-mails or texts the recipient")},
        {tr("Custom fields"), fields.isEmpty() ? tr("none") : fields.join(u'\n')},
    };
    c.warnings = recentSends(request.address);
    if (project.testMode.value_or(false))
        c.warnings << tr("This project is in test mode: the recipient gets no real reward.");
    c.warnings << tr("Sending cannot be undone and is never repeated automatically.");
    c.confirmLabel = tr("Send envelope");
    c.environment = m_account.environment;
    c.accountLabel = m_account.label();

    setBusy(true);
    ConfirmationDialog::ask(dialogParent, c,
                            [this, request, project, instrument, done](bool ok, const QString& reason) {
                                if (!ok) {
                                    setBusy(false);
                                    done({});
                                    return;
                                }
                                deliver(request, project, instrument, reason, done);
                            });
}

void TcSendFlow::deliver(const TcDeliverRequest& request, const TcProject& project, const TcInstrument& instrument,
                         const QString& reason, Done done) {
    auto finish = [this, done](const Result& result) {
        setBusy(false);
        done(result);
    };
    if (!m_journal || !m_client) {
        finish({Result::Kind::Refused, {}, tr("The TruCentive connection is not available. Nothing was sent."), {}});
        return;
    }
    ActionIntent intent;
    intent.accountId = m_account.id;
    intent.accountLabel = m_account.label();
    intent.vendor = Vendor::TruCentive;
    intent.environment = m_account.environment;
    intent.objectType = QString::fromUtf16(tcJournalObjectDelivery);
    intent.objectId = tcDeliveryObjectId(request.projectUuid, request.address);
    intent.action = QString::fromUtf16(tcJournalActionDeliver);
    intent.reason = reason;
    intent.summary = summary(request, project, instrument);
    m_journal->beginAction(intent, this, [this, request, finish](const BeginResult& begun) {
        if (!begun) {
            QString message = begun.error().message;
            if (begun.error().code == JournalError::Busy)
                message = tr("A send of this project to this address is still in progress or its outcome is "
                             "unknown. Check the viewed/opened feeds or View > Audit log before sending again. "
                             "Nothing was sent.");
            finish({Result::Kind::Refused, {}, message, TcErrorText::Suggestion::CheckBeforeResend});
            return;
        }
        const ActionTicket ticket = begun.ticket();
        m_client->deliver(request, this, [this, ticket, finish](ApiResult<TcQueued> result) {
            if (result.ok() && result.value().envelope) {
                const TcEnvelope& envelope = *result.value().envelope;
                if (m_journal)
                    m_journal->complete(ticket,
                                        outcomeSucceeded(tr("Envelope %1 queued for delivery").arg(envelope.key()),
                                                         result.value().requestId));
                finish({Result::Kind::Sent, envelope, tr("Envelope %1 queued for delivery.").arg(envelope.key()), {}});
                Q_EMIT sent(envelope);
                return;
            }
            const ApiError error = result.ok() ? ApiError{} : result.error();
            if (m_journal)
                m_journal->complete(ticket, outcomeFromError(error, m_account.label()));
            const TcErrorText text = tcErrorText(error, TcOperation::Deliver, m_account.label());
            const Result::Kind kind = error.isUnknown() ? Result::Kind::Unknown : Result::Kind::Rejected;
            finish({kind, {}, text.message, text.suggestion});
        });
    });
}

void TcSendFlow::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace rd
