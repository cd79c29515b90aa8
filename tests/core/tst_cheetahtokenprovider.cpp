// CheetahTokenProvider with HttpTransport against FaultServer on 127.0.0.1: token request shape, caching,
// refresh before expiry, single-flight, 401 refresh-and-replay-once, token failures, form-body fallback.
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

#include "api/core/cheetahtokenprovider.h"
#include "api/core/httptransport.h"
#include "support/faultserver.h"
#include "support/testutil.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;
using namespace std::chrono_literals;

namespace {
constexpr char ClientId[] = "client-id-1234";
constexpr char ClientSecret[] = "s3cr3t&canary=+/value";
} // namespace

class TestCheetahTokenProvider : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager* m_nam = nullptr;
    HttpTransport* m_transport = nullptr;
    FaultServer* m_server = nullptr;
    CheetahTokenProvider* m_auth = nullptr;
    int m_tokensIssued = 0;
    int m_expiresIn = 7200;
    int m_tokenDelayMs = 100;

    Endpoint endpoint() const {
        Endpoint e;
        e.vendor = Vendor::Cheetah;
        e.baseUrl = m_server->baseUrl();
        e.auth = m_auth;
        e.accountLabel = u"Cheetah Loyalty (sandbox)"_s;
        e.defaultHeaders = {{"Accept", "application/vnd.stellar-v1+json"}};
        return e;
    }

    static HttpRequest get(const QString& path) {
        HttpRequest r;
        r.path = path;
        r.deadline = 5000ms;
        return r;
    }

    std::optional<ApiResult<HttpResponse>> run(const HttpRequest& r) {
        std::optional<ApiResult<HttpResponse>> out;
        m_transport->send(endpoint(), r, this, [&](ApiResult<HttpResponse> result) { out.emplace(std::move(result)); });
        if (!waitFor([&] { return out.has_value(); }))
            return std::nullopt;
        return out;
    }

    int tokenRequests() const { return m_server->count("POST", u"/oauth/token"_s); }

