#include "api/sandbox/sandboxtremendousdata.h"

#include <algorithm>
#include <cmath>

#include "api/sandbox/sandboxjsonwriter.h"
#include "api/sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

const char* const SandboxTremendousData::kCurrencies[] = {"USD", "EUR", "GBP", "CAD"};
const char* const SandboxTremendousData::kChannels[] = {"API",           "UI",    "EMBED",   "QUALTRICS", "DECIPHER",
                                                        "SURVEY MONKEY", "YOTPO", "TYPEFORM"};
const char* const SandboxTremendousData::kStatuses[] = {
    "CANCELED",          "OPEN", "EXECUTED", "FAILED", "PENDING APPROVAL", "PENDING INTERNAL PAYMENT APPROVAL",
    "PENDING SETTLEMENT"};
const char* const SandboxTremendousData::kDeliveries[] = {"SCHEDULED", "FAILED", "SUCCEEDED", "PENDING"};
const char* const SandboxTremendousData::kMethods[] = {"EMAIL", "LINK", "PHONE"};
const char* const SandboxTremendousData::kReviewStatuses[] = {"flagged", "blocked", "released"};

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kSpanSeconds = 180LL * 24 * 3600; // the orders reach about this far back
constexpr qint64 kStepSeconds = 180;               // the newest orders are about 3 minutes apart
constexpr int kCampaignCount = 6;
constexpr int kIdDigits = 13; // 36^13 > 2^64
constexpr int kIdLength = kIdDigits + 2;
const char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr quint64 kIdSalt = 0x7E3E0D00ULL;
constexpr quint64 kKindOrder = 1;
constexpr quint64 kKindReward = 2;
// Basis points per unit of USD (the organization's currency).
const int kRates[] = {10000, 10800, 12700, 7400};
const int kDenominations[] = {5, 10, 10, 15, 20, 25, 25, 25, 50, 50, 50, 75, 100, 100, 150, 200, 250, 500};
const char* const kBouncingDomains[] = {"gmial.com", "example.con", "hotmial.com", "yaho.com"};
const char* const kReviewers[] = {"Priya Patel", "Marcus Lee", "Sofia Hansen", "Jonas Berg"};
const char* const kAutoReviewer = "Automatic Review"; // the spec's reviewed_by for automatic blocks

qint64 dayOf(qint64 ms) {
    return (ms >= 0 ? ms : ms - kDay + 1) / kDay * kDay;
}

int weighted(SandboxRandom& random, std::initializer_list<int> weights) {
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = static_cast<int>(random.bounded(static_cast<quint64>(total)));
    int index = 0;
    for (int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return index - 1;
}
} // namespace

qint64 TremendousOrder::subtotalCents() const {
    qint64 sum = 0;
    for (const TremendousReward& reward : rewards)
        sum += reward.usdCents;
    return sum;
}

SandboxTremendousData::SandboxTremendousData(quint64 seed, int size, qint64 startMs)
    : m_seed(seed)
    , m_size(qMax(0, size))
    , m_startMs(startMs / 1000 * 1000)
    , m_ids(seed, kIdSalt)
    , m_jitterKey(SandboxRandom::mix(seed ^ (kIdSalt + 5))) {
    if (m_size > 1) {
        const double n = static_cast<double>(m_size);
        m_curve = qMax(0.0, static_cast<double>(kSpanSeconds) - kStepSeconds * n) / (n * n);
    }
    m_partial[0] = 0;
    for (int k = 0; k < kPatternLength; ++k) {
        SandboxRandom random = SandboxRandom::forRecord(seed, "tremendous.pattern", static_cast<quint64>(k));
        const int roll = static_cast<int>(random.bounded(100));
        m_counts[k] = roll < 60 ? 1 : roll < 85 ? 2 : 3;
        m_partial[k + 1] = m_partial[k] + static_cast<quint64>(m_counts[k]);
    }
    for (int f = 0; f < 2; ++f)
        m_fieldIds[f] = SandboxRandom::forRecord(seed, "tremendous.field", static_cast<quint64>(f)).alnumUpper(10);
    for (int c = 0; c < kCampaignCount; ++c)
        m_campaignIds.append(
            SandboxRandom::forRecord(seed, "tremendous.campaign", static_cast<quint64>(c)).alnumUpper(12));
    planReviews();
}

