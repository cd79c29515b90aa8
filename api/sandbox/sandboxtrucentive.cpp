#include "api/sandbox/sandboxtrucentive.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxjsonwriter.h"
#include "api/sandbox/sandboxlog.h"
#include "api/sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kDefaultSinceSeconds = 3600;
constexpr qint64 kMaxSinceSeconds = 100LL * 366 * 24 * 3600; // a century: everything
const QString kOpened = u"opened"_s;

SandboxResponse jsonBytes(int status, const QByteArray& body) {
    return SandboxResponse::raw(status, body, "application/json; charset=utf-8");
}

SandboxResponse missingParam(const QString& name) {
    // Rails' ActionController::ParameterMissing wording.
    return SandboxTruCentive::error(400, u"param is missing or the value is empty: "_s + name);
}

// Rails' boolean cast (ActiveModel::Type::Boolean): these are false, an empty value is nil, anything else is true.
bool railsTrue(const QString& value) {
    const QString v = value.trimmed().toLower();
    return !(v.isEmpty() || v == "0"_L1 || v == "f"_L1 || v == "false"_L1 || v == "off"_L1);
}

// show_url / redemption_url: the docs say 'if show_url is "true"'; "1" is accepted too.
bool flagTrue(const QString& value) {
    const QString v = value.trimmed().toLower();
    return v == "true"_L1 || v == "1"_L1;
}

bool acceptsJson(const QByteArray& accept) {
    if (accept.trimmed().isEmpty())
        return true;
    for (QByteArray part : accept.split(',')) {
        const qsizetype semicolon = part.indexOf(';');
        if (semicolon >= 0)
            part.truncate(semicolon);
        part = part.trimmed().toLower();
        if (part == "*/*" || part == "application/*" || part.contains("json"))
            return true;
    }
    return false;
}

// "5", "5.5", "5.50" -> cents; anything else (negative, more than two decimals, text) fails.
bool parseCents(const QString& text, qint64* cents) {
    static const QRegularExpression pattern(u"^([0-9]{1,9})(?:\\.([0-9]{1,2}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QString fraction = match.captured(2);
    *cents = match.captured(1).toLongLong() * 100 + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, u'0').toInt());
    return true;
}

// An e-mail address (mailto) or a phone number (sms); nothing when it is neither.
std::optional<bool> addressIsSms(const QString& address) {
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression phone(u"^\\+?[0-9 ().-]+$"_s);
    if (email.match(address).hasMatch())
        return false;
    if (phone.match(address).hasMatch()) {
        qsizetype digits = 0;
        for (const QChar c : address)
            digits += c.isDigit() ? 1 : 0;
        if (digits >= 10 && digits <= 15)
            return true;
    }
    return std::nullopt;
}

QString jsonScalar(const QJsonValue& value, bool* ok) {
    *ok = true;
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        *ok = false;
        return {};
    }
}

// The deliver parameters as a Rails app sees them: query, then body (urlencoded, multipart or JSON) on top.
struct DeliverInput {
    QHash<QString, QString> values;
    QList<QPair<QString, QString>> customFields;
    QString error; // not empty: answer 400 with it
};

void setCustomField(DeliverInput& in, const QString& name, const QString& value) {
    for (auto& field : in.customFields) {
        if (field.first == name) {
            field.second = value;
            return;
        }
    }
    in.customFields.append({name, value});
}

void addParam(DeliverInput& in, const QString& name, const QString& value) {
    if (name.startsWith("custom_fields["_L1) && name.endsWith(u']') && name.size() > 15)
        setCustomField(in, name.mid(14, name.size() - 15), value);
    else if (name == "custom_fields"_L1 || name.startsWith("custom_fields["_L1))
        in.error = u"custom_fields must map field names to values, e.g. custom_fields[custom_color]=periwinkle"_s;
    else
        in.values.insert(name, value);
}

DeliverInput gatherDeliverParams(const SandboxRequest& request) {
    DeliverInput in;
    for (const auto& item : request.query.items())
        addParam(in, item.first, item.second);
    const QByteArray mime = request.mimeType();
    if (mime == "application/json" || mime.endsWith("+json")) {
        if (request.body.trimmed().isEmpty())
            return in;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            in.error = u"The request body is not a valid JSON object"_s;
            return in;
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool ok = false;
            if (it.key() == "custom_fields"_L1) {
                if (it.value().isNull())
                    continue;
                if (!it.value().isObject()) {
                    in.error = u"custom_fields must be an object of field names and values"_s;
                    return in;
                }
                const QJsonObject fields = it.value().toObject();
                for (auto field = fields.begin(); field != fields.end(); ++field) {
                    const QString value = jsonScalar(field.value(), &ok);
                    if (!ok) {
                        in.error = u"custom_fields[%1] must be a string"_s.arg(field.key());
                        return in;
                    }
                    setCustomField(in, field.key(), value);
                }
                continue;
            }
            const QString value = jsonScalar(it.value(), &ok);
            if (!ok) {
                in.error = u"%1 must be a string or a number"_s.arg(it.key());
                return in;
            }
            addParam(in, it.key(), value);
        }
    } else {
        for (const auto& item : request.form.items())
            addParam(in, item.first, item.second);
    }
    return in;
}
} // namespace

