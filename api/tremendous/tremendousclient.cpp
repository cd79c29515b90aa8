#include "tremendousclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "core/httptransport.h"
#include "core/paging.h"
#include "tremendousactions.h"

Q_LOGGING_CATEGORY(lcTremendous, "rewarddesk.tremendous")

using namespace Qt::StringLiterals;

namespace rd {

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

void addOrderFilters(QUrlQuery* q, const TrOrderQuery& f) {
    if (!f.campaignId.trimmed().isEmpty())
        q->addQueryItem(u"campaign_id"_s, f.campaignId.trimmed());
    if (!f.externalId.trimmed().isEmpty())
        q->addQueryItem(u"external_id"_s, f.externalId.trimmed());
    addDateFilter(q, u"created_at[gte]"_s, f.createdGte);
    addDateFilter(q, u"created_at[lte]"_s, f.createdLte);
}

void addFraudReviewFilters(QUrlQuery* q, const TrFraudReviewQuery& f) {
    if (f.status && !f.status->trimmed().isEmpty())
        q->addQueryItem(u"status"_s, f.status->trimmed().toLower());
    addDateFilter(q, u"created_at[gte]"_s, f.createdGte);
    addDateFilter(q, u"created_at[lte]"_s, f.createdLte);
    addDateFilter(q, u"redeemed_at[gte]"_s, f.redeemedGte);
    addDateFilter(q, u"redeemed_at[lte]"_s, f.redeemedLte);
}

void addRewardFilters(QUrlQuery* q, const TrRewardQuery& f) {
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
    return QCoreApplication::translate("rd::TremendousClient", "The ID is empty.");
}

} // namespace

TremendousClient::TremendousClient(HttpTransport* transport, const Endpoint& endpoint, QObject* parent)
    : TremendousClient(transport, fixedEndpoint(endpoint), parent) {}

TremendousClient::TremendousClient(HttpTransport* transport, EndpointProvider provider, QObject* parent)
    : VendorClient({Vendor::Tremendous, &lcTremendous, 32 * 1024 * 1024 /* a page of 500 orders with their rewards */},
                   transport, std::move(provider), parent) {}

TremendousClient::~TremendousClient() = default;

template <typename T>
CallHandle TremendousClient::lookupObject(const QString& collection, const QString& rawId, const QString& label,
                                          QObject* context, Callback<T> done, Parser<T> parse) {
    const QString id = idSegment(rawId);
    if (id.isEmpty())
        return refuse(trRefusedLocally(emptyIdProblem(), false), context, std::move(done));
    return sendParsedInline<T>(makeRequest("GET", collection + id, RequestKind::Lookup, label), context,
                               std::move(done), std::move(parse));
}