// ---- timeline ------------------------------------------------------------------------------------------------

qint64 SandboxTremendousData::offsetSeconds(quint64 index) const {
    const double i = static_cast<double>(index);
    const qint64 jitter = static_cast<qint64>(SandboxRandom::mix(index ^ m_jitterKey) % (kStepSeconds / 2));
    return 60 + static_cast<qint64>(std::floor(kStepSeconds * i + m_curve * i * i)) + jitter;
}

qint64 SandboxTremendousData::createdAt(quint64 index) const {
    return m_startMs - offsetSeconds(index) * 1000;
}

qint64 SandboxTremendousData::firstAtOrBefore(qint64 ms) const {
    qint64 lo = 0;
    qint64 hi = m_size; // answer in [lo, hi]
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (createdAt(static_cast<quint64>(mid)) <= ms)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

qint64 SandboxTremendousData::lastAtOrAfter(qint64 ms) const {
    qint64 lo = 0;
    qint64 hi = m_size; // first index with created_at < ms
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (createdAt(static_cast<quint64>(mid)) < ms)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo - 1;
}

// ---- rewards per order -------------------------------------------------------------------------------------------

int SandboxTremendousData::rewardCount(quint64 order) const {
    return m_counts[order % kPatternLength];
}

quint64 SandboxTremendousData::rewardsBefore(quint64 order) const {
    return order / kPatternLength * m_partial[kPatternLength] + m_partial[order % kPatternLength];
}

QPair<quint64, int> SandboxTremendousData::rewardAt(quint64 globalIndex) const {
    const quint64 perBlock = m_partial[kPatternLength];
    const quint64 block = globalIndex / perBlock;
    const quint64 rest = globalIndex % perBlock;
    int k = 0;
    while (k + 1 < kPatternLength && m_partial[k + 1] <= rest)
        ++k;
    return {block * kPatternLength + static_cast<quint64>(k), static_cast<int>(rest - m_partial[k])};
}

// ---- ids ---------------------------------------------------------------------------------------------------------

QString SandboxTremendousData::encodeId(quint64 value) const {
    quint64 v = m_ids.permute(value);
    const quint64 check = m_ids.check(v, 36 * 36);
    char out[kIdLength];
    out[0] = kAlphabet[check % 36];
    for (int i = kIdDigits; i >= 1; --i) {
        out[i] = kAlphabet[v % 36];
        v /= 36;
    }
    out[kIdLength - 1] = kAlphabet[check / 36];
    return QString::fromLatin1(out, kIdLength);
}

std::optional<quint64> SandboxTremendousData::decodeId(const QString& id) const {
    if (id.size() != kIdLength)
        return std::nullopt;
    const auto digit = [](QChar c) -> int {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0';
        if (c >= u'A' && c <= u'Z')
            return c.unicode() - u'A' + 10;
        return -1;
    };
    quint64 v = 0;
    for (int i = 1; i <= kIdDigits; ++i) {
        const int d = digit(id.at(i));
        if (d < 0 || v > (~0ULL - static_cast<quint64>(d)) / 36)
            return std::nullopt;
        v = v * 36 + static_cast<quint64>(d);
    }
    const quint64 check = m_ids.check(v, 36 * 36);
    if (digit(id.at(0)) != static_cast<int>(check % 36) || digit(id.at(kIdLength - 1)) != static_cast<int>(check / 36))
        return std::nullopt;
    return m_ids.unpermute(v);
}

QString SandboxTremendousData::orderId(quint64 index) const {
    return encodeId((kKindOrder << 56) | index);
}

QString SandboxTremendousData::rewardId(quint64 order, int n) const {
    return encodeId((kKindReward << 56) | (static_cast<quint64>(n) << 48) | order);
}

QString SandboxTremendousData::externalId(quint64 index) const {
    return u"crm-"_s + QString::number(kExternalBase - 7 * static_cast<qint64>(index));
}

std::optional<quint64> SandboxTremendousData::orderIndex(const QString& id) const {
    if (id.startsWith("crm-"_L1)) {
        bool ok = false;
        const qint64 number = id.mid(4).toLongLong(&ok);
        if (!ok || id.mid(4) != QString::number(number))
            return std::nullopt;
        const qint64 delta = kExternalBase - number;
        if (delta < 0 || delta % 7 != 0 || delta / 7 >= m_size)
            return std::nullopt;
        const quint64 index = static_cast<quint64>(delta / 7);
        if (!order(index).external)
            return std::nullopt;
        return index;
    }
    const std::optional<quint64> value = decodeId(id);
    if (!value || (*value >> 48) != (kKindOrder << 8))
        return std::nullopt;
    const quint64 index = *value & ((1ULL << 48) - 1);
    if (index >= static_cast<quint64>(m_size))
        return std::nullopt;
    return index;
}

std::optional<QPair<quint64, int>> SandboxTremendousData::rewardIndex(const QString& id) const {
    const std::optional<quint64> value = decodeId(id);
    if (!value || (*value >> 56) != kKindReward)
        return std::nullopt;
    const quint64 index = *value & ((1ULL << 48) - 1);
    const int n = static_cast<int>((*value >> 48) & 0xFF);
    if (index >= static_cast<quint64>(m_size) || n >= rewardCount(index))
        return std::nullopt;
    return QPair<quint64, int>(index, n);
}

QString SandboxTremendousData::campaignId(int campaign) const {
    return m_campaignIds.value(campaign);
}

int SandboxTremendousData::campaignCount() const {
    return kCampaignCount;
}

QString SandboxTremendousData::customerValue(int id) {
    return u"C-%1"_s.arg(id, 5, 10, QLatin1Char('0'));
}

QString SandboxTremendousData::ticketValue(int id) {
    return u"ZD-%1"_s.arg(id);
}

// ---- orders ------------------------------------------------------------------------------------------------------

namespace {
void drawChannelAndCampaign(SandboxRandom& random, int* channel, int* campaign) {
    *channel = weighted(random, {55, 25, 5, 5, 3, 3, 2, 2});
    *campaign = random.chance(90) ? static_cast<int>(random.bounded(kCampaignCount)) : -1;
}
} // namespace

int SandboxTremendousData::campaignOf(quint64 index) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "tremendous.order", index);
    int channel = 0;
    int campaign = -1;
    drawChannelAndCampaign(random, &channel, &campaign);
    return campaign;
}

