#include "tremendoustab.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

#include "accounts/accountstore.h"
#include "common/clipboardguard.h"
#include "common/environmentbanner.h"
#include "common/inlinemessage.h"
#include "journal/reconciler.h"
#include "session/accountsessions.h"
#include "tractionflow.h"
#include "tractionwords.h"
#include "trapprovalspanel.h"
#include "tremendous/tremendousclient.h"
#include "tremendous/trnamecache.h"
#include "trfaileddeliveriespanel.h"
#include "trfraudreviewspanel.h"
#include "trfraudrulesview.h"
#include "trlog.h"
#include "trlookuppanel.h"

Q_LOGGING_CATEGORY(lcTrUi, "rewarddesk.ui.tremendous")

using namespace Qt::StringLiterals;

namespace rd {

namespace {

TremendousClient::EndpointProvider endpointFor(AccountSessions* sessions, const QString& accountId) {
    return [sessions = QPointer<AccountSessions>(sessions), accountId]() -> std::optional<Endpoint> {
        return sessions ? sessions->endpoint(accountId) : std::nullopt;
    };
}

} // namespace

TremendousTab::TremendousTab(const AppContext& context, const Account& account, QWidget* parent)
    : VendorTab(parent)
    , m_context(context)
    , m_account(account)
    , m_settingsPrefix(u"tremendous/%1"_s.arg(account.id))
    , m_client(new TremendousClient(context.transport, endpointFor(context.sessions, account.id), this))
    , m_reconciler(context.reconcilers ? context.reconcilers->reconciler(Vendor::Tremendous) : nullptr)
    , m_clipboard(new ClipboardGuard(this))
    , m_names(new TrNameCache(m_client, this)) {
    setObjectName(u"TremendousTab"_s);
    m_flow = new TrActionFlow(context, account, m_client, m_reconciler, this, this);
    m_lastTitle = tabTitle();
    buildUi();
    connectParts();
    if (m_context.sessions)
        connect(m_context.sessions, &AccountSessions::sessionChanged, this, &TremendousTab::onSessionChanged);
    startIfReady();
}

TremendousTab::~TremendousTab() {
    m_balanceCall.cancel();
    if (m_context.settings)
        m_context.settings->setValue(m_settingsPrefix + u"/page"_s, m_pages->currentIndex());
}

QString TremendousTab::tabTitle() const {
    const QString name = m_account.displayName.isEmpty() ? m_account.label() : m_account.displayName;
    return m_pendingCount > 0 ? tr("%1 (%2)").arg(name, QLocale().toString(m_pendingCount)) : name;
}

void TremendousTab::buildUi() {
    m_environment = new QLabel(EnvironmentBanner::badge(m_account.environment), this);
    m_environment->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 6px; "
                                 "font-weight: bold; }"_s.arg(EnvironmentBanner::colour(m_account.environment).name()));
    m_environment->setToolTip(tr("Every action on this tab goes to %1.").arg(m_account.label()));
    m_identity = new QLabel(this);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setText(
        tr("%1  ·  %2")
            .arg(m_account.displayName.isEmpty() ? m_account.label() : m_account.displayName, m_account.label()));
    m_balanceLabel = new QLabel(tr("Balance: …"), this);
    m_balanceLabel->setTextFormat(Qt::PlainText);
    m_balanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balanceLabel->setToolTip(tr("The Tremendous balance that pays for approved orders (GET /funding_sources/"
                                  "BALANCE). Read again after every action."));
    QFont bold = m_balanceLabel->font();
    bold.setBold(true);
    m_balanceLabel->setFont(bold);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setToolTip(tr("Read the visible page and the balance again (F5)."));
    m_refresh->setAutoDefault(false);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    header->addWidget(m_environment);
    header->addWidget(m_identity, 1);
    header->addWidget(m_balanceLabel);
    header->addSpacing(12);
    header->addWidget(m_refresh);

    m_message = new InlineMessage(this);

