#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "journal/journaltestutil.h"
#include "models/journal/journalmodel.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

// A small RFC 4180 reader, to check that what writeCsv() writes reads back as the same cells.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(cell, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(std::exchange(cell, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestJournalModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void initialLoadIsOneReset();
    void columnsAndRoles();
    void incrementalUpdates();
    void textFilter();
    void needsAttentionAndVendorFilter();
    void filteredRowsFollowChanges();
    void csvEscaping_data();
    void csvEscaping();
    void csvExport();

private:
    ActionTicket begin(const ActionIntent& intent);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ActionJournal> m_journal;
};

void TestJournalModel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<ActionJournal>(m_dir->filePath(u"actions.jsonl"_s));
    m_journal->setActor(u"agent.k"_s);
    QVERIFY(openAndWait(*m_journal));
}

void TestJournalModel::cleanup() {
    m_journal.reset();
}

ActionTicket TestJournalModel::begin(const ActionIntent& intent) {
    const auto r = beginAndWait(*m_journal, intent, this);
    return r && r->ok() ? r->ticket() : ActionTicket{};
}

void TestJournalModel::initialLoadIsOneReset() {
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_journal->complete(begin(makeIntent(u"O"_s + QString::number(i))), {JournalState::Succeeded, {}, {}}));
    const QString path = m_journal->path();
    m_journal = std::make_unique<ActionJournal>(path);
    JournalModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(openAndWait(*m_journal));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserts.size(), 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.totalCount(), 5);
    // Newest first.
    QCOMPARE(model.index(0, JournalModel::Object).data().toString(), u"order O4"_s);
    QCOMPARE(model.index(4, JournalModel::Object).data().toString(), u"order O0"_s);
}

void TestJournalModel::columnsAndRoles() {
    JournalModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActionIntent intent = makeIntent(u"ORD-42"_s);
    intent.accountLabel = u"Acme rewards"_s; // no environment in the label: the model adds it
    intent.reason = u"first line\nsecond line"_s;
    const ActionTicket t = begin(intent);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(JournalModel::ColumnCount));
    for (int c = 0; c < JournalModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    const JournalEntry e = *m_journal->entry(t.entryId);
    QCOMPARE(cell(JournalModel::Time).toString(), QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(JournalModel::Time, JournalModel::SortRole).toLongLong(), e.createdAt.toMSecsSinceEpoch());
    QCOMPARE(cell(JournalModel::Actor).toString(), u"agent.k"_s);
    QCOMPARE(cell(JournalModel::Account).toString(),
             u"Acme rewards (%1)"_s.arg(environmentDisplayName(Environment::Production)));
    QCOMPARE(cell(JournalModel::VendorColumn).toString(), vendorDisplayName(Vendor::Tremendous));
    QCOMPARE(cell(JournalModel::Object).toString(), u"order ORD-42"_s);
    QCOMPARE(cell(JournalModel::Summary).toString(), u"USD 25.00 to jane@example.com"_s);
    QCOMPARE(cell(JournalModel::Action).toString(), u"approve"_s);
    QCOMPARE(cell(JournalModel::Reason).toString(), u"first line …"_s);
    QCOMPARE(cell(JournalModel::Reason, Qt::ToolTipRole).toString(), u"first line\nsecond line"_s);
    QCOMPARE(cell(JournalModel::State).toString(), journalStateDisplayName(JournalState::Sending));
    QCOMPARE(cell(JournalModel::State, JournalModel::EntryIdRole).toString(), t.entryId);
    QCOMPARE(cell(JournalModel::State, JournalModel::InFlightRole).toBool(), true);
    QCOMPARE(cell(JournalModel::State, JournalModel::NeedsAttentionRole).toBool(), false); // in flight, not stuck

    QVERIFY(m_journal->complete(t, {JournalState::Unknown, u"The connection closed after sending"_s, {}}));
    QCOMPARE(cell(JournalModel::State).toString(), journalStateDisplayName(JournalState::Unknown));
    QCOMPARE(cell(JournalModel::State, JournalModel::StateRole).toInt(), int(JournalState::Unknown));
    QCOMPARE(cell(JournalModel::State, JournalModel::NeedsAttentionRole).toBool(), true);
    QCOMPARE(cell(JournalModel::State, JournalModel::InFlightRole).toBool(), false);
    QCOMPARE(cell(JournalModel::State, Qt::ToolTipRole).toString(), u"The connection closed after sending"_s);
    QCOMPARE(cell(JournalModel::Outcome).toString(), u"The connection closed after sending"_s);
    QCOMPARE(model.needsAttentionCount(), 1);

    QVERIFY(m_journal->resolve(t.entryId, JournalState::Abandoned, u"checked by phone"_s));
    QCOMPARE(cell(JournalModel::State, JournalModel::NeedsAttentionRole).toBool(), false);
    QVERIFY(cell(JournalModel::Actor, Qt::ToolTipRole).toString().contains(u"agent.k"_s));
    QCOMPARE(model.needsAttentionCount(), 0);
}