template <typename T>
CallHandle TremendousClient::sendAction(const QByteArray& method, const QString& collection, const QString& rawId,
                                        const QString& verb, const QString& label, QByteArray body, QObject* context,
                                        Callback<T> done, Parser<T> parse) {
    const QString id = idSegment(rawId);
    if (id.isEmpty())
        return refuse(trRefusedLocally(emptyIdProblem(), true), context, std::move(done));
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

CallHandle TremendousClient::listOrders(const TrOrderQuery& query, QObject* context, Callback<TrOrderPage> done) {
    HttpRequest r = makeRequest("GET", u"/orders"_s, RequestKind::Lookup, u"list orders"_s);
    addOffsetLimit(&r.query, query.offset, query.limit, 500);
    addOrderFilters(&r.query, query);
    return sendParsedInWorker<TrOrderPage>(std::move(r), context, std::move(done), &trParseOrderPage);
}

CallHandle TremendousClient::ordersPage(const Pager& pager, const TrOrderQuery& filters, QObject* context,
                                        RawCallback done) {
    HttpRequest r = makeRequest("GET", u"/orders"_s, RequestKind::Lookup, u"list orders"_s);
    pager.applyTo(&r.query);
    addOrderFilters(&r.query, filters);
    return send(std::move(r), context, std::move(done));
}

CallHandle TremendousClient::order(const QString& idOrExternalId, QObject* context, Callback<TrOrder> done) {
    return lookupObject<TrOrder>(u"/orders/"_s, idOrExternalId, u"order details"_s, context, std::move(done),
                                 &trParseOrderAnswer);
}

CallHandle TremendousClient::approveOrder(const QString& orderId, QObject* context, Callback<TrOrder> done) {
    return sendAction<TrOrder>("POST", u"/order_approvals/"_s, orderId, u"/approve"_s, u"approve order"_s, {}, context,
                               std::move(done), &trParseOrderAnswer);
}

CallHandle TremendousClient::rejectOrder(const QString& orderId, QObject* context, Callback<TrOrder> done) {
    return sendAction<TrOrder>("POST", u"/order_approvals/"_s, orderId, u"/reject"_s, u"reject order"_s, {}, context,
                               std::move(done), &trParseOrderAnswer);
}

// ---- fraud reviews -----------------------------------------------------------------------------------------------

CallHandle TremendousClient::listFraudReviews(const TrFraudReviewQuery& query, QObject* context,
                                              Callback<TrFraudReviewPage> done) {
    HttpRequest r = makeRequest("GET", u"/fraud_reviews"_s, RequestKind::Lookup, u"list fraud reviews"_s);
    addOffsetLimit(&r.query, query.offset, query.limit, 100);
    addFraudReviewFilters(&r.query, query);
    return sendParsedInWorker<TrFraudReviewPage>(std::move(r), context, std::move(done), &trParseFraudReviewPage);
}

CallHandle TremendousClient::fraudReviewsPage(const Pager& pager, const TrFraudReviewQuery& filters, QObject* context,
                                              RawCallback done) {
    HttpRequest r = makeRequest("GET", u"/fraud_reviews"_s, RequestKind::Lookup, u"list fraud reviews"_s);
    pager.applyTo(&r.query);
    addFraudReviewFilters(&r.query, filters);
    return send(std::move(r), context, std::move(done));
}

CallHandle TremendousClient::fraudReview(const QString& rewardId, QObject* context, Callback<TrFraudReview> done) {
    return lookupObject<TrFraudReview>(u"/fraud_reviews/"_s, rewardId, u"fraud review details"_s, context,
                                       std::move(done), &trParseFraudReviewAnswer);
}

CallHandle TremendousClient::releaseFraudReview(const QString& rewardId, QObject* context,
                                                Callback<TrFraudReview> done) {
    return sendAction<TrFraudReview>("PUT", u"/fraud_reviews/"_s, rewardId, u"/release"_s, u"release fraud review"_s,
                                     {}, context, std::move(done), &trParseFraudReviewAnswer);
}

CallHandle TremendousClient::blockFraudReview(const QString& rewardId, QObject* context, Callback<TrFraudReview> done) {
    return sendAction<TrFraudReview>("PUT", u"/fraud_reviews/"_s, rewardId, u"/block"_s, u"block fraud review"_s, {},
                                     context, std::move(done), &trParseFraudReviewAnswer);
}

// ---- rewards -----------------------------------------------------------------------------------------------------

CallHandle TremendousClient::listRewards(const TrRewardQuery& query, QObject* context, Callback<TrRewardPage> done) {
    HttpRequest r = makeRequest("GET", u"/rewards"_s, RequestKind::Lookup, u"list rewards"_s);
    addOffsetLimit(&r.query, query.offset, query.limit, 500);
    addRewardFilters(&r.query, query);
    return sendParsedInWorker<TrRewardPage>(std::move(r), context, std::move(done), &trParseRewardPage);
}

CallHandle TremendousClient::rewardsPage(const Pager& pager, const TrRewardQuery& filters, QObject* context,
                                         RawCallback done) {
    HttpRequest r = makeRequest("GET", u"/rewards"_s, RequestKind::Lookup, u"list rewards"_s);
    pager.applyTo(&r.query);
    addRewardFilters(&r.query, filters);
    return send(std::move(r), context, std::move(done));
}

CallHandle TremendousClient::reward(const QString& rewardId, QObject* context, Callback<TrReward> done) {
    return lookupObject<TrReward>(u"/rewards/"_s, rewardId, u"reward details"_s, context, std::move(done),
                                  &trParseRewardAnswer);
}

CallHandle TremendousClient::resendReward(const QString& rewardId, const TrResendTarget& target, QObject* context,
                                          Callback<TrEmptyAnswer> done) {
    const QString email = target.updatedEmail.trimmed();
    const QString phone = target.updatedPhone.trimmed();
    if (!idSegment(rewardId).isEmpty() && !email.isEmpty() && !phone.isEmpty()) {
        // The API takes one of them; which one would win is not documented, so neither is sent.
        return refuse(trRefusedLocally(QCoreApplication::translate(
                                           "rd::TremendousClient",
                                           "Give either a new e-mail address or a new phone number, not both."),
                                       true),
                      context, std::move(done));
    }
    QJsonObject body;
    if (!email.isEmpty())
        body.insert(u"updated_email"_s, email);
    else if (!phone.isEmpty())
        body.insert(u"updated_phone"_s, phone);
    return sendAction<TrEmptyAnswer>("POST", u"/rewards/"_s, rewardId, u"/resend"_s, u"resend reward"_s,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done),
                                     &trParseEmptyAnswer);
}

