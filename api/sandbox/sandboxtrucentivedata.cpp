#include "api/sandbox/sandboxtrucentivedata.h"

#include <QLocale>

#include "api/sandbox/sandboxjsonwriter.h"
#include "api/sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kIdLetters = 18;
constexpr quint64 kCheckRange = 26ULL * 26 * 26 * 26; // four check letters
constexpr int kValueLetters = 14;                     // 26^14 > 2^64
constexpr int kMaxRecent = 5000;
constexpr qint64 kProjectFarExpiry = 1924991999999LL; // 2030-12-31T23:59:59.999Z

struct InstrumentTemplate {
    const char* name;
    const char* description;
    const char* redemptionUrlBase; // "" = none
};
const InstrumentTemplate kInstruments[] = {
    {"Amazon.com Gift Card", "Amazon.com Gift Card in any value", "https://redeem.example.com/amazon?claim_code="},
    {"Target Gift Card", "Target Gift Card in any value", "https://redeem.example.com/target?code="},
    {"Visa Prepaid Card", "Virtual Visa prepaid card, spendable wherever Visa debit is accepted", ""},
    {"Starbucks Card", "Starbucks eGift in any value", "https://redeem.example.com/starbucks?code="},
    {"Donation to Charity", "A donation to a charity the recipient chooses", ""},
    {"Branded Water Bottle", "Physical product, shipped to the recipient", ""},
};

struct ProjectTemplate {
    const char* name;
    const char* description;
    qint64 minCents;
    qint64 maxCents;
    bool testMode;
    const char* customFields; // comma-separated
    qint64 balanceCents;
    int instruments[4]; // -1 ends
    bool expires;
    int weight; // share of the generated envelopes, percent
};
// Index 2 is the fixed-value project, 3 the test_mode one, 4 the low-balance one (SandboxTruCentiveData::k*).
const ProjectTemplate kProjects[] = {
    {"Customer Experience Survey",
     "Thank-you rewards for the quarterly customer survey",
     500,
     3025,
     false,
     "custom_color,custom_size",
     25000000,
     {0, 1, 2, -1},
     false,
     35},
    {"Product Feedback Panel",
     "Incentives for panel members who complete a product interview",
     1000,
     10000,
     false,
     "participant_id,cohort",
     25000000,
     {0, 4, 3, -1},
     false,
     25},
    {"Fixed Thank-You Gift",
     "A $25.00 thank-you gift (fixed value)",
     2500,
     2500,
     false,
     "",
     10000000,
     {1, 0, -1, -1},
     false,
     15},
    {"Test Project", "This is a test project", 100, 25000, true, "custom_color", 0, {0, 1, 3, 5}, false, 10},
    {"Low balance project",
     "Nearly out of funds: the balance covers only a few sends",
     1000,
     2500,
     false,
     "participant_id",
     5000,
     {2, 0, -1, -1},
     false,
     5},
    {"Clinical Study Stipends",
     "Visit stipends for study participants",
     2500,
     50000,
     false,
     "site,visit",
     50000000,
     {2, 4, -1, -1},
     true,
     10},
};
constexpr int kProjectCount = int(sizeof(kProjects) / sizeof(kProjects[0]));

const char* const kColors[] = {"periwinkle", "teal", "crimson", "saffron", "olive", "charcoal"};
const char* const kSizes[] = {"small", "medium", "large", "x-large"};
const char* const kSites[] = {"Boston", "Denver", "Austin", "Oslo", "Toronto", "Lyon"};

enum Kind { Opened, Viewed, Delivered, Locked, Expired, Approved };
const char* const kStateNames[] = {"opened", "viewed", "delivered", "locked", "expired", "approved"};
enum AddressKind { MailOnly, SmsOnly, Both };

