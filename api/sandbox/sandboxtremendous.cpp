#include "sandboxtremendous.h"

#include <QJsonArray>
#include <QJsonObject>

#include "sandboxhttpserver.h"
#include "sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr int kFundingSourceCount = 4; // balance, credit_card, bank_account, invoice

QJsonValue amount(qint64 cents) {
    return QJsonValue(static_cast<double>(cents) / 100.0);
}
} // namespace

void SandboxTremendous::install(SandboxHttpServer* http, const QString& prefix) {
    http->setErrorFormatter(prefix, [](int status, const QString& message) { return error(status, message); });
    const auto authed = [this](SandboxHttpServer::Handler handler) {
        return [this, handler](const SandboxRequest& request) {
            if (std::optional<SandboxResponse> denied = checkAuth(request))
                return *denied;
            return handler(request);
        };
    };
    http->route("GET", prefix + u"/funding_sources"_s,
                authed([this](const SandboxRequest&) { return listFundingSources(); }));
}

SandboxResponse SandboxTremendous::error(int status, const QString& message) {
    QJsonObject errors;
    errors.insert("message"_L1, message);
    errors.insert("payload"_L1, QJsonObject());
    QJsonObject body;
    body.insert("errors"_L1, errors);
    return SandboxResponse::json(status, body);
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

SandboxResponse SandboxTremendous::listFundingSources() const {
    QJsonArray sources;
    for (int i = 0; i < kFundingSourceCount; ++i)
        sources.append(fundingSource(i));
    QJsonObject body;
    body.insert("funding_sources"_L1, sources);
    return SandboxResponse::json(200, body);
}

QJsonObject SandboxTremendous::fundingSource(int index) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "tremendous.funding_source", static_cast<quint64>(index));
    QJsonObject source;
    QJsonObject meta;
    source.insert("id"_L1, random.alnumUpper(12));
    source.insert("status"_L1, u"active"_s);
    const QString holder = random.firstName() + u' ' + random.lastName();
    switch (index) {
    case 0: { // the pre-funded balance every sandbox organization has
        const qint64 available = random.range(500000, 10000000);
        const qint64 pending = random.chance(50) ? random.range(1000, 250000) : 0;
        source.insert("method"_L1, u"balance"_s);
        source.insert("usage_permissions"_L1, QJsonArray{u"api_orders"_s, u"dashboard_orders"_s});
        meta.insert("available_amount"_L1, amount(available));
        meta.insert("available_cents"_L1, available);
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
    default: {
        source.insert("method"_L1, u"invoice"_s);
        source.insert("type"_L1, u"PRO_FORMA"_s);
        source.insert("usage_permissions"_L1, QJsonArray{u"api_orders"_s, u"dashboard_orders"_s});
        meta.insert("invoice_type"_L1, u"pro_forma"_s);
        meta.insert("interval"_L1, QJsonValue(QJsonValue::Null));
        meta.insert("day_of_week"_L1, QJsonValue(QJsonValue::Null));
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
