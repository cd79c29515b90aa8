// tremendous::Client against the built-in sandbox over real HTTP on 127.0.0.1 (integration, design.md section 7). The
// sandbox is written from the vendor docs independently of the client, so every call is a cross-check of two
// readings: orders (list, filters, paging with the Pager, by id and external id), approve/reject, fraud reviews (list,
// filters, details, release/block), rewards (list, custom-field query, details, resend, cancel, generate_link),
// funding sources, products, campaigns, fraud rules; and every documented error: 401 (wrong key), 402 (balance),
// 403 (approvals via API off; link for a canceled reward), 404, 422 (already decided, not flagged, already canceled),
// 429 (FaultInjector), with the support-agent words. Organization settings go through the sandbox's control route
// (/_sandbox/tremendous); sample ids come from it or from the API itself.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <optional>

#include "api/core/httptransport.h"
#include "api/core/paging.h"
#include "api/core/statickeyauthprovider.h"
#include "api/journal/journalentry.h"
#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxserver.h"
#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendousreconciler.h"
#include "support/callonce.h"
#include "support/sandboxclientharness.h"
#include "support/testutil.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::tremendous;
using namespace rd::test;
using namespace std::chrono_literals;

class TestTremendousClient : public SandboxClientHarness {
    Q_OBJECT
public:
    TestTremendousClient()
        : SandboxClientHarness({.vendor = Vendor::Tremendous,
                                .seed = 11,
                                .size = 300,
                                .accountLabel = u"Tremendous (demo)"_s,
                                .keyRejectedStatus = 401,
                                .retryAfterCap = 500ms}) {}

private:
    tremendous::Client* m_client = nullptr;
    const QString Prefix = u"/tremendous/api/v2"_s;

    void createClient() override {
        m_client = new tremendous::Client(m_transport, endpoint(m_auth), this);
        m_client->setTimeouts(3000ms, 5000ms);
    }
    void destroyClient() override {
        delete m_client;
        m_client = nullptr;
    }
    ClientProbe lookupProbe(const Endpoint& endpoint) override {
        auto* client = new tremendous::Client(m_transport, endpoint, m_client);
        return probe<QList<tremendous::Campaign>>("GET", Prefix + u"/campaigns"_s,
                                                  [client](QObject* c, auto cb) { return client->campaigns(c, cb); });
    }
    // Approves a pending order.
    ClientProbe actionProbe(const Endpoint& endpoint) override {
        const QString pending = sampleIds("pending_approval_order_ids").value(0);
        auto* client = new tremendous::Client(m_transport, endpoint, m_client);
        return probe<tremendous::Order>(
            "POST", Prefix + u"/order_approvals/%1/approve"_s.arg(pending),
            [client, pending](QObject* c, auto cb) { return client->approveOrder(pending, c, cb); });
    }
    QString lookupWords(const ApiError& error) const override {
        return tremendous::lookupErrorMessage(error, profile().accountLabel);
    }
    QString actionWords(const ApiError& error) const override {
        return tremendous::actionErrorMessage(tremendous::Action::Approve, {}, error, profile().accountLabel);
    }

    template <typename T, typename Start> std::optional<ApiResult<T>> run(Start start, int timeoutMs = 10000) {
        return callOnce<T>(std::move(start), timeoutMs);
    }

