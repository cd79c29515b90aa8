#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

#include "api/accounts/account.h"
#include "api/core/endpoint.h"
#include "api/credentials/credentialstore.h"

namespace rd {

class AccountStore;
class AuthProvider;
class HttpTransport;

// Turns accounts into ready-to-use endpoints: reads each account's secrets from the right CredentialStore
// (asynchronously), builds the vendor's AuthProvider and keeps it for the session. Secrets live only inside the
// providers and the stores. Demo accounts and accounts the user chose to use "for this session only" read from the
// in-memory store; all others from the persistent (keychain) store.
class AccountSessions : public QObject {
    Q_OBJECT
public:
    enum class State {
        Loading,            // secrets are being read
        Ready,              // endpoint() is usable
        NoCredential,       // a secret is missing: open Accounts to enter it
        StorageUnavailable, // secure storage could not be reached: see message()
    };

    AccountSessions(AccountStore* accounts, CredentialStore* persistent, CredentialStore* session,
                    HttpTransport* transport, QObject* parent = nullptr);
    ~AccountSessions() override;

    State state(const QString& accountId) const;
    QString message(const QString& accountId) const; // translated; empty when Ready
    std::optional<Endpoint> endpoint(const QString& accountId) const;

    // The store an account's secrets belong in.
    CredentialStore* storeFor(const Account& account) const;
    // Keep this account's secrets in memory only (no secure storage available, or the user's choice).
    void setSessionOnly(const QString& accountId, bool sessionOnly);
    bool isSessionOnly(const QString& accountId) const;

    using SecretsCallback = std::function<void(const CredentialResult& status, const QHash<QByteArray, QByteArray>&)>;
    // Reads every secret the account's vendor needs from the account's store; `done` runs once with Ok and all
    // values, or with the first failure (NotFound / Unavailable). Only while `context` lives.
    void readSecrets(const Account& account, QObject* context, SecretsCallback done) const;

    // Re-reads the account's secrets (after they were edited).
    void reload(const QString& accountId);

    HttpTransport* transport() const { return m_transport; }

    // Builds the auth provider for a vendor from its secrets (name -> value). Used for saved accounts and for
    // "Test connection" on values that are not saved yet. Returns nullptr if a secret is missing.
    static AuthProvider* createAuthProvider(const Account& account, const QHash<QByteArray, QByteArray>& secrets,
                                            HttpTransport* transport, QObject* parent);
    static Endpoint makeEndpoint(const Account& account, AuthProvider* auth);

Q_SIGNALS:
    void sessionChanged(const QString& accountId);

private:
    struct Session {
        State state = State::Loading;
        QString message;
        QPointer<AuthProvider> auth;
        int generation = 0;
    };
    void load(const Account& account);
    void drop(const QString& accountId);

    AccountStore* m_accounts;
    CredentialStore* m_persistent;
    CredentialStore* m_session;
    HttpTransport* m_transport;
    QHash<QString, Session> m_sessions;
    QSet<QString> m_sessionOnly;
};

} // namespace rd
