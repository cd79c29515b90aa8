// The Tremendous tab's models (models/tremendous), each with QAbstractItemModelTester attached, against the built-in
// sandbox over real HTTP on 127.0.0.1: the order list and its pending-approval filter (compared with a direct walk
// of GET /orders), the badge count, names instead of ids, replaceOrder() after a real approve; fraud reviews with the
// paced background risk reads; rewards in the three modes (compared with a direct walk of GET /rewards); the bulk
// results; the fraud rules; and the formatting helpers.
#include <QAbstractItemModelTester>
#include <QCollator>
#include <QColor>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include "api/core/endpoint.h"
#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "api/journal/actionjournal.h"
#include "api/sandbox/sandboxserver.h"
#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/bulkresultmodel.h"
#include "models/tremendous/format.h"
#include "models/tremendous/fraudreviewmodel.h"
#include "models/tremendous/fraudrulemodel.h"
#include "models/tremendous/namecache.h"
#include "models/tremendous/ordermodel.h"
#include "models/tremendous/rewardmodel.h"

using namespace rd;
using namespace rd::tremendous;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOrders = 400;
constexpr int kTimeout = 15000;

// Calls `start(callback)` and waits for the callback's result.
template <typename T, typename Start> std::optional<ApiResult<T>> await(Start start, int timeoutMs = kTimeout) {
    auto result = std::make_shared<std::optional<ApiResult<T>>>();
    start([result](ApiResult<T> r) { result->emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs);
    return *result;
}

// Ids of the rows a model shows, in view order.
QStringList shownIds(const QAbstractItemModel& model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(PagedTableModel::RowIdRole).toString());
    return ids;
}

QSet<QString> toSet(const QStringList& list) {
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestTremendousModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void formatting();
    void orderModelPendingMatchesDirectWalk();
    void orderModelAllOrdersAndColumns();
    void orderModelReplaceAfterApprove();
    void orderModelNames();
    void orderModelError();
    void fraudReviewModelRiskPrefetch();
    void fraudReviewModelPrioritizeAndFilter();
    void fraudReviewModelReplaceAfterRelease();
    void rewardModelFailedDeliveries();
    void rewardModelByRecipient();
    void rewardModelByCustomField();
    void bulkResultModel();
    void fraudRuleModel();
    void fraudRuleModelWithoutClientReportsIt();

private:
    QList<tremendous::Order> walkOrders();
    QList<tremendous::Reward> walkRewards();

    SandboxServer* m_sandbox = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    HttpTransport* m_transport = nullptr;
    tremendous::Client* m_client = nullptr;
};

void TestTremendousModels::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sandbox = new SandboxServer(11, kOrders, this);
    QVERIFY(m_sandbox->listen());
    m_nam = new QNetworkAccessManager(this);
    m_transport = new HttpTransport(m_nam, this);
    auto* auth =
        new StaticKeyAuthProvider(Vendor::Tremendous, SandboxServer::demoCredentials(Vendor::Tremendous).apiKey, this);
    Endpoint endpoint;
    endpoint.vendor = Vendor::Tremendous;
    endpoint.baseUrl = m_sandbox->baseUrl(Vendor::Tremendous);
    endpoint.auth = auth;
    endpoint.accountLabel = u"Tremendous (demo)"_s;
    m_client = new tremendous::Client(m_transport, endpoint, this);
    m_client->setTimeouts(std::chrono::milliseconds(5000), std::chrono::milliseconds(8000));
}

// Every order, through the client's own list call (not the model): the reference for the model's local filter.
QList<tremendous::Order> TestTremendousModels::walkOrders() {
    QList<tremendous::Order> all;
    for (qint64 offset = 0;; offset += 500) {
        tremendous::OrderQuery query;
        query.offset = offset;
        query.limit = 500;
        const auto page =
            await<tremendous::OrderPage>([&](auto done) { return m_client->listOrders(query, this, done); });
        if (!page || !page->ok())
            return {};
        all += page->value().orders;
        if (page->value().orders.size() < 500)
            break;
    }
    return all;
}

QList<tremendous::Reward> TestTremendousModels::walkRewards() {
    QList<tremendous::Reward> all;
    for (qint64 offset = 0;; offset += 500) {
        tremendous::RewardQuery query;
        query.offset = offset;
        query.limit = 500;
        const auto page =
            await<tremendous::RewardPage>([&](auto done) { return m_client->listRewards(query, this, done); });
        if (!page || !page->ok())
            return {};
        all += page->value().rewards;
        if (page->value().rewards.size() < 500)
            break;
    }
    return all;
}