    // GET or POST /_sandbox/tremendous (the organization's settings and sample ids).
    QJsonObject control(const QJsonObject& change = {}) {
        QUrl url = m_sandbox->baseUrl(Vendor::Tremendous);
        url.setPath(u"/_sandbox/tremendous"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = change.isEmpty()
                                   ? m_nam->get(request)
                                   : m_nam->post(request, QJsonDocument(change).toJson(QJsonDocument::Compact));
        if (!waitFor([reply] { return reply->isFinished(); }))
            return {};
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }
    QStringList sampleIds(const char* key) {
        QStringList out;
        for (const QJsonValue& v : control().value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    }

    int count(const QByteArray& method, const QString& path) const {
        return m_sandbox->http()->requestCount(method, Prefix + path);
    }

    template <typename T> static void verifyNoFieldErrors(const QList<T>& items) {
        for (const T& item : items)
            QVERIFY2(item.fieldErrors.isEmpty(), qPrintable(item.fieldErrors.join(u"; ")));
    }

private Q_SLOTS:
    void ordersListFiltersAndDetails() {
        tremendous::OrderQuery q;
        q.limit = 50;
        auto page = run<tremendous::OrderPage>([&](auto cb) { return m_client->listOrders(q, this, cb); });
        QVERIFY(page);
        QVERIFY2(page->ok(), qPrintable(why(*page)));
        QCOMPARE(page->value().orders.size(), 50);
        QCOMPARE(page->value().totalCount, std::optional<qint64>(300));
        verifyNoFieldErrors(page->value().orders);
        const QList<tremendous::Order> orders = page->value().orders;
        for (int i = 1; i < orders.size(); ++i)
            QVERIFY(orders.at(i - 1).createdAt >= orders.at(i).createdAt); // newest first
        int known = 0;
        for (const tremendous::Order& o : orders)
            known += o.status != tremendous::OrderStatus::Unknown ? 1 : 0;
        QCOMPARE(known, orders.size());

        // created_at[gte]/[lte] (bracket keys, ISO 8601 UTC): an inclusive window of 11 orders.
        q = {};
        q.limit = 500;
        q.createdGte = orders.at(20).createdAt;
        q.createdLte = orders.at(10).createdAt;
        auto window = run<tremendous::OrderPage>([&](auto cb) { return m_client->listOrders(q, this, cb); });
        QVERIFY(window && window->ok());
        QCOMPARE(window->value().orders.size(), 11);
        QCOMPARE(window->value().orders.first().id, orders.at(10).id);
        QCOMPARE(window->value().orders.last().id, orders.at(20).id);

        // campaign_id and external_id filters.
        const auto withCampaign = std::find_if(orders.cbegin(), orders.cend(),
                                               [](const tremendous::Order& o) { return !o.campaignId.isEmpty(); });
        QVERIFY(withCampaign != orders.cend());
        q = {};
        q.limit = 500;
        q.campaignId = withCampaign->campaignId;
        auto byCampaign = run<tremendous::OrderPage>([&](auto cb) { return m_client->listOrders(q, this, cb); });
        QVERIFY(byCampaign && byCampaign->ok());
        QVERIFY(!byCampaign->value().orders.isEmpty());
        for (const tremendous::Order& o : byCampaign->value().orders)
            QCOMPARE(o.campaignId, withCampaign->campaignId);
        const auto withExternal = std::find_if(orders.cbegin(), orders.cend(),
                                               [](const tremendous::Order& o) { return !o.externalId.isEmpty(); });
        QVERIFY(withExternal != orders.cend());
        q = {};
        q.externalId = withExternal->externalId;
        auto byExternal = run<tremendous::OrderPage>([&](auto cb) { return m_client->listOrders(q, this, cb); });
        QVERIFY(byExternal && byExternal->ok());
        QCOMPARE(byExternal->value().orders.size(), 1);
        QCOMPARE(byExternal->value().orders.first().id, withExternal->id);

        // One order by id and by external id.
        auto one = run<tremendous::Order>([&](auto cb) { return m_client->order(orders.at(3).id, this, cb); });
        QVERIFY2(one && one->ok(), one ? qPrintable(why(*one)) : "no answer");
        QCOMPARE(one->value().id, orders.at(3).id);
        QCOMPARE(one->value().statusRaw, orders.at(3).statusRaw);
        auto byExt =
            run<tremendous::Order>([&](auto cb) { return m_client->order(withExternal->externalId, this, cb); });
        QVERIFY2(byExt && byExt->ok(), byExt ? qPrintable(why(*byExt)) : "no answer");
        QCOMPARE(byExt->value().id, withExternal->id);

        // Payment amounts are exact hundredths in the payment's currency.
        for (const tremendous::Order& o : orders) {
            if (!o.payment)
                continue;
            QVERIFY(o.payment->total.valid());
            QCOMPARE(*o.payment->total.cents,
                     *o.payment->subtotal.cents + *o.payment->fees.cents - *o.payment->discount.cents);
        }
    }

    void ordersPagedWithThePager() {
        Pager pager(PagingStyle::OffsetLimit, 120);
        QSet<QString> ids;
        for (int guard = 0; guard < 10; ++guard) {
            std::optional<ApiResult<HttpResponse>> raw;
            m_client->ordersPage(pager, {}, this, [&](ApiResult<HttpResponse> r) { raw.emplace(std::move(r)); });
            QVERIFY(waitFor([&] { return raw.has_value(); }));
            QVERIFY(raw->ok());
            const ApiResult<tremendous::OrderPage> page = tremendous::parseOrderPage(raw->value().body);
            QVERIFY(page.ok());
            for (const tremendous::Order& o : page.value().orders)
                ids.insert(o.id);
            const QJsonObject root = QJsonDocument::fromJson(raw->value().body).object();
            const QByteArray fingerprint =
                page.value().orders.isEmpty() ? QByteArray() : page.value().orders.first().id.toUtf8();
            const Pager::Step step = pager.advance(
                readPageMeta(PagingStyle::OffsetLimit, root, int(page.value().orders.size()), fingerprint));
            if (step == Pager::Step::Done)
                break;
            QCOMPARE(step, Pager::Step::More);
        }
        QVERIFY(pager.finished());
        QCOMPARE(ids.size(), 300);
        QCOMPARE(count("GET", u"/orders"_s), 3);
    }

    void approveAndReject() {
        const QStringList pending = sampleIds("pending_approval_order_ids");
        QVERIFY(pending.size() >= 3);
        auto approved =
            run<tremendous::Order>([&](auto cb) { return m_client->approveOrder(pending.at(0), this, cb); });
        QVERIFY(approved);
        QVERIFY2(approved->ok(), qPrintable(why(*approved)));
        QCOMPARE(approved->value().id, pending.at(0));
        QCOMPARE(approved->value().status, tremendous::OrderStatus::Executed);
        QCOMPARE(count("POST", u"/order_approvals/%1/approve"_s.arg(pending.at(0))), 1);

        // Approving again: 422, which may mean "already handled".
        auto again = run<tremendous::Order>([&](auto cb) { return m_client->approveOrder(pending.at(0), this, cb); });
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error().httpStatus, 422);
        QVERIFY(tremendous::mayBeAlreadyHandled(again->error()));
        QVERIFY2(
            tremendous::actionErrorMessage(tremendous::Action::Approve, pending.at(0), again->error())
                .startsWith(
                    u"Tremendous refused to approve order %1: Order is not pending approval"_s.arg(pending.at(0))),
            qPrintable(tremendous::actionErrorMessage(tremendous::Action::Approve, pending.at(0), again->error())));

        auto rejected = run<tremendous::Order>([&](auto cb) { return m_client->rejectOrder(pending.at(1), this, cb); });
        QVERIFY(rejected && rejected->ok());
        QCOMPARE(rejected->value().status, tremendous::OrderStatus::Canceled);
        QVERIFY(rejected->value().payment && rejected->value().payment->refund);
        auto rejectApproved =
            run<tremendous::Order>([&](auto cb) { return m_client->rejectOrder(pending.at(0), this, cb); });
        QVERIFY(rejectApproved && !rejectApproved->ok());
        QCOMPARE(rejectApproved->error().httpStatus, 422);

        // The reconciler reads both back as applied.
        tremendous::Reconciler reconciler(m_transport,
                                          [this](const QString&) { return std::optional(endpoint(m_auth)); });
        for (const auto& [id, action] :
             {std::pair{pending.at(0), u"approve"_s}, std::pair{pending.at(1), u"reject"_s}}) {
            JournalEntry e;
            e.id = u"e"_s;
            e.accountId = u"a"_s;
            e.vendor = Vendor::Tremendous;
            e.objectType = u"order"_s;
            e.objectId = id;
            e.action = action;
            std::optional<tremendous::ReadBack> rb;
            reconciler.readBack(e, this, [&](const tremendous::ReadBack& r) { rb = r; });
            QVERIFY(waitFor([&] { return rb.has_value(); }));
            QCOMPARE(rb->result.verdict, ReconcileResult::Applied);
        }
        // An order still pending reads back as not approved.
        JournalEntry still;
        still.accountId = u"a"_s;
        still.objectType = u"order"_s;
        still.objectId = pending.at(2);
        still.action = u"approve"_s;
        std::optional<tremendous::ReadBack> rb;
        reconciler.readBack(still, this, [&](const tremendous::ReadBack& r) { rb = r; });
        QVERIFY(waitFor([&] { return rb.has_value(); }));
        QCOMPARE(rb->result.verdict, ReconcileResult::NotApplied);
    }

    void approvalErrors402And403And404() {
        const QStringList pending = sampleIds("pending_approval_order_ids");
        QVERIFY(!pending.isEmpty());

        // 402: the balance cannot pay for the order.
        QCOMPARE(control({{u"balance_cents"_s, 0}}).value(u"balance_cents"_s).toInt(), 0);
        auto poor = run<tremendous::Order>([&](auto cb) { return m_client->approveOrder(pending.first(), this, cb); });
        QVERIFY(poor && !poor->ok());
        QCOMPARE(poor->error().httpStatus, 402);
        QCOMPARE(poor->error().failure, FailureClass::Rejected);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, pending.first(), poor->error()),
                 u"Insufficient funds: the Tremendous balance cannot pay for this order. Add funds, then try again. "
                 "Nothing was changed."_s);
        control({{u"balance_cents"_s, 25000000}});

