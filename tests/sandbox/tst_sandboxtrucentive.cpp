// SandboxTruCentive over real HTTP: every route's documented shape, the auth check, deliver (urlencoded, multipart,
// JSON; validation; funds running out; batch), show with url/redemption_url, asynchronous open (locked, expired,
// idempotent), the viewed/opened feeds and their windows, sessions paging, sample envelopes and determinism.

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <limits>

#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxrandom.h"
#include "api/sandbox/sandboxserver.h"
#include "api/sandbox/sandboxtrucentive.h"
#include "sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

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

const QSet<QString> kEnvelopeKeys = setOf({"id", "uuid", "addresses", "project", "state", "delivered_at", "opened_at",
                                           "viewed_at", "expires_at", "test_mode"});

qint64 msOf(const QJsonValue& v) {
    return v.isNull() ? -1 : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QJsonArray arrayOf(const HttpResult& r) {
    return QJsonDocument::fromJson(r.body).array();
}
} // namespace

class TestSandboxTruCentive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void authOnEveryRoute();
    void notAcceptableAndUnknownRoutes();
    void meAndProjects();
    void instruments();
    void envelopeShapeAndSamples();
    void envelopeUrlAndRedemptionUrl();
    void envelopeLookupErrors();
    void samplesExistForEverySize_data();
    void samplesExistForEverySize();
    void envelopeIdsRoundTrip();
    void deliverUrlEncoded();
    void deliverMultipartAndJson();
    void deliverValidation();
    void deliverFixedValueIgnoresAmount();
    void deliverBatchIsNotDelivered();
    void fundsRunOut();
    void openIsAsynchronous();
    void openLockedFailsAtOnce();
    void openExpiredFailsLater();
    void openIsIdempotent();
    void viewedFeedWindows();
    void openedFeedWindows();
    void feedValidation();
    void sessionsPaging();
    void sameSeedSameBytes();
    void resetDropsState();

private:
    QUrl url(const QString& path, const QUrlQuery& query = {}) const {
        QUrl u = m_server->baseUrl(Vendor::TruCentive);
        u.setPath(u.path() + path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }
    static QByteArray key() { return SandboxServer::demoCredentials(Vendor::TruCentive).apiKey; }
    HttpResult get(const QString& path, const QUrlQuery& query = {},
                   const Headers& headers = {{"Authorization", key()}}) {
        return send(*m_nam, requestFor(url(path, query), headers));
    }
    HttpResult post(const QString& path, const QByteArray& body = {}, const QByteArray& contentType = {},
                    const Headers& headers = {{"Authorization", key()}}) {
        QNetworkRequest request = requestFor(url(path), headers);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        return send(*m_nam, request, "POST", body);
    }
    HttpResult deliverForm(const QByteArray& form) {
        return post(u"/envelope/deliver"_s, form, "application/x-www-form-urlencoded");
    }
    QJsonObject envelope(const QString& id, const QString& extra = {}) {
        QUrlQuery q(u"envelope_uuid="_s + id + extra);
        const HttpResult r = get(u"/envelope"_s, q);
        return r.status == 200 ? r.json() : QJsonObject();
    }
    QJsonArray feed(const QString& which, const QString& since = {}) {
        QUrlQuery q;
        if (!since.isNull())
            q.addQueryItem(u"since"_s, since);
        const HttpResult r = get(u"/envelopes/"_s + which, q);
        return r.status == 200 ? arrayOf(r) : QJsonArray{QJsonValue(u"HTTP %1"_s.arg(r.status))};
    }
    static bool contains(const QJsonArray& envelopes, const QString& id) {
        for (const QJsonValue& v : envelopes) {
            if (v.toObject().value("id"_L1).toString() == id)
                return true;
        }
        return false;
    }
    static void verifyError(const HttpResult& r, int status, const QString& contains = {}) {
        QCOMPARE(r.status, status);
        const QJsonObject body = r.json();
        QCOMPARE(keysOf(body), setOf({"error", "status"}));
        QCOMPARE(body.value("status"_L1).toInt(), status);
        QVERIFY2(body.value("error"_L1).toString().contains(contains), r.body.constData());
    }
    static void verifyEnvelope(const QJsonObject& e) {
        QVERIFY(QRegularExpression(u"^[A-Z]{18}$"_s).match(e.value("id"_L1).toString()).hasMatch());
        QCOMPARE(e.value("uuid"_L1), e.value("id"_L1));
        const QJsonArray addresses = e.value("addresses"_L1).toArray();
        QVERIFY(!addresses.isEmpty());
        for (const QJsonValue& a : addresses) {
            const QJsonObject address = a.toObject();
            QCOMPARE(keysOf(address), setOf({"uuid", "format", "delivery_address"}));
            QVERIFY(address.value("uuid"_L1).toString().startsWith("addr-"_L1));
            const QString format = address.value("format"_L1).toString();
            QVERIFY(format == "mailto"_L1 || format == "sms"_L1);
            QCOMPARE(address.value("delivery_address"_L1).toString().contains(u'@'), format == "mailto"_L1);
        }
        QCOMPARE(keysOf(e.value("project"_L1).toObject()), setOf({"uuid", "name"}));
        QVERIFY(e.value("project"_L1).toObject().value("uuid"_L1).toString().startsWith("project-"_L1));
        for (const char* k : {"delivered_at", "opened_at", "viewed_at", "expires_at"}) {
            const QJsonValue v = e.value(QLatin1StringView(k));
            QVERIFY2(v.isNull() || msOf(v) > 0, k);
        }
        QVERIFY(!e.value("expires_at"_L1).isNull());
        QVERIFY(e.value("test_mode"_L1).isBool());
    }

    SandboxServer* m_server = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    SandboxTruCentive::Samples m_samples;
};

void TestSandboxTruCentive::init() {
    m_server = new SandboxServer(11, 200);
    QVERIFY(m_server->listen());
    m_server->truCentive()->setAsyncDelay(40, 80);
    m_nam = new QNetworkAccessManager;
    m_samples = m_server->truCentive()->samples();
}

