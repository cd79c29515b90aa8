// The TruCentive tab's models (models/trucentive), each with QAbstractItemModelTester attached: projects,
// instruments, the viewed/opened feed and the sessions, loaded from the built-in sandbox over real HTTP on 127.0.0.1
// (and from the vendor doc's own sample JSON), plus the locale/time-zone formatting and the envelope timeline.
#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

#include "api/core/endpoint.h"
#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxserver.h"
#include "api/sandbox/sandboxtrucentive.h"
#include "api/trucentive/trucentiveclient.h"
#include "models/trucentive/envelopefeedmodel.h"
#include "models/trucentive/format.h"
#include "models/trucentive/instrumentmodel.h"
#include "models/trucentive/projectmodel.h"
#include "models/trucentive/sessionmodel.h"

using namespace rd;
using namespace rd::trucentive;
using namespace Qt::StringLiterals;

namespace {

// GET /projects as the vendor doc prints it (trucentive-api.txt), plus a fixed-value project.
constexpr char kDocProjects[] = R"([
  {"id": "project-e6a53849-fb46-4abd-9f43-c88c58705a9d", "uuid": "project-e6a53849-fb46-4abd-9f43-c88c58705a9d",
   "name": "Test Project", "description": "This is a test project",
   "account_uuid": "account-36d7d9e9-1ff9-4fd4-ad6f-991f0526f52c", "starts_at": "2019-11-31T19:21:21.322Z",
   "expires_at": null, "created_at": "2019-11-25T21:44:54.911Z", "min_instrument_value": 5.0,
   "max_instrument_value": 30.25, "test_mode": false, "custom_fields": ["custom_color"]},
  {"id": "project-fixed", "uuid": "project-fixed", "name": "Fixed gift", "description": "",
   "account_uuid": "account-1", "starts_at": "2019-11-25T21:44:54.911Z", "expires_at": "2030-01-01T00:00:00Z",
   "created_at": "2019-11-25T21:44:54.911Z", "min_instrument_value": 25.0, "max_instrument_value": 25.0,
   "test_mode": true, "custom_fields": []}
])";

// GET /envelope as the doc prints it.
constexpr char kDocEnvelope[] = R"({
    "id":"CDVLBYYIOPHLJVWYEF", "uuid":"CDVLBYYIOPHLJVWYEF",
    "addresses": [
      {"uuid":"addr-9d2db7c4-0351-47c7-9d43-330641f4be3f", "format":"mailto", "delivery_address":"john.smith@test.com"},
      {"uuid":"addr-2e947b94-c676-4696-b184-01994a38b07f", "format":"sms", "delivery_address":"261-123-1231"}
    ],
    "project": {"uuid":"project-2690d664-5199-4fe0-a37c-6f3cc339d882", "name":"Test Project"},
    "state":"approved", "delivered_at":"2019-12-09T23:59:59.999Z", "opened_at":null,
    "viewed_at":"2019-12-09T23:59:59.999Z", "expires_at":"2019-12-09T23:59:59.999Z", "test_mode":false
})";

} // namespace

class TestTruCentiveModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void formatting();
    void timeline();
    void projectModelFromDocSample();
    void projectModelFromSandbox();
    void projectModelError();
    void instrumentModelLoadsAndCaches();
    void feedModelLoadsFiltersAndSorts();
    void feedModelEmptyWindowAndUpdate();
    void sessionModelPages();

private:
    trucentive::Client* newClient(const QByteArray& key);

    SandboxServer* m_sandbox = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    HttpTransport* m_transport = nullptr;
    StaticKeyAuthProvider* m_auth = nullptr;
    trucentive::Client* m_client = nullptr;
    SandboxTruCentive::Samples m_samples;
};

void TestTruCentiveModels::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = new SandboxServer(7, 120, this);
    QVERIFY(m_sandbox->listen());
    m_samples = m_sandbox->truCentive()->samples();
    QVERIFY(!m_samples.viewed.isEmpty());
    m_nam = new QNetworkAccessManager(this);
    m_transport = new HttpTransport(m_nam, this);
    m_client = newClient(SandboxServer::demoCredentials(Vendor::TruCentive).apiKey);
}

