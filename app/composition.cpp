#include "app/composition.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include "api/accounts/accountstore.h"
#include "api/core/httptransport.h"
#include "api/credentials/keychaincredentialstore.h"
#include "api/credentials/memorycredentialstore.h"
#include "api/journal/actionjournal.h"
#include "api/journal/reconciler.h"
#include "api/sandbox/sandboxhost.h"
#include "api/sandbox/sandboxserver.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "api/tremendous/tremendousreconciler.h"
#include "api/trucentive/trucentivereconciler.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"

Q_LOGGING_CATEGORY(lcApp, "rewarddesk.app")

namespace rd {

namespace {
QString configFile(const QString& name) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}
} // namespace

Composition::Composition(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<QSettings>(configFile(QStringLiteral("ui.ini")), QSettings::IniFormat))
    // Demo mode keeps its own account list so training never mixes with real (production) accounts.
    , m_accountSettings(std::make_unique<QSettings>(
          configFile(options.demo ? QStringLiteral("demo-accounts.ini") : QStringLiteral("accounts.ini")),
          QSettings::IniFormat))
    , m_nam(new QNetworkAccessManager(this))
    , m_transport(new HttpTransport(m_nam, this))
    , m_keychain(new KeychainCredentialStore(m_accountSettings.get(), this))
    , m_memory(new MemoryCredentialStore(this))
    , m_accounts(new AccountStore(m_accountSettings.get(), this))
    , m_sessions(new AccountSessions(m_accounts, m_keychain, m_memory, m_transport, this))
    , m_tester(new ConnectionTester(m_transport, this))
    , m_journal(options.demo ? new ActionJournal(QFileInfo(ActionJournal::defaultPath()).absolutePath() +
                                                     QStringLiteral("/demo-actions.jsonl"),
                                                 this)
                             : new ActionJournal(this)) {
    // Never let QNAM follow redirects on its own (the transport sets it per request as well).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_journal->open();
    // Unresolved actions from earlier runs (a crash while SENDING, or an unknown outcome) are read back from the
    // vendor before their objects can be acted on again. Each vendor's reconciler is built once, here; the vendor tabs
    // read objects back through the same instance (AppContext::reconcilers).
    m_reconciler = new JournalReconciler(m_journal, this);
    m_reconciler->setSettleTime(std::chrono::seconds(45)); // above the 30 s action deadline (HttpRequest)
    const auto resolver = [sessions = m_sessions](const QString& accountId) { return sessions->endpoint(accountId); };
    m_reconciler->registerReconciler(Vendor::TruCentive, new trucentive::Reconciler(m_transport, resolver, this));
    m_reconciler->registerReconciler(Vendor::Tremendous, new tremendous::Reconciler(m_transport, resolver, this));
    connect(m_journal, &ActionJournal::loaded, m_reconciler, &JournalReconciler::reconcileAll);
    // An account's credentials arrive asynchronously: try again once its session is ready.
    connect(m_sessions, &AccountSessions::sessionChanged, m_reconciler, [this](const QString& accountId) {
        if (m_journal->isLoaded() && m_sessions->state(accountId) == AccountSessions::State::Ready)
            m_reconciler->reconcileAll();
    });

    AppContext context;
    context.accounts = m_accounts;
    context.sessions = m_sessions;
    context.transport = m_transport;
    context.tester = m_tester;
    context.journal = m_journal;
    context.settings = m_settings.get();
    context.reconcilers = m_reconciler;
    m_window = std::make_unique<MainWindow>(context);

    connect(m_journal, &ActionJournal::writeFailed, m_window.get(),
            [this](const QString& message) { m_window->setStorageNotice(message); });
    checkSecureStorage();
    if (m_options.demo)
        startDemo();
}

Composition::~Composition() {
    m_window.reset();
}

void Composition::checkSecureStorage() {
    m_keychain->checkAvailability(this, [this](bool available, const QString& message) {
        if (available)
            return;
        qCWarning(lcApp) << "secure storage unavailable";
        m_window->setStorageNotice(message);
    });
}

void Composition::startDemo() {
    m_sandbox = new SandboxHost(this);
    connect(m_sandbox, &SandboxHost::ready, this, &Composition::addDemoAccounts);
    connect(m_sandbox, &SandboxHost::failed, this, [this](const QString& message) {
        m_window->setStorageNotice(tr("The built-in sandbox could not start: %1").arg(message));
    });
    m_sandbox->start(m_options.port, m_options.seed, m_options.size);
}

void Composition::addDemoAccounts(quint16 port) {
    for (Vendor vendor : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg}) {
        Account account;
        account.vendor = vendor;
        account.environment = Environment::Demo;
        account.baseUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(SandboxServer::pathPrefix(vendor)));
        account.displayName = tr("%1 demo").arg(vendorDisplayName(vendor));
        // Demo secrets are fixed sample values, kept in memory only. They are written before the account is added,
        // so the session reads them once, when the account appears (the memory store answers in order).
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const DemoCredentials demo = SandboxServer::demoCredentials(vendor);
        const auto ignore = [](const CredentialResult&) {};
        if (vendor == Vendor::Cheetah) {
            m_memory->write(account.id, QString::fromLatin1(SecretName::ClientId), demo.clientId, this, ignore);
            m_memory->write(account.id, QString::fromLatin1(SecretName::ClientSecret), demo.clientSecret, this, ignore);
        } else {
            m_memory->write(account.id, QString::fromLatin1(SecretName::ApiKey), demo.apiKey, this, ignore);
        }
        m_accounts->add(account);
    }
    qCInfo(lcApp) << "demo accounts ready on port" << port;
    // A newcomer sees every demo account turn green without a click; the sessions finish reading first.
    QMetaObject::invokeMethod(m_window->overview(), &OverviewPage::testAll, Qt::QueuedConnection);
    Q_EMIT demoReady();
}

} // namespace rd
