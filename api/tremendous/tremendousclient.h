#pragma once

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>

#include <chrono>
#include <functional>
#include <optional>

#include "api/core/apiresult.h"
#include "api/core/callhandle.h"
#include "api/core/endpoint.h"
#include "api/core/httprequest.h"
#include "api/core/vendorclient.h"
#include "api/tremendous/tremendoustypes.h"

Q_DECLARE_LOGGING_CATEGORY(lcTremendous)

namespace rd {

class HttpTransport;
class Pager;
} // namespace rd

namespace rd::tremendous {

// Filters of GET /orders. offset/limit come from the Pager for paged loads; for a single listOrders() call they are
// sent as given (limit is clamped to 1..500, the documented maximum).
struct OrderQuery {
    qint64 offset = 0;
    int limit = 100;
    QString campaignId;
    QString externalId;
    std::optional<QDateTime> createdGte; // created_at[gte], ISO 8601 UTC
    std::optional<QDateTime> createdLte; // created_at[lte]
};

// Filters of GET /fraud_reviews (limit 1..100, schema-enforced).
struct FraudReviewQuery {
    qint64 offset = 0;
    int limit = 100;
    std::optional<QString> status; // "flagged" | "blocked" | "released"; nullopt = all
    std::optional<QDateTime> createdGte, createdLte;
    std::optional<QDateTime> redeemedGte, redeemedLte;
};

// GET /rewards: offset/limit (max 500) plus custom-field queries, sent as `<label>=<value>` query items as the
// docs describe ("query for rewards by custom field attributes using the field label and values as query params").
struct RewardQuery {
    qint64 offset = 0;
    int limit = 100;
    QList<QPair<QString, QString>> customFields; // (label, value)
};

// POST /rewards/{id}/resend: to the same address (both empty), or to ONE updated e-mail or phone (the API accepts
// only one of them; the client refuses both at once locally, NotSent).
struct ResendTarget {
    QString updatedEmail;
    QString updatedPhone;
};

// EmptyAnswer (the `{}` answers of resend and cancel) is declared in tremendoustypes.h.

// The typed Tremendous API v2 client. Same calling contract as trucentive::Client:
//  - every method sends one request through the HttpTransport and calls `done` exactly once, on the GUI thread, later
//    from the event loop, only while `context` is alive; cancelling the handle means `done` is never called;
//  - auth is the endpoint's AuthProvider (`Authorization: Bearer <key>`); base URL from the account
//    (https://testflight.tremendous.com/api/v2 sandbox, https://api.tremendous.com/api/v2 production);
//  - lookups (GET) are RequestKind::Lookup (retried by the transport on network failures, 429 and 502-504);
//    approve, reject, release, block, resend, cancel and generate_link are RequestKind::Action: NEVER retried
//    (one request per call; an Unknown outcome is resolved by reading the object back: Reconciler);
//  - list pages are parsed in a worker thread, single objects inline;
//  - path ids are percent-encoded; an empty id is refused locally (NotSent);
//  - logging (rewarddesk.tremendous): ids, counts and outcomes only; never a key, recipient or reward link.
class Client : public VendorClient {
    Q_OBJECT
public:
    Client(HttpTransport* transport, const Endpoint& endpoint, QObject* parent = nullptr);
    Client(HttpTransport* transport, EndpointProvider provider, QObject* parent = nullptr);
    ~Client() override;

    // Orders
    CallHandle listOrders(const OrderQuery& query, QObject* context, Callback<OrderPage> done);
    // One page for a paged model: pager.applyTo() sets offset/limit, the query's filters are added; raw body.
    CallHandle ordersPage(const Pager& pager, const OrderQuery& filters, QObject* context, RawCallback done);
    CallHandle order(const QString& idOrExternalId, QObject* context, Callback<Order> done);
    CallHandle approveOrder(const QString& orderId, QObject* context, Callback<Order> done);
    CallHandle rejectOrder(const QString& orderId, QObject* context, Callback<Order> done);

    // Fraud reviews (the id is the reward id)
    CallHandle listFraudReviews(const FraudReviewQuery& query, QObject* context, Callback<FraudReviewPage> done);
    CallHandle fraudReviewsPage(const Pager& pager, const FraudReviewQuery& filters, QObject* context,
                                RawCallback done);
    CallHandle fraudReview(const QString& rewardId, QObject* context, Callback<FraudReview> done);
    CallHandle releaseFraudReview(const QString& rewardId, QObject* context, Callback<FraudReview> done);
    CallHandle blockFraudReview(const QString& rewardId, QObject* context, Callback<FraudReview> done);

    // Rewards
    CallHandle listRewards(const RewardQuery& query, QObject* context, Callback<RewardPage> done);
    CallHandle rewardsPage(const Pager& pager, const RewardQuery& filters, QObject* context, RawCallback done);
    CallHandle reward(const QString& rewardId, QObject* context, Callback<Reward> done);
    CallHandle resendReward(const QString& rewardId, const ResendTarget& target, QObject* context,
                            Callback<EmptyAnswer> done);
    CallHandle cancelReward(const QString& rewardId, QObject* context, Callback<EmptyAnswer> done);
    CallHandle generateRewardLink(const QString& rewardId, QObject* context, Callback<RewardLink> done);

    // Reference data
    CallHandle fundingSources(QObject* context, Callback<QList<FundingSource>> done);
    // GET /funding_sources/{id}; "BALANCE" gives the up-to-date balance (the list's value is cached).
    CallHandle fundingSource(const QString& idOrKeyword, QObject* context, Callback<FundingSource> done);
    CallHandle products(QObject* context, Callback<QList<Product>> done);
    CallHandle campaigns(QObject* context, Callback<QList<Campaign>> done);
    CallHandle fraudRules(QObject* context, Callback<QList<FraudRule>> done);

private:
    // GET <collection><id> parsed inline; an empty id is refused locally (NotSent).
    template <typename T>
    CallHandle lookupObject(const QString& collection, const QString& rawId, const QString& label, QObject* context,
                            Callback<T> done, Parser<T> parse);
    // The one path of the six actions and generate_link: <method> <collection><id><verb>, an Action request (never
    // retried), logged by id and outcome; an empty id is refused locally (NotSent).
    template <typename T>
    CallHandle sendAction(const QByteArray& method, const QString& collection, const QString& rawId,
                          const QString& verb, const QString& label, QByteArray body, QObject* context,
                          Callback<T> done, Parser<T> parse);
};

} // namespace rd::tremendous