QString customValue(const QString& field, SandboxRandom& random) {
    if (field == "custom_color"_L1)
        return QString::fromLatin1(random.pick(kColors));
    if (field == "custom_size"_L1)
        return QString::fromLatin1(random.pick(kSizes));
    if (field == "participant_id"_L1)
        return u"P-"_s + random.digits(5);
    if (field == "cohort"_L1)
        return QString(QLatin1Char(static_cast<char>('A' + random.bounded(4))));
    if (field == "site"_L1)
        return QString::fromLatin1(random.pick(kSites));
    if (field == "visit"_L1)
        return QString::number(random.range(1, 6));
    return u"value-"_s + random.digits(3);
}

QString phoneNumber(SandboxRandom& random) {
    // US style as in the docs' example "261-123-1231".
    return QString::number(random.range(201, 989)) + u'-' + QString::number(random.range(200, 999)) + u'-' +
           random.digits(4);
}
} // namespace

struct SandboxTruCentiveData::Plan {
    int project = 0;
    int instrument = 0; // global instrument index
    Kind kind = Delivered;
    AddressKind address = MailOnly;
    qint64 delivered = -1;
    qint64 viewed = -1;
    qint64 opened = -1;
    qint64 expires = -1;
};

SandboxTruCentiveData::SandboxTruCentiveData(quint64 seed, int size, qint64 startMs)
    : m_seed(seed)
    , m_size(qMax(0, size))
    , m_recent(qMin(m_size, qMin(kMaxRecent, qMax(20, m_size / 10))))
    , m_startMs(startMs)
    , m_ids(seed, 0x7C0E1F00ULL) {
    {
        SandboxRandom random = SandboxRandom::forRecord(seed, "trucentive.me", 0);
        m_userUuid = u"user-"_s + random.uuid();
        const QString first = random.firstName();
        const QString last = random.lastName();
        m_userEmail = emailLocalPart(first, last, static_cast<int>(random.range(1, 99))) + u'@' + random.emailDomain();
        m_userName = first + u' ' + last;
    }
    for (int i = 0; i < 4; ++i) {
        SandboxRandom random = SandboxRandom::forRecord(seed, "trucentive.user", static_cast<quint64>(i));
        const QString first = random.firstName();
        const QString last = random.lastName();
        m_coworkerEmails.append(emailLocalPart(first, last, static_cast<int>(random.range(1, 99))) + u'@' +
                                m_userEmail.section(u'@', 1));
    }
    m_accountUuid = u"account-"_s + SandboxRandom::forRecord(seed, "trucentive.account", 0).uuid();

    for (int i = 0; i < int(sizeof(kInstruments) / sizeof(kInstruments[0])); ++i) {
        SandboxRandom random = SandboxRandom::forRecord(seed, "trucentive.instrument", static_cast<quint64>(i));
        TruCentiveInstrument instrument;
        instrument.uuid = u"inst-"_s + random.uuid();
        instrument.name = QString::fromUtf8(kInstruments[i].name);
        instrument.description = QString::fromUtf8(kInstruments[i].description);
        instrument.redemptionUrlBase = QString::fromUtf8(kInstruments[i].redemptionUrlBase);
        m_instruments.append(instrument);
    }
    for (int i = 0; i < kProjectCount; ++i) {
        const ProjectTemplate& t = kProjects[i];
        SandboxRandom random = SandboxRandom::forRecord(seed, "trucentive.project", static_cast<quint64>(i));
        TruCentiveProject project;
        project.uuid = u"project-"_s + random.uuid();
        project.name = QString::fromUtf8(t.name);
        project.description = QString::fromUtf8(t.description);
        project.createdAt = kSandboxReferenceMs - random.range(200 * kDay, 700 * kDay);
        project.startsAt = project.createdAt + random.range(kHour, 14 * kDay);
        project.expiresAt = t.expires ? kProjectFarExpiry : -1;
        project.minCents = t.minCents;
        project.maxCents = t.maxCents;
        project.testMode = t.testMode;
        project.customFields = QString::fromLatin1(t.customFields).split(u',', Qt::SkipEmptyParts);
        project.balanceCents = t.balanceCents;
        for (int instrument : t.instruments) {
            if (instrument >= 0)
                project.instruments.append(instrument);
        }
        m_projects.append(project);
    }
}

