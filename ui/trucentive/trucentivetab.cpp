#include "trucentivetab.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "accounts/accountstore.h"
#include "common/clipboardguard.h"
#include "common/environmentbanner.h"
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

namespace {
enum Page { EnvelopesPage, ProjectsPage, SessionsPage };
}

TruCentiveTab::TruCentiveTab(const AppContext& context, const Account& account, QWidget* parent)
    : VendorTab(parent)
    , m_context(context)
    , m_account(account)
    , m_settingsPrefix(u"trucentive/%1"_s.arg(account.id))
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
    if (m_context.sessions)
        connect(m_context.sessions, &AccountSessions::sessionChanged, this, &TruCentiveTab::onSessionChanged);
    startIfReady();
}

TruCentiveTab::~TruCentiveTab() {
    m_meCall.cancel();
    if (m_context.settings) {
        m_context.settings->setValue(m_settingsPrefix + u"/split"_s, m_split->saveState());
        m_context.settings->setValue(m_settingsPrefix + u"/page"_s, m_pages->currentIndex());
    }
}

TcSendDialog* TruCentiveTab::sendDialog() const {
    return m_sendDialog;
}

QString TruCentiveTab::tabTitle() const {
    return m_account.displayName.isEmpty() ? m_account.label() : m_account.displayName;
}

void TruCentiveTab::buildUi() {
    m_identity = new QLabel(tr("Connecting to TruCentive…"), this);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_environment = new QLabel(EnvironmentBanner::badge(m_account.environment), this);
    m_environment->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 6px; "
                                 "font-weight: bold; }"_s.arg(EnvironmentBanner::colour(m_account.environment).name()));
    m_sendButton = new QPushButton(tr("Send envelope…"), this);
    m_sendButton->setToolTip(tr("Send a reward (a replacement or a goodwill gesture)."));
    auto* header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    header->addWidget(m_environment);
    header->addWidget(m_identity, 1);
    header->addWidget(m_sendButton);

    m_message = new InlineMessage(this);

    const QString prefix = m_settingsPrefix;
    m_envelopes = new TcEnvelopesPanel(m_client, m_projects, m_context.settings, prefix, this);
    m_detail = new TcEnvelopeDetailPane(m_client, m_clipboard, this);
    m_detail->setLockCheck([flow = QPointer<TcOpenFlow>(m_openFlow)](const QString& id) {
        return flow ? flow->lockReason(id) : QString();
    });
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(m_envelopes);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 5);
    m_split->setStretchFactor(1, 4);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({740, 540});
    m_projectsPanel = new TcProjectsPanel(m_client, m_projects, m_context.settings, prefix, this);
    m_sessions = new TcSessionsView(m_client, m_context.settings, prefix, this);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_split, tr("Envelopes"));
    m_pages->addTab(m_projectsPanel, tr("Projects"));
    m_pages->addTab(m_sessions, tr("Sessions"));
    m_pages->setTabToolTip(SessionsPage, tr("Who logged in to this TruCentive account"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    auto* messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(8, 0, 8, 0);
    messageRow->addWidget(m_message);
    layout->addLayout(messageRow);
    layout->addWidget(m_pages, 1);

    if (m_context.settings) {
        m_split->restoreState(m_context.settings->value(m_settingsPrefix + u"/split"_s).toByteArray());
        const int page = m_context.settings->value(m_settingsPrefix + u"/page"_s, 0).toInt();
        if (page >= 0 && page < m_pages->count())
            m_pages->setCurrentIndex(page);
    }
}

void TruCentiveTab::connectParts() {
    connect(m_pages, &QTabWidget::currentChanged, this, &TruCentiveTab::ensurePageLoaded);
    connect(m_sendButton, &QPushButton::clicked, this, qOverload<>(&TruCentiveTab::openSendDialog));
    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            openAccounts();
    });

    // Finding an envelope -> the detail pane; fresher copies -> the list.
    connect(m_envelopes, &TcEnvelopesPanel::envelopeFound, m_detail, &TcEnvelopeDetailPane::setEnvelope);
    connect(m_envelopes, &TcEnvelopesPanel::envelopeSelected, m_detail, &TcEnvelopeDetailPane::loadEnvelope);
    connect(m_detail, &TcEnvelopeDetailPane::envelopeLoaded, this,
            [this](const TcEnvelope& envelope) { m_envelopes->feedModel()->updateEnvelope(envelope); });
    connect(m_detail, &TcEnvelopeDetailPane::envelopeShown, m_envelopes, &TcEnvelopesPanel::syncSelection);
    connect(m_envelopes, &TcEnvelopesPanel::accountsRequested, this, &TruCentiveTab::openAccounts);
    connect(m_detail, &TcEnvelopeDetailPane::accountsRequested, this, &TruCentiveTab::openAccounts);

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
    if (m_context.journal) {
        connect(m_context.journal, &ActionJournal::entryAdded, m_detail, &TcEnvelopeDetailPane::updateActions);
        connect(m_context.journal, &ActionJournal::entryChanged, m_detail, &TcEnvelopeDetailPane::updateActions);
    }
}

