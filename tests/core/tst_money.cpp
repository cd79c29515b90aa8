// Money: the exact decimal text, hundredths and currency every vendor's amounts are read into. Our arithmetic is on
// cents only, so the text of an amount must be exact at every magnitude, including the extremes of qint64.
#include <QTest>

#include <limits>

#include "api/core/money.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void centsTextIsExact_data() {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0.00"_s;
        QTest::newRow("one cent") << qint64(1) << u"0.01"_s;
        QTest::newRow("minus five cents") << qint64(-5) << u"-0.05"_s;
        QTest::newRow("whole") << qint64(2500) << u"25.00"_s;
        QTest::newRow("cents") << qint64(3025) << u"30.25"_s;
        QTest::newRow("negative") << qint64(-123456) << u"-1234.56"_s;
        QTest::newRow("above 2^53") << qint64(9007199254740993) << u"90071992547409.93"_s;
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
    }
    void centsTextIsExact() {
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QCOMPARE(centsText(cents), text);
        QCOMPARE(Money::fromCents(cents, u"USD"_s).amountText(), text);
    }

    void plainText() {
        QCOMPARE(plainMoneyText(2500, u"USD"_s), u"USD 25.00"_s);
        QCOMPARE(plainMoneyText(-5, u"EUR"_s), u"EUR -0.05"_s);
        QCOMPARE(plainMoneyText(100, QString()), u"1.00"_s);
    }

    void invalidHasNoText() {
        const Money missing;
        QVERIFY(!missing.valid());
        QVERIFY(missing.amountText().isEmpty());
        // The decimal text alone does not make an amount valid: only cents do (an amount finer than 1/100 keeps
        // its text for the message but has no cents).
        const Money tooFine{u"0.001"_s, std::nullopt, u"USD"_s};
        QVERIFY(!tooFine.valid());
        QVERIFY(tooFine.amountText().isEmpty());
    }

    void fromCents() {
        const Money m = Money::fromCents(3050, u"USD"_s);
        QVERIFY(m.valid());
        QCOMPARE(m.cents, std::optional<qint64>(3050));
        QCOMPARE(m.decimal, u"30.50"_s);
        QCOMPARE(m.currency, u"USD"_s);
        const Money none = Money::fromCents(std::nullopt, u"EUR"_s);
        QVERIFY(!none.valid());
        QVERIFY(none.decimal.isEmpty());
        QCOMPARE(none.currency, u"EUR"_s);
    }

    void equalityComparesEveryPart() {
        const Money a{u"25"_s, 2500, u"USD"_s};
        QCOMPARE(a, (Money{u"25"_s, 2500, u"USD"_s}));
        QVERIFY(a != (Money{u"25.00"_s, 2500, u"USD"_s})); // the vendor's own text is kept, not normalised
        QVERIFY(a != (Money{u"25"_s, 2500, u"EUR"_s}));
        QVERIFY(a != (Money{u"25"_s, 2501, u"USD"_s}));
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