int SandboxTruCentiveData::projectIndex(const QString& uuid) const {
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        if (m_projects.at(i).uuid == uuid)
            return static_cast<int>(i);
    }
    return -1;
}

int SandboxTruCentiveData::instrumentIndex(const QString& uuid) const {
    for (qsizetype i = 0; i < m_instruments.size(); ++i) {
        if (m_instruments.at(i).uuid == uuid)
            return static_cast<int>(i);
    }
    return -1;
}

QString SandboxTruCentiveData::envelopeId(quint64 index) const {
    quint64 value = m_ids.permute(index);
    const quint64 check = m_ids.check(value, kCheckRange);
    char letters[kIdLetters];
    letters[0] = static_cast<char>('A' + check % 26);
    letters[1] = static_cast<char>('A' + check / 26 % 26);
    for (int i = kValueLetters; i >= 1; --i) {
        letters[1 + i] = static_cast<char>('A' + value % 26);
        value /= 26;
    }
    letters[16] = static_cast<char>('A' + check / 676 % 26);
    letters[17] = static_cast<char>('A' + check / 17576 % 26);
    return QString::fromLatin1(letters, kIdLetters);
}

std::optional<quint64> SandboxTruCentiveData::envelopeIndex(const QString& id) const {
    if (id.size() != kIdLetters)
        return std::nullopt;
    for (const QChar c : id) {
        if (c < u'A' || c > u'Z')
            return std::nullopt;
    }
    quint64 value = 0;
    for (int i = 2; i < 2 + kValueLetters; ++i) {
        const quint64 digit = static_cast<quint64>(id.at(i).unicode() - u'A');
        if (value > (~0ULL - digit) / 26)
            return std::nullopt; // more than 64 bits
        value = value * 26 + digit;
    }
    const quint64 check = m_ids.check(value, kCheckRange);
    const auto letter = [](quint64 v) { return QChar(static_cast<char16_t>(u'A' + v % 26)); };
    if (id.at(0) != letter(check) || id.at(1) != letter(check / 26) || id.at(16) != letter(check / 676) ||
        id.at(17) != letter(check / 17576))
        return std::nullopt;
    return m_ids.unpermute(value);
}

SandboxTruCentiveData::Plan SandboxTruCentiveData::samplePlan(quint64 index) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trucentive.envelope", index);
    const qint64 start = m_startMs;
    const qint64 startDay = start - (start % kDay + kDay) % kDay;
    Plan p;
    p.expires = endOfUtcDay(startDay + random.range(30, 180) * kDay);
    switch (static_cast<Sample>(index)) {
    case Sample::Opened:
        p.kind = Opened;
        p.instrument = 0; // Amazon: has an external redemption URL
        p.opened = start - random.range(5 * kMinute, 20 * kMinute);
        p.viewed = p.opened - random.range(kMinute, 10 * kMinute);
        p.delivered = p.viewed - random.range(kHour, 2 * kDay);
        break;
    case Sample::Viewed:
        p.kind = Viewed;
        p.project = 1;
        p.instrument = 0;
        p.address = Both;
        p.viewed = start - random.range(5 * kMinute, 30 * kMinute);
        p.delivered = p.viewed - random.range(10 * kMinute, kDay);
        break;
    case Sample::Delivered:
        p.instrument = 1;
        p.delivered = start - random.range(10 * kMinute, 50 * kMinute);
        break;
    case Sample::Sms:
        p.project = 1;
        p.instrument = 4;
        p.address = SmsOnly;
        p.delivered = start - random.range(kHour, 6 * kHour);
        break;
    case Sample::Locked:
        p.kind = Locked;
        p.instrument = 1;
        p.viewed = start - random.range(2 * kHour, 20 * kHour);
        p.delivered = p.viewed - random.range(kHour, kDay);
        break;
    case Sample::Expired:
        p.kind = Expired;
        p.project = 5;
        p.instrument = 2;
        p.delivered = start - random.range(40 * kDay, 60 * kDay);
        p.expires = endOfUtcDay(startDay - random.range(1, 20) * kDay);
        break;
    case Sample::TestMode:
        p.kind = Viewed;
        p.project = kTestProject;
        p.instrument = 3;
        p.viewed = start - random.range(30 * kMinute, 50 * kMinute);
        p.delivered = p.viewed - random.range(5 * kMinute, 2 * kHour);
        break;
    case Sample::Approved:
        p.kind = Approved;
        p.instrument = 0;
        break;
    case Sample::OpenedWithoutRedemptionUrl:
    case Sample::Count:
        p.kind = Opened;
        p.instrument = 2; // Visa prepaid: no external redemption URL
        p.opened = start - random.range(2 * kHour, 6 * kHour);
        p.viewed = p.opened - random.range(kMinute, kHour);
        p.delivered = p.viewed - random.range(kHour, 3 * kDay);
        break;
    }
    return p;
}