void TestTruCentiveModels::cleanupTestCase() {
    delete m_client;
    m_client = nullptr;
}

trucentive::Client* TestTruCentiveModels::newClient(const QByteArray& key) {
    auto* auth = new StaticKeyAuthProvider(Vendor::TruCentive, key, this);
    Endpoint endpoint;
    endpoint.vendor = Vendor::TruCentive;
    endpoint.baseUrl = m_sandbox->baseUrl(Vendor::TruCentive);
    endpoint.auth = auth;
    endpoint.accountLabel = u"TruCentive (demo)"_s;
    auto* client = new trucentive::Client(m_transport, endpoint, this);
    client->setTimeouts(std::chrono::milliseconds(5000), std::chrono::milliseconds(8000));
    return client;
}

void TestTruCentiveModels::formatting() {
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(trucentive::formatUsdCents(550, us), u"$5.50"_s);
    QCOMPARE(trucentive::formatUsdCents(302500, us), u"$3,025.00"_s);
    Money invalid;
    QCOMPARE(trucentive::formatUsd(invalid, us), u"invalid amount"_s);

    const auto projects = trucentive::parseProjects(kDocProjects);
    QVERIFY(projects.ok());
    QCOMPARE(trucentive::projectValueText(projects.value().at(0), us), u"$5.00 – $30.25"_s);
    QCOMPARE(trucentive::projectValueText(projects.value().at(1), us), u"fixed $25.00"_s);

    const QDateTime now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(trucentive::relativeTime(now.addSecs(-30), now), u"just now"_s);
    // Plural forms come from the translation (%n); without an English .qm they read "minute(s)".
    QVERIFY(trucentive::relativeTime(now.addSecs(-5 * 60), now).startsWith(u"5 minute"_s));
    QVERIFY(trucentive::relativeTime(now.addSecs(-5 * 60), now).endsWith(u" ago"_s));
    QVERIFY(trucentive::relativeTime(now.addSecs(3 * 3600), now).startsWith(u"in 3 hour"_s));
    QVERIFY(trucentive::relativeTime(now.addDays(-3), now).startsWith(u"3 day"_s));
    QVERIFY(trucentive::relativeTime(now.addDays(30), now).startsWith(u"in 30 day"_s));

    // Local time with the zone, never the raw UTC string.
    const QString shown = formatDateTime(now, {}, us);
    QVERIFY(!shown.isEmpty());
    QVERIFY(!shown.contains(u"T12:00"_s));
    QCOMPARE(formatDateTime(QDateTime(), u"—"_s, us), u"—"_s);
    QCOMPARE(formatDateTime(std::optional<QDateTime>(), u"never"_s, us), u"never"_s);

    QCOMPARE(trucentive::testModeText(true), u"Test mode"_s);
    QCOMPARE(trucentive::testModeText(false), u"Live"_s);
    QCOMPARE(trucentive::testModeText(std::nullopt), u"unknown"_s);
}

void TestTruCentiveModels::timeline() {
    const auto parsed = trucentive::parseEnvelope(kDocEnvelope);
    QVERIFY(parsed.ok());
    const trucentive::Envelope& e = parsed.value();
    QCOMPARE(trucentive::recipientText(e.addresses), u"john.smith@test.com +1"_s);
    QCOMPARE(trucentive::addressText(e.addresses.at(1)), u"261-123-1231 (SMS)"_s);

    const QDateTime now = QDateTime(QDate(2019, 12, 10), QTime(0, 0), Qt::UTC);
    const QList<trucentive::TimelineEvent> events = trucentive::envelopeTimeline(e, now);
    QCOMPARE(events.size(), 5);
    QCOMPARE(events[0].kind, trucentive::TimelineEvent::Kind::Created);
    QVERIFY(!events[0].when); // TruCentive reports no creation time, and the timeline says so
    QVERIFY(events[0].note.contains(u"not reported"_s));
    QCOMPARE(events[1].kind, trucentive::TimelineEvent::Kind::Delivered);
    QVERIFY(events[1].when);
    QCOMPARE(events[3].kind, trucentive::TimelineEvent::Kind::Opened);
    QVERIFY(!events[3].when);
    QCOMPARE(events[3].note, u"not yet"_s);
    QCOMPARE(events[4].kind, trucentive::TimelineEvent::Kind::Expires);
    QCOMPARE(events[4].label, u"Expired"_s); // the expiry lies before `now`
    QVERIFY(!events[4].future);
}