QPair<int, int> SandboxTremendousData::customFields(quint64 order, int n) const {
    SandboxRandom r = SandboxRandom::forRecord(m_seed, "tremendous.reward.fields", order * 4 + static_cast<quint64>(n));
    const quint64 customers = static_cast<quint64>(qMax(50, m_size / 4));
    const int customer = r.chance(70) ? static_cast<int>(r.bounded(customers)) : -1;
    const int ticket = r.chance(35) ? 100000 + static_cast<int>(r.bounded(900000)) : -1;
    return {customer, ticket};
}

TremendousOrder SandboxTremendousData::order(quint64 index) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "tremendous.order", index);
    TremendousOrder o;
    o.index = index;
    o.createdAt = createdAt(index);
    drawChannelAndCampaign(random, &o.channel, &o.campaign);
    o.currency = weighted(random, {82, 7, 6, 5});
    o.external = random.chance(50);
    o.invoice = random.chance(10);
    const bool recent = index < static_cast<quint64>(qMax(1, m_size / 5));
    const int roll = static_cast<int>(random.bounded(1000));
    using S = SbxTrOrderStatus;
    if (recent) {
        o.status = roll < 220   ? S::PendingApproval
                   : roll < 250 ? S::Open
                   : roll < 265 ? S::PendingInternalPaymentApproval
                   : roll < 295 ? S::PendingSettlement
                   : roll < 315 ? S::Failed
                   : roll < 345 ? S::Canceled
                                : S::Executed;
    } else {
        o.status = roll < 10 ? S::PendingApproval : roll < 40 ? S::Failed : roll < 80 ? S::Canceled : S::Executed;
    }
    const int review = reviewOfOrder(index);
    int forcedFailed = -1; // sample: reward 0 failed with this method
    switch (index) {
    case 0:
    case 4:
        o.status = S::PendingApproval;
        o.external = true;
        break;
    case 1:
        o.status = S::PendingApproval;
        o.external = false;
        break;
    case 2:
        o.status = S::Executed;
        forcedFailed = static_cast<int>(SbxTrMethod::Email);
        break;
    case 3:
        o.status = S::Executed;
        forcedFailed = static_cast<int>(SbxTrMethod::Phone);
        break;
    default:
        if (review >= 0)
            o.status = S::Executed;
        break;
    }

    const qint64 age = m_startMs - o.createdAt;
    const int count = rewardCount(index);
    for (int n = 0; n < count; ++n) {
        SandboxRandom r = SandboxRandom::forRecord(m_seed, "tremendous.reward", index * 4 + static_cast<quint64>(n));
        TremendousReward w;
        w.n = n;
        w.cents = static_cast<qint64>(r.pick(kDenominations)) * 100;
        w.usdCents = (w.cents * kRates[o.currency] + 5000) / 10000;
        w.method = static_cast<SbxTrMethod>(weighted(r, {70, 15, 15}));
        w.deliverAt = dayOf(o.createdAt);
        switch (o.status) {
        case S::Executed: {
            const int d = static_cast<int>(r.bounded(1000));
            if (w.method != SbxTrMethod::Link && d < 35)
                w.delivery = SbxTrDelivery::Failed;
            else if (age < kDay && d < 135)
                w.delivery = SbxTrDelivery::Pending;
            else if (age < 2 * kDay && d < 185) {
                w.delivery = SbxTrDelivery::Scheduled;
                w.deliverAt = dayOf(m_startMs) + r.range(1, 7) * kDay;
            } else
                w.delivery = SbxTrDelivery::Succeeded;
            break;
        }
        case S::Canceled:
            w.delivery = r.chance(70) ? SbxTrDelivery::Pending : SbxTrDelivery::Failed;
            w.canceled = true;
            break;
        default:
            w.delivery = SbxTrDelivery::Pending;
            break;
        }
        if (r.chance(30))
            w.expiresAt = o.createdAt + (r.chance(50) ? 90 : 365) * kDay;
        const QPair<int, int> fields = customFields(index, n);
        w.customerId = fields.first;
        w.ticket = fields.second;
        if (n == 0 && forcedFailed >= 0) {
            w.method = static_cast<SbxTrMethod>(forcedFailed);
            w.delivery = SbxTrDelivery::Failed;
            w.expiresAt = -1;
        }
        if (n == 0 && review >= 0) {
            w.delivery = SbxTrDelivery::Succeeded;
            if (w.method == SbxTrMethod::Phone)
                w.method = SbxTrMethod::Email;
        }
        w.bounces = w.delivery == SbxTrDelivery::Failed && w.method == SbxTrMethod::Email;
        o.rewards.append(w);
    }
    const qint64 subtotal = o.subtotalCents();
    if (random.chance(12))
        o.feesCents = (subtotal * 2 + 50) / 100;
    if (random.chance(4))
        o.discountCents = (subtotal * 5 + 50) / 100;
    if (o.status == S::Canceled)
        o.refundCents = o.totalCents();
    if (review >= 0 && reviewPlan(review).state.status == SbxTrReviewStatus::Blocked) {
        o.rewards[0].canceled = true;
        o.refundCents = o.rewards[0].usdCents;
        if (o.rewards.size() == 1)
            o.status = S::Canceled;
    }
    return o;
}

