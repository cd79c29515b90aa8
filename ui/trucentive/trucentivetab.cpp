#include "trucentivetab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

#include "common/clipboardguard.h"
#include "common/inlinemessage.h"
#include "journal/actionjournal.h"
#include "session/accountsessions.h"
#include "tcenvelopedetailpane.h"
#include "tcenvelopespanel.h"
#include "tclog.h"
#include "tcopenflow.h"
#include "tcprojectspanel.h"
#include "tcsenddialog.h"
#include "tcsendflow.h"
#include "tcsessionsview.h"
#include "trucentive/tcenvelopefeedmodel.h"
#include "trucentive/tcprojectmodel.h"
#include "trucentive/trucentiveclient.h"
#include "trucentive/trucentiveerrors.h"

Q_LOGGING_CATEGORY(lcTcUi, "rewarddesk.ui.trucentive")

using namespace Qt::StringLiterals;

namespace rd {

TruCentiveTab::TruCentiveTab(const AppContext& context, const Account& account, QWidget* parent)
    : VendorTabShell(context, account, u"trucentive"_s, parent)
    , m_client(new TruCentiveClient(
          context.transport,
          [sessions = QPointer<AccountSessions>(context.sessions), id = account.id]() -> std::optional<Endpoint> {
              return sessions ? sessions->endpoint(id) : std::nullopt;
          },
          this))
    , m_clipboard(new ClipboardGuard(this))
    , m_projects(new TcProjectModel(m_client, this)) {
    setObjectName(u"TruCentiveTab"_s);
    m_openFlow = new TcOpenFlow(m_client, context.journal, account, this, this);
    m_sendFlow = new TcSendFlow(m_client, context.journal, account, this);
    buildUi();
    connectParts();
    finishSetup();
}

TruCentiveTab::~TruCentiveTab() {
    m_meCall.cancel();
}

TcSendDialog* TruCentiveTab::sendDialog() const {
    return m_sendDialog;
}

void TruCentiveTab::buildUi() {
    m_identity = new QLabel(tr("Connecting to TruCentive…"), this);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendButton = new QPushButton(tr("Send envelope…"), this);
    m_sendButton->setToolTip(tr("Send a reward (a replacement or a goodwill gesture)."));
    header()->addWidget(m_identity, 1);
    header()->addWidget(m_sendButton);

    const QString prefix = settingsPrefix();
    QSettings* settings = context().settings;
    m_envelopes = new TcEnvelopesPanel(m_client, m_projects, settings, prefix, this);
    m_detail = new TcEnvelopeDetailPane(m_client, m_clipboard, this);
    m_detail->setLockCheck([flow = QPointer<TcOpenFlow>(m_openFlow)](const QString& id) {
        return flow ? flow->lockReason(id) : QString();
    });
    m_envelopes->setDetail(m_detail, 5, 4, {740, 540});
    m_projectsPanel = new TcProjectsPanel(m_client, m_projects, settings, prefix, this);
    m_sessions = new TcSessionsView(m_client, settings, prefix, this);
    addPage(m_envelopes);
    addPage(m_projectsPanel);
    addPage(m_sessions);
    setSearchPage(m_envelopes);
}

void TruCentiveTab::connectParts() {
    connect(m_sendButton, &QPushButton::clicked, this, qOverload<>(&TruCentiveTab::openSendDialog));

    // Finding an envelope -> the detail pane; fresher copies -> the list.
    connect(m_envelopes, &TcEnvelopesPanel::envelopeFound, m_detail, &TcEnvelopeDetailPane::setEnvelope);
    connect(m_envelopes, &TcEnvelopesPanel::envelopeSelected, m_detail, &TcEnvelopeDetailPane::loadEnvelope);
    connect(m_detail, &TcEnvelopeDetailPane::envelopeLoaded, this,
            [this](const TcEnvelope& envelope) { m_envelopes->feedModel()->updateEnvelope(envelope); });
    connect(m_detail, &TcEnvelopeDetailPane::envelopeShown, m_envelopes, &TcEnvelopesPanel::syncSelection);

    // Open envelope.
    connect(m_detail, &TcEnvelopeDetailPane::openRequested, m_openFlow, &TcOpenFlow::start);
    connect(m_openFlow, &TcOpenFlow::busyChanged, this, [this](const QString& id, bool busy) {
        if (id == m_detail->envelopeId())
            m_detail->setOpenBusy(busy);
    });
    connect(m_openFlow, &TcOpenFlow::progress, this,
            [this](const QString& id, EnvelopeOpener::Phase phase, const QString& message) {
                if (id == m_detail->envelopeId())
                    m_detail->showOpenProgress(phase, message);
            });
    connect(m_openFlow, &TcOpenFlow::envelopeUpdated, this, [this](const TcEnvelope& envelope) {
        m_envelopes->feedModel()->updateEnvelope(envelope);
        if (envelope.key() == m_detail->envelopeId())
            m_detail->setEnvelope(envelope);
    });

    // Send envelope.
    connect(m_detail, &TcEnvelopeDetailPane::sendReplacementRequested, this, [this](const TcEnvelope& envelope) {
        TcSendPrefill prefill;
        prefill.projectUuid = envelope.projectUuid;
        prefill.address = envelope.addresses.isEmpty() ? QString() : envelope.addresses.first().deliveryAddress;
        prefill.customFields = envelope.customFields;
        openSendDialog(prefill);
    });
    connect(m_projectsPanel, &TcProjectsPanel::sendRequested, this, [this](const QString& projectUuid) {
        TcSendPrefill prefill;
        prefill.projectUuid = projectUuid;
        openSendDialog(prefill);
    });
    connect(m_sendFlow, &TcSendFlow::sent, this, &TruCentiveTab::onEnvelopeSent);

    // The journal decides whether an envelope may be acted on (unresolved earlier actions lock it).
    if (ActionJournal* journal = context().journal) {
        connect(journal, &ActionJournal::entryAdded, m_detail, &TcEnvelopeDetailPane::updateActions);
        connect(journal, &ActionJournal::entryChanged, m_detail, &TcEnvelopeDetailPane::updateActions);
    }
}

void TruCentiveTab::onNotConnected() {
    m_identity->setText(tr("Not connected"));
}

void TruCentiveTab::onStarted() {
    qCDebug(lcTcUi) << "TruCentive tab ready for account" << account().id;
    loadIdentity();
    m_projects->load(); // the project filter and the send dialog need them on every page
}

void TruCentiveTab::onKeyReplaced() {
    loadIdentity(); // ask again who the key belongs to
}

void TruCentiveTab::onRefresh() {
    if (!m_identityLoaded)
        loadIdentity();
    if (currentPage() == m_envelopes)
        m_detail->refresh();
}

void TruCentiveTab::loadIdentity() {
    m_meCall.cancel();
    m_meCall = m_client->me(this, [this](ApiResult<TcAccount> result) {
        m_meCall.markFinished();
        if (!result.ok()) {
            m_identityLoaded = false;
            const TcErrorText text = tcErrorText(result.error(), TcOperation::Lookup, account().label());
            m_identity->setText(tr("%1: not connected").arg(tabTitle()));
            if (text.suggestion == TcErrorText::Suggestion::OpenAccounts)
                showAccountsError(text.message);
            else
                message()->showMessage(InlineMessage::Kind::Error, text.message);
            return;
        }
        m_identityLoaded = true;
        const TcAccount& me = result.value();
        const QString who = me.name.isEmpty() ? me.email : tr("%1 <%2>").arg(me.name, me.email);
        m_identity->setText(tr("%1  ·  API key of %2  ·  %3").arg(tabTitle(), who, me.uuid));
        m_identity->setToolTip(tr("GET /me: the TruCentive user this account's API key belongs to."));
        if (message()->kind() == InlineMessage::Kind::Error)
            message()->clearMessage();
    });
}

void TruCentiveTab::showEnvelope(const QString& envelopeId) {
    pages()->setCurrentWidget(m_envelopes);
    m_detail->loadEnvelope(envelopeId);
}

void TruCentiveTab::openSendDialog() {
    openSendDialog(TcSendPrefill{});
}

void TruCentiveTab::openSendDialog(const TcSendPrefill& prefill) {
    if (m_sendDialog) {
        m_sendDialog->raise();
        m_sendDialog->activateWindow();
        return;
    }
    auto* dialog = new TcSendDialog(m_client, m_projects, m_sendFlow, account(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(prefill);
    connect(dialog, &TcSendDialog::accountsRequested, this, &TruCentiveTab::openAccounts);
    connect(dialog, &TcSendDialog::checkFeedsRequested, this, [this](const QString& address) {
        pages()->setCurrentWidget(m_envelopes);
        m_envelopes->showFeedFor(address);
    });
    m_sendDialog = dialog;
    dialog->open();
}

void TruCentiveTab::onEnvelopeSent(const TcEnvelope& envelope) {
    pages()->setCurrentWidget(m_envelopes);
    m_detail->setEnvelope(envelope);
    m_detail->message()->showMessage(InlineMessage::Kind::Success,
                                     tr("Envelope %1 was queued for delivery. TruCentive delivers it shortly; "
                                        "Refresh shows its progress.")
                                         .arg(envelope.key()));
}

} // namespace rd
