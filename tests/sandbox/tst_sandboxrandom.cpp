// SandboxRandom and the sandbox date formats: deterministic per (seed, resource, index), formats equal to QDateTime's.

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include "api/sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestSandboxRandom : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deterministicPerRecord();
    void rangesAndFormats();
    void datesMatchQDateTime();
    void idCodecIsAKeyedBijection();
};

void TestSandboxRandom::deterministicPerRecord() {
    SandboxRandom a = SandboxRandom::forRecord(42, "x.member", 7);
    SandboxRandom b = SandboxRandom::forRecord(42, "x.member", 7);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(a.next(), b.next());
    QSet<quint64> firsts;
    for (const auto& [seed, resource, index] : {std::tuple<quint64, const char*, quint64>{42, "x.member", 7},
                                                {43, "x.member", 7},
                                                {42, "x.order", 7},
                                                {42, "x.member", 8},
                                                {0, "x.member", 0}})
        firsts.insert(SandboxRandom::forRecord(seed, resource, index).next());
    QCOMPARE(firsts.size(), 5); // seed, resource and index all matter
}

void TestSandboxRandom::rangesAndFormats() {
    SandboxRandom r(1);
    QSet<qint64> seen;
    for (int i = 0; i < 2000; ++i) {
        const qint64 v = r.range(-3, 3);
        QVERIFY(v >= -3 && v <= 3);
        seen.insert(v);
        QVERIFY(r.bounded(10) < 10);
    }
    QCOMPARE(seen.size(), 7);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                .match(r.uuid())
                .hasMatch());
    QVERIFY(QRegularExpression(u"^[A-Z0-9]{12}$"_s).match(r.alnumUpper(12)).hasMatch());
    QVERIFY(QRegularExpression(u"^[0-9]{6}$"_s).match(r.digits(6)).hasMatch());
    QVERIFY(QRegularExpression(u"^[0-9A-F]{5}$"_s).match(r.hex(5, true)).hasMatch());
    QCOMPARE(emailLocalPart(u"Åse"_s, u"Müller"_s, 4), u"ase.mueller4"_s);
    QCOMPARE(emailLocalPart(u"Sam"_s, u"O'Brien"_s, 1), u"sam.obrien1"_s);
}

void TestSandboxRandom::datesMatchQDateTime() {
    SandboxRandom r(99);
    QList<qint64> samples = {0,
                             -1,
                             86399999,
                             86400000,
                             951782400000LL /* 2000-02-29 */,
                             -2208988800000LL,
                             kSandboxReferenceMs,
                             4102444799999LL};
    for (int i = 0; i < 2000; ++i)
        samples.append(r.range(-5000000000000LL, 5000000000000LL));
    for (qint64 ms : std::as_const(samples)) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        QCOMPARE(isoMillisUtc(ms), dt.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
        QCOMPARE(isoSecondsUtc(ms), dt.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s));
        QCOMPARE(isoDate(ms), dt.toString(u"yyyy-MM-dd"_s));
    }
}

void TestSandboxRandom::idCodecIsAKeyedBijection() {
    const SandboxIdCodec codec(42, 0x1000);
    const SandboxIdCodec sameSeed(42, 0x1000);
    const SandboxIdCodec otherSalt(42, 0x2000);
    SandboxRandom r(7);
    QList<quint64> values = {0, 1, 2, ~0ULL, 1ULL << 63};
    for (int i = 0; i < 1000; ++i)
        values.append(r.next());
    QSet<quint64> seen;
    int sameAsOtherSalt = 0;
    for (quint64 v : std::as_const(values)) {
        const quint64 p = codec.permute(v);
        QCOMPARE(codec.unpermute(p), v);
        QCOMPARE(sameSeed.permute(v), p);
        seen.insert(p);
        if (otherSalt.permute(v) == p)
            ++sameAsOtherSalt;
        QVERIFY(codec.check(p, 1296) < 1296);
        QCOMPARE(codec.check(p, 1296), sameSeed.check(p, 1296));
    }
    QCOMPARE(seen.size(), QSet<quint64>(values.cbegin(), values.cend()).size());
    QVERIFY(sameAsOtherSalt < 5); // another salt gives other ids
    // Consecutive indexes do not give consecutive ids.
    QVERIFY(codec.permute(1) - codec.permute(0) != 1);
}

QTEST_GUILESS_MAIN(TestSandboxRandom)
#include "tst_sandboxrandom.moc"