SandboxTruCentiveData::Plan SandboxTruCentiveData::plan(quint64 index) const {
    if (index < static_cast<quint64>(kSampleCount))
        return samplePlan(index);
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trucentive.envelope", index);
    Plan p;
    int roll = static_cast<int>(random.bounded(100));
    for (int i = 0; i < kProjectCount; ++i) {
        roll -= kProjects[i].weight;
        if (roll < 0 || i == kProjectCount - 1) {
            p.project = i;
            break;
        }
    }
    const QList<int>& offered = m_projects.at(p.project).instruments;
    p.instrument = offered.at(static_cast<qsizetype>(random.bounded(static_cast<quint64>(offered.size()))));
    const int addressRoll = static_cast<int>(random.bounded(100));
    p.address = addressRoll < 65 ? MailOnly : addressRoll < 85 ? SmsOnly : Both;

    const bool recent = index < static_cast<quint64>(m_recent);
    const int kindRoll = static_cast<int>(random.bounded(100));
    qint64 anchor = 0; // the latest event
    if (recent) {
        p.kind = kindRoll < 35   ? Opened
                 : kindRoll < 65 ? Viewed
                 : kindRoll < 85 ? Delivered
                 : kindRoll < 90 ? Locked
                                 : Approved;
        const int bucket = static_cast<int>(random.bounded(100));
        const qint64 age = bucket < 30   ? random.range(kMinute, kHour - 1)
                           : bucket < 60 ? random.range(kHour, kDay - 1)
                                         : random.range(kDay, 7 * kDay - 1);
        anchor = m_startMs - age;
    } else {
        p.kind = kindRoll < 55   ? Opened
                 : kindRoll < 65 ? Viewed
                 : kindRoll < 75 ? Delivered
                 : kindRoll < 87 ? Expired
                 : kindRoll < 91 ? Locked
                                 : Approved;
        anchor = kSandboxReferenceMs - random.range(kHour, 365 * kDay);
    }
    const qint64 startDay = m_startMs - (m_startMs % kDay + kDay) % kDay;
    p.expires = endOfUtcDay(startDay + random.range(30, 180) * kDay);
    switch (p.kind) {
    case Opened:
        p.opened = anchor;
        p.viewed = p.opened - random.range(0, 2 * kHour);
        p.delivered = p.viewed - random.range(kMinute, 3 * kDay);
        p.expires = endOfUtcDay(p.delivered + 90 * kDay);
        break;
    case Viewed:
        p.viewed = anchor;
        p.delivered = p.viewed - random.range(kMinute, 3 * kDay);
        break;
    case Delivered:
        p.delivered = anchor;
        break;
    case Locked:
        if (random.chance(70)) {
            p.viewed = anchor;
            p.delivered = p.viewed - random.range(kMinute, 3 * kDay);
        } else {
            p.delivered = anchor;
        }
        break;
    case Expired:
        p.delivered = anchor - random.range(30 * kDay, 120 * kDay);
        if (random.chance(40))
            p.viewed = p.delivered + random.range(kMinute, 5 * kDay);
        p.expires = endOfUtcDay(p.delivered + random.range(30, 90) * kDay);
        break;
    case Approved:
        if (random.chance(40))
            p.viewed = anchor;
        break;
    }
    return p;
}

