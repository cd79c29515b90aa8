#include "api/credentials/keychaincredentialstore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include "api/credentials/credentialcallback_p.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "rewarddesk.credentials")

namespace rd {

namespace {

const QString IndexGroup = u"credentialIndex"_s;
const QString ProbeAccount = u"rewarddesk-probe"_s;
const QString ProbeName = u"availability"_s;

const char* opName(int op) {
    switch (op) {
    case 0:
        return "read";
    case 1:
        return "write";
    default:
        return "remove";
    }
}

// Account ids and secret names become keychain keys and QSettings keys: keep them to a safe alphabet.
bool isValidPart(const QString& part) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,128}$"_s);
    return pattern.match(part).hasMatch();
}

} // namespace

struct KeychainCredentialStore::Pending {
    Op op = Op::Read;
    QString accountId;
    QString name;
    Done done;
    QTimer* timer = nullptr;
    QElapsedTimer clock;
    bool settled = false;
};

KeychainCredentialStore::KeychainCredentialStore(QSettings* index, QObject* parent)
    : CredentialStore(parent)
    , m_index(index) {
    Q_ASSERT(m_index);
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::serviceName() {
    return u"RewardDesk"_s;
}

QString KeychainCredentialStore::keyFor(const QString& accountId, const QString& name) {
    return accountId + QLatin1Char('/') + name;
}

QString KeychainCredentialStore::unavailableMessage() {
    return tr("RewardDesk cannot reach your system's secure storage (Secret Service / Keychain / Credential "
              "Manager). You can use this credential for this session only; it will not be saved.");
}

void KeychainCredentialStore::read(const QString& accountId, const QString& name, QObject* context, Callback done) {
    const detail::GuardedCallback callback(context, std::move(done));
    if (rejectInvalid(accountId, name, callback))
        return;
    run(Op::Read, accountId, name, {}, [callback](const CredentialResult& result) { callback(result); });
}

void KeychainCredentialStore::write(const QString& accountId, const QString& name, const QByteArray& secret,
                                    QObject* context, Callback done) {
    const detail::GuardedCallback callback(context, std::move(done));
    if (rejectInvalid(accountId, name, callback))
        return;
    // Indexed first: a write that times out may still land, and removeAll() must find it then.
    addToIndex(accountId, name);
    run(Op::Write, accountId, name, secret, [callback](const CredentialResult& result) { callback(result); });
}

void KeychainCredentialStore::remove(const QString& accountId, const QString& name, QObject* context, Callback done) {
    const detail::GuardedCallback callback(context, std::move(done));
    if (rejectInvalid(accountId, name, callback))
        return;
    run(Op::Remove, accountId, name, {}, [this, accountId, name, callback](const CredentialResult& result) {
        if (result.status == CredentialResult::Status::Ok)
            removeFromIndex(accountId, name);
        callback(result);
    });
}

void KeychainCredentialStore::removeAll(const QString& accountId, QObject* context, Callback done) {
    const detail::GuardedCallback callback(context, std::move(done));
    if (rejectInvalid(accountId, u"all"_s, callback))
        return;
    const QStringList names = indexedNames(accountId);
    qCInfo(lcCredentials) << "removeAll" << accountId << names;
    removeChain(accountId, names, callback);
}

void KeychainCredentialStore::removeChain(const QString& accountId, QStringList remaining,
                                          const detail::GuardedCallback& done) {
    if (remaining.isEmpty()) {
        clearIndex(accountId);
        CredentialResult result;
        result.status = CredentialResult::Status::Ok;
        post(done, std::move(result));
        return;
    }
    const QString name = remaining.takeFirst();
    run(Op::Remove, accountId, name, {}, [this, accountId, name, remaining, done](const CredentialResult& result) {
        if (result.status != CredentialResult::Status::Ok) {
            done(result); // the rest stays indexed: a later removeAll() retries it
            return;
        }
        removeFromIndex(accountId, name);
        removeChain(accountId, remaining, done);
    });
}

void KeychainCredentialStore::checkAvailability(QObject* context, AvailabilityCallback done) {
    const detail::GuardedCallback callback(context, [done = std::move(done)](const CredentialResult& result) {
        const bool available = result.status != CredentialResult::Status::Unavailable;
        done(available, available ? QString() : result.message);
    });
    run(Op::Read, ProbeAccount, ProbeName, {}, [callback](const CredentialResult& result) { callback(result); });
}

void KeychainCredentialStore::run(Op op, const QString& accountId, const QString& name, const QByteArray& secret,
                                  Done done) {
    auto pending = std::make_shared<Pending>();
    pending->op = op;
    pending->accountId = accountId;
    pending->name = name;
    pending->done = std::move(done);
    pending->clock.start();

    // No parent: a job must never be deleted while running (the backends call back into it), so neither this store
    // nor anyone else owns it; it deletes itself after finished() (autoDelete).
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Op::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName());
        // Binary (stored base64-encoded with type=base64 on libsecret): any bytes survive, and one consistent type
        // means an overwrite replaces the entry instead of adding a second one of the other type.
        writeJob->setBinaryData(secret);
        job = writeJob;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(accountId, name));

    // Direct: the job deletes itself (deleteLater) right after finished(), so its result is read here and now.
    connect(job, &QKeychain::Job::finished, this, [this, pending](QKeychain::Job* finishedJob) {
        const auto error = finishedJob->error();
        if (pending->settled) {
            qCInfo(lcCredentials) << opName(int(pending->op)) << pending->accountId << pending->name
                                  << "late result after the deadline ignored, keychain error" << int(error) << "after"
                                  << pending->clock.elapsed() << "ms";
            return;
        }
        CredentialResult result;
        if (error == QKeychain::NoError) {
            result.status = CredentialResult::Status::Ok;
            if (pending->op == Op::Read)
                result.secret = static_cast<QKeychain::ReadPasswordJob*>(finishedJob)->binaryData();
        } else if (error == QKeychain::EntryNotFound && pending->op != Op::Write) {
            result.status = pending->op == Op::Read ? CredentialResult::Status::NotFound : CredentialResult::Status::Ok;
        } else {
            result.status = CredentialResult::Status::Unavailable;
            result.message = error == QKeychain::AccessDenied
                                 ? tr("Your system's secure storage is locked or refused access to RewardDesk. Unlock "
                                      "it and try again, or use this credential for this session only; it will not "
                                      "be saved.")
                                 : unavailableMessage();
            // errorString() comes from the backend (D-Bus error text): it never contains the value.
            qCWarning(lcCredentials) << opName(int(pending->op)) << pending->accountId << pending->name
                                     << "secure storage unavailable, keychain error" << int(error)
                                     << finishedJob->errorString();
        }
        settle(pending, std::move(result));
    });

    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);
    connect(pending->timer, &QTimer::timeout, this, [this, pending] {
        if (pending->settled)
            return;
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
        qCWarning(lcCredentials) << opName(int(pending->op)) << pending->accountId << pending->name
                                 << "no answer from secure storage within" << m_timeout.count() << "ms";
        CredentialResult result;
        result.status = CredentialResult::Status::Unavailable;
        result.message = tr("Your system's secure storage did not answer within %n second(s); it may be waiting for "
                            "you to unlock it. You can use this credential for this session only; it will not be "
                            "saved.",
                            nullptr, int(std::max<qint64>(1, seconds)));
        settle(pending, std::move(result));
    });
    pending->timer->start(m_timeout);

    qCDebug(lcCredentials) << opName(int(op)) << accountId << name << "started";
    job->start();
}

