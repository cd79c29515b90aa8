// Unit tests of the paged table model base (models/common) with an in-memory asynchronous page source.

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <set>

#include "models/membersfixture.h"
#include "models/modelwait.h"

using namespace rd;
using namespace rd::test;

namespace {

using State = PagedTableModel::State;

// Counts the model's structural signals and checks that they are never per row.
struct SignalLog {
    explicit SignalLog(QAbstractItemModel* model) {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                         [this](const QModelIndex&, int first, int last) {
                             ++inserts;
                             insertedRows += last - first + 1;
                         });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, model, [this] { ++layouts; });
        QObject::connect(model, &QAbstractItemModel::dataChanged, model, [this] { ++dataChanges; });
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, [this] { ++removes; });
    }
    int inserts = 0;
    int insertedRows = 0;
    int layouts = 0;
    int dataChanges = 0;
    int resets = 0;
    int removes = 0;
};

struct Fixture {
    Fixture(int count, PagingStyle style, PagedModelOptions options = {}, int columns = MemberSchema::ColumnCount)
        : pages(makeMembers(count), style) {
        options.style = style;
        model = std::make_unique<MemberModel>(std::make_shared<MemberSchema>(columns), pages.source(), options);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QStringList shownIds() const {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(PagedTableModel::RowIdRole).toString());
        return ids;
    }
    QStringList ids(const std::vector<int>& sourceRows) const {
        QStringList out;
        for (const int row : sourceRows)
            out.append(pages.members()[size_t(row)].id);
        return out;
    }
    FakePages pages;
    std::unique_ptr<MemberModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

PagedModelOptions loadAll(int pageSize, std::chrono::milliseconds batch = std::chrono::milliseconds(20)) {
    PagedModelOptions o;
    o.pageSize = pageSize;
    o.loadAll = true;
    o.batchInterval = batch;
    return o;
}

// The filter's reference semantics, written the slow obvious way over the structs.
bool referenceMatch(const Member& m, const QString& filter) {
    const auto fold = [](const QString& s) {
        const QString d = s.normalized(QString::NormalizationForm_KD);
        QString out;
        for (const QChar c : d) {
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c);
        }
        return out.toCaseFolded();
    };
    const QString text = fold(MemberSchema().searchText(m));
    const QStringList terms = fold(filter).split(u' ', Qt::SkipEmptyParts);
    return std::all_of(terms.begin(), terms.end(), [&](const QString& t) { return text.contains(t); });
}

std::vector<int> referenceFilter(const std::vector<Member>& members, const QString& filter) {
    std::vector<int> out;
    for (size_t i = 0; i < members.size(); ++i) {
        if (referenceMatch(members[i], filter))
            out.push_back(int(i));
    }
    return out;
}

