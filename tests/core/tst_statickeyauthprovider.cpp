// StaticKeyAuthProvider: each vendor's documented header reaches the server, nothing else carries the key, an empty
// key sends nothing, and a rejected static key is not replayed.
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "support/faultserver.h"
#include "support/testutil.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::Vendor)

class TestStaticKeyAuthProvider : public QObject {
    Q_OBJECT

    std::optional<ApiResult<HttpResponse>> run(HttpTransport& t, const Endpoint& e, const HttpRequest& r) {
        std::optional<ApiResult<HttpResponse>> out;
        t.send(e, r, this, [&](ApiResult<HttpResponse> res) { out.emplace(std::move(res)); });
        if (!waitFor([&] { return out.has_value(); }))
            return std::nullopt;
        return out;
    }

private Q_SLOTS:
    void headerPerVendor_data() {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("trucentive raw key") << Vendor::TruCentive << QByteArray("authorization") << QByteArray("KEY-1");
        QTest::newRow("tremendous bearer")
            << Vendor::Tremendous << QByteArray("authorization") << QByteArray("Bearer KEY-1");
        QTest::newRow("trigg x-api-key") << Vendor::Trigg << QByteArray("x-api-key") << QByteArray("KEY-1");
    }

    void headerPerVendor() {
        QFETCH(Vendor, vendor);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        FaultServer server;
        QVERIFY(server.listen());
        server.on("GET", u"/me"_s, FaultResponse::json(200, "{}"));
        QNetworkAccessManager nam;
        HttpTransport transport(&nam);
        StaticKeyAuthProvider auth(vendor, "KEY-1");
        QCOMPARE(auth.vendor(), vendor);
        QCOMPARE(auth.secretHeaderNames(),
                 QList<QByteArray>{header == "authorization" ? "Authorization" : "x-api-key"});
        Endpoint e;
        e.vendor = vendor;
        e.baseUrl = server.baseUrl();
        e.auth = &auth;
        HttpRequest r;
        r.path = u"/me"_s;
        const auto result = run(transport, e, r);
        QVERIFY(result && result->ok());
        const RecordedRequest req = server.lastRequest();
        QCOMPARE(req.header(header), value);
        QVERIFY(req.query.isEmpty());
        int carriers = 0;
        for (const auto& h : req.headers)
            carriers += h.second.contains("KEY-1") ? 1 : 0;
        QCOMPARE(carriers, 1);
        if (vendor == Vendor::Trigg)
            QVERIFY(!req.hasHeader("authorization"));
    }

    void emptyKeySendsNothing() {
        FaultServer server;
        QVERIFY(server.listen());
        CountingNam nam;
        HttpTransport transport(&nam);
        StaticKeyAuthProvider auth(Vendor::Trigg, QByteArray());
        Endpoint e;
        e.vendor = Vendor::Trigg;
        e.baseUrl = server.baseUrl();
        e.auth = &auth;
        e.accountLabel = u"Trigg (production)"_s;
        HttpRequest r;
        r.path = u"/customers"_s;
        const auto result = run(transport, e, r);
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::NoCredential);
        QCOMPARE(result->error().failure, FailureClass::NotSent);
        QCOMPARE(nam.created(), 0);
        QCOMPARE(server.totalCount(), 0);
        QCOMPARE(result->error().userMessage(e.accountLabel),
                 u"No API key is stored for Trigg (production). Nothing was sent. Open File > Accounts to enter it."_s);

        auth.setKey("NEW");
        QVERIFY(auth.hasKey());
        server.on("GET", u"/customers"_s, FaultResponse::json(200, "[]"));
        QVERIFY(run(transport, e, r)->ok());
        QCOMPARE(server.lastRequest().header("x-api-key"), QByteArray("NEW"));
    }

    void rejectedStaticKeyIsNotReplayed() {
        FaultServer server;
        QVERIFY(server.listen());
        server.on("GET", u"/me"_s, FaultResponse::json(403, "{\"error\":\"Access Denied\",\"status\":403}"));
        QNetworkAccessManager nam;
        HttpTransport transport(&nam);
        StaticKeyAuthProvider auth(Vendor::TruCentive, "K");
        QVERIFY(!auth.invalidate({{"Authorization", "K"}}));
        Endpoint e;
        e.vendor = Vendor::TruCentive;
        e.baseUrl = server.baseUrl();
        e.auth = &auth;
        HttpRequest r;
        r.path = u"/me"_s;
        const auto result = run(transport, e, r);
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::Auth);
        QCOMPARE(result->error().vendorMessage, u"Access Denied"_s);
        QCOMPARE(server.count("GET", u"/me"_s), 1);
        QVERIFY(result->error()
                    .userMessage(u"TruCentive (production)"_s)
                    .startsWith(u"The API key for TruCentive (production) was rejected."_s));
    }
};

QTEST_GUILESS_MAIN(TestStaticKeyAuthProvider)
#include "tst_statickeyauthprovider.moc"
