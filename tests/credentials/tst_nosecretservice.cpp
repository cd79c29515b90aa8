// With NO Secret Service at all, the keychain store must say so plainly within seconds and nothing may reach the
// disk. The test builds that world itself (even when run inside scripts/with-test-keyring.sh): it re-runs this
// executable as a child under `dbus-run-session --config-file=<a bus with no service directories>`, with HOME and
// every XDG directory pointed into a temporary directory. The child writes a canary secret through
// KeychainCredentialStore (and the session-only MemoryCredentialStore the user may fall back to) and saves an account
// with AccountStore; the parent then searches every file under the temporary directory, and the child's output, for
// the canary.
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include "api/accounts/account.h"
#include "api/accounts/accountstore.h"
#include "api/accounts/accountvalidation.h"
#include "api/credentials/keychaincredentialstore.h"
#include "api/credentials/memorycredentialstore.h"
#include "credentials/credentialtestutil.h"

#include <cstdio>

using namespace Qt::StringLiterals;
using rd::CredentialResult;
using Status = rd::CredentialResult::Status;

namespace {

const char ChildSwitch[] = "REWARDDESK_NOSS_CHILD";
const char CanaryVariable[] = "REWARDDESK_NOSS_CANARY";

// A session bus with no <servicedir> and no <standard_session_servicedirs/>: nothing can be activated on it, so no
// org.freedesktop.secrets. (Pointing XDG_DATA_DIRS at an empty directory is not enough: dbus-daemon still reads
// /usr/share/dbus-1/services and would start gnome-keyring.)
const char BusConfig[] = // (no raw string literal: moc's scanner trips over it)
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig>\n"
    "  <type>session</type>\n"
    "  <listen>unix:tmpdir=/tmp</listen>\n"
    "  <auth>EXTERNAL</auth>\n"
    "  <policy context=\"default\">\n"
    "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
    "    <allow eavesdrop=\"true\"/>\n"
    "    <allow own=\"*\"/>\n"
    "  </policy>\n"
    "</busconfig>\n";

const char* statusName(Status status) {
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::NotFound:
        return "notfound";
    case Status::Unavailable:
        return "unavailable";
    }
    return "?";
}

// ---- child side -----------------------------------------------------------------------------------------------

int runChild(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"RewardDesk"_s);
    QCoreApplication::setApplicationName(u"RewardDesk"_s);
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray canary = qgetenv(CanaryVariable);
    if (canary.isEmpty())
        return 2;
    QTextStream out(stdout);
    const QString accountId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QSettings settings;                           // the app's default settings file, under the temporary HOME
    rd::KeychainCredentialStore store(&settings); // product default deadline (8 s)

    QElapsedTimer clock;
    clock.start();
    std::optional<bool> available;
    QString availabilityMessage;
    store.checkAvailability(nullptr, [&](bool ok, const QString& message) {
        available = ok;
        availabilityMessage = message;
    });
    (void)QTest::qWaitFor([&] { return available.has_value(); }, 15000);
    out << "available=" << (available ? int(*available) : -1) << " ms=" << clock.elapsed() << "\n";
    out << "availabilityMessage=" << availabilityMessage << "\n";

    clock.restart();
    const auto written =
        rd::test::await([&](auto done) { store.write(accountId, u"api_key"_s, canary, nullptr, done); }, 15000);
    out << "write=" << (written ? statusName(written->status) : "none") << " ms=" << clock.elapsed() << "\n";
    out << "writeMessage=" << (written ? written->message : QString()) << "\n";

    clock.restart();
    const auto read = rd::test::await([&](auto done) { store.read(accountId, u"api_key"_s, nullptr, done); }, 15000);
    out << "read=" << (read ? statusName(read->status) : "none") << " ms=" << clock.elapsed() << "\n";

    // What the user may then do: keep the key for this session only.
    rd::MemoryCredentialStore sessionOnly;
    const auto kept =
        rd::test::await([&](auto done) { sessionOnly.write(accountId, u"api_key"_s, canary, nullptr, done); });
    out << "sessionOnly=" << (kept ? statusName(kept->status) : "none") << "\n";

    rd::AccountStore accounts(&settings);
    rd::Account account;
    account.id = accountId;
    account.vendor = rd::Vendor::Tremendous;
    account.environment = rd::Environment::Production;
    account.baseUrl = rd::Account::defaultBaseUrl(account.vendor, account.environment);
    account.displayName = u"Canary account"_s;
    account.secretHint = rd::secretHint(QString::fromUtf8(canary));
    QString error;
    const QString added = accounts.add(account, &error);
    settings.sync();
    out << "account=" << added << "\n";
    out << "accountError=" << error << "\n";
    out << "settings=" << settings.fileName() << "\n";
    out.flush();
    return 0;
}

// ---- parent side ----------------------------------------------------------------------------------------------

QMap<QString, QString> parseChild(const QByteArray& output) {
    QMap<QString, QString> values;
    for (const QByteArray& rawLine : output.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        // "key=value" or "key=value ms=N"
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        QString value = line.mid(eq + 1);
        const qsizetype ms = value.lastIndexOf(u" ms="_s);
        if (ms >= 0 && !key.endsWith(u"Message"_s)) {
            values.insert(key + u"Ms"_s, value.mid(ms + 4));
            value = value.left(ms);
        }
        values.insert(key, value);
    }
    return values;
}

