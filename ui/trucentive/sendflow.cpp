#include "ui/trucentive/sendflow.h"

#include <QDateTime>
#include <QLocale>
#include <QWidget>

#include <memory>

#include "api/actions/actionrunner.h"
#include "api/journal/actionjournal.h"
#include "api/trucentive/trucentiveactionadapter.h"
#include "api/trucentive/trucentiveclient.h"
#include "models/trucentive/format.h"
#include "ui/common/confirmationdialog.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

SendFlow::SendFlow(Client* client, ActionJournal* journal, const Account& account, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_account(account)
    , m_adapter(new Adapter(client, nullptr, account.label(), Adapter::Kind::Deliver, this)) {}

QString SendFlow::summary(const DeliverRequest& request, const Project& project, const Instrument& instrument) {
    const QString amount = project.isFixedValue() ? formatUsd(project.minValue)
                                                  : formatUsdCents(qRound64(request.amount.toDouble() * 100.0));
    return tr("%1 %2 to %3 (%4)").arg(amount, instrument.name, request.address.trimmed(), project.name);
}

QStringList SendFlow::recentSends(const QString& address) const {
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
                   .arg(relativeTime(e.createdAt, now), e.summary, journalStateDisplayName(e.state), e.actor);
    }
    return out;
}

void SendFlow::send(QWidget* dialogParent, const DeliverRequest& request, const Project& project,
                    const Instrument& instrument, Done done) {
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
        {tr("Amount"), project.isFixedValue() ? tr("%1 (the project's fixed value)").arg(formatUsd(project.minValue))
                                              : formatUsdCents(qRound64(request.amount.toDouble() * 100.0))},
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

void SendFlow::deliver(const DeliverRequest& request, const Project& project, const Instrument& instrument,
                       const QString& reason, Done done) {
    auto finish = [this, done](const Result& result) {
        setBusy(false);
        done(result);
    };
    if (!m_journal || !m_client) {
        finish({Result::Kind::Refused, {}, tr("The TruCentive connection is not available. Nothing was sent."), {}});
        return;
    }
    ActionItem item;
    item.objectId = deliveryObjectId(request.projectUuid, request.address);
    item.recipient = request.address.trimmed();
    item.summary = summary(request, project, instrument);
    item.payload = QVariant::fromValue(request);
    auto* run = new ActionRunner(m_journal, m_adapter, m_account, {item}, this);
    run->setReason(reason);
    auto envelope = std::make_shared<Envelope>();
    connect(run, &ActionRunner::objectChanged, this,
            [envelope](int, const QVariant& object) { *envelope = object.value<Envelope>(); });
    connect(run, &ActionRunner::finished, this, [this, run, envelope, finish] {
        const ActionItemResult r = run->results().constFirst();
        run->deleteLater();
        const auto suggestion = ErrorText::Suggestion(r.detail.toInt());
        switch (r.outcome) {
        case ActionItemResult::Outcome::Succeeded:
            finish({Result::Kind::Sent, *envelope, r.message, {}});
            Q_EMIT sent(*envelope);
            return;
        case ActionItemResult::Outcome::Unknown:
            finish({Result::Kind::Unknown, {}, r.message, suggestion});
            return;
        case ActionItemResult::Outcome::NotApplied:
            if (!r.journalEntry.isEmpty()) {
                finish({Result::Kind::Rejected, {}, r.message, suggestion});
                return;
            }
            break;
        default:
            break;
        }
        // The journal would not start it (an unresolved send to this address, or it cannot write): nothing was sent.
        finish({Result::Kind::Refused, {}, r.message, ErrorText::Suggestion::CheckBeforeResend});
    });
    run->start();
}

void SendFlow::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace rd::trucentive