TremendousRecipient SandboxTremendousData::recipient(quint64 order, const TremendousReward& reward) const {
    SandboxRandom random =
        SandboxRandom::forRecord(m_seed, "tremendous.recipient", order * 4 + static_cast<quint64>(reward.n));
    TremendousRecipient out;
    const QString first = random.firstName();
    const QString last = random.lastName();
    out.name = first + u' ' + last;
    const QString domain = reward.bounces ? QString::fromLatin1(random.pick(kBouncingDomains)) : random.emailDomain();
    const QString email = emailLocalPart(first, last, static_cast<int>(random.range(1, 99))) + u'@' + domain;
    const QString phone = u"+1"_s + QString::number(random.range(201, 989)) + random.digits(7);
    const bool withEmail = reward.method != SbxTrMethod::Phone || random.chance(50);
    const bool withPhone = reward.method == SbxTrMethod::Phone || random.chance(20);
    if (withEmail)
        out.email = email;
    if (withPhone)
        out.phone = phone;
    if (!reward.email.isNull())
        out.email = reward.email;
    if (!reward.phone.isNull())
        out.phone = reward.phone;
    return out;
}

// ---- fraud reviews -----------------------------------------------------------------------------------------------

namespace {
// Sample reviews: age of the redemption (range, ms before the start) and scenario. -1: random.
struct ReviewSample {
    qint64 minAge;
    qint64 maxAge;
    SbxTrScenario scenario;
    int status; // SbxTrReviewStatus, or 3 = blocked automatically after 30 days
};
const ReviewSample kReviewSamples[] = {
    {20 * kMinute, 60 * kMinute, SbxTrScenario::VpnMultipleEmails, 0},
    {kHour, 3 * kHour, SbxTrScenario::DisallowedCountry, 0},
    {3 * kHour, 8 * kHour, SbxTrScenario::IpBlockedReward, 0},
    {8 * kHour, 20 * kHour, SbxTrScenario::VelocityCheck, 0},
    {28 * kDay + 12 * kHour, 29 * kDay + 20 * kHour, SbxTrScenario::OverAmount, 0}, // close to the 30-day auto-block
    {2 * kDay, 5 * kDay, SbxTrScenario::AppleRelay, 2},
    {3 * kDay, 9 * kDay, SbxTrScenario::VpnMultipleEmails, 1},
    {31 * kDay, 34 * kDay + 12 * kHour, SbxTrScenario::DisallowedCountry, 3},
    {-1, -1, SbxTrScenario::VpnMultipleEmails, -1},
    {-1, -1, SbxTrScenario::VpnMultipleEmails, -1},
    {kDay, 2 * kDay, SbxTrScenario::OverAmountVelocity, 0},
};
constexpr int kReviewSampleCount = int(sizeof(kReviewSamples) / sizeof(kReviewSamples[0]));
} // namespace