void TestTremendousModels::formatting() {
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(unpackCurrency(packCurrency(u"USD")), u"USD"_s);
    QCOMPARE(unpackCurrency(packCurrency(u"eur")), u"EUR"_s);
    QCOMPARE(packCurrency(u""), 0u);
    QCOMPARE(packCurrency(u"US"), 0u);
    QCOMPARE(packCurrency(u"U$D"), 0u);
    QCOMPARE(formatCents(2500, u"USD"_s, us), u"$25.00"_s);
    QCOMPARE(formatCents(123450, u"EUR"_s, us), u"EUR 1,234.50"_s);
    QCOMPARE(formatCents(123450, u"GBP"_s, de), u"GBP 1.234,50"_s);
    QCOMPARE(plainMoneyText(2500, u"USD"_s), u"USD 25.00"_s);
    QCOMPARE(plainMoneyText(5, u"EUR"_s), u"EUR 0.05"_s);
    Money invalid;
    QCOMPARE(formatMoney(invalid, us), u"invalid amount"_s);
    const Money money = Money::fromCents(3050, u"USD"_s);
    QCOMPARE(money.cents, std::optional<qint64>(3050));
    QCOMPARE(money.decimal, u"30.50"_s);

    const qint64 now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    QCOMPARE(tremendous::ageText(now - 30'000, now), u"just now"_s);
    QCOMPARE(tremendous::ageText(now - 5 * minute, now), u"5 min"_s);
    QCOMPARE(tremendous::ageText(now - 3 * hour - 10 * minute, now), u"3 h"_s);
    QCOMPARE(tremendous::ageText(now - 2 * day - 5 * hour, now), u"2 d"_s);
    QCOMPARE(tremendous::ageText(-1, now), QString());
    QCOMPARE(tremendous::formatCountdown(now + 12 * day + 4 * hour + 5 * minute, now), u"12 d 4 h"_s);
    QCOMPARE(tremendous::formatCountdown(now + 3 * day, now), u"3 d"_s);
    QCOMPARE(tremendous::formatCountdown(now + 3 * hour + 20 * minute, now), u"3 h 20 min"_s);
    QCOMPARE(tremendous::formatCountdown(now + 5 * minute + 1000, now), u"5 min"_s);
    QCOMPARE(tremendous::formatCountdown(now + 10'000, now), u"< 1 min"_s);
    QCOMPARE(tremendous::formatCountdown(now - 1, now), u"overdue"_s);

    const QString shown = formatDateTimeMs(now, {}, us);
    QVERIFY(!shown.isEmpty());
    QVERIFY(!shown.contains(u"T12:00"_s));
    QCOMPARE(formatDateTimeMs(-1, u"never"_s, us), u"never"_s);
}

void TestTremendousModels::orderModelPendingMatchesDirectWalk() {
    const QList<tremendous::Order> all = walkOrders();
    QCOMPARE(all.size(), kOrders);
    QStringList pending;
    for (const tremendous::Order& order : all) {
        if (order.status == tremendous::OrderStatus::PendingApproval)
            pending.append(order.id);
    }
    QVERIFY2(pending.size() >= 3, qPrintable(QString::number(pending.size())));
    QVERIFY(pending.size() < kOrders);

    tremendous::OrderModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.pendingOnly());
    QSignalSpy badge(&model, &tremendous::OrderModel::pendingCountChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QCOMPARE(model.state(), PagedTableModel::State::Loaded);
    QCOMPARE(model.loadedCount(), kOrders);

    // The same set as the direct walk, newest first.
    QCOMPARE(toSet(shownIds(model)), toSet(pending));
    QCOMPARE(model.rowCount(), pending.size());
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data(tremendous::OrderModel::CreatedMsRole).toLongLong() >=
                model.index(row, 0).data(tremendous::OrderModel::CreatedMsRole).toLongLong());
    QCOMPARE(shownIds(model), pending); // the API lists newest first too
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, tremendous::OrderSchema::Status).data().toString(), u"Pending approval"_s);
        QVERIFY(model.index(row, 0).data(tremendous::OrderModel::PendingRole).toBool());
    }

    // The badge.
    QCOMPARE(model.pendingCount(), pending.size());
    QVERIFY(!badge.isEmpty());
    QCOMPARE(badge.last().at(0).toInt(), pending.size());
    QVERIFY(model.isPendingCountFinal());
    // Batches, never one insert per row.
    QVERIFY2(inserts.size() <= 3, qPrintable(QString::number(inserts.size())));
    QCOMPARE(model.countText(), u"%1 shown of %2"_s.arg(pending.size()).arg(kOrders));

    // The bulk item of a pending row can take the action.
    const tremendous::OrderRow* row = model.rowAt(model.index(0, 0));
    QVERIFY(row);
    const tremendous::BulkItem item = bulkItem(*row);
    QCOMPARE(item.objectId, row->id);
    QVERIFY(item.blockedReason.isEmpty());
    QVERIFY(item.amount.valid());
    QVERIFY2(item.summary.startsWith(u"USD "_s), qPrintable(item.summary));
    QVERIFY2(item.summary.contains(u" to "_s), qPrintable(item.summary));

    // Reload: the count starts over and ends the same.
    model.reload();
    QCOMPARE(model.pendingCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QCOMPARE(model.pendingCount(), pending.size());
}

void TestTremendousModels::orderModelAllOrdersAndColumns() {
    tremendous::OrderModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPendingOnly(false);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QCOMPARE(model.rowCount(), kOrders);
    QCOMPARE(model.columnCount(), int(tremendous::OrderSchema::ColumnCount));
    QCOMPARE(model.sortColumn(), int(tremendous::OrderSchema::Created));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

    int nonPending = 0;
    QSet<QString> statuses;
    for (int row = 0; row < model.rowCount(); ++row) {
        const tremendous::OrderRow* r = model.rowAt(model.index(row, 0));
        QVERIFY(r);
        QVERIFY(!r->id.isEmpty());
        QVERIFY(r->createdMs > 0);
        statuses.insert(model.index(row, tremendous::OrderSchema::Status).data().toString());
        if (!r->isPending()) {
            ++nonPending;
            const tremendous::BulkItem item = bulkItem(*r);
            QVERIFY2(item.blockedReason.startsWith(u"status is "_s), qPrintable(item.blockedReason));
            QVERIFY2(item.blockedReason.endsWith(u", not Pending approval"_s), qPrintable(item.blockedReason));
        }
        if (r->amountSource != tremendous::OrderRow::AmountSource::None)
            QVERIFY(!model.index(row, tremendous::OrderSchema::Amount).data().toString().isEmpty());
        if (r->recipientCount > 1)
            QVERIFY(model.index(row, tremendous::OrderSchema::Recipients).data().toString().contains(u" +"_s));
    }
    QVERIFY(nonPending > 0);
    QVERIFY(statuses.size() >= 3);
    // pendingCount counts loaded pending orders whatever is shown.
    QCOMPARE(model.pendingCount(), kOrders - nonPending);

    // Filter text narrows; pendingOnly narrows further.
    const QString someId = model.index(5, tremendous::OrderSchema::OrderId).data().toString();
    model.setFilterText(someId);
    QCOMPARE(model.rowCount(), 1);
    model.setFilterText({});
    model.setPendingOnly(true);
    QCOMPARE(model.rowCount(), kOrders - nonPending);
    model.setPendingOnly(false);
    QCOMPARE(model.rowCount(), kOrders);

    // Age at a fixed "now".
    const tremendous::OrderRow* first = model.rowAt(model.index(0, 0));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(QDateTime::fromMSecsSinceEpoch(first->createdMs + 3 * 3600 * 1000 + 60'000, Qt::UTC));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, tremendous::OrderSchema::Age).data().toString(), u"3 h"_s);
    model.setNow(QDateTime::fromMSecsSinceEpoch(first->createdMs + 2 * 86400 * 1000LL + 60'000, Qt::UTC));
    QCOMPARE(model.index(0, tremendous::OrderSchema::Age).data().toString(), u"2 d"_s);

    // Sort by amount, then back to newest first.
    model.sort(tremendous::OrderSchema::Amount, Qt::AscendingOrder);
    double previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant v = model.index(row, tremendous::OrderSchema::Amount).data(PagedTableModel::SortRole);
        const double amount = v.toDouble();
        if (std::isnan(amount))
            continue;
        QVERIFY(amount >= previous);
        previous = amount;
    }
}

void TestTremendousModels::orderModelReplaceAfterApprove() {
    tremendous::OrderModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    const int before = model.rowCount();
    QVERIFY(before > 0);
    const QString id = model.index(0, tremendous::OrderSchema::OrderId).data().toString();
    QSignalSpy badge(&model, &tremendous::OrderModel::pendingCountChanged);

    const auto approved = await<tremendous::Order>([&](auto done) { return m_client->approveOrder(id, this, done); });
    QVERIFY(approved);
    QVERIFY2(approved->ok(), qPrintable(approved->ok() ? QString() : approved->error().technical));
    QVERIFY(approved->value().status != tremendous::OrderStatus::PendingApproval);

    QVERIFY(model.replaceOrder(approved->value()));
    QCOMPARE(model.rowCount(), before - 1);
    QVERIFY(!model.indexForId(id).isValid());
    QCOMPARE(model.pendingCount(), before - 1);
    QCOMPARE(badge.size(), 1);
    QCOMPARE(badge.at(0).at(0).toInt(), before - 1);
    const tremendous::OrderRow* row = model.findRow(id);
    QVERIFY(row);
    QVERIFY(!bulkItem(*row).blockedReason.isEmpty());

    // Shown again with every status.
    model.setPendingOnly(false);
    QVERIFY(model.indexForId(id).isValid());

    tremendous::Order unknown;
    unknown.id = u"NOSUCHORDER"_s;
    QVERIFY(!model.replaceOrder(unknown));
}

void TestTremendousModels::orderModelNames() {
    tremendous::NameCache names(m_client);
    QSignalSpy namesChanged(&names, &tremendous::NameCache::changed);
    names.reload();
    QVERIFY(names.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!namesChanged.isEmpty(), kTimeout);
    QCOMPARE(namesChanged.size(), 1);
    QVERIFY(names.hasData());
    QVERIFY2(names.errorMessage().isEmpty(), qPrintable(names.errorMessage()));
    QVERIFY(!names.campaigns().isEmpty());
    QVERIFY(!names.products().isEmpty());

    tremendous::OrderModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPendingOnly(false);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);

    // Before the cache is attached: ids.
    int withCampaign = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.index(row, 0).data(tremendous::OrderModel::CampaignIdRole).toString().isEmpty()) {
            withCampaign = row;
            break;
        }
    }
    QVERIFY(withCampaign >= 0);
    const QString campaignId = model.index(withCampaign, 0).data(tremendous::OrderModel::CampaignIdRole).toString();
    QCOMPARE(model.index(withCampaign, tremendous::OrderSchema::Campaign).data().toString(), campaignId);
    QVERIFY(!names.campaignName(campaignId).isEmpty());

    // Attached: one dataChanged over the name columns, then names.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNameCache(&names);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, tremendous::OrderSchema::Products));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(model.rowCount() - 1, tremendous::OrderSchema::Campaign));
    QCOMPARE(model.index(withCampaign, tremendous::OrderSchema::Campaign).data().toString(),
             names.campaignName(campaignId));
    const QString products = model.index(withCampaign, tremendous::OrderSchema::Products).data().toString();
    QVERIFY(!products.isEmpty());
    QCOMPARE(products, names.productNames(campaignId).join(u", "_s));
    for (const QString& productName : names.productNames(campaignId))
        QVERIFY(!productName.isEmpty());

    // Sorted by campaign name; renaming re-sorts.
    model.sort(tremendous::OrderSchema::Campaign, Qt::AscendingOrder);
    QTRY_VERIFY(!model.isSortPending());
    QCollator collator = SortIndex::makeCollator(QLocale());
    auto sortedByCampaign = [&] {
        for (int row = 1; row < model.rowCount(); ++row) {
            if (collator.compare(model.index(row - 1, tremendous::OrderSchema::Campaign).data().toString(),
                                 model.index(row, tremendous::OrderSchema::Campaign).data().toString()) > 0)
                return false;
        }
        return true;
    };
    QVERIFY(sortedByCampaign());
    QList<tremendous::Campaign> renamed = names.campaigns();
    for (int i = 0; i < renamed.size(); ++i)
        renamed[i].name = u"%1 renamed"_s.arg(QChar(u'Z' - i % 26));
    changed.clear();
    names.setData(renamed, names.products());
    QVERIFY(!changed.isEmpty());
    QTRY_VERIFY(!model.isSortPending());
    QVERIFY(sortedByCampaign());
    QCOMPARE(model.index(0, tremendous::OrderSchema::Campaign).data().toString().endsWith(u" renamed"_s) ||
                 model.index(0, 0).data(tremendous::OrderModel::CampaignIdRole).toString().isEmpty(),
             true);

    // Campaign filter (local).
    model.setCampaignFilter(campaignId);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(tremendous::OrderModel::CampaignIdRole).toString(), campaignId);
    model.setCampaignFilter({});
    QCOMPARE(model.rowCount(), kOrders);
}

