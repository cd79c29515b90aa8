#include "sandboxrandom.h"

#include <QDateTime>
#include <QTimeZone>

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

static QDateTime utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString isoMillisUtc(qint64 msecsSinceEpoch) {
    return utc(msecsSinceEpoch).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString isoSecondsUtc(qint64 msecsSinceEpoch) {
    return utc(msecsSinceEpoch).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString isoDate(qint64 msecsSinceEpoch) {
    return utc(msecsSinceEpoch).toString(u"yyyy-MM-dd"_s);
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

} // namespace rd
