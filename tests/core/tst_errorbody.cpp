// Vendor error bodies (the vendor docs' own examples in data/errorbodies) -> ApiError, parsed directly and received
// through HttpTransport from FaultServer; plus hostile/odd bodies.
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

#include "api/core/errorbody.h"
#include "api/core/httptransport.h"
#include "support/faultserver.h"
#include "support/testutil.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(rd::Vendor)
Q_DECLARE_METATYPE(rd::ErrorKind)
Q_DECLARE_METATYPE(rd::FailureClass)

namespace {

QByteArray fixture(const QString& name) {
    QFile f(QStringLiteral(RD_TEST_DATA) + u"/errorbodies/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class TestErrorBody : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vendorExamples_data() {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detailKey"); // a key expected in details (empty: details must be absent)
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<FailureClass>("failure");
        QTest::addColumn<QString>("userMessagePart");

        QTest::newRow("trucentive deliver") << Vendor::TruCentive << u"trucentive-deliver-400.json"_s << 400 << u"400"_s
                                            << QString() << u"Exceeds available funds"_s << QString() << ErrorKind::Http
                                            << FailureClass::Rejected << u"Exceeds available funds"_s;
        QTest::newRow("trucentive open") << Vendor::TruCentive << u"trucentive-open-400.json"_s << 400 << u"400"_s
                                         << QString() << u"Cannot open envelope."_s << u"full_error_messages"_s
                                         << ErrorKind::Http << FailureClass::Rejected << u"the envelope is locked"_s;
        QTest::newRow("trucentive general") << Vendor::TruCentive << u"trucentive-general.json"_s << 400 << u"400"_s
                                            << QString() << u"More detail about the error"_s << QString()
                                            << ErrorKind::Http << FailureClass::Rejected << u"Nothing was changed"_s;
        QTest::newRow("tremendous validation")
            << Vendor::Tremendous << u"tremendous-validation-400.json"_s << 400 << QString() << QString()
            << u"Order failed: validation failure"_s << u"payment"_s << ErrorKind::Http << FailureClass::Rejected
            << u"Order failed: validation failure"_s;
        QTest::newRow("tremendous 429 singular error")
            << Vendor::Tremendous << u"tremendous-ratelimit-429.json"_s << 429 << QString() << QString()
            << u"Too many requests"_s << QString() << ErrorKind::RateLimited << FailureClass::Rejected
            << u"too many requests"_s;
        QTest::newRow("tremendous error model")
            << Vendor::Tremendous << u"tremendous-errormodel-422.json"_s << 422 << u"422"_s << QString()
            << u"Only rewards with a previous delivery failure can be resent."_s << u"id"_s << ErrorKind::Http
            << FailureClass::Rejected << u"previous delivery failure"_s;
        QTest::newRow("cheetah 406") << Vendor::Cheetah << u"cheetah-invalid-record-406.json"_s << 406 << u"4400"_s
                                     << u"invalid_record"_s << u"Email has already been taken."_s << QString()
                                     << ErrorKind::Http << FailureClass::Rejected << u"Email has already been taken"_s;
        QTest::newRow("cheetah 4044") << Vendor::Cheetah << u"cheetah-not-available-404.json"_s << 404 << u"4044"_s
                                      << u"not_available"_s << u"Resource not available."_s << QString()
                                      << ErrorKind::Http << FailureClass::Rejected << u"could not find"_s;
        QTest::newRow("trigg 409") << Vendor::Trigg << u"trigg-conflict-409.json"_s << 409 << u"409"_s << QString()
                                   << u"Conflict"_s << QString() << ErrorKind::Http << FailureClass::Rejected
                                   << u"conflicts"_s;
        QTest::newRow("trigg 429") << Vendor::Trigg << u"trigg-ratelimit-429.json"_s << 429 << u"429"_s << QString()
                                   << u"Too Many Requests"_s << QString() << ErrorKind::RateLimited
                                   << FailureClass::Rejected << u"Wait"_s;
        QTest::newRow("trigg 502") << Vendor::Trigg << u"trigg-badgateway-502.json"_s << 502 << u"502"_s << QString()
                                   << u"Bad Gateway"_s << u"gateway"_s << ErrorKind::ServerError
                                   << FailureClass::Unknown << u"problem on its side"_s;
    }

    void vendorExamples() {
        QFETCH(Vendor, vendor);
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, message);
        QFETCH(QString, detailKey);
        QFETCH(ErrorKind, kind);
        QFETCH(FailureClass, failure);
        QFETCH(QString, userMessagePart);
        const QByteArray body = fixture(file);

