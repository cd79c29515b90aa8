#include "api/tremendous/tremendoustypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

#include "api/core/jsonreader.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

// Significant digits of a plain decimal text ("0.050" -> 2, "1200" -> 2, "25.5" -> 3).
int significantDigits(const QString& decimal) {
    QString digits;
    for (QChar c : decimal) {
        if (c.isDigit())
            digits += c;
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return int(digits.size());
}

// The exact decimal text of a JSON number. QJsonDocument keeps numbers as doubles, so the text is recovered as the
// shortest decimal that reads back as the same double, in fixed notation ('f': 10000000 stays "10000000", where
// 'g' would give "1e+07"). A decimal of up to 15 significant digits (DBL_DIG) always comes back exactly; a number
// whose shortest text needs more digits may not be what the vendor wrote, so it is refused rather than guessed.
std::optional<QString> exactNumberText(double value, QString* why) {
    if (!std::isfinite(value)) {
        *why = u"not a finite number"_s;
        return std::nullopt;
    }
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (text == u"-0")
        text = u"0"_s;
    if (significantDigits(text) > 15) {
        *why = u"a number too long to be exact (%1 significant digits)"_s.arg(significantDigits(text));
        return std::nullopt;
    }
    return text;
}

// Reads a money amount: a JSON number (the documented type) or a decimal string (tolerated drift). A missing
// required amount, a mistyped one, or one finer than 1/100 is a field error; the Money then has no cents.
Money readMoney(JsonReader& r, const QString& key, const QString& currency, bool required = true) {
    Money m;
    m.currency = currency;
    const QJsonValue v = r.object().value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            r.fail(key, u"missing"_s);
        return m;
    }
    if (v.isDouble()) {
        QString why;
        const std::optional<QString> text = exactNumberText(v.toDouble(), &why);
        if (!text) {
            r.fail(key, why);
            return m;
        }
        m.decimal = *text;
    } else if (v.isString() && isDecimalString(v.toString().trimmed())) {
        m.decimal = v.toString().trimmed();
        if (m.decimal.startsWith(u'+'))
            m.decimal.remove(0, 1);
    } else {
        r.fail(key, u"expected a number"_s);
        return m;
    }
    qint64 cents = 0;
    if (!decimalToMinorUnits(m.decimal, 2, &cents)) {
        r.fail(key, u"not an amount in hundredths (%1)"_s.arg(m.decimal));
        return m;
    }
    m.cents = cents;
    return m;
}

// An amount given in cents (funding source meta `*_cents`, an integer).
std::optional<Money> readCents(JsonReader& r, const QString& key, const QString& currency) {
    const std::optional<qint64> cents = r.optionalInteger(key);
    if (!cents)
        return std::nullopt;
    Money m;
    m.cents = *cents;
    m.decimal = centsText(*cents);
    m.currency = currency;
    return m;
}

// Funding source amounts: `<base>_cents` preferred (exact by construction), else `<base>_amount`. When both are
// sent the amount's own text is kept if it agrees with the cents.
std::optional<Money> readMetaAmount(JsonReader& r, const QString& base, const QString& currency) {
    const QString centsKey = base + u"_cents"_s;
    const QString amountKey = base + u"_amount"_s;
    std::optional<Money> fromCents = readCents(r, centsKey, currency);
    if (!r.has(amountKey))
        return fromCents;
    Money fromAmount = readMoney(r, amountKey, currency, false);
    if (!fromCents)
        return fromAmount.valid() ? std::optional<Money>(fromAmount) : std::nullopt;
    if (fromAmount.valid() && fromAmount.cents == fromCents->cents)
        fromCents->decimal = fromAmount.decimal;
    return fromCents;
}

// `deliver_at` is a date ("2024-05-01"); a date-time is tolerated (its date is kept, as the API does).
QDate optionalDate(JsonReader& r, const QString& key) {
    const std::optional<QString> text = r.optionalString(key);
    if (!text || text->trimmed().isEmpty())
        return {};
    const QString t = text->trimmed();
    QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (!d.isValid() || (t.size() > 10 && !QDateTime::fromString(t, Qt::ISODateWithMs).isValid())) {
        r.fail(key, u"not an ISO 8601 date"_s);
        return {};
    }
    return d;
}

// An array of strings; a non-string element is a field error and skipped.
QStringList stringList(JsonReader& r, const QString& key, bool required) {
    QStringList out;
    std::optional<QJsonArray> array = required ? std::optional<QJsonArray>(r.array(key)) : r.optionalArray(key);
    if (!array)
        return out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue v = array->at(i);
        if (v.isString())
            out.append(v.toString());
        else
            r.fail(key + u'[' + QString::number(i) + u']', u"expected a string"_s);
    }
    return out;
}

