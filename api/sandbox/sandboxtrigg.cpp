#include "api/sandbox/sandboxtrigg.h"

#include <QJsonArray>
#include <QJsonObject>

#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr quint64 kPhoneSpace = 10000000ULL;     // 7 free digits after +479
constexpr quint64 kPhoneMultiplier = 3141593ULL; // odd and not a multiple of 5: invertible modulo 10^7
constexpr quint64 kIdMask = 0xFFFFFFFFFFFFULL;   // 48 bits: the GUID's last 12 hex digits

quint64 modularInverse(quint64 a, quint64 m) {
    qint64 t = 0, newT = 1;
    qint64 r = static_cast<qint64>(m), newR = static_cast<qint64>(a % m);
    while (newR != 0) {
        const qint64 q = r / newR;
        const qint64 nextT = t - q * newT;
        t = newT;
        newT = nextT;
        const qint64 nextR = r - q * newR;
        r = newR;
        newR = nextR;
    }
    return static_cast<quint64>(t < 0 ? t + static_cast<qint64>(m) : t);
}

const char* const kInterests[] = {"Sports", "Coffee", "Fashion", "Outdoor", "Music", "Cooking", "Travel", "Books"};
const char* const kCardNames[] = {"Black coffee", "Lunch deal", "Car wash", "Smoothie", "Cinnamon bun"};
const char* const kStreets[] = {"Kongens gate", "Storgata",  "Dronningens gate", "Bryggen",
                                "Markveien",    "Kirkegata", "Strandgata",       "Parkveien"};
} // namespace

void SandboxTrigg::install(SandboxHttpServer* http, const QString& prefix) {
    http->setErrorFormatter(prefix, [](int status, const QString& message) { return error(status, message); });
    const auto authed = [this](SandboxHttpServer::Handler handler) {
        return [this, handler](const SandboxRequest& request) {
            if (std::optional<SandboxResponse> denied = checkAuth(request))
                return *denied;
            return handler(request);
        };
    };
    http->route("GET", prefix + u"/customers"_s,
                authed([this](const SandboxRequest& request) { return customerByPhone(request); }));
    http->route("GET", prefix + u"/customers/id/<id>"_s,
                authed([this](const SandboxRequest& request) { return customerById(request); }));
}

SandboxResponse SandboxTrigg::error(int status, const QString& message) {
    QJsonObject body;
    body.insert("code"_L1, QString::number(status));
    body.insert("message"_L1, QString::fromLatin1(httpReasonPhrase(status)));
    if (status == 429) {
        body.insert("detailedErrorMessage"_L1, QJsonObject());
    } else if (status == 502) {
        QJsonObject details;
        details.insert("gateway"_L1, u"Connection to backend system failed. System: [sandbox]"_s);
        details.insert("gatewayMessage"_L1, message);
        body.insert("detailedErrorMessage"_L1, details);
    } else {
        body.insert("detailedErrorMessage"_L1, message);
    }
    return SandboxResponse::json(status, body);
}

std::optional<SandboxResponse> SandboxTrigg::checkAuth(const SandboxRequest& request) const {
    if (!m_credentials.apiKey.isEmpty() && request.header("x-api-key") == m_credentials.apiKey)
        return std::nullopt;
    return error(401, request.hasHeader("x-api-key") ? u"The API key is not valid."_s
                                                     : u"The x-api-key header is missing."_s);
}

int SandboxTrigg::customerCount() const {
    return static_cast<int>(qBound(qint64(0), qint64(m_size), static_cast<qint64>(kPhoneSpace)));
}

QString SandboxTrigg::phoneOf(int index) const {
    const quint64 offset = SandboxRandom::mix(m_seed ^ 0x7417ULL) % kPhoneSpace;
    const quint64 n = (static_cast<quint64>(index) * kPhoneMultiplier + offset) % kPhoneSpace;
    return u"+479%1"_s.arg(n, 7, 10, QLatin1Char('0'));
}

int SandboxTrigg::indexOfPhone(const QString& phone) const {
    if (phone.size() != 11 || !phone.startsWith("+479"_L1))
        return -1;
    bool ok = false;
    const quint64 n = QStringView(phone).mid(4).toULongLong(&ok);
    if (!ok)
        return -1;
    const quint64 offset = SandboxRandom::mix(m_seed ^ 0x7417ULL) % kPhoneSpace;
    const quint64 inverse = modularInverse(kPhoneMultiplier, kPhoneSpace);
    const quint64 index = ((n + kPhoneSpace - offset) % kPhoneSpace) * inverse % kPhoneSpace;
    if (index >= static_cast<quint64>(customerCount()) || phoneOf(static_cast<int>(index)) != phone)
        return -1;
    return static_cast<int>(index);
}

QString SandboxTrigg::idOf(int index) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trigg.customer.id", static_cast<quint64>(index));
    const quint64 mask = SandboxRandom::mix(m_seed ^ 0x1D5ULL) & kIdMask;
    const quint64 tail = (static_cast<quint64>(index) ^ mask) & kIdMask;
    // Version-4 layout, like the docs' example 2457B03E-9925-45E9-B551-25F10D7BD4F2.
    const QChar variant = QLatin1Char("89AB"[random.bounded(4)]);
    return random.hex(8, true) + u'-' + random.hex(4, true) + u"-4"_s + random.hex(3, true) + u'-' + variant +
           random.hex(3, true) + u'-' + u"%1"_s.arg(tail, 12, 16, QLatin1Char('0')).toUpper();
}

