// Runs against a real Secret Service: the throwaway, unlocked gnome-keyring of scripts/with-test-keyring.sh (which
// sets REWARDDESK_TEST_KEYRING=1). Outside that script the test skips, so it never touches a person's own keyring;
// inside it, an unreachable keyring is a failure, never a skip.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "api/credentials/keychaincredentialstore.h"
#include "credentials/credentialtestutil.h"

#include <memory>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rd::CredentialResult;
using rd::KeychainCredentialStore;
using rd::test::await;
using rd::test::SecretTool;
using Status = rd::CredentialResult::Status;

namespace {

QString newAccountId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString key(const QString& accountId, const QString& name) {
    return KeychainCredentialStore::keyFor(accountId, name);
}

// The pid of the process that owns org.freedesktop.secrets on this test's (private) session bus.
qint64 secretServicePid() {
    QProcess p;
    p.start(u"dbus-send"_s,
            {u"--session"_s, u"--print-reply=literal"_s, u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
             u"org.freedesktop.DBus.GetConnectionUnixProcessID"_s, u"string:org.freedesktop.secrets"_s});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return -1;
    const QList<QByteArray> words = p.readAllStandardOutput().simplified().split(' ');
    return words.isEmpty() ? -1 : words.last().toLongLong();
}

} // namespace

class TestKeychainCredentialStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_index;
    std::unique_ptr<KeychainCredentialStore> m_store;

    CredentialResult write(const QString& accountId, const QString& name, const QByteArray& secret) {
        const auto r = await([&](auto done) { m_store->write(accountId, name, secret, this, done); });
        return r.value_or(CredentialResult{Status::Unavailable, {}, u"no callback"_s});
    }
    CredentialResult read(const QString& accountId, const QString& name) {
        const auto r = await([&](auto done) { m_store->read(accountId, name, this, done); });
        return r.value_or(CredentialResult{Status::Unavailable, {}, u"no callback"_s});
    }
    CredentialResult remove(const QString& accountId, const QString& name) {
        const auto r = await([&](auto done) { m_store->remove(accountId, name, this, done); });
        return r.value_or(CredentialResult{Status::Unavailable, {}, u"no callback"_s});
    }
    CredentialResult removeAll(const QString& accountId) {
        const auto r = await([&](auto done) { m_store->removeAll(accountId, this, done); });
        return r.value_or(CredentialResult{Status::Unavailable, {}, u"no callback"_s});
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("REWARDDESK_TEST_KEYRING") != u"1"_s)
            QSKIP("Needs the throwaway keyring of scripts/with-test-keyring.sh (REWARDDESK_TEST_KEYRING=1); skipped so "
                  "that it never writes to your own keyring.");
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(), "secret-tool (libsecret-tools) missing");

        m_index = std::make_unique<QSettings>(m_dir.filePath(u"index.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<KeychainCredentialStore>(m_index.get());
        QCOMPARE(m_store->timeout(), KeychainCredentialStore::DefaultTimeout);
        QVERIFY(!m_store->isSessionOnly());

        QElapsedTimer clock;
        clock.start();
        std::optional<bool> available;
        QString message;
        m_store->checkAvailability(this, [&](bool ok, const QString& why) {
            available = ok;
            message = why;
        });
        QVERIFY2(QTest::qWaitFor([&] { return available.has_value(); }, 10000), "no availability answer in 10 s");
        // REWARDDESK_TEST_KEYRING=1 promises a keyring: fail loudly, never skip, so CI cannot pass by skipping.
        QVERIFY2(*available, qPrintable(u"The test keyring is unreachable: "_s + message));
        QVERIFY(message.isEmpty());
        qInfo() << "secure storage available, answered in" << clock.elapsed() << "ms";
    }

    void roundTrip() {
        const QString account = newAccountId();
        const QByteArray secret = "PROD_roundtrip-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QVERIFY(!SecretTool::lookup(key(account, u"api_key"_s)));

        QCOMPARE(write(account, u"api_key"_s, secret).status, Status::Ok);
        // Seen by libsecret's own tool: one item, service RewardDesk, key "<account>/api_key", base64 (binary entry).
        QCOMPARE(SecretTool::lookup(key(account, u"api_key"_s)), std::optional<QByteArray>(secret.toBase64()));
        QCOMPARE(SecretTool::count(key(account, u"api_key"_s)), 1);
        QCOMPARE(m_store->indexedNames(account), QStringList{u"api_key"_s});

        const CredentialResult got = read(account, u"api_key"_s);
        QCOMPARE(got.status, Status::Ok);
        QCOMPARE(got.secret, secret);
        QVERIFY(got.message.isEmpty());

        QCOMPARE(remove(account, u"api_key"_s).status, Status::Ok);
        QVERIFY(!SecretTool::lookup(key(account, u"api_key"_s)));
        QCOMPARE(SecretTool::count(key(account, u"api_key"_s)), 0);
        QVERIFY(m_store->indexedNames(account).isEmpty());

        const CredentialResult gone = read(account, u"api_key"_s);
        QCOMPARE(gone.status, Status::NotFound);
        QVERIFY(gone.secret.isEmpty());
    }

    void binarySecretAndOverwrite() {
        const QString account = newAccountId();
        static const char raw[] = "\x00\xff\xfe line\nbreak \x00\x01";
        const QByteArray binary(raw, sizeof(raw) - 1); // NULs, invalid UTF-8, a line break
        QCOMPARE(write(account, u"client_secret"_s, binary).status, Status::Ok);
        QCOMPARE(read(account, u"client_secret"_s).secret, binary);

        // An overwrite replaces the entry (one item, newest value), it does not add a second one.
        QCOMPARE(write(account, u"client_secret"_s, "plain-text-secret"_ba).status, Status::Ok);
        QCOMPARE(read(account, u"client_secret"_s).secret, "plain-text-secret"_ba);
        QCOMPARE(SecretTool::count(key(account, u"client_secret"_s)), 1);

        QCOMPARE(removeAll(account).status, Status::Ok);
        QCOMPARE(SecretTool::count(key(account, u"client_secret"_s)), 0);
    }

    void missingEntries() {
        const QString account = newAccountId();
        QCOMPARE(read(account, u"api_key"_s).status, Status::NotFound);
        QCOMPARE(remove(account, u"api_key"_s).status, Status::Ok); // deleting nothing is not an error
        QCOMPARE(removeAll(account).status, Status::Ok);            // empty index: still answered, asynchronously
    }

    void removeAllRemovesEveryKeyOfOneAccountOnly() {
        const QString cheetah = newAccountId();
        const QString trigg = newAccountId();
        QCOMPARE(write(cheetah, u"client_id"_s, "cheetah-client-id"_ba).status, Status::Ok);
        QCOMPARE(write(cheetah, u"client_secret"_s, "cheetah-client-secret"_ba).status, Status::Ok);
        QCOMPARE(write(cheetah, u"api_key"_s, "cheetah-extra"_ba).status, Status::Ok);
        QCOMPARE(write(trigg, u"api_key"_s, "trigg-api-key"_ba).status, Status::Ok);
        QCOMPARE(m_store->indexedNames(cheetah), (QStringList{u"client_id"_s, u"client_secret"_s, u"api_key"_s}));
        for (const QString& name : {u"client_id"_s, u"client_secret"_s, u"api_key"_s})
            QVERIFY(SecretTool::lookup(key(cheetah, name)));

        QCOMPARE(removeAll(cheetah).status, Status::Ok);

        for (const QString& name : {u"client_id"_s, u"client_secret"_s, u"api_key"_s}) {
            QVERIFY2(!SecretTool::lookup(key(cheetah, name)), qPrintable(name));
            QCOMPARE(read(cheetah, name).status, Status::NotFound);
        }
        QVERIFY(m_store->indexedNames(cheetah).isEmpty());
        // The other account is untouched.
        QCOMPARE(SecretTool::lookup(key(trigg, u"api_key"_s)),
                 std::optional<QByteArray>("trigg-api-key"_ba.toBase64()));
        QCOMPARE(read(trigg, u"api_key"_s).secret, "trigg-api-key"_ba);
        QCOMPARE(m_store->indexedNames(trigg), QStringList{u"api_key"_s});
        QCOMPARE(removeAll(trigg).status, Status::Ok);
        QVERIFY(!SecretTool::lookup(key(trigg, u"api_key"_s)));
    }

    void removeAllSurvivesStaleIndexEntries() {
        const QString account = newAccountId();
        QCOMPARE(write(account, u"api_key"_s, "value"_ba).status, Status::Ok);
        m_index->setValue(u"credentialIndex/"_s + account, QStringList{u"never_written"_s, u"api_key"_s});
        QCOMPARE(removeAll(account).status, Status::Ok);
        QVERIFY(!SecretTool::lookup(key(account, u"api_key"_s)));
        QVERIFY(m_store->indexedNames(account).isEmpty());
    }

    void indexHoldsNamesNeverValues() {
        const QString account = newAccountId();
        const QByteArray secret = "PROD_index-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QCOMPARE(write(account, u"api_key"_s, secret).status, Status::Ok);
        m_index->sync();
        QFile file(m_index->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains(account.toUtf8()));
        QVERIFY(contents.contains("api_key"));
        QVERIFY(!contents.contains(secret));
        QVERIFY(!contents.contains(secret.toBase64()));
        QCOMPARE(removeAll(account).status, Status::Ok);
    }

    void invalidKeysAreRefused() {
        const CredentialResult r = write(u"a/b"_s, u"api_key"_s, "value"_ba);
        QCOMPARE(r.status, Status::Unavailable);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(write(u"acc"_s, QString(), "value"_ba).status, Status::Unavailable);
        QVERIFY(!SecretTool::lookup(u"a/b/api_key"_s));
        QVERIFY(m_store->indexedNames(u"a/b"_s).isEmpty());
    }

    void burstOfOperationsCompletesInOrder() {
        const QString account = newAccountId();
        QStringList order;
        int ok = 0;
        for (int i = 0; i < 8; ++i) {
            m_store->write(account, u"k%1"_s.arg(i), QByteArray::number(i), this, [&, i](const CredentialResult& r) {
                order.append(u"w%1"_s.arg(i));
                ok += r.status == Status::Ok;
            });
            m_store->read(account, u"k%1"_s.arg(i), this, [&, i](const CredentialResult& r) {
                order.append(u"r%1"_s.arg(i));
                ok += r.status == Status::Ok && r.secret == QByteArray::number(i);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 16, 20000);
        QCOMPARE(ok, 16);
        QStringList expected;
        for (int i = 0; i < 8; ++i)
            expected << u"w%1"_s.arg(i) << u"r%1"_s.arg(i);
        QCOMPARE(order, expected);
        QCOMPARE(removeAll(account).status, Status::Ok);
        QCOMPARE(SecretTool::count(key(account, u"k0"_s)), 0);
        QCOMPARE(SecretTool::count(key(account, u"k7"_s)), 0);
    }

    void destroyedContextGetsNoCallback() {
        const QString account = newAccountId();
        auto* context = new QObject;
        bool called = false;
        m_store->write(account, u"api_key"_s, "value"_ba, context,
                       [&called](const CredentialResult&) { called = true; });
        delete context;
        // Jobs run one at a time: once this later read has answered, the write has finished too.
        QCOMPARE(read(account, u"api_key"_s).secret, "value"_ba);
        QVERIFY(!called);
        QCOMPARE(removeAll(account).status, Status::Ok);
    }

    void storeDestroyedWhileJobsRun() {
        const QString account = newAccountId();
        bool called = false;
        {
            KeychainCredentialStore doomed(m_index.get());
            doomed.write(account, u"api_key"_s, "orphan"_ba, nullptr,
                         [&called](const CredentialResult&) { called = true; });
            doomed.read(account, u"api_key"_s, nullptr, [&called](const CredentialResult&) { called = true; });
            QTest::qWait(1); // let the jobs get going
        }
        // The jobs finish on their own (never deleted while running); nobody is called back and nothing crashes.
        QCOMPARE(read(account, u"api_key"_s).secret, "orphan"_ba);
        QVERIFY(!called);
        QCOMPARE(m_store->indexedNames(account), QStringList{u"api_key"_s}); // indexed before the write started
        QCOMPARE(removeAll(account).status, Status::Ok);
    }

    // A Secret Service that stops answering (here: the keyring daemon is paused) gives Unavailable at the deadline;
    // the job's late result is ignored, later jobs work, and a write that landed late is still found by removeAll().
    void deadlineThenLateResult() {
        const qint64 pid = secretServicePid();
        QVERIFY2(pid > 1, "cannot find the Secret Service's pid on the session bus");
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        QVERIFY(comm.open(QIODevice::ReadOnly));
        QVERIFY2(comm.readAll().startsWith("gnome-keyring"), "org.freedesktop.secrets is not our gnome-keyring");

        const QString account = newAccountId();
        m_store->setTimeout(400ms);
        QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
        auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });

        QElapsedTimer clock;
        clock.start();
        int calls = 0;
        CredentialResult late;
        m_store->write(account, u"api_key"_s, "landed-late"_ba, this, [&](const CredentialResult& r) {
            ++calls;
            late = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(late.status, Status::Unavailable);
        QVERIFY2(late.message.contains(u"did not answer"_s), qPrintable(late.message));
        QVERIFY2(elapsed >= 350 && elapsed < 3000, qPrintable(QString::number(elapsed)));

        resume.dismiss();
        QVERIFY(::kill(pid_t(pid), SIGCONT) == 0);
        m_store->setTimeout(KeychainCredentialStore::DefaultTimeout);

        // Queued behind the stuck write: answers once it has finished (its late result ignored, not delivered twice).
        const CredentialResult after = read(account, u"api_key"_s);
        QCOMPARE(after.status, Status::Ok);
        QCOMPARE(after.secret, "landed-late"_ba);
        QCOMPARE(calls, 1);
        QCOMPARE(m_store->indexedNames(account), QStringList{u"api_key"_s});
        QCOMPARE(removeAll(account).status, Status::Ok);
        QVERIFY(!SecretTool::lookup(key(account, u"api_key"_s)));
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
