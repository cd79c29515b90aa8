#include "api/sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
const char* const kFirstNames[] = {"Nelson", "Trisha", "Nash",  "Furman", "Myrtice", "Amelia", "Oliver", "Sofia",
                                   "Liam",   "Emma",   "Noah",  "Ingrid", "Lars",    "Maja",   "Henrik", "Nora",
                                   "Jonas",  "Sara",   "Mateo", "Aisha",  "Wei",     "Priya",  "Diego",  "Hannah",
                                   "Kofi",   "Yuki",   "Elena", "Tomas",  "Fatima",  "Grace",  "Samuel", "Leah",
                                   "Omar",   "Chloe",  "Ethan", "Mia",    "Lucas",   "Zara",   "Erik",   "Sigrid"};
const char* const kLastNames[] = {
    "Klein",  "Kuphal",   "Grant",    "Wolf",      "Ortiz", "Smith",  "Johnson", "Hansen", "Johansen", "Olsen",
    "Larsen", "Andersen", "Pedersen", "Nilsen",    "Berg",  "Haugen", "Garcia",  "Nguyen", "Patel",    "Kim",
    "Okafor", "Rossi",    "Müller",   "Dubois",    "Silva", "Cohen",  "Novak",   "Tanaka", "Walker",   "Brooks",
    "Reyes",  "Foster",   "Hughes",   "Lindqvist", "Dahl",  "Moen",   "Strand",  "Bakken", "O'Brien",  "Fischer"};
const char* const kDomains[] = {"collier.org", "reichel.name", "daniel.net",    "medhurst.org",
                                "example.com", "mail.test",    "inbox.example", "post.example.no"};
const char* const kCities[] = {"Oslo",         "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad",
                               "Kristiansand", "Tromsø", "Sandnes",   "Ålesund",   "Bodø",    "Hamar"};
const char* const kCompanies[] = {"Acme Research",  "Northwind Panels", "Blue Fjord Surveys", "Contoso Insights",
                                  "Globex Studies", "Initech Labs",     "Umbrella Outreach",  "Stark Feedback"};
} // namespace

quint64 SandboxRandom::mix(quint64 z) {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

SandboxRandom SandboxRandom::forRecord(quint64 seed, const char* resource, quint64 index) {
    quint64 salt = 1469598103934665603ULL; // FNV-1a of the resource name
    for (const char* p = resource; *p; ++p)
        salt = (salt ^ static_cast<unsigned char>(*p)) * 1099511628211ULL;
    return SandboxRandom(mix(mix(seed ^ salt) + index));
}

quint64 SandboxRandom::next() {
    m_state += 0x9e3779b97f4a7c15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 SandboxRandom::bounded(quint64 bound) {
    return bound == 0 ? 0 : next() % bound; // the modulo bias is irrelevant for sample data
}

qint64 SandboxRandom::range(qint64 low, qint64 high) {
    return low + static_cast<qint64>(bounded(static_cast<quint64>(high - low) + 1));
}

bool SandboxRandom::chance(int percent) {
    return static_cast<int>(bounded(100)) < percent;
}

QString SandboxRandom::hex(int digits, bool upper) {
    static const char lower[] = "0123456789abcdef";
    static const char upperDigits[] = "0123456789ABCDEF";
    QString out;
    out.reserve(digits);
    for (int i = 0; i < digits; ++i)
        out.append(QLatin1Char((upper ? upperDigits : lower)[bounded(16)]));
    return out;
}

QString SandboxRandom::digits(int count) {
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(static_cast<char>('0' + bounded(10))));
    return out;
}

QString SandboxRandom::alnumUpper(int count) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(alphabet[bounded(36)]));
    return out;
}

QString SandboxRandom::uuid() {
    const QString variant = QString(QLatin1Char("89ab"[bounded(4)]));
    return hex(8) + u'-' + hex(4) + u"-4"_s + hex(3) + u'-' + variant + hex(3) + u'-' + hex(12);
}

QString SandboxRandom::firstName() {
    return QString::fromUtf8(pick(kFirstNames));
}