TruCentiveEnvelope SandboxTruCentiveData::envelope(quint64 index) const {
    const Plan p = plan(index);
    TruCentiveEnvelope e;
    e.index = index;
    e.id = envelopeId(index);
    e.project = p.project;
    e.instrument = p.instrument;
    e.state = QString::fromLatin1(kStateNames[p.kind]);
    e.deliveredAt = p.delivered;
    e.viewedAt = p.viewed;
    e.openedAt = p.opened;
    e.expiresAt = p.expires;
    e.testMode = m_projects.at(p.project).testMode;

    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trucentive.envelope.text", index);
    e.firstName = random.firstName();
    e.lastName = random.lastName();
    const QString email =
        emailLocalPart(e.firstName, e.lastName, static_cast<int>(random.range(1, 99))) + u'@' + random.emailDomain();
    const QString phone = phoneNumber(random);
    if (p.address != SmsOnly)
        e.addresses.append({addressUuid(index, 0), false, email});
    if (p.address != MailOnly)
        e.addresses.append({addressUuid(index, static_cast<int>(e.addresses.size())), true, phone});
    for (const QString& field : m_projects.at(p.project).customFields)
        e.customFields.append({field, customValue(field, random)});
    return e;
}

QPair<qint64, qint64> SandboxTruCentiveData::viewedAndOpened(quint64 index) const {
    const Plan p = plan(index);
    return {p.viewed, p.opened};
}

QString SandboxTruCentiveData::addressUuid(quint64 envelopeIndex, int address) const {
    return u"addr-"_s +
           SandboxRandom::forRecord(m_seed, "trucentive.address", envelopeIndex * 4 + static_cast<quint64>(address))
               .uuid();
}

QString SandboxTruCentiveData::urlToken(quint64 index) const {
    return SandboxRandom::forRecord(m_seed, "trucentive.envelope.token", index).hex(32);
}

QString SandboxTruCentiveData::redemptionUrl(const TruCentiveEnvelope& envelope) const {
    const QString& base = m_instruments.at(envelope.instrument).redemptionUrlBase;
    if (base.isEmpty())
        return {};
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trucentive.redemption", envelope.index);
    return base + random.alnumUpper(4) + u'-' + random.alnumUpper(6) + u'-' + random.alnumUpper(4);
}

int SandboxTruCentiveData::sessionCount() const {
    return qMax(30, m_size);
}

TruCentiveSession SandboxTruCentiveData::session(int index) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trucentive.session", static_cast<quint64>(index));
    TruCentiveSession s;
    const int user = random.chance(50) ? -1 : static_cast<int>(random.bounded(4));
    s.email = user < 0 ? m_userEmail : m_coworkerEmails.at(user);
    // Documentation address ranges (RFC 5737) and private ones: nothing real.
    switch (random.bounded(4)) {
    case 0:
        s.ip = u"203.0.113."_s + QString::number(random.range(1, 254));
        break;
    case 1:
        s.ip = u"198.51.100."_s + QString::number(random.range(1, 254));
        break;
    case 2:
        s.ip = u"192.0.2."_s + QString::number(random.range(1, 254));
        break;
    default:
        s.ip = u"10.%1.%2.%3"_s.arg(random.range(0, 255)).arg(random.range(0, 255)).arg(random.range(1, 254));
        break;
    }
    return s;
}

