#include "api/tremendous/tremendousclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "api/core/httptransport.h"
#include "api/core/paging.h"
#include "api/tremendous/tremendousactions.h"

Q_LOGGING_CATEGORY(lcTremendous, "rewarddesk.tremendous")

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

// ISO 8601 UTC with Z, e.g. 2024-05-01T10:00:00Z (the spec: "The string needs to be an ISO 8601 datetime").
// Milliseconds are kept when there are any (2024-05-01T10:00:00.250Z): dropping them would move an lte bound
// before the record it was taken from.
QString isoUtc(const QDateTime& dt) {
    const QDateTime utc = dt.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

// Query values are added decoded; the transport percent-encodes every key and value (created_at%5Bgte%5D).
void addDateFilter(QUrlQuery* q, const QString& key, const std::optional<QDateTime>& dt) {
    if (dt && dt->isValid())
        q->addQueryItem(key, isoUtc(*dt));
}

void addOrderFilters(QUrlQuery* q, const OrderQuery& f) {
    if (!f.campaignId.trimmed().isEmpty())
        q->addQueryItem(u"campaign_id"_s, f.campaignId.trimmed());
    if (!f.externalId.trimmed().isEmpty())
        q->addQueryItem(u"external_id"_s, f.externalId.trimmed());
    addDateFilter(q, u"created_at[gte]"_s, f.createdGte);
    addDateFilter(q, u"created_at[lte]"_s, f.createdLte);
}

void addFraudReviewFilters(QUrlQuery* q, const FraudReviewQuery& f) {
    if (f.status && !f.status->trimmed().isEmpty())
        q->addQueryItem(u"status"_s, f.status->trimmed().toLower());
    addDateFilter(q, u"created_at[gte]"_s, f.createdGte);
    addDateFilter(q, u"created_at[lte]"_s, f.createdLte);
    addDateFilter(q, u"redeemed_at[gte]"_s, f.redeemedGte);
    addDateFilter(q, u"redeemed_at[lte]"_s, f.redeemedLte);
}

void addRewardFilters(QUrlQuery* q, const RewardQuery& f) {
    for (const auto& field : f.customFields) {
        const QString label = field.first.trimmed();
        if (label.isEmpty() || label == u"offset" || label == u"limit")
            continue; // would change paging, not filter
        q->addQueryItem(label, field.second);
    }
}

void addOffsetLimit(QUrlQuery* q, qint64 offset, int limit, int maxLimit) {
    q->addQueryItem(u"offset"_s, QString::number(qMax(qint64(0), offset)));
    q->addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, maxLimit)));
}

// A path segment for an id: trimmed and percent-encoded; empty when the id cannot be sent.
QString idSegment(const QString& id) {
    const QString t = id.trimmed();
    if (t.isEmpty() || t == u"." || t == u"..")
        return {};
    return QString::fromLatin1(QUrl::toPercentEncoding(t));
}

QString emptyIdProblem() {
    return QCoreApplication::translate("rd::tremendous::Client", "The ID is empty.");
}

} // namespace

Client::Client(HttpTransport* transport, const Endpoint& endpoint, QObject* parent)
    : Client(transport, fixedEndpoint(endpoint), parent) {}

Client::Client(HttpTransport* transport, EndpointProvider provider, QObject* parent)
    : VendorClient({Vendor::Tremendous, &lcTremendous, 32 * 1024 * 1024 /* a page of 500 orders with their rewards */},
                   transport, std::move(provider), parent) {}

Client::~Client() = default;

template <typename T>
CallHandle Client::lookupObject(const QString& collection, const QString& rawId, const QString& label, QObject* context,
                                Callback<T> done, Parser<T> parse) {
    const QString id = idSegment(rawId);
    if (id.isEmpty())
        return refuse(refusedLocally(emptyIdProblem(), false), context, std::move(done));
    return sendParsedInline<T>(makeRequest("GET", collection + id, RequestKind::Lookup, label), context,
                               std::move(done), std::move(parse));
}

