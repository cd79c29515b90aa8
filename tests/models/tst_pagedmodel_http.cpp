// The paged model against a real HTTP server on 127.0.0.1 (rd::test::FaultServer) through rd::HttpTransport:
// every paging style over the wire, transport retries, server errors, unreadable and truncated bodies, a repeating
// server, and cancellation of a request in flight.

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "models/membersfixture.h"
#include "models/modelwait.h"
#include "support/faultserver.h"

using namespace rd;
using namespace rd::test;

namespace {

using State = PagedTableModel::State;

// Serves `members` at GET /members in `style`, like the vendor would, with switchable faults.
struct MemberServer {
    MemberServer(int count, PagingStyle style)
        : members(makeMembers(count))
        , style(style) {
        server.handle("GET", u"/members"_s, [this](const RecordedRequest& request) {
            ++served;
            const auto [offset, limit] = requestedSlice(this->style, request.query, serverPageSize);
            const qint64 page = limit > 0 ? offset / limit + 1 : 1;
            if (failPage == page)
                return FaultResponse::json(500, R"({"errors":{"message":"Internal error"}})");
            if (htmlPage == page)
                return FaultResponse::html(200);
            if (truncatedPage == page) {
                const QByteArray body = pageBody(members, this->style, offset, limit);
                return FaultResponse::truncated(200, body.left(body.size() / 2), body.size());
            }
            if (unavailableOnce == page) {
                unavailableOnce = -1;
                return FaultResponse::json(503, R"({"errors":{"message":"busy"}})").withHeader("Retry-After", "0");
            }
            FaultResponse response =
                FaultResponse::json(200, pageBody(members, this->style, ignorePaging ? 0 : offset, limit));
            if (slowPage == page)
                response.withDelay(slowMs);
            return response;
        });
    }
    FaultServer server;
    std::vector<Member> members;
    PagingStyle style;
    int served = 0;
    int serverPageSize = 100;
    qint64 failPage = -1;
    qint64 htmlPage = -1;
    qint64 truncatedPage = -1;
    qint64 unavailableOnce = -1;
    qint64 slowPage = -1;
    int slowMs = 0;
    bool ignorePaging = false;
};

struct Client {
    Client(const QUrl& baseUrl)
        : transport(&nam)
        , auth(Vendor::Tremendous, "TEST_integration_key") {
        transport.setBackoffBase(std::chrono::milliseconds(5));
        transport.setRetryAfterCap(std::chrono::milliseconds(10));
        endpoint.vendor = Vendor::Tremendous;
        endpoint.baseUrl = baseUrl;
        endpoint.auth = &auth;
        endpoint.accountLabel = u"Tremendous (sandbox)"_s;
    }
    PageSource source() {
        return [this](const Pager& pager, QObject* context, PageDone done) {
            HttpRequest request;
            request.path = u"/members"_s;
            pager.applyTo(&request.query);
            request.label = u"list members"_s;
            request.transferTimeout = std::chrono::milliseconds(3000);
            request.deadline = std::chrono::milliseconds(5000);
            return transport.send(endpoint, request, context, std::move(done));
        };
    }
    QNetworkAccessManager nam;
    HttpTransport transport;
    StaticKeyAuthProvider auth;
    Endpoint endpoint;
};

struct Setup {
    Setup(int count, PagingStyle style, int pageSize, bool all = true)
        : server(count, style) {
        QVERIFY(server.server.listen());
        client = std::make_unique<Client>(server.server.baseUrl());
        PagedModelOptions options;
        options.style = style;
        options.pageSize = pageSize;
        options.loadAll = all;
        options.batchInterval = std::chrono::milliseconds(20);
        model = std::make_unique<MemberModel>(std::make_shared<MemberSchema>(), client->source(), options);
        model->setAccountLabel(client->endpoint.accountLabel);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QStringList shownIds() const {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(PagedTableModel::RowIdRole).toString());
        return ids;
    }
    QStringList expectedIds(size_t count) const {
        QStringList ids;
        for (size_t i = 0; i < count; ++i)
            ids.append(server.members[i].id);
        return ids;
    }
    MemberServer server;
    std::unique_ptr<Client> client;
    std::unique_ptr<MemberModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestPagedModelHttp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void loadsEveryStyleOverHttp_data() {
        QTest::addColumn<PagingStyle>("style");
        QTest::addColumn<int>("requests");
        QTest::newRow("offset/limit (Tremendous)") << PagingStyle::OffsetLimit << 10;
        QTest::newRow("page/per_page (Cheetah)") << PagingStyle::PagePerPage << 10;
        QTest::newRow("page/rowsPage (Trigg)") << PagingStyle::PageRowsPage << 10;
        QTest::newRow("page only (TruCentive)") << PagingStyle::PageOnly << 24; // server pages of 100
    }
    void loadsEveryStyleOverHttp() {
        QFETCH(PagingStyle, style);
        QFETCH(int, requests);
        Setup s(2345, style, 250);
        s.model->load();
        WAIT_FOR_STATE(s.model.get(), State::Loaded);
        QCOMPARE(s.model->rowCount(), 2345);
        QCOMPARE(s.shownIds(), s.expectedIds(2345));
        QCOMPARE(s.server.server.count("GET", u"/members"_s), requests);
        const QList<RecordedRequest> sent = s.server.server.requests("GET", u"/members"_s);
        QCOMPARE(sent.first().header("authorization"), QByteArray("Bearer TEST_integration_key"));
        QVERIFY(!sent.first().rawTarget.contains("TEST_integration_key")); // credentials in headers only
        // Requests went one at a time, in page order.
        for (int i = 1; i < sent.size(); ++i)
            QVERIFY(sent[i].sequence > sent[i - 1].sequence);
        QCOMPARE(s.model->countText(), u"2,345 row(s)"_s);
    }

