#include "api/sandbox/sandboxtremendouscatalog.h"

#include <QJsonArray>
#include <QJsonObject>

#include "api/sandbox/sandboxjsonwriter.h"
#include "api/sandbox/sandboxrandom.h"
#include "api/sandbox/sandboxtremendousdata.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
struct ProductTemplate {
    const char* name;
    const char* description;
    const char* category;
    const char* subcategory; // "" = none
    const char* currencies;  // comma-separated
    const char* countries;   // comma-separated
    int minDollars;
    int maxDollars;
};
const ProductTemplate kProducts[] = {
    {"Amazon.com Gift Card", "Shop millions of items at Amazon.com.", "merchant_card", "general_merchandise", "USD",
     "US", 1, 2000},
    {"Virtual Visa Prepaid Card", "A virtual prepaid card, usable wherever Visa debit cards are accepted online.",
     "visa_card", "digital_financial_services", "USD", "US", 5, 2000},
    {"PayPal", "Receive the funds in a PayPal account.", "paypal", "digital_financial_services", "USD,EUR,GBP,CAD",
     "US,CA,GB,DE,FR,NL,IE", 1, 5000},
    {"Venmo", "Receive the funds in a Venmo account.", "venmo", "digital_financial_services", "USD", "US", 1, 2000},
    {"Bank Transfer (ACH)", "A direct deposit to a US bank account.", "ach", "", "USD", "US", 1, 10000},
    {"Donation to charity", "Donate the reward to one of thousands of charities.", "charity", "", "USD,EUR,GBP,CAD",
     "US,CA,GB,DE,FR,NL,IE", 1, 10000},
    {"Target Gift Card", "Use at Target stores and Target.com.", "merchant_card", "general_merchandise", "USD", "US", 5,
     500},
    {"International Bank Transfer", "A transfer to a bank account outside the US.", "international_bank", "",
     "EUR,GBP,CAD", "CA,GB,DE,FR,NL,IE", 10, 10000},
};

struct CampaignTemplate {
    const char* name;
    const char* description;  // nullptr = null
    const char* feeChargedTo; // nullptr = null
    int products[5];          // -1 ends
};
const CampaignTemplate kCampaigns[] = {
    {"Customer Support Goodwill", "Make-good rewards sent by the support team", "SENDER", {0, 1, 2, 6, -1}},
    {"Survey Thank-You", "Thank-you rewards for completed surveys", "SENDER", {0, 1, 2, 5, -1}},
    {"Referral Bonus", "Paid when a referred customer signs up", nullptr, {2, 3, 4, -1, -1}},
    {"Employee Recognition", nullptr, "SENDER", {0, 1, 5, 6, -1}},
    {"Research Panel Incentives", "Incentives for research panel participants", "SENDER", {1, 2, 4, 7, -1}},
    {"Holiday Gifts", "Seasonal gifts for partners and customers", nullptr, {0, 2, 5, 6, 7}},
};
static_assert(int(sizeof(kCampaigns) / sizeof(kCampaigns[0])) == 6, "SandboxTremendousData has six campaigns");

QJsonValue amount(qint64 cents) {
    return QJsonValue(static_cast<double>(cents) / 100.0);
}
} // namespace

QString SandboxTremendousCatalog::productId(quint64 seed, int product) {
    return SandboxRandom::forRecord(seed, "tremendous.product", static_cast<quint64>(product)).alnumUpper(12);
}