void SandboxTremendousData::planReviews() {
    if (m_size < kSampleOrders + 12)
        return;
    const int count = qMin(kMaxReviews, qMax(12, m_size / 40));
    for (int j = 0; j < count; ++j) {
        SandboxRandom random = SandboxRandom::forRecord(m_seed, "tremendous.review.time", static_cast<quint64>(j));
        const ReviewSample* sample =
            j < kReviewSampleCount && kReviewSamples[j].minAge >= 0 ? &kReviewSamples[j] : nullptr;
        const qint64 age =
            sample ? random.range(sample->minAge, sample->maxAge) : random.range(10 * kMinute, 35 * kDay);
        qint64 redeemed = m_startMs - age;
        // The order: the newest one created a little before the redemption that no other review uses.
        const qint64 target = redeemed - random.range(10 * kMinute, 2 * kDay);
        qint64 candidate = qMin<qint64>(firstAtOrBefore(target), m_size - 1);
        const auto free = [this](qint64 i) {
            return i >= kSampleOrders && !m_reviewByOrder.contains(static_cast<quint64>(i));
        };
        qint64 chosen = -1;
        for (qint64 i = candidate; i < m_size && chosen < 0; ++i) {
            if (free(i))
                chosen = i;
        }
        for (qint64 i = candidate - 1; i >= kSampleOrders && chosen < 0; --i) {
            if (free(i))
                chosen = i;
        }
        if (chosen < 0)
            break;
        redeemed = qMin(m_startMs - kMinute, qMax(redeemed, createdAt(static_cast<quint64>(chosen)) + 5 * kMinute));
        m_reviewByOrder.insert(static_cast<quint64>(chosen), j);
        m_reviewOrders.append(static_cast<quint64>(chosen));
        m_reviewRedeemedAt.append(redeemed);
    }
    for (int j = 0; j < m_reviewOrders.size(); ++j)
        m_reviewsByRedemption.append(j);
    std::sort(m_reviewsByRedemption.begin(), m_reviewsByRedemption.end(), [this](int a, int b) {
        const qint64 ta = m_reviewRedeemedAt.at(a);
        const qint64 tb = m_reviewRedeemedAt.at(b);
        return ta != tb ? ta > tb : a < b;
    });
}

