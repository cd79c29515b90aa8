#pragma once

#include <QObject>

#include <memory>

#include "app/options.h"

class QNetworkAccessManager;
class QSettings;

namespace rd {

class AccountSessions;
class AccountStore;
class ActionJournal;
class ConnectionTester;
class CredentialStore;
class HttpTransport;
class JournalReconciler;
class MainWindow;
class SandboxHost;

// The composition root: builds the one QNetworkAccessManager, the transport, the credential stores, the account
// store, the journal, the sessions and the main window, and passes them down through constructors.
class Composition : public QObject {
    Q_OBJECT
public:
    explicit Composition(const Options& options, QObject* parent = nullptr);
    ~Composition() override;

    MainWindow* mainWindow() const { return m_window.get(); }
    AccountStore* accounts() const { return m_accounts; }

Q_SIGNALS:
    // The demo accounts exist and point at the running sandbox.
    void demoReady();

private:
    void startDemo();
    void addDemoAccounts(quint16 port);
    void checkSecureStorage();

    Options m_options;
    std::unique_ptr<QSettings> m_settings;        // UI state
    std::unique_ptr<QSettings> m_accountSettings; // accounts (no secrets); a separate file in demo mode
    QNetworkAccessManager* m_nam;
    HttpTransport* m_transport;
    CredentialStore* m_keychain;
    CredentialStore* m_memory;
    AccountStore* m_accounts;
    AccountSessions* m_sessions;
    ConnectionTester* m_tester;
    ActionJournal* m_journal;
    JournalReconciler* m_reconciler = nullptr;
    SandboxHost* m_sandbox = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rd