template <typename T>
CallHandle Client::sendAction(const QByteArray& method, const QString& collection, const QString& rawId,
                              const QString& verb, const QString& label, QByteArray body, QObject* context,
                              Callback<T> done, Parser<T> parse) {
    const QString id = idSegment(rawId);
    if (id.isEmpty())
        return refuse(refusedLocally(emptyIdProblem(), true), context, std::move(done));
    const QString objectId = rawId.trimmed();
    // Never retried: one request per call. An empty body still goes out as a one-shot body (Content-Length: 0), so
    // Qt cannot silently re-send it after a dropped connection either (see httptransport.cpp, OneShotBody).
    HttpRequest r = makeRequest(method, collection + id + verb, RequestKind::Action, label);
    if (!body.isEmpty()) {
        r.body = std::move(body);
        r.contentType = "application/json";
    }
    return send(std::move(r), context,
                [info = traits(), label, objectId, done = std::move(done),
                 parse = std::move(parse)](ApiResult<HttpResponse> response) {
                    if (!response.ok()) {
                        const ApiError& e = response.error();
                        qCInfo(lcTremendous).noquote() << u"%1 %2 failed: HTTP %3, %4 (request %5)"_s.arg(
                            label, objectId, QString::number(e.httpStatus),
                            e.isNotSent()    ? u"not sent"_s
                            : e.isRejected() ? u"rejected"_s
                                             : u"outcome unknown"_s,
                            e.requestId);
                        done(e);
                        return;
                    }
                    ApiResult<T> parsed = parse(response.value().body);
                    if (!parsed.ok()) {
                        done(parseFailure(info, parsed.error(), response.value().requestId, true, label));
                        return;
                    }
                    qCInfo(lcTremendous).noquote() << u"%1 %2 succeeded: HTTP %3 (request %4)"_s.arg(
                        label, objectId, QString::number(response.value().status), response.value().requestId);
                    done(std::move(parsed));
                });
}

// ---- orders ------------------------------------------------------------------------------------------------------

CallHandle Client::listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done) {
    HttpRequest r = makeRequest("GET", u"/orders"_s, RequestKind::Lookup, u"list orders"_s);
    addOffsetLimit(&r.query, query.offset, query.limit, 500);
    addOrderFilters(&r.query, query);
    return sendParsedInWorker<OrderPage>(std::move(r), context, std::move(done), &parseOrderPage);
}

CallHandle Client::ordersPage(const Pager& pager, const OrderQuery& filters, QObject* context, RawCallback done) {
    HttpRequest r = makeRequest("GET", u"/orders"_s, RequestKind::Lookup, u"list orders"_s);
    pager.applyTo(&r.query);
    addOrderFilters(&r.query, filters);
    return send(std::move(r), context, std::move(done));
}

CallHandle Client::order(const QString& idOrExternalId, QObject* context, Callback<Order> done) {
    return lookupObject<Order>(u"/orders/"_s, idOrExternalId, u"order details"_s, context, std::move(done),
                               &parseOrderAnswer);
}

CallHandle Client::approveOrder(const QString& orderId, QObject* context, Callback<Order> done) {
    return sendAction<Order>("POST", u"/order_approvals/"_s, orderId, u"/approve"_s, u"approve order"_s, {}, context,
                             std::move(done), &parseOrderAnswer);
}

CallHandle Client::rejectOrder(const QString& orderId, QObject* context, Callback<Order> done) {
    return sendAction<Order>("POST", u"/order_approvals/"_s, orderId, u"/reject"_s, u"reject order"_s, {}, context,
                             std::move(done), &parseOrderAnswer);
}

// ---- fraud reviews -----------------------------------------------------------------------------------------------

CallHandle Client::listFraudReviews(const FraudReviewQuery& query, QObject* context, Callback<FraudReviewPage> done) {
    HttpRequest r = makeRequest("GET", u"/fraud_reviews"_s, RequestKind::Lookup, u"list fraud reviews"_s);
    addOffsetLimit(&r.query, query.offset, query.limit, 100);
    addFraudReviewFilters(&r.query, query);
    return sendParsedInWorker<FraudReviewPage>(std::move(r), context, std::move(done), &parseFraudReviewPage);
}

CallHandle Client::fraudReviewsPage(const Pager& pager, const FraudReviewQuery& filters, QObject* context,
                                    RawCallback done) {
    HttpRequest r = makeRequest("GET", u"/fraud_reviews"_s, RequestKind::Lookup, u"list fraud reviews"_s);
    pager.applyTo(&r.query);
    addFraudReviewFilters(&r.query, filters);
    return send(std::move(r), context, std::move(done));
}

CallHandle Client::fraudReview(const QString& rewardId, QObject* context, Callback<FraudReview> done) {
    return lookupObject<FraudReview>(u"/fraud_reviews/"_s, rewardId, u"fraud review details"_s, context,
                                     std::move(done), &parseFraudReviewAnswer);
}

CallHandle Client::releaseFraudReview(const QString& rewardId, QObject* context, Callback<FraudReview> done) {
    return sendAction<FraudReview>("PUT", u"/fraud_reviews/"_s, rewardId, u"/release"_s, u"release fraud review"_s, {},
                                   context, std::move(done), &parseFraudReviewAnswer);
}

CallHandle Client::blockFraudReview(const QString& rewardId, QObject* context, Callback<FraudReview> done) {
    return sendAction<FraudReview>("PUT", u"/fraud_reviews/"_s, rewardId, u"/block"_s, u"block fraud review"_s, {},
                                   context, std::move(done), &parseFraudReviewAnswer);
}

// ---- rewards -----------------------------------------------------------------------------------------------------

