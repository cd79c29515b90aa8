// SandboxServer: the four vendors on one port: base URLs, each vendor's auth check and error bodies as documented,
// the generated data (shape and determinism), vendor-shaped fault and routing errors.

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxserver.h"
#include "sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
const QByteArray kStellar = "application/vnd.stellar-v1+json";

QSet<QString> keysOf(const QJsonObject& o) {
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(std::initializer_list<const char*> names) {
    QSet<QString> out;
    for (const char* n : names)
        out.insert(QString::fromLatin1(n));
    return out;
}
} // namespace

class TestSandboxServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void baseUrls();
    void truCentiveAuth();
    void truCentiveMe();
    void tremendousAuth();
    void tremendousFundingSourcesFollowTheSchema();
    void triggAuth();
    void triggCustomerLookups();
    void unroutedAndWrongMethodUseVendorErrorBodies();
    void injectedFaultsUseVendorErrorBodies();
    void credentialsCanBeReplaced();
    void sameSeedSameBytes();
    void resetChangesData();

private:
    QUrl url(Vendor vendor, const QString& path) const {
        QUrl u = m_server->baseUrl(vendor);
        u.setPath(u.path() + path);
        return u;
    }
    HttpResult trucentive(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResult tremendous(const QString& path, const QByteArray& authorization);
    HttpResult trigg(const QUrl& url, const QByteArray& key);
    QByteArray triggKey() const { return SandboxServer::demoCredentials(Vendor::Trigg).apiKey; }
    // The data endpoints of all four vendors, concatenated (Cheetah through a fresh token).
    QByteArray dataSnapshot(SandboxServer& server);

    SandboxServer* m_server = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
};

void TestSandboxServer::init() {
    m_server = new SandboxServer(7, 25);
    QVERIFY(m_server->listen(0));
    m_nam = new QNetworkAccessManager;
}

void TestSandboxServer::cleanup() {
    delete m_nam;
    m_nam = nullptr;
    delete m_server;
    m_server = nullptr;
}

HttpResult TestSandboxServer::trucentive(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers) {
    QUrl u = m_server->baseUrl(Vendor::TruCentive);
    const qsizetype q = path.indexOf(u'?');
    u.setPath(u.path() + path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return send(*m_nam, requestFor(u, headers));
}

HttpResult TestSandboxServer::tremendous(const QString& path, const QByteArray& authorization) {
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isNull())
        headers.append({"Authorization", authorization});
    return send(*m_nam, requestFor(url(Vendor::Tremendous, path), headers));
}

HttpResult TestSandboxServer::trigg(const QUrl& u, const QByteArray& key) {
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!key.isNull())
        headers.append({"x-api-key", key});
    return send(*m_nam, requestFor(u, headers));
}

void TestSandboxServer::baseUrls() {
    const QString root = u"http://127.0.0.1:%1"_s.arg(m_server->port());
    QCOMPARE(m_server->baseUrl(Vendor::TruCentive).toString(), root + u"/trucentive/api/v1"_s);
    QCOMPARE(m_server->baseUrl(Vendor::Tremendous).toString(), root + u"/tremendous/api/v2"_s);
    QCOMPARE(m_server->baseUrl(Vendor::Cheetah).toString(), root + u"/cheetah"_s);
    QCOMPARE(m_server->baseUrl(Vendor::Trigg).toString(), root + u"/trigg/v4"_s);
    QVERIFY(SandboxServer::demoCredentials(Vendor::Tremendous).apiKey.startsWith("TEST_"));
    for (Vendor v : {Vendor::TruCentive, Vendor::Trigg})
        QVERIFY(!SandboxServer::demoCredentials(v).apiKey.isEmpty());
    QVERIFY(!SandboxServer::demoCredentials(Vendor::Cheetah).clientId.isEmpty());
    QVERIFY(!SandboxServer::demoCredentials(Vendor::Cheetah).clientSecret.isEmpty());

    const HttpResult info = send(*m_nam, requestFor(QUrl(root + u"/_sandbox"_s)));
    QCOMPARE(info.json().value("vendors"_L1).toObject().value("trigg"_L1).toString(), root + u"/trigg/v4"_s);
}

