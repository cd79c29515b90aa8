// `rewarddesk --demo` under the offscreen platform starts, shows (paints) the main window on the built-in sandbox,
// and quits cleanly on request (SIGTERM closes the window through the event loop, exit code 0). Also: --version,
// and the plain message instead of a crash when there is no display.
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoStartsPaintsAndQuits();
    void versionPrintsTheVersion();
    void noDisplayExplainsInsteadOfCrashing();

private:
    QProcessEnvironment isolatedEnvironment(const QTemporaryDir& home) const;
};

QProcessEnvironment TestDemo::isolatedEnvironment(const QTemporaryDir& home) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    return env;
}

void TestDemo::demoStartsPaintsAndQuits() {
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = isolatedEnvironment(home);
    // Keep the user's keyring out of it: the demo uses in-memory sample credentials only.
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(REWARDDESK_BINARY),
              {QStringLiteral("--demo"), QStringLiteral("--size"), QStringLiteral("50")});
    QVERIFY(app.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += app.readAllStandardOutput()).contains("RewardDesk ready"), 20000);
    QTest::qWait(500); // let the demo accounts arrive
    app.terminate();   // SIGTERM
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(!err.contains("QEventLoop") && !err.contains("ASSERT"), err.constData());
    // The window state was saved on the way out.
    QVERIFY(QFile::exists(home.filePath(QStringLiteral("config/RewardDesk/RewardDesk/ui.ini"))));
}

void TestDemo::versionPrintsTheVersion() {
    QProcess app;
    app.start(QStringLiteral(REWARDDESK_BINARY), {QStringLiteral("--version")});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(app.readAllStandardOutput().contains(REWARDDESK_VERSION_STRING));
}

void TestDemo::noDisplayExplainsInsteadOfCrashing() {
    QTemporaryDir home;
    QProcessEnvironment env = isolatedEnvironment(home);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(REWARDDESK_BINARY), {QStringLiteral("--demo")});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("xvfb-run"));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
