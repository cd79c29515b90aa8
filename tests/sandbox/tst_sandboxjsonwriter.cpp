// SandboxJsonWriter: the bytes it writes are valid JSON with the given values, keys in the given order.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "api/sandbox/sandboxjsonwriter.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestSandboxJsonWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nestedValues();
    void escaping();
    void emptyContainers();
};

void TestSandboxJsonWriter::nestedValues() {
    SandboxJsonWriter json;
    json.beginObject().field("b"_L1, 1).field("a"_L1, u"x"_s).key("list"_L1).beginArray();
    json.value(true).value(false).null().value(2.5).value(qint64(9007199254740991LL)).raw("{\"r\":[]}");
    json.beginObject().nullField("n"_L1).endObject();
    json.endArray().field("last"_L1, "latin"_L1).endObject();
    const QByteArray bytes = json.take();
    QCOMPARE(bytes, QByteArray(R"({"b":1,"a":"x","list":[true,false,null,2.5,9007199254740991,{"r":[]},{"n":null}],)"
                               R"("last":"latin"})"));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value("list"_L1).toArray().size(), 7);
}

void TestSandboxJsonWriter::escaping() {
    const QString nasty = u"quote\" backslash\\ newline\n tab\t cr\r bell\x07 ø 😀 </script>"_s;
    SandboxJsonWriter json;
    json.beginObject().field("s"_L1, nasty).endObject();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json.bytes(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value("s"_L1).toString(), nasty);
    QVERIFY(json.bytes().contains("\\u0007"));
}

void TestSandboxJsonWriter::emptyContainers() {
    SandboxJsonWriter json;
    json.beginArray().beginObject().endObject().beginArray().endArray().endArray();
    QCOMPARE(json.bytes(), QByteArray("[{},[]]"));
    SandboxJsonWriter nan;
    nan.beginArray().value(qQNaN()).endArray();
    QCOMPARE(nan.bytes(), QByteArray("[null]"));
}

QTEST_GUILESS_MAIN(TestSandboxJsonWriter)
#include "tst_sandboxjsonwriter.moc"