void TestTruCentiveModels::projectModelFromDocSample() {
    trucentive::ProjectModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.state(), trucentive::ProjectModel::State::Idle);
    const auto projects = trucentive::parseProjects(kDocProjects);
    QVERIFY(projects.ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProjects(projects.value());
    QCOMPARE(reset.count(), 1); // one reset for the whole list
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.state(), trucentive::ProjectModel::State::Loaded);
    QVERIFY(model.countText().startsWith(u"2 project"_s));

    QCOMPARE(model.index(0, trucentive::ProjectModel::Name).data().toString(), u"Test Project"_s);
    QCOMPARE(model.index(0, trucentive::ProjectModel::CustomFields).data().toString(), u"custom_color"_s);
    QCOMPARE(model.index(0, trucentive::ProjectModel::TestMode).data().toString(), u"Live"_s);
    QCOMPARE(model.index(1, trucentive::ProjectModel::TestMode).data().toString(), u"Test mode"_s);
    QCOMPARE(model.index(0, trucentive::ProjectModel::Expires).data().toString(), u"never"_s);
    // The doc's impossible starts_at (2019-11-31) is shown as unreadable, with the reason in the tooltip.
    QCOMPARE(model.index(0, trucentive::ProjectModel::Starts).data().toString(), u"unreadable"_s);
    QVERIFY(model.index(0, trucentive::ProjectModel::Name).data(Qt::ToolTipRole).toString().contains(u"starts_at"_s));
    QVERIFY(model.index(1, trucentive::ProjectModel::Value).data().toString().contains(u"fixed"_s));
    QVERIFY(model.index(1, trucentive::ProjectModel::Value).data(Qt::ToolTipRole).toString().contains(u"ignored"_s));
    QCOMPARE(model.index(0, trucentive::ProjectModel::Value).data(trucentive::ProjectModel::SortRole).toDouble(),
             500.0);
    QCOMPARE(model.rowOf(u"project-fixed"_s), 1);
    QVERIFY(model.findProject(u"project-fixed"_s)->isFixedValue());
    QCOMPARE(model.rowOf(u"nope"_s), -1);

    model.setProjects({});
    QCOMPARE(model.state(), trucentive::ProjectModel::State::Empty);
}

void TestTruCentiveModels::projectModelFromSandbox() {
    trucentive::ProjectModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy states(&model, &trucentive::ProjectModel::stateChanged);
    model.load();
    QCOMPARE(model.state(), trucentive::ProjectModel::State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded(), 5000);
    QVERIFY(model.rowCount() >= 5);
    QVERIFY(model.rowOf(m_samples.projectUuid) >= 0);
    const trucentive::Project* fixed = model.findProject(m_samples.fixedProjectUuid);
    QVERIFY(fixed);
    QVERIFY(fixed->isFixedValue());
    QCOMPARE(states.first().first().value<PagedTableModel::State>(), trucentive::ProjectModel::State::Loading);
}

void TestTruCentiveModels::projectModelError() {
    trucentive::Client* wrongKey = newClient("not-the-key");
    trucentive::ProjectModel model(wrongKey);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), trucentive::ProjectModel::State::Error, 5000);
    QVERIFY(model.error());
    QCOMPARE(model.error()->httpStatus, 403);
    // Support-agent words, never a raw Qt string.
    QVERIFY2(model.errorMessage().contains(u"API key"_s), qPrintable(model.errorMessage()));
    QVERIFY(!model.errorMessage().contains(u"127.0.0.1"_s));
    QCOMPARE(model.rowCount(), 0);
}