    const QString prefix = m_settingsPrefix;
    m_approvals = new TrApprovalsPanel(m_client, m_flow, m_names, m_clipboard, m_context.settings, prefix, this);
    m_fraudReviews = new TrFraudReviewsPanel(m_context, m_account, m_client, m_flow, m_names, this);
    m_failed = new TrFailedDeliveriesPanel(m_context, m_account, m_client, m_flow, m_clipboard, this);
    m_lookup = new TrLookupPanel(m_client, m_flow, m_names, m_clipboard, m_context.settings, prefix, this);
    m_rules = new TrFraudRulesView(m_client, m_context.settings, prefix, this);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_approvals, tr("Approvals"));
    m_pages->addTab(m_fraudReviews, tr("Fraud reviews"));
    m_pages->addTab(m_failed, tr("Failed deliveries"));
    m_pages->addTab(m_lookup, tr("Lookup"));
    m_pages->addTab(m_rules, tr("Fraud rules"));
    m_pages->setTabToolTip(ApprovalsPage, tr("Orders waiting for approval (Alt+1)"));
    m_pages->setTabToolTip(FraudReviewsPage, tr("Rewards held for fraud review (Alt+2)"));
    m_pages->setTabToolTip(FailedDeliveriesPage, tr("Rewards whose delivery failed (Alt+3)"));
    m_pages->setTabToolTip(LookupPage, tr("Find an order or a recipient's rewards (Alt+4)"));
    m_pages->setTabToolTip(FraudRulesPage, tr("The organization's fraud rules, read-only (Alt+5)"));
    for (int page = 0; page < m_pages->count(); ++page) {
        auto* key = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + page)), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, page] { m_pages->setCurrentIndex(page); });
    }

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
        const int page = m_context.settings->value(m_settingsPrefix + u"/page"_s, 0).toInt();
        if (page >= 0 && page < m_pages->count())
            m_pages->setCurrentIndex(page);
    }
}

void TremendousTab::connectParts() {
    connect(m_pages, &QTabWidget::currentChanged, this, &TremendousTab::ensurePageLoaded);
    connect(m_refresh, &QPushButton::clicked, this, &TremendousTab::refresh);
    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            openAccounts();
    });
    connect(m_approvals, &TrApprovalsPanel::pendingCountChanged, this, &TremendousTab::onPendingCount);
    connect(m_approvals, &TrApprovalsPanel::accountsRequested, this, &TremendousTab::openAccounts);
    connect(m_lookup, &TrLookupPanel::accountsRequested, this, &TremendousTab::openAccounts);
    connect(m_names, &TrNameCache::loadFailed, this,
            [this](const QString& message) { m_message->showMessage(InlineMessage::Kind::Warning, message); });
    // The pages show the outcome of their own clicks (TrRunObserver); the balance changes after every run.
    connect(m_flow, &TrActionFlow::runFinished, this, [this] { loadBalance(); });
}

void TremendousTab::onSessionChanged(const QString& accountId) {
    if (accountId != m_account.id)
        return;
    if (const std::optional<Account> account = m_context.accounts ? m_context.accounts->find(accountId) : std::nullopt)
        m_account = *account;
    const bool wasStarted = m_started;
    startIfReady();
    if (wasStarted && m_context.sessions->state(m_account.id) == AccountSessions::State::Ready)
        refresh(); // a replaced key: read what is visible again
    if (m_lastTitle != tabTitle()) {
        m_lastTitle = tabTitle();
        Q_EMIT titleChanged();
    }
}

void TremendousTab::startIfReady() {
    if (!m_context.sessions) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("The Tremendous connection is not available."));
        return;
    }
    switch (m_context.sessions->state(m_account.id)) {
    case AccountSessions::State::Loading:
        m_message->showMessage(InlineMessage::Kind::Progress, tr("Reading the API key from secure storage…"));
        return;
    case AccountSessions::State::NoCredential:
    case AccountSessions::State::StorageUnavailable:
        m_balanceLabel->setText(tr("Balance: not connected"));
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
    qCDebug(lcTrUi) << "Tremendous tab ready for account" << m_account.id;
    m_names->reload();
    loadBalance();
    m_approvals->ensureLoaded(); // the badge counts pending approvals whatever page is shown
    ensurePageLoaded();
}

