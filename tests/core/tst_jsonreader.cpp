// JSON reading: depth cap before QJsonDocument, typed accessors that report field errors, ids as strings, money as
// decimal strings.
#include <QElapsedTimer>
#include <QTest>

#include "api/core/jsonreader.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void depthIsCountedOutsideStrings() {
        QCOMPARE(jsonNestingDepth("{}"), 1);
        QCOMPARE(jsonNestingDepth("{\"a\":[{\"b\":[]}]}"), 4);
        QCOMPARE(jsonNestingDepth("{\"a\":\"[[[[{{{{\"}"), 1);
        QCOMPARE(jsonNestingDepth("{\"a\":\"\\\"[[[[\"}"), 1); // escaped quote does not end the string
        QCOMPARE(jsonNestingDepth("{\"a\":\"\\\\\"}[[["), 3);  // escaped backslash does end it
        QCOMPARE(jsonNestingDepth("42"), 0);
    }

    void tooDeepJsonIsRefused() {
        const QByteArray deep = QByteArray(65, '[') + QByteArray(65, ']');
        QString why;
        QVERIFY(!parseJson(deep, &why));
        QVERIFY(why.contains(u"deeper than 64"_s));
        const QByteArray ok = QByteArray(64, '[') + QByteArray(64, ']');
        QVERIFY(parseJson(ok, &why));
        QVERIFY(!parseJson(QByteArray(5, '{'), &why, 4));

        // A hostile 50 MB nesting bomb is refused fast, without QJsonDocument.
        const QByteArray bomb(50 * 1024 * 1024, '[');
        QElapsedTimer t;
        t.start();
        QVERIFY(!parseJson(bomb, &why));
        QVERIFY2(t.elapsed() < 200, qPrintable(QString::number(t.elapsed())));
    }

    void invalidJsonGivesReasonWithoutContent() {
        QString why;
        QVERIFY(!parseJson("{\"secret\":\"abc", &why));
        QVERIFY(why.startsWith(u"invalid JSON at offset"_s));
        QVERIFY(!why.contains(u"abc"_s));
        QVERIFY(!parseJson("", &why));
        QCOMPARE(why, u"empty body"_s);
        QVERIFY(!parseJson("<html></html>", &why));
    }

    void typedAccessors() {
        const auto doc = parseJson(
            "{\n            \"id\": \"O-1\", \"num_id\": 12345, \"float_id\": 1.5, \"status\": \"EXECUTED\", "
            "\"count\": 3, \"count_str\": \"7\",\n            \"flag\": true, \"amount\": \"5.50\", \"amount_num\": "
            "30.25, \"tenth\": 0.1, \"round\": 10000000, \"huge\": 1e25, \"bad_amount\": \"5,50\",\n            "
            "\"when\": "
            "\"2019-12-09T23:59:59.999Z\", \"when2\": \"2023-01-01T10:00:00+08:00\", \"bad_when\": \"2019-11-31\",\n   "
            "         \"nothing\": null, \"obj\": {\"x\": \"y\"}, \"arr\": [{\"id\": 1}, 2]\n        }");
        QVERIFY(doc);
        JsonReader r(doc->object(), u"order"_s);
        QCOMPARE(r.id(u"id"_s), u"O-1"_s);
        QCOMPARE(r.id(u"num_id"_s), u"12345"_s);
        QCOMPARE(r.string(u"status"_s), u"EXECUTED"_s);
        QCOMPARE(r.integer(u"count"_s), 3);
        QCOMPARE(r.integer(u"count_str"_s), 7);
        QCOMPARE(r.boolean(u"flag"_s), true);
        QCOMPARE(r.money(u"amount"_s), u"5.50"_s);
        QCOMPARE(r.money(u"amount_num"_s), u"30.25"_s);
        QCOMPARE(r.money(u"tenth"_s), u"0.1"_s);
        QCOMPARE(r.money(u"round"_s), u"10000000"_s); // fixed notation, never "1e+07"
        QCOMPARE(r.dateTime(u"when"_s), QDateTime(QDate(2019, 12, 9), QTime(23, 59, 59, 999), Qt::UTC));
        QCOMPARE(r.dateTime(u"when2"_s).toUTC(), QDateTime(QDate(2023, 1, 1), QTime(2, 0), Qt::UTC));
        QCOMPARE(r.child(u"obj"_s).string(u"x"_s), u"y"_s);
        const QJsonArray arr = r.array(u"arr"_s);
        QCOMPARE(r.element(arr, u"arr"_s, 0).id(u"id"_s), u"1"_s);
        QVERIFY(r.ok());
        QVERIFY(!r.optionalString(u"nothing"_s));
        QVERIFY(!r.optionalMoney(u"absent"_s));
        QCOMPARE(*r.optionalId(u"num_id"_s), u"12345"_s);
        QVERIFY(r.ok());

        // Every mistake is a field error, never a silent default.
        QCOMPARE(r.string(u"missing_status"_s), QString());
        QCOMPARE(r.string(u"count"_s), QString());
        QCOMPARE(r.integer(u"status"_s), 0);
        QCOMPARE(r.money(u"huge"_s), QString());
        QCOMPARE(r.money(u"bad_amount"_s), QString());
        QCOMPARE(r.money(u"flag"_s), QString());
        QCOMPARE(r.id(u"float_id"_s), QString());
        QCOMPARE(r.string(u"nothing"_s), QString());
        QVERIFY(!r.dateTime(u"bad_when"_s).isValid());
        QVERIFY(!r.optionalInteger(u"status"_s)); // present but mistyped: error + nullopt
        r.element(arr, u"arr"_s, 1);
        QVERIFY(!r.ok());
        const QStringList errors = r.errors();
        QCOMPARE(errors.size(), 11);
        QCOMPARE(errors.at(0), u"order.missing_status: missing"_s);
        QCOMPARE(errors.at(1), u"order.count: expected a string, got a number"_s);
        QCOMPARE(errors.at(7), u"order.nothing: null"_s);
        QCOMPARE(errors.at(10), u"order.arr[1]: expected an object, got a number"_s);
        QVERIFY(r.errorSummary().contains(u"(and 6 more)"_s));
    }

    void childOfMissingObjectReportsEveryField() {
        JsonReader r(QJsonObject{{u"a"_s, 1}});
        JsonReader payment = r.child(u"payment"_s);
        QCOMPARE(payment.money(u"total"_s), QString());
        QCOMPARE(r.errors(), QStringList({u"payment: missing"_s, u"payment.total: missing"_s}));
    }

    void decimals() {
        qint64 v = 0;
        QVERIFY(decimalToMinorUnits(u"5.50"_s, 2, &v));
        QCOMPARE(v, 550);
        QVERIFY(decimalToMinorUnits(u"5.5"_s, 2, &v));
        QCOMPARE(v, 550);
        QVERIFY(decimalToMinorUnits(u"-2"_s, 2, &v));
        QCOMPARE(v, -200);
        QVERIFY(decimalToMinorUnits(u"100.0"_s, 2, &v));
        QCOMPARE(v, 10000);
        QVERIFY(decimalToMinorUnits(u"0.100"_s, 2, &v));
        QCOMPARE(v, 10);
        QVERIFY(!decimalToMinorUnits(u"0.105"_s, 2, &v)); // would need rounding: refused
        QVERIFY(!decimalToMinorUnits(u"1e3"_s, 2, &v));
        QVERIFY(!decimalToMinorUnits(u"12345678901234567890"_s, 2, &v));
        QVERIFY(!decimalToMinorUnits(u""_s, 2, &v));
        QVERIFY(isDecimalString(u"30.25"_s));
        QVERIFY(!isDecimalString(u"30."_s));
        QVERIFY(!isDecimalString(u"NaN"_s));
    }

    void parseErrorIsUnknownParse() {
        const ApiError e = parseError(Vendor::Trigg, u"metaData.totalPages: expected an integer"_s, true);
        QCOMPARE(e.kind, ErrorKind::Parse);
        QCOMPARE(e.failure, FailureClass::Unknown);
        QVERIFY(e.action);
        QVERIFY(e.userMessage().contains(u"Refresh"_s));
        QVERIFY(!e.userMessage().contains(u"metaData"_s));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