void TestSandboxServer::truCentiveAuth() {
    const QByteArray key = SandboxServer::demoCredentials(Vendor::TruCentive).apiKey;
    QJsonObject denied;
    denied.insert("error"_L1, u"Access Denied -- Your API key is wrong or your OAuth account is not authorized."_s);
    denied.insert("status"_L1, 403);

    QCOMPARE(trucentive(u"/me"_s, {{"Authorization", key}}).status, 200);                   // raw key header
    QCOMPARE(trucentive(u"/me?api_key="_s + QString::fromLatin1(key)).status, 200);         // URL parameter
    for (const HttpResult& r : {trucentive(u"/me"_s),                                       // missing
                                trucentive(u"/me"_s, {{"Authorization", "wrong"}}),         // wrong
                                trucentive(u"/me"_s, {{"Authorization", "Bearer " + key}}), // a scheme
                                trucentive(u"/me?api_key=nope"_s),                          // wrong parameter
                                trucentive(u"/me?api_key="_s + QString::fromLatin1(key),    // a wrong header
                                           {{"Authorization", "wrong"}})}) {                // decides
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json(), denied);
    }
}

void TestSandboxServer::truCentiveMe() {
    const HttpResult r =
        trucentive(u"/me"_s, {{"Authorization", SandboxServer::demoCredentials(Vendor::TruCentive).apiKey}});
    const QJsonObject me = r.json();
    QCOMPARE(keysOf(me), setOf({"id", "uuid", "email", "name"}));
    QVERIFY(QRegularExpression(u"^user-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                .match(me.value("id"_L1).toString())
                .hasMatch());
    QCOMPARE(me.value("uuid"_L1), me.value("id"_L1));
    QVERIFY(me.value("email"_L1).toString().contains(u'@'));
    QVERIFY(me.value("name"_L1).toString().contains(u' '));
}

void TestSandboxServer::tremendousAuth() {
    const QByteArray key = SandboxServer::demoCredentials(Vendor::Tremendous).apiKey;
    QCOMPARE(tremendous(u"/funding_sources"_s, "Bearer " + key).status, 200);
    QCOMPARE(tremendous(u"/funding_sources"_s, "bearer " + key).status, 200); // the scheme is case-insensitive
    for (const QByteArray& authorization : {QByteArray(), QByteArray("Bearer wrong"), key, QByteArray("Bearer "),
                                            QByteArray("Basic " + key), QByteArray("Bearer PROD_" + key.mid(5))}) {
        const HttpResult r = tremendous(u"/funding_sources"_s, authorization);
        QCOMPARE(r.status, 401);
        const QJsonObject body = r.json();
        QCOMPARE(keysOf(body), setOf({"errors"}));
        const QJsonObject errors = body.value("errors"_L1).toObject();
        QCOMPARE(keysOf(errors), setOf({"message", "payload"}));
        QVERIFY(!errors.value("message"_L1).toString().isEmpty());
        QVERIFY(errors.value("payload"_L1).isObject());
        QVERIFY(errors.value("payload"_L1).toObject().isEmpty());
    }
}

void TestSandboxServer::tremendousFundingSourcesFollowTheSchema() {
    const HttpResult r =
        tremendous(u"/funding_sources"_s, "Bearer " + SandboxServer::demoCredentials(Vendor::Tremendous).apiKey);
    QCOMPARE(r.status, 200);
    QCOMPARE(keysOf(r.json()), setOf({"funding_sources"}));
    const QJsonArray sources = r.json().value("funding_sources"_L1).toArray();
    QVERIFY(sources.size() >= 1);

    // Meta fields the spec documents per method (ListFundingSources200ResponseFundingSourcesInnerMeta).
    const QHash<QString, QSet<QString>> metaByMethod = {
        {u"balance"_s,
         setOf({"available_amount", "available_cents", "currency_code", "pending_amount", "pending_cents"})},
        {u"credit_card"_s, setOf({"accountholder_name", "network", "last4", "expired", "year", "month",
                                  "last_payment_failed_at", "failure_details"})},
        {u"bank_account"_s, setOf({"accountholder_name", "account_type", "bank_name", "account_number_mask",
                                   "account_routing_mask", "refundable", "last_payment_failed_at", "failure_details"})},
        {u"invoice"_s, setOf({"available_amount", "available_cents", "currency_code", "credit_limit_amount",
                              "credit_limit_cents", "invoice_type", "interval", "day_of_week", "net", "company_name",
                              "address_1", "address_2", "city", "state", "zip", "phone", "emails"})},
    };
    const QSet<QString> permissions = setOf({"api_orders", "dashboard_orders", "balance_funding"});
    const QRegularExpression idPattern(u"^[A-Z0-9]{4,20}$"_s);
    bool sawBalance = false;
    for (const QJsonValue& value : sources) {
        const QJsonObject source = value.toObject();
        QVERIFY(keysOf(source).contains(setOf({"id", "method", "meta"}))); // required
        QVERIFY(
            keysOf(source).subtract(setOf({"id", "method", "usage_permissions", "status", "type", "meta"})).isEmpty());
        QVERIFY(idPattern.match(source.value("id"_L1).toString()).hasMatch());
        const QString method = source.value("method"_L1).toString();
        QVERIFY2(metaByMethod.contains(method), qPrintable(method));
        QVERIFY(setOf({"active", "deleted", "failed"}).contains(source.value("status"_L1).toString()));
        QCOMPARE(source.contains("type"_L1), method == u"invoice"_s); // "only available when method is invoice"
        for (const QJsonValue& p : source.value("usage_permissions"_L1).toArray())
            QVERIFY(permissions.contains(p.toString()));
        const QJsonObject meta = source.value("meta"_L1).toObject();
        QVERIFY2(keysOf(meta).subtract(metaByMethod.value(method)).isEmpty(), qPrintable(method));
        if (method == u"balance"_s) {
            sawBalance = true;
            const QJsonValue cents = meta.value("available_cents"_L1);
            QVERIFY(cents.isDouble() && cents.toDouble() == static_cast<double>(cents.toInteger()));
            QCOMPARE(meta.value("available_amount"_L1).toDouble() * 100, cents.toDouble());
            QCOMPARE(meta.value("currency_code"_L1).toString(), u"USD"_s);
            QVERIFY(meta.value("pending_cents"_L1).isDouble());
        }
    }
    QVERIFY(sawBalance);
}

void TestSandboxServer::triggAuth() {
    QUrl u = url(Vendor::Trigg, u"/customers/id/"_s + m_server->triggCustomerId(0));
    QCOMPARE(trigg(u, triggKey()).status, 200);
    for (const QByteArray& key : {QByteArray(), QByteArray("wrong"), QByteArray("Bearer " + triggKey())}) {
        const HttpResult r = trigg(u, key);
        QCOMPARE(r.status, 401);
        const QJsonObject body = r.json();
        QCOMPARE(keysOf(body), setOf({"code", "message", "detailedErrorMessage"}));
        QVERIFY(body.value("code"_L1).isString()); // a string, as documented
        QCOMPARE(body.value("code"_L1).toString(), u"401"_s);
        QCOMPARE(body.value("message"_L1).toString(), u"Unauthorized"_s);
        QVERIFY(!body.value("detailedErrorMessage"_L1).toString().isEmpty());
    }
    // The key in another header (or the Authorization header) is not accepted.
    QCOMPARE(send(*m_nam, requestFor(u, {{"Authorization", triggKey()}})).status, 401);
}

void TestSandboxServer::triggCustomerLookups() {
    for (int index : {0, 1, 24}) {
        const QString phone = m_server->triggCustomerPhone(index);
        QVERIFY(QRegularExpression(u"^\\+479\\d{7}$"_s).match(phone).hasMatch());
        QUrl byPhone = url(Vendor::Trigg, u"/customers"_s);
        byPhone.setQuery(u"mobilePhone="_s + QString(phone).replace(u'+', "%2B"_L1));
        const HttpResult r = trigg(byPhone, triggKey());
        QCOMPARE(r.status, 200);
        QCOMPARE(keysOf(r.json()), setOf({"data"}));
        const QJsonObject customer = r.json().value("data"_L1).toObject();
        QCOMPARE(customer.value("mobilePhone"_L1).toString(), phone);
        QCOMPARE(customer.value("id"_L1).toString(), m_server->triggCustomerId(index));
        for (const char* field : {"id", "externalId", "mobilePhone", "email", "firstName", "lastName", "address", "zip",
                                  "city", "country", "birthDate", "gender", "favoriteStores", "interests", "loyalty"})
            QVERIFY2(customer.contains(QLatin1String(field)), field);
        QVERIFY(customer.value("zip"_L1).isString());
        const QJsonObject loyalty = customer.value("loyalty"_L1).toObject();
        QCOMPARE(loyalty.value("points"_L1).toInteger(),
                 loyalty.value("pointsActive"_L1).toInteger() + loyalty.value("pointsPending"_L1).toInteger());

        // By id, upper or lower case: the same customer.
        const HttpResult byId =
            trigg(url(Vendor::Trigg, u"/customers/id/"_s + customer.value("id"_L1).toString()), triggKey());
        QCOMPARE(byId.body, r.body);
        QCOMPARE(
            trigg(url(Vendor::Trigg, u"/customers/id/"_s + customer.value("id"_L1).toString().toLower()), triggKey())
                .body,
            r.body);
    }

    QJsonObject notFound;
    notFound.insert("code"_L1, u"404"_s);
    notFound.insert("message"_L1, u"Not Found"_s);
    notFound.insert("detailedErrorMessage"_L1, u"Customer not found"_s);

    // An unencoded '+' decodes to a space, as on the vendor's server: nobody is found (QUrlQuery leaves '+' as is).
    QUrl raw = url(Vendor::Trigg, u"/customers"_s);
    QUrlQuery query;
    query.addQueryItem(u"mobilePhone"_s, m_server->triggCustomerPhone(0));
    raw.setQuery(query);
    HttpResult r = trigg(raw, triggKey());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json(), notFound);

    QUrl unknown = url(Vendor::Trigg, u"/customers"_s);
    unknown.setQuery(u"mobilePhone=%2B4712345678"_s);
    QCOMPARE(trigg(unknown, triggKey()).json(), notFound);
    // Past the generated size.
    SandboxServer bigger(7, 1000);
    unknown.setQuery(u"mobilePhone="_s + bigger.triggCustomerPhone(500).replace(u'+', "%2B"_L1));
    QCOMPARE(trigg(unknown, triggKey()).status, 404);

    r = trigg(url(Vendor::Trigg, u"/customers/id/2457B03E-9925-45E9-B551-25F10D7BD4F2"_s), triggKey());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json(), notFound);
    QCOMPARE(trigg(url(Vendor::Trigg, u"/customers/id/not-a-guid"_s), triggKey()).status, 404);

    r = trigg(url(Vendor::Trigg, u"/customers"_s), triggKey());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("code"_L1).toString(), u"400"_s);
}

