#include "sandboxtrucentive.h"

#include <QJsonObject>

#include "sandboxhttpserver.h"
#include "sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace rd {

void SandboxTruCentive::install(SandboxHttpServer* http, const QString& prefix) {
    http->setErrorFormatter(prefix, [](int status, const QString& message) { return error(status, message); });
    const auto authed = [this](SandboxHttpServer::Handler handler) {
        return [this, handler](const SandboxRequest& request) {
            if (std::optional<SandboxResponse> denied = checkAuth(request))
                return *denied;
            return handler(request);
        };
    };
    http->route("GET", prefix + u"/me"_s, authed([this](const SandboxRequest&) { return me(); }));
}

SandboxResponse SandboxTruCentive::error(int status, const QString& message) {
    QJsonObject body;
    body.insert("error"_L1, message);
    body.insert("status"_L1, status);
    return SandboxResponse::json(status, body);
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
    SandboxRandom random = SandboxRandom::forRecord(m_seed, "trucentive.me", 0);
    const QString id = u"user-"_s + random.uuid();
    const QString first = random.firstName();
    const QString last = random.lastName();
    QJsonObject body;
    body.insert("id"_L1, id);
    body.insert("uuid"_L1, id);
    body.insert("email"_L1, QString(emailLocalPart(first, last, static_cast<int>(random.range(1, 99))) + u'@' +
                                    random.emailDomain()));
    body.insert("name"_L1, QString(first + u' ' + last));
    return SandboxResponse::json(200, body);
}

} // namespace rd