void TestTremendousModels::orderModelError() {
    auto* badAuth = new StaticKeyAuthProvider(Vendor::Tremendous, "TEST_wrong-key", this);
    Endpoint endpoint;
    endpoint.vendor = Vendor::Tremendous;
    endpoint.baseUrl = m_sandbox->baseUrl(Vendor::Tremendous);
    endpoint.auth = badAuth;
    endpoint.accountLabel = u"Tremendous (demo)"_s;
    tremendous::Client client(m_transport, endpoint);
    tremendous::OrderModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PagedTableModel::State::Error, kTimeout);
    QVERIFY(!model.errorMessage().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);

    tremendous::OrderModel orphan(nullptr);
    orphan.load();
    QTRY_COMPARE(orphan.state(), PagedTableModel::State::Error);
}

void TestTremendousModels::fraudReviewModelRiskPrefetch() {
    tremendous::FraudReviewModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.statusFilter(), std::optional<tremendous::FraudStatus>(tremendous::FraudStatus::Flagged));
    constexpr int kInterval = 60;
    model.setPrefetchInterval(std::chrono::milliseconds(kInterval));

    // Record when each read starts and that at most one is ever in flight.
    QList<qint64> starts;
    int maxInFlight = 0;
    QElapsedTimer clock;
    clock.start();
    connect(&model, &tremendous::FraudReviewModel::detailRequested, this, [&] {
        starts.append(clock.elapsed());
        maxInFlight = std::max(maxInFlight, model.detailsInFlight());
    });
    QSignalSpy loaded(&model, &tremendous::FraudReviewModel::detailLoaded);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    const int flagged = model.rowCount();
    QVERIFY2(flagged >= 3, qPrintable(QString::number(flagged)));
    for (int row = 0; row < flagged; ++row) {
        QCOMPARE(model.index(row, tremendous::FraudReviewSchema::Status).data().toString(), u"Flagged"_s);
        QVERIFY(!model.index(row, tremendous::FraudReviewSchema::AutoBlockIn).data().toString().isEmpty());
        QVERIFY(bulkItem(*model.rowAt(model.index(row, 0))).blockedReason.isEmpty());
    }

    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == flagged, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() > 0 &&
                                 model.index(flagged - 1, 0).data(tremendous::FraudReviewModel::RiskRole).toInt() >= 0,
                             kTimeout);
    QTest::qWait(400);                             // the last batch
    QCOMPARE(model.detailRequestCount(), flagged); // each flagged review read once
    QCOMPARE(maxInFlight, 1);
    // Paced: starts at least one interval apart (timer slack allowed).
    QCOMPARE(starts.size(), flagged);
    for (int i = 1; i < starts.size(); ++i)
        QVERIFY2(starts[i] - starts[i - 1] >= kInterval - 1, // QTimer may fire up to 1 ms early (coarse timers)
                 qPrintable(u"reads %1 and %2: %3 ms apart"_s.arg(i - 1).arg(i).arg(starts[i] - starts[i - 1])));
    // Applied in batches: fewer dataChanged than reads, each on the Risk column.
    QVERIFY2(changed.size() < flagged, qPrintable(u"%1 dataChanged for %2 reads"_s.arg(changed.size()).arg(flagged)));
    for (const QList<QVariant>& signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().column(), int(tremendous::FraudReviewSchema::Risk));
        QCOMPARE(signal.at(1).toModelIndex().column(), int(tremendous::FraudReviewSchema::Risk));
    }
    const QStringList risks = {u"High"_s, u"Medium"_s, u"Low"_s};
    for (int row = 0; row < flagged; ++row) {
        const QModelIndex index = model.index(row, tremendous::FraudReviewSchema::Risk);
        QVERIFY2(risks.contains(index.data().toString()), qPrintable(index.data().toString()));
        QVERIFY(index.data(tremendous::FraudReviewModel::RiskColorRole).value<QColor>().isValid());
        QCOMPARE(index.data(tremendous::FraudReviewModel::DetailStateRole).toInt(),
                 int(tremendous::DetailState::Loaded));
        const QString id = index.data(PagedTableModel::RowIdRole).toString();
        const tremendous::FraudReview* detail = model.detail(id);
        QVERIFY(detail);
        QCOMPARE(detail->id(), id);
        QVERIFY(detail->risk != tremendous::Risk::Unknown);
    }
    // Sorting by risk puts high first when descending.
    model.sort(tremendous::FraudReviewSchema::Risk, Qt::DescendingOrder);
    for (int row = 1; row < flagged; ++row)
        QVERIFY(model.index(row - 1, 0).data(tremendous::FraudReviewModel::RiskRole).toInt() >= 0);
    double previous = 1e9;
    for (int row = 0; row < flagged; ++row) {
        const double v =
            model.index(row, tremendous::FraudReviewSchema::Risk).data(PagedTableModel::SortRole).toDouble();
        QVERIFY(v <= previous);
        previous = v;
    }
}

