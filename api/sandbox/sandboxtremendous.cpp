#include "api/sandbox/sandboxtremendous.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxjsonwriter.h"
#include "api/sandbox/sandboxlog.h"
#include "api/sandbox/sandboxrandom.h"
#include "api/sandbox/sandboxtremendouscatalog.h"
#include "api/sandbox/sandboxtremendousfraud.h"
#include "api/sandbox/sandboxtremendousstate.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr qint64 kOrdersDefaultLimit = 10;
constexpr qint64 kRewardsDefaultLimit = 100;
constexpr qint64 kListMaxLimit = 500;
constexpr qint64 kReviewsMaxLimit = 100;
const QString kApiReviewer = u"api@sandbox.example"_s;

SandboxResponse jsonBytes(int status, const QByteArray& body) {
    return SandboxResponse::raw(status, body, "application/json; charset=utf-8");
}

// The payload for a failing parameter, nested the Rails way: "created_at[gte]" -> {"created_at":{"gte":message}}.
QJsonObject payloadFor(const QString& name, const QString& message) {
    QJsonObject payload;
    const qsizetype bracket = name.indexOf(u'[');
    if (bracket > 0 && name.endsWith(u']')) {
        QJsonObject inner;
        inner.insert(name.mid(bracket + 1, name.size() - bracket - 2), message);
        payload.insert(name.left(bracket), inner);
    } else {
        payload.insert(name, message);
    }
    return payload;
}

SandboxResponse badParam(const QString& name, const QString& message) {
    return SandboxTremendous::error(400, u"Invalid parameter %1: %2"_s.arg(name, message), payloadFor(name, message));
}

// An integer query parameter: absent -> fallback; not an integer or outside [min, max] -> error. Values above
// `clampAt` (when > 0) are clamped to it.
std::optional<SandboxResponse> intParam(const SandboxRequest& request, const QString& name, qint64 fallback, qint64 min,
                                        qint64 max, qint64 clampAt, qint64* out) {
    *out = fallback;
    if (!request.query.contains(name))
        return std::nullopt;
    bool ok = false;
    qint64 value = request.query.value(name).trimmed().toLongLong(&ok);
    if (ok && clampAt > 0 && value > clampAt)
        value = clampAt;
    if (!ok || value < min || value > max) {
        const QString range = max == std::numeric_limits<qint64>::max()
                                  ? u"a whole number >= %1"_s.arg(min)
                                  : u"a whole number from %1 to %2"_s.arg(min).arg(max);
        return badParam(name, u"must be "_s + range);
    }
    *out = value;
    return std::nullopt;
}

// The offset and limit of a list request (offset >= 0; limit 1..maxLimit, `defaultLimit` when absent; values above
// `clampAt`, when > 0, clamped to it): nullopt, or the 400 answer for a bad value.
std::optional<SandboxResponse> offsetLimit(const SandboxRequest& request, qint64 defaultLimit, qint64 maxLimit,
                                           qint64 clampAt, qint64* offset, qint64* limit) {
    if (auto bad = intParam(request, u"offset"_s, 0, 0, std::numeric_limits<qint64>::max(), 0, offset))
        return bad;
    return intParam(request, u"limit"_s, defaultLimit, 1, maxLimit, clampAt, limit);
}