void TestJournalModel::incrementalUpdates() {
    JournalModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const ActionTicket a = begin(makeIntent(u"A"_s));
    const ActionTicket b = begin(makeIntent(u"B"_s));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0); // the newest goes on top
    QCOMPARE(model.entryAt(0).id, b.entryId);
    QCOMPARE(model.rowOf(a.entryId), 1);

    QVERIFY(m_journal->complete(a, {JournalState::Succeeded, u"done"_s, {}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), JournalModel::ColumnCount - 1);
    QCOMPARE(model.index(1, JournalModel::Outcome).data().toString(), u"done"_s);
    QCOMPARE(resets.size(), 0);
}

void TestJournalModel::textFilter() {
    JournalModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActionIntent x = makeIntent(u"ORD-X"_s);
    x.reason = u"Duplicate payout requested by Zoë"_s;
    begin(x);
    begin(makeIntent(u"ENV-1"_s, Vendor::TruCentive, u"envelope"_s, u"open"_s));
    const ActionTicket y = begin(makeIntent(u"ORD-Y"_s));
    QVERIFY(m_journal->complete(y, {JournalState::NotApplied, u"Insufficient FUNDS"_s, u"req-777"_s}));
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilterText(u"zoë"_s); // case-insensitive, non-ASCII
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).objectId, u"ORD-X"_s);
    model.setFilterText(u"insufficient funds"_s); // the outcome column
    QCOMPARE(model.rowCount(), 1);
    model.setFilterText(u"req-777"_s); // the request id
    QCOMPARE(model.rowCount(), 1);
    model.setFilterText(u"TruCentive"_s); // the vendor column
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).objectType, u"envelope"_s);
    model.setFilterText(u"order ord-"_s); // the object column as displayed
    QCOMPARE(model.rowCount(), 2);
    model.setFilterText(u"no such text"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 3);
    const int before = int(resets.size());
    model.setFilterText(u"  no such TEXT "_s); // same filter after folding: no reset
    QCOMPARE(resets.size(), before);
    model.setFilterText({});
    QCOMPARE(model.rowCount(), 3);
}

void TestJournalModel::needsAttentionAndVendorFilter() {
    const ActionTicket unknown = begin(makeIntent(u"U"_s));
    QVERIFY(m_journal->complete(unknown, {JournalState::Unknown, u"timeout"_s, {}}));
    begin(makeIntent(u"F"_s, Vendor::Trigg)); // in flight: not "needs attention"
    QVERIFY(m_journal->complete(begin(makeIntent(u"S"_s, Vendor::Cheetah)), {JournalState::Succeeded, {}, {}}));

    JournalModel model(m_journal.get()); // built after the journal loaded
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    model.setNeedsAttentionOnly(true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).id, unknown.entryId);
    model.setFilter({}, false, Vendor::Cheetah);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).objectId, u"S"_s);
    model.setVendorFilter(Vendor::TruCentive);
    QCOMPARE(model.rowCount(), 0);
    model.setVendorFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 3);
}

void TestJournalModel::filteredRowsFollowChanges() {
    JournalModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNeedsAttentionOnly(true);
    const ActionTicket a = begin(makeIntent(u"A"_s));
    const ActionTicket b = begin(makeIntent(u"B"_s));
    const ActionTicket c = begin(makeIntent(u"C"_s));
    QCOMPARE(model.rowCount(), 0); // all in flight
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_journal->complete(a, {JournalState::Unknown, u"timeout"_s, {}}));
    QVERIFY(m_journal->complete(c, {JournalState::Unknown, u"timeout"_s, {}}));
    QVERIFY(m_journal->complete(b, {JournalState::Unknown, u"timeout"_s, {}}));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(model.rowCount(), 3);
    // Inserted in place: still newest first.
    QCOMPARE(model.entryAt(0).objectId, u"C"_s);
    QCOMPARE(model.entryAt(1).objectId, u"B"_s);
    QCOMPARE(model.entryAt(2).objectId, u"A"_s);
    QVERIFY(m_journal->resolve(b.entryId, JournalState::ReconciledApplied, u"EXECUTED"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(b.entryId), -1);
}

