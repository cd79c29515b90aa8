// SandboxCheetah through SandboxServer: the Accept check, the OAuth client_credentials token (form, multipart, URL
// parameters), the three ways to present the token, expiry, and page/per_page on the members list.

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include "api/sandbox/sandboxserver.h"
#include "sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
const QByteArray kStellar = "application/vnd.stellar-v1+json";
}

class TestSandboxCheetah : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptHeaderIsRequired();
    void tokenFromUrlEncodedForm();
    void tokenFromMultipartForm();
    void tokenRequestErrors();
    void tokenPresentations();
    void missingOrUnknownTokenIs401();
    void tokensExpire();
    void membersPaging();
    void membersPagingValidation();

private:
    QUrl url(const QString& path, const QString& query = {}) const {
        QUrl u = m_server->baseUrl(Vendor::Cheetah);
        u.setPath(u.path() + path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }
    HttpResult requestToken(const QByteArray& form, const QByteArray& accept = kStellar) {
        QNetworkRequest request = requestFor(url(u"/oauth/token"_s), {{"Accept", accept}});
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        return send(*m_nam, request, "POST", form);
    }
    QByteArray token() {
        const DemoCredentials c = SandboxServer::demoCredentials(Vendor::Cheetah);
        return requestToken("grant_type=client_credentials&client_id=" + c.clientId +
                            "&client_secret=" + c.clientSecret)
            .json()
            .value("access_token"_L1)
            .toString()
            .toLatin1();
    }
    HttpResult members(const QString& query, const QByteArray& token) {
        return send(*m_nam, requestFor(url(u"/program/api/members"_s, query),
                                       {{"Accept", kStellar}, {"Authorization", "Bearer " + token}}));
    }
    static void verifyError(const HttpResult& r, int status, int code, const QString& name) {
        QCOMPARE(r.status, status);
        const QJsonObject body = r.json();
        QCOMPARE(body.size(), 3);
        QCOMPARE(body.value("code"_L1).toInt(), code);
        QVERIFY(body.value("code"_L1).isDouble()); // an integer, as in the docs
        QCOMPARE(body.value("name"_L1).toString(), name);
        QVERIFY(!body.value("message"_L1).toString().isEmpty());
    }

    SandboxServer* m_server = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
};

void TestSandboxCheetah::init() {
    m_server = new SandboxServer(5, 23);
    QVERIFY(m_server->listen());
    m_nam = new QNetworkAccessManager;
}

void TestSandboxCheetah::cleanup() {
    delete m_nam;
    m_nam = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestSandboxCheetah::acceptHeaderIsRequired() {
    const QByteArray t = token();
    QVERIFY(!t.isEmpty());
    const QUrl list = url(u"/program/api/members"_s);
    for (const QByteArray& accept : {QByteArray(), QByteArray("application/json"), QByteArray("*/*"),
                                     QByteArray("application/vnd.stellar-v2+json")}) {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + t}};
        if (!accept.isNull())
            headers.append({"Accept", accept});
        verifyError(send(*m_nam, requestFor(list, headers)), 406, 4006, u"not_acceptable"_s);
    }
    // Listed among others, with parameters, in any case: accepted.
    const HttpResult ok =
        send(*m_nam, requestFor(list, {{"Authorization", "Bearer " + t},
                                       {"Accept", "text/html, Application/VND.stellar-v1+JSON; q=0.9"}}));
    QCOMPARE(ok.status, 200);
    // The token endpoint needs it too.
    const DemoCredentials c = SandboxServer::demoCredentials(Vendor::Cheetah);
    verifyError(
        requestToken("grant_type=client_credentials&client_id=" + c.clientId + "&client_secret=" + c.clientSecret,
                     "application/json"),
        406, 4006, u"not_acceptable"_s);
    // The Accept check comes before the token check.
    verifyError(send(*m_nam, requestFor(list)), 406, 4006, u"not_acceptable"_s);
}

void TestSandboxCheetah::tokenFromUrlEncodedForm() {
    const DemoCredentials c = SandboxServer::demoCredentials(Vendor::Cheetah);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpResult r =
        requestToken("grant_type=client_credentials&client_id=" + c.clientId + "&client_secret=" + c.clientSecret);
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.size(), 4);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(body.value("access_token"_L1).toString()).hasMatch());
    QCOMPARE(body.value("token_type"_L1).toString(), u"bearer"_s);
    QCOMPARE(body.value("expires_in"_L1).toInt(), 7200);
    QVERIFY(body.value("created_at"_L1).isDouble());
    QVERIFY(body.value("created_at"_L1).toInteger() >= before);
    QVERIFY(body.value("created_at"_L1).toInteger() <= QDateTime::currentSecsSinceEpoch());
    QVERIFY(token() != body.value("access_token"_L1).toString().toLatin1()); // every token is new
}

