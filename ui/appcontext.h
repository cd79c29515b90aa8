#pragma once

class QSettings;

namespace rd {

class AccountSessions;
class AccountStore;
class ActionJournal;
class ConnectionTester;
class HttpTransport;

// The services the composition root (app/) builds once and hands down through constructors. No singletons.
struct AppContext {
    AccountStore* accounts = nullptr;
    AccountSessions* sessions = nullptr;
    HttpTransport* transport = nullptr;
    ConnectionTester* tester = nullptr;
    ActionJournal* journal = nullptr;
    QSettings* settings = nullptr; // UI state only (geometry, last tab); never a secret
};

} // namespace rd