void TestSandboxServer::unroutedAndWrongMethodUseVendorErrorBodies() {
    HttpResult r = tremendous(u"/nothing_here"_s, "Bearer x");
    QCOMPARE(r.status, 404);
    QVERIFY(r.json().value("errors"_L1).toObject().contains("message"_L1));

    r = trucentive(u"/nothing_here"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value("status"_L1).toInt(), 404);

    r = send(*m_nam, requestFor(url(Vendor::Cheetah, u"/program/api/nothing"_s), {{"Accept", kStellar}}));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value("code"_L1).toInt(), 4044);
    QCOMPARE(r.json().value("name"_L1).toString(), u"not_available"_s);

    r = send(*m_nam, requestFor(url(Vendor::Trigg, u"/customers"_s), {{"x-api-key", triggKey()}}), "DELETE");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET"));
    QCOMPARE(r.json().value("code"_L1).toString(), u"405"_s);
}

void TestSandboxServer::injectedFaultsUseVendorErrorBodies() {
    FaultInjector* faults = m_server->faults();
    faults->inject(Fault::Kind::RateLimit, u"/trucentive/*"_s, 1);
    faults->inject(Fault::Kind::RateLimit, u"/tremendous/*"_s, 1);
    faults->inject(Fault::Kind::RateLimit, u"/cheetah/*"_s, 1);
    faults->inject(Fault::Kind::RateLimit, u"/trigg/*"_s, 1);

    HttpResult r = trucentive(u"/me"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value("status"_L1).toInt(), 429);
    QVERIFY(r.json().value("error"_L1).isString());

    r = tremendous(u"/funding_sources"_s, {});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value("errors"_L1).toObject().value("payload"_L1).toObject(), QJsonObject());

    r = send(*m_nam, requestFor(url(Vendor::Cheetah, u"/program/api/members"_s)));
    QCOMPARE(r.status, 429);
    QVERIFY(r.json().value("code"_L1).isDouble());
    QVERIFY(r.json().contains("name"_L1) && r.json().contains("message"_L1));

    r = trigg(url(Vendor::Trigg, u"/customers"_s), {});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value("code"_L1).toString(), u"429"_s);
    QCOMPARE(r.json().value("message"_L1).toString(), u"Too Many Requests"_s);
    QCOMPARE(r.json().value("detailedErrorMessage"_L1).toObject(), QJsonObject()); // as in the docs' example
    QVERIFY(!r.header("Retry-After").isEmpty());

    Fault gateway;
    gateway.kind = Fault::Kind::ServerError;
    gateway.status = 502;
    gateway.path = u"/trigg/v4/customers"_s;
    gateway.count = 1;
    faults->add(gateway);
    r = trigg(url(Vendor::Trigg, u"/customers"_s), triggKey());
    QCOMPARE(r.status, 502);
    QVERIFY(r.json().value("detailedErrorMessage"_L1).toObject().contains("gateway"_L1));
}