void TestTremendousModels::fraudReviewModelPrioritizeAndFilter() {
    tremendous::FraudReviewModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPrefetchEnabled(false);
    model.setPrefetchInterval(std::chrono::milliseconds(20));
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QVERIFY(model.rowCount() >= 3);
    QTest::qWait(100);
    QCOMPARE(model.detailRequestCount(), 0);
    QCOMPARE(model.index(0, tremendous::FraudReviewSchema::Risk).data().toString(), u"…"_s);

    // The rows on screen come first.
    const int last = model.rowCount() - 1;
    const QString lastId = model.index(last, 0).data(PagedTableModel::RowIdRole).toString();
    QSignalSpy loaded(&model, &tremendous::FraudReviewModel::detailLoaded);
    model.prioritize(last, last);
    model.setPrefetchEnabled(true);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeout);
    QCOMPARE(loaded.at(0).at(0).toString(), lastId);
    QVERIFY(model.detail(lastId));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == model.rowCount(), kTimeout);

    // requestDetail(): any status, even with background reads off.
    model.setStatusFilter(tremendous::FraudStatus::Blocked);
    QCOMPARE(model.state(), PagedTableModel::State::Loading);
    model.setPrefetchEnabled(false);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QVERIFY(model.rowCount() > 0);
    const int requestsBefore = model.detailRequestCount();
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(tremendous::FraudReviewModel::StatusRole).toInt(),
                 int(tremendous::FraudStatus::Blocked));
        QCOMPARE(model.index(row, tremendous::FraudReviewSchema::AutoBlockIn).data().toString(), QString());
        const tremendous::BulkItem item = bulkItem(*model.rowAt(model.index(row, 0)));
        QCOMPARE(item.blockedReason, u"status is blocked, not flagged"_s);
    }
    const QString blockedId = model.index(0, 0).data(PagedTableModel::RowIdRole).toString();
    QVERIFY(!model.detail(blockedId)); // the cache starts over with the list
    loaded.clear();
    model.requestDetail(blockedId);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeout);
    QCOMPARE(loaded.at(0).at(0).toString(), blockedId);
    QCOMPARE(model.detailRequestCount(), requestsBefore + 1);
    QVERIFY(model.detail(blockedId));
    QCOMPARE(model.detail(blockedId)->status, tremendous::FraudStatus::Blocked);

    // Every status.
    model.setStatusFilter(std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QSet<int> statuses;
    for (int row = 0; row < model.rowCount(); ++row)
        statuses.insert(model.index(row, 0).data(tremendous::FraudReviewModel::StatusRole).toInt());
    QVERIFY(statuses.size() >= 2);
}