void SandboxTremendousCatalog::writeProducts(SandboxJsonWriter& json, quint64 seed) {
    json.beginArray();
    for (int p = 0; p < kProductCount; ++p) {
        const ProductTemplate& t = kProducts[p];
        const QString id = productId(seed, p);
        json.beginObject()
            .field("id"_L1, id)
            .field("name"_L1, QString::fromUtf8(t.name))
            .field("description"_L1, QString::fromUtf8(t.description))
            .field("category"_L1, QLatin1StringView(t.category));
        if (*t.subcategory)
            json.field("subcategory"_L1, QLatin1StringView(t.subcategory));
        json.field("disclosure"_L1,
                   u"%1 is not a sponsor of this reward. Terms apply."_s.arg(QString::fromUtf8(t.name)))
            .key("skus"_L1)
            .beginArray()
            .beginObject()
            .field("min"_L1, t.minDollars)
            .field("max"_L1, t.maxDollars)
            .endObject()
            .endArray()
            .key("currency_codes"_L1)
            .beginArray();
        for (const QString& code : QString::fromLatin1(t.currencies).split(u','))
            json.value(code);
        json.endArray().key("countries"_L1).beginArray();
        for (const QString& country : QString::fromLatin1(t.countries).split(u','))
            json.beginObject().field("abbr"_L1, country).endObject();
        const QString base = u"https://images.sandbox.example/products/"_s + id;
        json.endArray()
            .key("images"_L1)
            .beginArray()
            .beginObject()
            .field("src"_L1, base + u"/card.png"_s)
            .field("type"_L1, "card"_L1)
            .field("content_type"_L1, "image/png"_L1)
            .endObject()
            .beginObject()
            .field("src"_L1, base + u"/logo.svg"_s)
            .field("type"_L1, "logo"_L1)
            .nullField("content_type"_L1)
            .endObject()
            .endArray()
            .field("usage_instructions"_L1, u"Follow the link in your reward e-mail to redeem."_s)
            .nullField("documents"_L1)
            .endObject();
    }
    json.endArray();
}

void SandboxTremendousCatalog::writeCampaigns(SandboxJsonWriter& json, const SandboxTremendousData& data) {
    json.beginArray();
    for (int c = 0; c < data.campaignCount(); ++c) {
        const CampaignTemplate& t = kCampaigns[c];
        json.beginObject().field("id"_L1, data.campaignId(c)).field("name"_L1, QString::fromUtf8(t.name));
        if (t.description)
            json.field("description"_L1, QString::fromUtf8(t.description));
        else
            json.nullField("description"_L1);
        json.key("products"_L1).beginArray();
        for (int p : t.products) {
            if (p >= 0)
                json.value(productId(data.seed(), p));
        }
        json.endArray();
        if (t.feeChargedTo)
            json.field("fee_charged_to"_L1, QLatin1StringView(t.feeChargedTo));
        else
            json.nullField("fee_charged_to"_L1);
        json.endObject();
    }
    json.endArray();
}

void SandboxTremendousCatalog::writeFraudRules(SandboxJsonWriter& json) {
    json.beginArray()
        .beginObject()
        .field("rule_type"_L1, "review_country"_L1)
        .key("config"_L1)
        .beginObject()
        .field("type"_L1, "whitelist"_L1)
        .key("countries"_L1)
        .beginArray();
    for (const char* country : {"US", "CA", "GB", "DE", "FR", "NL", "IE"})
        json.value(QLatin1StringView(country));
    json.endArray()
        .endObject()
        .endObject()
        .beginObject()
        .field("rule_type"_L1, "review_vpn"_L1)
        .key("config"_L1)
        .beginObject()
        .field("skip_apple_private_relay"_L1, false)
        .endObject()
        .endObject()
        .beginObject()
        .field("rule_type"_L1, "review_multiple_emails"_L1)
        .endObject()
        .beginObject()
        .field("rule_type"_L1, "review_redeemed_rewards_amount"_L1)
        .key("config"_L1)
        .beginObject()
        .field("amount"_L1, 500)
        .field("period"_L1, "30"_L1)
        .endObject()
        .endObject()
        .beginObject()
        .field("rule_type"_L1, "review_redeemed_rewards_count"_L1)
        .key("config"_L1)
        .beginObject()
        .field("amount"_L1, 10)
        .field("period"_L1, "30"_L1)
        .endObject()
        .endObject()
        .beginObject()
        .field("rule_type"_L1, "review_previously_blocked_recipients"_L1)
        .endObject()
        .beginObject()
        .field("rule_type"_L1, "review_tremendous_flag_list"_L1)
        .endObject()
        .endArray();
}