        // 1. Parsed directly.
        ApiError direct;
        parseVendorErrorBody(vendor, body, &direct);
        QCOMPARE(direct.vendorCode, code);
        QCOMPARE(direct.vendorName, name);
        QCOMPARE(direct.vendorMessage, message);
        if (detailKey.isNull()) {
            QVERIFY(direct.details.isUndefined() || direct.details.isNull());
        } else {
            QVERIFY(direct.details.isObject());
            if (!detailKey.isEmpty())
                QVERIFY(direct.details.toObject().contains(detailKey));
        }

        // 2. Received over HTTP: status + body -> the right ApiError.
        FaultServer server;
        QVERIFY(server.listen());
        server.on("POST", u"/x"_s, FaultResponse::json(status, body));
        QNetworkAccessManager nam;
        HttpTransport transport(&nam);
        Endpoint e;
        e.vendor = vendor;
        e.baseUrl = server.baseUrl();
        HttpRequest r;
        r.method = "POST";
        r.path = u"/x"_s;
        r.kind = RequestKind::Action;
        std::optional<ApiResult<HttpResponse>> out;
        transport.send(e, r, this, [&](ApiResult<HttpResponse> res) { out.emplace(std::move(res)); });
        QVERIFY(waitFor([&] { return out.has_value(); }));
        QVERIFY(!out->ok());
        const ApiError& err = out->error();
        QCOMPARE(err.vendor, vendor);
        QCOMPARE(err.httpStatus, status);
        QCOMPARE(err.kind, kind);
        QCOMPARE(err.failure, failure);
        QCOMPARE(err.vendorCode, code);
        QCOMPARE(err.vendorName, name);
        QCOMPARE(err.vendorMessage, message);
        QCOMPARE(err.details, direct.details);
        const QString shown = err.userMessage();
        QVERIFY2(shown.contains(userMessagePart, Qt::CaseInsensitive), qPrintable(shown));
        QVERIFY(!shown.contains(u'{'));
        QCOMPARE(server.count("POST", u"/x"_s), 1);
    }

    void tolerantOfOtherBodies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
        QTest::newRow("plain text") << QByteArray("Service Unavailable");
        QTest::newRow("json array") << QByteArray("[{\"error\":\"x\"}]");
        QTest::newRow("json string") << QByteArray("\"error\"");
        QTest::newRow("truncated json") << QByteArray("{\"error\": \"Exceeds avail");
        QTest::newRow("wrong types") << QByteArray(
            "{\"error\": 12, \"status\": [400], \"code\": [1], \"message\": {}, \"name\": 3}");
        QTest::newRow("too deep") << (QByteArray(200, '[') + QByteArray(200, ']'));
        QTest::newRow("deep object") << (QByteArray("{\"error\":") + QByteArray(100, '[') + QByteArray(100, ']') + "}");
        QTest::newRow("huge") << (QByteArray("{\"error\":\"") + QByteArray(3 * 1024 * 1024, 'a') + "\"}");
    }

    void tolerantOfOtherBodies() {
        QFETCH(QByteArray, body);
        for (Vendor v : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg}) {
            ApiError e;
            parseVendorErrorBody(v, body, &e);
            QVERIFY(e.vendorMessage.isEmpty());
            QVERIFY(e.vendorName.isEmpty());
            QVERIFY(e.details.isUndefined() || e.details.isNull());
            // A code may be read from a partly valid body only when it is well-typed.
            QVERIFY(e.vendorCode.isEmpty());
        }
    }

    void codeTypeDrift() {
        ApiError trigg;
        parseVendorErrorBody(Vendor::Trigg,
                             "{\"code\": 409, \"message\": \"Conflict\", \"detailedErrorMessage\": \"text\"}", &trigg);
        QCOMPARE(trigg.vendorCode, u"409"_s); // documented as a string, tolerated as a number
        QCOMPARE(trigg.details.toString(), u"text"_s);
        ApiError list;
        parseVendorErrorBody(Vendor::Trigg, "{\"code\": \"400\", \"detailedErrorMessage\": [\"a\", \"b\"]}", &list);
        QVERIFY(list.details.isArray());
        ApiError cheetah;
        parseVendorErrorBody(Vendor::Cheetah, "{\"code\": \"4044\", \"name\": \"not_available\"}", &cheetah);
        QCOMPARE(cheetah.vendorCode, u"4044"_s);
        ApiError oauth;
        parseVendorErrorBody(Vendor::Cheetah, "{\"error\":\"invalid_client\",\"error_description\":\"Client unknown\"}",
                             &oauth);
        QCOMPARE(oauth.vendorName, u"invalid_client"_s);
        QCOMPARE(oauth.vendorMessage, u"Client unknown"_s);
        ApiError tremendousArray;
        parseVendorErrorBody(Vendor::Tremendous, "{\"errors\":[{\"message\":\"first\"},{\"message\":\"second\"}]}",
                             &tremendousArray);
        QCOMPARE(tremendousArray.vendorMessage, u"first"_s);
    }
};

QTEST_GUILESS_MAIN(TestErrorBody)
#include "tst_errorbody.moc"