std::vector<int> referenceSort(const std::vector<Member>& members, std::vector<int> rows, int column,
                               Qt::SortOrder order) {
    const MemberSchema schema;
    const QCollator collator = SortIndex::makeCollator(QLocale());
    const auto cmp = [&](int a, int b) {
        if (schema.sortKind(column) == PagedTableModel::SortKind::Number) {
            const double x = schema.sortNumber(members[size_t(a)], column);
            const double y = schema.sortNumber(members[size_t(b)], column);
            return x < y ? -1 : (y < x ? 1 : 0);
        }
        return collator.compare(schema.sortText(members[size_t(a)], column),
                                schema.sortText(members[size_t(b)], column));
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = cmp(a, b);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return rows;
}

std::vector<int> allRows(size_t n) {
    std::vector<int> rows(n);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

} // namespace

class TestPagedTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void loadsEveryPagingStyle_data() {
        QTest::addColumn<PagingStyle>("style");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("offset/limit") << PagingStyle::OffsetLimit << 1050 << 11;
        QTest::newRow("page/per_page") << PagingStyle::PagePerPage << 1050 << 11;
        QTest::newRow("page/rowsPage") << PagingStyle::PageRowsPage << 1050 << 11;
        QTest::newRow("page only, short last page") << PagingStyle::PageOnly << 1050 << 11;
        QTest::newRow("page only, empty last page") << PagingStyle::PageOnly << 1000 << 11;
    }
    void loadsEveryPagingStyle() {
        QFETCH(PagingStyle, style);
        QFETCH(int, count);
        QFETCH(int, expectedRequests);
        Fixture f(count, style, loadAll(100));
        QSignalSpy states(f.model.get(), &PagedTableModel::stateChanged);
        QCOMPARE(f.model->state(), State::Idle);
        f.model->load();
        QCOMPARE(f.model->state(), State::Loading);
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.model->rowCount(), count);
        QCOMPARE(f.pages.requests, expectedRequests);
        QCOMPARE(f.shownIds(), f.ids(allRows(size_t(count))));
        QCOMPARE(states.count(), 2); // Loading, Loaded
        QCOMPARE(f.model->countText(), u"%1 row(s)"_s.arg(QLocale().toString(count)));
        // The pager's parameters reached the source.
        const QUrlQuery& first = f.pages.queries.first();
        switch (style) {
        case PagingStyle::OffsetLimit:
            QCOMPARE(first.queryItemValue(u"limit"_s), u"100"_s);
            break;
        case PagingStyle::PagePerPage:
            QCOMPARE(first.queryItemValue(u"per_page"_s), u"100"_s);
            break;
        case PagingStyle::PageRowsPage:
            QCOMPARE(first.queryItemValue(u"rowsPage"_s), u"100"_s);
            break;
        case PagingStyle::PageOnly:
            QCOMPARE(first.queryItemValue(u"page"_s), u"1"_s);
            break;
        }
    }

    void readAheadOverlapsParsingAndFollowsTheServer_data() {
        QTest::addColumn<PagingStyle>("style");
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("readAhead");
        QTest::newRow("offset/limit") << PagingStyle::OffsetLimit << 0 << true;
        QTest::newRow("offset/limit, server caps the page at 80") << PagingStyle::OffsetLimit << 80 << true;
        QTest::newRow("page/per_page") << PagingStyle::PagePerPage << 0 << true;
        QTest::newRow("page/rowsPage") << PagingStyle::PageRowsPage << 0 << true;
        QTest::newRow("off") << PagingStyle::OffsetLimit << 0 << false;
    }
    void readAheadOverlapsParsingAndFollowsTheServer() {
        QFETCH(PagingStyle, style);
        QFETCH(int, cap);
        QFETCH(bool, readAhead);
        PagedModelOptions o = loadAll(100);
        o.readAhead = readAhead;
        Fixture f(1000, style, o);
        f.pages.maxLimit = cap;
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.shownIds(), f.ids(allRows(1000)));
        const int pages = cap ? (1000 + cap - 1) / cap : 10;
        QCOMPARE(f.pages.requests, pages); // nothing wasted: the total was known, the guess used the real page size
        QCOMPARE(f.pages.cancelled, 0);
        // Read ahead: page n+1 was requested while page n was being delivered (its parse still to come). (When the
        // read-ahead answer is already there once page n is parsed, the next read-ahead starts from the model.)
        if (readAhead)
            QVERIFY(f.pages.requestsWhileDelivering >= 1);
        else
            QCOMPARE(f.pages.requestsWhileDelivering, 0);
    }

    void hundredThousandRowsArriveInFewBatches() {
        Fixture f(100'000, PagingStyle::OffsetLimit, loadAll(500, std::chrono::milliseconds(250)), 2);
        f.pages.prebuild(500);
        SignalLog log(f.model.get());
        QElapsedTimer clock;
        clock.start();
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        const qint64 ms = clock.elapsed();
        qInfo("100,000 rows in 200 pages: %lld ms, %d insert signals", ms, log.inserts);
        QCOMPARE(f.model->rowCount(), 100'000);
        QCOMPARE(log.insertedRows, 100'000);
        QCOMPARE(f.pages.requests, 200);
        QVERIFY2(log.inserts >= 1 && log.inserts <= 200 / 4, qPrintable(QString::number(log.inserts)));
        QVERIFY(log.inserts <= ms / 250 + 2); // at most one batch per interval (+ the first and the last)
        QCOMPARE(log.dataChanges, 0);
        QCOMPARE(log.layouts, 0);
        QCOMPARE(f.model->index(99'999, 0).data().toString(), u"M0100000"_s);
        QCOMPARE(f.model->countText(), u"100,000 row(s)"_s);
    }

    void emptyList() {
        Fixture f(0, PagingStyle::PagePerPage, loadAll(50));
        SignalLog log(f.model.get());
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Empty);
        QCOMPARE(f.model->rowCount(), 0);
        QCOMPARE(log.inserts, 0);
        QCOMPARE(f.pages.requests, 1);
        QVERIFY(!f.model->canFetchMore({}));
    }

    void errorKeepsRowsAndRetryContinues() {
        Fixture f(500, PagingStyle::OffsetLimit, loadAll(100));
        f.pages.failRequest = 3;
        f.model->setAccountLabel(u"Tremendous (sandbox)"_s);
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Error);
        QCOMPARE(f.model->rowCount(), 200);
        QVERIFY(f.model->error().has_value());
        QCOMPARE(f.model->error()->httpStatus, 503);
        QVERIFY(!f.model->errorMessage().isEmpty());
        QVERIFY(!f.model->canFetchMore({}));
        QCOMPARE(f.model->countText(), u"200 of 500"_s);

        f.model->retry();
        QCOMPARE(f.model->state(), State::Loading);
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.model->rowCount(), 500);
        QCOMPARE(f.pages.requests, 6); // the failed page was asked for once more, not the whole list
        QCOMPARE(f.shownIds(), f.ids(allRows(500)));
        QVERIFY(f.model->errorMessage().isEmpty());
        QVERIFY(!f.model->error());
    }

    void unreadablePageIsAnErrorAndRetryable() {
        Fixture f(250, PagingStyle::PageRowsPage, loadAll(100));
        f.pages.malformedRequest = 2;
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Error);
        QCOMPARE(f.model->rowCount(), 100);
        QCOMPARE(f.model->error()->kind, ErrorKind::Parse);
        QVERIFY2(f.model->errorMessage().contains(u"Page 2"_s), qPrintable(f.model->errorMessage()));
        QVERIFY(!f.model->errorMessage().contains(u"Bad gateway"_s)); // never the body itself
        f.model->retry();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.shownIds(), f.ids(allRows(250)));
    }

    void repeatingServerIsStopped() {
        Fixture f(1000, PagingStyle::PagePerPage, loadAll(100));
        f.pages.repeatFromPage = 2; // the server ignores ?page=
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Stopped);
        QCOMPARE(f.model->rowCount(), 100); // the repeated page was not added
        // Page 2 (the repeat), and possibly page 3 read ahead while page 2 was parsed, then dropped.
        QVERIFY2(f.pages.requests == 2 || f.pages.requests == 3, qPrintable(QString::number(f.pages.requests)));
        QTest::qWait(20);
        QVERIFY(f.pages.requests <= 3); // nothing after the stop
        QVERIFY(!f.model->errorMessage().isEmpty());
        QVERIFY(!f.model->canFetchMore({}));
        QCOMPARE(f.model->countText(), u"100 of 1,000"_s);
    }

    void onDemandFetchMore() {
        PagedModelOptions o;
        o.pageSize = 100;
        Fixture f(350, PagingStyle::OffsetLimit, o);
        SignalLog log(f.model.get());
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::MoreAvailable);
        QCOMPARE(f.model->rowCount(), 100);
        QCOMPARE(f.pages.requests, 1);
        QVERIFY(f.model->canFetchMore({}));
        QCOMPARE(f.model->countText(), u"100 of 350"_s);
        for (int expected : {200, 300}) {
            f.model->fetchMore({});
            QCOMPARE(f.model->state(), State::Loading);
            QVERIFY(!f.model->canFetchMore({}));
            f.model->fetchMore({}); // ignored: one request at a time
            WAIT_FOR_STATE(f.model.get(), State::MoreAvailable);
            QCOMPARE(f.model->rowCount(), expected);
        }
        f.model->fetchMore({});
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.model->rowCount(), 350);
        QCOMPARE(f.pages.requests, 4);
        QCOMPARE(log.inserts, 4);
        QVERIFY(!f.model->canFetchMore({}));
        QCOMPARE(f.shownIds(), f.ids(allRows(350)));
    }

    void loadAllPausesEveryChunk() {
        PagedModelOptions o = loadAll(100);
        o.loadAllChunk = 300;
        Fixture f(1000, PagingStyle::PagePerPage, o);
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::MoreAvailable);
        QCOMPARE(f.model->rowCount(), 300);
        f.model->fetchMore({});
        WAIT_FOR_STATE(f.model.get(), State::MoreAvailable);
        QCOMPARE(f.model->rowCount(), 600);
        f.model->fetchMore({});
        WAIT_FOR_STATE(f.model.get(), State::MoreAvailable);
        f.model->fetchMore({});
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.shownIds(), f.ids(allRows(1000)));
    }

    void reloadCancelsTheRequestInFlight() {
        Fixture f(300, PagingStyle::OffsetLimit, loadAll(100));
        f.pages.delayMs = 200;
        QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
        f.model->load();
        QVERIFY(inserted.wait()); // page 1 shown; page 2 was requested when page 1 was parsed
        QCOMPARE(f.model->rowCount(), 100);
        QCOMPARE(f.model->state(), State::Loading);
        QCOMPARE(f.pages.requests, 2);
        SignalLog log(f.model.get());
        f.model->reload(); // page 2 is in flight
        QCOMPARE(f.pages.cancelled, 1);
        QCOMPARE(log.resets, 1);
        QCOMPARE(f.model->rowCount(), 0);
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.shownIds(), f.ids(allRows(300))); // no duplicates from the cancelled walk
        QCOMPARE(f.pages.requests, 2 + 3);
    }

    void cancelLoadingThenContinue() {
        Fixture f(300, PagingStyle::OffsetLimit, loadAll(100));
        f.pages.delayMs = 200;
        QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
        f.model->load();
        QVERIFY(inserted.wait());
        QCOMPARE(f.model->rowCount(), 100);
        QCOMPARE(f.pages.requests, 2); // page 2 in flight
        f.model->cancelLoading();
        QCOMPARE(f.pages.cancelled, 1);
        QCOMPARE(f.model->state(), State::MoreAvailable);
        QTest::qWait(250); // the cancelled answer never arrives
        QCOMPARE(f.model->rowCount(), 100);
        f.model->fetchMore({});
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.shownIds(), f.ids(allRows(300)));
    }

    void destructionCancels() {
        FakePages pages(makeMembers(100), PagingStyle::OffsetLimit);
        pages.delayMs = 20;
        {
            MemberModel model(std::make_shared<MemberSchema>(), pages.source(), loadAll(50));
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.load();
        }
        QCOMPARE(pages.cancelled, 1);
        QTest::qWait(50); // nothing arrives at the destroyed model
    }

    void filterMatchesReference() {
        Fixture f(3000, PagingStyle::OffsetLimit, loadAll(500));
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        const auto& members = f.pages.members();
        SignalLog log(f.model.get());
        // Typing, extending (narrowing path), several terms, accents, case, deleting (widening), clearing.
        const QStringList steps = {u"a"_s,
                                   u"an"_s,
                                   u"ann"_s,
                                   u"anna"_s,
                                   u"anna z"_s,
                                   u"anna zu"_s,
                                   u"ANNA ZÜRICH"_s,
                                   u"anna"_s,
                                   u"jose"_s,
                                   u"JOSÉ"_s,
                                   u"ångström"_s,
                                   u"angstrom malmo"_s,
                                   u"m0001"_s,
                                   u"nobody-xyz"_s,
                                   u""_s,
                                   u"  smith   suspended "_s,
                                   u"o'brien"_s};
        for (const QString& step : steps) {
            const int layoutsBefore = log.layouts;
            f.model->setFilterText(step);
            QVERIFY(log.layouts - layoutsBefore <= 1); // one layout change per keystroke, none per row
            const std::vector<int> expected = referenceFilter(members, step);
            QCOMPARE(f.shownIds(), f.ids(expected));
            QCOMPARE(f.model->filterText(), step);
            if (!step.trimmed().isEmpty())
                QCOMPARE(f.model->countText(), u"%1 shown of 3,000"_s.arg(QLocale().toString(qint64(expected.size()))));
        }
        QCOMPARE(log.inserts, 0);
        QCOMPARE(log.removes, 0);
        QVERIFY(!referenceFilter(members, u"zurich"_s).empty());
        QVERIFY(referenceFilter(members, u"zurich"_s).size() < members.size());
    }

    void filterAppliesToRowsArrivingLater() {
        Fixture f(2000, PagingStyle::PagePerPage, loadAll(100));
        f.model->setFilterText(u"smith"_s);
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.shownIds(), f.ids(referenceFilter(f.pages.members(), u"smith"_s)));
        QVERIFY(f.model->isFiltered());
    }

    void rowFilterPredicate() {
        Fixture f(1000, PagingStyle::OffsetLimit, loadAll(250));
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        f.model->setRowFilter([](const Member& m) { return m.status == Member::Suspended; });
        f.model->setFilterText(u"berlin"_s);
        std::vector<int> expected;
        for (const int row : referenceFilter(f.pages.members(), u"berlin"_s)) {
            if (f.pages.members()[size_t(row)].status == Member::Suspended)
                expected.push_back(row);
        }
        QCOMPARE(f.shownIds(), f.ids(expected));
        f.model->setRowFilter({});
        QCOMPARE(f.shownIds(), f.ids(referenceFilter(f.pages.members(), u"berlin"_s)));
    }

    void sortMatchesReference_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("threshold");
        for (const int threshold : {1'000'000, 0}) { // at once / in a worker
            const char* mode = threshold ? "sync" : "worker";
            QTest::addRow("name asc %s", mode) << int(MemberSchema::Name) << int(Qt::AscendingOrder) << threshold;
            QTest::addRow("name desc %s", mode) << int(MemberSchema::Name) << int(Qt::DescendingOrder) << threshold;
            QTest::addRow("city desc %s", mode) << int(MemberSchema::City) << int(Qt::DescendingOrder) << threshold;
            QTest::addRow("id desc %s", mode) << int(MemberSchema::Id) << int(Qt::DescendingOrder) << threshold;
        }
        QTest::addRow("points asc") << int(MemberSchema::Points) << int(Qt::AscendingOrder) << 0;
        QTest::addRow("status desc (ties)") << int(MemberSchema::Status) << int(Qt::DescendingOrder) << 0;
    }
    void sortMatchesReference() {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(int, threshold);
        PagedModelOptions o = loadAll(500);
        o.asyncSortThreshold = threshold;
        o.prepareSorts = false;
        Fixture f(1500, PagingStyle::OffsetLimit, o);
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QSignalSpy applied(f.model.get(), &PagedTableModel::sortApplied);
        f.model->sort(column, Qt::SortOrder(order));
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(!f.model->isSortPending());
        const auto& members = f.pages.members();
        QCOMPARE(f.shownIds(), f.ids(referenceSort(members, allRows(members.size()), column, Qt::SortOrder(order))));
        // The other direction comes from the same ranks; the filter keeps the order.
        const auto other = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        f.model->sort(column, other);
        QCOMPARE(applied.count(), 2);
        QCOMPARE(f.shownIds(), f.ids(referenceSort(members, allRows(members.size()), column, other)));
        f.model->setFilterText(u"an"_s);
        QCOMPARE(f.shownIds(), f.ids(referenceSort(members, referenceFilter(members, u"an"_s), column, other)));
        // Column -1: back to load order.
        f.model->sort(-1);
        QCOMPARE(f.shownIds(), f.ids(referenceFilter(members, u"an"_s)));
    }

    void sortedListMergesNewPages() {
        Fixture f(5000, PagingStyle::PagePerPage, loadAll(250, std::chrono::milliseconds(10)));
        f.model->sort(MemberSchema::Name, Qt::DescendingOrder); // before any row: every page is merged in
        f.model->setFilterText(u"e"_s);
        SignalLog log(f.model.get());
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        const auto& members = f.pages.members();
        QCOMPARE(f.shownIds(), f.ids(referenceSort(members, referenceFilter(members, u"e"_s), MemberSchema::Name,
                                                   Qt::DescendingOrder)));
        QVERIFY(log.inserts + log.layouts >= 1);
        QVERIFY2(log.inserts + log.layouts <= 20, qPrintable(QString::number(log.inserts + log.layouts))); // per batch
    }

    void textSortInWorkerMergesRowsArrivingMeanwhile() {
        // Deterministic: 500 rows shown, 11,000 parsed and waiting for the next batch (60 s away), the last page held
        // back by the server. The text sort starts in a worker on the 500; cancelLoading() commits the 11,000
        // synchronously while it runs; the sort's result must merge them in.
        PagedModelOptions o = loadAll(500, std::chrono::milliseconds(60000));
        o.asyncSortThreshold = 0;
        o.prepareSorts = false;
        o.readAhead = false; // request 24 = page 24 exactly when page 23 has been parsed
        Fixture f(12'000, PagingStyle::OffsetLimit, o);
        f.pages.slowRequest = 24;
        f.model->load();
        QTRY_COMPARE(f.model->rowCount(), 500);
        QTRY_COMPARE(f.pages.requests, 24);
        QCOMPARE(f.model->rowCount(), 500);
        QSignalSpy applied(f.model.get(), &PagedTableModel::sortApplied);
        f.model->sort(MemberSchema::Email, Qt::AscendingOrder);
        QVERIFY(f.model->isSortPending());
        f.model->cancelLoading();
        QCOMPARE(f.model->rowCount(), 11'500);
        QVERIFY(f.model->isSortPending());
        QCOMPARE(f.shownIds(), f.ids(allRows(11'500))); // load order until the sort arrives
        QTRY_COMPARE(applied.count(), 1);
        auto& members = f.pages.members();
        const std::vector<Member> loaded(members.begin(), members.begin() + 11'500);
        QCOMPARE(f.shownIds(), f.ids(referenceSort(loaded, allRows(11'500), MemberSchema::Email, Qt::AscendingOrder)));
        // The rest arrives into the sorted list.
        f.pages.slowRequest = -1;
        f.model->fetchMore({});
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QCOMPARE(f.shownIds(),
                 f.ids(referenceSort(members, allRows(members.size()), MemberSchema::Email, Qt::AscendingOrder)));
    }

    void preparedSortsApplyAtOnce() {
        // 1,500 of 2,000 rows, then a pause: the text columns get ranked in the background.
        PagedModelOptions o = loadAll(250);
        o.loadAllChunk = 1500;
        o.asyncSortThreshold = 1000;
        Fixture f(2000, PagingStyle::OffsetLimit, o);
        QSignalSpy prepared(f.model.get(), &PagedTableModel::sortPrepared);
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::MoreAvailable);
        QVERIFY(!f.model->isSortPrepared(MemberSchema::Name));
        QVERIFY(f.model->isSortPrepared(MemberSchema::Points)); // numbers need no preparation
        QTRY_VERIFY_WITH_TIMEOUT(f.model->isSortPrepared(MemberSchema::Name) &&
                                     f.model->isSortPrepared(MemberSchema::Email) &&
                                     f.model->isSortPrepared(MemberSchema::City),
                                 10000);
        QVERIFY(prepared.count() >= 3);

        // 500 more rows arrive; sorting by a prepared column is immediate (kept ranks + a merge of the new rows).
        f.model->fetchMore({});
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QSignalSpy applied(f.model.get(), &PagedTableModel::sortApplied);
        f.model->sort(MemberSchema::Name, Qt::DescendingOrder);
        QCOMPARE(applied.count(), 1); // synchronously, no worker
        QVERIFY(!f.model->isSortPending());
        const auto& members = f.pages.members();
        QCOMPARE(f.shownIds(),
                 f.ids(referenceSort(members, allRows(members.size()), MemberSchema::Name, Qt::DescendingOrder)));
        // Leaving a column keeps its ranks: going back is immediate too.
        f.model->sort(MemberSchema::City, Qt::AscendingOrder);
        QCOMPARE(applied.count(), 2);
        QVERIFY(f.model->isSortPrepared(MemberSchema::Name));
        f.model->sort(MemberSchema::Name, Qt::AscendingOrder);
        QCOMPARE(applied.count(), 3);
        QCOMPARE(f.shownIds(),
                 f.ids(referenceSort(members, allRows(members.size()), MemberSchema::Name, Qt::AscendingOrder)));

        // A changed row invalidates the kept ranks (they hold its old value); they are prepared again.
        Member changed = members[42];
        changed.city = u"Aachen"_s;
        QVERIFY(f.model->replaceRow(changed.id, changed));
        QVERIFY(!f.model->isSortPrepared(MemberSchema::City));
        QTRY_VERIFY_WITH_TIMEOUT(f.model->isSortPrepared(MemberSchema::City), 10000);
        f.model->sort(MemberSchema::City, Qt::AscendingOrder);
        QCOMPARE(applied.count(), 4);
        QCOMPARE(f.model->index(0, MemberSchema::City).data().toString(), u"Aachen"_s);
    }

    void selectionSurvivesSortAndFilter() {
        Fixture f(2000, PagingStyle::OffsetLimit, loadAll(500));
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        QItemSelectionModel selection(f.model.get());
        const QStringList picked = {u"M0000007"_s, u"M0000500"_s, u"M0001999"_s};
        for (const QString& id : picked)
            selection.select(f.model->indexForId(id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.setCurrentIndex(f.model->indexForId(u"M0000500"_s, 2), QItemSelectionModel::NoUpdate);
        const auto selectedIds = [&] {
            QStringList ids;
            for (const QModelIndex& index : selection.selectedRows())
                ids.append(index.data(PagedTableModel::RowIdRole).toString());
            ids.sort();
            return ids;
        };
        QCOMPARE(selectedIds(), picked);

        f.model->sort(MemberSchema::City, Qt::DescendingOrder);
        QCOMPARE(selectedIds(), picked);
        QCOMPARE(selection.currentIndex().data(PagedTableModel::RowIdRole).toString(), u"M0000500"_s);
        QCOMPARE(selection.currentIndex().column(), 2);
        QVERIFY(f.model->indexForId(u"M0000500"_s).row() != 499);

        // A filter that keeps them keeps the selection; one that hides a row drops only that row.
        f.model->setFilterText(u"m000"_s);
        QCOMPARE(selectedIds(), picked);
        f.model->setFilterText(u"m0000"_s);
        QCOMPARE(selectedIds(), (QStringList{u"M0000007"_s, u"M0000500"_s}));
        f.model->setFilterText({});
        QCOMPARE(selectedIds(), (QStringList{u"M0000007"_s, u"M0000500"_s}));
        QCOMPARE(selection.currentIndex().data(PagedTableModel::RowIdRole).toString(), u"M0000500"_s);
    }

    void replaceRowUpdatesInPlaceOrMoves() {
        Fixture f(1000, PagingStyle::OffsetLimit, loadAll(500));
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        SignalLog log(f.model.get());
        Member changed = f.pages.members()[10];
        changed.status = changed.status == Member::Suspended ? Member::Active : Member::Suspended;
        QVERIFY(f.model->replaceRow(changed.id, changed));
        QCOMPARE(log.dataChanges, 1);
        QCOMPARE(log.layouts, 0);
        QCOMPARE(f.model->index(10, MemberSchema::Status).data().toString(), statusText(changed.status));
        QVERIFY(!f.model->replaceRow(u"nope"_s, changed));

        // Sorted by points: the row moves; filtered: it drops out when its text no longer matches.
        f.model->sort(MemberSchema::Points, Qt::AscendingOrder);
        changed.points = 1'000'000;
        changed.name = u"Zed Unique"_s;
        QVERIFY(f.model->replaceRow(changed.id, changed));
        QCOMPARE(f.model->index(f.model->rowCount() - 1, 0).data().toString(), changed.id);
        f.model->setFilterText(u"zed unique"_s);
        QCOMPARE(f.model->rowCount(), 1);
        changed.name = u"Someone Else"_s;
        QVERIFY(f.model->replaceRow(changed.id, changed));
        QCOMPARE(f.model->rowCount(), 0);
    }

    void rolesAndHeaders() {
        Fixture f(10, PagingStyle::PageOnly, loadAll(100));
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::Loaded);
        const Member& m = f.pages.members()[3];
        QCOMPARE(f.model->index(3, MemberSchema::Name).data().toString(), m.name);
        QCOMPARE(f.model->index(3, MemberSchema::Name).data(PagedTableModel::SortRole).toString(), m.name);
        QCOMPARE(f.model->index(3, MemberSchema::Points).data(PagedTableModel::SortRole).toDouble(), double(m.points));
        QCOMPARE(f.model->index(3, 0).data(PagedTableModel::RowIdRole).toString(), m.id);
        QCOMPARE(f.model->index(3, 0).data(PagedTableModel::SourceRowRole).toInt(), 3);
        QCOMPARE(f.model->rowAt(f.model->index(3, 1))->email, m.email);
        QCOMPARE(f.model->headerData(MemberSchema::Email, Qt::Horizontal).toString(), u"E-mail"_s);
        QCOMPARE(f.model->columnCount(), int(MemberSchema::ColumnCount));
        QVERIFY(!f.model->index(3, 0).flags().testFlag(Qt::ItemIsEditable));
    }

    void countTextWhileLoading() {
        PagedModelOptions o;
        o.pageSize = 100;
        Fixture f(1250, PagingStyle::PagePerPage, o);
        QCOMPARE(f.model->countText(), QString());
        f.model->load();
        WAIT_FOR_STATE(f.model.get(), State::MoreAvailable);
        QCOMPARE(f.model->countText(), u"100 of 1,250"_s);
        QCOMPARE(f.model->totalCount(), 1250);
        f.model->setFilterText(u"smith"_s);
        QCOMPARE(f.model->countText(), u"%1 shown of 100 loaded (1,250 in total)"_s.arg(f.model->rowCount()));
        FakePages pages(makeMembers(150), PagingStyle::PageOnly); // no totals at all
        o.style = PagingStyle::PageOnly;
        MemberModel model(std::make_shared<MemberSchema>(), pages.source(), o);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load();
        WAIT_FOR_STATE(&model, State::MoreAvailable);
        QCOMPARE(model.countText(), u"100 loaded"_s);
    }
};

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