TremendousReviewPlan SandboxTremendousData::reviewPlan(int review) const {
    return reviewPlanFor(review, m_reviewOrders.at(review), m_reviewRedeemedAt.at(review));
}

TremendousReviewPlan SandboxTremendousData::reviewPlanFor(int review, quint64 order, qint64 redeemedAt) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "tremendous.review", static_cast<quint64>(review));
    TremendousReviewPlan p;
    p.index = review;
    p.order = order;
    p.redeemedAt = redeemedAt;
    const qint64 age = m_startMs - redeemedAt;
    const ReviewSample* sample =
        review < kReviewSampleCount && kReviewSamples[review].minAge >= 0 ? &kReviewSamples[review] : nullptr;
    int status = 0; // 0 flagged, 1 blocked, 2 released, 3 auto-blocked
    if (sample) {
        p.scenario = sample->scenario;
        status = sample->status;
    } else {
        p.scenario = static_cast<SbxTrScenario>(weighted(random, {22, 14, 10, 16, 10, 10, 6, 6, 0, 0, 6}));
        const int roll = static_cast<int>(random.bounded(100));
        if (age > 30 * kDay)
            status = roll < 60 ? 3 : roll < 85 ? 2 : 1;
        else if (age < 3 * kDay)
            status = roll < 80 ? 0 : roll < 95 ? 2 : 1;
        else
            status = roll < 40 ? 0 : roll < 80 ? 2 : 1;
    }
    switch (status) {
    case 0:
        p.state.status = SbxTrReviewStatus::Flagged;
        break;
    case 3:
        p.state.status = SbxTrReviewStatus::Blocked;
        p.state.reviewedBy = QString::fromLatin1(kAutoReviewer);
        p.state.reviewedAt = redeemedAt + 30 * kDay;
        break;
    default:
        p.state.status = status == 1 ? SbxTrReviewStatus::Blocked : SbxTrReviewStatus::Released;
        p.state.reviewedBy = QString::fromLatin1(random.pick(kReviewers));
        p.state.reviewedAt = redeemedAt + random.range(10 * kMinute, qMax(11 * kMinute, qMin(age - kMinute, 3 * kDay)));
        break;
    }
    return p;
}

// ---- JSON --------------------------------------------------------------------------------------------------------