void TestSandboxCheetah::tokenFromMultipartForm() {
    const DemoCredentials c = SandboxServer::demoCredentials(Vendor::Cheetah);
    // What the docs' curl -F sends.
    const HttpResult r = sendMultipart(
        *m_nam, requestFor(url(u"/oauth/token"_s), {{"Accept", kStellar}}),
        {{"grant_type", "client_credentials"}, {"client_id", c.clientId}, {"client_secret", c.clientSecret}});
    QCOMPARE(r.status, 200);
    const QByteArray t = r.json().value("access_token"_L1).toString().toLatin1();
    QCOMPARE(members({}, t).status, 200);

    // URL parameters work as well.
    QUrlQuery query;
    query.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    query.addQueryItem(u"client_id"_s, QString::fromLatin1(c.clientId));
    query.addQueryItem(u"client_secret"_s, QString::fromLatin1(c.clientSecret));
    QCOMPARE(
        send(*m_nam, requestFor(url(u"/oauth/token"_s, query.toString()), {{"Accept", kStellar}}), "POST", "").status,
        200);
}

void TestSandboxCheetah::tokenRequestErrors() {
    const DemoCredentials c = SandboxServer::demoCredentials(Vendor::Cheetah);
    HttpResult r = requestToken("grant_type=client_credentials&client_id=" + c.clientId + "&client_secret=wrong");
    verifyError(r, 401, 4011, u"invalid_client"_s);
    QVERIFY(!r.header("WWW-Authenticate").isEmpty());
    verifyError(requestToken("grant_type=client_credentials&client_id=someone&client_secret=" + c.clientSecret), 401,
                4011, u"invalid_client"_s);
    verifyError(requestToken("client_id=" + c.clientId + "&client_secret=" + c.clientSecret), 406, 4060,
                u"invalid_params"_s);
    verifyError(requestToken("grant_type=client_credentials&client_id=" + c.clientId), 406, 4060, u"invalid_params"_s);
    verifyError(requestToken("grant_type=password&client_id=" + c.clientId + "&client_secret=" + c.clientSecret), 406,
                4060, u"unsupported_grant_type"_s);
    // GET is not the token endpoint's method.
    QCOMPARE(send(*m_nam, requestFor(url(u"/oauth/token"_s), {{"Accept", kStellar}})).status, 405);
}

void TestSandboxCheetah::tokenPresentations() {
    const QByteArray t = token();
    // Authorization: Bearer
    QCOMPARE(members({}, t).status, 200);
    // access_token as a URL parameter (documented)
    QCOMPARE(send(*m_nam, requestFor(url(u"/program/api/members"_s, u"access_token="_s + QString::fromLatin1(t)),
                                     {{"Accept", kStellar}}))
                 .status,
             200);
    // access_token as a form parameter (documented; the docs' curl -X GET -F sends it as a multipart body)
    QCOMPARE(sendMultipart(*m_nam, requestFor(url(u"/program/api/members"_s), {{"Accept", kStellar}}),
                           {{"access_token", t}}, "GET")
                 .status,
             200);
    QNetworkRequest form = requestFor(url(u"/program/api/members"_s), {{"Accept", kStellar}});
    form.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    QCOMPARE(send(*m_nam, form, "GET", "access_token=" + t).status, 200);
}

void TestSandboxCheetah::missingOrUnknownTokenIs401() {
    const QUrl list = url(u"/program/api/members"_s);
    HttpResult r = send(*m_nam, requestFor(list, {{"Accept", kStellar}}));
    verifyError(r, 401, 4010, u"invalid_token"_s);
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    verifyError(members({}, QByteArray(64, 'a')), 401, 4010, u"invalid_token"_s);
    verifyError(
        send(*m_nam, requestFor(url(u"/program/api/members"_s, u"access_token=nope"_s), {{"Accept", kStellar}})), 401,
        4010, u"invalid_token"_s);
    // A valid token in a non-Bearer scheme is not read from the header.
    verifyError(send(*m_nam, requestFor(list, {{"Accept", kStellar}, {"Authorization", token()}})), 401, 4010,
                u"invalid_token"_s);
}

