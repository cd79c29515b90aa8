#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/apiresult.h"
#include "core/money.h"

namespace rd {

// Tremendous API v2 DTOs and their parsers (shared/vendor-docs/tremendous-openapi.yaml, tremendous-endpoints.md).
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
using TrMoney = rd::Money;

// Order `status` (OrderStatus; note the spaces in the raw values).
enum class TrOrderStatus {
    Unknown,
    Canceled,                       // CANCELED
    Open,                           // OPEN
    Executed,                       // EXECUTED
    Failed,                         // FAILED
    PendingApproval,                // PENDING APPROVAL: the only state approve/reject apply to
    PendingInternalPaymentApproval, // PENDING INTERNAL PAYMENT APPROVAL
    PendingSettlement,              // PENDING SETTLEMENT
};
TrOrderStatus trOrderStatusFromRaw(const QString& raw); // exact (case-insensitive, trimmed)
QString trOrderStatusRaw(TrOrderStatus status);         // the documented raw value; "" for Unknown
QString trOrderStatusDisplay(const QString& raw);       // "Pending approval"; "unknown (X)"; "unknown (missing)"

// Reward `delivery.status` and `delivery.method`.
enum class TrDeliveryStatus { Unknown, Scheduled, Failed, Succeeded, Pending };
TrDeliveryStatus trDeliveryStatusFromRaw(const QString& raw);
QString trDeliveryStatusRaw(TrDeliveryStatus status); // "" for Unknown
QString trDeliveryStatusDisplay(const QString& raw);
enum class TrDeliveryMethod { Unknown, Email, Link, Phone };
TrDeliveryMethod trDeliveryMethodFromRaw(const QString& raw);
QString trDeliveryMethodRaw(TrDeliveryMethod method); // "" for Unknown
QString trDeliveryMethodDisplay(const QString& raw);

// Fraud review `status` (lower-case in the API) and `risk`.
enum class TrFraudStatus { Unknown, Flagged, Blocked, Released };
TrFraudStatus trFraudStatusFromRaw(const QString& raw);
QString trFraudStatusRaw(TrFraudStatus status); // "flagged", ... ("" for Unknown): the list filter's value
QString trFraudStatusDisplay(const QString& raw);
enum class TrRisk { Unknown, High, Medium, Low };
TrRisk trRiskFromRaw(const QString& raw);
QString trRiskDisplay(const QString& raw);

// Fraud review reasons (FraudReviewReason, plain strings). One translated line a support agent understands, e.g.
// "VPN detected" -> "The recipient redeemed through a VPN or proxy, which hides where they really are."
// An unrecognised reason -> "unknown (text): not a reason Tremendous documents; check the dashboard."
QString trFraudReasonExplanation(const QString& reason);
bool trFraudReasonKnown(const QString& reason);

struct TrCustomField {
    QString id;
    QString label;
    std::optional<QString> value; // null allowed
};

// A reward (ListRewards200ResponseRewardsInner): in orders, in fraud reviews, and from GET /rewards.
struct TrReward {
    QString id;
    QString orderId;
    QDateTime createdAt;
    std::optional<QDateTime> expiresAt; // null: does not expire
    TrMoney value;                      // value.denomination + value.currency_code
    QString recipientName;              // personal data: never logged
    QString recipientEmail;
    QString recipientPhone;
    QDate deliverAt;
    QList<TrCustomField> customFields;
    QString deliveryMethodRaw;
    TrDeliveryMethod deliveryMethod = TrDeliveryMethod::Unknown;
    QString deliveryStatusRaw;
    TrDeliveryStatus deliveryStatus = TrDeliveryStatus::Unknown;
    QStringList fieldErrors;

    // E-mail, else phone, else name: the address a support agent recognises.
    QString recipientDisplay() const;
};

// Order payment (ListOrders200ResponseOrdersInnerPayment). Every amount carries the payment's currency_code.
struct TrPayment {
    TrMoney subtotal;
    TrMoney total;
    TrMoney fees;
    TrMoney discount;
    QString currency;
    std::optional<TrMoney> refund; // only on canceled orders or orders with canceled rewards
};

struct TrOrder {
    QString id;
    QString externalId; // empty when null
    QString campaignId; // empty when null
    QDateTime createdAt;
    QString statusRaw;
    TrOrderStatus status = TrOrderStatus::Unknown;
    QString channelRaw; // UI, API, EMBED, ... shown as sent (open enum)
    std::optional<TrPayment> payment;
    QString invoiceId;
    QList<TrReward> rewards;
    QStringList fieldErrors;