QStringList SandboxTruCentive::Samples::envelopeIds() const {
    QStringList ids;
    for (const QString& id :
         {opened, openedWithoutRedemptionUrl, viewed, delivered, sms, locked, expired, testMode, approved}) {
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

SandboxTruCentive::SandboxTruCentive()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    m_data = std::make_unique<SandboxTruCentiveData>(m_seed, m_size, m_clock());
}

SandboxTruCentive::~SandboxTruCentive() = default;

void SandboxTruCentive::install(SandboxHttpServer* http, const QString& prefix) {
    m_timerContext = http;
    http->setErrorFormatter(prefix, [](int status, const QString& message) { return error(status, message); });
    http->route("GET", prefix + u"/me"_s, guarded([this](const SandboxRequest&) { return me(); }));
    http->route("GET", prefix + u"/projects"_s, guarded([this](const SandboxRequest&) { return projects(); }));
    http->route("GET", prefix + u"/project/instruments"_s,
                guarded([this](const SandboxRequest& request) { return instruments(request); }));
    http->route("POST", prefix + u"/envelope/deliver"_s,
                guarded([this](const SandboxRequest& request) { return deliver(request); }));
    http->route("GET", prefix + u"/envelope"_s,
                guarded([this](const SandboxRequest& request) { return showEnvelope(request); }));
    http->route("GET", prefix + u"/envelopes/viewed"_s,
                guarded([this](const SandboxRequest& request) { return feed(request, false); }));
    http->route("GET", prefix + u"/envelopes/opened"_s,
                guarded([this](const SandboxRequest& request) { return feed(request, true); }));
    http->route("POST", prefix + u"/envelopes/<envelope_id>/open"_s,
                guarded([this](const SandboxRequest& request) { return open(request); }));
    http->route("GET", prefix + u"/sessions"_s,
                guarded([this](const SandboxRequest& request) { return sessions(request); }));
}

void SandboxTruCentive::reset(quint64 seed, int size) {
    SandboxVendor::reset(seed, size);
    m_data = std::make_unique<SandboxTruCentiveData>(seed, size, m_clock());
    m_changed.clear();
    m_opening.clear();
    m_spentCents.clear();
    m_deliveredCount = 0;
    ++m_generation;
}

SandboxResponse SandboxTruCentive::error(int status, const QString& message) {
    QJsonObject body;
    body.insert("error"_L1, message);
    body.insert("status"_L1, status);
    return SandboxResponse::json(status, body);
}

SandboxTruCentive::Samples SandboxTruCentive::samples(quint64 seed, int size) {
    const SandboxTruCentiveData data(seed, size, 0);
    using S = SandboxTruCentiveData::Sample;
    const auto id = [&data, size](S sample) {
        const quint64 index = SandboxTruCentiveData::sampleIndex(sample);
        return index < static_cast<quint64>(qMax(0, size)) ? data.envelopeId(index) : QString();
    };
    const auto instrumentOf = [&data](int project) {
        return data.instruments().at(data.projects().at(project).instruments.first()).uuid;
    };
    Samples s;
    s.opened = id(S::Opened);
    s.openedWithoutRedemptionUrl = id(S::OpenedWithoutRedemptionUrl);
    s.viewed = id(S::Viewed);
    s.delivered = id(S::Delivered);
    s.sms = id(S::Sms);
    s.locked = id(S::Locked);
    s.expired = id(S::Expired);
    s.testMode = id(S::TestMode);
    s.approved = id(S::Approved);
    s.projectUuid = data.projects().at(0).uuid;
    s.instrumentUuid = instrumentOf(0);
    s.fixedProjectUuid = data.projects().at(SandboxTruCentiveData::kFixedProject).uuid;
    s.fixedInstrumentUuid = instrumentOf(SandboxTruCentiveData::kFixedProject);
    s.testProjectUuid = data.projects().at(SandboxTruCentiveData::kTestProject).uuid;
    s.testInstrumentUuid = instrumentOf(SandboxTruCentiveData::kTestProject);
    s.lowBalanceProjectUuid = data.projects().at(SandboxTruCentiveData::kLowBalanceProject).uuid;
    s.lowBalanceInstrumentUuid = instrumentOf(SandboxTruCentiveData::kLowBalanceProject);
    s.lowBalanceCents = data.projects().at(SandboxTruCentiveData::kLowBalanceProject).balanceCents;
    return s;
}

void SandboxTruCentive::setAsyncDelay(int minMs, int maxMs) {
    m_minDelayMs = qMax(0, minMs);
    m_maxDelayMs = qMax(m_minDelayMs, maxMs);
}

void SandboxTruCentive::setClock(std::function<qint64()> nowMs) {
    m_clock = std::move(nowMs);
    m_data = std::make_unique<SandboxTruCentiveData>(m_seed, m_size, m_clock());
}

qint64 SandboxTruCentive::startTime() const {
    return m_data->startMs();
}

qint64 SandboxTruCentive::remainingCents(const QString& projectUuid) const {
    const int index = m_data->projectIndex(projectUuid);
    if (index < 0)
        return -1;
    return m_data->projects().at(index).balanceCents - m_spentCents.value(index);
}

SandboxTruCentive::Handler SandboxTruCentive::guarded(Handler handler) const {
    return [this, handler](const SandboxRequest& request) {
        if (std::optional<SandboxResponse> denied = checkAuth(request))
            return *denied;
        if (!acceptsJson(request.header("accept")))
            return error(406, u"Not Acceptable -- You requested a format that isn't valid."_s);
        return handler(request);
    };
}

std::optional<SandboxResponse> SandboxTruCentive::checkAuth(const SandboxRequest& request) const {
    const QByteArray& key = m_credentials.apiKey;
    bool ok = false;
    if (request.hasHeader("authorization"))
        ok = !key.isEmpty() && request.header("authorization") == key;
    else
        ok = !key.isEmpty() && request.query.value(u"api_key"_s).toUtf8() == key;
    if (ok)
        return std::nullopt;
    return error(403, u"Access Denied -- Your API key is wrong or your OAuth account is not authorized."_s);
}

SandboxResponse SandboxTruCentive::me() const {
    SandboxJsonWriter json(256);
    json.beginObject()
        .field("id"_L1, m_data->userUuid())
        .field("uuid"_L1, m_data->userUuid())
        .field("email"_L1, m_data->userEmail())
        .field("name"_L1, m_data->userName())
        .endObject();
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTruCentive::projects() const {
    SandboxJsonWriter json(4096);
    json.beginArray();
    for (const TruCentiveProject& project : m_data->projects())
        m_data->writeProject(json, project);
    json.endArray();
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTruCentive::instruments(const SandboxRequest& request) const {
    const QString uuid = request.param(u"project_uuid"_s).trimmed();
    if (uuid.isEmpty())
        return missingParam(u"project_uuid"_s);
    const int index = m_data->projectIndex(uuid);
    if (index < 0)
        return error(404, u"Project not found"_s);
    SandboxJsonWriter json(1024);
    json.beginArray();
    for (int instrument : m_data->projects().at(index).instruments)
        m_data->writeInstrument(json, m_data->instruments().at(instrument));
    json.endArray();
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTruCentive::deliver(const SandboxRequest& request) {
    const DeliverInput in = gatherDeliverParams(request);
    if (!in.error.isEmpty())
        return error(400, in.error);
    const auto value = [&in](const char* name) { return in.values.value(QString::fromLatin1(name)).trimmed(); };

    const QString projectUuid = value("project_uuid");
    if (projectUuid.isEmpty())
        return missingParam(u"project_uuid"_s);
    const int projectIndex = m_data->projectIndex(projectUuid);
    if (projectIndex < 0)
        return error(400, u"Project not found"_s);
    const TruCentiveProject& project = m_data->projects().at(projectIndex);
    const QString amount = value("amount");
    if (amount.isEmpty() && !project.fixedValue())
        return missingParam(u"amount"_s);
    const QString address = value("address");
    if (address.isEmpty())
        return missingParam(u"address"_s);
    const QString instrumentUuid = value("instrument_uuid");
    if (instrumentUuid.isEmpty())
        return missingParam(u"instrument_uuid"_s);

    const int instrument = m_data->instrumentIndex(instrumentUuid);
    if (instrument < 0 || !project.instruments.contains(instrument))
        return error(400, u"Instrument not found for this project"_s);
    qint64 cents = project.minCents; // a fixed-value project ignores amount
    if (!project.fixedValue()) {
        if (!parseCents(amount, &cents))
            return error(400, u"Amount must be in dollars and cents, ex: 5.50"_s);
        if (cents < project.minCents || cents > project.maxCents) {
            return error(400,
                         u"Amount must be between %1 and %2"_s.arg(QString::number(project.minCents / 100.0, 'f', 2),
                                                                   QString::number(project.maxCents / 100.0, 'f', 2)));
        }
    }
    const std::optional<bool> sms = addressIsSms(address);
    if (!sms)
        return error(400, u"Address must be an email address or a phone number"_s);
    for (const auto& field : in.customFields) {
        if (!project.customFields.contains(field.first))
            return error(400, u"Unknown custom field: %1"_s.arg(field.first));
    }
    if (!project.testMode && cents > project.balanceCents - m_spentCents.value(projectIndex))
        return error(400, u"Exceeds available funds"_s);

    const bool batch = railsTrue(value("batch_allowed"));
    TruCentiveEnvelope e;
    e.index = static_cast<quint64>(m_data->size()) + m_deliveredCount++;
    e.id = m_data->envelopeId(e.index);
    e.project = projectIndex;
    e.instrument = instrument;
    e.addresses.append({m_data->addressUuid(e.index, 0), *sms, address});
    e.state = batch ? u"approved"_s : u"delivered"_s;
    e.expiresAt = SandboxTruCentiveData::endOfUtcDay(now() + 90 * kDayMs);
    e.testMode = project.testMode;
    e.customFields = in.customFields;
    e.firstName = value("first_name");
    e.lastName = value("last_name");
    m_changed.insert(e.index, e);
    if (!project.testMode)
        m_spentCents[projectIndex] += cents;
    qCDebug(lcSandbox) << "trucentive: envelope" << e.id << "queued for delivery" << (batch ? "(batch)" : "");
    if (!batch) {
        later(e.index, [this](TruCentiveEnvelope& envelope) {
            if (envelope.state != "delivered"_L1 || envelope.deliveredAt >= 0)
                return false;
            envelope.deliveredAt = now();
            return true;
        });
    }

    SandboxJsonWriter json(1024);
    json.beginObject().field("message"_L1, "Envelope queued for delivery"_L1).key("envelope"_L1);
    SandboxTruCentiveData::EnvelopeExtras extras;
    extras.customFields = true;
    m_data->writeEnvelope(json, e, extras);
    json.endObject();
    return jsonBytes(200, json.take());
}

std::optional<TruCentiveEnvelope> SandboxTruCentive::find(const QString& id) const {
    const std::optional<quint64> index = m_data->envelopeIndex(id);
    if (!index)
        return std::nullopt;
    if (m_changed.contains(*index))
        return m_changed.value(*index);
    if (*index < static_cast<quint64>(m_data->size()))
        return m_data->envelope(*index);
    return std::nullopt;
}

TruCentiveEnvelope SandboxTruCentive::current(quint64 index) const {
    const auto it = m_changed.constFind(index);
    return it != m_changed.cend() ? *it : m_data->envelope(index);
}

SandboxResponse SandboxTruCentive::showEnvelope(const SandboxRequest& request) const {
    const QString id = request.param(u"envelope_uuid"_s).trimmed();
    if (id.isEmpty())
        return missingParam(u"envelope_uuid"_s);
    const std::optional<TruCentiveEnvelope> envelope = find(id);
    if (!envelope)
        return error(404, u"Envelope not found"_s);
    SandboxTruCentiveData::EnvelopeExtras extras;
    if (flagTrue(request.param(u"show_url"_s))) {
        QString host = QString::fromLatin1(request.header("host"));
        if (host.isEmpty())
            host = u"127.0.0.1"_s;
        extras.url = u"https://"_s + host + u"/redeem/"_s + envelope->id + u"?t="_s + m_data->urlToken(envelope->index);
    }
    if (flagTrue(request.param(u"redemption_url"_s)) && envelope->state == kOpened)
        extras.redemptionUrl = m_data->redemptionUrl(*envelope);
    SandboxJsonWriter json(1024);
    m_data->writeEnvelope(json, *envelope, extras);
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTruCentive::feed(const SandboxRequest& request, bool opened) const {
    qint64 since = kDefaultSinceSeconds;
    if (request.hasParam(u"since"_s)) {
        bool ok = false;
        since = request.param(u"since"_s).trimmed().toLongLong(&ok);
        if (!ok || since < 0)
            return error(400, u"since must be a whole number of seconds"_s);
    }
    since = qMin(since, kMaxSinceSeconds);
    const qint64 to = now();
    const qint64 from = to - since * 1000;
    const auto inWindow = [from, to](qint64 at) { return at >= 0 && at >= from && at <= to; };

    QList<QPair<qint64, quint64>> hits; // (time, index)
    const quint64 generated = static_cast<quint64>(m_data->size());
    // Only recent envelopes can be newer than the reference instant: skip the rest unless the window reaches back.
    const quint64 scanEnd =
        from <= kSandboxReferenceMs ? generated : qMin(generated, static_cast<quint64>(m_data->recentCount()));
    for (quint64 i = 0; i < scanEnd; ++i) {
        if (m_changed.contains(i))
            continue;
        const QPair<qint64, qint64> times = m_data->viewedAndOpened(i);
        const qint64 at = opened ? times.second : times.first;
        if (inWindow(at))
            hits.append({at, i});
    }
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        const qint64 at = opened ? it->openedAt : it->viewedAt;
        if (inWindow(at))
            hits.append({at, it.key()});
    }
    std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });

    SandboxJsonWriter json(64 + hits.size() * 640);
    json.beginArray();
    for (const auto& hit : std::as_const(hits))
        m_data->writeEnvelope(json, current(hit.second), {});
    json.endArray();
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTruCentive::open(const SandboxRequest& request) {
    const std::optional<TruCentiveEnvelope> envelope = find(request.arg(u"envelope_id"_s));
    if (!envelope)
        return error(404, u"Envelope not found"_s);
    if (envelope->state == "locked"_L1) {
        SandboxJsonWriter json(256);
        json.beginObject()
            .field("error"_L1, "Cannot open envelope."_L1)
            .field("status"_L1, 400)
            .key("details"_L1)
            .beginObject()
            .field("full_error_messages"_L1, "Envelope cannot be opened because the envelope is locked"_L1)
            .endObject()
            .endObject();
        return jsonBytes(400, json.take());
    }
    if (envelope->state != kOpened && !m_opening.contains(envelope->index)) {
        m_opening.insert(envelope->index);
        later(envelope->index, [this](TruCentiveEnvelope& e) {
            m_opening.remove(e.index);
            if (e.state == kOpened)
                return false;
            if (e.state == "locked"_L1 || e.state == "expired"_L1 || (e.expiresAt >= 0 && e.expiresAt < now())) {
                qCDebug(lcSandbox) << "trucentive: opening envelope" << e.id << "failed:" << e.state;
                return false;
            }
            e.state = kOpened;
            e.openedAt = now();
            qCDebug(lcSandbox) << "trucentive: envelope" << e.id << "opened";
            return true;
        });
    }
    SandboxJsonWriter json(1024);
    json.beginObject().field("message"_L1, "Envelope queued for opening"_L1).key("envelope"_L1);
    SandboxTruCentiveData::EnvelopeExtras extras;
    extras.customFields = true;
    m_data->writeEnvelope(json, *envelope, extras);
    json.endObject();
    return jsonBytes(200, json.take());
}

SandboxResponse SandboxTruCentive::sessions(const SandboxRequest& request) const {
    qint64 page = 1;
    if (request.hasParam(u"page"_s)) {
        bool ok = false;
        page = request.param(u"page"_s).trimmed().toLongLong(&ok);
        if (!ok || page < 1)
            return error(400, u"page must be a positive integer"_s);
    }
    const qint64 count = m_data->sessionCount();
    SandboxJsonWriter json(2048);
    json.beginArray();
    if (page <= count) { // guards the multiplication against huge pages
        const qint64 first = (page - 1) * SandboxTruCentiveData::kSessionPageSize;
        for (qint64 i = first; i < count && i < first + SandboxTruCentiveData::kSessionPageSize; ++i) {
            const TruCentiveSession session = m_data->session(static_cast<int>(i));
            json.beginObject().field("ip"_L1, session.ip).field("email"_L1, session.email).endObject();
        }
    }
    json.endArray();
    return jsonBytes(200, json.take());
}

int SandboxTruCentive::nextDelayMs(quint64 index) {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trucentive.async", index * 7919 + m_asyncCounter++);
    return static_cast<int>(random.range(m_minDelayMs, m_maxDelayMs));
}

void SandboxTruCentive::later(quint64 index, std::function<bool(TruCentiveEnvelope&)> change) {
    if (!m_timerContext)
        return;
    const quint64 generation = m_generation;
    // The HTTP server is the timer's context: it lives in the sandbox's thread and goes before this object.
    QTimer::singleShot(nextDelayMs(index), m_timerContext.data(), [this, generation, index, change] {
        if (generation != m_generation)
            return;
        TruCentiveEnvelope envelope = current(index);
        if (change(envelope))
            m_changed.insert(index, envelope);
    });
}

} // namespace rd
