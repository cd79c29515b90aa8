// The one CSV writer (audit log export, bulk results): RFC 4180 quoting, CRLF, the optional byte order mark, the
// formula-injection guard, and streaming to a device in chunks with a failed write reported.
#include <QBuffer>
#include <QTest>

#include "api/core/csvwriter.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
// A device that accepts `room` bytes, then refuses every write (a full disk).
class FullDevice : public QIODevice {
public:
    explicit FullDevice(qint64 room)
        : m_room(room) {
        open(QIODevice::WriteOnly);
    }
    qint64 written = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 len) override {
        if (written + len > m_room)
            return -1;
        written += len;
        return len;
    }

private:
    qint64 m_room;
};
} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt() {
        QCOMPARE(CsvWriter::escapeField(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvWriter::escapeField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvWriter::escapeField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvWriter::escapeField(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvWriter::escapeField(QString()), QString());
    }

    void guardsFormulas() {
        for (const QString& cell : {u"=SUM(A1)"_s, u"+1"_s, u"-2"_s, u"@cmd"_s, u"\tx"_s})
            QCOMPARE(CsvWriter::escapeField(cell), u'\'' + cell);
        QCOMPARE(CsvWriter::escapeField(u"\rx"_s), u"\"'\rx\""_s); // guarded, then quoted for the CR
        QCOMPARE(CsvWriter::escapeField(u"=1,2"_s), u"\"'=1,2\""_s);
        QCOMPARE(CsvWriter::escapeField(u"=SUM(A1)"_s, false), u"=SUM(A1)"_s);
        QCOMPARE(CsvWriter::escapeField(u"a=b"_s), u"a=b"_s); // only the first character matters
    }

    void writesRecordsWithCrlfAndBom() {
        QByteArray out;
        {
            CsvWriter csv(&out);
            QVERIFY(csv.writeRow({u"id"_s, u"note"_s}));
            QVERIFY(csv.writeRow({u"1"_s, u"=x, \u00e9"_s}));
            QVERIFY(csv.writeRow({}));
        }
        QCOMPARE(out, QByteArray("\xEF\xBB\xBF"
                                 "id,note\r\n1,\"'=x, \xC3\xA9\"\r\n\r\n"));

        QByteArray bare;
        CsvWriter plain(&bare, {false, false});
        plain.writeRow({u"=1"_s});
        QCOMPARE(bare, QByteArray("=1\r\n"));
    }

    void streamsToADeviceInChunks() {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        const QString cell(1000, u'x');
        for (int i = 0; i < 300; ++i)
            QVERIFY(csv.writeRow({cell}));
        // More than one chunk has gone to the device already; the rest is written by flush().
        QVERIFY(buffer.size() > 0);
        QVERIFY(buffer.size() < 3 + 300 * 1002);
        QVERIFY(csv.flush());
        QCOMPARE(buffer.size(), 3 + 300 * 1002);
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"
                                         "xxx"));
    }

    void reportsARefusedWrite() {
        FullDevice device(1000);
        CsvWriter csv(&device);
        const QString cell(1000, u'x');
        bool ok = true;
        for (int i = 0; i < 300 && ok; ++i)
            ok = csv.writeRow({cell});
        QVERIFY(!ok);
        QVERIFY(!csv.ok());
        QVERIFY(!csv.writeRow({u"more"_s}));
        QVERIFY(!csv.flush());
        QCOMPARE(device.written, 0);

        QBuffer closed;
        CsvWriter onClosed(&closed);
        QVERIFY(!onClosed.writeRow({u"a"_s}));
        QVERIFY(!onClosed.flush());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