void TestSandboxTruCentive::cleanup() {
    delete m_nam;
    m_nam = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestSandboxTruCentive::authOnEveryRoute() {
    const QString id = m_samples.delivered;
    const QUrlQuery projectQuery(u"project_uuid="_s + m_samples.projectUuid);
    const QUrlQuery envelopeQuery(u"envelope_uuid="_s + id);
    const auto all = [&](const Headers& headers, const QString& apiKey) {
        QList<int> statuses;
        const auto q = [&apiKey](QUrlQuery query) {
            if (!apiKey.isNull())
                query.addQueryItem(u"api_key"_s, apiKey);
            return query;
        };
        for (const auto& [path, query] : QList<QPair<QString, QUrlQuery>>{{u"/me"_s, {}},
                                                                          {u"/projects"_s, {}},
                                                                          {u"/project/instruments"_s, projectQuery},
                                                                          {u"/envelope"_s, envelopeQuery},
                                                                          {u"/envelopes/viewed"_s, {}},
                                                                          {u"/envelopes/opened"_s, {}},
                                                                          {u"/sessions"_s, {}}})
            statuses.append(send(*m_nam, requestFor(url(path, q(query)), headers)).status);
        for (const QString& path : QStringList{u"/envelope/deliver"_s, u"/envelopes/"_s + id + u"/open"_s})
            statuses.append(send(*m_nam, requestFor(url(path, q({})), headers), "POST", "x=1").status);
        return statuses;
    };
    // Wrong, missing, a scheme, a wrong api_key, a wrong header beside a right api_key: 403 everywhere, nothing done.
    const QList<int> denied(9, 403);
    QCOMPARE(all({}, {}), denied);
    QCOMPARE(all({{"Authorization", "wrong"}}, {}), denied);
    QCOMPARE(all({{"Authorization", "Bearer " + key()}}, {}), denied);
    QCOMPARE(all({}, u"nope"_s), denied);
    QCOMPARE(all({{"Authorization", "wrong"}}, QString::fromLatin1(key())), denied);
    const HttpResult r = get(u"/projects"_s, {}, {{"Authorization", "wrong"}});
    verifyError(r, 403, u"Access Denied"_s);
    QVERIFY(envelope(id).value("opened_at"_L1).isNull()); // the denied open did nothing
    QTest::qWait(150);
    QCOMPARE(envelope(id).value("state"_L1).toString(), u"delivered"_s);

    // The raw key header, or api_key (as the real API allows; RewardDesk never sends it).
    const QList<int> granted = {200, 200, 200, 200, 200, 200, 200, 400, 200};
    QCOMPARE(all({{"Authorization", key()}}, {}), granted);
    QCOMPARE(all({}, QString::fromLatin1(key())), granted);
}

void TestSandboxTruCentive::notAcceptableAndUnknownRoutes() {
    HttpResult r = get(u"/projects"_s, {}, {{"Authorization", key()}, {"Accept", "text/html"}});
    verifyError(r, 406, u"format"_s);
    for (const char* accept : {"application/json", "*/*", "text/html, application/json;q=0.9", "application/*"})
        QCOMPARE(get(u"/projects"_s, {}, {{"Authorization", key()}, {"Accept", accept}}).status, 200);

    verifyError(get(u"/envelopes"_s), 404);
    verifyError(get(u"/nothing/here"_s), 404);
    r = get(u"/envelopes/"_s + m_samples.delivered + u"/open"_s); // GET on a POST route
    QCOMPARE(r.status, 405);
    QCOMPARE(r.json().value("status"_L1).toInt(), 405);
}

void TestSandboxTruCentive::meAndProjects() {
    const QJsonObject me = get(u"/me"_s).json();
    QCOMPARE(keysOf(me), setOf({"id", "uuid", "email", "name"}));
    QVERIFY(me.value("id"_L1).toString().startsWith("user-"_L1));

    const HttpResult r = get(u"/projects"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const QJsonArray projects = arrayOf(r);
    QCOMPARE(projects.size(), 6);
    int fixed = 0, test = 0, low = 0;
    for (const QJsonValue& v : projects) {
        const QJsonObject p = v.toObject();
        QCOMPARE(keysOf(p),
                 setOf({"id", "uuid", "name", "description", "account_uuid", "starts_at", "expires_at", "created_at",
                        "min_instrument_value", "max_instrument_value", "test_mode", "custom_fields"}));
        QVERIFY(QRegularExpression(u"^project-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                    .match(p.value("id"_L1).toString())
                    .hasMatch());
        QCOMPARE(p.value("uuid"_L1), p.value("id"_L1));
        QVERIFY(p.value("account_uuid"_L1).toString().startsWith("account-"_L1));
        QVERIFY(msOf(p.value("created_at"_L1)) > 0 && msOf(p.value("starts_at"_L1)) >= msOf(p.value("created_at"_L1)));
        QVERIFY(p.value("expires_at"_L1).isNull() || msOf(p.value("expires_at"_L1)) > 0);
        QVERIFY(p.value("min_instrument_value"_L1).isDouble() && p.value("max_instrument_value"_L1).isDouble());
        const double min = p.value("min_instrument_value"_L1).toDouble();
        const double max = p.value("max_instrument_value"_L1).toDouble();
        QVERIFY(min > 0 && min <= max);
        fixed += min == max ? 1 : 0;
        test += p.value("test_mode"_L1).toBool() ? 1 : 0;
        low += p.value("name"_L1).toString() == "Low balance project"_L1 ? 1 : 0;
        for (const QJsonValue& field : p.value("custom_fields"_L1).toArray())
            QVERIFY(field.isString());
    }
    QCOMPARE(fixed, 1);
    QCOMPARE(test, 1);
    QCOMPARE(low, 1);
    QVERIFY(r.body.contains("\"min_instrument_value\":5.0,\"max_instrument_value\":30.25")); // as the docs print
    QVERIFY(r.body.contains("\"custom_fields\":[\"custom_color\",\"custom_size\"]"));
    QVERIFY(r.body.startsWith("[{\"id\":\"project-"));
}

void TestSandboxTruCentive::instruments() {
    HttpResult r = get(u"/project/instruments"_s, QUrlQuery(u"project_uuid="_s + m_samples.projectUuid));
    QCOMPARE(r.status, 200);
    const QJsonArray list = arrayOf(r);
    QVERIFY(list.size() >= 2);
    QSet<QString> ids;
    for (const QJsonValue& v : list) {
        const QJsonObject i = v.toObject();
        QCOMPARE(keysOf(i), setOf({"id", "uuid", "name", "description"}));
        QVERIFY(i.value("id"_L1).toString().startsWith("inst-"_L1));
        QCOMPARE(i.value("uuid"_L1), i.value("id"_L1));
        ids.insert(i.value("id"_L1).toString());
    }
    QVERIFY(ids.contains(m_samples.instrumentUuid));
    r = get(u"/project/instruments"_s, QUrlQuery(u"project_uuid="_s + m_samples.lowBalanceProjectUuid));
    QVERIFY(r.body.contains(m_samples.lowBalanceInstrumentUuid.toLatin1()));

    verifyError(get(u"/project/instruments"_s), 400, u"project_uuid"_s);
    verifyError(get(u"/project/instruments"_s, QUrlQuery(u"project_uuid=project-nope"_s)), 404, u"Project"_s);
}

void TestSandboxTruCentive::envelopeShapeAndSamples() {
    const struct {
        QString id;
        const char* state;
        bool delivered, viewed, opened, testMode;
    } expected[] = {
        {m_samples.opened, "opened", true, true, true, false},
        {m_samples.openedWithoutRedemptionUrl, "opened", true, true, true, false},
        {m_samples.viewed, "viewed", true, true, false, false},
        {m_samples.delivered, "delivered", true, false, false, false},
        {m_samples.sms, "delivered", true, false, false, false},
        {m_samples.locked, "locked", true, true, false, false},
        {m_samples.expired, "expired", true, false, false, false},
        {m_samples.testMode, "viewed", true, true, false, true},
        {m_samples.approved, "approved", false, false, false, false},
    };
    QCOMPARE(m_samples.envelopeIds().size(), 9);
    for (const auto& x : expected) {
        const HttpResult r = get(u"/envelope"_s, QUrlQuery(u"envelope_uuid="_s + x.id));
        QCOMPARE(r.status, 200);
        const QJsonObject e = r.json();
        QCOMPARE(keysOf(e), kEnvelopeKeys); // no custom_fields, url or redemption_url unless asked for
        verifyEnvelope(e);
        QCOMPARE(e.value("id"_L1).toString(), x.id);
        QCOMPARE(e.value("state"_L1).toString(), QString::fromLatin1(x.state));
        QCOMPARE(!e.value("delivered_at"_L1).isNull(), x.delivered);
        QCOMPARE(!e.value("viewed_at"_L1).isNull(), x.viewed);
        QCOMPARE(!e.value("opened_at"_L1).isNull(), x.opened);
        QCOMPARE(e.value("test_mode"_L1).toBool(), x.testMode);
        QVERIFY(r.body.startsWith(QByteArray("{\"id\":\"" + x.id.toLatin1() + "\",\"uuid\":"))); // the docs' key order
        if (x.viewed && x.delivered)
            QVERIFY(msOf(e.value("delivered_at"_L1)) <= msOf(e.value("viewed_at"_L1)));
        if (x.opened)
            QVERIFY(msOf(e.value("viewed_at"_L1)) <= msOf(e.value("opened_at"_L1)));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(msOf(envelope(m_samples.expired).value("expires_at"_L1)) < now);
    QVERIFY(msOf(envelope(m_samples.delivered).value("expires_at"_L1)) > now);
    QVERIFY(envelope(m_samples.delivered).value("expires_at"_L1).toString().endsWith("T23:59:59.999Z"_L1));
    const QJsonArray sms = envelope(m_samples.sms).value("addresses"_L1).toArray();
    QCOMPARE(sms.size(), 1);
    QCOMPARE(sms.at(0).toObject().value("format"_L1).toString(), u"sms"_s);
    QVERIFY(QRegularExpression(u"^[0-9]{3}-[0-9]{3}-[0-9]{4}$"_s)
                .match(sms.at(0).toObject().value("delivery_address"_L1).toString())
                .hasMatch());
    QCOMPARE(envelope(m_samples.viewed).value("addresses"_L1).toArray().size(), 2);
}

void TestSandboxTruCentive::envelopeUrlAndRedemptionUrl() {
    QJsonObject e = envelope(m_samples.viewed, u"&show_url=true"_s);
    QCOMPARE(keysOf(e), kEnvelopeKeys + setOf({"url"}));
    const QString expectedPrefix = u"https://127.0.0.1:%1/redeem/%2?t="_s.arg(m_server->port()).arg(m_samples.viewed);
    QVERIFY2(e.value("url"_L1).toString().startsWith(expectedPrefix), qPrintable(e.value("url"_L1).toString()));
    QVERIFY(QRegularExpression(u"\\?t=[0-9a-f]{32}$"_s).match(e.value("url"_L1).toString()).hasMatch());
    QCOMPARE(keysOf(envelope(m_samples.viewed, u"&show_url=false"_s)), kEnvelopeKeys);
    QVERIFY(envelope(m_samples.approved, u"&show_url=1"_s).value("url"_L1).isString()); // batch: the url to hand out

    // redemption_url only when asked, opened, and the instrument has an external redemption URL.
    e = envelope(m_samples.opened, u"&redemption_url=true"_s);
    QCOMPARE(keysOf(e), kEnvelopeKeys + setOf({"redemption_url"}));
    QVERIFY(e.value("redemption_url"_L1).toString().startsWith("https://"_L1));
    QCOMPARE(keysOf(envelope(m_samples.opened)), kEnvelopeKeys);
    QCOMPARE(keysOf(envelope(m_samples.openedWithoutRedemptionUrl, u"&redemption_url=true"_s)), kEnvelopeKeys);
    QCOMPARE(keysOf(envelope(m_samples.viewed, u"&redemption_url=true"_s)), kEnvelopeKeys);
    e = envelope(m_samples.opened, u"&redemption_url=true&show_url=true"_s);
    QCOMPARE(keysOf(e), kEnvelopeKeys + setOf({"url", "redemption_url"}));
}

void TestSandboxTruCentive::envelopeLookupErrors() {
    verifyError(get(u"/envelope"_s), 400, u"envelope_uuid"_s);
    const SandboxTruCentiveData& data = m_server->truCentive()->data();
    // Unknown, malformed, lower case, a well-formed id past the generated ones (not delivered yet), another seed's.
    const SandboxTruCentive::Samples other = SandboxTruCentive::samples(12, 200);
    for (const QString& id : {u"CDVLBYYIOPHLJVWYEF"_s, u"nope"_s, m_samples.delivered.toLower(), data.envelopeId(200),
                              data.envelopeId(5000), other.delivered}) {
        const HttpResult r = get(u"/envelope"_s, QUrlQuery(u"envelope_uuid="_s + id));
        QCOMPARE(r.json(), QJsonObject({{"error"_L1, u"Envelope not found"_s}, {"status"_L1, 404}}));
        QCOMPARE(r.status, 404);
        verifyError(post(u"/envelopes/"_s + id + u"/open"_s), 404, u"not found"_s);
    }
}

void TestSandboxTruCentive::samplesExistForEverySize_data() {
    QTest::addColumn<int>("size");
    for (int size : {20, 21, 57, 100000})
        QTest::addRow("%d", size) << size;
}

void TestSandboxTruCentive::samplesExistForEverySize() {
    QFETCH(int, size);
    m_server->reset(3, size);
    const SandboxTruCentive::Samples s = m_server->truCentive()->samples();
    const QStringList ids = s.envelopeIds();
    QCOMPARE(ids.size(), 9);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 9);
    QCOMPARE(envelope(s.locked).value("state"_L1).toString(), u"locked"_s);
    QCOMPARE(envelope(s.expired).value("state"_L1).toString(), u"expired"_s);
    QCOMPARE(envelope(s.opened).value("state"_L1).toString(), u"opened"_s);
    QCOMPARE(envelope(s.viewed).value("state"_L1).toString(), u"viewed"_s);
    QCOMPARE(envelope(s.delivered).value("state"_L1).toString(), u"delivered"_s);
    QVERIFY(envelope(s.testMode).value("test_mode"_L1).toBool());
    QCOMPARE(envelope(s.sms).value("addresses"_L1).toArray().at(0).toObject().value("format"_L1).toString(), u"sms"_s);
    QVERIFY(contains(feed(u"viewed"_s), s.viewed));
    QVERIFY(contains(feed(u"opened"_s), s.opened));
    // The static form (any thread) agrees with the running server.
    QCOMPARE(SandboxTruCentive::samples(3, size).envelopeIds(), s.envelopeIds());
    QVERIFY(SandboxTruCentive::samples(3, 5).approved.isEmpty()); // too small for all nine
}

void TestSandboxTruCentive::envelopeIdsRoundTrip() {
    const SandboxTruCentiveData& data = m_server->truCentive()->data();
    QSet<QString> seen;
    for (quint64 i : {0ULL, 1ULL, 8ULL, 199ULL, 200ULL, 12345ULL, 99999999ULL}) {
        const QString id = data.envelopeId(i);
        QVERIFY(QRegularExpression(u"^[A-Z]{18}$"_s).match(id).hasMatch());
        QCOMPARE(data.envelopeIndex(id), std::optional<quint64>(i));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 7);
    int accepted = 0; // the check letters reject made-up ids (about 1 in 460,000 passes)
    SandboxRandom random(7);
    for (int i = 0; i < 5000; ++i) {
        QString id;
        for (int c = 0; c < 18; ++c)
            id.append(QLatin1Char(static_cast<char>('A' + random.bounded(26))));
        accepted += data.envelopeIndex(id).has_value() ? 1 : 0;
    }
    QCOMPARE(accepted, 0);
}

void TestSandboxTruCentive::deliverUrlEncoded() {
    // The docs' curl, to the right URL: -d fields, custom_fields[name]=value.
    const QByteArray form =
        "project_uuid=" + m_samples.projectUuid.toLatin1() +
        "&amount=5.00&address=john.smith%40test.com&instrument_uuid=" + m_samples.instrumentUuid.toLatin1() +
        "&first_name=John&last_name=Smith&custom_fields%5Bcustom_color%5D=periwinkle";
    const HttpResult r = deliverForm(form);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith("{\"message\":\"Envelope queued for delivery\",\"envelope\":{\"id\":\""));
    const QJsonObject body = r.json();
    QCOMPARE(keysOf(body), setOf({"message", "envelope"}));
    const QJsonObject e = body.value("envelope"_L1).toObject();
    QCOMPARE(keysOf(e), kEnvelopeKeys + setOf({"custom_fields"}));
    verifyEnvelope(e);
    QCOMPARE(e.value("state"_L1).toString(), u"delivered"_s);
    QVERIFY(e.value("delivered_at"_L1).isNull()); // queued, as in the docs' example
    QVERIFY(e.value("opened_at"_L1).isNull() && e.value("viewed_at"_L1).isNull());
    QCOMPARE(e.value("custom_fields"_L1).toObject(), QJsonObject({{"custom_color"_L1, u"periwinkle"_s}}));
    const QJsonArray addresses = e.value("addresses"_L1).toArray();
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(addresses.at(0).toObject().value("format"_L1).toString(), u"mailto"_s);
    QCOMPARE(addresses.at(0).toObject().value("delivery_address"_L1).toString(), u"john.smith@test.com"_s);
    QCOMPARE(e.value("project"_L1).toObject().value("uuid"_L1).toString(), m_samples.projectUuid);

    // It exists now, and the queue delivers it a moment later.
    const QString id = e.value("id"_L1).toString();
    QJsonObject shown = envelope(id);
    QCOMPARE(keysOf(shown), kEnvelopeKeys);
    QCOMPARE(shown.value("addresses"_L1), e.value("addresses"_L1));
    QTRY_VERIFY_WITH_TIMEOUT(!envelope(id).value("delivered_at"_L1).isNull(), 3000);
    QCOMPARE(envelope(id).value("state"_L1).toString(), u"delivered"_s);

    // Another delivery gets another id; both stay.
    const HttpResult second = deliverForm(form);
    QCOMPARE(second.status, 200);
    const QString secondId = second.json().value("envelope"_L1).toObject().value("id"_L1).toString();
    QVERIFY(secondId != id);
    QCOMPARE(envelope(id).value("id"_L1).toString(), id);
    QCOMPARE(envelope(secondId).value("id"_L1).toString(), secondId);
}

void TestSandboxTruCentive::deliverMultipartAndJson() {
    // curl -F: multipart/form-data fields.
    HttpResult r = sendMultipart(*m_nam, requestFor(url(u"/envelope/deliver"_s), {{"Authorization", key()}}),
                                 {{"project_uuid", m_samples.projectUuid.toLatin1()},
                                  {"amount", "12.5"},
                                  {"address", "261-123-1231"},
                                  {"instrument_uuid", m_samples.instrumentUuid.toLatin1()},
                                  {"custom_fields[custom_color]", "teal"},
                                  {"custom_fields[custom_size]", "large"}});
    QCOMPARE(r.status, 200);
    QJsonObject e = r.json().value("envelope"_L1).toObject();
    QCOMPARE(e.value("addresses"_L1).toArray().at(0).toObject().value("format"_L1).toString(), u"sms"_s);
    QCOMPARE(e.value("addresses"_L1).toArray().at(0).toObject().value("delivery_address"_L1).toString(),
             u"261-123-1231"_s);
    QCOMPARE(e.value("custom_fields"_L1).toObject(),
             QJsonObject({{"custom_color"_L1, u"teal"_s}, {"custom_size"_L1, u"large"_s}}));

    // A JSON body, custom_fields as an object (the docs' prose), amount as a number.
    QJsonObject json{{"project_uuid"_L1, m_samples.projectUuid},
                     {"amount"_L1, 30.25},
                     {"address"_L1, u"jane@example.com"_s},
                     {"instrument_uuid"_L1, m_samples.instrumentUuid},
                     {"custom_fields"_L1, QJsonObject{{"custom_color"_L1, u"periwinkle"_s}}}};
    r = post(u"/envelope/deliver"_s, QJsonDocument(json).toJson(), "application/json; charset=utf-8");
    QCOMPARE(r.status, 200);
    e = r.json().value("envelope"_L1).toObject();
    QCOMPARE(e.value("custom_fields"_L1).toObject(), QJsonObject({{"custom_color"_L1, u"periwinkle"_s}}));
    QCOMPARE(envelope(e.value("id"_L1).toString()).value("state"_L1).toString(), u"delivered"_s);

    // Query parameters count too (the docs label them "Query Parameters"); the body wins over the query.
    QUrlQuery q;
    q.addQueryItem(u"project_uuid"_s, m_samples.projectUuid);
    q.addQueryItem(u"amount"_s, u"999"_s); // out of range, overridden below
    q.addQueryItem(u"address"_s, u"q@example.com"_s);
    q.addQueryItem(u"instrument_uuid"_s, m_samples.instrumentUuid);
    QNetworkRequest request = requestFor(url(u"/envelope/deliver"_s, q), {{"Authorization", key()}});
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    QCOMPARE(send(*m_nam, request, "POST", "amount=6").status, 200);
    QCOMPARE(send(*m_nam, request, "POST", "first_name=X").status, 400);

    verifyError(post(u"/envelope/deliver"_s, "{\"project_uuid\": ", "application/json"), 400, u"JSON"_s);
    verifyError(post(u"/envelope/deliver"_s, "[1,2]", "application/json"), 400, u"JSON"_s);
    json.insert("custom_fields"_L1, u"periwinkle"_s);
    verifyError(post(u"/envelope/deliver"_s, QJsonDocument(json).toJson(), "application/json"), 400,
                u"custom_fields"_s);
}

void TestSandboxTruCentive::deliverValidation() {
    const QByteArray project = "project_uuid=" + m_samples.projectUuid.toLatin1();
    const QByteArray instrument = "&instrument_uuid=" + m_samples.instrumentUuid.toLatin1();
    const QByteArray ok = project + "&amount=5.50&address=a%40b.example" + instrument;
    const qint64 before = m_server->truCentive()->remainingCents(m_samples.projectUuid);

    verifyError(deliverForm(""), 400, u"param is missing or the value is empty: project_uuid"_s);
    verifyError(deliverForm("amount=5&address=a%40b.example" + instrument), 400, u"project_uuid"_s);
    verifyError(deliverForm(project + "&address=a%40b.example" + instrument), 400, u"amount"_s);
    verifyError(deliverForm(project + "&amount=5" + instrument), 400, u"address"_s);
    verifyError(deliverForm(project + "&amount=5&address=a%40b.example"), 400, u"instrument_uuid"_s);
    verifyError(deliverForm(project + "&amount=&address=a%40b.example" + instrument), 400, u"amount"_s);
    verifyError(deliverForm("project_uuid=project-nope&amount=5&address=a%40b.example" + instrument), 400,
                u"Project"_s);
    // An instrument the project does not offer (another project's) or none at all.
    QSet<QString> offered;
    QString other;
    for (const QJsonValue& v :
         arrayOf(get(u"/project/instruments"_s, QUrlQuery(u"project_uuid="_s + m_samples.projectUuid))))
        offered.insert(v.toObject().value("id"_L1).toString());
    for (const QJsonValue& p : arrayOf(get(u"/projects"_s))) {
        const QUrlQuery q(u"project_uuid="_s + p.toObject().value("id"_L1).toString());
        for (const QJsonValue& v : arrayOf(get(u"/project/instruments"_s, q))) {
            if (!offered.contains(v.toObject().value("id"_L1).toString()))
                other = v.toObject().value("id"_L1).toString();
        }
    }
    QVERIFY(!other.isEmpty() && !offered.isEmpty());
    const QByteArray foreign = "&instrument_uuid=" + other.toLatin1();
    verifyError(deliverForm(project + "&amount=5&address=a%40b.example" + foreign), 400, u"Instrument"_s);
    verifyError(deliverForm(project + "&amount=5&address=a%40b.example&instrument_uuid=inst-x"), 400, u"Instrument"_s);
    for (const char* amount : {"abc", "-5", "5.555", "5,50", "1e1"})
        verifyError(deliverForm(project + "&amount=" + amount + "&address=a%40b.example" + instrument), 400,
                    u"dollars and cents"_s);
    for (const char* amount : {"4.99", "30.26", "0", "1000"})
        verifyError(deliverForm(project + "&amount=" + amount + "&address=a%40b.example" + instrument), 400,
                    u"between 5.00 and 30.25"_s);
    for (const char* address : {"not-an-address", "123", "a%40b", "john%40", "12345678901234567"})
        verifyError(deliverForm(project + "&amount=5&address=" + address + instrument), 400, u"email"_s);
    verifyError(deliverForm(ok + "&custom_fields%5Bfavourite%5D=x"), 400, u"Unknown custom field: favourite"_s);
    verifyError(deliverForm(ok + "&custom_fields=periwinkle"), 400, u"custom_fields"_s);
    QCOMPARE(m_server->truCentive()->remainingCents(m_samples.projectUuid), before); // nothing was spent

    QCOMPARE(deliverForm(ok).status, 200);
    QCOMPARE(deliverForm(project + "&amount=30.25&address=%2B1%20(261)%20123-1231" + instrument).status, 200);
    QCOMPARE(m_server->truCentive()->remainingCents(m_samples.projectUuid), before - 550 - 3025);
}

void TestSandboxTruCentive::deliverFixedValueIgnoresAmount() {
    const QByteArray base = "project_uuid=" + m_samples.fixedProjectUuid.toLatin1() +
                            "&address=a%40b.example&instrument_uuid=" + m_samples.fixedInstrumentUuid.toLatin1();
    const qint64 before = m_server->truCentive()->remainingCents(m_samples.fixedProjectUuid);
    QCOMPARE(deliverForm(base + "&amount=9999").status, 200); // ignored, not out of range
    QCOMPARE(deliverForm(base + "&amount=nonsense").status, 200);
    QCOMPARE(deliverForm(base).status, 200); // may be left out
    QCOMPARE(m_server->truCentive()->remainingCents(m_samples.fixedProjectUuid), before - 3 * 2500);
}

void TestSandboxTruCentive::deliverBatchIsNotDelivered() {
    const QByteArray form =
        "project_uuid=" + m_samples.projectUuid.toLatin1() +
        "&amount=10&address=a%40b.example&batch_allowed=true&instrument_uuid=" + m_samples.instrumentUuid.toLatin1();
    const HttpResult r = deliverForm(form);
    QCOMPARE(r.status, 200);
    const QJsonObject e = r.json().value("envelope"_L1).toObject();
    QCOMPARE(e.value("state"_L1).toString(), u"approved"_s);
    const QString id = e.value("id"_L1).toString();
    QTest::qWait(250); // longer than the async delay: still not delivered
    const QJsonObject shown = envelope(id, u"&show_url=true"_s);
    QCOMPARE(shown.value("state"_L1).toString(), u"approved"_s);
    QVERIFY(shown.value("delivered_at"_L1).isNull());
    QVERIFY(shown.value("url"_L1).toString().contains(u"/redeem/"_s + id));
    // batch_allowed=false (Rails' false values) is an ordinary delivery.
    const HttpResult normal = deliverForm(QByteArray(form).replace("batch_allowed=true", "batch_allowed=0"));
    QCOMPARE(normal.json().value("envelope"_L1).toObject().value("state"_L1).toString(), u"delivered"_s);
}

void TestSandboxTruCentive::fundsRunOut() {
    QCOMPARE(m_samples.lowBalanceCents, qint64(5000));
    QCOMPARE(m_server->truCentive()->remainingCents(m_samples.lowBalanceProjectUuid), qint64(5000));
    const QByteArray base = "project_uuid=" + m_samples.lowBalanceProjectUuid.toLatin1() +
                            "&address=a%40b.example&instrument_uuid=" + m_samples.lowBalanceInstrumentUuid.toLatin1();
    QCOMPARE(deliverForm(base + "&amount=25").status, 200);
    QCOMPARE(deliverForm(base + "&amount=15").status, 200);
    HttpResult r = deliverForm(base + "&amount=25"); // 10.00 left
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json(), QJsonObject({{"error"_L1, u"Exceeds available funds"_s}, {"status"_L1, 400}}));
    QCOMPARE(deliverForm(base + "&amount=10").status, 200); // exactly the rest
    verifyError(deliverForm(base + "&amount=10"), 400, u"Exceeds available funds"_s);
    QCOMPARE(m_server->truCentive()->remainingCents(m_samples.lowBalanceProjectUuid), qint64(0));

    // Test mode spends nothing.
    const QByteArray test =
        "project_uuid=" + m_samples.testProjectUuid.toLatin1() +
        "&amount=250&address=a%40b.example&instrument_uuid=" + m_samples.testInstrumentUuid.toLatin1();
    for (int i = 0; i < 3; ++i) {
        r = deliverForm(test);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value("envelope"_L1).toObject().value("test_mode"_L1).toBool());
    }
}