private Q_SLOTS:
    void init() {
        m_nam = new QNetworkAccessManager(this);
        m_transport = new HttpTransport(m_nam, this);
        m_transport->setBackoffBase(10ms);
        m_server = new FaultServer(this);
        QVERIFY(m_server->listen());
        m_tokensIssued = 0;
        m_expiresIn = 7200;
        m_tokenDelayMs = 100;
        m_server->handle("POST", u"/oauth/token"_s, [this](const RecordedRequest&) {
            ++m_tokensIssued;
            return FaultResponse::json(
                       200, QByteArray("{\"access_token\":\"tok-") + QByteArray::number(m_tokensIssued) +
                                "\",\"token_type\":\"bearer\",\"expires_in\":" + QByteArray::number(m_expiresIn) +
                                ",\"created_at\":1508806463}")
                .withDelay(m_tokenDelayMs);
        });
        m_server->on("GET", u"/program/api/members"_s, FaultResponse::json(200, "{\"success\":true,\"data\":{}}"));
        m_auth = new CheetahTokenProvider(m_transport, m_server->url(u"/program/api"_s), ClientId, ClientSecret, this);
        m_auth->setAccountLabel(u"Cheetah Loyalty (sandbox)"_s);
    }

    void cleanup() {
        delete m_auth;
        delete m_transport;
        delete m_nam;
        delete m_server;
    }

    void tokenRequestFollowsTheDocsAndSecretsStayInTheBody() {
        const auto result = run(get(u"/program/api/members"_s));
        QVERIFY(result && result->ok());
        QCOMPARE(tokenRequests(), 1);
        const RecordedRequest token = m_server->requests("POST", u"/oauth/token"_s).first();
        QCOMPARE(token.rawTarget, QByteArray("/oauth/token")); // no query string at all
        QCOMPARE(token.header("accept"), QByteArray("application/vnd.stellar-v1+json"));
        QCOMPARE(token.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!token.hasHeader("authorization"));
        const QUrlQuery form(QString::fromUtf8(token.body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"client_credentials"_s);
        QCOMPARE(form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), QString::fromLatin1(ClientId));
        QCOMPARE(form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), QString::fromLatin1(ClientSecret));

        const RecordedRequest api = m_server->requests("GET", u"/program/api/members"_s).first();
        QCOMPARE(api.header("authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(api.header("accept"), QByteArray("application/vnd.stellar-v1+json"));
        QVERIFY(api.query.isEmpty());

        // Cached: a second call needs no token request.
        QVERIFY(run(get(u"/program/api/members"_s))->ok());
        QCOMPARE(tokenRequests(), 1);
        QVERIFY(m_auth->hasFreshToken());
    }

    void tenConcurrentCallsCauseOneTokenRequest_data() {
        QTest::addColumn<bool>("primeWithExpiringToken");
        QTest::newRow("no token yet") << false;
        QTest::newRow("expired token") << true;
    }

    void tenConcurrentCallsCauseOneTokenRequest() {
        QFETCH(bool, primeWithExpiringToken);
        int expectedTokens = 1;
        if (primeWithExpiringToken) {
            m_expiresIn = 30; // below the 60 s refresh margin: stale as soon as it arrives
            QVERIFY(run(get(u"/program/api/members"_s))->ok());
            QCOMPARE(tokenRequests(), 1);
            QVERIFY(!m_auth->hasFreshToken());
            m_expiresIn = 7200;
            expectedTokens = 2;
        }
        m_server->clearRecords();
        int done = 0;
        int ok = 0;
        for (int i = 0; i < 10; ++i) {
            m_transport->send(endpoint(), get(u"/program/api/members"_s), this, [&](ApiResult<HttpResponse> r) {
                ++done;
                ok += r.ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 10000);
        QCOMPARE(ok, 10);
        QCOMPARE(tokenRequests(), 1); // since clearRecords()
        QCOMPARE(m_tokensIssued, expectedTokens);
        const QByteArray expected = "Bearer tok-" + QByteArray::number(expectedTokens);
        for (const RecordedRequest& r : m_server->requests("GET", u"/program/api/members"_s))
            QCOMPARE(r.header("authorization"), expected);
        QCOMPARE(m_auth->waitingCount(), 0);
    }

    void tokenIsRefreshedBeforeExpiry() {
        m_expiresIn = 45; // less than the 60 s margin: every call refreshes
        QVERIFY(run(get(u"/program/api/members"_s))->ok());
        QVERIFY(run(get(u"/program/api/members"_s))->ok());
        QCOMPARE(tokenRequests(), 2);
        m_expiresIn = 7200; // plenty left: cached
        QVERIFY(run(get(u"/program/api/members"_s))->ok());
        QVERIFY(run(get(u"/program/api/members"_s))->ok());
        QCOMPARE(tokenRequests(), 3);
    }

    void a401CausesOneRefreshAndOneReplay() {
        m_server->script(
            "GET", u"/program/api/members"_s,
            {FaultResponse::json(401, "{\"code\":4010,\"name\":\"unauthorized\",\"message\":\"Invalid token\"}"),
             FaultResponse::json(200, "{\"success\":true,\"data\":{}}")});
        const auto result = run(get(u"/program/api/members"_s));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->value().attempts, 2);
        QCOMPARE(tokenRequests(), 2);
        const auto calls = m_server->requests("GET", u"/program/api/members"_s);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).header("authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(calls.at(1).header("authorization"), QByteArray("Bearer tok-2"));
        QCOMPARE(calls.at(0).header("x-request-id"), calls.at(1).header("x-request-id"));
    }

    void aSecond401Stops_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("kind");
        QTest::newRow("lookup") << QByteArray("GET") << int(RequestKind::Lookup);
        QTest::newRow("action") << QByteArray("POST") << int(RequestKind::Action);
    }

    void aSecond401Stops() {
        QFETCH(QByteArray, method);
        QFETCH(int, kind);
        m_server->on(
            method, u"/program/api/members"_s,
            FaultResponse::json(401, "{\"code\":4010,\"name\":\"unauthorized\",\"message\":\"Invalid token\"}"));
        HttpRequest r = get(u"/program/api/members"_s);
        r.method = method;
        r.kind = RequestKind(kind);
        if (method == "POST") {
            r.body = "member[email]=a%40example.com";
            r.contentType = "application/x-www-form-urlencoded";
        }
        const auto result = run(r);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Auth);
        QCOMPARE(result->error().failure, FailureClass::Rejected);
        QCOMPARE(result->error().httpStatus, 401);
        QCOMPARE(result->error().vendorCode, u"4010"_s);
        QTest::qWait(200);
        // A 401 proves nothing was applied, so even an action is replayed once after a refresh; never twice.
        QCOMPARE(m_server->count(method, u"/program/api/members"_s), 2);
        QCOMPARE(tokenRequests(), 2);
        QVERIFY(result->error().userMessage().contains(u"client ID and secret"_s));
    }

    void rejectedTokenRequestIsAuthAndNothingIsSent_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
    }

    void rejectedTokenRequestIsAuthAndNothingIsSent() {
        QFETCH(int, status);
        LogCapture capture;
        m_server->on("POST", u"/oauth/token"_s,
                     FaultResponse::json(status, "{\"error\":\"invalid_client\",\"error_description\":\"Client " +
                                                     QByteArray(ClientSecret) + " unknown\"}"));
        const auto result = run(get(u"/program/api/members"_s));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Auth);
        QCOMPARE(result->error().failure, FailureClass::NotSent);
        QCOMPARE(result->error().httpStatus, status);
        QCOMPARE(m_server->count("GET", u"/program/api/members"_s), 0);
        QCOMPARE(tokenRequests(), 1); // a refused grant is not retried
        const QString message = result->error().userMessage(u"Cheetah Loyalty (sandbox)"_s);
        QVERIFY(message.contains(u"The client ID and secret for Cheetah Loyalty (sandbox) were rejected"_s));
        const QString everything = message + result->error().technical + result->error().vendorMessage + capture.all();
        QVERIFY(!everything.contains(QLatin1String(ClientSecret)));
        QVERIFY(!everything.contains(u"s3cr3t"_s));
    }

    void unreachableOrBrokenTokenEndpointFailsWithoutSending_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("500") << 0;
        QTest::newRow("html 200") << 1;
        QTest::newRow("no access_token") << 2;
    }

    void unreachableOrBrokenTokenEndpointFailsWithoutSending() {
        QFETCH(int, mode);
        if (mode == 0)
            m_server->on("POST", u"/oauth/token"_s, FaultResponse::html(500));
        else if (mode == 1)
            m_server->on("POST", u"/oauth/token"_s, FaultResponse::html(200, "<html>login</html>"));
        else
            m_server->on("POST", u"/oauth/token"_s, FaultResponse::json(200, "{\"token_type\":\"bearer\"}"));
        const auto result = run(get(u"/program/api/members"_s));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().failure, FailureClass::NotSent);
        QCOMPARE(result->error().kind, mode == 0 ? ErrorKind::ServerError : ErrorKind::Parse);
        QCOMPARE(m_server->count("GET", u"/program/api/members"_s), 0);
    }

    void formBodyFallbackPutsTokenInPostBodyOnly() {
        m_auth->setTokenInFormBody(true);
        m_server->on("POST", u"/program/api/members"_s, FaultResponse::json(200, "{\"success\":true}"));
        HttpRequest post = get(u"/program/api/members"_s);
        post.method = "POST";
        post.kind = RequestKind::Action;
        post.body = "member%5Bemail%5D=a%40example.com";
        post.contentType = "application/x-www-form-urlencoded";
        QVERIFY(run(post)->ok());
        QVERIFY(run(get(u"/program/api/members"_s))->ok());
        const RecordedRequest p = m_server->requests("POST", u"/program/api/members"_s).first();
        QCOMPARE(p.body, QByteArray("member%5Bemail%5D=a%40example.com&access_token=tok-1"));
        QCOMPARE(p.rawTarget, QByteArray("/program/api/members"));
        const RecordedRequest g = m_server->requests("GET", u"/program/api/members"_s).first();
        QVERIFY(!g.rawTarget.contains("access_token"));
        QCOMPARE(g.header("authorization"), QByteArray("Bearer tok-1"));
    }

    void destroyingTheProviderFailsWaitingCalls() {
        m_tokenDelayMs = 2000;
        std::optional<ApiResult<HttpResponse>> out;
        m_transport->send(endpoint(), get(u"/program/api/members"_s), this,
                          [&](ApiResult<HttpResponse> r) { out.emplace(std::move(r)); });
        QTRY_COMPARE(m_auth->waitingCount(), 1);
        delete m_auth;
        m_auth = nullptr;
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->error().failure, FailureClass::NotSent);
        QCOMPARE(out->error().kind, ErrorKind::Cancelled);
        QCOMPARE(m_server->count("GET", u"/program/api/members"_s), 0);
    }

    void missingCredentialsAreNoCredential() {
        m_auth->setCredentials({}, {});
        const auto result = run(get(u"/program/api/members"_s));
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::NoCredential);
        QCOMPARE(result->error().failure, FailureClass::NotSent);
        QCOMPARE(m_server->totalCount(), 0);
        QVERIFY(result->error().userMessage().contains(u"File > Accounts"_s));
    }
};

QTEST_GUILESS_MAIN(TestCheetahTokenProvider)
#include "tst_cheetahtokenprovider.moc"