qint64 SandboxTruCentiveData::endOfUtcDay(qint64 ms) {
    const qint64 day = (ms >= 0 ? ms : ms - kDay + 1) / kDay;
    return day * kDay + kDay - 1;
}

QByteArray SandboxTruCentiveData::money(qint64 cents) {
    QByteArray text = QByteArray::number(static_cast<double>(cents) / 100.0, 'f', 2);
    // Ruby's Float#to_s: "5.0", "5.5", "30.25".
    if (text.endsWith('0'))
        text.chop(1);
    return text;
}

void SandboxTruCentiveData::writeProject(SandboxJsonWriter& json, const TruCentiveProject& project) const {
    json.beginObject()
        .field("id"_L1, project.uuid)
        .field("uuid"_L1, project.uuid)
        .field("name"_L1, project.name)
        .field("description"_L1, project.description)
        .field("account_uuid"_L1, m_accountUuid)
        .field("starts_at"_L1, isoMillisUtc(project.startsAt));
    if (project.expiresAt < 0)
        json.nullField("expires_at"_L1);
    else
        json.field("expires_at"_L1, isoMillisUtc(project.expiresAt));
    json.field("created_at"_L1, isoMillisUtc(project.createdAt))
        .key("min_instrument_value"_L1)
        .raw(money(project.minCents))
        .key("max_instrument_value"_L1)
        .raw(money(project.maxCents))
        .field("test_mode"_L1, project.testMode)
        .key("custom_fields"_L1)
        .beginArray();
    for (const QString& field : project.customFields)
        json.value(field);
    json.endArray().endObject();
}

void SandboxTruCentiveData::writeInstrument(SandboxJsonWriter& json, const TruCentiveInstrument& instrument) const {
    json.beginObject()
        .field("id"_L1, instrument.uuid)
        .field("uuid"_L1, instrument.uuid)
        .field("name"_L1, instrument.name)
        .field("description"_L1, instrument.description)
        .endObject();
}

void SandboxTruCentiveData::writeEnvelope(SandboxJsonWriter& json, const TruCentiveEnvelope& e,
                                          const EnvelopeExtras& extras) const {
    const auto time = [&json](QLatin1StringView key, qint64 ms) {
        if (ms < 0)
            json.nullField(key);
        else
            json.field(key, isoMillisUtc(ms));
    };
    json.beginObject().field("id"_L1, e.id).field("uuid"_L1, e.id).key("addresses"_L1).beginArray();
    for (const TruCentiveAddress& address : e.addresses) {
        json.beginObject()
            .field("uuid"_L1, address.uuid)
            .field("format"_L1, address.sms ? "sms"_L1 : "mailto"_L1)
            .field("delivery_address"_L1, address.deliveryAddress)
            .endObject();
    }
    const TruCentiveProject& project = m_projects.at(e.project);
    json.endArray()
        .key("project"_L1)
        .beginObject()
        .field("uuid"_L1, project.uuid)
        .field("name"_L1, project.name)
        .endObject()
        .field("state"_L1, e.state);
    time("delivered_at"_L1, e.deliveredAt);
    time("opened_at"_L1, e.openedAt);
    time("viewed_at"_L1, e.viewedAt);
    time("expires_at"_L1, e.expiresAt);
    json.field("test_mode"_L1, e.testMode);
    if (extras.customFields) {
        json.key("custom_fields"_L1).beginObject();
        for (const auto& field : e.customFields)
            json.key(QLatin1StringView(field.first.toLatin1())).value(field.second);
        json.endObject();
    }
    if (!extras.url.isEmpty())
        json.field("url"_L1, extras.url);
    if (!extras.redemptionUrl.isEmpty())
        json.field("redemption_url"_L1, extras.redemptionUrl);
    json.endObject();
}

} // namespace rd
