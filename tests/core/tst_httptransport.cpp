// HttpTransport against a real server on 127.0.0.1 (design.md sections 2 and 7): request shape, redirects never
// followed, URL and query refusals, no secret or query in messages and logs, callback rules, signals.
// Timeouts, retries and faults: tst_transportfaults.cpp.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

#include "core/transportfixture.h"
#include "rewarddesk_version.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;
using namespace std::chrono_literals;

class TestHttpTransport : public QObject, protected TransportFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp(this)); }
    void cleanup() { tearDown(); }

    void successCarriesBodyHeadersAndStandardRequestHeaders() {
        m_server->on("GET", u"/api/v2/orders"_s, FaultResponse::json(200, "{\"orders\":[],\"total_count\":0}"));
        HttpRequest r = get(u"/orders"_s);
        r.query.addQueryItem(u"offset"_s, u"0"_s);
        r.query.addQueryItem(u"created_at[gte]"_s, u"2024-01-01T00:00:00+01:00"_s);
        const auto result = run(endpoint(), r);
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->value().status, 200);
        QCOMPARE(result->value().body, QByteArray("{\"orders\":[],\"total_count\":0}"));
        QCOMPARE(result->value().header("content-type"), QByteArray("application/json"));
        QCOMPARE(result->value().attempts, 1);

        const RecordedRequest req = m_server->lastRequest();
        QCOMPARE(req.path, u"/api/v2/orders"_s);
        QCOMPARE(req.queryValue(u"offset"_s), QByteArray("0"));
        QCOMPARE(req.rawTarget,
                 QByteArray("/api/v2/orders?offset=0&created_at%5Bgte%5D=2024-01-01T00%3A00%3A00%2B01%3A00"));
        QCOMPARE(req.queryValue(u"created_at[gte]"_s), QByteArray("2024-01-01T00:00:00+01:00"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer ") + SecretKey);
        QCOMPARE(req.header("user-agent"), QByteArray("RewardDesk/" REWARDDESK_VERSION));
        QCOMPARE(req.header("accept"), QByteArray("application/json"));
        QCOMPARE(req.header("x-request-id").size(), 36);
        QCOMPARE(QString::fromLatin1(req.header("x-request-id")), result->value().requestId);
    }

    void defaultHeadersOverrideAccept() {
        m_server->on("GET", u"/api/v2/members"_s, FaultResponse::json(200, "{}"));
        Endpoint e = endpoint(Vendor::Cheetah);
        e.defaultHeaders = {{"Accept", "application/vnd.stellar-v1+json"}};
        QVERIFY(run(e, get(u"/members"_s))->ok());
        const RecordedRequest req = m_server->lastRequest();
        int acceptCount = 0;
        for (const auto& h : req.headers)
            acceptCount += h.first.compare("accept", Qt::CaseInsensitive) == 0 ? 1 : 0;
        QCOMPARE(acceptCount, 1);
        QCOMPARE(req.header("accept"), QByteArray("application/vnd.stellar-v1+json"));
    }

    void redirectIsNotFollowedAndTargetReceivesNothing() {
        FaultServer other;
        QVERIFY(other.listen());
        other.on("*", u"/*"_s, FaultResponse::json(200, "{\"stolen\":true}"));
        QUrl target = other.url(u"/collect"_s);
        target.setQuery(u"token=abc"_s);
        m_server->on("GET", u"/api/v2/orders"_s, FaultResponse::redirect(target, 302));
        m_server->on("POST", u"/api/v2/orders"_s, FaultResponse::redirect(target, 307));

        for (const HttpRequest& r : {get(u"/orders"_s), post(u"/orders"_s)}) {
            const auto result = run(endpoint(), r);
            QVERIFY(result);
            QVERIFY(!result->ok());
            QCOMPARE(result->error().kind, ErrorKind::Redirect);
            QCOMPARE(result->error().failure, FailureClass::Rejected);
            QCOMPARE(result->error().httpStatus, r.method == "GET" ? 302 : 307);
            QVERIFY(!result->error().userMessage().contains(u"token=abc"_s));
            QVERIFY(!result->error().technical.contains(u"collect"_s));
        }
        QTest::qWait(100);
        QCOMPARE(m_server->count("GET", u"/api/v2/orders"_s), 1); // a redirect is not retried either
        QCOMPARE(m_server->count("POST", u"/api/v2/orders"_s), 1);
        QCOMPARE(other.totalCount(), 0);
        QCOMPARE(other.connectionCount(), 0); // not even a connection, so no credential header can have reached it
        QCOMPARE(m_nam->created(), 2);
    }

    void plainHttpToRemoteHostIsRefusedWithoutAnyRequest_data() {
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("remote http") << u"http://api.tremendous.com/api/v2"_s;
        QTest::newRow("remote http ip") << u"http://192.0.2.10/api"_s;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("user info") << u"https://user:pw@api.tremendous.com/api/v2"_s;
    }

    void plainHttpToRemoteHostIsRefusedWithoutAnyRequest() {
        QFETCH(QString, baseUrl);
        Endpoint e = endpoint();
        e.baseUrl = QUrl(baseUrl);
        const auto result = run(e, get(u"/orders"_s));
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::InvalidUrl);
        QCOMPARE(result->error().failure, FailureClass::NotSent);
        QCOMPARE(m_nam->created(), 0);
        QVERIFY(!result->error().userMessage().contains(u"pw"_s));
    }

    void loopbackHttpIsAllowed_data() {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s;
        QTest::newRow("localhost") << u"localhost"_s;
    }

    void loopbackHttpIsAllowed() {
        QFETCH(QString, host);
        m_server->on("GET", u"/api/v2/ping"_s, FaultResponse::json(200, "{}"));
        Endpoint e = endpoint();
        QUrl url = e.baseUrl;
        url.setHost(host);
        e.baseUrl = url;
        const auto result = run(e, get(u"/ping"_s));
        QVERIFY(result);
        // "localhost" may resolve to ::1 first, where the server does not listen; Qt falls back to 127.0.0.1.
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().technical));
    }

    void secretQueryParametersAreRefused_data() {
        QTest::addColumn<QString>("name");
        for (const char* n : {"api_key", "access_token", "client_secret", "token", "key", "API_KEY"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void secretQueryParametersAreRefused() {
        QFETCH(QString, name);
        HttpRequest r = get(u"/orders"_s);
        r.query.addQueryItem(name, u"leak-me"_s);
        const auto result = run(endpoint(), r);
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::InvalidUrl);
        QCOMPARE(result->error().failure, FailureClass::NotSent);
        QVERIFY(!result->error().technical.contains(u"leak-me"_s));
        QCOMPARE(m_nam->created(), 0);
        QCOMPARE(m_server->totalCount(), 0);
    }

    void noSecretOrQueryInMessagesOrLogs() {
        LogCapture capture;
        const QString queryValue = u"customer.canary@example.com"_s;
        // 1. A 401 whose body echoes the key.
        m_server->on("GET", u"/api/v2/orders"_s,
                     FaultResponse::json(401, QByteArray("{\"errors\":{\"message\":\"Invalid API key ") + SecretKey +
                                                  " for https:/"
                                                  "/api.example.com/x?token=zzz\",\"payload\":{\"key\":\"" +
                                                  SecretKey + "\"}}}"));
        HttpRequest r = get(u"/orders"_s);
        r.query.addQueryItem(u"email"_s, queryValue);
        const auto unauthorized = run(endpoint(), r);
        QVERIFY(unauthorized);
        QCOMPARE(unauthorized->error().kind, ErrorKind::Auth);
        QCOMPARE(m_server->count("GET", u"/api/v2/orders"_s), 1); // a static key is not replayed
        // 2. Connection refused (Qt's errorString would contain the whole URL with the query).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        Endpoint refused = endpoint();
        QUrl url = refused.baseUrl;
        url.setPort(probe.serverPort());
        probe.close();
        refused.baseUrl = url;
        const auto notSent = run(refused, r);
        QVERIFY(notSent);
        // 3. A timeout and a 500 with an HTML page.
        m_server->on("GET", u"/api/v2/slow"_s, FaultResponse::hang());
        HttpRequest slow = get(u"/slow"_s);
        slow.query = r.query;
        slow.deadline = 200ms;
        slow.maxAttempts = 1;
        const auto timedOut = run(endpoint(), slow);
        QVERIFY(timedOut);
        m_server->on("GET", u"/api/v2/html"_s, FaultResponse::html(500));
        HttpRequest html = get(u"/html"_s);
        html.query = r.query;
        html.maxAttempts = 1;
        const auto serverError = run(endpoint(), html);
        QVERIFY(serverError);

        QStringList shown;
        for (const auto* res : {&*unauthorized, &*notSent, &*timedOut, &*serverError}) {
            const ApiError& e = res->error();
            shown << e.userMessage() << e.userMessage(u"Tremendous (production)"_s) << e.technical << e.vendorMessage
                  << e.vendorCode << e.vendorName
                  << QString::fromUtf8(QJsonDocument::fromVariant(e.details.toVariant()).toJson());
        }
        const QStringList logLines = capture.lines("rewarddesk.http");
        QVERIFY(logLines.size() >= 4);
        const QString everything = shown.join(u'\n') + u'\n' + capture.all();
        QVERIFY2(!everything.contains(QLatin1String(SecretKey)), "the API key leaked");
        QVERIFY2(!everything.contains(queryValue), "a query value leaked");
        QVERIFY2(!everything.contains(u"email="_s), "a query string leaked");
        QVERIFY2(!everything.contains(u"token=zzz"_s), "a vendor URL query leaked");
        QVERIFY2(!everything.contains(u"<html"_s), "an HTML page reached a message");
        QVERIFY(unauthorized->error()
                    .userMessage(u"Tremendous (production)"_s)
                    .contains(u"The API key for Tremendous (production) was rejected"_s));
        for (const QString& line : logLines) {
            QVERIFY2(!line.contains(u'?'), qPrintable(line));
            QVERIFY2(!line.contains(u"Bearer"_s), qPrintable(line));
        }
        QVERIFY(logLines.join(u'\n').contains(u"GET 127.0.0.1 /api/v2/orders"_s));
    }

    void callbackOnlyWhileContextAliveAndCancelSuppressesIt() {
        m_server->on("GET", u"/api/v2/slow"_s, FaultResponse::json(200, "{}").withDelay(200));
        QSignalSpy inFlight(m_transport, &HttpTransport::inFlightChanged);
        int called = 0;
        auto* context = new QObject;
        m_transport->send(endpoint(), get(u"/slow"_s), context, [&](ApiResult<HttpResponse>) { ++called; });
        CallHandle handle =
            m_transport->send(endpoint(), get(u"/slow"_s), this, [&](ApiResult<HttpResponse>) { ++called; });
        QCOMPARE(m_transport->inFlight(), 2);
        QVERIFY(handle.isActive());
        delete context;
        handle.cancel();
        QVERIFY(!handle.isActive());
        QTRY_COMPARE(m_transport->inFlight(), 0);
        QTest::qWait(400);
        QCOMPARE(called, 0);
        QCOMPARE(inFlight.last().at(0).toInt(), 0);

        // A finished call: the handle turns inactive and cancel() does nothing.
        m_server->on("GET", u"/api/v2/fast"_s, FaultResponse::json(200, "{}"));
        std::optional<bool> ok;
        CallHandle done =
            m_transport->send(endpoint(), get(u"/fast"_s), this, [&](ApiResult<HttpResponse> r) { ok = r.ok(); });
        QTRY_VERIFY(ok.has_value());
        QVERIFY(*ok);
        QVERIFY(!done.isActive());
        done.cancel();
    }

    void callbackIsNeverSynchronous() {
        Endpoint e = endpoint();
        e.baseUrl = QUrl(u"http://example.com"_s);
        bool called = false;
        m_transport->send(e, get(u"/x"_s), this, [&](ApiResult<HttpResponse>) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void endpointResultReportsReachability() {
        QSignalSpy spy(m_transport, &HttpTransport::endpointResult);
        m_server->on("GET", u"/api/v2/x"_s, FaultResponse::json(404, "{\"errors\":{\"message\":\"Not found\"}}"));
        const auto result = run(endpoint(), get(u"/x"_s));
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::Http);
        QCOMPARE(result->error().failure, FailureClass::Rejected);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Vendor>(), Vendor::Tremendous);
        QCOMPARE(spy.at(0).at(1).toString(), u"Tremendous (sandbox)"_s);
        QCOMPARE(spy.at(0).at(2).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
