#include "ui/tremendous/tremendoustab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTime>

#include "api/journal/reconciler.h"
#include "api/session/accountsessions.h"
#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/namecache.h"
#include "ui/common/clipboardguard.h"
#include "ui/common/inlinemessage.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/actionwords.h"
#include "ui/tremendous/approvalspage.h"
#include "ui/tremendous/faileddeliveriespage.h"
#include "ui/tremendous/fraudreviewspage.h"
#include "ui/tremendous/fraudrulesview.h"
#include "ui/tremendous/log.h"
#include "ui/tremendous/lookuppage.h"

Q_LOGGING_CATEGORY(lcTrUi, "rewarddesk.ui.tremendous")

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

Client::EndpointProvider endpointFor(AccountSessions* sessions, const QString& accountId) {
    return [sessions = QPointer<AccountSessions>(sessions), accountId]() -> std::optional<Endpoint> {
        return sessions ? sessions->endpoint(accountId) : std::nullopt;
    };
}

} // namespace

Tab::Tab(const AppContext& context, const Account& account, QWidget* parent)
    : VendorTabShell(context, account, u"tremendous"_s, parent)
    , m_client(new Client(context.transport, endpointFor(context.sessions, account.id), this))
    , m_reconciler(context.reconcilers ? context.reconcilers->reconciler(Vendor::Tremendous) : nullptr)
    , m_clipboard(new ClipboardGuard(this))
    , m_names(new NameCache(m_client, this)) {
    setObjectName(u"rd::tremendous::Tab"_s);
    m_flow = new ActionFlow(context, account, m_client, m_reconciler, this, this);
    buildUi();
    connectParts();
    finishSetup();
}

Tab::~Tab() {
    m_balanceCall.cancel();
}

QString Tab::tabBadge() const {
    return m_pendingCount > 0 ? QLocale().toString(m_pendingCount) : QString();
}

void Tab::buildUi() {
    const Account account = this->account();
    m_identity = new QLabel(this);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setText(tr("%1  ·  %2").arg(accountName(), account.label()));
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
    header()->addWidget(m_identity, 1);
    header()->addWidget(m_balanceLabel);
    header()->addSpacing(12);
    header()->addWidget(m_refresh);

    const QString prefix = settingsPrefix();
    QSettings* settings = context().settings;
    m_approvals = new ApprovalsPage(m_client, m_flow, m_names, m_clipboard, settings, prefix, this);
    m_fraudReviews = new FraudReviewsPage(context(), account, m_client, m_flow, m_names, this);
    m_failed = new FailedDeliveriesPage(context(), account, m_client, m_flow, m_clipboard, this);
    m_lookup = new LookupPage(m_client, m_flow, m_names, m_clipboard, settings, prefix, this);
    m_rules = new FraudRulesView(m_client, settings, prefix, this);
    for (VendorPage* page :
         std::initializer_list<VendorPage*>{m_approvals, m_fraudReviews, m_failed, m_lookup, m_rules})
        addPage(page);
    setSearchPage(m_lookup);
}

void Tab::connectParts() {
    connect(m_refresh, &QPushButton::clicked, this, &Tab::refresh);
    connect(m_approvals, &ApprovalsPage::pendingCountChanged, this, [this](int count) {
        m_pendingCount = count;
        updateTitle();
    });
    connect(m_names, &NameCache::loadFailed, this,
            [this](const QString& text) { message()->showMessage(InlineMessage::Kind::Warning, text); });
    // The pages show the outcome of their own clicks (RunObserver); the balance changes after every run.
    connect(m_flow, &ActionFlow::runFinished, this, [this] { loadBalance(); });
}

void Tab::onNotConnected() {
    m_balanceLabel->setText(tr("Balance: not connected"));
}

void Tab::onStarted() {
    qCDebug(lcTrUi) << "Tremendous tab ready for account" << account().id;
    m_names->reload();
    loadBalance();
    m_approvals->ensureLoaded(); // the badge counts pending approvals whatever page is shown
}

void Tab::onRefresh() {
    loadBalance();
    if (!m_names->hasData() && !m_names->isLoading())
        m_names->reload();
}

void Tab::loadBalance() {
    if (!isStarted())
        return;
    m_balanceCall.cancel();
    if (!m_balance)
        m_balanceLabel->setText(tr("Balance: reading…"));
    m_balanceCall = m_client->fundingSource(u"BALANCE"_s, this, [this](ApiResult<FundingSource> result) {
        m_balanceCall.markFinished();
        if (!result.ok()) {
            const ApiError& error = result.error();
            m_balanceLabel->setText(tr("Balance: unavailable"));
            const QString text = lookupErrorMessage(error, m_client->accountLabel());
            m_balanceLabel->setToolTip(tr("The balance could not be read: %1").arg(text));
            if (error.kind == ErrorKind::NoCredential || (error.kind == ErrorKind::Auth && error.httpStatus == 401))
                showAccountsError(text);
            return;
        }
        m_balance = result.value();
        const FundingSource& source = *m_balance;
        const QString available =
            source.available ? ActionWords::money(*source.available) : tr("not reported by Tremendous");
        if (source.pending)
            m_balanceLabel->setText(tr("Balance: %1 (pending %2)").arg(available, ActionWords::money(*source.pending)));
        else
            m_balanceLabel->setText(tr("Balance: %1").arg(available));
        m_balanceLabel->setToolTip(tr("The Tremendous balance that pays for approved orders, read %1.")
                                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        qCDebug(lcTrUi) << "balance read";
    });
}

void Tab::showOrder(const QString& idOrExternalId) {
    pages()->setCurrentWidget(m_lookup);
    m_lookup->setKind(LookupPage::Kind::Order);
    m_lookup->lookUp(idOrExternalId);
}

} // namespace rd::tremendous