int SandboxTrigg::indexOfId(const QString& id) const {
    const QString upper = id.toUpper();
    if (upper.size() != 36)
        return -1;
    bool ok = false;
    const quint64 tail = QStringView(upper).right(12).toULongLong(&ok, 16);
    if (!ok)
        return -1;
    const quint64 mask = SandboxRandom::mix(m_seed ^ 0x1D5ULL) & kIdMask;
    const quint64 index = (tail ^ mask) & kIdMask;
    if (index >= static_cast<quint64>(customerCount()) || idOf(static_cast<int>(index)) != upper)
        return -1;
    return static_cast<int>(index);
}

SandboxResponse SandboxTrigg::customerByPhone(const SandboxRequest& request) const {
    if (!request.query.contains(u"mobilePhone"_s))
        return error(400, u"The mobilePhone query parameter is required."_s);
    const int index = indexOfPhone(request.query.value(u"mobilePhone"_s));
    if (index < 0)
        return error(404, u"Customer not found"_s);
    QJsonObject body;
    body.insert("data"_L1, customer(index));
    return SandboxResponse::json(200, body);
}

SandboxResponse SandboxTrigg::customerById(const SandboxRequest& request) const {
    const int index = indexOfId(request.arg(u"id"_s));
    if (index < 0)
        return error(404, u"Customer not found"_s);
    QJsonObject body;
    body.insert("data"_L1, customer(index));
    return SandboxResponse::json(200, body);
}

QJsonObject SandboxTrigg::customer(int index) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trigg.customer", static_cast<quint64>(index));
    const QString first = random.firstName();
    const QString last = random.lastName();
    const qint64 birth = kSandboxReferenceMs - random.range(18LL * 365, 80LL * 365) * 86400000LL;

    QJsonObject c;
    c.insert("id"_L1, idOf(index));
    c.insert("externalId"_L1, u"EXT%1"_s.arg(100000 + index));
    c.insert("mobilePhone"_L1, phoneOf(index));
    c.insert("email"_L1, QString(emailLocalPart(first, last, index + 1) + u'@' + random.emailDomain()));
    c.insert("firstName"_L1, first);
    c.insert("lastName"_L1, last);
    c.insert("address"_L1,
             QString(QString::fromUtf8(random.pick(kStreets)) + u' ' + QString::number(random.range(1, 120))));
    c.insert("zip"_L1, random.digits(4));
    c.insert("city"_L1, random.city());
    c.insert("country"_L1, u"NO"_s);
    c.insert("birthDate"_L1, QString(isoDate(birth) + u"T00:00:00"_s));
    const int gender = static_cast<int>(random.bounded(10));
    c.insert("gender"_L1, gender < 5 ? u"Female"_s : gender < 9 ? u"Male"_s : u"Unknown"_s);
    QJsonArray stores;
    const int storeCount = static_cast<int>(random.range(0, 2));
    for (int i = 0; i < storeCount; ++i) {
        const QString store = u"S%1"_s.arg(100 + random.range(0, 40));
        if (!stores.contains(store))
            stores.append(store);
    }
    c.insert("favoriteStores"_L1, stores);
    QJsonArray interests;
    const int interestCount = static_cast<int>(random.range(0, 3));
    for (int i = 0; i < interestCount; ++i) {
        const QString interest = QString::fromLatin1(random.pick(kInterests));
        if (!interests.contains(interest))
            interests.append(interest);
    }
    c.insert("interests"_L1, interests);

    const qint64 active = random.range(0, 5000);
    const qint64 pending = random.chance(40) ? random.range(10, 800) : 0;
    const qint64 expired = random.chance(30) ? random.range(10, 1500) : 0;
    const qint64 spent = random.range(0, 4000);
    QJsonArray cards;
    const int cardCount = static_cast<int>(random.range(0, 2));
    for (int i = 0; i < cardCount; ++i) {
        QJsonObject card;
        const qint64 total = random.range(5, 10);
        card.insert("id"_L1, static_cast<qint64>(i + 1 + random.range(0, 8) * 2));
        card.insert("namn"_L1, QString::fromLatin1(random.pick(kCardNames))); // sic: the docs' Norwegian field name
        card.insert("total"_L1, total);
        card.insert("count"_L1, random.range(0, total - 1));
        card.insert("imageUrl"_L1, QString());
        card.insert("sortOrder"_L1, i + 1);
        card.insert("extendedProperties"_L1, QJsonObject());
        cards.append(card);
    }
    QJsonObject loyalty;
    loyalty.insert("points"_L1, active + pending);
    loyalty.insert("pointsActive"_L1, active);
    loyalty.insert("pointsPending"_L1, pending);
    loyalty.insert("pointsExpired"_L1, expired);
    loyalty.insert("pointsTotal"_L1, active + pending + expired + spent);
    loyalty.insert("loyaltyCards"_L1, cards);
    c.insert("loyalty"_L1, loyalty);
    c.insert("extendedProperties"_L1, QJsonObject());
    return c;
}

} // namespace rd