void TremendousTab::ensurePageLoaded() {
    if (!m_started)
        return;
    switch (m_pages->currentIndex()) {
    case ApprovalsPage:
        m_approvals->ensureLoaded();
        break;
    case FraudReviewsPage:
        m_fraudReviews->ensureLoaded();
        break;
    case FailedDeliveriesPage:
        m_failed->ensureLoaded();
        break;
    case FraudRulesPage:
        m_rules->ensureLoaded();
        break;
    case LookupPage:
    default:
        break;
    }
}

void TremendousTab::loadBalance() {
    if (!m_started)
        return;
    m_balanceCall.cancel();
    if (!m_balance)
        m_balanceLabel->setText(tr("Balance: reading…"));
    m_balanceCall = m_client->fundingSource(u"BALANCE"_s, this, [this](ApiResult<TrFundingSource> result) {
        m_balanceCall.markFinished();
        if (!result.ok()) {
            const ApiError& error = result.error();
            m_balanceLabel->setText(tr("Balance: unavailable"));
            const QString text = trLookupErrorMessage(error, m_client->accountLabel());
            m_balanceLabel->setToolTip(tr("The balance could not be read: %1").arg(text));
            if (error.kind == ErrorKind::NoCredential || (error.kind == ErrorKind::Auth && error.httpStatus == 401))
                m_message->showMessage(InlineMessage::Kind::Error, text, tr("Open Accounts"), u"accounts"_s);
            return;
        }
        m_balance = result.value();
        const TrFundingSource& source = *m_balance;
        const QString available =
            source.available ? TrActionWords::money(*source.available) : tr("not reported by Tremendous");
        if (source.pending)
            m_balanceLabel->setText(
                tr("Balance: %1 (pending %2)").arg(available, TrActionWords::money(*source.pending)));
        else
            m_balanceLabel->setText(tr("Balance: %1").arg(available));
        m_balanceLabel->setToolTip(tr("The Tremendous balance that pays for approved orders, read %1.")
                                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        qCDebug(lcTrUi) << "balance read";
    });
}

void TremendousTab::onPendingCount(int count) {
    m_pendingCount = count;
    m_pages->setTabText(ApprovalsPage,
                        count > 0 ? tr("Approvals (%1)").arg(QLocale().toString(count)) : tr("Approvals"));
    const QString title = tabTitle();
    if (title != m_lastTitle) {
        m_lastTitle = title;
        Q_EMIT titleChanged();
    }
}

void TremendousTab::refresh() {
    if (!m_started) {
        startIfReady();
        return;
    }
    loadBalance();
    if (!m_names->hasData() && !m_names->isLoading())
        m_names->reload();
    switch (m_pages->currentIndex()) {
    case ApprovalsPage:
        m_approvals->refresh();
        break;
    case FraudReviewsPage:
        m_fraudReviews->refresh();
        break;
    case FailedDeliveriesPage:
        m_failed->refresh();
        break;
    case LookupPage:
        m_lookup->refresh();
        break;
    case FraudRulesPage:
        m_rules->refresh();
        break;
    default:
        break;
    }
}

void TremendousTab::focusSearch() {
    switch (m_pages->currentIndex()) {
    case ApprovalsPage:
        m_approvals->focusSearch();
        break;
    case FraudReviewsPage:
        m_fraudReviews->focusSearch();
        break;
    case FailedDeliveriesPage:
        m_failed->focusSearch();
        break;
    case FraudRulesPage:
        m_pages->setCurrentIndex(LookupPage);
        m_lookup->focusSearch();
        break;
    case LookupPage:
    default:
        m_lookup->focusSearch();
        break;
    }
}

void TremendousTab::showOrder(const QString& idOrExternalId) {
    m_pages->setCurrentIndex(LookupPage);
    m_lookup->setKind(TrLookupPanel::Kind::Order);
    m_lookup->lookUp(idOrExternalId);
}

void TremendousTab::openAccounts() {
    if (isSignalConnected(QMetaMethod::fromSignal(&TremendousTab::manageAccountsRequested))) {
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