void TestTremendousModels::fraudReviewModelReplaceAfterRelease() {
    tremendous::FraudReviewModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPrefetchEnabled(false);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    const int before = model.rowCount();
    QVERIFY(before > 0);
    const QString id = model.index(0, 0).data(PagedTableModel::RowIdRole).toString();
    const auto released =
        await<tremendous::FraudReview>([&](auto done) { return m_client->releaseFraudReview(id, this, done); });
    QVERIFY(released && released->ok());
    QCOMPARE(released->value().status, tremendous::FraudStatus::Released);
    QSignalSpy loaded(&model, &tremendous::FraudReviewModel::detailLoaded);
    QVERIFY(model.replaceReview(released->value()));
    QCOMPARE(model.rowCount(), before - 1); // it left the flagged queue
    QVERIFY(!model.indexForId(id).isValid());
    QCOMPARE(model.findRow(id)->status, tremendous::FraudStatus::Released);
    if (!released->value().riskRaw.isEmpty()) { // the release answer carries the detail fields
        QVERIFY(model.detail(id));
        QCOMPARE(loaded.size(), 1);
    }
}

void TestTremendousModels::rewardModelFailedDeliveries() {
    const QList<tremendous::Reward> all = walkRewards();
    QVERIFY(all.size() > kOrders);
    QStringList failed;
    for (const tremendous::Reward& reward : all) {
        if (reward.deliveryStatus == tremendous::DeliveryStatus::Failed)
            failed.append(reward.id);
    }
    QVERIFY(failed.size() >= 2);

    tremendous::RewardModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy progress(&model, &tremendous::RewardModel::progressChanged);
    model.showFailedDeliveries();
    QCOMPARE(model.mode(), tremendous::RewardModel::Mode::FailedDeliveries);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QCOMPARE(toSet(shownIds(model)), toSet(failed));
    QCOMPARE(model.loadedCount(), failed.size()); // the others were dropped in the parse worker
    QVERIFY(!progress.isEmpty());
    QCOMPARE(model.scannedCount(), qint64(all.size()));
    QVERIFY2(model.progressText().startsWith(QString::number(failed.size()) + u" reward"_s),
             qPrintable(model.progressText()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(tremendous::RewardModel::DeliveryRole).toInt(),
                 int(tremendous::DeliveryStatus::Failed));
        QCOMPARE(model.index(row, tremendous::RewardModel::Delivery).data().toString(), u"Delivery failed"_s);
        const tremendous::RewardRow* row0 = model.rowAt(model.index(row, 0));
        const tremendous::BulkItem item = bulkItem(*row0);
        if (row0->isExpired(model.nowMs()))
            QVERIFY(item.blockedReason.startsWith(u"the reward expired"_s));
        else
            QVERIFY2(item.blockedReason.isEmpty(), qPrintable(item.blockedReason));
    }

    // A resent reward whose delivery is no longer FAILED, and a canceled one, leave the queue.
    const QString first = model.index(0, 0).data(PagedTableModel::RowIdRole).toString();
    const QString second = model.index(1, 0).data(PagedTableModel::RowIdRole).toString();
    tremendous::Reward resent;
    for (const tremendous::Reward& reward : all) {
        if (reward.id == first)
            resent = reward;
    }
    resent.deliveryStatusRaw = u"PENDING"_s;
    resent.deliveryStatus = tremendous::DeliveryStatus::Pending;
    const int before = model.rowCount();
    QVERIFY(model.replaceReward(resent));
    QCOMPARE(model.rowCount(), before - 1);
    QVERIFY(!model.indexForId(first).isValid());
    QCOMPARE(bulkItem(*model.findRow(first)).blockedReason, u"delivery is PENDING, not FAILED"_s);
    QVERIFY(model.removeReward(second));
    QCOMPARE(model.rowCount(), before - 2);
    QVERIFY(!model.removeReward(u"NOSUCHREWARD"_s));

    // Hidden ids (rewards canceled through RewardDesk still read FAILED) stay hidden across a reload.
    const QString third = model.index(0, 0).data(PagedTableModel::RowIdRole).toString();
    model.setHiddenIds({third});
    QVERIFY(!model.indexForId(third).isValid());
    model.showFailedDeliveries();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PagedTableModel::State::Loaded, 10000);
    QVERIFY(model.findRow(third));
    QVERIFY(!model.indexForId(third).isValid());
    QVERIFY(model.indexForId(first).isValid() || !model.findRow(first)); // the local removals are gone with the reload
    model.setHiddenIds({});
    QVERIFY(model.indexForId(third).isValid());
}

