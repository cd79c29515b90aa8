// tremendous::Client and tremendous::Reconciler against rd::test::FaultServer over real HTTP on 127.0.0.1
// (integration): the exact requests (method, path, percent-encoded query with bracket keys, ISO 8601 UTC dates,
// headers, resend bodies), the key only in `Authorization: Bearer`, EXACTLY ONE request per action whatever happens to
// the answer (lost, 500, 503, timeout, 429, unreadable 2xx: the shared ClientFaultHarness, for approve, block and
// cancel), lookups retried on 503, local refusals that send nothing, the reconciler's read-backs and verdicts, and logs
// free of keys, recipients and reward links.
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

#include "api/core/httptransport.h"
#include "api/core/paging.h"
#include "api/core/statickeyauthprovider.h"
#include "api/journal/journalentry.h"
#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendousreconciler.h"
#include "support/callonce.h"
#include "support/clientfaultharness.h"
#include "support/faultserver.h"
#include "support/testutil.h"
#include "tremendous/trfixtures.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::tremendous;
using namespace rd::test;
using namespace std::chrono_literals;
namespace tr = rd::test::tr;

namespace {

constexpr char Key[] = "TEST_canary_KEY_9f3a71c2";
const QString Base = u"/api/v2"_s;

QByteArray orderJson(const QString& id, const QString& status) {
    return R"({"order":{"id":")" + id.toUtf8() + R"(","created_at":"2024-05-01T10:00:00Z","status":")" +
           status.toUtf8() +
           R"(","payment":{"subtotal":25,"total":25,"fees":0,"discount":0,"currency_code":"USD",)"
           R"("refund":{"total":0,"currency_code":"USD"}},"rewards":[]}})";
}

QByteArray reviewJson(const QString& rewardId, const QString& status, const QString& reviewedBy = {}) {
    return R"({"fraud_review":{"status":")" + status.toUtf8() +
           R"(","reasons":["VPN detected"],)"
           R"("redeemed_at":"2024-05-03T12:00:00Z","reviewed_by":")" +
           reviewedBy.toUtf8() + R"(","reward":{"id":")" + rewardId.toUtf8() +
           R"(","value":{"denomination":50,"currency_code":"USD"}}}})";
}

QByteArray rewardJson(const QString& id, const QString& orderId, const QString& deliveryStatus) {
    return R"({"reward":{"id":")" + id.toUtf8() + R"(","order_id":")" + orderId.toUtf8() +
           R"(","value":{"denomination":20,"currency_code":"USD"},"recipient":{"email":"secret.person@example.com"},)"
           R"("delivery":{"method":"EMAIL","status":")" +
           deliveryStatus.toUtf8() + R"("}}})";
}

JournalEntry entry(const QString& objectType, const QString& objectId, const QString& action) {
    JournalEntry e;
    e.id = u"entry-1"_s;
    e.accountId = u"acc-1"_s;
    e.accountLabel = u"Tremendous (test)"_s;
    e.vendor = Vendor::Tremendous;
    e.objectType = objectType;
    e.objectId = objectId;
    e.action = action;
    e.state = JournalState::Unknown;
    return e;
}

} // namespace

class TestTremendousFaults : public ClientFaultHarness {
    Q_OBJECT
public:
    TestTremendousFaults()
        : ClientFaultHarness({.vendor = Vendor::Tremendous,
                              .key = Key,
                              .authorization = QByteArray("Bearer ") + Key,
                              .basePath = Base,
                              .accountLabel = u"Tremendous (test)"_s,
                              .keyRejectedStatus = 401,
                              .errorBody = [](int status) { return errorBody(status); }}) {}

private:
    tremendous::Client* m_client = nullptr;
    tremendous::Reconciler* m_reconciler = nullptr;

    static QByteArray errorBody(int status) {
        switch (status) {
        case 401:
            return tr::Error401;
        case 429:
            return tr::Error429;
        case 404:
            return R"({"errors":{"message":"Not found"}})";
        default:
            return R"({"errors":{"message":"Internal error","payload":{}}})";
        }
    }

