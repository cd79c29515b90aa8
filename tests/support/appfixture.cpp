#include "support/appfixture.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

#include "api/accounts/accountstore.h"
#include "api/core/httptransport.h"
#include "api/credentials/keychaincredentialstore.h"
#include "api/credentials/memorycredentialstore.h"
#include "api/journal/actionjournal.h"
#include "api/sandbox/sandboxserver.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "support/testutil.h"

using namespace Qt::StringLiterals;

namespace rd::test {

AppFixture::AppFixture() = default;

AppFixture::~AppFixture() {
    // The sessions hold the stores and the transport: delete the services before the settings they read.
    m_services.reset();
}

bool AppFixture::startApp(const Options& options) {
    QStandardPaths::setTestModeEnabled(true);
    if (!QTest::qVerify(m_dir.isValid(), "m_dir.isValid()", "", __FILE__, __LINE__))
        return false;
    m_accountSettings = std::make_unique<QSettings>(m_dir.filePath(u"accounts.ini"_s), QSettings::IniFormat);
    m_uiSettings = std::make_unique<QSettings>(m_dir.filePath(u"ui.ini"_s), QSettings::IniFormat);
    m_services = std::make_unique<QObject>();
    QObject* owner = m_services.get();

    m_sandbox = new SandboxServer(options.seed, options.sandboxSize, owner);
    if (!QTest::qVerify(m_sandbox->listen(), "m_sandbox->listen()", "", __FILE__, __LINE__))
        return false;
    m_nam = new QNetworkAccessManager(owner);
    m_transport = new HttpTransport(m_nam, owner);
    if (options.keychain)
        m_keychain = new KeychainCredentialStore(m_accountSettings.get(), owner);
    m_memory = new MemoryCredentialStore(owner);
    m_accounts = new AccountStore(m_accountSettings.get(), owner);
    CredentialStore* persistent = m_keychain ? static_cast<CredentialStore*>(m_keychain) : m_memory;
    m_sessions = new AccountSessions(m_accounts, persistent, m_memory, m_transport, owner);
    m_tester = new ConnectionTester(m_transport, owner);
    if (options.journal) {
        m_journal = new ActionJournal(m_dir.filePath(u"journal/actions.jsonl"_s), owner);
        m_journal->open();
        if (!QTest::qVerify(waitFor([this] { return m_journal->isLoaded(); }), "m_journal->isLoaded()", "", __FILE__,
                            __LINE__))
            return false;
    }
    m_context.accounts = m_accounts;
    m_context.sessions = m_sessions;
    m_context.transport = m_transport;
    m_context.tester = m_tester;
    m_context.journal = m_journal;
    m_context.settings = m_uiSettings.get();
    return true;
}

QString AppFixture::addSandboxAccount(Vendor vendor, const QString& displayName, Environment environment,
                                      const QByteArray& apiKey) {
    Account account;
    account.vendor = vendor;
    account.environment = environment;
    account.baseUrl = m_sandbox->baseUrl(vendor);
    account.displayName = displayName;
    const QString id = m_accounts->add(account);
    const DemoCredentials demo = SandboxServer::demoCredentials(vendor);
    auto ignore = [](const CredentialResult&) {};
    if (vendor == Vendor::Cheetah) {
        m_memory->write(id, u"client_id"_s, demo.clientId, m_services.get(), ignore);
        m_memory->write(id, u"client_secret"_s, demo.clientSecret, m_services.get(), ignore);
    } else {
        m_memory->write(id, u"api_key"_s, apiKey.isEmpty() ? demo.apiKey : apiKey, m_services.get(), ignore);
    }
    m_sessions->reload(id);
    return id;
}

bool AppFixture::waitUntilReady(const QString& accountId, int timeoutMs) const {
    const bool ready =
        waitFor([&] { return m_sessions->state(accountId) == AccountSessions::State::Ready; }, timeoutMs);
    return QTest::qVerify(ready, "session Ready", qPrintable(accountId), __FILE__, __LINE__);
}

} // namespace rd::test