// ISO 8601 date-time (zone optional: UTC) or date (UTC midnight).
std::optional<qint64> parseIso(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (dateOnly.match(t).hasMatch()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    static const QRegularExpression dateTime(
        u"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QRegularExpressionMatch match = dateTime.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    QString normalized = t;
    normalized.replace(u' ', u'T');
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (match.captured(3).isEmpty())
        parsed.setTimeSpec(Qt::UTC); // no zone: UTC
    return parsed.toMSecsSinceEpoch();
}

// Optional date bounds `<base>[gte]` / `<base>[lte]`.
std::optional<SandboxResponse> dateRange(const SandboxRequest& request, const QString& base, qint64* gte, qint64* lte) {
    *gte = std::numeric_limits<qint64>::min();
    *lte = std::numeric_limits<qint64>::max();
    for (const char* op : {"gte", "lte"}) {
        const QString name = base + u'[' + QLatin1StringView(op) + u']';
        if (!request.query.contains(name))
            continue;
        const std::optional<qint64> ms = parseIso(request.query.value(name));
        if (!ms)
            return badParam(name, u"must be an ISO 8601 datetime, e.g. 2024-05-01T00:00:00Z"_s);
        *(op[0] == 'g' ? gte : lte) = *ms;
    }
    return std::nullopt;
}

bool validEmail(const QString& email) {
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"_s);
    return pattern.match(email).hasMatch();
}

bool validPhone(const QString& phone) {
    static const QRegularExpression pattern(u"^\\+?[0-9 ().-]+$"_s);
    if (!pattern.match(phone).hasMatch())
        return false;
    qsizetype digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 10 && digits <= 15;
}

SandboxResponse emptyObject() {
    return jsonBytes(200, "{}");
}
} // namespace

SandboxTremendous::SandboxTremendous()
    : m_state(std::make_unique<SandboxTremendousState>()) {}

SandboxTremendous::~SandboxTremendous() = default;

void SandboxTremendous::install(SandboxHttpServer* http, const QString& prefix) {
    m_state->setTimerContext(http);
    http->setErrorFormatter(prefix, [](int status, const QString& message) { return error(status, message); });
    const auto get = [&](const QString& path, Handler handler) { http->route("GET", prefix + path, authed(handler)); };
    const auto post = [&](const QString& path, Handler handler) {
        http->route("POST", prefix + path, authed(handler));
    };
    using R = const SandboxRequest&;
    get(u"/orders"_s, [this](R r) { return listOrders(r); });
    get(u"/orders/<id>"_s, [this](R r) { return getOrder(r); });
    post(u"/order_approvals/<id>/approve"_s, [this](R r) { return decideOrder(r, true); });
    post(u"/order_approvals/<id>/reject"_s, [this](R r) { return decideOrder(r, false); });
    get(u"/fraud_reviews"_s, [this](R r) { return listFraudReviews(r); });
    get(u"/fraud_reviews/<id>"_s, [this](R r) { return getFraudReview(r); });
    http->route("PUT", prefix + u"/fraud_reviews/<id>/release"_s, authed([this](R r) { return reviewFraud(r, true); }));
    http->route("PUT", prefix + u"/fraud_reviews/<id>/block"_s, authed([this](R r) { return reviewFraud(r, false); }));
    get(u"/fraud_rules"_s, [](R) {
        SandboxJsonWriter json(1024);
        json.beginObject().key("fraud_rules"_L1);
        SandboxTremendousCatalog::writeFraudRules(json);
        return jsonBytes(200, json.endObject().take());
    });
    get(u"/rewards"_s, [this](R r) { return listRewards(r); });
    get(u"/rewards/<id>"_s, [this](R r) { return getReward(r); });
    post(u"/rewards/<id>/resend"_s, [this](R r) { return resendReward(r); });
    post(u"/rewards/<id>/cancel"_s, [this](R r) { return cancelReward(r); });
    post(u"/rewards/<id>/generate_link"_s, [this](R r) { return generateLink(r); });
    get(u"/funding_sources"_s, [this](R) { return listFundingSources(); });
    get(u"/funding_sources/<id>"_s, [this](R r) { return getFundingSource(r); });
    get(u"/products"_s, [this](R) {
        SandboxJsonWriter json(8192);
        json.beginObject().key("products"_L1);
        SandboxTremendousCatalog::writeProducts(json, m_seed);
        return jsonBytes(200, json.endObject().take());
    });
    get(u"/campaigns"_s, [this](R) {
        SandboxJsonWriter json(2048);
        json.beginObject().key("campaigns"_L1);
        SandboxTremendousCatalog::writeCampaigns(json, m_state->data());
        return jsonBytes(200, json.endObject().take());
    });
    // Control route (no auth, never faulted, like /_sandbox/faults): the organization's settings.
    http->route("GET", u"/_sandbox/tremendous"_s, [this](R r) { return control(r); });
    http->route("POST", u"/_sandbox/tremendous"_s, [this](R r) { return control(r); });
}

void SandboxTremendous::reset(quint64 seed, int size) {
    SandboxVendor::reset(seed, size);
    m_state->reset(seed, size);
}

void SandboxTremendous::setClock(std::function<qint64()> nowMs) {
    m_state->setClock(std::move(nowMs));
}

qint64 SandboxTremendous::startTime() const {
    return m_state->data().startMs();
}

SandboxResponse SandboxTremendous::error(int status, const QString& message) {
    return error(status, message, QJsonObject());
}

SandboxResponse SandboxTremendous::error(int status, const QString& message, const QJsonObject& payload) {
    QJsonObject errors;
    errors.insert("message"_L1, message);
    errors.insert("payload"_L1, payload);
    QJsonObject body;
    body.insert("errors"_L1, errors);
    return SandboxResponse::json(status, body);
}

SandboxTremendous::Handler SandboxTremendous::authed(Handler handler) const {
    return [this, handler](const SandboxRequest& request) {
        if (std::optional<SandboxResponse> denied = checkAuth(request))
            return *denied;
        return handler(request);
    };
}

std::optional<SandboxResponse> SandboxTremendous::checkAuth(const SandboxRequest& request) const {
    const QByteArray header = request.header("authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    const bool ok = space > 0 && header.left(space).compare("bearer", Qt::CaseInsensitive) == 0 &&
                    !m_credentials.apiKey.isEmpty() && header.mid(space + 1).trimmed() == m_credentials.apiKey;
    if (ok)
        return std::nullopt;
    return error(401, u"Unauthorized: the API key is missing or invalid."_s);
}

// ---- helpers -----------------------------------------------------------------------------------------------------

std::optional<QPair<quint64, int>> SandboxTremendous::findReward(const QString& id) const {
    return m_state->data().rewardIndex(id);
}

QByteArray SandboxTremendous::orderBody(const TremendousOrder& order) const {
    SandboxJsonWriter json(2048);
    json.beginObject().key("order"_L1);
    m_state->data().writeOrder(json, order);
    return json.endObject().take();
}

QByteArray SandboxTremendous::reviewBody(int review) const {
    const TremendousReviewPlan plan = m_state->data().reviewPlan(review);
    SandboxJsonWriter json(2048);
    json.beginObject().key("fraud_review"_L1);
    m_state->fraud().write(json, plan, m_state->review(review), m_state->order(plan.order), true);
    return json.endObject().take();
}

// ---- orders ------------------------------------------------------------------------------------------------------

SandboxResponse SandboxTremendous::listOrders(const SandboxRequest& request) const {
    qint64 offset = 0;
    qint64 limit = 0;
    qint64 gte = 0;
    qint64 lte = 0;
    if (auto bad = offsetLimit(request, kOrdersDefaultLimit, kListMaxLimit, kListMaxLimit, &offset, &limit))
        return *bad;
    if (auto bad = dateRange(request, u"created_at"_s, &gte, &lte))
        return *bad;
    // created_at decreases with the index: a date range is an index range.
    qint64 first = 0;
    qint64 last = m_state->data().size() - 1;
    if (lte != std::numeric_limits<qint64>::max())
        first = m_state->data().firstAtOrBefore(lte);
    if (gte != std::numeric_limits<qint64>::min())
        last = qMin(last, m_state->data().lastAtOrAfter(gte));
    const bool byCampaign = request.query.contains(u"campaign_id"_s);
    const QString campaignId = request.query.value(u"campaign_id"_s);
    int campaign = -2; // no such campaign
    for (int c = 0; c < m_state->data().campaignCount(); ++c) {
        if (m_state->data().campaignId(c) == campaignId)
            campaign = c;
    }
    if (request.query.contains(u"external_id"_s)) {
        const QString external = request.query.value(u"external_id"_s);
        const std::optional<quint64> index =
            external.startsWith("crm-"_L1) ? m_state->data().orderIndex(external) : std::optional<quint64>();
        if (index && static_cast<qint64>(*index) >= first && static_cast<qint64>(*index) <= last) {
            first = static_cast<qint64>(*index);
            last = first;
        } else {
            last = first - 1;
        }
    }

    QList<quint64> page;
    qint64 total = 0;
    if (byCampaign) {
        for (qint64 i = first; i <= last; ++i) {
            if (m_state->data().campaignOf(static_cast<quint64>(i)) != campaign)
                continue;
            if (total >= offset && total < offset + limit)
                page.append(static_cast<quint64>(i));
            ++total;
        }
    } else {
        total = qMax<qint64>(0, last - first + 1);
        for (qint64 i = first + offset; i <= last && i < first + offset + limit; ++i)
            page.append(static_cast<quint64>(i));
    }
    SandboxJsonWriter json(256 + page.size() * 1400);
    json.beginObject().key("orders"_L1).beginArray();
    for (quint64 index : std::as_const(page))
        m_state->data().writeOrder(json, m_state->order(index));
    json.endArray().field("total_count"_L1, total).endObject();
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTremendous::getOrder(const SandboxRequest& request) const {
    const std::optional<quint64> index = m_state->data().orderIndex(request.arg(u"id"_s));
    if (!index)
        return error(404, u"Order not found"_s);
    return jsonBytes(200, orderBody(m_state->order(*index)));
}

SandboxResponse SandboxTremendous::decideOrder(const SandboxRequest& request, bool approve) {
    if (!m_state->approvalsViaApi()) {
        return error(403, u"Approvals via API are not enabled for this organization. Enable 'Allow approvals via "
                          "API' in the organization's Order Approvals settings."_s);
    }
    const std::optional<quint64> index = m_state->data().orderIndex(request.arg(u"id"_s));
    if (!index)
        return error(404, u"Order not found"_s);
    TremendousOrder order = m_state->order(*index);
    if (order.status != SbxTrOrderStatus::PendingApproval) {
        return error(422, u"Order is not pending approval (its status is %1)"_s.arg(
                              QLatin1StringView(SandboxTremendousData::kStatuses[static_cast<int>(order.status)])));
    }
    if (approve) {
        const qint64 total = order.totalCents();
        if (total > m_state->balanceCents()) {
            return error(
                402,
                u"Insufficient funds: the order total of USD %1 exceeds the available balance of USD %2"_s.arg(
                    QString::number(total / 100.0, 'f', 2), QString::number(m_state->balanceCents() / 100.0, 'f', 2)));
        }
        m_state->setBalanceCents(m_state->balanceCents() - total);
        order.status = SbxTrOrderStatus::Executed;
        m_state->setOrder(*index, order);
        m_state->deliverLater(*index, {});
        qCDebug(lcSandbox) << "tremendous: order" << m_state->data().orderId(*index) << "approved";
    } else {
        order.status = SbxTrOrderStatus::Canceled;
        for (TremendousReward& reward : order.rewards)
            reward.canceled = true;
        order.refundCents = order.totalCents();
        m_state->setOrder(*index, order);
        qCDebug(lcSandbox) << "tremendous: order" << m_state->data().orderId(*index) << "rejected";
    }
    return jsonBytes(200, orderBody(order));
}

// ---- fraud reviews -----------------------------------------------------------------------------------------------

SandboxResponse SandboxTremendous::listFraudReviews(const SandboxRequest& request) const {
    qint64 offset = 0;
    qint64 limit = 0;
    if (auto bad = offsetLimit(request, 10, kReviewsMaxLimit, 0, &offset, &limit))
        return *bad;
    int status = -1;
    if (request.query.contains(u"status"_s)) {
        const QString value = request.query.value(u"status"_s);
        for (int s = 0; s < 3; ++s) {
            if (value == QLatin1StringView(SandboxTremendousData::kReviewStatuses[s]))
                status = s;
        }
        if (status < 0)
            return badParam(u"status"_s, u"must be one of flagged, blocked, released"_s);
    }
    qint64 createdGte = 0;
    qint64 createdLte = 0;
    qint64 redeemedGte = 0;
    qint64 redeemedLte = 0;
    if (auto bad = dateRange(request, u"created_at"_s, &createdGte, &createdLte))
        return *bad;
    if (auto bad = dateRange(request, u"redeemed_at"_s, &redeemedGte, &redeemedLte))
        return *bad;
    const qint64 from = qMax(createdGte, redeemedGte); // a review is created when the reward is redeemed
    const qint64 to = qMin(createdLte, redeemedLte);

    QList<QPair<TremendousReviewPlan, TremendousReviewState>> page;
    qint64 total = 0;
    for (int review : m_state->data().reviewsByRedemption()) {
        const TremendousReviewPlan plan = m_state->data().reviewPlan(review);
        if (plan.redeemedAt < from || plan.redeemedAt > to)
            continue;
        const TremendousReviewState state = m_state->review(review);
        if (status >= 0 && static_cast<int>(state.status) != status)
            continue;
        if (total >= offset && total < offset + limit)
            page.append({plan, state});
        ++total;
    }
    SandboxJsonWriter json(256 + page.size() * 1200);
    json.beginObject().key("fraud_reviews"_L1).beginArray();
    for (const auto& item : std::as_const(page))
        m_state->fraud().write(json, item.first, item.second, m_state->order(item.first.order), false);
    json.endArray().field("total_count"_L1, total).endObject();
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTremendous::getFraudReview(const SandboxRequest& request) const {
    const std::optional<QPair<quint64, int>> reward = findReward(request.arg(u"id"_s));
    const int review = reward && reward->second == 0 ? m_state->data().reviewOfOrder(reward->first) : -1;
    if (review < 0)
        return error(404, u"Fraud review not found"_s);
    return jsonBytes(200, reviewBody(review));
}

SandboxResponse SandboxTremendous::reviewFraud(const SandboxRequest& request, bool release) {
    const std::optional<QPair<quint64, int>> reward = findReward(request.arg(u"id"_s));
    const int review = reward && reward->second == 0 ? m_state->data().reviewOfOrder(reward->first) : -1;
    if (review < 0)
        return error(404, u"Fraud review not found"_s);
    TremendousReviewState state = m_state->review(review);
    if (state.status != SbxTrReviewStatus::Flagged) {
        return error(422, u"Fraud review is not flagged (its status is %1)"_s.arg(QLatin1StringView(
                              SandboxTremendousData::kReviewStatuses[static_cast<int>(state.status)])));
    }
    state.status = release ? SbxTrReviewStatus::Released : SbxTrReviewStatus::Blocked;
    state.reviewedBy = kApiReviewer;
    state.reviewedAt = m_state->now();
    m_state->setReview(review, state);
    if (!release) {
        TremendousOrder order = m_state->order(reward->first);
        m_state->cancelAndRefund(order, 0);
        m_state->setOrder(reward->first, order);
    }
    qCDebug(lcSandbox) << "tremendous: fraud review" << request.arg(u"id"_s) << (release ? "released" : "blocked");
    return jsonBytes(200, reviewBody(review));
}

// ---- rewards -----------------------------------------------------------------------------------------------------

SandboxResponse SandboxTremendous::listRewards(const SandboxRequest& request) const {
    qint64 offset = 0;
    qint64 limit = 0;
    if (auto bad = offsetLimit(request, kRewardsDefaultLimit, kListMaxLimit, kListMaxLimit, &offset, &limit))
        return *bad;
    // Every other query item is a custom-field filter: label (case-insensitive) = value (exact).
    QList<QPair<int, QString>> filters; // (field: 0 customer_id, 1 ticket, -1 unknown label), value
    for (const auto& item : request.query.items()) {
        if (item.first == "offset"_L1 || item.first == "limit"_L1)
            continue;
        const QString label = item.first.toLower();
        filters.append({label == "customer_id"_L1 ? 0 : label == "ticket"_L1 ? 1 : -1, item.second});
    }

    QList<QPair<quint64, int>> page;
    qint64 total = 0;
    if (filters.isEmpty()) {
        const qint64 all = static_cast<qint64>(m_state->data().totalRewards());
        total = all;
        for (qint64 g = offset; g < all && g < offset + limit; ++g)
            page.append(m_state->data().rewardAt(static_cast<quint64>(g)));
    } else {
        bool possible = true;
        for (const auto& filter : std::as_const(filters))
            possible = possible && filter.first >= 0;
        for (quint64 i = 0; possible && i < static_cast<quint64>(m_state->data().size()); ++i) {
            const int count = m_state->data().rewardCount(i);
            for (int n = 0; n < count; ++n) {
                const QPair<int, int> fields = m_state->data().customFields(i, n);
                bool match = true;
                for (const auto& filter : std::as_const(filters)) {
                    const int id = filter.first == 0 ? fields.first : fields.second;
                    match = match && id >= 0 &&
                            (filter.first == 0 ? SandboxTremendousData::customerValue(id)
                                               : SandboxTremendousData::ticketValue(id)) == filter.second;
                }
                if (!match)
                    continue;
                if (total >= offset && total < offset + limit)
                    page.append({i, n});
                ++total;
            }
        }
    }
    SandboxJsonWriter json(256 + page.size() * 600);
    json.beginObject().key("rewards"_L1).beginArray();
    quint64 cachedIndex = ~0ULL;
    TremendousOrder cached;
    for (const auto& item : std::as_const(page)) {
        if (item.first != cachedIndex) {
            cached = m_state->order(item.first);
            cachedIndex = item.first;
        }
        m_state->data().writeReward(json, cached, cached.rewards.at(item.second));
    }
    json.endArray().field("total_count"_L1, total).endObject();
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTremendous::getReward(const SandboxRequest& request) const {
    const std::optional<QPair<quint64, int>> reward = findReward(request.arg(u"id"_s));
    if (!reward)
        return error(404, u"Reward not found"_s);
    const TremendousOrder order = m_state->order(reward->first);
    SandboxJsonWriter json(1024);
    json.beginObject().key("reward"_L1);
    m_state->data().writeReward(json, order, order.rewards.at(reward->second));
    return jsonBytes(200, json.endObject().take());
}

SandboxResponse SandboxTremendous::resendReward(const SandboxRequest& request) {
    const std::optional<QPair<quint64, int>> found = findReward(request.arg(u"id"_s));
    if (!found)
        return error(404, u"Reward not found"_s);
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(422, u"The request body is not a JSON object"_s);
        body = document.object();
    }
    const bool hasEmail = body.contains("updated_email"_L1);
    const bool hasPhone = body.contains("updated_phone"_L1);
    if (hasEmail && hasPhone) {
        QJsonObject payload;
        payload.insert("updated_email"_L1, u"cannot be combined with updated_phone"_s);
        payload.insert("updated_phone"_L1, u"cannot be combined with updated_email"_s);
        return error(422, u"Provide either updated_email or updated_phone, not both"_s, payload);
    }
    const QString email = body.value("updated_email"_L1).toString().trimmed();
    const QString phone = body.value("updated_phone"_L1).toString().trimmed();
    if (hasEmail && !validEmail(email))
        return error(422, u"updated_email is not a valid e-mail address"_s,
                     payloadFor(u"updated_email"_s, u"is invalid"_s));
    if (hasPhone && !validPhone(phone))
        return error(422, u"updated_phone is not a valid phone number"_s,
                     payloadFor(u"updated_phone"_s, u"is invalid"_s));

    TremendousOrder order = m_state->order(found->first);
    TremendousReward& reward = order.rewards[found->second];
    if (hasEmail && reward.method == SbxTrMethod::Phone)
        return error(422, u"updated_email applies only to rewards delivered by e-mail"_s,
                     payloadFor(u"updated_email"_s, u"not applicable to SMS delivery"_s));
    if (hasPhone && reward.method != SbxTrMethod::Phone)
        return error(422, u"updated_phone applies only to rewards delivered by SMS"_s,
                     payloadFor(u"updated_phone"_s, u"not applicable to e-mail delivery"_s));
    if (reward.canceled)
        return error(422, u"The reward has been canceled and cannot be resent"_s);
    if (reward.delivery != SbxTrDelivery::Failed)
        return error(422, u"Only rewards with a previous delivery failure can be resent"_s);
    if (hasEmail)
        reward.email = email;
    if (hasPhone)
        reward.phone = phone;
    reward.delivery = SbxTrDelivery::Pending;
    m_state->setOrder(found->first, order);
    m_state->deliverLater(found->first, {found->second});
    qCDebug(lcSandbox) << "tremendous: reward" << request.arg(u"id"_s) << "resent";
    return emptyObject();
}

SandboxResponse SandboxTremendous::cancelReward(const SandboxRequest& request) {
    const std::optional<QPair<quint64, int>> found = findReward(request.arg(u"id"_s));
    if (!found)
        return error(404, u"Reward not found"_s);
    TremendousOrder order = m_state->order(found->first);
    const TremendousReward& reward = order.rewards.at(found->second);
    if (reward.canceled)
        return error(422, u"The reward has already been canceled"_s);
    if (reward.expiresAt >= 0 && reward.expiresAt <= m_state->now())
        return error(422, u"The reward has expired and cannot be canceled"_s);
    if (reward.delivery == SbxTrDelivery::Succeeded)
        return error(422, u"The reward has already been redeemed and cannot be canceled"_s);
    if (reward.delivery != SbxTrDelivery::Failed)
        return error(422, u"Only rewards with a delivery failure can be canceled"_s);
    m_state->cancelAndRefund(order, found->second);
    m_state->setOrder(found->first, order);
    qCDebug(lcSandbox) << "tremendous: reward" << request.arg(u"id"_s) << "canceled";
    return emptyObject();
}

SandboxResponse SandboxTremendous::generateLink(const SandboxRequest& request) {
    const QString id = request.arg(u"id"_s);
    const std::optional<QPair<quint64, int>> found = findReward(id);
    if (!found)
        return error(404, u"Reward not found"_s);
    const TremendousOrder order = m_state->order(found->first);
    const int review = found->second == 0 ? m_state->data().reviewOfOrder(found->first) : -1;
    if (order.rewards.at(found->second).canceled)
        return error(403, u"A link cannot be generated for a canceled reward"_s);
    if (review >= 0 && m_state->review(review).status == SbxTrReviewStatus::Blocked)
        return error(403, u"A link cannot be generated for a reward blocked by fraud review"_s);
    if (order.status != SbxTrOrderStatus::Executed)
        return error(403, u"A link can be generated only for rewards of executed orders"_s);
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "tremendous.link", m_state->nextLinkNumber());
    SandboxJsonWriter json(256);
    json.beginObject()
        .key("reward"_L1)
        .beginObject()
        .field("id"_L1, id)
        .field("link"_L1, u"https://rewards.sandbox.example/redeem/"_s + random.hex(40))
        .endObject()
        .endObject();
    return jsonBytes(200, json.take());
}

// ---- funding sources and control ---------------------------------------------------------------------------------

SandboxResponse SandboxTremendous::listFundingSources() const {
    QJsonArray sources;
    for (int i = 0; i < SandboxTremendousCatalog::kFundingSourceCount; ++i)
        sources.append(SandboxTremendousCatalog::fundingSource(m_seed, i, m_state->balanceCents()));
    QJsonObject body;
    body.insert("funding_sources"_L1, sources);
    return SandboxResponse::json(200, body);
}

SandboxResponse SandboxTremendous::getFundingSource(const SandboxRequest& request) const {
    const QString id = request.arg(u"id"_s);
    for (int i = 0; i < SandboxTremendousCatalog::kFundingSourceCount; ++i) {
        const QJsonObject source = SandboxTremendousCatalog::fundingSource(m_seed, i, m_state->balanceCents());
        const QString method = source.value("method"_L1).toString();
        if (source.value("id"_L1).toString() == id ||
            (id.compare(method, Qt::CaseInsensitive) == 0 && (method == "balance"_L1 || method == "invoice"_L1))) {
            QJsonObject body;
            body.insert("funding_source"_L1, source);
            return SandboxResponse::json(200, body);
        }
    }
    return error(404, u"Funding source not found"_s);
}

SandboxResponse SandboxTremendous::control(const SandboxRequest& request) {
    if (request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        const auto bad = [](const QString& message) {
            QJsonObject body;
            body.insert("error"_L1, message);
            body.insert("status"_L1, 400);
            return SandboxResponse::json(400, body);
        };
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return bad(u"The body must be a JSON object"_s);
        const QJsonObject o = document.object();
        const QJsonValue approvals = o.value("approvals_via_api"_L1);
        const QJsonValue balance = o.value("balance_cents"_L1);
        if (!approvals.isUndefined() && !approvals.isBool())
            return bad(u"approvals_via_api must be true or false"_s);
        if (!balance.isUndefined() && (!balance.isDouble() || balance.toDouble() != std::floor(balance.toDouble())))
            return bad(u"balance_cents must be a whole number"_s);
        if (o.value("reset"_L1).toBool())
            reset(m_seed, m_size);
        if (approvals.isBool())
            m_state->setApprovalsViaApi(approvals.toBool());
        if (balance.isDouble())
            m_state->setBalanceCents(static_cast<qint64>(balance.toDouble()));
    }
    QJsonObject body;
    body.insert("approvals_via_api"_L1, m_state->approvalsViaApi());
    body.insert("balance_cents"_L1, m_state->balanceCents());
    body.insert("pending_approval_order_ids"_L1, QJsonArray::fromStringList(m_state->pendingApprovalOrderIds(5)));
    body.insert("flagged_review_ids"_L1, QJsonArray::fromStringList(m_state->flaggedReviewIds(5)));
    body.insert("failed_reward_ids"_L1, QJsonArray::fromStringList(m_state->failedRewardIds(5)));
    return SandboxResponse::json(200, body);
}

} // namespace rd