std::optional<QJsonDocument> parseBody(const QByteArray& body, ApiError* error) {
    QString why;
    std::optional<QJsonDocument> doc = parseJson(body, &why);
    if (!doc)
        *error = parseError(Vendor::Tremendous, why);
    return doc;
}

// The root object of a 2xx answer. `status` or `errors` in a success answer means an error body under a 2xx status:
// not the documented shape.
std::optional<QJsonObject> rootObject(const QByteArray& body, ApiError* error) {
    const std::optional<QJsonDocument> doc = parseBody(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *error = parseError(Vendor::Tremendous, u"expected a JSON object"_s);
        return std::nullopt;
    }
    const QJsonObject root = doc->object();
    if (root.contains(u"errors"_s) || root.contains(u"status"_s)) {
        *error = parseError(Vendor::Tremendous, u"an error body (status/errors) in a success answer"_s);
        return std::nullopt;
    }
    return root;
}

std::optional<QJsonObject> wrappedObject(const QByteArray& body, const QString& key, ApiError* error) {
    const std::optional<QJsonObject> root = rootObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue v = root->value(key);
    if (!v.isObject()) {
        *error = parseError(Vendor::Tremendous,
                            v.isUndefined() ? u"%1: missing"_s.arg(key) : u"%1: expected an object"_s.arg(key));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> wrappedArray(const QJsonObject& root, const QString& key, ApiError* error) {
    const QJsonValue v = root.value(key);
    if (!v.isArray()) {
        *error = parseError(Vendor::Tremendous,
                            v.isUndefined() ? u"%1: missing"_s.arg(key) : u"%1: expected an array"_s.arg(key));
        return std::nullopt;
    }
    return v.toArray();
}

// total_count: absent -> nullopt; present but not a non-negative integer -> Parse error.
bool readTotalCount(const QJsonObject& root, std::optional<qint64>* out, ApiError* error) {
    const QJsonValue v = root.value(u"total_count"_s);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9e15) {
        *error = parseError(Vendor::Tremendous, u"total_count: expected a non-negative integer"_s);
        return false;
    }
    *out = qint64(d);
    return true;
}

template <typename T, typename Convert>
ApiResult<QList<T>> parseList(const QByteArray& body, const QString& key, Convert convert) {
    ApiError error;
    const std::optional<QJsonObject> root = rootObject(body, &error);
    if (!root)
        return error;
    const std::optional<QJsonArray> array = wrappedArray(*root, key, &error);
    if (!array)
        return error;
    std::optional<QList<T>> items = convertObjects<T>(*array, key, Vendor::Tremendous, convert, &error);
    if (!items)
        return error;
    return std::move(*items);
}

FundingSource fundingSourceFromJson(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    FundingSource f;
    f.id = r.id(u"id"_s);
    f.methodRaw = r.string(u"method"_s);
    f.statusRaw = r.optionalText(u"status"_s);
    f.typeRaw = r.optionalText(u"type"_s);
    JsonReader meta = r.child(u"meta"_s);
    const QString currency = meta.optionalString(u"currency_code"_s).value_or(QString());
    f.available = readMetaAmount(meta, u"available"_s, currency);
    f.pending = readMetaAmount(meta, u"pending"_s, currency);
    f.creditLimit = readMetaAmount(meta, u"credit_limit"_s, currency);

    const QString method = f.methodRaw.trimmed().toLower();
    if (method == u"balance") {
        f.label = QCoreApplication::translate("rd::TremendousTypes", "Balance");
    } else if (method == u"credit_card") {
        const QString network = meta.optionalString(u"network"_s).value_or(QString());
        const QString last4 = meta.optionalString(u"last4"_s).value_or(QString());
        f.label = network.isEmpty() ? QCoreApplication::translate("rd::TremendousTypes", "Credit card") : network;
        if (!last4.isEmpty())
            f.label += u" •••• "_s + last4;
    } else if (method == u"bank_account") {
        const QString bank = meta.optionalString(u"bank_name"_s).value_or(QString());
        const QString type = meta.optionalString(u"account_type"_s).value_or(QString());
        const QString mask = meta.optionalString(u"account_number_mask"_s).value_or(QString());
        QString name = bank.isEmpty() ? QCoreApplication::translate("rd::TremendousTypes", "Bank account") : bank;
        if (!type.isEmpty())
            name += u' ' + type;
        if (!mask.isEmpty())
            name += u" •••• "_s + mask;
        f.label = name;
    } else if (method == u"invoice") {
        const QString type = meta.optionalString(u"invoice_type"_s).value_or(f.typeRaw);
        f.label = type.isEmpty() ? QCoreApplication::translate("rd::TremendousTypes", "Invoice")
                                 : QCoreApplication::translate("rd::TremendousTypes", "Invoice (%1)").arg(type);
    } else {
        f.label = f.methodRaw.simplified().left(60);
    }
    f.fieldErrors = r.errors();
    return f;
}

Product productFromJson(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Product p;
    p.id = r.id(u"id"_s);
    p.name = r.string(u"name"_s);
    p.category = r.string(u"category"_s);
    p.currencyCodes = stringList(r, u"currency_codes"_s, true);
    return p;
}

Campaign campaignFromJson(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Campaign c;
    c.id = r.optionalId(u"id"_s).value_or(QString());
    c.name = r.string(u"name"_s);
    c.description = r.optionalText(u"description"_s);
    c.productIds = stringList(r, u"products"_s, false);
    return c;
}

FraudRule fraudRuleFromJson(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    FraudRule f;
    f.ruleTypeRaw = r.optionalText(u"rule_type"_s);
    f.config = r.optionalObject(u"config"_s).value_or(QJsonObject());
    return f;
}

} // namespace