    void transportRetriesABusyServer() {
        Setup s(600, PagingStyle::OffsetLimit, 200);
        s.server.unavailableOnce = 2; // 503 with Retry-After: 0, once
        s.model->load();
        WAIT_FOR_STATE(s.model.get(), State::Loaded);
        QCOMPARE(s.shownIds(), s.expectedIds(600));
        QCOMPARE(s.server.server.count("GET", u"/members"_s), 4); // the busy page was asked twice
    }

    void serverErrorThenRetry() {
        Setup s(900, PagingStyle::PagePerPage, 300);
        s.server.failPage = 2;
        s.model->load();
        WAIT_FOR_STATE(s.model.get(), State::Error);
        QCOMPARE(s.model->rowCount(), 300);
        QCOMPARE(s.model->error()->httpStatus, 500);
        QVERIFY(s.model->error()->isUnknown());
        QVERIFY(!s.model->errorMessage().isEmpty());
        QCOMPARE(s.model->countText(), u"300 of 900"_s);
        s.server.failPage = -1;
        s.model->retry();
        WAIT_FOR_STATE(s.model.get(), State::Loaded);
        QCOMPARE(s.shownIds(), s.expectedIds(900));
    }

    void unreadableBodiesAreErrors_data() {
        QTest::addColumn<bool>("html");
        QTest::newRow("HTML error page with 200") << true;
        QTest::newRow("truncated body") << false;
    }
    void unreadableBodiesAreErrors() {
        QFETCH(bool, html);
        Setup s(500, PagingStyle::OffsetLimit, 100);
        (html ? s.server.htmlPage : s.server.truncatedPage) = 3;
        s.model->load();
        WAIT_FOR_STATE(s.model.get(), State::Error);
        QCOMPARE(s.model->rowCount(), 200);
        QVERIFY(!s.model->errorMessage().isEmpty());
        QVERIFY(!s.model->errorMessage().contains(u"<html"_s));
        s.server.htmlPage = s.server.truncatedPage = -1;
        s.model->retry();
        WAIT_FOR_STATE(s.model.get(), State::Loaded);
        QCOMPARE(s.shownIds(), s.expectedIds(500));
    }

    void serverIgnoringPagingIsStopped() {
        Setup s(1000, PagingStyle::PageRowsPage, 100);
        s.server.ignorePaging = true;
        s.model->load();
        WAIT_FOR_STATE(s.model.get(), State::Stopped);
        QCOMPARE(s.model->rowCount(), 100);
        // Page 2 (the repeat), possibly page 3 read ahead while page 2 was parsed (then cancelled); nothing more.
        QTest::qWait(50);
        QVERIFY(s.server.server.count("GET", u"/members"_s) <= 3);
        QCOMPARE(s.client->transport.inFlight(), 0);
        QVERIFY(!s.model->errorMessage().isEmpty());
    }

    void onDemandAndReloadCancelOverHttp() {
        Setup s(1000, PagingStyle::OffsetLimit, 100, false);
        s.model->load();
        WAIT_FOR_STATE(s.model.get(), State::MoreAvailable);
        QCOMPARE(s.model->rowCount(), 100);
        s.server.slowPage = 2;
        s.server.slowMs = 2000;
        s.model->fetchMore({});
        QTRY_COMPARE(s.server.server.count("GET", u"/members"_s), 2); // page 2 is in flight, held by the server
        s.server.slowPage = -1;
        s.model->reload(); // cancels it
        QCOMPARE(s.model->rowCount(), 0);
        WAIT_FOR_STATE(s.model.get(), State::MoreAvailable);
        QCOMPARE(s.shownIds(), s.expectedIds(100));
        QTest::qWait(100);
        QCOMPARE(s.client->transport.inFlight(), 0);
        QCOMPARE(s.model->rowCount(), 100); // nothing from the cancelled call
    }

    void filterAndSortOverHttpData() {
        Setup s(3000, PagingStyle::PagePerPage, 500);
        s.model->sort(MemberSchema::Points, Qt::DescendingOrder);
        s.model->setFilterText(u"zurich"_s);
        s.model->load();
        WAIT_FOR_STATE(s.model.get(), State::Loaded);
        QVERIFY(s.model->rowCount() > 0);
        QVERIFY(s.model->rowCount() < 3000);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < s.model->rowCount(); ++row) {
            const Member* m = s.model->rowAt(s.model->index(row, 0));
            QCOMPARE(m->city, u"Zürich"_s);
            QVERIFY(m->points <= previous);
            previous = m->points;
        }
        QCOMPARE(s.model->countText(), u"%1 shown of 3,000"_s.arg(QLocale().toString(s.model->rowCount())));
    }
};

QTEST_GUILESS_MAIN(TestPagedModelHttp)
#include "tst_pagedmodel_http.moc"
