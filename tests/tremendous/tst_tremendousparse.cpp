// Tremendous DTO parsing (unit): every answer shape from OpenAPI-shaped fixtures (trfixtures.h), open enums
// ("unknown (value)"), missing and mistyped fields as field errors (never a silent 0 or default state), a missing
// wrapper or a non-object item as a Parse error, exact money (decimal text and hundredths; finer amounts refused),
// funding-source cents preferred over amounts, the fraud reasons' plain words and the 30-day auto-block date.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "api/tremendous/tremendoustypes.h"
#include "tremendous/trfixtures.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::tremendous;
namespace tr = rd::test::tr;

namespace {

// One order page around a single order whose payment/total is `totalJson` (raw JSON text).
QByteArray orderWithTotal(const QByteArray& totalJson) {
    return R"({"orders":[{"id":"ORDX","created_at":"2024-05-01T10:00:00Z","status":"OPEN",
              "payment":{"subtotal":1,"total":)" +
           totalJson + R"(,"fees":0,"discount":0,"currency_code":"USD"}}],"total_count":1})";
}

std::optional<Money> totalOf(const QByteArray& totalJson, QStringList* errors = nullptr) {
    const ApiResult<tremendous::OrderPage> page = tremendous::parseOrderPage(orderWithTotal(totalJson));
    if (!page.ok() || page.value().orders.size() != 1 || !page.value().orders.first().payment)
        return std::nullopt;
    if (errors)
        *errors = page.value().orders.first().fieldErrors;
    return page.value().orders.first().payment->total;
}

bool isParseError(const ApiError& e) {
    return e.kind == ErrorKind::Parse && e.failure == FailureClass::Unknown && e.vendor == Vendor::Tremendous;
}

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestTremendousParse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orderPage() {
        const ApiResult<tremendous::OrderPage> r = tremendous::parseOrderPage(tr::OrderPage);
        QVERIFY(r.ok());
        const tremendous::OrderPage& page = r.value();
        QCOMPARE(page.totalCount, std::optional<qint64>(1234));
        QCOMPARE(page.orders.size(), 2);

        const tremendous::Order& o = page.orders.at(0);
        QVERIFY2(o.fieldErrors.isEmpty(), qPrintable(o.fieldErrors.join(u"; ")));
        QCOMPARE(o.id, u"ORD1PENDING"_s);
        QCOMPARE(o.externalId, u"crm-42"_s);
        QCOMPARE(o.campaignId, u"CAMP0001"_s);
        QCOMPARE(o.createdAt, utc("2024-05-01T10:00:00Z"));
        QCOMPARE(o.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(o.statusRaw, u"PENDING APPROVAL"_s);
        QCOMPARE(o.status, tremendous::OrderStatus::PendingApproval);
        QVERIFY(o.canApproveOrReject());
        QCOMPARE(o.channelRaw, u"API"_s);
        QCOMPARE(o.invoiceId, u"INV00001"_s);
        QVERIFY(o.payment);
        QCOMPARE(o.payment->currency, u"USD"_s);
        QCOMPARE(o.payment->subtotal.decimal, u"25"_s);
        QCOMPARE(o.payment->subtotal.cents, std::optional<qint64>(2500));
        QCOMPARE(o.payment->total.decimal, u"25.5"_s);
        QCOMPARE(o.payment->total.cents, std::optional<qint64>(2550));
        QCOMPARE(o.payment->total.amountText(), u"25.50"_s);
        QCOMPARE(o.payment->total.currency, u"USD"_s);
        QCOMPARE(o.payment->fees.cents, std::optional<qint64>(50));
        QCOMPARE(o.payment->discount.cents, std::optional<qint64>(0));
        QVERIFY(!o.payment->refund);

        QCOMPARE(o.rewards.size(), 1);
        const tremendous::Reward& w = o.rewards.first();
        QCOMPARE(w.id, u"RWD1EMAIL"_s);
        QCOMPARE(w.orderId, u"ORD1PENDING"_s);
        QCOMPARE(w.createdAt, utc("2024-05-01T10:00:00.123Z"));
        QVERIFY(!w.expiresAt); // null: does not expire
        QCOMPARE(w.value.cents, std::optional<qint64>(2500));
        QCOMPARE(w.value.currency, u"USD"_s);
        QCOMPARE(w.recipientName, u"Jane Doe"_s);
        QCOMPARE(w.recipientEmail, u"jane.doe@example.com"_s);
        QCOMPARE(w.recipientPhone, u"+15555550100"_s);
        QCOMPARE(w.recipientDisplay(), u"jane.doe@example.com"_s);
        QCOMPARE(w.deliverAt, QDate(2024, 5, 2));
        QCOMPARE(w.customFields.size(), 2);
        QCOMPARE(w.customFields.at(0).label, u"color"_s);
        QCOMPARE(w.customFields.at(0).value, std::optional<QString>(u"blue"_s));
        QVERIFY(!w.customFields.at(1).value);
        QCOMPARE(w.deliveryMethod, tremendous::DeliveryMethod::Email);
        QCOMPARE(w.deliveryStatus, tremendous::DeliveryStatus::Scheduled);

        const tremendous::Order& c = page.orders.at(1);
        QVERIFY2(c.fieldErrors.isEmpty(), qPrintable(c.fieldErrors.join(u"; ")));
        QVERIFY(c.externalId.isEmpty());
        QVERIFY(c.campaignId.isEmpty());
        QCOMPARE(c.createdAt, utc("2024-04-30T06:30:00Z")); // +02:00 converted to UTC
        QCOMPARE(c.status, tremendous::OrderStatus::Canceled);
        QVERIFY(!c.canApproveOrReject());
        QVERIFY(c.payment && c.payment->refund);
        QCOMPARE(c.payment->refund->cents, std::optional<qint64>(3175));
        QCOMPARE(c.payment->refund->currency, u"USD"_s);
        QCOMPARE(c.payment->subtotal.decimal, u"30.25"_s);
        QVERIFY(c.rewards.isEmpty());
    }

    void orderAnswer() {
        const ApiResult<tremendous::Order> r = tremendous::parseOrderAnswer(tr::OrderAnswer);
        QVERIFY(r.ok());
        QVERIFY2(r.value().fieldErrors.isEmpty(), qPrintable(r.value().fieldErrors.join(u"; ")));
        QCOMPARE(r.value().status, tremendous::OrderStatus::Executed);
        QCOMPARE(r.value().rewards.first().deliveryStatus, tremendous::DeliveryStatus::Pending);
        QVERIFY(r.value().rewards.first().recipientName.isEmpty()); // null name
    }

    void rewards() {
        const ApiResult<tremendous::RewardPage> page = tremendous::parseRewardPage(tr::RewardPage);
        QVERIFY(page.ok());
        QCOMPARE(page.value().totalCount, std::optional<qint64>(2));
        QCOMPARE(page.value().rewards.size(), 2);
        const tremendous::Reward& a = page.value().rewards.at(0);
        QVERIFY2(a.fieldErrors.isEmpty(), qPrintable(a.fieldErrors.join(u"; ")));
        QCOMPARE(a.value.decimal, u"10.5"_s);
        QCOMPARE(a.value.cents, std::optional<qint64>(1050));
        QCOMPARE(a.value.currency, u"EUR"_s);
        QCOMPARE(a.expiresAt, std::optional<QDateTime>(utc("2025-05-01T00:00:00Z")));
        QCOMPARE(a.deliveryStatus, tremendous::DeliveryStatus::Failed);
        const tremendous::Reward& b = page.value().rewards.at(1);
        QCOMPARE(b.deliveryMethod, tremendous::DeliveryMethod::Phone);
        QCOMPARE(b.recipientDisplay(), u"+15555550101"_s);

        // total_count is optional for rewards.
        const ApiResult<tremendous::RewardPage> noTotal = tremendous::parseRewardPage(R"({"rewards":[]})");
        QVERIFY(noTotal.ok());
        QVERIFY(!noTotal.value().totalCount);

        const ApiResult<tremendous::Reward> one = tremendous::parseRewardAnswer(tr::RewardAnswer);
        QVERIFY(one.ok());
        QCOMPARE(one.value().id, u"RWD9LINK"_s);
        QCOMPARE(one.value().value.currency, u"CAD"_s);
        QCOMPARE(one.value().value.cents, std::optional<qint64>(10000));
        QCOMPARE(one.value().deliveryMethod, tremendous::DeliveryMethod::Link);
        QCOMPARE(one.value().recipientDisplay(), u"Only Name"_s);
    }

    void fraudReviews() {
        const ApiResult<tremendous::FraudReviewPage> page = tremendous::parseFraudReviewPage(tr::FraudReviewPage);
        QVERIFY(page.ok());
        QCOMPARE(page.value().totalCount, std::optional<qint64>(2));
        QCOMPARE(page.value().reviews.size(), 2);
        const tremendous::FraudReview& f = page.value().reviews.at(0);
        QVERIFY2(f.fieldErrors.isEmpty(), qPrintable(f.fieldErrors.join(u"; ")));
        QCOMPARE(f.id(), u"RWDFLAG1"_s); // the review is addressed by its reward id
        QCOMPARE(f.status, tremendous::FraudStatus::Flagged);
        QVERIFY(f.canReleaseOrBlock());
        QCOMPARE(f.reasons.size(), 3);
        QCOMPARE(f.deviceId, u"device-abc"_s);
        QCOMPARE(f.redemptionMethod, u"paypal"_s);
        QCOMPARE(f.redeemedAt, std::optional<QDateTime>(utc("2024-05-03T12:00:00Z")));
        QCOMPARE(f.geo.ip, u"203.0.113.7"_s);
        QCOMPARE(f.geo.country, u"US"_s);
        QCOMPARE(f.geo.city, u"Springfield"_s);
        QCOMPARE(f.reward.value.cents, std::optional<qint64>(5000));
        QCOMPARE(f.redemptionMethodAccountHash, u"hash123"_s);
        QVERIFY(f.riskRaw.isEmpty()); // only in single-review answers
        QCOMPARE(f.risk, tremendous::Risk::Unknown);
        QVERIFY(!f.relatedRewards);
        QVERIFY(!f.reviewedAt);
        // Flagged: blocked automatically 30 days after redemption.
        QCOMPARE(f.autoBlockAt(), std::optional<QDateTime>(utc("2024-06-02T12:00:00Z")));

        const tremendous::FraudReview& b = page.value().reviews.at(1);
        QCOMPARE(b.status, tremendous::FraudStatus::Blocked);
        QVERIFY(!b.canReleaseOrBlock());
        QCOMPARE(b.reviewedBy, u"Automatic Review"_s);
        QVERIFY(!b.autoBlockAt()); // only a flagged review is auto-blocked

        const ApiResult<tremendous::FraudReview> one = tremendous::parseFraudReviewAnswer(tr::FraudReviewAnswer);
        QVERIFY(one.ok());
        const tremendous::FraudReview& d = one.value();
        QVERIFY2(d.fieldErrors.isEmpty(), qPrintable(d.fieldErrors.join(u"; ")));
        QCOMPARE(d.status, tremendous::FraudStatus::Released);
        QCOMPARE(d.risk, tremendous::Risk::High);
        QCOMPARE(tremendous::riskDisplay(d.riskRaw), u"High"_s);
        QCOMPARE(d.reviewedAt, std::optional<QDateTime>(utc("2024-05-04T09:00:00Z")));
        QVERIFY(d.relatedRewards);
        QCOMPARE(d.relatedRewards->ids, (QStringList{u"RWDA"_s, u"RWDB"_s}));
        QCOMPARE(d.relatedRewards->count, std::optional<qint64>(2));
        QCOMPARE(d.relatedRewards->blockedCount, std::optional<qint64>(1));
        QCOMPARE(d.relatedRewards->aggregatedValue.cents, std::optional<qint64>(7525));
        QCOMPARE(d.relatedRewards->aggregatedValue.currency, u"USD"_s);

        // A flagged review without redeemed_at has no auto-block date.
        tremendous::FraudReview noDate = f;
        noDate.redeemedAt.reset();
        QVERIFY(!noDate.autoBlockAt());
    }

    void fundingSources() {
        const ApiResult<QList<tremendous::FundingSource>> r = tremendous::parseFundingSources(tr::FundingSources);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 4);
        for (const tremendous::FundingSource& f : r.value())
            QVERIFY2(f.fieldErrors.isEmpty(), qPrintable(f.fieldErrors.join(u"; ")));
        const tremendous::FundingSource& balance = r.value().at(0);
        QCOMPARE(balance.methodRaw, u"balance"_s);
        QCOMPARE(balance.statusRaw, u"active"_s);
        QVERIFY(balance.available);
        QCOMPARE(balance.available->cents, std::optional<qint64>(500055));
        QCOMPARE(balance.available->decimal, u"5000.55"_s);
        QCOMPARE(balance.available->currency, u"USD"_s);
        QCOMPARE(balance.pending->cents, std::optional<qint64>(1000));
        QVERIFY(!balance.creditLimit);
        QCOMPARE(balance.label, u"Balance"_s);

        const tremendous::FundingSource& card = r.value().at(1);
        QVERIFY(!card.available);
        QCOMPARE(card.label, u"Visa •••• 4242"_s);
        QCOMPARE(r.value().at(2).label, u"Chase checking •••• 6789"_s);

        const tremendous::FundingSource& invoice = r.value().at(3);
        QCOMPARE(invoice.typeRaw, u"COMMERCIAL"_s);
        QCOMPARE(invoice.available->cents, std::optional<qint64>(100000)); // from available_amount (no cents sent)
        QCOMPARE(invoice.creditLimit->cents, std::optional<qint64>(200000));
        QCOMPARE(invoice.label, u"Invoice (commercial)"_s);

        // available_cents is preferred when the two disagree (the amount may be a rounded copy).
        const ApiResult<QList<tremendous::FundingSource>> disagree = tremendous::parseFundingSources(
            R"({"funding_sources":[{"id":"B1","method":"balance","meta":{"available_amount":12.3,
                "available_cents":1234,"currency_code":"USD"}}]})");
        QVERIFY(disagree.ok());
        QCOMPARE(disagree.value().first().available->cents, std::optional<qint64>(1234));
        QCOMPARE(disagree.value().first().available->decimal, u"12.34"_s);

        const ApiResult<tremendous::FundingSource> one = tremendous::parseFundingSourceAnswer(tr::FundingSourceAnswer);
        QVERIFY(one.ok());
        QCOMPARE(one.value().available->cents, std::optional<qint64>(499999));

        // meta is required.
        const ApiResult<QList<tremendous::FundingSource>> noMeta =
            tremendous::parseFundingSources(R"({"funding_sources":[{"id":"B1","method":"balance"}]})");
        QVERIFY(noMeta.ok());
        QVERIFY(!noMeta.value().first().fieldErrors.isEmpty());
        QVERIFY(!noMeta.value().first().available);
    }

    void referenceData() {
        const ApiResult<QList<tremendous::Product>> products = tremendous::parseProducts(tr::Products);
        QVERIFY(products.ok());
        QCOMPARE(products.value().size(), 2);
        QCOMPARE(products.value().first().id, u"PROD0001"_s);
        QCOMPARE(products.value().first().category, u"merchant_card"_s);
        QCOMPARE(products.value().first().currencyCodes, (QStringList{u"USD"_s, u"CAD"_s}));

        const ApiResult<QList<tremendous::Campaign>> campaigns = tremendous::parseCampaigns(tr::Campaigns);
        QVERIFY(campaigns.ok());
        QCOMPARE(campaigns.value().size(), 2);
        QVERIFY(campaigns.value().first().description.isEmpty()); // null
        QCOMPARE(campaigns.value().first().productIds, (QStringList{u"PROD0001"_s, u"PROD0002"_s}));
        QCOMPARE(campaigns.value().at(1).description, u"For referrals"_s);

        const ApiResult<QList<tremendous::FraudRule>> rules = tremendous::parseFraudRules(tr::FraudRules);
        QVERIFY(rules.ok());
        QCOMPARE(rules.value().size(), 3);
        QCOMPARE(rules.value().at(0).config.value(u"type"_s).toString(), u"blacklist"_s);
        QVERIFY(rules.value().at(1).config.isEmpty()); // null config
        QCOMPARE(tremendous::fraudRuleDisplay(rules.value().at(0).ruleTypeRaw),
                 u"Review redemptions from these countries"_s);
        QCOMPARE(tremendous::fraudRuleDisplay(rules.value().at(2).ruleTypeRaw), u"unknown (review_something_new)"_s);

        const ApiResult<tremendous::RewardLink> link = tremendous::parseRewardLink(tr::RewardLink);
        QVERIFY(link.ok());
        QCOMPARE(link.value().rewardId, u"RWD1EMAIL"_s);
        QVERIFY(link.value().link.startsWith(u"https://"_s));
        QVERIFY(isParseError(tremendous::parseRewardLink(R"({"reward":{"id":"X"}})").error()));

        QVERIFY(tremendous::parseEmptyAnswer("{}").ok());
        QVERIFY(tremendous::parseEmptyAnswer(R"({"unexpected":"but fine"})").ok());
        QVERIFY(isParseError(tremendous::parseEmptyAnswer("[]").error()));
        QVERIFY(isParseError(tremendous::parseEmptyAnswer("").error()));
    }

    void unknownEnumValues() {
        const QByteArray body = R"({"orders":[{"id":"ORDU","created_at":"2024-05-01T10:00:00Z","status":"ON HOLD",
            "rewards":[{"id":"RWDU","value":{"denomination":1},"delivery":{"method":"CARRIER PIGEON","status":"BOUNCED"}}]}],
            "total_count":1})";
        const ApiResult<tremendous::OrderPage> r = tremendous::parseOrderPage(body);
        QVERIFY(r.ok());
        const tremendous::Order& o = r.value().orders.first();
        QVERIFY2(o.fieldErrors.isEmpty(), qPrintable(o.fieldErrors.join(u"; "))); // unknown is not an error
        QCOMPARE(o.status, tremendous::OrderStatus::Unknown);
        QCOMPARE(o.statusRaw, u"ON HOLD"_s);
        QVERIFY(!o.canApproveOrReject());
        QCOMPARE(tremendous::orderStatusDisplay(o.statusRaw), u"unknown (ON HOLD)"_s);
        QCOMPARE(o.rewards.first().deliveryStatus, tremendous::DeliveryStatus::Unknown);
        QCOMPARE(tremendous::deliveryStatusDisplay(o.rewards.first().deliveryStatusRaw), u"unknown (BOUNCED)"_s);
        QCOMPARE(tremendous::deliveryMethodDisplay(o.rewards.first().deliveryMethodRaw), u"unknown (CARRIER PIGEON)"_s);

        QCOMPARE(tremendous::fraudStatusFromRaw(u"escalated"_s), tremendous::FraudStatus::Unknown);
        QCOMPARE(tremendous::fraudStatusDisplay(u"escalated"_s), u"unknown (escalated)"_s);
        QCOMPARE(tremendous::riskDisplay(u"extreme"_s), u"unknown (extreme)"_s);
        QCOMPARE(tremendous::orderStatusDisplay({}), u"unknown (missing)"_s);

        // Known values, case-insensitive, with the documented spaces.
        QCOMPARE(tremendous::orderStatusFromRaw(u"pending approval"_s), tremendous::OrderStatus::PendingApproval);
        QCOMPARE(tremendous::orderStatusFromRaw(u"PENDING_APPROVAL"_s),
                 tremendous::OrderStatus::Unknown); // not the documented value
        QCOMPARE(tremendous::orderStatusFromRaw(u"PENDING INTERNAL PAYMENT APPROVAL"_s),
                 tremendous::OrderStatus::PendingInternalPaymentApproval);
        QCOMPARE(tremendous::orderStatusFromRaw(u"PENDING SETTLEMENT"_s), tremendous::OrderStatus::PendingSettlement);
        QCOMPARE(tremendous::orderStatusDisplay(u"PENDING APPROVAL"_s), u"Pending approval"_s);
        QCOMPARE(tremendous::fraudStatusFromRaw(u"FLAGGED"_s), tremendous::FraudStatus::Flagged);
        QCOMPARE(tremendous::fraudStatusRaw(tremendous::FraudStatus::Released), u"released"_s);
        QCOMPARE(tremendous::fraudStatusRaw(tremendous::FraudStatus::Unknown), QString());

        // A fraud review with an unknown status cannot be acted on.
        const ApiResult<tremendous::FraudReview> f = tremendous::parseFraudReviewAnswer(
            R"({"fraud_review":{"status":"escalated","reward":{"id":"R1","value":{"denomination":1}}}})");
        QVERIFY(f.ok());
        QCOMPARE(f.value().status, tremendous::FraudStatus::Unknown);
        QVERIFY(!f.value().canReleaseOrBlock());
        QVERIFY(!f.value().autoBlockAt());
    }

    void missingAndMistypedFields() {
        // Status missing, created_at unreadable, payment.total a string of letters, denomination an object.
        const QByteArray body = R"({"orders":[{"id":"ORDM","created_at":"yesterday",
            "payment":{"subtotal":1,"total":"abc","fees":0,"discount":0,"currency_code":"USD"},
            "rewards":[{"id":"RWDM","value":{"denomination":{"x":1},"currency_code":"USD"}}]}],"total_count":1})";
        const ApiResult<tremendous::OrderPage> r = tremendous::parseOrderPage(body);
        QVERIFY(r.ok());
        const tremendous::Order& o = r.value().orders.first();
        const QString errors = o.fieldErrors.join(u"\n");
        QVERIFY2(errors.contains(u"orders[0].status"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"orders[0].created_at"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"orders[0].payment.total"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"orders[0].rewards[0].value.denomination"_s), qPrintable(errors));
        QCOMPARE(o.status, tremendous::OrderStatus::Unknown);
        QVERIFY(!o.canApproveOrReject());
        QVERIFY(!o.createdAt.isValid());
        QVERIFY(!o.payment->total.valid()); // never a silent 0
        QVERIFY(o.payment->subtotal.valid());
        QVERIFY(!o.rewards.first().value.valid());

        // A status that is a number; payment without currency_code and without fees.
        const ApiResult<tremendous::OrderPage> r2 =
            tremendous::parseOrderPage(R"({"orders":[{"id":"O2","created_at":"2024-05-01T10:00:00Z",
            "status":7,"payment":{"subtotal":1,"total":1,"discount":0}}],"total_count":1})");
        QVERIFY(r2.ok());
        const QString e2 = r2.value().orders.first().fieldErrors.join(u"\n");
        QVERIFY2(e2.contains(u"orders[0].status"_s), qPrintable(e2));
        QVERIFY2(e2.contains(u"orders[0].payment.currency_code"_s), qPrintable(e2));
        QVERIFY2(e2.contains(u"orders[0].payment.fees"_s), qPrintable(e2));
        QVERIFY(!r2.value().orders.first().payment->fees.valid());

        // A fraud review without a reward and with a mistyped reasons list.
        const ApiResult<tremendous::FraudReviewPage> f = tremendous::parseFraudReviewPage(
            R"({"fraud_reviews":[{"status":"flagged","reasons":["VPN detected", 5],"redeemed_at":"soon"}],"total_count":1})");
        QVERIFY(f.ok());
        const QString e3 = f.value().reviews.first().fieldErrors.join(u"\n");
        QVERIFY2(e3.contains(u"fraud_reviews[0].reward"_s), qPrintable(e3));
        QVERIFY2(e3.contains(u"fraud_reviews[0].reasons[1]"_s), qPrintable(e3));
        QVERIFY2(e3.contains(u"fraud_reviews[0].redeemed_at"_s), qPrintable(e3));
        QCOMPARE(f.value().reviews.first().reasons, QStringList{u"VPN detected"_s});
        QVERIFY(f.value().reviews.first().id().isEmpty());

        // A reward without id or value; a deliver_at that is not a date.
        const ApiResult<tremendous::RewardPage> w =
            tremendous::parseRewardPage(R"({"rewards":[{"order_id":"O1","deliver_at":"tomorrow"}]})");
        QVERIFY(w.ok());
        const QString e4 = w.value().rewards.first().fieldErrors.join(u"\n");
        QVERIFY2(e4.contains(u"rewards[0].id"_s), qPrintable(e4));
        QVERIFY2(e4.contains(u"rewards[0].value"_s), qPrintable(e4));
        QVERIFY2(e4.contains(u"rewards[0].deliver_at"_s), qPrintable(e4));
    }

    void wrapperAndShapeErrors() {
        // The wrapper key missing or of the wrong type.
        QVERIFY(isParseError(tremendous::parseOrderPage(R"({"total_count":0})").error()));
        QVERIFY(isParseError(tremendous::parseOrderPage(R"({"orders":{},"total_count":0})").error()));
        QVERIFY(isParseError(tremendous::parseOrderAnswer(tr::OrderPage).error()));
        QVERIFY(isParseError(tremendous::parseOrderAnswer("{}").error()));
        QVERIFY(isParseError(tremendous::parseRewardPage(R"({"reward":{}})").error()));
        QVERIFY(isParseError(tremendous::parseRewardAnswer(R"({"rewards":[]})").error()));
        QVERIFY(isParseError(tremendous::parseFraudReviewPage(R"({"fraud_review":{}})").error()));
        QVERIFY(isParseError(tremendous::parseFraudReviewAnswer(R"({"fraud_reviews":[]})").error()));
        QVERIFY(isParseError(tremendous::parseFundingSources(R"({"funding_source":{}})").error()));
        QVERIFY(isParseError(tremendous::parseFundingSourceAnswer(R"({"funding_sources":[]})").error()));
        QVERIFY(isParseError(tremendous::parseProducts(R"({"product":{}})").error()));
        QVERIFY(isParseError(tremendous::parseCampaigns("[]").error()));
        QVERIFY(isParseError(tremendous::parseFraudRules(R"({"rules":[]})").error()));
        QVERIFY(isParseError(tremendous::parseRewardLink(R"({"link":"x"})").error()));

        // Not JSON, an HTML page, an item that is not an object, an order without id.
        QVERIFY(isParseError(tremendous::parseOrderPage("not json").error()));
        QVERIFY(isParseError(tremendous::parseOrderPage("<html>502</html>").error()));
        QVERIFY(isParseError(tremendous::parseOrderPage(R"({"orders":[1],"total_count":1})").error()));
        QVERIFY(isParseError(tremendous::parseOrderPage(R"({"orders":[{"status":"OPEN"}],"total_count":1})").error()));
        QVERIFY(isParseError(tremendous::parseOrderAnswer(R"({"order":{"status":"OPEN"}})").error()));
        QVERIFY(isParseError(tremendous::parseRewardAnswer(R"({"reward":{"order_id":"O1"}})").error()));

        // An error body under a 2xx status.
        QVERIFY(isParseError(tremendous::parseOrderAnswer(R"({"errors":{"message":"x"},"order":{"id":"A"}})").error()));
        QVERIFY(isParseError(tremendous::parseEmptyAnswer(R"({"status":422,"errors":{"message":"x"}})").error()));

        // total_count: absent is tolerated, mistyped is not.
        const ApiResult<tremendous::OrderPage> noTotal = tremendous::parseOrderPage(R"({"orders":[]})");
        QVERIFY(noTotal.ok());
        QVERIFY(!noTotal.value().totalCount);
        QVERIFY(isParseError(tremendous::parseOrderPage(R"({"orders":[],"total_count":"many"})").error()));
        QVERIFY(isParseError(tremendous::parseOrderPage(R"({"orders":[],"total_count":-1})").error()));

        // Hostile nesting is refused before Qt parses it.
        QVERIFY(isParseError(tremendous::parseOrderPage(QByteArray(200, '[') + QByteArray(200, ']')).error()));
    }

    void moneyExactness_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<qint64>("cents"); // -1: refused (field error)
        QTest::newRow("integer") << QByteArray("25") << u"25"_s << qint64(2500);
        QTest::newRow("one decimal") << QByteArray("30.5") << u"30.5"_s << qint64(3050);
        QTest::newRow("0.1") << QByteArray("0.1") << u"0.1"_s << qint64(10);
        QTest::newRow("0.07") << QByteArray("0.07") << u"0.07"_s << qint64(7);
        QTest::newRow("trailing zero") << QByteArray("25.10") << u"25.1"_s << qint64(2510);
        QTest::newRow("ten million") << QByteArray("10000000") << u"10000000"_s << qint64(1000000000);
        QTest::newRow("1e2 exponent") << QByteArray("1e2") << u"100"_s << qint64(10000);
        QTest::newRow("large exact") << QByteArray("1234567.89") << u"1234567.89"_s << qint64(123456789);
        QTest::newRow("zero") << QByteArray("0") << u"0"_s << qint64(0);
        QTest::newRow("decimal string") << QByteArray("\"25.00\"") << u"25.00"_s << qint64(2500);
        QTest::newRow("finer than cents") << QByteArray("30.255") << QString() << qint64(-1);
        QTest::newRow("tiny") << QByteArray("1e-7") << QString() << qint64(-1);
        QTest::newRow("not exact") << QByteArray("12345678901234567") << QString() << qint64(-1);
        QTest::newRow("boolean") << QByteArray("true") << QString() << qint64(-1);
        QTest::newRow("null") << QByteArray("null") << QString() << qint64(-1);
        QTest::newRow("letters") << QByteArray("\"twelve\"") << QString() << qint64(-1);
    }

    void moneyExactness() {
        QFETCH(QByteArray, json);
        QFETCH(QString, decimal);
        QFETCH(qint64, cents);
        QStringList errors;
        const std::optional<Money> m = totalOf(json, &errors);
        QVERIFY(m);
        if (cents < 0) {
            QVERIFY(!m->valid());
            QVERIFY(!m->cents);
            QVERIFY(m->amountText().isEmpty());
            QVERIFY2(errors.join(u"\n").contains(u"orders[0].payment.total"_s), qPrintable(errors.join(u"\n")));
        } else {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n")));
            QCOMPARE(m->decimal, decimal);
            QCOMPARE(m->cents, std::optional<qint64>(cents));
            QCOMPARE(m->currency, u"USD"_s);
        }
    }

    void fraudReasons() {
        const QStringList documented = {
            u"Disallowed IP"_s,
            u"Disallowed email"_s,
            u"Disallowed country"_s,
            u"Over reward amount limit"_s,
            u"Over reward dollar limit"_s,
            u"Over reward count limit"_s,
            u"VPN detected"_s,
            u"Apple Private Relay"_s,
            u"Device related to multiple emails"_s,
            u"Device or account related to multiple emails"_s,
            u"IP on a Tremendous fraud list"_s,
            u"Bank account on a Tremendous fraud list"_s,
            u"Fingerprint on a Tremendous fraud list"_s,
            u"Email on a Tremendous fraud list"_s,
            u"Phone on a Tremendous fraud list"_s,
            u"Device on a Tremendous fraud list"_s,
            u"IP related to a blocked reward"_s,
            u"Device related to a blocked reward"_s,
            u"Bank account related to a blocked reward"_s,
            u"Fingerprint related to a blocked reward"_s,
            u"Email related to a blocked reward"_s,
            u"Phone related to a blocked reward"_s,
            u"Allowed IP"_s,
            u"Allowed email"_s,
            u"Allowed country"_s,
        };
        QSet<QString> explanations;
        for (const QString& reason : documented) {
            QVERIFY2(tremendous::fraudReasonKnown(reason), qPrintable(reason));
            const QString text = tremendous::fraudReasonExplanation(reason);
            QVERIFY2(!text.startsWith(u"unknown"_s), qPrintable(reason));
            QVERIFY2(text.endsWith(u'.'), qPrintable(text));
            explanations.insert(text);
        }
        // One line per reason (the two spellings of the amount limit share one).
        QCOMPARE(explanations.size(), documented.size() - 1);
        QCOMPARE(tremendous::fraudReasonExplanation(u"VPN detected"_s),
                 u"The recipient redeemed through a VPN or proxy, which hides where they really are."_s);
        QCOMPARE(tremendous::fraudReasonExplanation(u"  vpn   DETECTED "_s),
                 tremendous::fraudReasonExplanation(u"VPN detected"_s));
        QCOMPARE(tremendous::fraudReasonExplanation(u"Over reward dollar limit"_s),
                 tremendous::fraudReasonExplanation(u"Over reward amount limit"_s));

        QVERIFY(!tremendous::fraudReasonKnown(u"Moon phase"_s));
        QCOMPARE(tremendous::fraudReasonExplanation(u"Moon phase"_s),
                 u"unknown (Moon phase): not a reason Tremendous documents; check the dashboard."_s);
        QVERIFY(tremendous::fraudReasonExplanation(QString()).startsWith(u"unknown ("_s));
    }

    void moneyEquality() {
        Money a{u"25"_s, 2500, u"USD"_s};
        Money b{u"25"_s, 2500, u"USD"_s};
        QVERIFY(a == b);
        QCOMPARE(a.amountText(), u"25.00"_s);
        Money negative{u"-0.05"_s, -5, u"USD"_s};
        QCOMPARE(negative.amountText(), u"-0.05"_s);
        QVERIFY(!Money{}.valid());
    }
};

QTEST_GUILESS_MAIN(TestTremendousParse)
#include "tst_tremendousparse.moc"