void TestTremendousModels::rewardModelByRecipient() {
    const QList<tremendous::Reward> all = walkRewards();
    QString email;
    for (const tremendous::Reward& reward : all) {
        if (!reward.recipientEmail.isEmpty()) {
            email = reward.recipientEmail;
            break;
        }
    }
    QVERIFY(!email.isEmpty());
    QStringList exact;
    const QString domain = email.section(u'@', 1);
    QStringList byDomain;
    for (const tremendous::Reward& reward : all) {
        if (reward.recipientEmail.compare(email, Qt::CaseInsensitive) == 0)
            exact.append(reward.id);
        if (reward.recipientEmail.contains(domain, Qt::CaseInsensitive))
            byDomain.append(reward.id);
    }

    tremendous::RewardModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.findByRecipient(email.toUpper());
    QCOMPARE(model.mode(), tremendous::RewardModel::Mode::ByRecipient);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QCOMPARE(toSet(shownIds(model)), toSet(exact));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, tremendous::RewardModel::Recipient).data().toString().toLower(), email.toLower());

    model.findByRecipient(domain, tremendous::RewardModel::Match::Contains);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QCOMPARE(toSet(shownIds(model)), toSet(byDomain));

    // A phone number: digits compared.
    QString phone;
    for (const tremendous::Reward& reward : all) {
        if (!reward.recipientPhone.isEmpty() && reward.recipientEmail.isEmpty()) {
            phone = reward.recipientPhone;
            break;
        }
    }
    if (!phone.isEmpty()) {
        QString spaced;
        for (const QChar c : phone) {
            if (c.isDigit())
                spaced += c + u" "_s;
        }
        model.findByRecipient(spaced.trimmed());
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
        QVERIFY(model.rowCount() >= 1);
    }

    model.findByRecipient(u"nobody-at-all@nowhere.invalid"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QCOMPARE(model.state(), PagedTableModel::State::Empty);
}