void TruCentiveTab::onSessionChanged(const QString& accountId) {
    if (accountId != m_account.id)
        return;
    if (const std::optional<Account> account = m_context.accounts ? m_context.accounts->find(accountId) : std::nullopt)
        m_account = *account;
    const bool wasStarted = m_started;
    startIfReady();
    if (wasStarted && m_context.sessions->state(m_account.id) == AccountSessions::State::Ready) {
        // A replaced key: ask again who it belongs to, and refresh what is visible.
        loadIdentity();
        refresh();
    }
}

void TruCentiveTab::startIfReady() {
    if (!m_context.sessions) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("The TruCentive connection is not available."));
        return;
    }
    switch (m_context.sessions->state(m_account.id)) {
    case AccountSessions::State::Loading:
        m_message->showMessage(InlineMessage::Kind::Progress, tr("Reading the API key from secure storage…"));
        return;
    case AccountSessions::State::NoCredential:
    case AccountSessions::State::StorageUnavailable:
        m_identity->setText(tr("Not connected"));
        m_message->showMessage(InlineMessage::Kind::Error, m_context.sessions->message(m_account.id),
                               tr("Open Accounts"), u"accounts"_s);
        return;
    case AccountSessions::State::Ready:
        break;
    }
    if (m_message->kind() != InlineMessage::Kind::Error || !m_started)
        m_message->clearMessage();
    if (m_started)
        return;
    m_started = true;
    qCDebug(lcTcUi) << "TruCentive tab ready for account" << m_account.id;
    loadIdentity();
    m_projects->load(); // the project filter and the send dialog need them on every page
    ensurePageLoaded();
}

void TruCentiveTab::loadIdentity() {
    m_meCall.cancel();
    m_meCall = m_client->me(this, [this](ApiResult<TcAccount> result) {
        m_meCall.markFinished();
        if (!result.ok()) {
            m_identityLoaded = false;
            const TcErrorText text = tcErrorText(result.error(), TcOperation::Lookup, m_account.label());
            m_identity->setText(tr("%1: not connected").arg(tabTitle()));
            if (text.suggestion == TcErrorText::Suggestion::OpenAccounts)
                m_message->showMessage(InlineMessage::Kind::Error, text.message, tr("Open Accounts"), u"accounts"_s);
            else
                m_message->showMessage(InlineMessage::Kind::Error, text.message);
            return;
        }
        m_identityLoaded = true;
        const TcAccount& me = result.value();
        const QString who = me.name.isEmpty() ? me.email : tr("%1 <%2>").arg(me.name, me.email);
        m_identity->setText(tr("%1  ·  API key of %2  ·  %3").arg(tabTitle(), who, me.uuid));
        m_identity->setToolTip(tr("GET /me: the TruCentive user this account's API key belongs to."));
        if (m_message->kind() == InlineMessage::Kind::Error)
            m_message->clearMessage();
    });
}

void TruCentiveTab::ensurePageLoaded() {
    if (!m_started)
        return;
    switch (m_pages->currentIndex()) {
    case EnvelopesPage:
        m_envelopes->ensureLoaded();
        break;
    case ProjectsPage:
        m_projectsPanel->ensureLoaded();
        break;
    case SessionsPage:
        m_sessions->ensureLoaded();
        break;
    default:
        break;
    }
}

void TruCentiveTab::refresh() {
    if (!m_started) {
        startIfReady();
        return;
    }
    if (!m_identityLoaded)
        loadIdentity();
    switch (m_pages->currentIndex()) {
    case EnvelopesPage:
        m_envelopes->refresh();
        m_detail->refresh();
        break;
    case ProjectsPage:
        m_projectsPanel->refresh();
        break;
    case SessionsPage:
        m_sessions->refresh();
        break;
    default:
        break;
    }
}

void TruCentiveTab::focusSearch() {
    m_pages->setCurrentIndex(EnvelopesPage);
    m_envelopes->focusLookup();
}

void TruCentiveTab::showEnvelope(const QString& envelopeId) {
    m_pages->setCurrentIndex(EnvelopesPage);
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
    auto* dialog = new TcSendDialog(m_client, m_projects, m_sendFlow, m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(prefill);
    connect(dialog, &TcSendDialog::accountsRequested, this, &TruCentiveTab::openAccounts);
    connect(dialog, &TcSendDialog::checkFeedsRequested, this, [this](const QString& address) {
        m_pages->setCurrentIndex(EnvelopesPage);
        m_envelopes->showFeedFor(address);
    });
    m_sendDialog = dialog;
    dialog->open();
}

void TruCentiveTab::onEnvelopeSent(const TcEnvelope& envelope) {
    m_pages->setCurrentIndex(EnvelopesPage);
    m_detail->setEnvelope(envelope);
    m_detail->message()->showMessage(InlineMessage::Kind::Success,
                                     tr("Envelope %1 was queued for delivery. TruCentive delivers it shortly; "
                                        "Refresh shows its progress.")
                                         .arg(envelope.key()));
}

void TruCentiveTab::openAccounts() {
    if (isSignalConnected(QMetaMethod::fromSignal(&TruCentiveTab::manageAccountsRequested))) {
        Q_EMIT manageAccountsRequested();
        return;
    }
    if (QWidget* top = window()) {
        if (auto* action = top->findChild<QAction*>(u"actionAccounts"_s)) {
            action->trigger();
            return;
        }
    }
    m_message->showMessage(InlineMessage::Kind::Info, tr("Open File > Accounts to check this account's API key."));
}

} // namespace rd