CallHandle TremendousClient::cancelReward(const QString& rewardId, QObject* context, Callback<TrEmptyAnswer> done) {
    return sendAction<TrEmptyAnswer>("POST", u"/rewards/"_s, rewardId, u"/cancel"_s, u"cancel reward"_s, {}, context,
                                     std::move(done), &trParseEmptyAnswer);
}

CallHandle TremendousClient::generateRewardLink(const QString& rewardId, QObject* context,
                                                Callback<TrRewardLink> done) {
    const QString requested = rewardId.trimmed();
    // The link is redeemable money: sendAction logs only the reward id and the status, never the body.
    return sendAction<TrRewardLink>("POST", u"/rewards/"_s, rewardId, u"/generate_link"_s, u"generate reward link"_s,
                                    {}, context, std::move(done),
                                    [requested](const QByteArray& body) -> ApiResult<TrRewardLink> {
                                        ApiResult<TrRewardLink> r = trParseRewardLink(body);
                                        if (r.ok() && r.value().rewardId.isEmpty())
                                            r.value().rewardId = requested;
                                        return r;
                                    });
}

// ---- reference data ----------------------------------------------------------------------------------------------

CallHandle TremendousClient::fundingSources(QObject* context, Callback<QList<TrFundingSource>> done) {
    return sendParsedInline<QList<TrFundingSource>>(
        makeRequest("GET", u"/funding_sources"_s, RequestKind::Lookup, u"list funding sources"_s), context,
        std::move(done), &trParseFundingSources);
}

CallHandle TremendousClient::fundingSource(const QString& idOrKeyword, QObject* context,
                                           Callback<TrFundingSource> done) {
    return lookupObject<TrFundingSource>(u"/funding_sources/"_s, idOrKeyword, u"funding source"_s, context,
                                         std::move(done), &trParseFundingSourceAnswer);
}

CallHandle TremendousClient::products(QObject* context, Callback<QList<TrProduct>> done) {
    // The catalogue can be long (hundreds of products with their countries and images): parsed in a worker.
    return sendParsedInWorker<QList<TrProduct>>(
        makeRequest("GET", u"/products"_s, RequestKind::Lookup, u"list products"_s), context, std::move(done),
        &trParseProducts);
}

CallHandle TremendousClient::campaigns(QObject* context, Callback<QList<TrCampaign>> done) {
    return sendParsedInline<QList<TrCampaign>>(
        makeRequest("GET", u"/campaigns"_s, RequestKind::Lookup, u"list campaigns"_s), context, std::move(done),
        &trParseCampaigns);
}

CallHandle TremendousClient::fraudRules(QObject* context, Callback<QList<TrFraudRule>> done) {
    return sendParsedInline<QList<TrFraudRule>>(
        makeRequest("GET", u"/fraud_rules"_s, RequestKind::Lookup, u"list fraud rules"_s), context, std::move(done),
        &trParseFraudRules);
}

} // namespace rd
