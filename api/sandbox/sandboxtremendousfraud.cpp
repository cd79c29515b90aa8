#include "api/sandbox/sandboxtremendousfraud.h"

#include "api/sandbox/sandboxjsonwriter.h"
#include "api/sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
struct Place {
    const char* country;
    const char* city;
};
// Countries the review_country rule allows (SandboxTremendousCatalog: whitelist US, CA, GB, DE, FR, NL, IE).
const Place kAllowed[] = {{"US", "Chicago"}, {"US", "Austin"},  {"US", "New York"},   {"US", "Seattle"},
                          {"CA", "Toronto"}, {"GB", "London"},  {"GB", "Manchester"}, {"DE", "Berlin"},
                          {"FR", "Lyon"},    {"NL", "Utrecht"}, {"IE", "Dublin"}};
const Place kDisallowed[] = {
    {"NG", "Lagos"}, {"VN", "Hanoi"}, {"RO", "Bucharest"}, {"BR", "São Paulo"}, {"PK", "Karachi"}};
const Place kVpnExits[] = {{"NL", "Amsterdam"}, {"US", "Ashburn"}, {"DE", "Frankfurt am Main"}, {"SE", "Stockholm"}};
const char* const kMethods[] = {"merchant card",
                                "paypal",
                                "visa card",
                                "venmo",
                                "bank transfer",
                                "instant debit transfer",
                                "international bank transfer",
                                "charity"};
const int kMethodWeights[] = {30, 20, 15, 10, 10, 5, 5, 5};

bool hasAccount(const QString& method) {
    return method != "merchant card"_L1 && method != "visa card"_L1 && method != "charity"_L1;
}

QString ipAddress(SandboxRandom& random) {
    // Documentation ranges (RFC 5737): nothing real.
    static const char* const prefixes[] = {"203.0.113.", "198.51.100.", "192.0.2."};
    return QString::fromLatin1(random.pick(prefixes)) + QString::number(random.range(1, 254));
}
} // namespace

