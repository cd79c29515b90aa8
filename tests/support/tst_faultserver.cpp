// FaultServer itself: routing, scripts, recording, keep-alive, chunked bodies and each fault, driven by a raw
// QTcpSocket (so the bytes on the wire are checked) and by QNetworkAccessManager (keep-alive as Qt uses it).
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "support/faultserver.h"

using namespace Qt::StringLiterals;
using namespace rd::test;

class TestFaultServer : public QObject {
    Q_OBJECT

    FaultServer* m_server = nullptr;

    // Sends raw bytes on a new connection and collects everything until the server closes or `until` is seen.
    QByteArray exchange(const QByteArray& request, const QByteArray& until = {}, int timeoutMs = 3000,
                        bool* closed = nullptr) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QByteArray in;
        bool gone = false;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { in += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [&] { gone = true; });
        connect(&socket, &QTcpSocket::errorOccurred, this, [&] { gone = true; });
        connect(&socket, &QTcpSocket::connected, this, [&] { socket.write(request); });
        (void)QTest::qWaitFor([&] { return gone || (!until.isEmpty() && in.contains(until)); }, timeoutMs);
        in += socket.readAll();
        if (closed)
            *closed = gone;
        return in;
    }

private Q_SLOTS:
    void init() {
        m_server = new FaultServer(this);
        QVERIFY(m_server->listen());
        QVERIFY(m_server->port() > 0);
        QCOMPARE(m_server->baseUrl().toString(), u"http://127.0.0.1:%1"_s.arg(m_server->port()));
    }
    void cleanup() { delete m_server; }

    void routingScriptsAndRecording() {
        m_server->script("GET", u"/a"_s, {FaultResponse::json(200, "1"), FaultResponse::json(201, "2")});
        m_server->on("*", u"/any"_s, FaultResponse::text(202, "any"));
        m_server->handle("POST", u"/items/*"_s, [](const RecordedRequest& r) {
            return FaultResponse::json(200, r.path.toUtf8() + "|" + r.body + "|" + r.queryValue(u"q"_s));
        });
        auto get = [this](const QByteArray& target) {
            return exchange("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        };
        QVERIFY(get("/a").startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(get("/a").startsWith("HTTP/1.1 201 Created\r\n"));
        QVERIFY(get("/a").startsWith("HTTP/1.1 201 Created\r\n")); // the last response repeats
        QVERIFY(get("/any").endsWith("any"));
        QVERIFY(get("/nothing").startsWith("HTTP/1.1 404"));
        const QByteArray post = exchange("POST /items/A%20B?q=x%2By HTTP/1.1\r\nHost: x\r\nX-Custom: Yes\r\n"
                                         "Content-Length: 5\r\nConnection: close\r\n\r\nhello");
        QVERIFY2(post.endsWith("/items/A B|hello|x+y"), post.constData());
        QCOMPARE(m_server->count("GET", u"/a"_s), 3);
        QCOMPARE(m_server->count("*", u"/any"_s), 1);
        QCOMPARE(m_server->count("POST", u"/items/*"_s), 1);
        QCOMPARE(m_server->totalCount(), 6);
        const RecordedRequest last = m_server->lastRequest();
        QCOMPARE(last.method, QByteArray("POST"));
        QCOMPARE(last.rawTarget, QByteArray("/items/A%20B?q=x%2By"));
        QCOMPARE(last.header("x-custom"), QByteArray("Yes"));
        QVERIFY(last.hasHeader("HOST"));
        QCOMPARE(last.sequence, 6);
        m_server->clearRecords();
        QCOMPARE(m_server->totalCount(), 0);
    }

    void chunkedBodyAndExpectContinue() {
        m_server->handle("POST", u"/c"_s, [](const RecordedRequest& r) { return FaultResponse::text(200, r.body); });
        const QByteArray chunked = exchange("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                            "Connection: close\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
        QVERIFY2(chunked.endsWith("hello world"), chunked.constData());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
        socket.write("POST /c HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        QTRY_VERIFY(socket.bytesAvailable() > 0);
        QCOMPARE(socket.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write("abc");
        QTRY_VERIFY(socket.bytesAvailable() > 0);
        QVERIFY(socket.readAll().endsWith("abc"));
    }

    void keepAliveWithQnam() {
        m_server->on("GET", u"/k"_s, FaultResponse::json(200, "{}"));
        QNetworkAccessManager nam;
        for (int i = 0; i < 3; ++i) {
            QNetworkReply* reply = nam.get(QNetworkRequest(m_server->url(u"/k"_s)));
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->readAll(), QByteArray("{}"));
            delete reply;
        }
        QCOMPARE(m_server->count("GET", u"/k"_s), 3);
        QCOMPARE(m_server->connectionCount(), 1);
        QCOMPARE(m_server->openConnections(), 1);
    }

    void faults() {
        // Truncation: announced 100, sent 4, then closed.
        m_server->on("GET", u"/t"_s, FaultResponse::truncated(200, "abcd", 100));
        bool closed = false;
        QByteArray out = exchange("GET /t HTTP/1.1\r\nHost: x\r\n\r\n", {}, 3000, &closed);
        QVERIFY(closed);
        QVERIFY(out.contains("Content-Length: 100\r\n"));
        QVERIFY(out.endsWith("\r\n\r\nabcd"));

        // Close and reset without any response.
        m_server->on("GET", u"/close"_s, FaultResponse::closeConnection());
        out = exchange("GET /close HTTP/1.1\r\nHost: x\r\n\r\n", {}, 3000, &closed);
        QVERIFY(closed);
        QVERIFY(out.isEmpty());
        m_server->on("GET", u"/reset"_s, FaultResponse::resetConnection());
        out = exchange("GET /reset HTTP/1.1\r\nHost: x\r\n\r\n", {}, 3000, &closed);
        QVERIFY(closed);
        QVERIFY(out.isEmpty());

        // Delay, then a trickle: 20 bytes, 5 at a time every 100 ms.
        m_server->on("GET", u"/slow"_s,
                     FaultResponse::text(200, QByteArray(20, 'x')).withDelay(200).withTrickle(5, 100));
        {
            // Seen from the client: the request is held (recorded, nothing sent back) through the delay, then the
            // body arrives in several reads, one per trickled chunk.
            QTcpSocket socket;
            QByteArray in;
            int reads = 0;
            bool recorded = false;
            connect(m_server, &FaultServer::requestReceived, &socket, [&] { recorded = true; });
            connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
                in += socket.readAll();
                ++reads;
            });
            connect(&socket, &QTcpSocket::connected, &socket,
                    [&] { socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"); });
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(QTest::qWaitFor([&] { return recorded; }, 3000));
            QTest::qWait(100); // half the delay
            QVERIFY2(in.isEmpty(), in.constData());
            QVERIFY(QTest::qWaitFor([&] { return in.endsWith(QByteArray(20, 'x')); }, 3000));
            QVERIFY2(reads >= 3, qPrintable(QString::number(reads)));
        }

        // Hang: nothing at all.
        m_server->on("GET", u"/hang"_s, FaultResponse::hang());
        out = exchange("GET /hang HTTP/1.1\r\nHost: x\r\n\r\n", {}, 300, &closed);
        QVERIFY(!closed);
        QVERIFY(out.isEmpty());

        // 429, redirect, HTML.
        out = exchange("GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        m_server->on("GET", u"/429"_s, FaultResponse::tooManyRequests("7"));
        QVERIFY(exchange("GET /429 HTTP/1.1\r\nHost: x\r\n\r\n", "}").contains("Retry-After: 7\r\n"));
        m_server->on("GET", u"/r"_s, FaultResponse::redirect(QUrl(u"http://127.0.0.1:1/elsewhere"_s)));
        QVERIFY(exchange("GET /r HTTP/1.1\r\nHost: x\r\n\r\n", "</html>")
                    .contains("Location: http://127.0.0.1:1/elsewhere\r\n"));
        m_server->on("GET", u"/h"_s, FaultResponse::html(502));
        QVERIFY(exchange("GET /h HTTP/1.1\r\nHost: x\r\n\r\n", "</html>").contains("<h1>502 Bad Gateway</h1>"));
    }

    void requestReceivedSignal() {
        QSignalSpy spy(m_server, &FaultServer::requestReceived);
        exchange("GET /sig HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<RecordedRequest>().path, u"/sig"_s);
    }
};

QTEST_GUILESS_MAIN(TestFaultServer)
#include "tst_faultserver.moc"