void TestSandboxServer::credentialsCanBeReplaced() {
    m_server->setCredentials(Vendor::Trigg, DemoCredentials{"CANARY-trigg-0001", {}, {}});
    const QUrl u = url(Vendor::Trigg, u"/customers/id/"_s + m_server->triggCustomerId(0));
    QCOMPARE(trigg(u, triggKey()).status, 401);
    QCOMPARE(trigg(u, "CANARY-trigg-0001").status, 200);
    QCOMPARE(m_server->credentials(Vendor::Trigg).apiKey, QByteArray("CANARY-trigg-0001"));

    m_server->setCredentials(Vendor::TruCentive, DemoCredentials{});
    QCOMPARE(trucentive(u"/me"_s, {{"Authorization", ""}}).status, 403); // an empty key never matches
    QCOMPARE(trucentive(u"/me?api_key="_s).status, 403);
}

QByteArray TestSandboxServer::dataSnapshot(SandboxServer& server) {
    QByteArray all;
    const auto base = [&server](Vendor v, const QString& path) {
        QUrl u = server.baseUrl(v);
        u.setPath(u.path() + path);
        return u;
    };
    all += send(*m_nam, requestFor(base(Vendor::TruCentive, u"/me"_s),
                                   {{"Authorization", SandboxServer::demoCredentials(Vendor::TruCentive).apiKey}}))
               .body;
    all += send(*m_nam,
                requestFor(base(Vendor::Tremendous, u"/funding_sources"_s),
                           {{"Authorization", "Bearer " + SandboxServer::demoCredentials(Vendor::Tremendous).apiKey}}))
               .body;
    QNetworkRequest tokenRequest = requestFor(base(Vendor::Cheetah, u"/oauth/token"_s), {{"Accept", kStellar}});
    tokenRequest.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    const DemoCredentials cheetah = SandboxServer::demoCredentials(Vendor::Cheetah);
    const QByteArray token =
        send(*m_nam, tokenRequest, "POST",
             "grant_type=client_credentials&client_id=" + cheetah.clientId + "&client_secret=" + cheetah.clientSecret)
            .json()
            .value("access_token"_L1)
            .toString()
            .toLatin1();
    QUrl members = base(Vendor::Cheetah, u"/program/api/members"_s);
    members.setQuery(u"per_page=100"_s);
    all += send(*m_nam, requestFor(members, {{"Accept", kStellar}, {"Authorization", "Bearer " + token}})).body;
    for (int i : {0, 3, 19}) {
        QUrl customer = base(Vendor::Trigg, u"/customers/id/"_s + server.triggCustomerId(i));
        all += send(*m_nam, requestFor(customer, {{"x-api-key", triggKey()}})).body;
    }
    return all;
}