QString SandboxRandom::lastName() {
    return QString::fromUtf8(pick(kLastNames));
}

QString SandboxRandom::emailDomain() {
    return QString::fromUtf8(pick(kDomains));
}

QString SandboxRandom::city() {
    return QString::fromUtf8(pick(kCities));
}

QString SandboxRandom::company() {
    return QString::fromUtf8(pick(kCompanies));
}

namespace {
// Civil date from days since 1970-01-01 (H. Hinnant's algorithm): QDateTime::toString is far slower, and the
// sandbox formats a few timestamps per record for pages of thousands of records.
struct Civil {
    int year, month, day, hour, minute, second, millis;
};

Civil civilFromMs(qint64 ms) {
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year,
            month,
            day,
            static_cast<int>(rest / 3600000),
            static_cast<int>(rest / 60000 % 60),
            static_cast<int>(rest / 1000 % 60),
            static_cast<int>(rest % 1000)};
}

void appendNumber(char*& out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out += width;
}

QString format(qint64 ms, bool time, bool millis) {
    const Civil c = civilFromMs(ms);
    char buffer[32];
    char* out = buffer;
    appendNumber(out, c.year, 4);
    *out++ = '-';
    appendNumber(out, c.month, 2);
    *out++ = '-';
    appendNumber(out, c.day, 2);
    if (time) {
        *out++ = 'T';
        appendNumber(out, c.hour, 2);
        *out++ = ':';
        appendNumber(out, c.minute, 2);
        *out++ = ':';
        appendNumber(out, c.second, 2);
        if (millis) {
            *out++ = '.';
            appendNumber(out, c.millis, 3);
        }
        *out++ = 'Z';
    }
    return QString::fromLatin1(buffer, out - buffer);
}
} // namespace

QString isoMillisUtc(qint64 msecsSinceEpoch) {
    return format(msecsSinceEpoch, true, true);
}

QString isoSecondsUtc(qint64 msecsSinceEpoch) {
    return format(msecsSinceEpoch, true, false);
}

QString isoDate(qint64 msecsSinceEpoch) {
    return format(msecsSinceEpoch, false, false);
}

QString emailLocalPart(const QString& first, const QString& last, int number) {
    QString local = (first + u'.' + last).toLower();
    QString ascii;
    for (const QChar c : std::as_const(local)) {
        if ((c >= u'a' && c <= u'z') || c == u'.')
            ascii.append(c);
        else if (c == u'ü')
            ascii.append(u"ue"_s);
        else if (c == u'ø' || c == u'ö')
            ascii.append(u'o');
        else if (c == u'å')
            ascii.append(u'a');
    }
    return ascii + QString::number(number);
}

SandboxIdCodec::SandboxIdCodec(quint64 seed, quint64 salt) {
    for (int i = 0; i < 5; ++i)
        m_keys[i] = SandboxRandom::mix(seed ^ (salt + static_cast<quint64>(i)));
}

quint64 SandboxIdCodec::permute(quint64 value) const {
    quint32 left = static_cast<quint32>(value >> 32);
    quint32 right = static_cast<quint32>(value);
    for (int round = 0; round < 4; ++round) {
        const quint32 next = left ^ static_cast<quint32>(SandboxRandom::mix(right ^ m_keys[round]));
        left = right;
        right = next;
    }
    return (static_cast<quint64>(left) << 32) | right;
}

quint64 SandboxIdCodec::unpermute(quint64 value) const {
    quint32 left = static_cast<quint32>(value >> 32);
    quint32 right = static_cast<quint32>(value);
    for (int round = 3; round >= 0; --round) {
        const quint32 previous = right ^ static_cast<quint32>(SandboxRandom::mix(left ^ m_keys[round]));
        right = left;
        left = previous;
    }
    return (static_cast<quint64>(left) << 32) | right;
}

quint64 SandboxIdCodec::check(quint64 permuted, quint64 modulus) const {
    return SandboxRandom::mix(permuted ^ m_keys[4]) % modulus;
}

} // namespace rd
