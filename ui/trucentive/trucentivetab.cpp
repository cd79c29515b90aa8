#include "ui/trucentive/trucentivetab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

#include "api/journal/actionjournal.h"
#include "api/session/accountsessions.h"
#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"
#include "models/trucentive/envelopefeedmodel.h"
#include "models/trucentive/projectmodel.h"
#include "ui/common/clipboardguard.h"
#include "ui/common/inlinemessage.h"
#include "ui/trucentive/envelopedetailpane.h"
#include "ui/trucentive/envelopespage.h"
#include "ui/trucentive/log.h"
#include "ui/trucentive/openflow.h"
#include "ui/trucentive/projectspage.h"
#include "ui/trucentive/senddialog.h"
#include "ui/trucentive/sendflow.h"
#include "ui/trucentive/sessionsview.h"

Q_LOGGING_CATEGORY(lcTcUi, "rewarddesk.ui.trucentive")

using namespace Qt::StringLiterals;

namespace rd::trucentive {

Tab::Tab(const AppContext& context, const Account& account, QWidget* parent)
    : VendorTabShell(context, account, u"trucentive"_s, parent)
    , m_client(new Client(
          context.transport,
          [sessions = QPointer<AccountSessions>(context.sessions), id = account.id]() -> std::optional<Endpoint> {
              return sessions ? sessions->endpoint(id) : std::nullopt;
          },
          this))
    , m_clipboard(new ClipboardGuard(this))
    , m_projects(new ProjectModel(m_client, this)) {
    setObjectName(u"rd::trucentive::Tab"_s);
    m_openFlow = new OpenFlow(m_client, context.journal, account, this, this);
    m_sendFlow = new SendFlow(m_client, context.journal, account, this);
    buildUi();
    connectParts();
    finishSetup();
}

Tab::~Tab() {
    m_meCall.cancel();
}

SendDialog* Tab::sendDialog() const {
    return m_sendDialog;
}

void Tab::buildUi() {
    m_identity = new QLabel(tr("Connecting to TruCentive…"), this);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendButton = new QPushButton(tr("Send envelope…"), this);
    m_sendButton->setToolTip(tr("Send a reward (a replacement or a goodwill gesture)."));
    header()->addWidget(m_identity, 1);
    header()->addWidget(m_sendButton);

    const QString prefix = settingsPrefix();
    QSettings* settings = context().settings;
    m_envelopes = new EnvelopesPage(m_client, m_projects, settings, prefix, this);
    m_detail = new EnvelopeDetailPane(m_client, m_clipboard, this);
    m_detail->setLockCheck(
        [flow = QPointer<OpenFlow>(m_openFlow)](const QString& id) { return flow ? flow->lockReason(id) : QString(); });
    m_envelopes->setDetail(m_detail, 5, 4, {740, 540});
    m_projectsPanel = new ProjectsPage(m_client, m_projects, settings, prefix, this);
    m_sessions = new SessionsView(m_client, settings, prefix, this);
    addPage(m_envelopes);
    addPage(m_projectsPanel);
    addPage(m_sessions);
    setSearchPage(m_envelopes);
}

void Tab::connectParts() {
    connect(m_sendButton, &QPushButton::clicked, this, qOverload<>(&Tab::openSendDialog));

    // Finding an envelope -> the detail pane; fresher copies -> the list.
    connect(m_envelopes, &EnvelopesPage::envelopeFound, m_detail, &EnvelopeDetailPane::setEnvelope);
    connect(m_envelopes, &EnvelopesPage::envelopeSelected, m_detail, &EnvelopeDetailPane::loadEnvelope);
    connect(m_detail, &EnvelopeDetailPane::envelopeLoaded, this,
            [this](const Envelope& envelope) { m_envelopes->feedModel()->updateEnvelope(envelope); });
    connect(m_detail, &EnvelopeDetailPane::envelopeShown, m_envelopes, &EnvelopesPage::syncSelection);

    // Open envelope.
    connect(m_detail, &EnvelopeDetailPane::openRequested, m_openFlow, &OpenFlow::start);
    connect(m_openFlow, &OpenFlow::busyChanged, this, [this](const QString& id, bool busy) {
        if (id == m_detail->envelopeId())
            m_detail->setOpenBusy(busy);
    });
    connect(m_openFlow, &OpenFlow::progress, this,
            [this](const QString& id, EnvelopeOpener::Phase phase, const QString& message) {
                if (id == m_detail->envelopeId())
                    m_detail->showOpenProgress(phase, message);
            });
    connect(m_openFlow, &OpenFlow::envelopeUpdated, this, [this](const Envelope& envelope) {
        m_envelopes->feedModel()->updateEnvelope(envelope);
        if (envelope.key() == m_detail->envelopeId())
            m_detail->setEnvelope(envelope);
    });

    // Send envelope.
    connect(m_detail, &EnvelopeDetailPane::sendReplacementRequested, this, [this](const Envelope& envelope) {
        SendPrefill prefill;
        prefill.projectUuid = envelope.projectUuid;
        prefill.address = envelope.addresses.isEmpty() ? QString() : envelope.addresses.first().deliveryAddress;
        prefill.customFields = envelope.customFields;
        openSendDialog(prefill);
    });
    connect(m_projectsPanel, &ProjectsPage::sendRequested, this, [this](const QString& projectUuid) {
        SendPrefill prefill;
        prefill.projectUuid = projectUuid;
        openSendDialog(prefill);
    });
    connect(m_sendFlow, &SendFlow::sent, this, &Tab::onEnvelopeSent);

    // The journal decides whether an envelope may be acted on (unresolved earlier actions lock it).
    if (ActionJournal* journal = context().journal) {
        connect(journal, &ActionJournal::entryAdded, m_detail, &EnvelopeDetailPane::updateActions);
        connect(journal, &ActionJournal::entryChanged, m_detail, &EnvelopeDetailPane::updateActions);
    }
}

void Tab::onNotConnected() {
    m_identity->setText(tr("Not connected"));
}

void Tab::onStarted() {
    qCDebug(lcTcUi) << "TruCentive tab ready for account" << account().id;
    loadIdentity();
    m_projects->load(); // the project filter and the send dialog need them on every page
}

void Tab::onKeyReplaced() {
    loadIdentity(); // ask again who the key belongs to
}

void Tab::onRefresh() {
    if (!m_identityLoaded)
        loadIdentity();
    if (currentPage() == m_envelopes)
        m_detail->refresh();
}

void Tab::loadIdentity() {
    m_meCall.cancel();
    m_meCall = m_client->me(this, [this](ApiResult<AccountInfo> result) {
        m_meCall.markFinished();
        if (!result.ok()) {
            m_identityLoaded = false;
            const ErrorText text = errorText(result.error(), Operation::Lookup, account().label());
            m_identity->setText(tr("%1: not connected").arg(tabTitle()));
            if (text.suggestion == ErrorText::Suggestion::OpenAccounts)
                showAccountsError(text.message);
            else
                message()->showMessage(InlineMessage::Kind::Error, text.message);
            return;
        }
        m_identityLoaded = true;
        const AccountInfo& me = result.value();
        const QString who = me.name.isEmpty() ? me.email : tr("%1 <%2>").arg(me.name, me.email);
        m_identity->setText(tr("%1  ·  API key of %2  ·  %3").arg(tabTitle(), who, me.uuid));
        m_identity->setToolTip(tr("GET /me: the TruCentive user this account's API key belongs to."));
        if (message()->kind() == InlineMessage::Kind::Error)
            message()->clearMessage();
    });
}

void Tab::showEnvelope(const QString& envelopeId) {
    pages()->setCurrentWidget(m_envelopes);
    m_detail->loadEnvelope(envelopeId);
}

void Tab::openSendDialog() {
    openSendDialog(SendPrefill{});
}

void Tab::openSendDialog(const SendPrefill& prefill) {
    if (m_sendDialog) {
        m_sendDialog->raise();
        m_sendDialog->activateWindow();
        return;
    }
    auto* dialog = new SendDialog(m_client, m_projects, m_sendFlow, account(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(prefill);
    connect(dialog, &SendDialog::accountsRequested, this, &Tab::openAccounts);
    connect(dialog, &SendDialog::checkFeedsRequested, this, [this](const QString& address) {
        pages()->setCurrentWidget(m_envelopes);
        m_envelopes->showFeedFor(address);
    });
    m_sendDialog = dialog;
    dialog->open();
}

void Tab::onEnvelopeSent(const Envelope& envelope) {
    pages()->setCurrentWidget(m_envelopes);
    m_detail->setEnvelope(envelope);
    m_detail->message()->showMessage(InlineMessage::Kind::Success,
                                     tr("Envelope %1 was queued for delivery. TruCentive delivers it shortly; "
                                        "Refresh shows its progress.")
                                         .arg(envelope.key()));
}

} // namespace rd::trucentive
