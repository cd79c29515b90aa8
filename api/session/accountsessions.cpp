#include "api/session/accountsessions.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include "api/accounts/accountstore.h"
#include "api/core/cheetahtokenprovider.h"
#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "api/credentials/credentialstore.h"

Q_LOGGING_CATEGORY(lcSession, "rewarddesk.session")

namespace rd {

AccountSessions::AccountSessions(AccountStore* accounts, CredentialStore* persistent, CredentialStore* session,
                                 HttpTransport* transport, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_persistent(persistent)
    , m_session(session)
    , m_transport(transport) {
    connect(m_accounts, &AccountStore::accountAdded, this, [this](const QString& id) { reload(id); });
    connect(m_accounts, &AccountStore::accountChanged, this, [this](const QString& id) { reload(id); });
    connect(m_accounts, &AccountStore::accountRemoved, this, [this](const QString& id) {
        drop(id);
        m_sessionOnly.remove(id);
        Q_EMIT sessionChanged(id);
    });
    for (const Account& account : m_accounts->list())
        load(account);
}

AccountSessions::~AccountSessions() = default;

AccountSessions::State AccountSessions::state(const QString& accountId) const {
    const auto it = m_sessions.constFind(accountId);
    return it == m_sessions.cend() ? State::NoCredential : it->state;
}

QString AccountSessions::message(const QString& accountId) const {
    const auto it = m_sessions.constFind(accountId);
    return it == m_sessions.cend() ? QString() : it->message;
}

std::optional<Endpoint> AccountSessions::endpoint(const QString& accountId) const {
    const auto it = m_sessions.constFind(accountId);
    if (it == m_sessions.cend() || it->state != State::Ready || !it->auth)
        return std::nullopt;
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account)
        return std::nullopt;
    return makeEndpoint(*account, it->auth);
}

CredentialStore* AccountSessions::storeFor(const Account& account) const {
    if (account.isDemo() || m_sessionOnly.contains(account.id))
        return m_session;
    return m_persistent;
}

void AccountSessions::setSessionOnly(const QString& accountId, bool sessionOnly) {
    if (sessionOnly)
        m_sessionOnly.insert(accountId);
    else
        m_sessionOnly.remove(accountId);
}

bool AccountSessions::isSessionOnly(const QString& accountId) const {
    return m_sessionOnly.contains(accountId);
}

void AccountSessions::reload(const QString& accountId) {
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account) {
        drop(accountId);
        Q_EMIT sessionChanged(accountId);
        return;
    }
    load(*account);
}

void AccountSessions::drop(const QString& accountId) {
    auto it = m_sessions.find(accountId);
    if (it == m_sessions.end())
        return;
    if (it->auth)
        it->auth->deleteLater();
    m_sessions.erase(it);
}

void AccountSessions::load(const Account& account) {
    Session& session = m_sessions[account.id];
    if (session.auth)
        session.auth->deleteLater();
    session.auth = nullptr;
    session.state = State::Loading;
    session.message.clear();
    const int generation = ++session.generation;
    Q_EMIT sessionChanged(account.id);

    readSecrets(
        account, this,
        [this, account, generation](const CredentialResult& status, const QHash<QByteArray, QByteArray>& secrets) {
            auto it = m_sessions.find(account.id);
            if (it == m_sessions.end() || it->generation != generation)
                return;
            if (status.status == CredentialResult::Status::Ok)
                it->auth = createAuthProvider(account, secrets, m_transport, this);
            if (it->auth) {
                it->state = State::Ready;
            } else if (status.status == CredentialResult::Status::Unavailable) {
                it->state = State::StorageUnavailable;
                it->message = status.message;
            } else {
                it->state = State::NoCredential;
                it->message =
                    AccountSessions::tr("No credentials are stored for %1. Open File > Accounts to enter them.")
                        .arg(account.label());
            }
            qCInfo(lcSession) << "account" << account.id << "state" << int(it->state);
            Q_EMIT sessionChanged(account.id);
        });
}

void AccountSessions::readSecrets(const Account& account, QObject* context, SecretsCallback done) const {
    const QList<QByteArray> names = Account::secretNames(account.vendor);
    auto secrets = std::make_shared<QHash<QByteArray, QByteArray>>();
    auto pending = std::make_shared<int>(int(names.size()));
    auto finished = std::make_shared<bool>(false);
    auto callback = std::make_shared<SecretsCallback>(std::move(done));
    CredentialStore* store = storeFor(account);
    for (const QByteArray& name : names) {
        store->read(account.id, QString::fromLatin1(name), context,
                    [name, secrets, pending, finished, callback](const CredentialResult& result) {
                        if (*finished)
                            return;
                        if (result.status != CredentialResult::Status::Ok) {
                            *finished = true;
                            (*callback)(result, {});
                            return;
                        }
                        secrets->insert(name, result.secret);
                        if (--*pending == 0) {
                            *finished = true;
                            CredentialResult ok;
                            ok.status = CredentialResult::Status::Ok;
                            (*callback)(ok, *secrets);
                        }
                    });
    }
}

AuthProvider* AccountSessions::createAuthProvider(const Account& account, const QHash<QByteArray, QByteArray>& secrets,
                                                  HttpTransport* transport, QObject* parent) {
    if (account.vendor == Vendor::Cheetah) {
        const QByteArray id = secrets.value(SecretName::ClientId);
        const QByteArray secret = secrets.value(SecretName::ClientSecret);
        if (id.isEmpty() || secret.isEmpty())
            return nullptr;
        auto* provider = new CheetahTokenProvider(transport, account.baseUrl, id, secret, parent);
        provider->setAccountLabel(account.label()); // token requests count for the account's status too
        return provider;
    }
    const QByteArray key = secrets.value(SecretName::ApiKey);
    if (key.isEmpty())
        return nullptr;
    return new StaticKeyAuthProvider(account.vendor, key, parent);
}

Endpoint AccountSessions::makeEndpoint(const Account& account, AuthProvider* auth) {
    Endpoint endpoint;
    endpoint.vendor = account.vendor;
    endpoint.baseUrl = account.baseUrl;
    endpoint.auth = auth;
    endpoint.accountLabel = account.label();
    if (account.vendor == Vendor::Cheetah)
        endpoint.defaultHeaders.append(
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.stellar-v1+json")});
    return endpoint;
}

} // namespace rd