void TestTremendousModels::rewardModelByCustomField() {
    const QList<tremendous::Reward> all = walkRewards();
    QString label;
    QString value;
    for (const tremendous::Reward& reward : all) {
        for (const tremendous::CustomField& field : reward.customFields) {
            if (field.value && !field.value->isEmpty()) {
                label = field.label;
                value = *field.value;
                break;
            }
        }
        if (!label.isEmpty())
            break;
    }
    QVERIFY(!label.isEmpty());
    QStringList expected;
    for (const tremendous::Reward& reward : all) {
        for (const tremendous::CustomField& field : reward.customFields) {
            if (field.label.compare(label, Qt::CaseInsensitive) == 0 && field.value == value)
                expected.append(reward.id);
        }
    }

    tremendous::RewardModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.findByCustomField(label, value);
    QCOMPARE(model.mode(), tremendous::RewardModel::Mode::ByCustomField);
    QCOMPARE(model.customFieldQuery(), qMakePair(label, value));
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kTimeout);
    QCOMPARE(toSet(shownIds(model)), toSet(expected));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, tremendous::RewardModel::CustomFields)
                    .data()
                    .toString()
                    .contains(label + u": "_s + value));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestTremendousModels::bulkResultModel() {
    // Two real approvals and one item blocked before the run.
    tremendous::OrderModel orders(m_client);
    orders.load();
    QTRY_VERIFY_WITH_TIMEOUT(orders.isComplete(), kTimeout);
    QVERIFY(orders.rowCount() >= 2);
    QList<tremendous::BulkItem> items;
    items.append(bulkItem(*orders.rowAt(orders.index(0, 0))));
    items.append(bulkItem(*orders.rowAt(orders.index(1, 0))));
    tremendous::BulkItem blocked = items.first();
    blocked.objectId = u"BLOCKEDORDER1"_s;
    blocked.blockedReason = u"status is EXECUTED, not Pending approval"_s;
    items.append(blocked);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ActionJournal journal(dir.filePath(u"actions.jsonl"_s));
    journal.open();
    QTRY_VERIFY_WITH_TIMEOUT(journal.isLoaded(), kTimeout);
    Account account;
    account.id = u"acc-1"_s;
    account.vendor = Vendor::Tremendous;
    account.environment = Environment::Demo;
    account.displayName = u"Demo"_s;
    tremendous::BulkRunner runner(m_client, &journal, nullptr, account, tremendous::Action::Approve, items);
    runner.setReason(u"test"_s);
    runner.setInterval(std::chrono::milliseconds(20));

    tremendous::BulkResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunner(&runner);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(tremendous::BulkResultModel::ColumnCount));
    QCOMPARE(model.index(0, tremendous::BulkResultModel::Object).data().toString(), items[0].objectId);
    QCOMPARE(model.index(0, tremendous::BulkResultModel::Recipient).data().toString(), items[0].recipient);
    QVERIFY(!model.index(0, tremendous::BulkResultModel::Amount).data().toString().isEmpty());
    QCOMPARE(model.index(0, 0).data(tremendous::BulkResultModel::OutcomeRole).toInt(),
             int(tremendous::BulkItemResult::Outcome::Pending));
    QCOMPARE(model.openCount(), 3);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&runner, &tremendous::BulkRunner::finished);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kTimeout);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant>& signal : std::as_const(changed))
        QCOMPARE(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row()); // one row each
    const QColor green = tremendous::BulkResultModel::outcomeColor(tremendous::BulkItemResult::Outcome::Succeeded);
    const QColor grey = tremendous::BulkResultModel::outcomeColor(tremendous::BulkItemResult::Outcome::Skipped);
    const QColor amber = tremendous::BulkResultModel::outcomeColor(tremendous::BulkItemResult::Outcome::Unknown);
    QVERIFY(green != grey && grey != amber && green != amber);
    QCOMPARE(tremendous::BulkResultModel::outcomeColor(tremendous::BulkItemResult::Outcome::Reconciling), amber);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(model.index(row, 0).data(tremendous::BulkResultModel::OutcomeRole).toInt(),
                 int(tremendous::BulkItemResult::Outcome::Succeeded));
        QCOMPARE(model.index(row, 0).data(tremendous::BulkResultModel::OutcomeColorRole).value<QColor>(), green);
        QVERIFY(model.index(row, 0).data(tremendous::BulkResultModel::AppliedRole).toBool());
        QCOMPARE(model.index(row, tremendous::BulkResultModel::Outcome).data().toString(),
                 tremendous::bulkOutcomeDisplay(tremendous::BulkItemResult::Outcome::Succeeded));
    }
    QCOMPARE(model.index(2, 0).data(tremendous::BulkResultModel::OutcomeRole).toInt(),
             int(tremendous::BulkItemResult::Outcome::Skipped));
    QCOMPARE(model.index(2, 0).data(tremendous::BulkResultModel::OutcomeColorRole).value<QColor>(), grey);
    QVERIFY(!model.index(2, tremendous::BulkResultModel::Message).data().toString().isEmpty());
    QCOMPARE(model.appliedCount(), 2);
    QCOMPARE(model.notAppliedCount(), 1);
    QCOMPARE(model.unknownCount(), 0);
    QCOMPARE(model.openCount(), 0);
    QVERIFY(model.summaryText().startsWith(u"2 applied"_s));

    model.setRunner(nullptr);
    QCOMPARE(model.rowCount(), 0);
    {
        tremendous::BulkRunner shortLived(m_client, &journal, nullptr, account, tremendous::Action::Approve,
                                          {items[2]});
        model.setRunner(&shortLived);
        QCOMPARE(model.rowCount(), 1);
    }
    QCOMPARE(model.rowCount(), 0); // the runner was destroyed
}

