#pragma once

#include <QHash>

#include "api/credentials/credentialstore.h"

namespace rd::detail {
class GuardedCallback;
}

namespace rd {

// Keeps secrets in memory for this session only: used when no secure storage exists (the user chose "this session
// only"), for the demo accounts, and in tests. Nothing is ever written to disk. Each operation takes effect at once,
// but its callback is still delivered later from the event loop, exactly like KeychainCredentialStore, so callers
// behave the same with both stores.
class MemoryCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject* parent = nullptr);
    ~MemoryCredentialStore() override;

    void read(const QString& accountId, const QString& name, QObject* context, Callback done) override;
    void write(const QString& accountId, const QString& name, const QByteArray& secret, QObject* context,
               Callback done) override;
    void remove(const QString& accountId, const QString& name, QObject* context, Callback done) override;
    void removeAll(const QString& accountId, QObject* context, Callback done) override;
    bool isSessionOnly() const override { return true; }

    // Number of secrets held (all accounts).
    qsizetype size() const { return m_secrets.size(); }

    // Test seam: while `message` is non-empty every operation (and checkAvailability) reports Unavailable with it and
    // changes nothing, so callers' "no secure storage" paths can be tested without a broken system.
    void setUnavailableForTesting(const QString& message) { m_failure = message; }
    void checkAvailability(QObject* context, AvailabilityCallback done) override;

private:
    void post(const detail::GuardedCallback& done, CredentialResult result);
    bool failed(const detail::GuardedCallback& done);

    QHash<QString, QByteArray> m_secrets; // key: "<accountId>/<name>"
    QString m_failure;
};

} // namespace rd
