#pragma once

#include <QStringList>

#include "api/credentials/credentialstore.h"

#include <chrono>
#include <memory>

class QSettings;

namespace rd::detail {
class GuardedCallback;
}

namespace rd {

// The real CredentialStore: the system's secure storage through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). Service "RewardDesk", one entry per "<accountId>/<name>", insecure
// fallback always off (nothing is ever written in clear text).
//
// - Every job has its own deadline (timeout(), 8 s by default). When it passes, the caller is told Unavailable and the
//   job is left to finish on its own: QtKeychain jobs are never deleted while running (their backends keep raw
//   pointers to them); a late result is ignored. A job still running when the store is destroyed finishes and
//   deletes itself; its result goes nowhere.
// - QtKeychain runs jobs one at a time through a global queue, so a job stuck on an unlock prompt delays every later
//   one; each of those reports Unavailable at its own deadline.
// - The names (never the values) of stored secrets are kept per account in QSettings group "credentialIndex", so
//   removeAll() removes every secret of an account. A name is indexed before its write starts (a write that times out
//   may still land later) and dropped only when the keychain confirmed its removal.
// Logging: category "rewarddesk.credentials" records account id, secret name and outcome, never a value.
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{8000};

    // `index` holds the key index (names only); not owned, must outlive the store.
    explicit KeychainCredentialStore(QSettings* index, QObject* parent = nullptr);
    ~KeychainCredentialStore() override;

    void read(const QString& accountId, const QString& name, QObject* context, Callback done) override;
    void write(const QString& accountId, const QString& name, const QByteArray& secret, QObject* context,
               Callback done) override;
    void remove(const QString& accountId, const QString& name, QObject* context, Callback done) override;
    void removeAll(const QString& accountId, QObject* context, Callback done) override;
    bool isSessionOnly() const override { return false; }
    // Reads a probe entry that never exists: NotFound (or Ok) means the secure storage answers. A read never asks the
    // user to unlock anything, so a service that answers reads but cannot store (e.g. gnome-keyring with no usable
    // collection, or a locked one that needs a prompt) still counts as available here; the write then reports
    // Unavailable (or times out) with the plain message.
    void checkAvailability(QObject* context, AvailabilityCallback done) override;

    // Per-job deadline (tests shorten it).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Names indexed for an account (non-secret).
    QStringList indexedNames(const QString& accountId) const;

    static QString serviceName();                                         // "RewardDesk"
    static QString keyFor(const QString& accountId, const QString& name); // "<accountId>/<name>"
    // The plain, translated explanation given when secure storage cannot be reached.
    static QString unavailableMessage();

private:
    enum class Op { Read, Write, Remove };
    struct Pending;
    using Done = std::function<void(const CredentialResult&)>;

    // Runs one QtKeychain job with a deadline; `done` (unguarded) runs exactly once on this store's thread.
    void run(Op op, const QString& accountId, const QString& name, const QByteArray& secret, Done done);
    void settle(const std::shared_ptr<Pending>& pending, CredentialResult result);
    void removeChain(const QString& accountId, QStringList remaining, const detail::GuardedCallback& done);
    void post(const detail::GuardedCallback& done, CredentialResult result);
    bool rejectInvalid(const QString& accountId, const QString& name, const detail::GuardedCallback& done);
    void addToIndex(const QString& accountId, const QString& name);
    void removeFromIndex(const QString& accountId, const QString& name);
    void clearIndex(const QString& accountId);

    QSettings* m_index;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace rd