// Every regular file under `root` (hidden ones included, symlinks not followed) that contains one of `needles`.
QStringList filesContaining(const QString& root, const QList<QByteArray>& needles, int* scanned) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++*scanned;
        const QByteArray contents = file.readAll();
        for (const QByteArray& needle : needles) {
            if (contents.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

} // namespace

class TestNoSecretService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unavailableWithinSecondsAndNothingOnDisk() {
        const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        if (dbusRunSession.isEmpty()) {
            if (qEnvironmentVariable("REWARDDESK_TEST_KEYRING") == u"1"_s)
                QFAIL("dbus-run-session (package dbus) is missing");
            QSKIP("dbus-run-session is not installed");
        }

        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString home = root.filePath(u"home"_s);
        const QString emptyData = root.filePath(u"empty-data"_s);
        const QString runtime = root.filePath(u"runtime"_s);
        for (const QString& dir : QStringList{home, home + u"/.config"_s, home + u"/.cache"_s,
                                              home + u"/.local/share"_s, home + u"/tmp"_s, emptyData, runtime})
            QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString busConfig = root.filePath(u"bus.conf"_s);
        {
            QFile file(busConfig);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(BusConfig);
        }

        const QByteArray canary = "PROD_nosecretservice-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : env.keys()) {
            if (name.startsWith(u"DBUS_"_s) || name.startsWith(u"GNOME_KEYRING"_s) || name.startsWith(u"XDG_"_s))
                env.remove(name);
        }
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"XDG_DATA_DIRS"_s, emptyData);
        env.insert(u"XDG_CONFIG_DIRS"_s, emptyData);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        env.insert(u"TMPDIR"_s, home + u"/tmp"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"rewarddesk.*.debug=true"_s);
        env.insert(QString::fromLatin1(ChildSwitch), u"1"_s);
        env.insert(QString::fromLatin1(CanaryVariable), QString::fromLatin1(canary));

        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(home);
        QElapsedTimer clock;
        clock.start();
        child.start(dbusRunSession,
                    {u"--config-file="_s + busConfig, u"--"_s, QCoreApplication::applicationFilePath()});
        QVERIFY2(child.waitForFinished(60000), "the child did not finish within 60 s");
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        qInfo().noquote() << "child ran" << clock.elapsed() << "ms; stdout:\n" << out;
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, err.constData());

        const QMap<QString, QString> result = parseChild(out);
        const QString plainMessage = rd::KeychainCredentialStore::unavailableMessage();

        // Told plainly, within seconds.
        QCOMPARE(result.value(u"available"_s), u"0"_s);
        QVERIFY(result.value(u"availableMs"_s).toInt() < 10000);
        QCOMPARE(result.value(u"availabilityMessage"_s), plainMessage);
        QCOMPARE(result.value(u"write"_s), u"unavailable"_s);
        QVERIFY2(result.value(u"writeMs"_s).toInt() < 10000, qPrintable(result.value(u"writeMs"_s)));
        QCOMPARE(result.value(u"writeMessage"_s), plainMessage);
        QCOMPARE(result.value(u"read"_s), u"unavailable"_s);
        QVERIFY(result.value(u"readMs"_s).toInt() < 10000);
        QCOMPARE(result.value(u"sessionOnly"_s), u"ok"_s);
        QVERIFY2(!result.value(u"account"_s).isEmpty(), qPrintable(result.value(u"accountError"_s)));

        // The child really wrote its settings under the temporary HOME (so the search below is not vacuous)...
        const QString settingsPath = result.value(u"settings"_s);
        QVERIFY2(settingsPath.startsWith(home + u"/"_s), qPrintable(settingsPath));
        QFile settingsFile(settingsPath);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settings = settingsFile.readAll();
        QVERIFY(settings.contains(result.value(u"account"_s).toUtf8()));
        QVERIFY(settings.contains("credentialIndex"));
        QVERIFY(settings.contains(QByteArray("secretHint=" + canary.right(4))));
        // ...and no Secret Service was started behind our back.
        QVERIFY(!QDir(home + u"/.local/share/keyrings"_s).exists());

        // The canary, as is, base64 or hex: in no file under the temporary directory, nor in the child's output/logs.
        const QList<QByteArray> needles = {canary, canary.toBase64(), canary.toHex()};
        int scanned = 0;
        const QStringList leaks = filesContaining(root.path(), needles, &scanned);
        qInfo() << "scanned" << scanned << "files under" << root.path();
        QVERIFY(scanned >= 2); // at least bus.conf and the settings file
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
        for (const QByteArray& needle : needles) {
            QVERIFY(!out.contains(needle));
            QVERIFY(!err.contains(needle));
        }
        QVERIFY2(err.contains("rewarddesk.credentials"), "the child's logs were not captured"); // logs were searched

        // The search itself works: a planted copy is found.
        QTemporaryDir control;
        QFile planted(control.filePath(u"sub/planted.ini"_s));
        QVERIFY(QDir().mkpath(control.filePath(u"sub"_s)));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("key=" + canary.toBase64() + "\n");
        planted.close();
        int controlScanned = 0;
        QCOMPARE(filesContaining(control.path(), needles, &controlScanned), QStringList{planted.fileName()});
    }
};

int main(int argc, char** argv) {
    if (qEnvironmentVariable(ChildSwitch) == u"1"_s)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestNoSecretService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosecretservice.moc"