    void createClient() override {
        m_client = new tremendous::Client(m_transport, endpoint(), this);
        m_reconciler = new tremendous::Reconciler(
            m_transport,
            [this](const QString& accountId) -> std::optional<Endpoint> {
                if (accountId == u"acc-1")
                    return endpoint();
                return std::nullopt;
            },
            this);
        m_reconciler->setTimeouts(2000ms, 3000ms);
    }
    void destroyClient() override {
        delete m_reconciler;
        delete m_client;
        m_reconciler = nullptr;
        m_client = nullptr;
    }
    void setClientTimeouts(std::chrono::milliseconds transfer, std::chrono::milliseconds deadline) override {
        m_client->setTimeouts(transfer, deadline);
    }
    QList<ClientProbe> actionProbes() override {
        return {
            probe<tremendous::Order>("POST", Base + u"/order_approvals/ORD1/approve"_s,
                                     [this](QObject* c, auto cb) { return m_client->approveOrder(u"ORD1"_s, c, cb); }),
            probe<tremendous::FraudReview>(
                "PUT", Base + u"/fraud_reviews/RWD1/block"_s,
                [this](QObject* c, auto cb) { return m_client->blockFraudReview(u"RWD1"_s, c, cb); }),
            probe<tremendous::EmptyAnswer>("POST", Base + u"/rewards/RWD1/cancel"_s, [this](QObject* c, auto cb) {
                return m_client->cancelReward(u"RWD1"_s, c, cb);
            })};
    }
    ClientProbe lookupProbe() override {
        return probe<tremendous::Order>("GET", Base + u"/orders/ORD1"_s,
                                        [this](QObject* c, auto cb) { return m_client->order(u"ORD1"_s, c, cb); });
    }
    QByteArray lookupAnswer() const override { return orderJson(u"ORD1"_s, u"OPEN"_s); }
    QString lookupWords(const ApiError& error) const override {
        return tremendous::lookupErrorMessage(error, m_client->accountLabel());
    }

    std::optional<tremendous::ReadBack> readBack(const JournalEntry& e) {
        return resultOnce<tremendous::ReadBack>([&](auto done) { m_reconciler->readBack(e, this, done); });
    }

    void verifyKeyOnlyInBearerHeader() {
        verifyKeyOnlyInAuthorization();
        for (const RecordedRequest& r : m_server->requests()) {
            QCOMPARE(r.header("accept"), QByteArray("application/json"));
            QVERIFY(r.header("user-agent").startsWith("RewardDesk/"));
            QVERIFY(!r.header("x-request-id").isEmpty());
        }
    }

private Q_SLOTS:
    void lookupsSendTheDocumentedRequests() {
        m_server->on("GET", Base + u"/orders"_s, FaultResponse::json(200, tr::OrderPage));
        tremendous::OrderQuery q;
        q.offset = 200;
        q.limit = 50;
        q.campaignId = u"CAMP0001"_s;
        q.externalId = u"crm 42&x"_s;
        q.createdGte = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
        q.createdLte = QDateTime(QDate(2024, 5, 31), QTime(23, 59, 59), Qt::OffsetFromUTC, 2 * 3600); // -> 21:59:59Z
        auto orders = callOnce<tremendous::OrderPage>([&](auto cb) { return m_client->listOrders(q, this, cb); });
        QVERIFY(orders && orders->ok());
        QCOMPARE(orders->value().orders.size(), 2);
        RecordedRequest req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(
            req.rawTarget,
            QByteArray("/api/v2/orders?offset=200&limit=50&campaign_id=CAMP0001&external_id=crm%2042%26x"
                       "&created_at%5Bgte%5D=2024-05-01T00%3A00%3A00Z&created_at%5Blte%5D=2024-05-31T21%3A59%3A59Z"));
        QCOMPARE(req.queryValue(u"created_at[gte]"_s), QByteArray("2024-05-01T00:00:00Z"));
        QVERIFY(req.body.isEmpty());

        // Milliseconds are kept when there are any (an lte bound taken from a record must still include it).
        q = {};
        q.createdLte = QDateTime(QDate(2024, 5, 31), QTime(21, 59, 59, 250), Qt::UTC);
        QVERIFY(callOnce<tremendous::OrderPage>([&](auto cb) { return m_client->listOrders(q, this, cb); }));
        QCOMPARE(m_server->lastRequest().queryValue(u"created_at[lte]"_s), QByteArray("2024-05-31T21:59:59.250Z"));

        // limit is clamped to the documented ranges; a negative offset is sent as 0.
        q = {};
        q.limit = 5000;
        q.offset = -3;
        QVERIFY(callOnce<tremendous::OrderPage>([&](auto cb) { return m_client->listOrders(q, this, cb); }));
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v2/orders?offset=0&limit=500"));

        m_server->on("GET", Base + u"/fraud_reviews"_s, FaultResponse::json(200, tr::FraudReviewPage));
        tremendous::FraudReviewQuery f;
        f.limit = 1000;
        f.status = u"Flagged"_s;
        f.createdGte = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        f.createdLte = QDateTime(QDate(2024, 1, 2), QTime(0, 0), Qt::UTC);
        f.redeemedGte = QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC);
        f.redeemedLte = QDateTime(QDate(2024, 2, 2), QTime(12, 30), Qt::UTC);
        auto reviews =
            callOnce<tremendous::FraudReviewPage>([&](auto cb) { return m_client->listFraudReviews(f, this, cb); });
        QVERIFY(reviews && reviews->ok());
        QCOMPARE(reviews->value().reviews.size(), 2);
        QCOMPARE(
            m_server->lastRequest().rawTarget,
            QByteArray("/api/v2/fraud_reviews?offset=0&limit=100&status=flagged"
                       "&created_at%5Bgte%5D=2024-01-01T00%3A00%3A00Z&created_at%5Blte%5D=2024-01-02T00%3A00%3A00Z"
                       "&redeemed_at%5Bgte%5D=2024-02-01T00%3A00%3A00Z&redeemed_at%5Blte%5D=2024-02-02T12%3A30%3A00Z"));
        f = {};
        f.limit = 0;
        QVERIFY(
            callOnce<tremendous::FraudReviewPage>([&](auto cb) { return m_client->listFraudReviews(f, this, cb); }));
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v2/fraud_reviews?offset=0&limit=1"));