CallHandle Client::listRewards(const RewardQuery& query, QObject* context, Callback<RewardPage> done) {
    HttpRequest r = makeRequest("GET", u"/rewards"_s, RequestKind::Lookup, u"list rewards"_s);
    addOffsetLimit(&r.query, query.offset, query.limit, 500);
    addRewardFilters(&r.query, query);
    return sendParsedInWorker<RewardPage>(std::move(r), context, std::move(done), &parseRewardPage);
}

CallHandle Client::rewardsPage(const Pager& pager, const RewardQuery& filters, QObject* context, RawCallback done) {
    HttpRequest r = makeRequest("GET", u"/rewards"_s, RequestKind::Lookup, u"list rewards"_s);
    pager.applyTo(&r.query);
    addRewardFilters(&r.query, filters);
    return send(std::move(r), context, std::move(done));
}

CallHandle Client::reward(const QString& rewardId, QObject* context, Callback<Reward> done) {
    return lookupObject<Reward>(u"/rewards/"_s, rewardId, u"reward details"_s, context, std::move(done),
                                &parseRewardAnswer);
}

CallHandle Client::resendReward(const QString& rewardId, const ResendTarget& target, QObject* context,
                                Callback<EmptyAnswer> done) {
    const QString email = target.updatedEmail.trimmed();
    const QString phone = target.updatedPhone.trimmed();
    if (!idSegment(rewardId).isEmpty() && !email.isEmpty() && !phone.isEmpty()) {
        // The API takes one of them; which one would win is not documented, so neither is sent.
        return refuse(refusedLocally(QCoreApplication::translate(
                                         "rd::tremendous::Client",
                                         "Give either a new e-mail address or a new phone number, not both."),
                                     true),
                      context, std::move(done));
    }
    QJsonObject body;
    if (!email.isEmpty())
        body.insert(u"updated_email"_s, email);
    else if (!phone.isEmpty())
        body.insert(u"updated_phone"_s, phone);
    return sendAction<EmptyAnswer>("POST", u"/rewards/"_s, rewardId, u"/resend"_s, u"resend reward"_s,
                                   QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done),
                                   &parseEmptyAnswer);
}

CallHandle Client::cancelReward(const QString& rewardId, QObject* context, Callback<EmptyAnswer> done) {
    return sendAction<EmptyAnswer>("POST", u"/rewards/"_s, rewardId, u"/cancel"_s, u"cancel reward"_s, {}, context,
                                   std::move(done), &parseEmptyAnswer);
}

CallHandle Client::generateRewardLink(const QString& rewardId, QObject* context, Callback<RewardLink> done) {
    const QString requested = rewardId.trimmed();
    // The link is redeemable money: sendAction logs only the reward id and the status, never the body.
    return sendAction<RewardLink>("POST", u"/rewards/"_s, rewardId, u"/generate_link"_s, u"generate reward link"_s, {},
                                  context, std::move(done),
                                  [requested](const QByteArray& body) -> ApiResult<RewardLink> {
                                      ApiResult<RewardLink> r = parseRewardLink(body);
                                      if (r.ok() && r.value().rewardId.isEmpty())
                                          r.value().rewardId = requested;
                                      return r;
                                  });
}

// ---- reference data ----------------------------------------------------------------------------------------------

CallHandle Client::fundingSources(QObject* context, Callback<QList<FundingSource>> done) {
    return sendParsedInline<QList<FundingSource>>(
        makeRequest("GET", u"/funding_sources"_s, RequestKind::Lookup, u"list funding sources"_s), context,
        std::move(done), &parseFundingSources);
}

CallHandle Client::fundingSource(const QString& idOrKeyword, QObject* context, Callback<FundingSource> done) {
    return lookupObject<FundingSource>(u"/funding_sources/"_s, idOrKeyword, u"funding source"_s, context,
                                       std::move(done), &parseFundingSourceAnswer);
}

CallHandle Client::products(QObject* context, Callback<QList<Product>> done) {
    // The catalogue can be long (hundreds of products with their countries and images): parsed in a worker.
    return sendParsedInWorker<QList<Product>>(
        makeRequest("GET", u"/products"_s, RequestKind::Lookup, u"list products"_s), context, std::move(done),
        &parseProducts);
}

CallHandle Client::campaigns(QObject* context, Callback<QList<Campaign>> done) {
    return sendParsedInline<QList<Campaign>>(
        makeRequest("GET", u"/campaigns"_s, RequestKind::Lookup, u"list campaigns"_s), context, std::move(done),
        &parseCampaigns);
}

CallHandle Client::fraudRules(QObject* context, Callback<QList<FraudRule>> done) {
    return sendParsedInline<QList<FraudRule>>(
        makeRequest("GET", u"/fraud_rules"_s, RequestKind::Lookup, u"list fraud rules"_s), context, std::move(done),
        &parseFraudRules);
}

} // namespace rd::tremendous