void SandboxTremendousData::writeAmount(SandboxJsonWriter& json, qint64 cents) {
    json.value(static_cast<double>(cents) / 100.0);
}

void SandboxTremendousData::writeReward(SandboxJsonWriter& json, const TremendousOrder& order,
                                        const TremendousReward& reward) const {
    const TremendousRecipient who = recipient(order.index, reward);
    json.beginObject()
        .field("id"_L1, rewardId(order.index, reward.n))
        .field("order_id"_L1, orderId(order.index))
        .field("created_at"_L1, isoMillisUtc(order.createdAt));
    if (reward.expiresAt < 0)
        json.nullField("expires_at"_L1);
    else
        json.field("expires_at"_L1, isoMillisUtc(reward.expiresAt));
    json.key("value"_L1).beginObject().key("denomination"_L1);
    writeAmount(json, reward.cents);
    json.field("currency_code"_L1, QLatin1StringView(kCurrencies[order.currency])).endObject();
    json.key("recipient"_L1).beginObject().field("name"_L1, who.name);
    if (!who.email.isEmpty())
        json.field("email"_L1, who.email);
    if (!who.phone.isEmpty())
        json.field("phone"_L1, who.phone);
    json.endObject().field("deliver_at"_L1, isoDate(reward.deliverAt)).key("custom_fields"_L1).beginArray();
    if (reward.customerId >= 0) {
        json.beginObject()
            .field("id"_L1, m_fieldIds[0])
            .field("value"_L1, customerValue(reward.customerId))
            .field("label"_L1, "customer_id"_L1)
            .endObject();
    }
    if (reward.ticket >= 0) {
        json.beginObject()
            .field("id"_L1, m_fieldIds[1])
            .field("value"_L1, ticketValue(reward.ticket))
            .field("label"_L1, "ticket"_L1)
            .endObject();
    }
    json.endArray()
        .key("delivery"_L1)
        .beginObject()
        .field("method"_L1, QLatin1StringView(kMethods[static_cast<int>(reward.method)]))
        .field("status"_L1, QLatin1StringView(kDeliveries[static_cast<int>(reward.delivery)]))
        .endObject()
        .endObject();
}

void SandboxTremendousData::writeOrder(SandboxJsonWriter& json, const TremendousOrder& order) const {
    json.beginObject().field("id"_L1, orderId(order.index));
    if (order.external)
        json.field("external_id"_L1, externalId(order.index));
    else
        json.nullField("external_id"_L1);
    if (order.campaign >= 0)
        json.field("campaign_id"_L1, campaignId(order.campaign));
    else
        json.nullField("campaign_id"_L1);
    json.field("created_at"_L1, isoMillisUtc(order.createdAt))
        .field("status"_L1, QLatin1StringView(kStatuses[static_cast<int>(order.status)]))
        .field("channel"_L1, QLatin1StringView(kChannels[order.channel]));
    if (order.hasPayment()) {
        json.key("payment"_L1).beginObject().key("subtotal"_L1);
        writeAmount(json, order.subtotalCents());
        json.key("total"_L1);
        writeAmount(json, order.totalCents());
        json.key("fees"_L1);
        writeAmount(json, order.feesCents);
        json.key("discount"_L1);
        writeAmount(json, order.discountCents);
        json.field("currency_code"_L1, "USD"_L1);
        if (order.refundCents >= 0) {
            json.key("refund"_L1).beginObject().key("total"_L1);
            writeAmount(json, order.refundCents);
            json.field("currency_code"_L1, "USD"_L1).endObject();
        }
        json.endObject();
    }
    if (order.invoice) {
        json.field("invoice_id"_L1,
                   u"INV"_s + SandboxRandom::forRecord(m_seed, "tremendous.invoice", order.index).alnumUpper(9));
    }
    json.key("rewards"_L1).beginArray();
    for (const TremendousReward& reward : order.rewards)
        writeReward(json, order, reward);
    json.endArray().endObject();
}

} // namespace rd
