#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <optional>

#include "api/sandbox/sandboxrandom.h"

namespace rd {

class SandboxJsonWriter;

// The generated Tremendous data of the sandbox (vendor-docs/tremendous-openapi.yaml), from (seed, size, start time).
// Nothing here changes: SandboxTremendous keeps what actions changed (override tables) and asks this class for the
// rest. Everything is generated on demand, O(1) per record; the only tables built up front are the fraud reviews'
// order map and redeemed_at order (at most kMaxReviews entries).
//
// Orders 0..size-1, 0 the newest. created_at(i) = start - (60 s + 180 s * i + h * i^2 + jitter(i)): minutes apart
// for the newest, about 180 days back in all (h shrinks to 0 once 180 s apart fills that), strictly decreasing, so a
// created_at range is an index range found by binary search. Each order has 1..3 rewards from a seeded pattern of
// kPatternLength counts: the rewards before order i are a closed-form prefix sum, so reward k of the global list
// (newest first: order ascending, then n) maps back to (order, n) in O(1).
//
// Ids: 15 characters [A-Z0-9]: a 64-bit (kind, n, index) value through a seeded Feistel permutation in base 36, and
// two check characters, so an id maps back to its record without a table. external_id "crm-<1000000000 - 7i>" on
// about half the orders (decodable too).
//
// Orders 0..kSampleOrders-1 are fixed samples: 0, 1 and 4 PENDING APPROVAL (0 and 4 with an external_id), 2 EXECUTED
// with reward 0 FAILED by e-mail (bounced), 3 EXECUTED with reward 0 FAILED by SMS.
//
// Fraud reviews 0..reviewCount()-1 (max(12, size/40), at most kMaxReviews; none below 17 orders) each concern reward
// 0 of an EXECUTED order created shortly before the redemption; redeemed_at lies within 35 days before the start.
// Reviews 0..7 and 10 are fixed scenarios (see Scenario in the .cpp).
enum class SbxTrOrderStatus : quint8 {
    Canceled,
    Open,
    Executed,
    Failed,
    PendingApproval,
    PendingInternalPaymentApproval,
    PendingSettlement
};
enum class SbxTrDelivery : quint8 { Scheduled, Failed, Succeeded, Pending };
enum class SbxTrMethod : quint8 { Email, Link, Phone };
enum class SbxTrReviewStatus : quint8 { Flagged, Blocked, Released };
// Why a review was flagged (reasons, risk and related rewards: SandboxTremendousFraud).
enum class SbxTrScenario : quint8 {
    VpnMultipleEmails,  // "VPN detected" + "Device related to multiple emails", high
    DisallowedCountry,  // medium or high
    IpBlockedReward,    // "IP related to a blocked reward", high, related_rewards.blocked_count > 0
    OverAmount,         // "Over reward amount limit", medium
    OverCount,          // "Over reward count limit", low
    AppleRelay,         // "Apple Private Relay", low
    DisallowedEmail,    // medium
    DeviceOrAccount,    // "Device or account related to multiple emails", medium
    VelocityCheck,      // "Velocity check": a reason NOT in the documented enum (open enums), medium
    OverAmountVelocity, // "Over reward amount limit" + "Velocity check", medium
    FraudList,          // "Email on a Tremendous fraud list", high
};

struct TremendousReward {
    int n = 0;
    qint64 cents = 0;    // denomination, in the order's currency
    qint64 usdCents = 0; // the same in the organization's currency (USD)
    SbxTrMethod method = SbxTrMethod::Email;
    SbxTrDelivery delivery = SbxTrDelivery::Succeeded;
    qint64 deliverAt = 0;  // a date (UTC day)
    qint64 expiresAt = -1; // -1: null (does not expire)
    int customerId = -1;   // custom field "customer_id" (-1: none)
    int ticket = -1;       // custom field "ticket" (-1: none)
    bool canceled = false; // canceled (cancel, fraud block, rejected or canceled order): refunded
    bool bounces = false;  // generated FAILED by e-mail: its generated address is on a bouncing sample domain
    QString email;         // set by a resend with updated_email; null: the generated one
    QString phone;         // set by a resend with updated_phone; null: the generated one
};

struct TremendousOrder {
    quint64 index = 0;
    SbxTrOrderStatus status = SbxTrOrderStatus::Executed;
    int channel = 0;
    int campaign = -1; // -1: null
    int currency = 0;
    bool external = false;
    bool invoice = false;
    qint64 createdAt = 0;
    qint64 feesCents = 0;
    qint64 discountCents = 0;
    qint64 refundCents = -1; // -1: no refund
    QVarLengthArray<TremendousReward, 3> rewards;

