#include "tcopenflow.h"

#include <QWidget>

#include <memory>

#include "common/confirmationdialog.h"
#include "journal/actionjournal.h"
#include "journal/outcomefromerror.h"
#include "tclog.h"
#include "trucentive/tcformat.h"
#include "trucentive/trucentiveclient.h"

using namespace Qt::StringLiterals;

namespace rd {

TcOpenFlow::TcOpenFlow(TruCentiveClient* client, ActionJournal* journal, const Account& account, QWidget* dialogParent,
                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_account(account)
    , m_dialogParent(dialogParent) {}

TcOpenFlow::~TcOpenFlow() = default;

QString TcOpenFlow::lockReason(const QString& envelopeId) const {
    if (!m_journal || envelopeId.isEmpty())
        return {};
    const ObjectRef object{m_account.id, QString::fromUtf16(tcJournalObjectEnvelope), envelopeId};
    if (m_busy.contains(envelopeId) || !m_journal->isLocked(object))
        return {};
    return tr("An earlier action on this envelope has no known outcome yet. RewardDesk checks it with TruCentive; "
              "if it stays unknown, look at View > Audit log.");
}

void TcOpenFlow::start(const TcEnvelope& envelope) {
    const QString id = envelope.key();
    if (id.isEmpty() || isBusy(id))
        return;

    QStringList recipients;
    for (const TcAddress& address : envelope.addresses)
        recipients << tcAddressText(address);

    Confirmation c;
    c.title = tr("Open envelope");
    c.question = tr("Ask TruCentive to open this envelope for its recipient?");
    c.facts = {
        {tr("Envelope"), id},
        {tr("Recipient"), recipients.isEmpty() ? tr("no delivery address reported") : recipients.join(u'\n')},
        {tr("Project"), envelope.projectName.isEmpty() ? envelope.projectUuid : envelope.projectName},
        {tr("Current state"), envelope.stateDisplay()},
        {tr("Mode"), tcTestModeText(envelope.testMode)},
    };
    c.warnings << tr("Opening happens at TruCentive shortly after the request; RewardDesk watches the envelope and "
                     "shows the result.");
    if (envelope.expiresAt && *envelope.expiresAt < QDateTime::currentDateTimeUtc())
        c.warnings << tr("The envelope's expiry date has passed: TruCentive will probably not open it.");
    c.confirmLabel = tr("Open envelope");
    c.environment = m_account.environment;
    c.accountLabel = m_account.label();

    setBusy(id, true); // no second confirmation for the same envelope while one is open
    ConfirmationDialog::ask(m_dialogParent, c, [this, envelope, id](bool ok, const QString& reason) {
        if (!ok) {
            setBusy(id, false);
            return;
        }
        confirmed(envelope, reason);
    });
}

void TcOpenFlow::confirmed(const TcEnvelope& envelope, const QString& reason) {
    const QString id = envelope.key();
    if (!m_journal || !m_client) {
        fail(id, tr("The TruCentive connection is not available."));
        return;
    }
    ActionIntent intent;
    intent.accountId = m_account.id;
    intent.accountLabel = m_account.label();
    intent.vendor = Vendor::TruCentive;
    intent.environment = m_account.environment;
    intent.objectType = QString::fromUtf16(tcJournalObjectEnvelope);
    intent.objectId = id;
    intent.action = QString::fromUtf16(tcJournalActionOpen);
    intent.reason = reason;
    intent.summary = envelope.addresses.isEmpty()
                         ? tr("Open envelope %1").arg(id)
                         : tr("Open envelope %1 for %2").arg(id, envelope.addresses.first().deliveryAddress);
    m_journal->beginAction(intent, this, [this, envelope, id](const BeginResult& begun) {
        if (!begun) {
            fail(id, begun.error().message);
            return;
        }
        m_entries.insert(id, begun.ticket().entryId);
        run(envelope, begun.ticket());
    });
}

void TcOpenFlow::run(const TcEnvelope& envelope, const ActionTicket& ticket) {
    const QString id = envelope.key();
    auto* opener = new EnvelopeOpener(m_client, id, this);
    opener->setOptions(m_options);
    // The opener goes once the watch is over AND the POST's outcome is in the journal (a time limit can end the
    // watch before a slow POST answers; the POST's answer still has to complete the journal entry).
    auto pending = std::make_shared<int>(2);
    auto release = [opener, pending] {
        if (--*pending == 0)
            opener->deleteLater();
    };
    connect(opener, &EnvelopeOpener::openRequestFinished, this,
            [this, ticket, release](bool ok, const ApiError& error, const QString& requestId) {
                if (m_journal)
                    m_journal->complete(ticket, ok ? outcomeSucceeded(tr("Queued for opening"), requestId)
                                                   : outcomeFromError(error, m_account.label()));
                release();
            });
    connect(opener, &EnvelopeOpener::progress, this,
            [this, id](EnvelopeOpener::Phase phase, const QString& message) { Q_EMIT progress(id, phase, message); });
    connect(opener, &EnvelopeOpener::envelopeUpdated, this, &TcOpenFlow::envelopeUpdated);
    connect(opener, &EnvelopeOpener::finished, this,
            [this, id, release](EnvelopeOpener::Phase phase, const QString& message) {
                qCInfo(lcTcUi).noquote() << u"open of envelope %1 ended: %2"_s.arg(id,
                                                                                   EnvelopeOpener::phaseName(phase));
                setBusy(id, false);
                Q_EMIT finished(id, phase, message);
                release();
            });
    opener->start(envelope);
}

void TcOpenFlow::fail(const QString& envelopeId, const QString& message) {
    setBusy(envelopeId, false);
    Q_EMIT progress(envelopeId, EnvelopeOpener::Phase::Failed, message);
    Q_EMIT finished(envelopeId, EnvelopeOpener::Phase::Failed, message);
}

void TcOpenFlow::setBusy(const QString& envelopeId, bool busy) {
    if (busy == m_busy.contains(envelopeId))
        return;
    if (busy)
        m_busy.insert(envelopeId, true);
    else
        m_busy.remove(envelopeId);
    Q_EMIT busyChanged(envelopeId, busy);
}

} // namespace rd