        // 403: "Allow approvals via API" is off.
        QCOMPARE(control({{u"approvals_via_api"_s, false}}).value(u"approvals_via_api"_s).toBool(), false);
        for (bool approve : {true, false}) {
            auto off = run<tremendous::Order>([&](auto cb) {
                return approve ? m_client->approveOrder(pending.first(), this, cb)
                               : m_client->rejectOrder(pending.first(), this, cb);
            });
            QVERIFY(off && !off->ok());
            QCOMPARE(off->error().httpStatus, 403);
            QCOMPARE(tremendous::actionErrorMessage(approve ? tremendous::Action::Approve : tremendous::Action::Reject,
                                                    pending.first(), off->error()),
                     u"Approvals via API is turned off for this organization (Tremendous dashboard > Order approvals). "
                     "Nothing was changed."_s);
        }
        control({{u"approvals_via_api"_s, true}});
        // Nothing was changed: the order is still pending.
        auto still = run<tremendous::Order>([&](auto cb) { return m_client->order(pending.first(), this, cb); });
        QVERIFY(still && still->ok());
        QCOMPARE(still->value().status, tremendous::OrderStatus::PendingApproval);

        // 404 everywhere.
        const QString nope = u"NOPE0000NOPE000"_s;
        auto o = run<tremendous::Order>([&](auto cb) { return m_client->order(nope, this, cb); });
        QVERIFY(o && !o->ok());
        QCOMPARE(o->error().httpStatus, 404);
        auto a = run<tremendous::Order>([&](auto cb) { return m_client->approveOrder(nope, this, cb); });
        QVERIFY(a && !a->ok());
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, nope, a->error()),
                 u"Tremendous has no order %1."_s.arg(nope));
        auto f = run<tremendous::FraudReview>([&](auto cb) { return m_client->fraudReview(nope, this, cb); });
        QVERIFY(f && !f->ok());
        QCOMPARE(f->error().httpStatus, 404);
        auto b = run<tremendous::FraudReview>([&](auto cb) { return m_client->blockFraudReview(nope, this, cb); });
        QVERIFY(b && !b->ok());
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Block, nope, b->error()),
                 u"Tremendous has no fraud review %1."_s.arg(nope));
        auto w = run<tremendous::Reward>([&](auto cb) { return m_client->reward(nope, this, cb); });
        QVERIFY(w && !w->ok());
        QCOMPARE(w->error().httpStatus, 404);
        auto c = run<tremendous::EmptyAnswer>([&](auto cb) { return m_client->cancelReward(nope, this, cb); });
        QVERIFY(c && !c->ok());
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Cancel, nope, c->error()),
                 u"Tremendous has no reward %1."_s.arg(nope));
        auto s = run<tremendous::FundingSource>([&](auto cb) { return m_client->fundingSource(nope, this, cb); });
        QVERIFY(s && !s->ok());
        QCOMPARE(s->error().httpStatus, 404);
    }

    void wrongKeyIs401() {
        StaticKeyAuthProvider wrong(Vendor::Tremendous, "TEST_wrong_key_0000");
        tremendous::Client client(m_transport, endpoint(&wrong));
        auto list = run<tremendous::OrderPage>([&](auto cb) { return client.listOrders({}, this, cb); });
        QVERIFY(list && !list->ok());
        QCOMPARE(list->error().httpStatus, 401);
        QCOMPARE(tremendous::lookupErrorMessage(list->error(), client.accountLabel()),
                 u"The API key for Tremendous (demo) was rejected. Open File > Accounts to replace it."_s);
        const QString pending = sampleIds("pending_approval_order_ids").value(0);
        auto approve = run<tremendous::Order>([&](auto cb) { return client.approveOrder(pending, this, cb); });
        QVERIFY(approve && !approve->ok());
        QCOMPARE(approve->error().httpStatus, 401);
        QCOMPARE(approve->error().failure, FailureClass::Rejected);
        QVERIFY(tremendous::actionErrorMessage(tremendous::Action::Approve, pending, approve->error(),
                                               client.accountLabel())
                    .startsWith(u"The API key for Tremendous (demo) was rejected."_s));
    }

    void rateLimited429() {
        // A lookup: the transport retries a 429 once Retry-After allows; above the cap, the caller is told.
        Fault f;
        f.kind = Fault::Kind::RateLimit;
        f.method = "GET";
        f.path = Prefix + u"/campaigns"_s;
        f.count = 1;
        f.retryAfterSeconds = 5; // above the 500 ms cap of this test: not waited for
        m_sandbox->faults()->add(f);
        auto c = run<QList<tremendous::Campaign>>([&](auto cb) { return m_client->campaigns(this, cb); });
        QVERIFY(c && !c->ok());
        QCOMPARE(c->error().httpStatus, 429);
        QCOMPARE(c->error().retryAfterSeconds, 5);
        QCOMPARE(tremendous::lookupErrorMessage(c->error()),
                 u"Tremendous is limiting requests. Wait a few seconds, then refresh."_s);

        // An action: one request, not retried, not applied.
        const QString pending = sampleIds("pending_approval_order_ids").value(0);
        m_sandbox->faults()->inject(Fault::Kind::RateLimit, Prefix + u"/order_approvals/%1/approve"_s.arg(pending), 1,
                                    "POST");
        auto a = run<tremendous::Order>([&](auto cb) { return m_client->approveOrder(pending, this, cb); });
        QVERIFY(a && !a->ok());
        QCOMPARE(a->error().httpStatus, 429);
        QCOMPARE(a->error().failure, FailureClass::Rejected);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, pending, a->error()),
                 u"Tremendous is limiting requests; nothing was changed. Try again in a few seconds."_s);
        QTest::qWait(100);
        QCOMPARE(count("POST", u"/order_approvals/%1/approve"_s.arg(pending)), 1);
        auto still = run<tremendous::Order>([&](auto cb) { return m_client->order(pending, this, cb); });
        QVERIFY(still && still->ok());
        QCOMPARE(still->value().status, tremendous::OrderStatus::PendingApproval);
    }

    void lostAnswerIsReadBack() {
        const QString pending = sampleIds("pending_approval_order_ids").value(0);
        const QString path = u"/order_approvals/%1/approve"_s.arg(pending);
        m_sandbox->faults()->inject(Fault::Kind::DropAfterApply, Prefix + path, 1, "POST");
        auto a = run<tremendous::Order>([&](auto cb) { return m_client->approveOrder(pending, this, cb); });
        QVERIFY(a && !a->ok());
        QCOMPARE(a->error().failure, FailureClass::Unknown);
        QTest::qWait(200);
        QCOMPARE(count("POST", path), 1);
        tremendous::Reconciler reconciler(m_transport,
                                          [this](const QString&) { return std::optional(endpoint(m_auth)); });
        JournalEntry e;
        e.accountId = u"a"_s;
        e.objectType = u"order"_s;
        e.objectId = pending;
        e.action = u"approve"_s;
        std::optional<tremendous::ReadBack> rb;
        reconciler.readBack(e, this, [&](const tremendous::ReadBack& r) { rb = r; });
        QVERIFY(waitFor([&] { return rb.has_value(); }));
        QCOMPARE(rb->result.verdict, ReconcileResult::Applied); // the sandbox applied it before dropping
        QCOMPARE(count("POST", path), 1);
    }

    void fraudReviews() {
        tremendous::FraudReviewQuery q;
        q.limit = 100;
        auto all = run<tremendous::FraudReviewPage>([&](auto cb) { return m_client->listFraudReviews(q, this, cb); });
        QVERIFY(all);
        QVERIFY2(all->ok(), qPrintable(why(*all)));
        QVERIFY(!all->value().reviews.isEmpty());
        QCOMPARE(all->value().totalCount, std::optional<qint64>(all->value().reviews.size()));
        verifyNoFieldErrors(all->value().reviews);
        bool undocumentedReason = false;
        for (const tremendous::FraudReview& r : all->value().reviews) {
            QVERIFY(!r.id().isEmpty());
            QVERIFY(r.status != tremendous::FraudStatus::Unknown);
            QVERIFY(r.redeemedAt);
            for (const QString& reason : r.reasons) {
                if (!tremendous::fraudReasonKnown(reason)) {
                    undocumentedReason = true;
                    QVERIFY(tremendous::fraudReasonExplanation(reason).startsWith(u"unknown ("_s));
                }
            }
            if (r.status == tremendous::FraudStatus::Flagged)
                QCOMPARE(r.autoBlockAt(), std::optional<QDateTime>(r.redeemedAt->addDays(30)));
        }
        QVERIFY(undocumentedReason); // the sandbox's "Velocity check" (open enums)

        q.status = u"flagged"_s;
        auto flagged =
            run<tremendous::FraudReviewPage>([&](auto cb) { return m_client->listFraudReviews(q, this, cb); });
        QVERIFY(flagged && flagged->ok());
        QVERIFY(!flagged->value().reviews.isEmpty());
        for (const tremendous::FraudReview& r : flagged->value().reviews)
            QCOMPARE(r.status, tremendous::FraudStatus::Flagged);

        // redeemed_at window around one review.
        const tremendous::FraudReview pick = all->value().reviews.at(all->value().reviews.size() / 2);
        q = {};
        q.redeemedGte = *pick.redeemedAt;
        q.redeemedLte = *pick.redeemedAt;
        auto window =
            run<tremendous::FraudReviewPage>([&](auto cb) { return m_client->listFraudReviews(q, this, cb); });
        QVERIFY(window && window->ok());
        QVERIFY(std::any_of(window->value().reviews.cbegin(), window->value().reviews.cend(),
                            [&](const tremendous::FraudReview& r) { return r.id() == pick.id(); }));

        // Details: risk and related rewards.
        auto detail = run<tremendous::FraudReview>([&](auto cb) { return m_client->fraudReview(pick.id(), this, cb); });
        QVERIFY(detail && detail->ok());
        QVERIFY2(detail->value().fieldErrors.isEmpty(), qPrintable(detail->value().fieldErrors.join(u"; ")));
        QVERIFY(detail->value().risk != tremendous::Risk::Unknown);
        QVERIFY(detail->value().relatedRewards);

        // Release one, block another; a decided review cannot be decided again (422).
        const QStringList ids = sampleIds("flagged_review_ids");
        QVERIFY(ids.size() >= 2);
        auto released =
            run<tremendous::FraudReview>([&](auto cb) { return m_client->releaseFraudReview(ids.at(0), this, cb); });
        QVERIFY2(released && released->ok(), released ? qPrintable(why(*released)) : "no answer");
        QCOMPARE(released->value().status, tremendous::FraudStatus::Released);
        QVERIFY(released->value().reviewedAt);
        auto blocked =
            run<tremendous::FraudReview>([&](auto cb) { return m_client->blockFraudReview(ids.at(1), this, cb); });
        QVERIFY(blocked && blocked->ok());
        QCOMPARE(blocked->value().status, tremendous::FraudStatus::Blocked);
        auto twice =
            run<tremendous::FraudReview>([&](auto cb) { return m_client->blockFraudReview(ids.at(0), this, cb); });
        QVERIFY(twice && !twice->ok());
        QCOMPARE(twice->error().httpStatus, 422);
        QVERIFY(tremendous::mayBeAlreadyHandled(twice->error()));
        QCOMPARE(count("PUT", u"/fraud_reviews/%1/release"_s.arg(ids.at(0))), 1);
    }

    void rewardsResendCancelAndLinks() {
        tremendous::RewardQuery q;
        q.limit = 200;
        auto page = run<tremendous::RewardPage>([&](auto cb) { return m_client->listRewards(q, this, cb); });
        QVERIFY(page);
        QVERIFY2(page->ok(), qPrintable(why(*page)));
        QCOMPARE(page->value().rewards.size(), 200);
        verifyNoFieldErrors(page->value().rewards);

        // Custom-field query: label=value.
        const auto tagged = std::find_if(page->value().rewards.cbegin(), page->value().rewards.cend(),
                                         [](const tremendous::Reward& r) { return !r.customFields.isEmpty(); });
        QVERIFY(tagged != page->value().rewards.cend());
        const tremendous::CustomField field = tagged->customFields.first();
        tremendous::RewardQuery byField;
        byField.limit = 500;
        byField.customFields = {{field.label, field.value.value_or(QString())}};
        auto filtered = run<tremendous::RewardPage>([&](auto cb) { return m_client->listRewards(byField, this, cb); });
        QVERIFY(filtered && filtered->ok());
        QVERIFY(!filtered->value().rewards.isEmpty());
        for (const tremendous::Reward& r : filtered->value().rewards) {
            QVERIFY(std::any_of(r.customFields.cbegin(), r.customFields.cend(), [&](const tremendous::CustomField& f) {
                return f.label.compare(field.label, Qt::CaseInsensitive) == 0 && f.value == field.value;
            }));
        }

        auto one = run<tremendous::Reward>([&](auto cb) { return m_client->reward(tagged->id, this, cb); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().id, tagged->id);
        QCOMPARE(one->value().value, tagged->value);

        const QStringList failed = sampleIds("failed_reward_ids");
        QVERIFY(failed.size() >= 2);
        // Resend to the same address: {} answered with {}; the delivery is no longer FAILED.
        auto resent =
            run<tremendous::EmptyAnswer>([&](auto cb) { return m_client->resendReward(failed.at(0), {}, this, cb); });
        QVERIFY2(resent && resent->ok(), resent ? qPrintable(why(*resent)) : "no answer");
        auto after = run<tremendous::Reward>([&](auto cb) { return m_client->reward(failed.at(0), this, cb); });
        QVERIFY(after && after->ok());
        QVERIFY(after->value().deliveryStatus != tremendous::DeliveryStatus::Failed);
        // Only failed deliveries can be resent: 422 now.
        auto again =
            run<tremendous::EmptyAnswer>([&](auto cb) { return m_client->resendReward(failed.at(0), {}, this, cb); });
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error().httpStatus, 422);
        QVERIFY(tremendous::actionErrorMessage(tremendous::Action::Resend, failed.at(0), again->error())
                    .startsWith(u"Tremendous refused to resend reward"_s));
        // Both addresses at once: refused locally, nothing sent.
        const int posts = count("POST", u"/rewards/%1/resend"_s.arg(failed.at(1)));
        auto both = run<tremendous::EmptyAnswer>([&](auto cb) {
            return m_client->resendReward(failed.at(1), {u"a@example.com"_s, u"+15555550100"_s}, this, cb);
        });
        QVERIFY(both && !both->ok());
        QVERIFY(both->error().isNotSent());
        QCOMPARE(count("POST", u"/rewards/%1/resend"_s.arg(failed.at(1))), posts);

        // Cancel: {}; its order then shows a refund (or is canceled); cancelling again is 422.
        auto canceled =
            run<tremendous::EmptyAnswer>([&](auto cb) { return m_client->cancelReward(failed.at(1), this, cb); });
        QVERIFY2(canceled && canceled->ok(), canceled ? qPrintable(why(*canceled)) : "no answer");
        auto reward = run<tremendous::Reward>([&](auto cb) { return m_client->reward(failed.at(1), this, cb); });
        QVERIFY(reward && reward->ok());
        auto order =
            run<tremendous::Order>([&](auto cb) { return m_client->order(reward->value().orderId, this, cb); });
        QVERIFY(order && order->ok());
        QVERIFY(order->value().status == tremendous::OrderStatus::Canceled ||
                (order->value().payment && order->value().payment->refund));
        auto twice =
            run<tremendous::EmptyAnswer>([&](auto cb) { return m_client->cancelReward(failed.at(1), this, cb); });
        QVERIFY(twice && !twice->ok());
        QCOMPARE(twice->error().httpStatus, 422);

        // The reconciler agrees that the cancel happened and that the resend happened.
        tremendous::Reconciler reconciler(m_transport,
                                          [this](const QString&) { return std::optional(endpoint(m_auth)); });
        for (const auto& [id, action] : {std::pair{failed.at(1), u"cancel"_s}, std::pair{failed.at(0), u"resend"_s}}) {
            JournalEntry e;
            e.accountId = u"a"_s;
            e.objectType = u"reward"_s;
            e.objectId = id;
            e.action = action;
            std::optional<tremendous::ReadBack> rb;
            reconciler.readBack(e, this, [&](const tremendous::ReadBack& r) { rb = r; });
            QVERIFY(waitFor([&] { return rb.has_value(); }));
            if (action == u"cancel"_s) {
                // A refund on an order with several rewards may belong to another one: only a CANCELED order or a
                // single-reward order with a covering refund proves this cancel; anything else stays unknown.
                auto reward = run<tremendous::Reward>([&](auto cb) { return m_client->reward(id, this, cb); });
                QVERIFY(reward && reward->ok());
                auto owner =
                    run<tremendous::Order>([&](auto cb) { return m_client->order(reward->value().orderId, this, cb); });
                QVERIFY(owner && owner->ok());
                const bool provable =
                    owner->value().status == tremendous::OrderStatus::Canceled || owner->value().rewards.size() == 1;
                QVERIFY2(rb->result.verdict == (provable ? ReconcileResult::Applied : ReconcileResult::StillUnknown),
                         qPrintable(rb->result.message));
                continue;
            }
            QVERIFY2(rb->result.verdict == ReconcileResult::Applied, qPrintable(rb->result.message));
        }

        // generate_link: a link for a reward of an executed order; 403 for the canceled one.
        const auto delivered =
            std::find_if(page->value().rewards.cbegin(), page->value().rewards.cend(), [](const tremendous::Reward& r) {
                return r.deliveryStatus == tremendous::DeliveryStatus::Succeeded;
            });
        QVERIFY(delivered != page->value().rewards.cend());
        auto link =
            run<tremendous::RewardLink>([&](auto cb) { return m_client->generateRewardLink(delivered->id, this, cb); });
        QVERIFY2(link && link->ok(), link ? qPrintable(why(*link)) : "no answer");
        QCOMPARE(link->value().rewardId, delivered->id);
        QVERIFY(link->value().link.startsWith(u"http"_s));
        auto forbidden =
            run<tremendous::RewardLink>([&](auto cb) { return m_client->generateRewardLink(failed.at(1), this, cb); });
        QVERIFY(forbidden && !forbidden->ok());
        QCOMPARE(forbidden->error().httpStatus, 403);
    }

    void referenceData() {
        auto sources =
            run<QList<tremendous::FundingSource>>([&](auto cb) { return m_client->fundingSources(this, cb); });
        QVERIFY(sources);
        QVERIFY2(sources->ok(), qPrintable(why(*sources)));
        verifyNoFieldErrors(sources->value());
        const auto balance = std::find_if(sources->value().cbegin(), sources->value().cend(),
                                          [](const tremendous::FundingSource& f) { return f.methodRaw == u"balance"; });
        QVERIFY(balance != sources->value().cend());
        QVERIFY(balance->available);
        QCOMPARE(balance->available->cents, std::optional<qint64>(25000000));
        QCOMPARE(balance->label, u"Balance"_s);

        control({{u"balance_cents"_s, 1234567}});
        auto fresh =
            run<tremendous::FundingSource>([&](auto cb) { return m_client->fundingSource(u"balance"_s, this, cb); });
        QVERIFY2(fresh && fresh->ok(), fresh ? qPrintable(why(*fresh)) : "no answer");
        QCOMPARE(fresh->value().available->cents, std::optional<qint64>(1234567));
        QCOMPARE(fresh->value().available->amountText(), u"12345.67"_s);

        auto products = run<QList<tremendous::Product>>([&](auto cb) { return m_client->products(this, cb); });
        QVERIFY(products && products->ok());
        QVERIFY(!products->value().isEmpty());
        for (const tremendous::Product& p : products->value()) {
            QVERIFY(!p.id.isEmpty());
            QVERIFY(!p.currencyCodes.isEmpty());
        }
        auto campaigns = run<QList<tremendous::Campaign>>([&](auto cb) { return m_client->campaigns(this, cb); });
        QVERIFY(campaigns && campaigns->ok());
        QVERIFY(!campaigns->value().isEmpty());
        auto rules = run<QList<tremendous::FraudRule>>([&](auto cb) { return m_client->fraudRules(this, cb); });
        QVERIFY(rules && rules->ok());
        QVERIFY(!rules->value().isEmpty());
        for (const tremendous::FraudRule& r : rules->value())
            QVERIFY2(!tremendous::fraudRuleDisplay(r.ruleTypeRaw).startsWith(u"unknown"_s), qPrintable(r.ruleTypeRaw));
    }
};

QTEST_GUILESS_MAIN(TestTremendousClient)
#include "tst_tremendousclient.moc"