void TestTruCentiveModels::instrumentModelLoadsAndCaches() {
    trucentive::InstrumentModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString path = SandboxServer::pathPrefix(Vendor::TruCentive) + u"/project/instruments"_s;
    const int before = m_sandbox->http()->requestCount("GET", path);

    model.setProject(m_samples.projectUuid);
    QCOMPARE(model.state(), trucentive::InstrumentModel::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), trucentive::InstrumentModel::State::Loaded, 5000);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowOf(m_samples.instrumentUuid) >= 0);
    QVERIFY(!model.index(0, trucentive::InstrumentModel::Name).data().toString().isEmpty());
    QCOMPARE(m_sandbox->http()->requestCount("GET", path), before + 1);

    model.setProject(m_samples.fixedProjectUuid);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), trucentive::InstrumentModel::State::Loaded, 5000);
    QVERIFY(model.rowOf(m_samples.fixedInstrumentUuid) >= 0);
    QCOMPARE(m_sandbox->http()->requestCount("GET", path), before + 2);

    // Back to the first project: from the cache, no request.
    model.setProject(m_samples.projectUuid);
    QCOMPARE(model.state(), trucentive::InstrumentModel::State::Loaded);
    QCOMPARE(m_sandbox->http()->requestCount("GET", path), before + 2);

    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), trucentive::InstrumentModel::State::Loaded, 5000);
    QCOMPARE(m_sandbox->http()->requestCount("GET", path), before + 3);

    // An unknown project: the sandbox answers 404, shown as an error state with words.
    model.setProject(u"project-00000000-0000-0000-0000-000000000000"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), trucentive::InstrumentModel::State::Error, 5000);
    QVERIFY(!model.errorMessage().isEmpty());

    model.setProject(QString());
    QCOMPARE(model.state(), trucentive::InstrumentModel::State::Idle);
    QCOMPARE(model.rowCount(), 0);

    model.setInstruments(u"p"_s, {trucentive::Instrument{u"i"_s, u"i"_s, u"Gift card"_s, u"Any value"_s, {}}});
    model.setProject(u"p"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, trucentive::InstrumentModel::Description).data().toString(), u"Any value"_s);
}

void TestTruCentiveModels::feedModelLoadsFiltersAndSorts() {
    trucentive::EnvelopeFeedModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFeed(trucentive::Client::Feed::Viewed, 7 * 24 * 3600);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 5000);
    QCOMPARE(model.state(), trucentive::EnvelopeFeedModel::State::Loaded);
    const int all = model.rowCount();
    QVERIFY(all > 1);
    QVERIFY(!model.canFetchMore({})); // the feed is one answer: never a second request
    QVERIFY(model.indexForId(m_samples.viewed).isValid());
    QVERIFY(model.countText().contains(QString::number(all)));

    // The row carries what a support agent looks at.
    const QModelIndex viewed = model.indexForId(m_samples.viewed);
    const trucentive::EnvelopeRow* row = model.rowAt(viewed);
    QVERIFY(row);
    QCOMPARE(row->id, m_samples.viewed);
    QVERIFY(row->viewedMs > 0);
    QVERIFY(row->addressCount >= 2); // the viewed sample has a mailto and an sms address
    QVERIFY(
        model.index(viewed.row(), trucentive::EnvelopeFeedModel::Column::Recipient).data().toString().contains(u'+'));
    QVERIFY(!model.index(viewed.row(), trucentive::EnvelopeFeedModel::Column::Viewed).data().toString().isEmpty());
    QCOMPARE(model.index(viewed.row(), 0).data(trucentive::EnvelopeFeedModel::StateRole).toInt(), int(row->state));

    // Search by address (the filter is case-insensitive).
    const QString address = row->recipient;
    model.setFilterText(address.toUpper());
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.rowCount() < all);
    QVERIFY(model.indexForId(m_samples.viewed).isValid());
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), all);

    // State filter.
    model.setStateFilter(trucentive::EnvelopeState::Viewed);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data(trucentive::EnvelopeFeedModel::StateRole).toInt(),
                 int(trucentive::EnvelopeState::Viewed));
    model.setStateFilter(std::nullopt);
    QCOMPARE(model.rowCount(), all);

    // Project filter.
    model.setProjectFilter(row->projectUuid);
    QVERIFY(model.rowCount() >= 1);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data(trucentive::EnvelopeFeedModel::ProjectUuidRole).toString(), row->projectUuid);
    model.setProjectFilter(QString());
    QCOMPARE(model.rowCount(), all);

    // Sort by the viewed time, newest first.
    model.sort(trucentive::EnvelopeFeedModel::Column::Viewed, Qt::DescendingOrder);
    double previous = INFINITY;
    for (int r = 0; r < model.rowCount(); ++r) {
        const double value =
            model.index(r, trucentive::EnvelopeFeedModel::Column::Viewed).data(PagedTableModel::SortRole).toDouble();
        if (std::isnan(value))
            continue;
        QVERIFY(value <= previous);
        previous = value;
    }
}