void TestSandboxTruCentive::openIsAsynchronous() {
    m_server->truCentive()->setAsyncDelay(250, 250); // room for the "not yet" check on a busy machine
    const QString id = m_samples.delivered;
    const QJsonObject before = envelope(id);
    const HttpResult r = post(u"/envelopes/"_s + id + u"/open"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith(
        QByteArray("{\"message\":\"Envelope queued for opening\",\"envelope\":{\"id\":\"" + id.toLatin1())));
    const QJsonObject queued = r.json().value("envelope"_L1).toObject();
    QCOMPARE(keysOf(queued), kEnvelopeKeys + setOf({"custom_fields"}));
    QCOMPARE(queued.value("state"_L1).toString(), u"delivered"_s); // the state before opening
    QVERIFY(queued.value("opened_at"_L1).isNull());
    QVERIFY(!queued.value("custom_fields"_L1).toObject().isEmpty());     // the project defines custom fields
    QCOMPARE(envelope(id).value("state"_L1).toString(), u"delivered"_s); // not yet

    const qint64 posted = QDateTime::currentMSecsSinceEpoch();
    QTRY_COMPARE_WITH_TIMEOUT(envelope(id).value("state"_L1).toString(), u"opened"_s, 3000);
    const QJsonObject opened = envelope(id);
    QVERIFY(qAbs(msOf(opened.value("opened_at"_L1)) - posted) < 3000);
    QCOMPARE(opened.value("delivered_at"_L1), before.value("delivered_at"_L1));
    QCOMPARE(opened.value("viewed_at"_L1), before.value("viewed_at"_L1));
    QVERIFY(contains(feed(u"opened"_s, u"60"_s), id));
    QVERIFY(!contains(feed(u"viewed"_s, u"60"_s), id));

    // Batch envelopes and sms ones open too.
    QCOMPARE(post(u"/envelopes/"_s + m_samples.approved + u"/open"_s).status, 200);
    QCOMPARE(post(u"/envelopes/"_s + m_samples.sms + u"/open"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(envelope(m_samples.approved).value("state"_L1).toString(), u"opened"_s, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(envelope(m_samples.sms).value("state"_L1).toString(), u"opened"_s, 3000);
    // A freshly delivered envelope can be opened.
    const HttpResult delivered =
        deliverForm("project_uuid=" + m_samples.projectUuid.toLatin1() + "&amount=5&address=a%40b.example" +
                    "&instrument_uuid=" + m_samples.instrumentUuid.toLatin1());
    const QString fresh = delivered.json().value("envelope"_L1).toObject().value("id"_L1).toString();
    QCOMPARE(post(u"/envelopes/"_s + fresh + u"/open"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(envelope(fresh).value("state"_L1).toString(), u"opened"_s, 3000);
}

void TestSandboxTruCentive::openLockedFailsAtOnce() {
    const QJsonObject before = envelope(m_samples.locked);
    const HttpResult r = post(u"/envelopes/"_s + m_samples.locked + u"/open"_s);
    QCOMPARE(r.status, 400);
    const QJsonObject expected{
        {"error"_L1, u"Cannot open envelope."_s},
        {"status"_L1, 400},
        {"details"_L1,
         QJsonObject{{"full_error_messages"_L1, u"Envelope cannot be opened because the envelope is locked"_s}}}};
    QCOMPARE(r.json(), expected);
    QVERIFY(r.body.startsWith("{\"error\":\"Cannot open envelope.\",\"status\":400,\"details\":{")); // docs' order
    QTest::qWait(200);
    QCOMPARE(envelope(m_samples.locked), before);
}

void TestSandboxTruCentive::openExpiredFailsLater() {
    const QJsonObject before = envelope(m_samples.expired);
    const HttpResult r = post(u"/envelopes/"_s + m_samples.expired + u"/open"_s);
    QCOMPARE(r.status, 200); // accepted...
    QCOMPARE(r.json().value("message"_L1).toString(), u"Envelope queued for opening"_s);
    QTest::qWait(250);
    QCOMPARE(envelope(m_samples.expired), before); // ...and the opening failed: nothing changed
    QCOMPARE(post(u"/envelopes/"_s + m_samples.expired + u"/open"_s).status, 200); // retrying is safe, same outcome
    QTest::qWait(250);
    QCOMPARE(envelope(m_samples.expired).value("state"_L1).toString(), u"expired"_s);
}

void TestSandboxTruCentive::openIsIdempotent() {
    // Already opened: 200 with the current state, nothing changes.
    const QJsonObject opened = envelope(m_samples.opened);
    HttpResult r = post(u"/envelopes/"_s + m_samples.opened + u"/open"_s);
    QCOMPARE(r.status, 200);
    QJsonObject shown = r.json().value("envelope"_L1).toObject();
    shown.remove("custom_fields"_L1);
    QCOMPARE(shown, opened);
    QTest::qWait(200);
    QCOMPARE(envelope(m_samples.opened), opened);

    // Three POSTs while queued: one opening, opened_at set once and kept.
    m_server->truCentive()->setAsyncDelay(300, 300);
    for (int i = 0; i < 3; ++i) {
        r = post(u"/envelopes/"_s + m_samples.viewed + u"/open"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("envelope"_L1).toObject().value("state"_L1).toString(), u"viewed"_s);
    }
    QTRY_COMPARE_WITH_TIMEOUT(envelope(m_samples.viewed).value("state"_L1).toString(), u"opened"_s, 3000);
    const QJsonValue openedAt = envelope(m_samples.viewed).value("opened_at"_L1);
    r = post(u"/envelopes/"_s + m_samples.viewed + u"/open"_s);
    QCOMPARE(r.json().value("envelope"_L1).toObject().value("opened_at"_L1), openedAt);
    QTest::qWait(400);
    QCOMPARE(envelope(m_samples.viewed).value("opened_at"_L1), openedAt);
    QCOMPARE(m_server->http()->requestCount("POST", url(u"/envelopes/"_s + m_samples.viewed + u"/open"_s).path()), 4);
}

void TestSandboxTruCentive::viewedFeedWindows() {
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QJsonArray hour = feed(u"viewed"_s); // default: the last hour
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(!hour.isEmpty());
    QVERIFY(hour.at(0).isObject());
    QVERIFY(contains(hour, m_samples.viewed));   // viewed 5-30 minutes ago
    QVERIFY(contains(hour, m_samples.opened));   // viewed shortly before it was opened, minutes ago
    QVERIFY(contains(hour, m_samples.testMode)); // 30-50 minutes ago
    QVERIFY(!contains(hour, m_samples.locked));  // 2-20 hours ago
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue& v : hour) {
        const QJsonObject e = v.toObject();
        QCOMPARE(keysOf(e), kEnvelopeKeys);
        verifyEnvelope(e);
        const qint64 at = msOf(e.value("viewed_at"_L1));
        QVERIFY(at >= before - 3600 * 1000 && at <= after);
        QVERIFY(at <= previous); // newest first
        previous = at;
    }
    QCOMPARE(feed(u"viewed"_s, u"3600"_s), hour);

    const QJsonArray day = feed(u"viewed"_s, u"86400"_s);
    const QJsonArray week = feed(u"viewed"_s, u"604800"_s);
    QVERIFY(contains(day, m_samples.locked));
    QVERIFY(day.size() > hour.size() && week.size() >= day.size());
    // The counts agree with the generator (a week: only recent envelopes can match; 20 years: all are scanned).
    const SandboxTruCentiveData& data = m_server->truCentive()->data();
    const auto expectedCount = [&data](qint64 seconds) {
        const qint64 from = QDateTime::currentMSecsSinceEpoch() - seconds * 1000;
        int n = 0;
        for (int i = 0; i < data.size(); ++i)
            n += data.viewedAndOpened(quint64(i)).first >= from ? 1 : 0;
        return n;
    };
    QCOMPARE(int(week.size()), expectedCount(604800));
    for (const QJsonValue& v : hour)
        QVERIFY(day.contains(v));
    QVERIFY(!contains(feed(u"viewed"_s, u"60"_s), m_samples.viewed)); // at least 5 minutes ago
    QCOMPARE(feed(u"viewed"_s, u"0"_s), QJsonArray());

    // A window reaching back before 2024-06-01 finds the historical ones too.
    const QJsonArray all = feed(u"viewed"_s, QString::number(20LL * 365 * 86400));
    QVERIFY(all.size() > week.size() + 20);
    QCOMPARE(int(all.size()), expectedCount(20LL * 365 * 86400));
    QVERIFY(msOf(all.last().toObject().value("viewed_at"_L1)) < kSandboxReferenceMs);
    QVERIFY(!contains(all, m_samples.delivered) && !contains(all, m_samples.approved)); // never viewed
}

void TestSandboxTruCentive::openedFeedWindows() {
    const QJsonArray hour = feed(u"opened"_s);
    QVERIFY(contains(hour, m_samples.opened));
    QVERIFY(!contains(hour, m_samples.openedWithoutRedemptionUrl)); // 2-6 hours ago
    QVERIFY(contains(feed(u"opened"_s, u"86400"_s), m_samples.openedWithoutRedemptionUrl));
    for (const QJsonValue& v : hour) {
        QCOMPARE(keysOf(v.toObject()), kEnvelopeKeys);
        QCOMPARE(v.toObject().value("state"_L1).toString(), u"opened"_s);
    }
    const QJsonArray all = feed(u"opened"_s, QString::number(20LL * 365 * 86400));
    for (const QJsonValue& v : all)
        QVERIFY(!v.toObject().value("opened_at"_L1).isNull());
    QVERIFY(all.size() > 40); // about half of 200 envelopes
}

void TestSandboxTruCentive::feedValidation() {
    for (const QString& since : {u"abc"_s, u"-1"_s, u"1.5"_s}) {
        for (const QString& which : {u"viewed"_s, u"opened"_s})
            verifyError(get(u"/envelopes/"_s + which, QUrlQuery(u"since="_s + since)), 400, u"since"_s);
    }
    QCOMPARE(get(u"/envelopes/viewed"_s, QUrlQuery(u"since=99999999999999999999"_s)).status, 400); // not a qint64
    QCOMPARE(get(u"/envelopes/viewed"_s, QUrlQuery(u"since=9999999999999"_s)).status, 200);        // capped, fine
}

void TestSandboxTruCentive::sessionsPaging() {
    QJsonArray first = arrayOf(get(u"/sessions"_s, QUrlQuery(u"page=1"_s)));
    QCOMPARE(first.size(), 25);
    QCOMPARE(arrayOf(get(u"/sessions"_s)), first); // page defaults to 1
    const QString me = get(u"/me"_s).json().value("email"_L1).toString();
    bool sawMe = false;
    int total = 0;
    for (int page = 1;; ++page) {
        const HttpResult r = get(u"/sessions"_s, QUrlQuery(u"page=%1"_s.arg(page)));
        QCOMPARE(r.status, 200);
        const QJsonArray items = arrayOf(r);
        if (items.isEmpty()) {
            QCOMPARE(r.body, QByteArray("[]"));
            break;
        }
        QVERIFY(items.size() <= 25);
        for (const QJsonValue& v : items) {
            const QJsonObject s = v.toObject();
            QCOMPARE(keysOf(s), setOf({"ip", "email"}));
            QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+\\.\\d+$"_s).match(s.value("ip"_L1).toString()).hasMatch());
            QVERIFY(s.value("email"_L1).toString().contains(u'@'));
            sawMe = sawMe || s.value("email"_L1).toString() == me;
        }
        total += int(items.size());
        QVERIFY(page < 100);
    }
    QCOMPARE(total, 200); // one session per record of size, at least 30
    QVERIFY(sawMe);
    QCOMPARE(arrayOf(get(u"/sessions"_s, QUrlQuery(u"page=9000000000000000000"_s))), QJsonArray());
    for (const QString& page : {u"0"_s, u"-1"_s, u"two"_s})
        verifyError(get(u"/sessions"_s, QUrlQuery(u"page="_s + page)), 400, u"page"_s);
}

void TestSandboxTruCentive::sameSeedSameBytes() {
    const auto snapshot = [this](SandboxServer& server) {
        const qint64 fixedNow = kSandboxReferenceMs + 500LL * 86400 * 1000;
        server.truCentive()->setClock([fixedNow] { return fixedNow; });
        const SandboxTruCentive::Samples s = server.truCentive()->samples();
        QByteArray all;
        const auto fetch = [&](const QString& path, const QString& query = {}) {
            QUrl u = server.baseUrl(Vendor::TruCentive);
            u.setPath(u.path() + path);
            u.setQuery(query);
            all += send(*m_nam, requestFor(u, {{"Authorization", key()}})).body;
        };
        fetch(u"/me"_s);
        fetch(u"/projects"_s);
        fetch(u"/project/instruments"_s, u"project_uuid="_s + s.projectUuid);
        for (const QString& id : s.envelopeIds())
            fetch(u"/envelope"_s, u"redemption_url=true&envelope_uuid="_s + id);
        fetch(u"/envelopes/viewed"_s, u"since=604800"_s);
        fetch(u"/envelopes/opened"_s, u"since=999999999"_s);
        fetch(u"/sessions"_s, u"page=2"_s);
        return all;
    };
    SandboxServer a(42, 300), b(42, 300), c(43, 300);
    QVERIFY(a.listen() && b.listen() && c.listen());
    const QByteArray first = snapshot(a);
    QVERIFY(first.size() > 50000);
    QCOMPARE(snapshot(b), first);
    QCOMPARE(snapshot(a), first);
    QVERIFY(snapshot(c) != first);
    QCOMPARE(SandboxTruCentive::samples(42, 300).envelopeIds(), a.truCentive()->samples().envelopeIds());
    QVERIFY(SandboxTruCentive::samples(43, 300).delivered != a.truCentive()->samples().delivered);
}

void TestSandboxTruCentive::resetDropsState() {
    const QByteArray base =
        "project_uuid=" + m_samples.lowBalanceProjectUuid.toLatin1() +
        "&amount=25&address=a%40b.example&instrument_uuid=" + m_samples.lowBalanceInstrumentUuid.toLatin1();
    const QString id = deliverForm(base).json().value("envelope"_L1).toObject().value("id"_L1).toString();
    QCOMPARE(deliverForm(base).status, 200);
    QCOMPARE(deliverForm(base).status, 400);
    m_server->truCentive()->setAsyncDelay(300, 300);
    QCOMPARE(post(u"/envelopes/"_s + m_samples.delivered + u"/open"_s).status, 200);
    m_server->reset(11, 200); // before the opening finishes: it must not land after the reset
    QTest::qWait(450);
    QCOMPARE(envelope(m_samples.delivered).value("state"_L1).toString(), u"delivered"_s);
    QVERIFY(envelope(id).isEmpty()); // gone
    QCOMPARE(deliverForm(base).status, 200);
    QCOMPARE(m_server->truCentive()->remainingCents(m_samples.lowBalanceProjectUuid), qint64(2500));
}

QTEST_GUILESS_MAIN(TestSandboxTruCentive)
#include "tst_sandboxtrucentive.moc"
