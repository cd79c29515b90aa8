#include "ui/trucentive/openflow.h"

#include <QWidget>

#include <memory>

#include "api/actions/actionrunner.h"
#include "api/journal/actionjournal.h"
#include "api/trucentive/trucentiveactionadapter.h"
#include "api/trucentive/trucentiveclient.h"
#include "models/trucentive/format.h"
#include "ui/common/confirmationdialog.h"

namespace rd::trucentive {

OpenFlow::OpenFlow(Client* client, ActionJournal* journal, const Account& account, QWidget* dialogParent,
                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_account(account)
    , m_dialogParent(dialogParent)
    , m_adapter(new Adapter(client, nullptr, account.label(), Adapter::Kind::Open, this)) {
    connect(m_adapter, &Adapter::openProgress, this, &OpenFlow::progress);
    connect(m_adapter, &Adapter::envelopeUpdated, this, &OpenFlow::envelopeUpdated);
    connect(m_adapter, &Adapter::openFinished, this,
            [this](const QString& id, EnvelopeOpener::Phase phase, const QString& message) {
                setBusy(id, false);
                Q_EMIT finished(id, phase, message);
            });
}

OpenFlow::~OpenFlow() = default;

void OpenFlow::setOpenerOptions(const EnvelopeOpener::Options& options) {
    m_adapter->setOpenerOptions(options);
}

EnvelopeOpener::Options OpenFlow::openerOptions() const {
    return m_adapter->openerOptions();
}

QString OpenFlow::lockReason(const QString& envelopeId) const {
    if (!m_journal || envelopeId.isEmpty())
        return {};
    const ObjectRef object{m_account.id, QString::fromUtf16(tcJournalObjectEnvelope), envelopeId};
    if (m_busy.contains(envelopeId) || !m_journal->isLocked(object))
        return {};
    return tr("An earlier action on this envelope has no known outcome yet. RewardDesk checks it with TruCentive; "
              "if it stays unknown, look at View > Audit log.");
}

void OpenFlow::start(const Envelope& envelope) {
    const QString id = envelope.key();
    if (id.isEmpty() || isBusy(id))
        return;

    QStringList recipients;
    for (const Address& address : envelope.addresses)
        recipients << addressText(address);

    Confirmation c;
    c.title = tr("Open envelope");
    c.question = tr("Ask TruCentive to open this envelope for its recipient?");
    c.facts = {
        {tr("Envelope"), id},
        {tr("Recipient"), recipients.isEmpty() ? tr("no delivery address reported") : recipients.join(u'\n')},
        {tr("Project"), envelope.projectName.isEmpty() ? envelope.projectUuid : envelope.projectName},
        {tr("Current state"), envelope.stateDisplay()},
        {tr("Mode"), testModeText(envelope.testMode)},
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

void OpenFlow::confirmed(const Envelope& envelope, const QString& reason) {
    const QString id = envelope.key();
    if (!m_journal || !m_client) {
        fail(id, tr("The TruCentive connection is not available."));
        return;
    }
    ActionItem item;
    item.objectId = id;
    item.summary = envelope.addresses.isEmpty()
                       ? tr("Open envelope %1").arg(id)
                       : tr("Open envelope %1 for %2").arg(id, envelope.addresses.first().deliveryAddress);
    item.payload = QVariant::fromValue(envelope);
    auto* run = new ActionRunner(m_journal, m_adapter, m_account, {item}, this);
    run->setReason(reason);
    // The opener reports the rest (queued, checking, the result); the run's own result matters only when nothing
    // was sent (the journal refused it, or the connection went away).
    auto opened = std::make_shared<bool>(false);
    connect(m_adapter, &Adapter::openProgress, run, [opened, id](const QString& envelopeId) {
        if (envelopeId == id)
            *opened = true;
    });
    connect(run, &ActionRunner::itemChanged, this, [this, run, id] {
        const QString entryId = run->results().constFirst().journalEntry;
        if (!entryId.isEmpty())
            m_entries.insert(id, entryId);
    });
    connect(run, &ActionRunner::finished, this, [this, run, id, opened] {
        if (!*opened)
            fail(id, run->results().constFirst().message);
        run->deleteLater();
    });
    run->start();
}

void OpenFlow::fail(const QString& envelopeId, const QString& message) {
    setBusy(envelopeId, false);
    Q_EMIT progress(envelopeId, EnvelopeOpener::Phase::Failed, message);
    Q_EMIT finished(envelopeId, EnvelopeOpener::Phase::Failed, message);
}

void OpenFlow::setBusy(const QString& envelopeId, bool busy) {
    if (busy == m_busy.contains(envelopeId))
        return;
    if (busy)
        m_busy.insert(envelopeId, true);
    else
        m_busy.remove(envelopeId);
    Q_EMIT busyChanged(envelopeId, busy);
}

} // namespace rd::trucentive
