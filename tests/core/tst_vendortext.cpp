// safeText(): a vendor's words are shown to agents and written to the journal, so nothing in them may carry a
// link's token, break a line, hide text (format characters) or pass an HTML page off as a message.
#include <QTest>

#include "api/core/vendortext.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestVendorText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneLineWithoutTrailingPeriod() {
        QCOMPARE(safeText(u"  Order not found.\n\n"_s), u"Order not found"_s);
        QCOMPARE(safeText(u"Too\tmany\r\nrequests..."_s), u"Too many requests"_s);
    }
    void htmlPageIsDropped() {
        QVERIFY(safeText(u"<html><body>502 Bad Gateway</body></html>"_s).isEmpty());
        QVERIFY(safeText(u"   "_s).isEmpty());
    }
    void controlAndFormatCharactersAreRemoved() {
        QCOMPARE(safeText(u"Amount\u0007 too\u200b high"_s), u"Amount too high"_s);
    }
    void urlQueriesAreRemoved() {
        const QString text = safeText(u"Use https://example.com/redeem?token=SECRET123 instead"_s);
        QVERIFY2(!text.contains(u"SECRET123"_s), qPrintable(text));
        QVERIFY(text.contains(u"https://example.com/redeem"_s));
    }
    void longTextIsCut() {
        const QString text = safeText(QString(500, u'x'));
        QCOMPARE(text.size(), 300);
        QVERIFY(text.endsWith(u'…'));
    }
};

QTEST_APPLESS_MAIN(TestVendorText)
#include "tst_vendortext.moc"