void TestTremendousModels::fraudRuleModel() {
    tremendous::FraudRuleModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QCOMPARE(model.state(), PagedTableModel::State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == PagedTableModel::State::Loaded ||
                                 model.state() == PagedTableModel::State::Empty ||
                                 model.state() == PagedTableModel::State::Error,
                             kTimeout);
    QCOMPARE(model.state(), PagedTableModel::State::Loaded);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, tremendous::FraudRuleModel::Rule).data().toString().isEmpty());
        QVERIFY(!model.index(row, tremendous::FraudRuleModel::Type).data().toString().isEmpty());
        QVERIFY(!model.index(row, tremendous::FraudRuleModel::Config).data().toString().isEmpty());
    }

    // Config summaries of the documented config shapes.
    auto rule = [](const char* type, const char* json) {
        tremendous::FraudRule r;
        r.ruleTypeRaw = QString::fromLatin1(type);
        r.config = QJsonDocument::fromJson(json).object();
        return r;
    };
    model.setRules({rule("review_country", R"({"type":"blacklist","countries":["US","CA","MX","BR","AR"]})"),
                    rule("review_country", R"({"type":"whitelist","countries":["US"]})"),
                    rule("review_ip", R"({"ips":["10.0.0.0/8"]})"),
                    rule("review_redeemed_rewards_count", R"({"amount":5,"period":"30"})"),
                    rule("review_redeemed_rewards_amount", R"({"amount":1000,"period":"all_time"})"),
                    rule("review_vpn", R"({"skip_apple_private_relay":true})"), rule("review_multiple_emails", "null"),
                    rule("review_email", R"({"emails":["a@x.com"],"domains":["y.com"],"extra":1})")});
    QCOMPARE(model.state(), PagedTableModel::State::Loaded);
    QCOMPARE(model.rowCount(), 8);
    const auto summary = [&](int row) {
        return model.index(row, tremendous::FraudRuleModel::Config).data().toString();
    };
    QCOMPARE(summary(0), u"Countries: US, CA, MX +2"_s);
    QCOMPARE(summary(1), u"All countries except: US"_s);
    QCOMPARE(summary(2), u"IPs: 10.0.0.0/8"_s);
    QVERIFY2(summary(3).startsWith(u"More than 5 rewards in 30 day"_s), qPrintable(summary(3)));
    QCOMPARE(summary(4), u"More than 1,000 redeemed in all time (organization currency)"_s);
    QCOMPARE(summary(5), u"Apple Private Relay not reviewed"_s);
    QCOMPARE(summary(6), u"no settings"_s);
    QCOMPARE(summary(7), u"E-mails: a@x.com; Domains: y.com; extra: 1"_s);
    QCOMPARE(model.index(0, tremendous::FraudRuleModel::Type).data().toString(), u"review_country"_s);
    QVERIFY(model.index(0, 0).data(tremendous::FraudRuleModel::ConfigJsonRole).toString().contains(u"blacklist"_s));
    model.setRules({});
    QCOMPARE(model.state(), PagedTableModel::State::Empty);
}

void TestTremendousModels::fraudRuleModelWithoutClientReportsIt() {
    tremendous::FraudRuleModel model(nullptr);
    QSignalSpy states(&model, &tremendous::FraudRuleModel::stateChanged);
    model.load();
    QCOMPARE(model.state(), PagedTableModel::State::Error);
    QCOMPARE(states.count(), 1);
    QVERIFY(model.error());
    QCOMPARE(model.error()->kind, ErrorKind::NoCredential);
    QCOMPARE(model.error()->failure, FailureClass::NotSent);
    QVERIFY2(model.errorMessage().contains(u"Tremendous"_s), qPrintable(model.errorMessage()));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTremendousModels)
#include "tst_tremendousmodels.moc"
