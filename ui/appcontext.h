#pragma once

class QSettings;

namespace rd {

class AccountSessions;
class AccountStore;
class ActionJournal;
class ConnectionTester;
class HttpTransport;
class JournalReconciler;

// The services the composition root (app/) builds once and hands down through constructors. No singletons.
struct AppContext {
    // Positional, in member order, so a context can be written on one line.
    AppContext(AccountStore* accounts_ = nullptr, AccountSessions* sessions_ = nullptr,
               HttpTransport* transport_ = nullptr, ConnectionTester* tester_ = nullptr,
               ActionJournal* journal_ = nullptr, QSettings* settings_ = nullptr,
               JournalReconciler* reconcilers_ = nullptr)
        : accounts(accounts_)
        , sessions(sessions_)
        , transport(transport_)
        , tester(tester_)
        , journal(journal_)
        , settings(settings_)
        , reconcilers(reconcilers_) {}

    AccountStore* accounts = nullptr;
    AccountSessions* sessions = nullptr;
    HttpTransport* transport = nullptr;
    ConnectionTester* tester = nullptr;
    ActionJournal* journal = nullptr;
    QSettings* settings = nullptr; // UI state only (geometry, last tab); never a secret
    // Reads unresolved actions back on start, and holds the one reconciler per vendor that the action flows share
    // (JournalReconciler::reconciler(vendor)).
    JournalReconciler* reconcilers = nullptr;
};

} // namespace rd
