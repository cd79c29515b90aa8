#include "api/credentials/memorycredentialstore.h"

#include "api/credentials/credentialcallback_p.h"

namespace rd {

namespace {
QString keyFor(const QString& accountId, const QString& name) {
    return accountId + QLatin1Char('/') + name;
}
} // namespace

MemoryCredentialStore::MemoryCredentialStore(QObject* parent)
    : CredentialStore(parent) {}

MemoryCredentialStore::~MemoryCredentialStore() = default;

void MemoryCredentialStore::post(const detail::GuardedCallback& done, CredentialResult result) {
    QMetaObject::invokeMethod(
        this, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

bool MemoryCredentialStore::failed(const detail::GuardedCallback& done) {
    if (m_failure.isEmpty())
        return false;
    CredentialResult result;
    result.status = CredentialResult::Status::Unavailable;
    result.message = m_failure;
    post(done, std::move(result));
    return true;
}

void MemoryCredentialStore::read(const QString& accountId, const QString& name, QObject* context, Callback done) {
    const detail::GuardedCallback callback(context, std::move(done));
    if (failed(callback))
        return;
    CredentialResult result;
    const auto it = m_secrets.constFind(keyFor(accountId, name));
    if (it == m_secrets.cend()) {
        result.status = CredentialResult::Status::NotFound;
    } else {
        result.status = CredentialResult::Status::Ok;
        result.secret = it.value();
    }
    post(callback, std::move(result));
}

void MemoryCredentialStore::write(const QString& accountId, const QString& name, const QByteArray& secret,
                                  QObject* context, Callback done) {
    const detail::GuardedCallback callback(context, std::move(done));
    if (failed(callback))
        return;
    m_secrets.insert(keyFor(accountId, name), secret);
    CredentialResult result;
    result.status = CredentialResult::Status::Ok;
    post(callback, std::move(result));
}

void MemoryCredentialStore::remove(const QString& accountId, const QString& name, QObject* context, Callback done) {
    const detail::GuardedCallback callback(context, std::move(done));
    if (failed(callback))
        return;
    m_secrets.remove(keyFor(accountId, name));
    CredentialResult result;
    result.status = CredentialResult::Status::Ok;
    post(callback, std::move(result));
}

void MemoryCredentialStore::removeAll(const QString& accountId, QObject* context, Callback done) {
    const detail::GuardedCallback callback(context, std::move(done));
    if (failed(callback))
        return;
    const QString prefix = accountId + QLatin1Char('/');
    m_secrets.removeIf([&prefix](QHash<QString, QByteArray>::iterator it) { return it.key().startsWith(prefix); });
    CredentialResult result;
    result.status = CredentialResult::Status::Ok;
    post(callback, std::move(result));
}

void MemoryCredentialStore::checkAvailability(QObject* context, AvailabilityCallback done) {
    const detail::GuardedCallback callback(
        context, [available = m_failure.isEmpty(), message = m_failure,
                  done = std::move(done)](const CredentialResult&) { done(available, message); });
    post(callback, CredentialResult());
}

} // namespace rd
