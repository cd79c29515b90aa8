#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "api/core/apiresult.h"
#include "api/core/money.h"

namespace rd::tremendous {

// Tremendous API v2 DTOs and their parsers (the vendor documentation (tremendous-openapi.yaml),
// tremendous-endpoints.md).
//
// Parsing rules (the same as TruCentive's, design.md section 2):
//  - Every parse function is pure and thread-safe, so pages can be parsed in a worker. JSON is read with
//    core/jsonreader.h (depth cap, typed reads).
//  - A body that is not the documented shape (not JSON, the wrapper key missing, an item that is not an object, an
//    order without `id`) is an ApiResult error of kind Parse. Field problems inside a readable record (a missing or
//    mistyped amount, an unreadable date) go to the record's `fieldErrors` ("orders[3].payment.total: ...") and the
//    field stays empty/invalid/nullopt: never a silent 0 or default state.
//  - Enums are open (the Ruby SDK 5.28.0 "tolerate unknown enum values"): the raw string is always kept and an
//    unrecognised value maps to Unknown, is shown as "unknown (value)" and disables every action on that record.
//  - Unknown fields are ignored. Dates are UTC QDateTimes.

// A money amount: the JSON number kept as exact decimal text plus hundredths, with the record's currency.
// Order `status` (OrderStatus; note the spaces in the raw values).
enum class OrderStatus {
    Unknown,
    Canceled,                       // CANCELED
    Open,                           // OPEN
    Executed,                       // EXECUTED
    Failed,                         // FAILED
    PendingApproval,                // PENDING APPROVAL: the only state approve/reject apply to
    PendingInternalPaymentApproval, // PENDING INTERNAL PAYMENT APPROVAL
    PendingSettlement,              // PENDING SETTLEMENT
};
OrderStatus orderStatusFromRaw(const QString& raw); // exact (case-insensitive, trimmed)
QString orderStatusRaw(OrderStatus status);         // the documented raw value; "" for Unknown
QString orderStatusDisplay(const QString& raw);     // "Pending approval"; "unknown (X)"; "unknown (missing)"

// Reward `delivery.status` and `delivery.method`.
enum class DeliveryStatus { Unknown, Scheduled, Failed, Succeeded, Pending };
DeliveryStatus deliveryStatusFromRaw(const QString& raw);
QString deliveryStatusRaw(DeliveryStatus status); // "" for Unknown
QString deliveryStatusDisplay(const QString& raw);
enum class DeliveryMethod { Unknown, Email, Link, Phone };
DeliveryMethod deliveryMethodFromRaw(const QString& raw);
QString deliveryMethodRaw(DeliveryMethod method); // "" for Unknown
QString deliveryMethodDisplay(const QString& raw);

// Fraud review `status` (lower-case in the API) and `risk`.
enum class FraudStatus { Unknown, Flagged, Blocked, Released };
FraudStatus fraudStatusFromRaw(const QString& raw);
QString fraudStatusRaw(FraudStatus status); // "flagged", ... ("" for Unknown): the list filter's value
QString fraudStatusDisplay(const QString& raw);
enum class Risk { Unknown, High, Medium, Low };
Risk riskFromRaw(const QString& raw);
QString riskDisplay(const QString& raw);

// Fraud review reasons (FraudReviewReason, plain strings). One translated line a support agent understands, e.g.
// "VPN detected" -> "The recipient redeemed through a VPN or proxy, which hides where they really are."
// An unrecognised reason -> "unknown (text): not a reason Tremendous documents; check the dashboard."
QString fraudReasonExplanation(const QString& reason);
bool fraudReasonKnown(const QString& reason);

struct CustomField {
    QString id;
    QString label;
    std::optional<QString> value; // null allowed
};

// A reward (ListRewards200ResponseRewardsInner): in orders, in fraud reviews, and from GET /rewards.
struct Reward {
    QString id;
    QString orderId;
    QDateTime createdAt;
    std::optional<QDateTime> expiresAt; // null: does not expire
    Money value;                        // value.denomination + value.currency_code
    QString recipientName;              // personal data: never logged
    QString recipientEmail;
    QString recipientPhone;
    QDate deliverAt;
    QList<CustomField> customFields;
    QString deliveryMethodRaw;
    DeliveryMethod deliveryMethod = DeliveryMethod::Unknown;
    QString deliveryStatusRaw;
    DeliveryStatus deliveryStatus = DeliveryStatus::Unknown;
    QStringList fieldErrors;

    // E-mail, else phone, else name: the address a support agent recognises.
    QString recipientDisplay() const;
};

// Order payment (ListOrders200ResponseOrdersInnerPayment). Every amount carries the payment's currency_code.
struct Payment {
    Money subtotal;
    Money total;
    Money fees;
    Money discount;
    QString currency;
    std::optional<Money> refund; // only on canceled orders or orders with canceled rewards
};

struct Order {
    QString id;
    QString externalId; // empty when null
    QString campaignId; // empty when null
    QDateTime createdAt;
    QString statusRaw;
    OrderStatus status = OrderStatus::Unknown;
    QString channelRaw; // UI, API, EMBED, ... shown as sent (open enum)
    std::optional<Payment> payment;
    QString invoiceId;
    QList<Reward> rewards;
    QStringList fieldErrors;