        m_server->on("GET", Base + u"/rewards"_s, FaultResponse::json(200, tr::RewardPage));
        tremendous::RewardQuery rq;
        rq.limit = 25;
        rq.customFields = {{u"team name"_s, u"A+B"_s}, {u"limit"_s, u"ignored"_s}};
        auto rewards = callOnce<tremendous::RewardPage>([&](auto cb) { return m_client->listRewards(rq, this, cb); });
        QVERIFY(rewards && rewards->ok());
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v2/rewards?offset=0&limit=25&team%20name=A%2BB"));

        // Paged loads: the Pager's offset/limit plus the filters.
        Pager pager(PagingStyle::OffsetLimit, 100);
        tremendous::OrderQuery filters;
        filters.campaignId = u"CAMP0001"_s;
        std::optional<ApiResult<HttpResponse>> raw;
        m_client->ordersPage(pager, filters, this, [&](ApiResult<HttpResponse> r) { raw.emplace(std::move(r)); });
        QVERIFY(waitFor([&] { return raw.has_value(); }));
        QVERIFY(raw->ok());
        QCOMPARE(raw->value().body, QByteArray(tr::OrderPage));
        QCOMPARE(m_server->lastRequest().rawTarget,
                 QByteArray("/api/v2/orders?offset=0&limit=100&campaign_id=CAMP0001"));

        // Single objects: the id percent-encoded in the path.
        m_server->on("GET", Base + u"/orders/*"_s, FaultResponse::json(200, tr::OrderAnswer));
        auto order = callOnce<tremendous::Order>([&](auto cb) { return m_client->order(u" ext/42 x "_s, this, cb); });
        QVERIFY(order && order->ok());
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v2/orders/ext%2F42%20x"));

        m_server->on("GET", Base + u"/fraud_reviews/RWDFLAG1"_s, FaultResponse::json(200, tr::FraudReviewAnswer));
        auto review =
            callOnce<tremendous::FraudReview>([&](auto cb) { return m_client->fraudReview(u"RWDFLAG1"_s, this, cb); });
        QVERIFY(review && review->ok());
        QCOMPARE(review->value().risk, tremendous::Risk::High);

        m_server->on("GET", Base + u"/rewards/RWD9LINK"_s, FaultResponse::json(200, tr::RewardAnswer));
        auto reward = callOnce<tremendous::Reward>([&](auto cb) { return m_client->reward(u"RWD9LINK"_s, this, cb); });
        QVERIFY(reward && reward->ok());

        m_server->on("GET", Base + u"/funding_sources"_s, FaultResponse::json(200, tr::FundingSources));
        auto sources =
            callOnce<QList<tremendous::FundingSource>>([&](auto cb) { return m_client->fundingSources(this, cb); });
        QVERIFY(sources && sources->ok());
        QCOMPARE(sources->value().size(), 4);
        m_server->on("GET", Base + u"/funding_sources/BALANCE"_s, FaultResponse::json(200, tr::FundingSourceAnswer));
        auto balance = callOnce<tremendous::FundingSource>(
            [&](auto cb) { return m_client->fundingSource(u"BALANCE"_s, this, cb); });
        QVERIFY(balance && balance->ok());
        QCOMPARE(balance->value().available->cents, std::optional<qint64>(499999));

        m_server->on("GET", Base + u"/products"_s, FaultResponse::json(200, tr::Products));
        m_server->on("GET", Base + u"/campaigns"_s, FaultResponse::json(200, tr::Campaigns));
        m_server->on("GET", Base + u"/fraud_rules"_s, FaultResponse::json(200, tr::FraudRules));
        auto products = callOnce<QList<tremendous::Product>>([&](auto cb) { return m_client->products(this, cb); });
        QVERIFY(products && products->ok());
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v2/products"));
        auto campaigns = callOnce<QList<tremendous::Campaign>>([&](auto cb) { return m_client->campaigns(this, cb); });
        QVERIFY(campaigns && campaigns->ok());
        auto rules = callOnce<QList<tremendous::FraudRule>>([&](auto cb) { return m_client->fraudRules(this, cb); });
        QVERIFY(rules && rules->ok());