void TestJournalModel::csvEscaping_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"hello"_s << u"hello"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
    QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("formula +") << u"+1+1"_s << u"'+1+1"_s;
    QTest::newRow("formula -") << u"-2"_s << u"'-2"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("formula tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("inner = is fine") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("unicode") << u"Zoë €"_s << u"Zoë €"_s;
}

void TestJournalModel::csvEscaping() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(JournalCsv::escapeField(in), out);
    // Without the guard, only RFC 4180 quoting applies.
    if (!in.startsWith(u'=') && !in.startsWith(u'+') && !in.startsWith(u'-') && !in.startsWith(u'@') &&
        !in.startsWith(u'\t'))
        QCOMPARE(JournalCsv::escapeField(in, false), out);
    else
        QVERIFY(!JournalCsv::escapeField(in, false).contains(u"'"_s));
}

void TestJournalModel::csvExport() {
    ActionIntent tricky = makeIntent(u"ORD-1"_s);
    tricky.reason = u"=cmd|' /C calc'!A0, \"urgent\"\nsecond line"_s;
    tricky.summary = u"Zoë, EUR 10,00"_s;
    const ActionTicket t = begin(tricky);
    QVERIFY(m_journal->complete(t, {JournalState::Succeeded, u"-approved-"_s, u"req,1"_s}));
    begin(makeIntent(u"ORD-2"_s));
    JournalModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(model.writeCsv(&buffer));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM for Excel
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 3); // header + 2 (the embedded newline stays inside its quoted field)
    QCOMPARE(rows.at(0), JournalCsv::header());
    for (const QStringList& r : rows)
        QCOMPARE(r.size(), JournalCsv::header().size());
    // Row order = model order (newest first): ORD-2, then ORD-1.
    const QStringList ord1 = rows.at(2);
    const int reasonCol = int(JournalCsv::header().indexOf(QCoreApplication::translate("rd::JournalCsv", "Reason")));
    const int summaryCol = int(JournalCsv::header().indexOf(QCoreApplication::translate("rd::JournalCsv", "Summary")));
    const int outcomeCol = int(JournalCsv::header().indexOf(QCoreApplication::translate("rd::JournalCsv", "Outcome")));
    const int requestCol =
        int(JournalCsv::header().indexOf(QCoreApplication::translate("rd::JournalCsv", "Request ID")));
    const int objectCol = int(JournalCsv::header().indexOf(QCoreApplication::translate("rd::JournalCsv", "Object ID")));
    QCOMPARE(rows.at(1).at(objectCol), u"ORD-2"_s);
    QCOMPARE(ord1.at(objectCol), u"ORD-1"_s);
    QCOMPARE(ord1.at(reasonCol), u"'"_s + tricky.reason); // guarded, otherwise intact
    QCOMPARE(ord1.at(summaryCol), tricky.summary);
    QCOMPARE(ord1.at(outcomeCol), u"'-approved-"_s);
    QCOMPARE(ord1.at(requestCol), u"req,1"_s);
    QCOMPARE(ord1.at(0), m_journal->entry(t.entryId)->createdAt.toString(Qt::ISODate)); // UTC ISO 8601

    // Selected rows only, no BOM, filtered model.
    model.setFilterText(u"ORD-1"_s);
    QBuffer selected;
    QVERIFY(selected.open(QIODevice::WriteOnly));
    QVERIFY(model.writeCsv(&selected, {0}, {false, true}));
    QVERIFY(!selected.data().startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> one = parseCsv(QString::fromUtf8(selected.data()));
    QCOMPARE(one.size(), 2);
    QCOMPARE(one.at(1).at(objectCol), u"ORD-1"_s);

    // A device that refuses writes is reported.
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QVERIFY(!model.writeCsv(&readOnly));
}

QTEST_GUILESS_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