void TestSandboxServer::sameSeedSameBytes() {
    SandboxServer a(42, 20);
    SandboxServer b(42, 20);
    SandboxServer c(43, 20);
    QVERIFY(a.listen() && b.listen() && c.listen());
    const QByteArray first = dataSnapshot(a);
    QVERIFY(first.size() > 3000);
    QVERIFY(first.contains("\"total_entries\":20"));
    QCOMPARE(dataSnapshot(b), first);
    QCOMPARE(dataSnapshot(a), first); // and again from the same server
    const QByteArray other = dataSnapshot(c);
    QVERIFY(other != first);
    // Different in every vendor, not just somewhere.
    QVERIFY(a.triggCustomerPhone(0) != c.triggCustomerPhone(0));
    QVERIFY(a.triggCustomerId(0) != c.triggCustomerId(0));
    QVERIFY(other.left(120) != first.left(120)); // TruCentive /me comes first
}

void TestSandboxServer::resetChangesData() {
    const QString before = m_server->triggCustomerPhone(0);
    m_server->reset(99, 10);
    QCOMPARE(m_server->seed(), quint64(99));
    QCOMPARE(m_server->size(), 10);
    QVERIFY(m_server->triggCustomerPhone(0) != before);
    QUrl byPhone = url(Vendor::Trigg, u"/customers"_s);
    byPhone.setQuery(u"mobilePhone="_s + m_server->triggCustomerPhone(9).replace(u'+', "%2B"_L1));
    QCOMPARE(trigg(byPhone, triggKey()).status, 200);
    byPhone.setQuery(u"mobilePhone="_s + m_server->triggCustomerPhone(10).replace(u'+', "%2B"_L1));
    QCOMPARE(trigg(byPhone, triggKey()).status, 404); // size 10: index 10 does not exist
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