void TestSandboxCheetah::tokensExpire() {
    m_server->setCheetahTokenLifetime(std::chrono::milliseconds(600));
    const DemoCredentials c = SandboxServer::demoCredentials(Vendor::Cheetah);
    const HttpResult issued =
        requestToken("grant_type=client_credentials&client_id=" + c.clientId + "&client_secret=" + c.clientSecret);
    QCOMPARE(issued.json().value("expires_in"_L1).toInt(), 1); // whole seconds, rounded up
    const QByteArray t = issued.json().value("access_token"_L1).toString().toLatin1();
    QCOMPARE(members({}, t).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(members({}, t).status, 401, 3000);
    const HttpResult expired = members({}, t);
    verifyError(expired, 401, 4010, u"invalid_token"_s);
    QVERIFY(expired.json().value("message"_L1).toString().contains(u"expired"_s));
    // A new token works again.
    QCOMPARE(members({}, token()).status, 200);

    // The test seam that expires everything at once.
    m_server->setCheetahTokenLifetime(std::chrono::hours(2));
    const QByteArray fresh = token();
    QCOMPARE(members({}, fresh).status, 200);
    m_server->expireCheetahTokens();
    QCOMPARE(members({}, fresh).status, 401);
}

void TestSandboxCheetah::membersPaging() {
    const QByteArray t = token();
    // Defaults: page 1, per_page 50 (all 23 fit).
    HttpResult r = members({}, t);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("success"_L1).toBool(), true);
    QJsonObject data = r.json().value("data"_L1).toObject();
    QCOMPARE(data.value("total_pages"_L1).toInt(), 1);
    QCOMPARE(data.value("total_entries"_L1).toInt(), 23);
    QCOMPARE(data.value("members"_L1).toArray().size(), 23);

    const QJsonObject first = data.value("members"_L1).toArray().first().toObject();
    const QStringList keys = first.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{u"id"_s, u"email"_s, u"member_id"_s, u"first_name"_s, u"last_name"_s, u"integration_id"_s,
                            u"card_id"_s, u"created_at"_s, u"updated_at"_s}));
    QCOMPARE(first.value("id"_L1).toInt(), 10);
    QCOMPARE(first.value("member_id"_L1).toString(), u"C-000000001"_s);
    QVERIFY(first.value("card_id"_L1).isString());
    QVERIFY(first.value("integration_id"_L1).isNull() || first.value("integration_id"_L1).isString());
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z$"_s)
                .match(first.value("created_at"_L1).toString())
                .hasMatch());

    // per_page 7: 4 pages of 7, 7, 7, 2; contiguous ids; past the end: empty.
    QList<int> ids;
    for (int page = 1; page <= 5; ++page) {
        r = members(u"page=%1&per_page=7"_s.arg(page), t);
        QCOMPARE(r.status, 200);
        data = r.json().value("data"_L1).toObject();
        QCOMPARE(data.value("total_pages"_L1).toInt(), 4);
        QCOMPARE(data.value("total_entries"_L1).toInt(), 23);
        const QJsonArray list = data.value("members"_L1).toArray();
        QCOMPARE(list.size(), page < 4 ? 7 : page == 4 ? 2 : 0);
        for (const QJsonValue& m : list)
            ids.append(m.toObject().value("id"_L1).toInt());
    }
    QCOMPARE(ids.size(), 23);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ids.at(i), 10 + i);

    // A member is the same record whichever page it is read from.
    const QJsonObject viaPage = members(u"page=3&per_page=5"_s, t)
                                    .json()
                                    .value("data"_L1)
                                    .toObject()
                                    .value("members"_L1)
                                    .toArray()
                                    .at(1)
                                    .toObject();
    const QJsonObject viaAll =
        members({}, t).json().value("data"_L1).toObject().value("members"_L1).toArray().at(11).toObject();
    QCOMPARE(viaPage, viaAll);
}

void TestSandboxCheetah::membersPagingValidation() {
    const QByteArray t = token();
    for (const QString& query : {u"page=0"_s, u"page=-1"_s, u"page=abc"_s, u"per_page=0"_s, u"per_page=x"_s})
        verifyError(members(query, t), 406, 4800, u"invalid_params"_s);

    SandboxServer empty(5, 0);
    QVERIFY(empty.listen());
    // (The token store is per server.)
    QNetworkRequest request =
        requestFor(empty.baseUrl(Vendor::Cheetah).resolved(QUrl(u"cheetah/oauth/token"_s)), {{"Accept", kStellar}});
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    const DemoCredentials c = SandboxServer::demoCredentials(Vendor::Cheetah);
    const QByteArray emptyToken =
        send(*m_nam, request, "POST",
             "grant_type=client_credentials&client_id=" + c.clientId + "&client_secret=" + c.clientSecret)
            .json()
            .value("access_token"_L1)
            .toString()
            .toLatin1();
    QUrl list = empty.baseUrl(Vendor::Cheetah);
    list.setPath(list.path() + u"/program/api/members"_s);
    const HttpResult r =
        send(*m_nam, requestFor(list, {{"Accept", kStellar}, {"Authorization", "Bearer " + emptyToken}}));
    QCOMPARE(r.status, 200);
    const QJsonObject data = r.json().value("data"_L1).toObject();
    QCOMPARE(data.value("total_entries"_L1).toInt(), 0);
    QCOMPARE(data.value("total_pages"_L1).toInt(), 0);
    QVERIFY(data.value("members"_L1).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxCheetah)
#include "tst_sandboxcheetah.moc"