    qint64 subtotalCents() const;
    qint64 totalCents() const { return subtotalCents() + feesCents - discountCents; }
    bool hasPayment() const { return status != SbxTrOrderStatus::Open && status != SbxTrOrderStatus::Failed; }
};

struct TremendousRecipient {
    QString name;
    QString email; // empty: none
    QString phone; // empty: none
};

struct TremendousReviewState {
    SbxTrReviewStatus status = SbxTrReviewStatus::Flagged;
    QString reviewedBy; // empty while flagged
    qint64 reviewedAt = -1;
};

struct TremendousReviewPlan {
    int index = 0;
    quint64 order = 0;
    qint64 redeemedAt = 0;
    SbxTrScenario scenario = SbxTrScenario::VpnMultipleEmails;
    TremendousReviewState state; // as generated
};

class SandboxTremendousData {
public:
    static constexpr int kSampleOrders = 5;
    static constexpr int kPatternLength = 16;
    static constexpr int kMaxReviews = 5000;
    static constexpr qint64 kExternalBase = 1000000000;
    static const char* const kCurrencies[];
    static const char* const kChannels[];
    static const char* const kStatuses[];
    static const char* const kDeliveries[];
    static const char* const kMethods[];
    static const char* const kReviewStatuses[];

    SandboxTremendousData(quint64 seed, int size, qint64 startMs);

    quint64 seed() const { return m_seed; }
    int size() const { return m_size; }
    qint64 startMs() const { return m_startMs; }

    // Timeline: created_at of order i (strictly decreasing in i).
    qint64 createdAt(quint64 index) const;
    // The first index whose created_at <= ms (size() if none) / the last index whose created_at >= ms (-1 if none).
    qint64 firstAtOrBefore(qint64 ms) const;
    qint64 lastAtOrAfter(qint64 ms) const;

    // Rewards per order and the global reward list (newest first).
    int rewardCount(quint64 order) const;
    quint64 rewardsBefore(quint64 order) const; // closed-form prefix sum
    quint64 totalRewards() const { return rewardsBefore(static_cast<quint64>(m_size)); }
    QPair<quint64, int> rewardAt(quint64 globalIndex) const; // (order, n); globalIndex < totalRewards()

    // Ids.
    QString orderId(quint64 index) const;
    QString rewardId(quint64 order, int n) const;
    QString externalId(quint64 index) const; // "crm-..." (whether the order has one: TremendousOrder::external)
    std::optional<quint64> orderIndex(const QString& idOrExternalId) const;        // existing orders only
    std::optional<QPair<quint64, int>> rewardIndex(const QString& rewardId) const; // existing rewards only

    // Generated records.
    TremendousOrder order(quint64 index) const; // index < size()
    TremendousRecipient recipient(quint64 order, const TremendousReward& reward) const;
    int campaignOf(quint64 index) const; // the order's campaign without generating the rest (-1: none)
    // The custom fields of reward n of an order (never changed by actions): customer_id, ticket (-1: none).
    QPair<int, int> customFields(quint64 order, int n) const;
    QString customFieldId(int field) const { return m_fieldIds[field]; } // 0 customer_id, 1 ticket
    static QString customerValue(int id);
    static QString ticketValue(int id);
    QString campaignId(int campaign) const;
    int campaignCount() const;

    // Fraud reviews.
    int reviewCount() const { return static_cast<int>(m_reviewOrders.size()); }
    int reviewOfOrder(quint64 order) const { return m_reviewByOrder.value(order, -1); }
    TremendousReviewPlan reviewPlan(int review) const;
    const QList<int>& reviewsByRedemption() const { return m_reviewsByRedemption; } // redeemed_at DESC

    // Documented shapes (ListOrders200ResponseOrdersInner, ListRewards200ResponseRewardsInner), keys in spec order.
    void writeOrder(SandboxJsonWriter& json, const TremendousOrder& order) const;
    void writeReward(SandboxJsonWriter& json, const TremendousOrder& order, const TremendousReward& reward) const;
    static void writeAmount(SandboxJsonWriter& json, qint64 cents); // 2500 -> 25, 2550 -> 25.5

private:
    QString encodeId(quint64 value) const;
    std::optional<quint64> decodeId(const QString& id) const;
    qint64 offsetSeconds(quint64 index) const;
    void planReviews();
    TremendousReviewPlan reviewPlanFor(int review, quint64 order, qint64 redeemedAt) const;

    quint64 m_seed;
    int m_size;
    qint64 m_startMs;
    double m_curve = 0; // h: seconds per index^2
    SandboxIdCodec m_ids;
    quint64 m_jitterKey; // spreads the timeline's steps
    int m_counts[kPatternLength];
    quint64 m_partial[kPatternLength + 1];
    QString m_fieldIds[2];
    QList<QString> m_campaignIds;
    QList<quint64> m_reviewOrders;    // review -> order
    QList<qint64> m_reviewRedeemedAt; // review -> redeemed_at
    QHash<quint64, int> m_reviewByOrder;
    QList<int> m_reviewsByRedemption;
};

} // namespace rd