// ---- records -----------------------------------------------------------------------------------------------------

QString Reward::recipientDisplay() const {
    if (!recipientEmail.isEmpty())
        return recipientEmail;
    if (!recipientPhone.isEmpty())
        return recipientPhone;
    return recipientName;
}

std::optional<QDateTime> FraudReview::autoBlockAt() const {
    // Only a review still waiting in the flagged queue is blocked automatically ("Rewards can be automatically
    // blocked if they remain in the flagged fraud queue for more than 30 days"); the queue is ordered by redeemed_at.
    if (status != FraudStatus::Flagged || !redeemedAt || !redeemedAt->isValid())
        return std::nullopt;
    return redeemedAt->toUTC().addDays(30);
}

Reward parseReward(const QJsonObject& object, const QString& path) {
    JsonReader r(object, path);
    Reward w;
    // The schema marks every reward field optional, but a reward without an id cannot be looked up or acted on.
    w.id = r.id(u"id"_s);
    w.orderId = r.optionalId(u"order_id"_s).value_or(QString());
    w.createdAt = r.optionalUtcDateTime(u"created_at"_s).value_or(QDateTime());
    w.expiresAt = r.optionalUtcDateTime(u"expires_at"_s);
    {
        JsonReader value = r.child(u"value"_s);
        const QString currency = value.optionalString(u"currency_code"_s).value_or(QString());
        w.value = readMoney(value, u"denomination"_s, currency);
    }
    if (std::optional<JsonReader> recipient = r.optionalChild(u"recipient"_s)) {
        w.recipientName = recipient->optionalString(u"name"_s).value_or(QString());
        w.recipientEmail = recipient->optionalString(u"email"_s).value_or(QString());
        w.recipientPhone = recipient->optionalString(u"phone"_s).value_or(QString());
    }
    w.deliverAt = optionalDate(r, u"deliver_at"_s);
    if (std::optional<QJsonArray> fields = r.optionalArray(u"custom_fields"_s)) {
        for (qsizetype i = 0; i < fields->size(); ++i) {
            const QJsonValue v = fields->at(i);
            if (!v.isObject()) {
                r.fail(u"custom_fields[%1]"_s.arg(i), u"expected an object"_s);
                continue;
            }
            JsonReader f = r.element(*fields, u"custom_fields"_s, i);
            CustomField field;
            field.id = f.optionalId(u"id"_s).value_or(QString());
            field.label = f.optionalString(u"label"_s).value_or(QString());
            field.value = f.optionalString(u"value"_s);
            w.customFields.append(field);
        }
    }
    if (std::optional<JsonReader> delivery = r.optionalChild(u"delivery"_s)) {
        w.deliveryMethodRaw = delivery->optionalString(u"method"_s).value_or(QString());
        w.deliveryStatusRaw = delivery->optionalString(u"status"_s).value_or(QString());
    }
    w.deliveryMethod = deliveryMethodFromRaw(w.deliveryMethodRaw);
    w.deliveryStatus = deliveryStatusFromRaw(w.deliveryStatusRaw);
    w.fieldErrors = r.errors();
    return w;
}

