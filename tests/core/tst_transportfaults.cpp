// HttpTransport against FaultServer on 127.0.0.1 (design.md section 2, "Deadlines", "Three outcomes"): hard
// deadlines, body cap, 429/Retry-After retries, actions never retried or re-sent, 5xx, refused, truncated bodies.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

#include "core/transportfixture.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;
using namespace std::chrono_literals;

class TestTransportFaults : public QObject, protected TransportFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp(this)); }
    void cleanup() { tearDown(); }

    void trickledResponseEndsAtHardDeadline() {
        // 20 KB at 10 bytes every 50 ms would take 100 s; the inactivity timeout never fires (bytes keep coming).
        m_server->on("GET", u"/api/v2/slow"_s, FaultResponse::json(200, QByteArray(20000, 'x')).withTrickle(10, 50));
        HttpRequest r = get(u"/slow"_s);
        r.transferTimeout = 800ms;
        r.deadline = 1000ms;
        r.maxAttempts = 1;
        QElapsedTimer clock;
        clock.start();
        const auto result = run(endpoint(), r);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QCOMPARE(result->error().failure, FailureClass::Unknown); // the request was sent and answered in part
        QVERIFY2(elapsed >= 950 && elapsed < 1800, qPrintable(u"elapsed %1 ms"_s.arg(elapsed)));
        QCOMPARE(m_server->count("GET", u"/api/v2/slow"_s), 1);
    }

    void hardDeadlineAppliesPerAttemptForLookups() {
        m_server->on("GET", u"/api/v2/hang"_s, FaultResponse::hang());
        HttpRequest r = get(u"/hang"_s);
        r.deadline = 300ms;
        r.maxAttempts = 3;
        QElapsedTimer clock;
        clock.start();
        const auto result = run(endpoint(), r);
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QCOMPARE(result->error().failure, FailureClass::Unknown);
        QCOMPARE(m_server->count("GET", u"/api/v2/hang"_s), 3); // Unknown lookups are retried
        QVERIFY(clock.elapsed() < 3 * 300 + 1000);
    }

    void oversizedBodyIsRefused_data() {
        QTest::addColumn<bool>("announceLength");
        QTest::newRow("content-length above cap") << true;
        QTest::newRow("no content-length, streamed") << false;
    }

    void oversizedBodyIsRefused() {
        QFETCH(bool, announceLength);
        FaultResponse big = FaultResponse::json(200, QByteArray(3 * 1024 * 1024, 'a'));
        big.omitContentLength = !announceLength;
        m_server->on("GET", u"/api/v2/big"_s, big);
        HttpRequest r = get(u"/big"_s);
        r.maxBodyBytes = 1024 * 1024;
        const auto result = run(endpoint(), r);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::TooLarge);
        QCOMPARE(result->error().failure, FailureClass::Unknown);
        // Not retried (it would be as large again): one request created. (Qt itself may re-send an aborted GET
        // on a new connection when the server closes the old one at the same moment: harmless for a lookup.)
        QCOMPARE(m_nam->created(), 1);
        QVERIFY(m_server->count("GET", u"/api/v2/big"_s) <= 2);
    }

    void getIsRetriedAfter429HonouringRetryAfter() {
        QList<qint64> arrivals;
        QElapsedTimer clock;
        clock.start();
        connect(m_server, &FaultServer::requestReceived, this, [&] { arrivals.append(clock.elapsed()); });
        m_server->script("GET", u"/api/v2/orders"_s,
                         {FaultResponse::tooManyRequests("1"), FaultResponse::json(200, "{\"orders\":[]}")});
        const auto result = run(endpoint(), get(u"/orders"_s));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->value().attempts, 2);
        QCOMPARE(arrivals.size(), 2);
        const qint64 gap = arrivals.at(1) - arrivals.at(0);
        QVERIFY2(gap >= 980 && gap < 2000, qPrintable(u"gap %1 ms"_s.arg(gap)));
    }

    void getGivesUpAfterThreeAttemptsOf429() {
        m_server->on(
            "GET", u"/api/v2/orders"_s,
            FaultResponse::tooManyRequests("0", "{\"error\":{\"message\":\"Too many requests\",\"payload\":{}}}"));
        const auto result = run(endpoint(), get(u"/orders"_s));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::RateLimited);
        QCOMPARE(result->error().failure, FailureClass::Rejected);
        QCOMPARE(result->error().vendorMessage, u"Too many requests"_s);
        QCOMPARE(result->error().retryAfterSeconds, 0);
        QTest::qWait(200);
        QCOMPARE(m_server->count("GET", u"/api/v2/orders"_s), 3);
    }

    void retryAfterAboveCapIsNotWaitedFor() {
        m_server->on("GET", u"/api/v2/orders"_s, FaultResponse::tooManyRequests("3600"));
        const auto result = run(endpoint(), get(u"/orders"_s));
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::RateLimited);
        QCOMPARE(result->error().retryAfterSeconds, 3600);
        QVERIFY(result->error().userMessage().contains(u"3600"_s));
        QCOMPARE(m_server->count("GET", u"/api/v2/orders"_s), 1);
    }

    void postThatTimesOutIsNotRetriedAndUnknown_data() {
        QTest::addColumn<int>("transferTimeoutMs");
        QTest::addColumn<int>("deadlineMs");
        QTest::newRow("inactivity timeout") << 300 << 5000;
        QTest::newRow("hard deadline") << 5000 << 300;
    }

    void postThatTimesOutIsNotRetriedAndUnknown() {
        QFETCH(int, transferTimeoutMs);
        QFETCH(int, deadlineMs);
        m_server->on("POST", u"/api/v2/orders"_s, FaultResponse::hang());
        HttpRequest r = post(u"/orders"_s);
        r.transferTimeout = std::chrono::milliseconds(transferTimeoutMs);
        r.deadline = std::chrono::milliseconds(deadlineMs);
        r.maxAttempts = 3; // ignored for actions
        const auto result = run(endpoint(), r);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QCOMPARE(result->error().failure, FailureClass::Unknown);
        QVERIFY(result->error().action);
        QVERIFY(result->error().userMessage().contains(u"may or may not"_s));
        QTest::qWait(200);
        QCOMPARE(m_server->count("POST", u"/api/v2/orders"_s), 1);
    }

    void actionDroppedConnectionIsSentExactlyOnce_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("reset");
        QTest::newRow("POST close") << QByteArray("POST") << false;
        QTest::newRow("PUT close") << QByteArray("PUT") << false;
        QTest::newRow("DELETE close") << QByteArray("DELETE") << false;
        QTest::newRow("PUT reset") << QByteArray("PUT") << true;
    }

    void actionDroppedConnectionIsSentExactlyOnce() {
        // "Apply the action but drop the connection": Qt itself re-sends idempotent methods (PUT, DELETE) once when
        // the connection closes before the answer. The transport must prevent that for actions.
        QFETCH(QByteArray, method);
        QFETCH(bool, reset);
        m_server->on(method, u"/api/v2/fraud_reviews/R1/block"_s,
                     reset ? FaultResponse::resetConnection(50) : FaultResponse::closeConnection(50));
        HttpRequest r = post(u"/fraud_reviews/R1/block"_s, {});
        r.method = method;
        const auto result = run(endpoint(), r);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, FailureClass::Unknown);
        QCOMPARE(result->error().kind, ErrorKind::Network);
        QTest::qWait(150);
        QCOMPARE(m_server->count(method, u"/api/v2/fraud_reviews/R1/block"_s), 1);
    }

    void serverErrorOnActionIsUnknownAndNotRetried() {
        m_server->on("POST", u"/api/v2/orders"_s,
                     FaultResponse::json(503, "{\"errors\":{\"message\":\"Service unavailable\",\"payload\":{}}}"));
        const auto result = run(endpoint(), post(u"/orders"_s));
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::ServerError);
        QCOMPARE(result->error().failure, FailureClass::Unknown);
        QCOMPARE(result->error().httpStatus, 503);
        QTest::qWait(200);
        QCOMPARE(m_server->count("POST", u"/api/v2/orders"_s), 1);
    }

    void retrySafeActionIsRetriedOn503() {
        m_server->script("POST", u"/api/v2/orders"_s,
                         {FaultResponse::json(503, "{}"), FaultResponse::json(201, "{\"order\":{\"id\":\"O1\"}}")});
        HttpRequest r = post(u"/orders"_s);
        r.kind = RequestKind::RetrySafeAction;
        const auto result = run(endpoint(), r);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().status, 201);
        QCOMPARE(m_server->count("POST", u"/api/v2/orders"_s), 2);
    }

    void retrySafeActionIsNotRetriedOn500() {
        m_server->on("POST", u"/api/v2/orders"_s, FaultResponse::json(500, "{}"));
        HttpRequest r = post(u"/orders"_s);
        r.kind = RequestKind::RetrySafeAction;
        const auto result = run(endpoint(), r);
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::ServerError);
        QCOMPARE(m_server->count("POST", u"/api/v2/orders"_s), 1);
    }

    void connectionRefusedIsNotSent() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Endpoint e = endpoint();
        QUrl url(u"http://127.0.0.1/api"_s);
        url.setPort(port);
        e.baseUrl = url;
        for (RequestKind kind : {RequestKind::Lookup, RequestKind::Action}) {
            HttpRequest r = get(u"/orders"_s);
            r.kind = kind;
            const auto result = run(e, r);
            QVERIFY(result);
            QCOMPARE(result->error().kind, ErrorKind::ConnectionRefused);
            QCOMPARE(result->error().failure, FailureClass::NotSent);
            QVERIFY(result->error().userMessage().contains(u"Nothing was sent"_s));
        }
    }

    void tlsFailureIsNotSentAndNeverOverridden() {
        // https to a plain-HTTP listener: the TLS handshake cannot complete, so nothing was sent, even for actions.
        m_server->on("*", u"/*"_s, FaultResponse::json(200, "{}"));
        Endpoint e = endpoint();
        QUrl url = e.baseUrl;
        url.setScheme(u"https"_s);
        e.baseUrl = url;
        for (RequestKind kind : {RequestKind::Action, RequestKind::Lookup}) {
            HttpRequest r = post(u"/orders"_s);
            r.kind = kind;
            r.deadline = 2000ms;
            const auto result = run(e, r);
            QVERIFY(result);
            QVERIFY(!result->ok());
            QCOMPARE(result->error().failure, FailureClass::NotSent);
            QVERIFY2(result->error().kind == ErrorKind::Tls || result->error().kind == ErrorKind::Network,
                     qPrintable(result->error().technical));
            QVERIFY(result->error().userMessage().contains(u"Nothing was sent"_s));
        }
        QCOMPARE(m_server->totalCount(), 0);
    }

    void truncated2xxIsUnknown() {
        m_server->on("GET", u"/api/v2/orders"_s, FaultResponse::truncated(200, "{\"orders\":[{\"id\":\"A\"},", 5000));
        m_server->on("POST", u"/api/v2/orders"_s, FaultResponse::truncated(200, "{\"order\":{", 5000));
        HttpRequest lookup = get(u"/orders"_s);
        const auto a = run(endpoint(), lookup);
        QVERIFY(a);
        QCOMPARE(a->error().failure, FailureClass::Unknown);
        QCOMPARE(a->error().kind, ErrorKind::Network);
        QCOMPARE(m_server->count("GET", u"/api/v2/orders"_s), 3); // lookups retry Unknown outcomes
        const auto b = run(endpoint(), post(u"/orders"_s));
        QVERIFY(b);
        QCOMPARE(b->error().failure, FailureClass::Unknown);
        QVERIFY(b->error().userMessage().contains(u"Refresh"_s));
        QTest::qWait(200);
        QCOMPARE(m_server->count("POST", u"/api/v2/orders"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransportFaults)
#include "tst_transportfaults.moc"