TremendousReviewDetail SandboxTremendousFraud::detail(const TremendousReviewPlan& plan) const {
    SandboxRandom random =
        SandboxRandom::forRecord(m_data.seed(), "tremendous.review.detail", static_cast<quint64>(plan.index));
    TremendousReviewDetail d;
    const Place* place = &random.pick(kAllowed);
    int related = static_cast<int>(random.range(0, 2));
    using T = SbxTrScenario;
    switch (plan.scenario) {
    case T::VpnMultipleEmails:
        d.reasons = {u"VPN detected"_s, u"Device related to multiple emails"_s};
        d.risk = u"high"_s;
        place = &random.pick(kVpnExits);
        related = static_cast<int>(random.range(2, 5));
        break;
    case T::DisallowedCountry:
        d.reasons = {u"Disallowed country"_s};
        d.risk = plan.index == 1 || random.chance(50) ? u"high"_s : u"medium"_s;
        place = &random.pick(kDisallowed);
        related = static_cast<int>(random.range(0, 1));
        break;
    case T::IpBlockedReward:
        d.reasons = {u"IP related to a blocked reward"_s};
        d.risk = u"high"_s;
        related = static_cast<int>(random.range(2, 6));
        d.relatedBlocked = static_cast<int>(random.range(1, 2));
        break;
    case T::OverAmount:
        d.reasons = {u"Over reward amount limit"_s};
        d.risk = u"medium"_s;
        related = static_cast<int>(random.range(3, 8));
        break;
    case T::OverCount:
        d.reasons = {u"Over reward count limit"_s};
        d.risk = u"low"_s;
        related = static_cast<int>(random.range(10, 14));
        break;
    case T::AppleRelay:
        d.reasons = {u"Apple Private Relay"_s};
        d.risk = u"low"_s;
        break;
    case T::DisallowedEmail:
        d.reasons = {u"Disallowed email"_s};
        d.risk = u"medium"_s;
        break;
    case T::DeviceOrAccount:
        d.reasons = {u"Device or account related to multiple emails"_s};
        d.risk = u"medium"_s;
        related = static_cast<int>(random.range(1, 4));
        break;
    case T::VelocityCheck:
        d.reasons = {u"Velocity check"_s}; // not in the documented FraudReviewReason enum
        d.risk = u"medium"_s;
        related = static_cast<int>(random.range(2, 4));
        break;
    case T::OverAmountVelocity:
        d.reasons = {u"Over reward amount limit"_s, u"Velocity check"_s};
        d.risk = u"medium"_s;
        related = static_cast<int>(random.range(3, 6));
        break;
    case T::FraudList:
        d.reasons = {u"Email on a Tremendous fraud list"_s};
        d.risk = u"high"_s;
        related = static_cast<int>(random.range(0, 3));
        break;
    }
    d.country = QString::fromLatin1(place->country);
    d.city = QString::fromUtf8(place->city);
    d.ip = ipAddress(random);
    if (!random.chance(10))
        d.deviceId = random.hex(32);
    int roll = static_cast<int>(random.bounded(100));
    int method = 0;
    while (roll >= kMethodWeights[method]) {
        roll -= kMethodWeights[method];
        ++method;
    }
    d.redemptionMethod = QString::fromLatin1(kMethods[method]);
    if (hasAccount(d.redemptionMethod))
        d.accountHash = random.hex(64);

    const quint64 size = static_cast<quint64>(m_data.size());
    for (int k = 0; k < related && size > 1; ++k) {
        quint64 other = random.bounded(size);
        if (other == plan.order)
            other = (other + 1) % size;
        const TremendousOrder o = m_data.order(other);
        d.relatedIds.append(m_data.rewardId(other, 0));
        d.relatedUsdCents += o.rewards.first().usdCents;
    }
    d.relatedCount = static_cast<int>(d.relatedIds.size());
    d.relatedBlocked = qMin(d.relatedBlocked, d.relatedCount);
    return d;
}

void SandboxTremendousFraud::write(SandboxJsonWriter& json, const TremendousReviewPlan& plan,
                                   const TremendousReviewState& state, const TremendousOrder& order,
                                   bool single) const {
    const TremendousReviewDetail d = detail(plan);
    json.beginObject()
        .field("status"_L1, QLatin1StringView(SandboxTremendousData::kReviewStatuses[static_cast<int>(state.status)]))
        .key("reasons"_L1)
        .beginArray();
    for (const QString& reason : d.reasons)
        json.value(reason);
    json.endArray();
    if (!d.deviceId.isEmpty())
        json.field("device_id"_L1, d.deviceId);
    json.field("redemption_method"_L1, d.redemptionMethod)
        .field("redeemed_at"_L1, isoMillisUtc(plan.redeemedAt))
        .key("geo"_L1)
        .beginObject()
        .field("ip"_L1, d.ip)
        .field("country"_L1, d.country)
        .field("city"_L1, d.city)
        .endObject()
        .key("reward"_L1);
    m_data.writeReward(json, order, order.rewards.first());
    if (state.status != SbxTrReviewStatus::Flagged) {
        json.field("reviewed_by"_L1, state.reviewedBy).field("reviewed_at"_L1, isoMillisUtc(state.reviewedAt));
    }
    if (!d.accountHash.isEmpty())
        json.field("redemption_method_account_hash"_L1, d.accountHash);
    if (single) {
        json.field("risk"_L1, d.risk).key("related_rewards"_L1).beginObject().key("ids"_L1).beginArray();
        for (const QString& id : d.relatedIds)
            json.value(id);
        json.endArray().field("count"_L1, d.relatedCount).field("blocked_count"_L1, d.relatedBlocked);
        json.key("aggregated_value"_L1);
        SandboxTremendousData::writeAmount(json, d.relatedUsdCents);
        json.field("currency_code"_L1, "USD"_L1).endObject();
    }
    json.endObject();
}

} // namespace rd