Order parseOrder(const QJsonObject& object, const QString& path) {
    JsonReader r(object, path);
    Order o;
    o.id = r.id(u"id"_s);
    o.externalId = r.optionalId(u"external_id"_s).value_or(QString());
    o.campaignId = r.optionalId(u"campaign_id"_s).value_or(QString());
    o.createdAt = r.utcDateTime(u"created_at"_s);
    o.statusRaw = r.string(u"status"_s);
    o.status = orderStatusFromRaw(o.statusRaw);
    o.channelRaw = r.optionalText(u"channel"_s);
    o.invoiceId = r.optionalId(u"invoice_id"_s).value_or(QString());
    if (std::optional<JsonReader> payment = r.optionalChild(u"payment"_s)) {
        Payment p;
        p.currency = payment->string(u"currency_code"_s);
        p.subtotal = readMoney(*payment, u"subtotal"_s, p.currency);
        p.total = readMoney(*payment, u"total"_s, p.currency);
        p.fees = readMoney(*payment, u"fees"_s, p.currency);
        p.discount = readMoney(*payment, u"discount"_s, p.currency);
        if (std::optional<JsonReader> refund = payment->optionalChild(u"refund"_s)) {
            const QString currency = refund->string(u"currency_code"_s);
            p.refund = readMoney(*refund, u"total"_s, currency);
        }
        o.payment = p;
    }
    QStringList rewardErrors;
    if (std::optional<QJsonArray> rewards = r.optionalArray(u"rewards"_s)) {
        for (qsizetype i = 0; i < rewards->size(); ++i) {
            const QJsonValue v = rewards->at(i);
            const QString where = r.path(u"rewards"_s) + u'[' + QString::number(i) + u']';
            if (!v.isObject()) {
                r.fail(u"rewards[%1]"_s.arg(i), u"expected an object"_s);
                continue;
            }
            Reward reward = parseReward(v.toObject(), where);
            rewardErrors += reward.fieldErrors;
            o.rewards.append(std::move(reward));
        }
    }
    o.fieldErrors = r.errors() + rewardErrors;
    return o;
}

FraudReview parseFraudReview(const QJsonObject& object, const QString& path) {
    JsonReader r(object, path);
    FraudReview f;
    // Every field is optional in the schema; the status and the reward (its id is the review's id) are what the
    // actions depend on, so their absence is a field error.
    f.statusRaw = r.string(u"status"_s);
    f.status = fraudStatusFromRaw(f.statusRaw);
    f.reasons = stringList(r, u"reasons"_s, false);
    f.deviceId = r.optionalId(u"device_id"_s).value_or(QString());
    f.redemptionMethod = r.optionalText(u"redemption_method"_s);
    f.redeemedAt = r.optionalUtcDateTime(u"redeemed_at"_s);
    if (std::optional<JsonReader> geo = r.optionalChild(u"geo"_s)) {
        f.geo.ip = geo->optionalString(u"ip"_s).value_or(QString());
        f.geo.country = geo->optionalString(u"country"_s).value_or(QString());
        f.geo.city = geo->optionalString(u"city"_s).value_or(QString());
    }
    QStringList rewardErrors;
    const QJsonValue reward = object.value(u"reward"_s);
    if (reward.isObject()) {
        f.reward = parseReward(reward.toObject(), r.path(u"reward"_s));
        rewardErrors = f.reward.fieldErrors;
    } else {
        r.fail(u"reward"_s, reward.isUndefined() || reward.isNull() ? u"missing"_s : u"expected an object"_s);
    }
    f.reviewedBy = r.optionalText(u"reviewed_by"_s);
    f.reviewedAt = r.optionalUtcDateTime(u"reviewed_at"_s);
    f.redemptionMethodAccountHash = r.optionalText(u"redemption_method_account_hash"_s);
    f.riskRaw = r.optionalText(u"risk"_s);
    f.risk = riskFromRaw(f.riskRaw);
    if (std::optional<JsonReader> related = r.optionalChild(u"related_rewards"_s)) {
        RelatedRewards rr;
        rr.ids = stringList(*related, u"ids"_s, false);
        rr.count = related->optionalInteger(u"count"_s);
        rr.blockedCount = related->optionalInteger(u"blocked_count"_s);
        const QString currency = related->optionalString(u"currency_code"_s).value_or(QString());
        rr.aggregatedValue = readMoney(*related, u"aggregated_value"_s, currency, false);
        f.relatedRewards = rr;
    }
    f.fieldErrors = r.errors() + rewardErrors;
    return f;
}

// ---- answers -----------------------------------------------------------------------------------------------------