        for (const RecordedRequest& r : m_server->requests())
            QCOMPARE(r.method, QByteArray("GET"));
        verifyKeyOnlyInBearerHeader();
    }

    void actionsSendTheDocumentedRequests() {
        m_server->on("POST", Base + u"/order_approvals/ORD1/approve"_s, FaultResponse::json(200, tr::OrderAnswer));
        m_server->on("POST", Base + u"/order_approvals/ORD1/reject"_s,
                     FaultResponse::json(200, orderJson(u"ORD1"_s, u"CANCELED"_s)));
        m_server->on("PUT", Base + u"/fraud_reviews/RWD1/release"_s,
                     FaultResponse::json(200, reviewJson(u"RWD1"_s, u"released"_s)));
        m_server->on("PUT", Base + u"/fraud_reviews/RWD1/block"_s,
                     FaultResponse::json(200, reviewJson(u"RWD1"_s, u"blocked"_s)));
        m_server->on("POST", Base + u"/rewards/RWD1/resend"_s, FaultResponse::json(200, "{}"));
        m_server->on("POST", Base + u"/rewards/RWD1/cancel"_s, FaultResponse::json(200, "{}"));
        m_server->on("POST", Base + u"/rewards/RWD1EMAIL/generate_link"_s, FaultResponse::json(200, tr::RewardLink));

        auto approved =
            callOnce<tremendous::Order>([&](auto cb) { return m_client->approveOrder(u"ORD1"_s, this, cb); });
        QVERIFY(approved && approved->ok());
        QCOMPARE(approved->value().status, tremendous::OrderStatus::Executed);
        RecordedRequest req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.rawTarget, QByteArray("/api/v2/order_approvals/ORD1/approve"));
        QVERIFY(req.body.isEmpty());
        QCOMPARE(req.header("content-length"), QByteArray("0"));

        auto rejected =
            callOnce<tremendous::Order>([&](auto cb) { return m_client->rejectOrder(u"ORD1"_s, this, cb); });
        QVERIFY(rejected && rejected->ok());
        QCOMPARE(rejected->value().status, tremendous::OrderStatus::Canceled);
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));

        auto released = callOnce<tremendous::FraudReview>(
            [&](auto cb) { return m_client->releaseFraudReview(u"RWD1"_s, this, cb); });
        QVERIFY(released && released->ok());
        QCOMPARE(released->value().status, tremendous::FraudStatus::Released);
        req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("PUT"));
        QCOMPARE(req.rawTarget, QByteArray("/api/v2/fraud_reviews/RWD1/release"));
        QVERIFY(req.body.isEmpty());
        QCOMPARE(req.header("content-length"), QByteArray("0"));

        auto blocked =
            callOnce<tremendous::FraudReview>([&](auto cb) { return m_client->blockFraudReview(u"RWD1"_s, this, cb); });
        QVERIFY(blocked && blocked->ok());
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));

        // Resend: {} to the same address, or ONE updated address.
        auto resent =
            callOnce<tremendous::EmptyAnswer>([&](auto cb) { return m_client->resendReward(u"RWD1"_s, {}, this, cb); });
        QVERIFY(resent && resent->ok());
        req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.body, QByteArray("{}"));
        QVERIFY(req.header("content-type").startsWith("application/json"));
        resent = callOnce<tremendous::EmptyAnswer>([&](auto cb) {
            return m_client->resendReward(u"RWD1"_s, {u" new@example.com "_s, {}}, this, cb);
        });
        QVERIFY(resent && resent->ok());
        QCOMPARE(m_server->lastRequest().body, QByteArray(R"({"updated_email":"new@example.com"})"));
        resent = callOnce<tremendous::EmptyAnswer>([&](auto cb) {
            return m_client->resendReward(u"RWD1"_s, {{}, u"+15555550100"_s}, this, cb);
        });
        QVERIFY(resent && resent->ok());
        QCOMPARE(m_server->lastRequest().body, QByteArray(R"({"updated_phone":"+15555550100"})"));

        auto canceled =
            callOnce<tremendous::EmptyAnswer>([&](auto cb) { return m_client->cancelReward(u"RWD1"_s, this, cb); });
        QVERIFY(canceled && canceled->ok());
        req = m_server->lastRequest();
        QCOMPARE(req.rawTarget, QByteArray("/api/v2/rewards/RWD1/cancel"));
        QVERIFY(req.body.isEmpty());

        LogCapture logs;
        auto link = callOnce<tremendous::RewardLink>(
            [&](auto cb) { return m_client->generateRewardLink(u"RWD1EMAIL"_s, this, cb); });
        QVERIFY(link && link->ok());
        QVERIFY(link->value().link.contains(u"secret-link-123"_s));
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));
        QVERIFY2(!logs.all().contains(u"secret-link-123"_s), qPrintable(logs.all())); // the link is never logged
        QVERIFY(logs.all().contains(u"RWD1EMAIL"_s));                                 // its id is

        // Exactly one request per action call.
        QCOMPARE(m_server->count("POST", Base + u"/order_approvals/ORD1/approve"_s), 1);
        QCOMPARE(m_server->count("PUT", Base + u"/fraud_reviews/RWD1/release"_s), 1);
        QCOMPARE(m_server->count("POST", Base + u"/rewards/RWD1/resend"_s), 3);
        verifyKeyOnlyInBearerHeader();
    }

    void localRefusalsSendNothing() {
        auto both = callOnce<tremendous::EmptyAnswer>([&](auto cb) {
            return m_client->resendReward(u"RWD1"_s, {u"a@example.com"_s, u"+15555550100"_s}, this, cb);
        });
        QVERIFY(both && !both->ok());
        QVERIFY(both->error().isNotSent());
        QVERIFY(both->error().action);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Resend, u"RWD1"_s, both->error()),
                 u"Nothing was sent: Give either a new e-mail address or a new phone number, not both."_s);

        for (const QString& id : {u""_s, u"   "_s, u".."_s}) {
            auto a = callOnce<tremendous::Order>([&](auto cb) { return m_client->approveOrder(id, this, cb); });
            QVERIFY(a && !a->ok());
            QVERIFY(a->error().isNotSent());
            auto o = callOnce<tremendous::Order>([&](auto cb) { return m_client->order(id, this, cb); });
            QVERIFY(o && !o->ok());
            QVERIFY(o->error().isNotSent());
            auto c = callOnce<tremendous::EmptyAnswer>([&](auto cb) { return m_client->cancelReward(id, this, cb); });
            QVERIFY(c && c->ok() == false);
        }
        QCOMPARE(m_server->totalCount(), 0);

        // No endpoint (credentials still loading): NotSent, never from inside the call.
        tremendous::Client client(m_transport,
                                  tremendous::Client::EndpointProvider([] { return std::optional<Endpoint>(); }));
        bool called = false;
        client.approveOrder(u"ORD1"_s, this, [&](ApiResult<tremendous::Order> r) {
            called = true;
            QCOMPARE(r.error().kind, ErrorKind::NoCredential);
            QVERIFY(r.error().isNotSent());
        });
        QVERIFY(!called);
        QVERIFY(waitFor([&] { return called; }, 2000));
        QCOMPARE(m_server->totalCount(), 0);
    }

    // The heart of it: the server reads the approve, then the connection drops before any answer. Exactly one POST
    // reaches the server (Qt would re-send it by itself; the transport's one-shot body forbids that), the outcome is
    // Unknown, and reading the order back resolves it.
    void lostApproveAnswerIsOnePostThenReadBack() {
        const QString approve = Base + u"/order_approvals/ORD1/approve"_s;
        m_server->on("POST", approve, FaultResponse::closeConnection());
        auto r = callOnce<tremendous::Order>([&](auto cb) { return m_client->approveOrder(u"ORD1"_s, this, cb); });
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->error().failure, FailureClass::Unknown);
        QVERIFY(r->error().action);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, r->error()),
                 u"RewardDesk cannot tell whether the approval went through; it is reading the order back."_s);
        QTest::qWait(300); // a re-send would arrive here
        QCOMPARE(m_server->count("POST", approve), 1);

        // The reconciler reads the order back (GET, never the action again).
        m_server->on("GET", Base + u"/orders/ORD1"_s, FaultResponse::json(200, orderJson(u"ORD1"_s, u"EXECUTED"_s)));
        auto rb = readBack(entry(u"order"_s, u"ORD1"_s, u"approve"_s));
        QVERIFY(rb);
        QCOMPARE(rb->result.verdict, ReconcileResult::Applied);
        QCOMPARE(rb->result.message, u"The order is now EXECUTED: it was approved."_s);
        QVERIFY(rb->order);
        QCOMPARE(rb->order->status, tremendous::OrderStatus::Executed);
        QCOMPARE(m_server->count("GET", Base + u"/orders/ORD1"_s), 1);
        QCOMPARE(m_server->count("POST", approve), 1);

        // The same through the ActionReconciler interface (JournalReconciler's path).
        std::optional<ReconcileResult> plain;
        static_cast<ActionReconciler*>(m_reconciler)
            ->reconcile(entry(u"order"_s, u"ORD1"_s, u"approve"_s), this,
                        [&](const ReconcileResult& result) { plain = result; });
        QVERIFY(waitFor([&] { return plain.has_value(); }));
        QCOMPARE(plain->verdict, ReconcileResult::Applied);
        QCOMPARE(m_server->count("POST", approve), 1);
    }

    void lookupsAreRetriedOn503() {
        const QString path = Base + u"/orders/ORD1"_s;
        m_server->script("GET", path,
                         {FaultResponse::json(503, R"({"errors":{"message":"Unavailable","payload":{}}})"),
                          FaultResponse::json(503, R"({"errors":{"message":"Unavailable","payload":{}}})"),
                          FaultResponse::json(200, orderJson(u"ORD1"_s, u"OPEN"_s))});
        auto r = callOnce<tremendous::Order>([&](auto cb) { return m_client->order(u"ORD1"_s, this, cb); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().status, tremendous::OrderStatus::Open);
        QCOMPARE(m_server->count("GET", path), 3);

        // 429 with Retry-After on a lookup: retried after the pause.
        m_server->script("GET", Base + u"/campaigns"_s,
                         {FaultResponse::tooManyRequests("0", tr::Error429), FaultResponse::json(200, tr::Campaigns)});
        auto c = callOnce<QList<tremendous::Campaign>>([&](auto cb) { return m_client->campaigns(this, cb); });
        QVERIFY(c && c->ok());
        QCOMPARE(m_server->count("GET", Base + u"/campaigns"_s), 2);

        // 401 is not retried (beyond the transport's single replay with fresh credentials) and reads as such.
        m_server->on("GET", Base + u"/products"_s, FaultResponse::json(401, tr::Error401));
        auto p = callOnce<QList<tremendous::Product>>([&](auto cb) { return m_client->products(this, cb); });
        QVERIFY(p && !p->ok());
        QCOMPARE(p->error().httpStatus, 401);
        QCOMPARE(p->error().vendorMessage, u"Invalid API key"_s);
        QCOMPARE(tremendous::lookupErrorMessage(p->error(), m_client->accountLabel()),
                 u"The API key for Tremendous (test) was rejected. Open File > Accounts to replace it."_s);
    }

    void rejectionsCarryTheVendorWords() {
        m_server->on("POST", Base + u"/order_approvals/ORD1/approve"_s, FaultResponse::json(422, tr::Error422));
        auto r = callOnce<tremendous::Order>([&](auto cb) { return m_client->approveOrder(u"ORD1"_s, this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().failure, FailureClass::Rejected);
        QVERIFY(tremendous::mayBeAlreadyHandled(r->error()));
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, r->error()),
                 u"Tremendous refused to approve order ORD1: Order is not pending approval. Nothing was changed."_s);

        m_server->on("POST", Base + u"/order_approvals/ORD2/approve"_s,
                     FaultResponse::json(403, R"({"errors":{"message":"Forbidden","payload":{}}})"));
        r = callOnce<tremendous::Order>([&](auto cb) { return m_client->approveOrder(u"ORD2"_s, this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 403);
        QVERIFY(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD2"_s, r->error())
                    .startsWith(u"Approvals via API"_s));
        QCOMPARE(m_server->count("POST", Base + u"/order_approvals/ORD2/approve"_s), 1);
    }

    void reconcilerVerdicts() {
        // approve: still pending -> not applied; canceled -> not applied; failed -> applied with a note.
        m_server->on("GET", Base + u"/orders/P1"_s,
                     FaultResponse::json(200, orderJson(u"P1"_s, u"PENDING APPROVAL"_s)));
        m_server->on("GET", Base + u"/orders/C1"_s, FaultResponse::json(200, orderJson(u"C1"_s, u"CANCELED"_s)));
        m_server->on("GET", Base + u"/orders/F1"_s, FaultResponse::json(200, orderJson(u"F1"_s, u"FAILED"_s)));
        m_server->on("GET", Base + u"/orders/U1"_s, FaultResponse::json(200, orderJson(u"U1"_s, u"ON HOLD"_s)));
        m_server->on("GET", Base + u"/orders/E1"_s, FaultResponse::json(200, orderJson(u"E1"_s, u"EXECUTED"_s)));
        auto v = readBack(entry(u"order"_s, u"P1"_s, u"approve"_s));
        QVERIFY(v);
        QCOMPARE(v->result.verdict, ReconcileResult::NotApplied);
        QCOMPARE(v->requests, 1); // one GET
        QCOMPARE(v->result.message, u"The order is still PENDING APPROVAL: it was not approved."_s);
        v = readBack(entry(u"order"_s, u"C1"_s, u"approve"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::NotApplied);
        v = readBack(entry(u"order"_s, u"F1"_s, u"approve"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::Applied);
        QVERIFY(v->result.message.contains(u"payment then failed"_s));
        v = readBack(entry(u"order"_s, u"U1"_s, u"approve"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::StillUnknown);

        // reject
        v = readBack(entry(u"order"_s, u"C1"_s, u"reject"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::Applied);
        QCOMPARE(v->result.message, u"The order is now CANCELED: it was rejected."_s);
        v = readBack(entry(u"order"_s, u"P1"_s, u"reject"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::NotApplied);
        v = readBack(entry(u"order"_s, u"E1"_s, u"reject"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::NotApplied);
        QVERIFY(v->result.message.contains(u"approved meanwhile"_s));

        // release / block
        m_server->on("GET", Base + u"/fraud_reviews/RREL"_s,
                     FaultResponse::json(200, reviewJson(u"RREL"_s, u"released"_s, u"alex@example.com"_s)));
        m_server->on("GET", Base + u"/fraud_reviews/RFLAG"_s,
                     FaultResponse::json(200, reviewJson(u"RFLAG"_s, u"flagged"_s)));
        v = readBack(entry(u"fraud_review"_s, u"RREL"_s, u"release"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::Applied);
        QVERIFY(v->fraudReview);
        v = readBack(entry(u"fraud_review"_s, u"RREL"_s, u"block"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::NotApplied);
        QCOMPARE(v->result.message, u"The fraud review was already released by alex@example.com, not blocked."_s);
        v = readBack(entry(u"fraud_review"_s, u"RFLAG"_s, u"block"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::NotApplied);

        // resend
        m_server->on("GET", Base + u"/rewards/RFAIL"_s,
                     FaultResponse::json(200, rewardJson(u"RFAIL"_s, u"O9"_s, u"FAILED"_s)));
        m_server->on("GET", Base + u"/rewards/RPEND"_s,
                     FaultResponse::json(200, rewardJson(u"RPEND"_s, u"O9"_s, u"PENDING"_s)));
        v = readBack(entry(u"reward"_s, u"RFAIL"_s, u"resend"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::NotApplied);
        v = readBack(entry(u"reward"_s, u"RPEND"_s, u"resend"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::Applied);
        QVERIFY(v->reward);

        // cancel: the reward, then its order.
        m_server->on("GET", Base + u"/orders/O9"_s, FaultResponse::json(200, orderJson(u"O9"_s, u"CANCELED"_s)));
        v = readBack(entry(u"reward"_s, u"RFAIL"_s, u"cancel"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::Applied);
        QVERIFY(v->order && v->reward);
        QCOMPARE(m_server->count("GET", Base + u"/orders/O9"_s), 1);
        m_server->on("GET", Base + u"/orders/O9"_s, FaultResponse::json(200, orderJson(u"O9"_s, u"EXECUTED"_s)));
        v = readBack(entry(u"reward"_s, u"RFAIL"_s, u"cancel"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::NotApplied); // refund 0
        QCOMPARE(v->requests, 2);                                 // the reward, then its order
        // A refund of 20 USD on an order with only this reward: it covers the reward's 20 USD.
        const QByteArray thisReward = R"([{"id":"RFAIL","order_id":"O9","value":{"denomination":20,)"
                                      R"("currency_code":"USD"},"delivery":{"method":"EMAIL","status":"FAILED"}}])";
        const QByteArray otherReward = R"({"id":"ROTHER","order_id":"O9","value":{"denomination":20,)"
                                       R"("currency_code":"USD"},"delivery":{"method":"EMAIL","status":"FAILED"}})";
        auto refunded = [](QByteArray json, const QByteArray& rewards, const QByteArray& refund) {
            json.replace(R"("refund":{"total":0,"currency_code":"USD"})", refund);
            json.replace(R"("rewards":[])", QByteArray(QByteArray(R"("rewards":)") + rewards));
            return json;
        };
        m_server->on("GET", Base + u"/orders/O9"_s,
                     FaultResponse::json(200, refunded(orderJson(u"O9"_s, u"EXECUTED"_s), thisReward,
                                                       R"("refund":{"total":20,"currency_code":"USD"})")));
        v = readBack(entry(u"reward"_s, u"RFAIL"_s, u"cancel"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::Applied);
        // The same refund on an order with two rewards may be the other reward's: still unknown, saying what was read.
        m_server->on("GET", Base + u"/orders/O9"_s,
                     FaultResponse::json(200, refunded(orderJson(u"O9"_s, u"EXECUTED"_s),
                                                       QByteArray(thisReward).replace("}]", "},") + otherReward + "]",
                                                       R"("refund":{"total":20,"currency_code":"USD"})")));
        v = readBack(entry(u"reward"_s, u"RFAIL"_s, u"cancel"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::StillUnknown);
        QVERIFY2(v->result.message.contains(u"EXECUTED"_s) && v->result.message.contains(u"USD 20.00"_s) &&
                     v->result.message.contains(u"2 reward(s)"_s),
                 qPrintable(v->result.message));
        // No rewards listed on the order: the refund cannot be attributed either.
        m_server->on("GET", Base + u"/orders/O9"_s,
                     FaultResponse::json(200, refunded(orderJson(u"O9"_s, u"EXECUTED"_s), "[]",
                                                       R"("refund":{"total":20,"currency_code":"USD"})")));
        QCOMPARE(readBack(entry(u"reward"_s, u"RFAIL"_s, u"cancel"_s))->result.verdict, ReconcileResult::StillUnknown);
        // An empty refund currency is not comparable, even with only this reward.
        m_server->on("GET", Base + u"/orders/O9"_s,
                     FaultResponse::json(
                         200, refunded(orderJson(u"O9"_s, u"EXECUTED"_s), thisReward, R"("refund":{"total":20})")));
        v = readBack(entry(u"reward"_s, u"RFAIL"_s, u"cancel"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::StillUnknown);
        QVERIFY(v->result.message.contains(u"same known currency"_s));
        // A refund smaller than the reward: still unknown.
        m_server->on("GET", Base + u"/orders/O9"_s,
                     FaultResponse::json(200, refunded(orderJson(u"O9"_s, u"EXECUTED"_s), thisReward,
                                                       R"("refund":{"total":5,"currency_code":"USD"})")));
        QCOMPARE(readBack(entry(u"reward"_s, u"RFAIL"_s, u"cancel"_s))->result.verdict, ReconcileResult::StillUnknown);
        m_server->on("GET", Base + u"/orders/O9"_s,
                     FaultResponse::json(200, refunded(orderJson(u"O9"_s, u"EXECUTED"_s), thisReward,
                                                       R"("refund":{"total":20,"currency_code":"USD"})")));
        // A EUR reward and a USD refund cannot be compared: still unknown, not a guess.
        m_server->on("GET", Base + u"/rewards/REUR"_s,
                     FaultResponse::json(200, QByteArray(rewardJson(u"REUR"_s, u"O9"_s, u"FAILED"_s))
                                                  .replace(R"("currency_code":"USD")", R"("currency_code":"EUR")")));
        v = readBack(entry(u"reward"_s, u"REUR"_s, u"cancel"_s));
        QCOMPARE(v->result.verdict, ReconcileResult::StillUnknown);
        QVERIFY(v->result.message.contains(u"same known currency"_s));

        // 404: nothing to have changed (approve..resend); unknown for cancel (the order cannot be asked).
        m_server->on("GET", Base + u"/orders/GONE"_s,
                     FaultResponse::json(404, R"({"errors":{"message":"Not found"}})"));
        m_server->on("GET", Base + u"/rewards/GONE"_s,
                     FaultResponse::json(404, R"({"errors":{"message":"Not found"}})"));
        QCOMPARE(readBack(entry(u"order"_s, u"GONE"_s, u"approve"_s))->result.verdict, ReconcileResult::NotApplied);
        QCOMPARE(readBack(entry(u"reward"_s, u"GONE"_s, u"resend"_s))->result.verdict, ReconcileResult::NotApplied);
        QCOMPARE(readBack(entry(u"reward"_s, u"GONE"_s, u"cancel"_s))->result.verdict, ReconcileResult::StillUnknown);

        // A read failure, an unknown action, a mismatched object type, an account without endpoint: still unknown.
        m_server->on("GET", Base + u"/orders/BROKEN"_s, FaultResponse::json(500, "{}"));
        QCOMPARE(readBack(entry(u"order"_s, u"BROKEN"_s, u"approve"_s))->result.verdict, ReconcileResult::StillUnknown);
        QCOMPARE(m_server->count("GET", Base + u"/orders/BROKEN"_s), 3); // a lookup: retried
        QCOMPARE(readBack(entry(u"order"_s, u"P1"_s, u"teleport"_s))->result.verdict, ReconcileResult::StillUnknown);
        QCOMPARE(readBack(entry(u"reward"_s, u"P1"_s, u"approve"_s))->result.verdict, ReconcileResult::StillUnknown);
        JournalEntry other = entry(u"order"_s, u"P1"_s, u"approve"_s);
        other.accountId = u"acc-unknown"_s;
        QCOMPARE(readBack(other)->result.verdict, ReconcileResult::StillUnknown);

        // Never an action: only GETs reached the server.
        for (const RecordedRequest& r : m_server->requests())
            QCOMPARE(r.method, QByteArray("GET"));
    }

    void logsNameIdsNotPeople() {
        LogCapture logs;
        m_server->on("GET", Base + u"/rewards/RFAIL"_s,
                     FaultResponse::json(200, rewardJson(u"RFAIL"_s, u"O9"_s, u"FAILED"_s)));
        m_server->on("POST", Base + u"/rewards/RFAIL/resend"_s, FaultResponse::closeConnection());
        auto w = callOnce<tremendous::Reward>([&](auto cb) { return m_client->reward(u"RFAIL"_s, this, cb); });
        QVERIFY(w && w->ok());
        auto r = callOnce<tremendous::EmptyAnswer>([&](auto cb) {
            return m_client->resendReward(u"RFAIL"_s, {u"updated.person@example.com"_s, {}}, this, cb);
        });
        QVERIFY(r && !r->ok());
        const QString all = logs.all();
        QVERIFY(!all.isEmpty());
        QVERIFY2(!all.contains(QLatin1String(Key)), qPrintable(all));
        QVERIFY2(!all.contains(u"secret.person"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"updated.person"_s), qPrintable(all));
        QVERIFY2(all.contains(u"resend reward RFAIL failed"_s), qPrintable(all));
    }

    void contextAndCancel() {
        m_server->on("GET", Base + u"/orders"_s, FaultResponse::json(200, tr::OrderPage).withDelay(100));
        int calls = 0;
        {
            auto* context = new QObject;
            m_client->listOrders({}, context, [&](ApiResult<tremendous::OrderPage>) { ++calls; });
            delete context;
        }
        CallHandle h = m_client->listOrders({}, this, [&](ApiResult<tremendous::OrderPage>) { ++calls; });
        QVERIFY(h.isActive());
        h.cancel();
        QVERIFY(!h.isActive());
        QTest::qWait(400);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestTremendousFaults)
#include "tst_tremendousfaults.moc"
