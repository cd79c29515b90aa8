#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace rd {

// Result of one credential operation.
struct CredentialResult {
    enum class Status {
        Ok,          // read: secret holds the value; write/remove: done
        NotFound,    // read only: no such entry
        Unavailable, // no secure storage (no Secret Service, locked, denied, timed out): tell the user plainly
    };
    Status status = Status::Unavailable;
    QByteArray secret; // only for a successful read
    QString message;   // translated explanation for Unavailable (never contains the secret)
};

// Where secrets live (design.md section 3). One entry per (account id, secret name). Asynchronous all the way:
// callbacks run later from the event loop on the store's thread, only while `context` lives, exactly once.
// Implementations: KeychainCredentialStore (QtKeychain, insecure fallback off) and MemoryCredentialStore
// (session-only use when no secure storage exists, the demo accounts, and tests).
class CredentialStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult&)>;
    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString& accountId, const QString& name, QObject* context, Callback done) = 0;
    virtual void write(const QString& accountId, const QString& name, const QByteArray& secret, QObject* context,
                       Callback done) = 0;
    virtual void remove(const QString& accountId, const QString& name, QObject* context, Callback done) = 0;
    // Removes every secret stored for the account (uses the store's index of keys).
    virtual void removeAll(const QString& accountId, QObject* context, Callback done) = 0;
    // True for a store that keeps secrets only for this session (nothing persisted).
    virtual bool isSessionOnly() const = 0;

    using AvailabilityCallback = std::function<void(bool available, const QString& message)>;
    // Tells within seconds whether the store can keep secrets right now, so the UI can say so before the user types
    // a key. `message` (translated) explains a false answer. Same delivery rules as the other callbacks. The default
    // (for stores that always work, e.g. the in-memory one) answers true.
    virtual void checkAvailability(QObject* context, AvailabilityCallback done) {
        QMetaObject::invokeMethod(
            this,
            [guard = QPointer<QObject>(context), guarded = context != nullptr, done = std::move(done)] {
                if (!guarded || guard)
                    done(true, QString());
            },
            Qt::QueuedConnection);
    }
};

} // namespace rd