ApiResult<OrderPage> parseOrderPage(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonObject> root = rootObject(body, &error);
    if (!root)
        return error;
    const std::optional<QJsonArray> array = wrappedArray(*root, u"orders"_s, &error);
    if (!array)
        return error;
    OrderPage page;
    if (!readTotalCount(*root, &page.totalCount, &error))
        return error;
    std::optional<QList<Order>> orders =
        convertObjects<Order>(*array, u"orders"_s, Vendor::Tremendous, &parseOrder, &error);
    if (!orders)
        return error;
    for (qsizetype i = 0; i < orders->size(); ++i) {
        if (orders->at(i).id.isEmpty())
            return parseError(Vendor::Tremendous, u"orders[%1].id: missing"_s.arg(i));
    }
    page.orders = std::move(*orders);
    return page;
}

ApiResult<Order> parseOrderAnswer(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonObject> object = wrappedObject(body, u"order"_s, &error);
    if (!object)
        return error;
    Order order = parseOrder(*object, u"order"_s);
    if (order.id.isEmpty())
        return parseError(Vendor::Tremendous, u"order.id: missing"_s);
    return order;
}

ApiResult<RewardPage> parseRewardPage(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonObject> root = rootObject(body, &error);
    if (!root)
        return error;
    const std::optional<QJsonArray> array = wrappedArray(*root, u"rewards"_s, &error);
    if (!array)
        return error;
    RewardPage page;
    if (!readTotalCount(*root, &page.totalCount, &error))
        return error;
    std::optional<QList<Reward>> rewards =
        convertObjects<Reward>(*array, u"rewards"_s, Vendor::Tremendous, &parseReward, &error);
    if (!rewards)
        return error;
    page.rewards = std::move(*rewards);
    return page;
}

ApiResult<Reward> parseRewardAnswer(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonObject> object = wrappedObject(body, u"reward"_s, &error);
    if (!object)
        return error;
    Reward reward = parseReward(*object, u"reward"_s);
    if (reward.id.isEmpty())
        return parseError(Vendor::Tremendous, u"reward.id: missing"_s);
    return reward;
}

ApiResult<FraudReviewPage> parseFraudReviewPage(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonObject> root = rootObject(body, &error);
    if (!root)
        return error;
    const std::optional<QJsonArray> array = wrappedArray(*root, u"fraud_reviews"_s, &error);
    if (!array)
        return error;
    FraudReviewPage page;
    if (!readTotalCount(*root, &page.totalCount, &error))
        return error;
    std::optional<QList<FraudReview>> reviews =
        convertObjects<FraudReview>(*array, u"fraud_reviews"_s, Vendor::Tremendous, &parseFraudReview, &error);
    if (!reviews)
        return error;
    page.reviews = std::move(*reviews);
    return page;
}

ApiResult<FraudReview> parseFraudReviewAnswer(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonObject> object = wrappedObject(body, u"fraud_review"_s, &error);
    if (!object)
        return error;
    return parseFraudReview(*object, u"fraud_review"_s);
}

ApiResult<QList<FundingSource>> parseFundingSources(const QByteArray& body) {
    return parseList<FundingSource>(body, u"funding_sources"_s, &fundingSourceFromJson);
}

ApiResult<FundingSource> parseFundingSourceAnswer(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonObject> object = wrappedObject(body, u"funding_source"_s, &error);
    if (!object)
        return error;
    return fundingSourceFromJson(*object, u"funding_source"_s);
}

ApiResult<QList<Product>> parseProducts(const QByteArray& body) {
    return parseList<Product>(body, u"products"_s, &productFromJson);
}

ApiResult<QList<Campaign>> parseCampaigns(const QByteArray& body) {
    return parseList<Campaign>(body, u"campaigns"_s, &campaignFromJson);
}

ApiResult<QList<FraudRule>> parseFraudRules(const QByteArray& body) {
    return parseList<FraudRule>(body, u"fraud_rules"_s, &fraudRuleFromJson);
}

ApiResult<RewardLink> parseRewardLink(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonObject> object = wrappedObject(body, u"reward"_s, &error);
    if (!object)
        return error;
    JsonReader r(*object, u"reward"_s);
    RewardLink link;
    link.rewardId = r.optionalId(u"id"_s).value_or(QString());
    link.link = r.string(u"link"_s);
    if (!r.ok() || link.link.trimmed().isEmpty())
        return parseError(Vendor::Tremendous, r.ok() ? u"reward.link: empty"_s : r.errorSummary());
    return link;
}

ApiResult<EmptyAnswer> parseEmptyAnswer(const QByteArray& body) {
    ApiError error;
    if (!rootObject(body, &error))
        return error;
    return EmptyAnswer{};
}

} // namespace rd::tremendous