    bool canApproveOrReject() const { return status == OrderStatus::PendingApproval; }
};

struct OrderPage {
    QList<Order> orders;
    std::optional<qint64> totalCount;
};

struct RewardPage {
    QList<Reward> rewards;
    std::optional<qint64> totalCount; // optional in the schema for rewards
};

struct Geo {
    QString ip;
    QString country;
    QString city;
};

// related_rewards (only in GET /fraud_reviews/{id} and the release/block answers).
struct RelatedRewards {
    QStringList ids;
    std::optional<qint64> count;
    std::optional<qint64> blockedCount;
    Money aggregatedValue; // aggregated_value + currency_code
};

// A fraud review. Its id is the REWARD id (`reward.id`): GET /fraud_reviews/{id} and release/block take it.
struct FraudReview {
    QString statusRaw;
    FraudStatus status = FraudStatus::Unknown;
    QStringList reasons;
    QString deviceId;
    QString redemptionMethod; // open enum, shown as sent ("paypal", "bank transfer")
    std::optional<QDateTime> redeemedAt;
    Geo geo;
    Reward reward;
    QString reviewedBy;
    std::optional<QDateTime> reviewedAt;
    QString redemptionMethodAccountHash;
    QString riskRaw; // only in the single-review answers; empty in list pages
    Risk risk = Risk::Unknown;
    std::optional<RelatedRewards> relatedRewards; // only in the single-review answers
    QStringList fieldErrors;

    QString id() const { return reward.id; }
    // Tremendous blocks reviews left flagged for 30 days automatically: redeemed_at + 30 days.
    std::optional<QDateTime> autoBlockAt() const;
    bool canReleaseOrBlock() const { return status == FraudStatus::Flagged; }
};

struct FraudReviewPage {
    QList<FraudReview> reviews;
    std::optional<qint64> totalCount;
};

// GET /funding_sources. The balance is meta.available_cents (preferred) or available_amount.
struct FundingSource {
    QString id;
    QString methodRaw;                // balance | bank_account | credit_card | invoice (open)
    QString statusRaw;                // active | deleted | failed
    QString typeRaw;                  // COMMERCIAL | PRO_FORMA | PREFUNDING_ONLY
    std::optional<Money> available;   // balance and commercial invoicing only
    std::optional<Money> pending;     // balance only
    std::optional<Money> creditLimit; // commercial invoicing only
    QString label; // "Balance", "Visa •••• 4242", "Chase checking •••• 6789" (non-secret masks only)
    QStringList fieldErrors;
};

struct Product {
    QString id;
    QString name;
    QString category;
    QStringList currencyCodes;
};

struct Campaign {
    QString id;
    QString name;
    QString description;
    QStringList productIds; // `products`
};

struct FraudRule {
    QString ruleTypeRaw; // review_country, review_ip, ... (open enum)
    QJsonObject config;  // may be empty (null in the API)
};
// "Review redemptions from these countries" etc.; "unknown (x)" otherwise.
QString fraudRuleDisplay(const QString& ruleTypeRaw);

// POST /rewards/{id}/generate_link. The link is redeemable money: never log it, show it only on request.
struct RewardLink {
    QString rewardId;
    QString link;
};

struct EmptyAnswer {}; // the `{}` answers of resend and cancel

// Parsers: body -> DTO. Wrapper keys as documented: {"orders":[...],"total_count":n}, {"order":{}}, {"rewards"},
// {"reward"}, {"fraud_reviews","total_count"}, {"fraud_review"}, {"funding_sources"}, {"products"}, {"campaigns"},
// {"fraud_rules"}, {"reward":{"id","link"}}. `status` and `errors` in a 2xx body are a Parse error.
ApiResult<OrderPage> parseOrderPage(const QByteArray& body);
ApiResult<Order> parseOrderAnswer(const QByteArray& body); // {"order": ...}
ApiResult<RewardPage> parseRewardPage(const QByteArray& body);
ApiResult<Reward> parseRewardAnswer(const QByteArray& body);
ApiResult<FraudReviewPage> parseFraudReviewPage(const QByteArray& body);
ApiResult<FraudReview> parseFraudReviewAnswer(const QByteArray& body);
ApiResult<QList<FundingSource>> parseFundingSources(const QByteArray& body);
ApiResult<QList<Product>> parseProducts(const QByteArray& body);
ApiResult<QList<Campaign>> parseCampaigns(const QByteArray& body);
ApiResult<QList<FraudRule>> parseFraudRules(const QByteArray& body);
ApiResult<RewardLink> parseRewardLink(const QByteArray& body);
// {"funding_source": {...}} (GET /funding_sources/{id}) and the `{}` answers of resend and cancel (any JSON
// object without `status`/`errors`).
ApiResult<FundingSource> parseFundingSourceAnswer(const QByteArray& body);
ApiResult<EmptyAnswer> parseEmptyAnswer(const QByteArray& body);

// Record parsers for models that parse pages themselves (path is the prefix for field errors, "orders[3]").
Order parseOrder(const QJsonObject& object, const QString& path);
Reward parseReward(const QJsonObject& object, const QString& path);
FraudReview parseFraudReview(const QJsonObject& object, const QString& path);

} // namespace rd::tremendous