    bool canApproveOrReject() const { return status == TrOrderStatus::PendingApproval; }
};

struct TrOrderPage {
    QList<TrOrder> orders;
    std::optional<qint64> totalCount;
};

struct TrRewardPage {
    QList<TrReward> rewards;
    std::optional<qint64> totalCount; // optional in the schema for rewards
};

struct TrGeo {
    QString ip;
    QString country;
    QString city;
};

// related_rewards (only in GET /fraud_reviews/{id} and the release/block answers).
struct TrRelatedRewards {
    QStringList ids;
    std::optional<qint64> count;
    std::optional<qint64> blockedCount;
    TrMoney aggregatedValue; // aggregated_value + currency_code
};

// A fraud review. Its id is the REWARD id (`reward.id`): GET /fraud_reviews/{id} and release/block take it.
struct TrFraudReview {
    QString statusRaw;
    TrFraudStatus status = TrFraudStatus::Unknown;
    QStringList reasons;
    QString deviceId;
    QString redemptionMethod; // open enum, shown as sent ("paypal", "bank transfer")
    std::optional<QDateTime> redeemedAt;
    TrGeo geo;
    TrReward reward;
    QString reviewedBy;
    std::optional<QDateTime> reviewedAt;
    QString redemptionMethodAccountHash;
    QString riskRaw; // only in the single-review answers; empty in list pages
    TrRisk risk = TrRisk::Unknown;
    std::optional<TrRelatedRewards> relatedRewards; // only in the single-review answers
    QStringList fieldErrors;

    QString id() const { return reward.id; }
    // Tremendous blocks reviews left flagged for 30 days automatically (issue 4): redeemed_at + 30 days.
    std::optional<QDateTime> autoBlockAt() const;
    bool canReleaseOrBlock() const { return status == TrFraudStatus::Flagged; }
};

struct TrFraudReviewPage {
    QList<TrFraudReview> reviews;
    std::optional<qint64> totalCount;
};

// GET /funding_sources. The balance is meta.available_cents (preferred) or available_amount.
struct TrFundingSource {
    QString id;
    QString methodRaw;                  // balance | bank_account | credit_card | invoice (open)
    QString statusRaw;                  // active | deleted | failed
    QString typeRaw;                    // COMMERCIAL | PRO_FORMA | PREFUNDING_ONLY
    std::optional<TrMoney> available;   // balance and commercial invoicing only
    std::optional<TrMoney> pending;     // balance only
    std::optional<TrMoney> creditLimit; // commercial invoicing only
    QString label; // "Balance", "Visa •••• 4242", "Chase checking •••• 6789" (non-secret masks only)
    QStringList fieldErrors;
};

struct TrProduct {
    QString id;
    QString name;
    QString category;
    QStringList currencyCodes;
};

struct TrCampaign {
    QString id;
    QString name;
    QString description;
    QStringList productIds; // `products`
};

struct TrFraudRule {
    QString ruleTypeRaw; // review_country, review_ip, ... (open enum)
    QJsonObject config;  // may be empty (null in the API)
};
// "Review redemptions from these countries" etc.; "unknown (x)" otherwise.
QString trFraudRuleDisplay(const QString& ruleTypeRaw);

// POST /rewards/{id}/generate_link. The link is redeemable money: never log it, show it only on request.
struct TrRewardLink {
    QString rewardId;
    QString link;
};

struct TrEmptyAnswer {}; // the `{}` answers of resend and cancel

// Parsers: body -> DTO. Wrapper keys as documented: {"orders":[...],"total_count":n}, {"order":{}}, {"rewards"},
// {"reward"}, {"fraud_reviews","total_count"}, {"fraud_review"}, {"funding_sources"}, {"products"}, {"campaigns"},
// {"fraud_rules"}, {"reward":{"id","link"}}. `status` and `errors` in a 2xx body are a Parse error.
ApiResult<TrOrderPage> trParseOrderPage(const QByteArray& body);
ApiResult<TrOrder> trParseOrderAnswer(const QByteArray& body); // {"order": ...}
ApiResult<TrRewardPage> trParseRewardPage(const QByteArray& body);
ApiResult<TrReward> trParseRewardAnswer(const QByteArray& body);
ApiResult<TrFraudReviewPage> trParseFraudReviewPage(const QByteArray& body);
ApiResult<TrFraudReview> trParseFraudReviewAnswer(const QByteArray& body);
ApiResult<QList<TrFundingSource>> trParseFundingSources(const QByteArray& body);
ApiResult<QList<TrProduct>> trParseProducts(const QByteArray& body);
ApiResult<QList<TrCampaign>> trParseCampaigns(const QByteArray& body);
ApiResult<QList<TrFraudRule>> trParseFraudRules(const QByteArray& body);
ApiResult<TrRewardLink> trParseRewardLink(const QByteArray& body);
// Added: {"funding_source": {...}} (GET /funding_sources/{id}) and the `{}` answers of resend and cancel (any JSON
// object without `status`/`errors`).
ApiResult<TrFundingSource> trParseFundingSourceAnswer(const QByteArray& body);
ApiResult<TrEmptyAnswer> trParseEmptyAnswer(const QByteArray& body);

// Record parsers for models that parse pages themselves (path is the prefix for field errors, "orders[3]").
TrOrder trParseOrder(const QJsonObject& object, const QString& path);
TrReward trParseReward(const QJsonObject& object, const QString& path);
TrFraudReview trParseFraudReview(const QJsonObject& object, const QString& path);

} // namespace rd
