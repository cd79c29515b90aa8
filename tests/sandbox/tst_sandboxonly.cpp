// runSandboxOnly(): `rewarddesk --sandbox-only` serves in the current thread, prints the base URLs and demo
// credentials to stdout, and returns when the event loop quits.

#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

#include "api/sandbox/sandboxonly.h"
#include "api/sandbox/sandboxserver.h"
#include "sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
// Runs `body` with stdout (file descriptor 1) redirected into a file, and returns what was written.
template <typename F> QByteArray captureStdout(F body) {
    QTemporaryFile file;
    if (!file.open())
        return {};
    std::fflush(stdout);
    const int saved = ::dup(1);
    ::dup2(file.handle(), 1);
    body();
    std::fflush(stdout);
    ::dup2(saved, 1);
    ::close(saved);
    QFile read(file.fileName());
    if (!read.open(QIODevice::ReadOnly))
        return {};
    return read.readAll();
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort();
}
} // namespace

class TestSandboxOnly : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void servesPrintsAndReturns();
    void busyPortReturnsAtOnce();
};

void TestSandboxOnly::servesPrintsAndReturns() {
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QNetworkAccessManager nam;
    int status = 0;
    int exitCode = -1;
    // Once the loop runs: one request against the sandbox, then quit.
    QTimer::singleShot(0, &nam, [&] {
        QUrl url = QUrl(u"http://127.0.0.1:%1/trigg/v4/customers/id/unknown"_s.arg(port));
        QNetworkReply* reply =
            nam.get(requestFor(url, {{"x-api-key", SandboxServer::demoCredentials(Vendor::Trigg).apiKey}}));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &status] {
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            QCoreApplication::exit(7);
        });
    });
    QTimer::singleShot(5000, &nam, [] { QCoreApplication::exit(2); }); // a guard
    const QByteArray out = captureStdout([&] { exitCode = runSandboxOnly(port, 42, 30); });

    QCOMPARE(exitCode, 7); // returned with the loop's exit code
    QCOMPARE(status, 404); // it served (an authenticated lookup of an unknown customer)
    const QByteArray root = "http://127.0.0.1:" + QByteArray::number(port);
    const QList<QByteArray> expected = {root + "/trucentive/api/v1",
                                        root + "/tremendous/api/v2",
                                        root + "/cheetah",
                                        root + "/trigg/v4",
                                        SandboxServer::demoCredentials(Vendor::TruCentive).apiKey,
                                        SandboxServer::demoCredentials(Vendor::Tremendous).apiKey,
                                        SandboxServer::demoCredentials(Vendor::Cheetah).clientId,
                                        SandboxServer::demoCredentials(Vendor::Cheetah).clientSecret,
                                        SandboxServer::demoCredentials(Vendor::Trigg).apiKey,
                                        root + "/_sandbox/faults",
                                        QByteArray("seed 42")};
    for (const QByteArray& text : expected)
        QVERIFY2(out.contains(text), text.constData());
}

void TestSandboxOnly::busyPortReturnsAtOnce() {
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(2); });
    guard.start(3000);
    QCOMPARE(runSandboxOnly(blocker.serverPort(), 1, 10), 1);
}

QTEST_GUILESS_MAIN(TestSandboxOnly)
#include "tst_sandboxonly.moc"
