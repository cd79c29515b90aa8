#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "api/core/vendor.h"
#include "ui/appcontext.h"

class QNetworkAccessManager;

namespace rd {
class AccountSessions;
class AccountStore;
class ActionJournal;
class ConnectionTester;
class HttpTransport;
class KeychainCredentialStore;
class MemoryCredentialStore;
class SandboxServer;
} // namespace rd

namespace rd::test {

// The services app/composition.cpp builds, wired the same way for a test against the built-in sandbox: a sandbox
// server on 127.0.0.1, one transport, the account store and the UI settings in a temporary directory, the credential
// stores, the sessions, the connection tester, a loaded action journal, and the AppContext that hands them to
// widgets. A test class inherits it next to QObject, so its body keeps naming the services m_sandbox, m_journal, ...
//
//     class TestSomeTab : public QObject, protected rd::test::AppFixture { ... };
//     void TestSomeTab::initTestCase() {
//         QVERIFY(startApp({.sandboxSize = 200}));
//         const QString id = addSandboxAccount(Vendor::Tremendous, u"Tremendous demo"_s);
//         QVERIFY(waitUntilReady(id));
//     }
//
// Everything is owned by the fixture and destroyed with it; widgets the test builds must go first (cleanupTestCase).
class AppFixture {
public:
    struct Options {
        quint64 seed = 1;
        int sandboxSize = 100;
        // The persistent store: the OS keychain (a Secret Service; scripts/with-test-keyring.sh provides one) or,
        // by default, memory like the session store, for tests that are not about the keychain.
        bool keychain = false;
        bool journal = true;
    };

    AppFixture();
    virtual ~AppFixture();
    AppFixture(const AppFixture&) = delete;
    AppFixture& operator=(const AppFixture&) = delete;

protected:
    // Builds every service; false (with the failure reported to QtTest) when something could not start.
    bool startApp(const Options& options);
    bool startApp() { return startApp(Options{}); }

    // Adds an account of `vendor` pointing at the sandbox, writes its credentials to the memory store (the sandbox's
    // demo credentials unless `apiKey` is given) and starts its session, which becomes Ready asynchronously.
    QString addSandboxAccount(Vendor vendor, const QString& displayName, Environment environment = Environment::Demo,
                              const QByteArray& apiKey = {});
    // Waits until the account's session is Ready.
    bool waitUntilReady(const QString& accountId, int timeoutMs = 5000) const;

    // Declared in the order they are built; the services are children of m_services.
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_accountSettings;
    std::unique_ptr<QSettings> m_uiSettings;
    std::unique_ptr<QObject> m_services;
    SandboxServer* m_sandbox = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    HttpTransport* m_transport = nullptr;
    KeychainCredentialStore* m_keychain = nullptr; // only with Options::keychain
    MemoryCredentialStore* m_memory = nullptr;
    AccountStore* m_accounts = nullptr;
    AccountSessions* m_sessions = nullptr;
    ConnectionTester* m_tester = nullptr;
    ActionJournal* m_journal = nullptr; // null with Options::journal off
    AppContext m_context;
};

} // namespace rd::test