void KeychainCredentialStore::settle(const std::shared_ptr<Pending>& pending, CredentialResult result) {
    pending->settled = true;
    if (pending->timer) {
        pending->timer->stop();
        pending->timer->deleteLater();
        pending->timer = nullptr;
    }
    static const char* const statusNames[] = {"ok", "not found", "unavailable"};
    qCInfo(lcCredentials) << opName(int(pending->op)) << pending->accountId << pending->name
                          << statusNames[int(result.status)] << "in" << pending->clock.elapsed() << "ms";
    // Moved out first: the callback may destroy this store or start new operations.
    const Done done = std::move(pending->done);
    pending->done = nullptr;
    if (done)
        done(result);
}

void KeychainCredentialStore::post(const detail::GuardedCallback& done, CredentialResult result) {
    QMetaObject::invokeMethod(
        this, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

bool KeychainCredentialStore::rejectInvalid(const QString& accountId, const QString& name,
                                            const detail::GuardedCallback& done) {
    if (isValidPart(accountId) && isValidPart(name))
        return false;
    qCCritical(lcCredentials) << "refused an invalid credential key (account id or name outside [A-Za-z0-9._-])";
    CredentialResult result;
    result.status = CredentialResult::Status::Unavailable;
    result.message = tr("Internal error: invalid credential name.");
    post(done, std::move(result));
    return true;
}

QStringList KeychainCredentialStore::indexedNames(const QString& accountId) const {
    m_index->beginGroup(IndexGroup);
    QStringList names = m_index->value(accountId).toStringList();
    m_index->endGroup();
    return names;
}

void KeychainCredentialStore::addToIndex(const QString& accountId, const QString& name) {
    QStringList names = indexedNames(accountId);
    if (names.contains(name))
        return;
    names.append(name);
    m_index->beginGroup(IndexGroup);
    m_index->setValue(accountId, names);
    m_index->endGroup();
    m_index->sync();
}

void KeychainCredentialStore::removeFromIndex(const QString& accountId, const QString& name) {
    QStringList names = indexedNames(accountId);
    if (!names.removeAll(name))
        return;
    m_index->beginGroup(IndexGroup);
    if (names.isEmpty())
        m_index->remove(accountId);
    else
        m_index->setValue(accountId, names);
    m_index->endGroup();
    m_index->sync();
}

void KeychainCredentialStore::clearIndex(const QString& accountId) {
    m_index->beginGroup(IndexGroup);
    m_index->remove(accountId);
    m_index->endGroup();
    m_index->sync();
}

} // namespace rd