QJsonObject SandboxTremendousCatalog::fundingSource(quint64 seed, int index, qint64 balanceCents) {
    SandboxRandom random = SandboxRandom::forRecord(seed, "tremendous.funding_source", static_cast<quint64>(index));
    QJsonObject source;
    QJsonObject meta;
    source.insert("id"_L1, random.alnumUpper(12));
    source.insert("status"_L1, u"active"_s);
    const QString holder = random.firstName() + u' ' + random.lastName();
    switch (index) {
    case 0: { // the pre-funded balance every sandbox organization has
        const qint64 pending = random.chance(50) ? random.range(1000, 250000) : 0;
        source.insert("method"_L1, u"balance"_s);
        source.insert("usage_permissions"_L1, QJsonArray{u"api_orders"_s, u"dashboard_orders"_s});
        meta.insert("available_amount"_L1, amount(balanceCents));
        meta.insert("available_cents"_L1, balanceCents);
        meta.insert("currency_code"_L1, u"USD"_s);
        meta.insert("pending_amount"_L1, amount(pending));
        meta.insert("pending_cents"_L1, pending);
        break;
    }
    case 1: {
        static const char* const networks[] = {"Visa", "MasterCard", "Amex", "Discover"};
        const bool failed = random.chance(25);
        source.insert("method"_L1, u"credit_card"_s);
        source.insert("status"_L1, failed ? u"failed"_s : u"active"_s);
        source.insert("usage_permissions"_L1, QJsonArray{u"dashboard_orders"_s, u"balance_funding"_s});
        meta.insert("accountholder_name"_L1, holder);
        meta.insert("network"_L1, QString::fromLatin1(random.pick(networks)));
        meta.insert("last4"_L1, random.digits(4));
        meta.insert("expired"_L1, false);
        meta.insert("year"_L1, QString::number(random.range(2026, 2031)));
        meta.insert("month"_L1, u"%1"_s.arg(random.range(1, 12), 2, 10, QLatin1Char('0')));
        meta.insert("last_payment_failed_at"_L1,
                    failed ? QJsonValue(isoSecondsUtc(kSandboxReferenceMs - random.range(1, 30) * 86400000LL))
                           : QJsonValue(QJsonValue::Null));
        if (failed) {
            QJsonObject details;
            details.insert("return_code"_L1, u"card_declined"_s);
            details.insert("description"_L1, u"The card was declined by the issuer."_s);
            meta.insert("failure_details"_L1, details);
        }
        break;
    }
    case 2: {
        static const char* const banks[] = {"First Sample Bank", "Demo Credit Union", "Example Savings"};
        source.insert("method"_L1, u"bank_account"_s);
        source.insert("usage_permissions"_L1, QJsonArray{u"balance_funding"_s});
        meta.insert("accountholder_name"_L1, holder);
        meta.insert("account_type"_L1, random.chance(70) ? u"checking"_s : u"savings"_s);
        meta.insert("bank_name"_L1, QString::fromLatin1(random.pick(banks)));
        meta.insert("account_number_mask"_L1, random.digits(4));
        meta.insert("account_routing_mask"_L1, random.digits(4));
        meta.insert("refundable"_L1, random.chance(50));
        meta.insert("last_payment_failed_at"_L1, QJsonValue(QJsonValue::Null));
        break;
    }
    default: { // a commercial invoicing line (what GET /funding_sources/INVOICE answers)
        const qint64 limit = 5000000;
        const qint64 outstanding = random.range(100000, 1500000);
        source.insert("method"_L1, u"invoice"_s);
        source.insert("type"_L1, u"COMMERCIAL"_s);
        source.insert("usage_permissions"_L1, QJsonArray{u"api_orders"_s, u"dashboard_orders"_s});
        meta.insert("available_amount"_L1, amount(limit - outstanding));
        meta.insert("available_cents"_L1, limit - outstanding);
        meta.insert("currency_code"_L1, u"USD"_s);
        meta.insert("credit_limit_amount"_L1, amount(limit));
        meta.insert("credit_limit_cents"_L1, limit);
        meta.insert("invoice_type"_L1, u"commercial"_s);
        meta.insert("interval"_L1, u"monthly"_s);
        meta.insert("day_of_week"_L1, u"1"_s);
        meta.insert("net"_L1, u"30"_s);
        meta.insert("company_name"_L1, random.company());
        meta.insert("address_1"_L1, u"%1 Market Street"_s.arg(random.range(1, 999)));
        meta.insert("address_2"_L1, QJsonValue(QJsonValue::Null));
        meta.insert("city"_L1, u"San Francisco"_s);
        meta.insert("state"_L1, u"CA"_s);
        meta.insert("zip"_L1, u"941%1"_s.arg(random.digits(2)));
        meta.insert("phone"_L1, u"+1415555%1"_s.arg(random.digits(4)));
        meta.insert("emails"_L1, u"billing@example.com"_s);
        break;
    }
    }
    source.insert("meta"_L1, meta);
    return source;
}

} // namespace rd
