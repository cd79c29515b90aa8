// SandboxHost: the sandbox in its own thread (ready/failed, thread-safe faults, prompt shutdown).

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxhost.h"
#include "api/sandbox/sandboxserver.h"
#include "sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

class TestSandboxHost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsAndServes();
    void runsOffTheCallersThread();
    void faultsFromAnotherThread();
    void busyPortFails();
    void secondStartFails();
    void destructionIsPromptWithPendingReplies();

private:
    static bool startHost(SandboxHost& host, quint16 port = 0) {
        QSignalSpy ready(&host, &SandboxHost::ready);
        host.start(port, 11, 20);
        return ready.wait(5000) || ready.count() == 1;
    }
    static QNetworkRequest triggRequest(const SandboxHost& host, const QString& path) {
        QUrl url = host.baseUrl(Vendor::Trigg);
        url.setPath(url.path() + path);
        return requestFor(url, {{"x-api-key", SandboxServer::demoCredentials(Vendor::Trigg).apiKey}});
    }
};

void TestSandboxHost::startsAndServes() {
    SandboxHost host;
    QVERIFY(!host.isReady());
    QVERIFY(!host.baseUrl(Vendor::Tremendous).isValid());
    QSignalSpy ready(&host, &SandboxHost::ready);
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start(0, 11, 20);
    QVERIFY(ready.wait(5000));
    QCOMPARE(failed.count(), 0);
    const quint16 port = ready.first().first().value<quint16>();
    QVERIFY(port != 0);
    QCOMPARE(host.port(), port);
    QCOMPARE(host.baseUrl(Vendor::Tremendous).toString(), u"http://127.0.0.1:%1/tremendous/api/v2"_s.arg(port));

    QNetworkAccessManager nam;
    QUrl url = host.baseUrl(Vendor::Tremendous);
    url.setPath(url.path() + u"/funding_sources"_s);
    const HttpResult r = send(
        nam,
        requestFor(url, {{"Authorization", "Bearer " + SandboxServer::demoCredentials(Vendor::Tremendous).apiKey}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().contains("funding_sources"_L1));

    // The same seed and size in the caller's thread give the same data.
    SandboxServer local(11, 20);
    QVERIFY(local.listen());
    QUrl localUrl = local.baseUrl(Vendor::Tremendous);
    localUrl.setPath(localUrl.path() + u"/funding_sources"_s);
    QCOMPARE(send(nam, requestFor(localUrl, {{"Authorization",
                                              "Bearer " + SandboxServer::demoCredentials(Vendor::Tremendous).apiKey}}))
                 .body,
             r.body);
}

void TestSandboxHost::runsOffTheCallersThread() {
    SandboxHost host;
    QVERIFY(startHost(host));
    Fault trickle;
    trickle.kind = Fault::Kind::Trickle;
    trickle.path = u"/trigg/v4/customers/id/<id>"_s;
    trickle.chunkBytes = 64;
    trickle.intervalMs = 20;
    host.faults()->add(trickle);

    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), host.port());
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 3000);
    SandboxServer reference(11, 20);
    const QByteArray path =
        triggRequest(host, u"/customers/id/"_s + reference.triggCustomerId(0)).url().path().toLatin1();
    socket.write("GET " + path + " HTTP/1.1\r\nHost: x\r\nx-api-key: " +
                 SandboxServer::demoCredentials(Vendor::Trigg).apiKey + "\r\nConnection: close\r\n\r\n");
    QVERIFY(socket.flush());
    // Block this thread on purpose: a server in this thread could not trickle meanwhile; the host's thread does.
    QThread::msleep(900);
    // What the host sent while this thread slept is already waiting in the socket: take it without waiting.
    QCoreApplication::processEvents();
    received += socket.readAll();
    const qint64 sentDuringSleep = received.size();
    QVERIFY2(sentDuringSleep > 64 * 10, QByteArray::number(sentDuringSleep).constData()); // many trickled chunks
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 3000);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(received.size() > 64 * 10); // many chunks, all sent while this thread slept
}

void TestSandboxHost::faultsFromAnotherThread() {
    SandboxHost host;
    QVERIFY(host.faults() == nullptr);
    QVERIFY(startHost(host));
    QVERIFY(host.faults() != nullptr);
    host.faults()->inject(Fault::Kind::ServerError, u"/trigg/*"_s, 1);
    QNetworkAccessManager nam;
    SandboxServer reference(11, 20);
    const QNetworkRequest request = triggRequest(host, u"/customers/id/"_s + reference.triggCustomerId(3));
    QCOMPARE(send(nam, request).status, 500);
    const HttpResult ok = send(nam, request);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value("data"_L1).toObject().value("id"_L1).toString(), reference.triggCustomerId(3));
}

void TestSandboxHost::busyPortFails() {
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress(QHostAddress::LocalHost), 0));
    SandboxHost host;
    QSignalSpy ready(&host, &SandboxHost::ready);
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start(blocker.serverPort());
    QVERIFY(failed.wait(5000));
    QCOMPARE(ready.count(), 0);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!host.isReady());
}

void TestSandboxHost::secondStartFails() {
    SandboxHost host;
    QVERIFY(startHost(host));
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start();
    QCOMPARE(failed.count(), 1);
    QVERIFY(host.isReady()); // the first one still runs
}

void TestSandboxHost::destructionIsPromptWithPendingReplies() {
    auto* host = new SandboxHost;
    QVERIFY(startHost(*host));
    Fault slow;
    slow.kind = Fault::Kind::Latency;
    slow.path = u"*"_s;
    slow.count = -1;
    slow.delayMs = 10000;
    slow.count = 5; // one per request below: the fault is gone once all five are held by the server
    host->faults()->add(slow);
    QNetworkAccessManager nam;
    SandboxServer reference(11, 20);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 5; ++i)
        replies.append(nam.get(prepared(triggRequest(*host, u"/customers/id/"_s + reference.triggCustomerId(i)))));
    // Every request reached the server and waits on its 10 s timer; none is answered.
    QTRY_VERIFY_WITH_TIMEOUT(host->faults()->faults().isEmpty(), 5000);
    for (QNetworkReply* reply : std::as_const(replies))
        QVERIFY(!reply->isFinished());
    // The destructor does not wait for those timers: had it waited, the five would have been answered (200).
    delete host;
    for (QNetworkReply* reply : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QVERIFY(reply->error() != QNetworkReply::NoError); // the connection went away with the server
        delete reply;
    }
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
