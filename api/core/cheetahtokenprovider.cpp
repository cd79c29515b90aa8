#include "api/core/cheetahtokenprovider.h"

#include <QJsonObject>

#include "api/core/httptransport.h"
#include "api/core/jsonreader.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QByteArray formEncode(const QByteArray& value) {
    return QUrl::toPercentEncoding(QString::fromUtf8(value));
}

QUrl tenantRoot(const QUrl& url) {
    QUrl root = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = root.path();
    if (path.endsWith(u"/program/api"_s))
        path.chop(int(QStringLiteral("/program/api").size()));
    root.setPath(path);
    return root;
}

} // namespace

CheetahTokenProvider::CheetahTokenProvider(HttpTransport* transport, const QUrl& tenantBaseUrl,
                                           const QByteArray& clientId, const QByteArray& clientSecret, QObject* parent)
    : AuthProvider(parent)
    , m_transport(transport)
    , m_tenantBaseUrl(tenantRoot(tenantBaseUrl))
    , m_clientId(clientId)
    , m_clientSecret(clientSecret) {}

CheetahTokenProvider::~CheetahTokenProvider() {
    m_fetch.cancel();
    if (!m_waiting.isEmpty()) {
        ApiError e;
        e.failure = FailureClass::NotSent;
        e.kind = ErrorKind::Cancelled;
        e.vendor = Vendor::Cheetah;
        e.technical = u"account closed while waiting for a token"_s;
        completeWaiters(e);
    }
}

void CheetahTokenProvider::setCredentials(const QByteArray& clientId, const QByteArray& clientSecret) {
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_token.clear();
    m_lifetimeMs = -1;
}

void CheetahTokenProvider::setTokenRequestTimeouts(std::chrono::milliseconds transferTimeout,
                                                   std::chrono::milliseconds deadline) {
    m_transferTimeout = transferTimeout;
    m_deadline = deadline;
}

bool CheetahTokenProvider::hasFreshToken() const {
    if (m_token.isEmpty())
        return false;
    if (m_lifetimeMs < 0)
        return true; // no expires_in: valid until the vendor says otherwise
    const qint64 margin = qMax(MinRefreshMarginMs, m_lifetimeMs / 10);
    const qint64 remaining = m_lifetimeMs - m_tokenClock.elapsed();
    return remaining > margin;
}

HeaderList CheetahTokenProvider::currentHeaders() const {
    return {{"Authorization", "Bearer " + m_token}};
}

void CheetahTokenProvider::acquire(Done done) {
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        ApiError e;
        e.failure = FailureClass::NotSent;
        e.kind = ErrorKind::NoCredential;
        e.vendor = Vendor::Cheetah;
        e.technical = u"no client ID/secret configured"_s;
        done(e, {});
        return;
    }
    if (hasFreshToken()) {
        done(std::nullopt, currentHeaders());
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_fetching)
        fetchToken();
}

bool CheetahTokenProvider::invalidate(const HeaderList& rejectedHeaders) {
    for (const auto& h : rejectedHeaders) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0 && !m_token.isEmpty() &&
            h.second == "Bearer " + m_token) {
            m_token.clear(); // the next acquire() fetches a new one
            m_lifetimeMs = -1;
        }
    }
    // If the token was already replaced by another call's refresh, the replay simply uses the new one.
    return !m_clientId.isEmpty() && !m_clientSecret.isEmpty();
}

void CheetahTokenProvider::appendFormCredential(QByteArray* formBody) const {
    if (!m_formBody || !formBody || m_token.isEmpty())
        return;
    if (!formBody->isEmpty())
        formBody->append('&');
    formBody->append("access_token=" + formEncode(m_token));
}

void CheetahTokenProvider::fetchToken() {
    m_fetching = true;
    const quint64 epoch = ++m_fetchEpoch;

    Endpoint endpoint;
    endpoint.vendor = Vendor::Cheetah;
    endpoint.baseUrl = m_tenantBaseUrl;
    endpoint.accountLabel = m_accountLabel;
    endpoint.defaultHeaders = {{"Accept", "application/vnd.stellar-v1+json"}};

    HttpRequest request;
    request.method = "POST";
    request.path = u"/oauth/token"_s;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = "grant_type=client_credentials&client_id=" + formEncode(m_clientId) +
                   "&client_secret=" + formEncode(m_clientSecret);
    request.kind = RequestKind::RetrySafeAction; // a token grant changes nothing at the vendor
    request.maxAttempts = 2;
    request.transferTimeout = m_transferTimeout;
    request.deadline = m_deadline;
    request.maxBodyBytes = 64 * 1024;
    request.label = u"Cheetah access token"_s;

    QElapsedTimer sentClock;
    sentClock.start();
    m_fetch = m_transport->send(endpoint, request, this, [this, epoch, sentClock](ApiResult<HttpResponse> result) {
        if (epoch != m_fetchEpoch)
            return;
        m_fetching = false;
        if (!result.ok()) {
            ApiError e = result.error();
            const int s = e.httpStatus;
            e.failure = FailureClass::NotSent; // the waiting call itself was never sent
            if (s == 400 || s == 401 || s == 403)
                e.kind = ErrorKind::Auth;
            e.technical = u"token request failed: "_s + e.technical;
            e.vendorMessage.replace(QString::fromUtf8(m_clientSecret), u"[redacted]"_s);
            completeWaiters(e);
            return;
        }
        QString why;
        const std::optional<QJsonDocument> doc = parseJson(result.value().body, &why);
        QString token;
        std::optional<qint64> expiresIn;
        if (doc && doc->isObject()) {
            JsonReader r(doc->object(), u"token"_s);
            token = r.string(u"access_token"_s);
            expiresIn = r.optionalInteger(u"expires_in"_s);
            if (r.ok() && token.isEmpty())
                r.fail(u"access_token"_s, u"empty"_s);
            if (!r.ok())
                why = r.errorSummary();
        } else if (doc) {
            why = u"token response is not a JSON object"_s;
        }
        if (!why.isEmpty() || token.isEmpty()) {
            ApiError e = parseError(Vendor::Cheetah, u"token response unreadable: "_s + why);
            e.failure = FailureClass::NotSent;
            e.requestId = result.value().requestId;
            completeWaiters(e);
            return;
        }
        m_token = token.toUtf8();
        m_lifetimeMs = (expiresIn && *expiresIn >= 0) ? *expiresIn * 1000 : -1;
        m_tokenClock = sentClock; // conservative: the lifetime started no later than when we asked
        completeWaiters(std::nullopt);
    });
}

void CheetahTokenProvider::completeWaiters(const std::optional<ApiError>& error) {
    // Take the list first: a callback may call acquire() again (it then waits for a new fetch or gets the token).
    const QList<Done> waiting = std::exchange(m_waiting, {});
    const HeaderList headers = error ? HeaderList{} : currentHeaders();
    for (const Done& done : waiting)
        done(error, headers); // transport callbacks guard themselves against a call that has ended meanwhile
}

} // namespace rd
