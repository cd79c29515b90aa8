#include "api/sandbox/sandboxcheetah.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>

#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxjsonwriter.h"
#include "api/sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
const QByteArray kStellarMediaType = "application/vnd.stellar-v1+json";
constexpr qsizetype kMaxTokens = 10000; // issued tokens kept at most (expired ones are pruned first)

// A strictly positive integer parameter; `fallback` when absent. Returns false when present but invalid.
bool positiveParam(const SandboxRequest& request, const QString& name, qint64 fallback, qint64* out) {
    if (!request.hasParam(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = request.param(name).toLongLong(&ok);
    return ok && *out > 0 && *out <= 1000000000LL;
}
} // namespace

SandboxCheetah::SandboxCheetah() {
    m_clock.start();
}

void SandboxCheetah::reset(quint64 seed, int size) {
    SandboxVendor::reset(seed, size);
    m_tokens.clear();
}

void SandboxCheetah::install(SandboxHttpServer* http, const QString& prefix) {
    http->setErrorFormatter(prefix, [](int status, const QString& message) { return errorForStatus(status, message); });
    // Accept first (every call, the token request included), then the token (API routes only).
    const auto accepting = [this](SandboxHttpServer::Handler handler) {
        return [this, handler](const SandboxRequest& request) {
            if (std::optional<SandboxResponse> rejected = checkAccept(request))
                return *rejected;
            return handler(request);
        };
    };
    const auto authed = [this, accepting](SandboxHttpServer::Handler handler) {
        return accepting([this, handler](const SandboxRequest& request) {
            if (std::optional<SandboxResponse> denied = checkToken(request))
                return *denied;
            return handler(request);
        });
    };
    http->route("POST", prefix + u"/oauth/token"_s,
                accepting([this](const SandboxRequest& request) { return issueToken(request); }));
    http->route("GET", prefix + u"/program/api/members"_s,
                authed([this](const SandboxRequest& request) { return listMembers(request); }));
}

SandboxResponse SandboxCheetah::error(int status, int code, const QString& name, const QString& message) {
    QJsonObject body;
    body.insert("code"_L1, code);
    body.insert("name"_L1, name);
    body.insert("message"_L1, message);
    return SandboxResponse::json(status, body);
}

SandboxResponse SandboxCheetah::errorForStatus(int status, const QString& message) {
    if (status == 404)
        return error(404, 4044, u"not_available"_s, u"Resource not available."_s);
    if (status == 429)
        return error(429, 4290, u"too_many_requests"_s, message);
    if (status >= 500)
        return error(status, status * 10, u"internal_error"_s, message);
    return error(status, status * 10, u"error"_s, message);
}

std::optional<SandboxResponse> SandboxCheetah::checkAccept(const SandboxRequest& request) const {
    const QList<QByteArray> ranges = request.header("accept").split(',');
    for (const QByteArray& range : ranges) {
        QByteArray type = range;
        const qsizetype semi = type.indexOf(';');
        if (semi >= 0)
            type.truncate(semi);
        if (type.trimmed().compare(kStellarMediaType, Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return error(406, 4006, u"not_acceptable"_s, u"The Accept header must be application/vnd.stellar-v1+json."_s);
}

std::optional<SandboxResponse> SandboxCheetah::checkToken(const SandboxRequest& request) {
    QByteArray token;
    const QByteArray authorization = request.header("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space > 0 && authorization.left(space).compare("bearer", Qt::CaseInsensitive) == 0)
        token = authorization.mid(space + 1).trimmed();
    else
        token = request.param(u"access_token"_s).toUtf8();

    QString message;
    if (token.isEmpty()) {
        message = u"The access token is missing."_s;
    } else {
        const auto it = m_tokens.constFind(token);
        if (it == m_tokens.cend())
            message = u"The access token is invalid."_s;
        else if (it.value() <= m_clock.elapsed())
            message = u"The access token expired."_s;
        else
            return std::nullopt;
    }
    SandboxResponse response = error(401, 4010, u"invalid_token"_s, message);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Cheetah\", error=\"invalid_token\"");
    return response;
}

SandboxResponse SandboxCheetah::issueToken(const SandboxRequest& request) {
    for (const QString& name : {u"grant_type"_s, u"client_id"_s, u"client_secret"_s}) {
        if (request.param(name).isEmpty())
            return error(406, 4060, u"invalid_params"_s, u"Missing required parameter: %1"_s.arg(name));
    }
    if (request.param(u"grant_type"_s) != "client_credentials"_L1)
        return error(406, 4060, u"unsupported_grant_type"_s, u"grant_type must be client_credentials."_s);
    if (m_credentials.clientId.isEmpty() || request.param(u"client_id"_s).toUtf8() != m_credentials.clientId ||
        request.param(u"client_secret"_s).toUtf8() != m_credentials.clientSecret) {
        SandboxResponse response =
            error(401, 4011, u"invalid_client"_s, u"Client authentication failed: unknown client or wrong secret."_s);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Cheetah\", error=\"invalid_client\"");
        return response;
    }

    const qint64 now = m_clock.elapsed();
    if (m_tokens.size() >= kMaxTokens) {
        m_tokens.removeIf([now](const QHash<QByteArray, qint64>::iterator it) { return it.value() <= now; });
        if (m_tokens.size() >= kMaxTokens)
            m_tokens.clear();
    }
    QByteArray token;
    token.reserve(64);
    static const char hexDigits[] = "0123456789abcdef";
    for (int i = 0; i < 64; ++i)
        token.append(hexDigits[QRandomGenerator::global()->bounded(16)]);
    const qint64 lifetimeMs = m_tokenLifetime.count();
    m_tokens.insert(token, now + lifetimeMs);

    QJsonObject body;
    body.insert("access_token"_L1, QString::fromLatin1(token));
    body.insert("token_type"_L1, u"bearer"_s);
    body.insert("expires_in"_L1, static_cast<qint64>((lifetimeMs + 999) / 1000));
    body.insert("created_at"_L1, QDateTime::currentSecsSinceEpoch());
    SandboxResponse response = SandboxResponse::json(200, body);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

SandboxResponse SandboxCheetah::listMembers(const SandboxRequest& request) const {
    qint64 page = 1;
    qint64 perPage = 50;
    if (!positiveParam(request, u"page"_s, 1, &page))
        return error(406, 4800, u"invalid_params"_s, u"page must be a positive integer."_s);
    if (!positiveParam(request, u"per_page"_s, 50, &perPage))
        return error(406, 4800, u"invalid_params"_s, u"per_page must be a positive integer."_s);

    const qint64 total = qMax(0, m_size);
    const qint64 first = qMin(total, (page - 1) * perPage);
    const qint64 last = qMin(total, first + perPage);
    SandboxJsonWriter json(128 + (last - first) * 260);
    json.beginObject().field("success"_L1, true).key("data"_L1).beginObject();
    json.field("total_pages"_L1, (total + perPage - 1) / perPage).field("total_entries"_L1, total);
    json.key("members"_L1).beginArray();
    for (qint64 i = first; i < last; ++i)
        writeMember(json, static_cast<int>(i));
    json.endArray().endObject().endObject();
    return SandboxResponse::raw(200, json.take(), "application/json; charset=utf-8");
}

void SandboxCheetah::writeMember(SandboxJsonWriter& json, int index) const {
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "cheetah.member", static_cast<quint64>(index));
    const QString first = random.firstName();
    const QString last = random.lastName();
    // Card ids are unique: 7919 is coprime with 9,000,000, so the mapping is a bijection on [0, 9,000,000).
    const quint64 offset = SandboxRandom::mix(m_seed) % 9000000ULL;
    const quint64 card = 1000000ULL + (static_cast<quint64>(index) * 7919ULL + offset) % 9000000ULL;
    // Whole seconds, as the docs' timestamps ("2016-07-04T02:33:52.000Z").
    const qint64 createdS = kSandboxReferenceMs / 1000 - random.range(86400LL, 5LL * 365 * 86400);
    const qint64 updatedS = createdS + random.range(0, kSandboxReferenceMs / 1000 - createdS);
    const QString domain = random.emailDomain();
    const bool hasIntegrationId = !random.chance(60);
    const QString integrationId = hasIntegrationId ? u"EXT-"_s + random.digits(8) : QString();

    // The keys and their order of the docs' List All Members example.
    json.beginObject();
    json.field("id"_L1, 10 + index);
    json.field("email"_L1, QString(emailLocalPart(first, last, index + 1) + u'@' + domain));
    json.field("member_id"_L1, u"C-%1"_s.arg(index + 1, 9, 10, QLatin1Char('0')));
    json.field("first_name"_L1, first);
    json.field("last_name"_L1, last);
    if (hasIntegrationId)
        json.field("integration_id"_L1, integrationId);
    else
        json.nullField("integration_id"_L1);
    json.field("card_id"_L1, QString::number(card));
    json.field("created_at"_L1, isoMillisUtc(createdS * 1000));
    json.field("updated_at"_L1, isoMillisUtc(updatedS * 1000));
    json.endObject();
}

} // namespace rd