void TestTruCentiveModels::feedModelEmptyWindowAndUpdate() {
    trucentive::EnvelopeFeedModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFeed(trucentive::Client::Feed::Opened, 1); // the last second: nothing
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 5000);
    QCOMPARE(model.state(), trucentive::EnvelopeFeedModel::State::Empty);
    QCOMPARE(model.rowCount(), 0);

    model.setFeed(trucentive::Client::Feed::Opened, 7 * 24 * 3600);
    QCOMPARE(model.feed(), trucentive::Client::Feed::Opened);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 5000);
    QVERIFY(model.indexForId(m_samples.opened).isValid());

    // A fresher copy of a loaded envelope replaces its row (one dataChanged, no reset).
    const auto parsed = trucentive::parseEnvelope(kDocEnvelope);
    trucentive::Envelope fresh = parsed.value();
    fresh.id = fresh.uuid = m_samples.opened;
    fresh.stateRaw = u"locked"_s;
    fresh.state = trucentive::EnvelopeState::Locked;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.updateEnvelope(fresh));
    QCOMPARE(reset.count(), 0);
    const QModelIndex index = model.indexForId(m_samples.opened, trucentive::EnvelopeFeedModel::Column::State);
    QCOMPARE(index.data().toString(), u"Locked"_s);
    fresh.id = fresh.uuid = u"NOTLOADEDENVELOPE"_s;
    QVERIFY(!model.updateEnvelope(fresh));

    // Errors are a state with words, never an exception or an empty list pretending all is well.
    trucentive::EnvelopeFeedModel failing(newClient("wrong"));
    QAbstractItemModelTester failingTester(&failing, QAbstractItemModelTester::FailureReportingMode::QtTest);
    failing.load();
    QTRY_COMPARE_WITH_TIMEOUT(failing.state(), trucentive::EnvelopeFeedModel::State::Error, 5000);
    QVERIFY(!failing.errorMessage().isEmpty());
}

void TestTruCentiveModels::sessionModelPages() {
    trucentive::SessionModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString path = SandboxServer::pathPrefix(Vendor::TruCentive) + u"/sessions"_s;
    const int before = m_sandbox->http()->requestCount("GET", path);
    const int total = m_sandbox->truCentive()->data().sessionCount(); // 120: 25 per page, 5 pages
    QVERIFY(total > 50);

    model.load();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), trucentive::SessionModel::State::MoreAvailable, 5000);
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(m_sandbox->http()->requestCount("GET", path), before + 1);
    QVERIFY(!model.index(0, trucentive::SessionModel::Column::Ip).data().toString().isEmpty());
    QVERIFY(model.index(0, trucentive::SessionModel::Column::Email).data().toString().contains(u'@'));
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), trucentive::SessionModel::State::MoreAvailable, 5000);
    QCOMPARE(m_sandbox->http()->requestCount("GET", path), before + 2);

    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != trucentive::SessionModel::State::Loading, 5000);
    }
    QCOMPARE(model.state(), trucentive::SessionModel::State::Loaded);
    QCOMPARE(model.rowCount(), total);

    model.setFilterText(model.index(3, trucentive::SessionModel::Column::Email).data().toString());
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.rowCount() < total);
}

QTEST_MAIN(TestTruCentiveModels)
#include "tst_trucentivemodels.moc"
