#include "api/core/httptransport.h"

#include <QElapsedTimer>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <algorithm>

#include "api/core/errorbody.h"
#include "api/core/replyclassifier.h"
#include "api/core/retrypolicy.h"
#include "api/core/urlpolicy.h"
#include "rewarddesk_version.h"

Q_LOGGING_CATEGORY(lcHttp, "rewarddesk.http")

using namespace Qt::StringLiterals;

namespace rd {

namespace {

bool isFormPostOrPut(const HttpRequest& r) {
    const QByteArray m = r.method.toUpper();
    return (m == "POST" || m == "PUT") && r.contentType.toLower().startsWith("application/x-www-form-urlencoded");
}

// Replaces every occurrence of each secret in `text` (secrets shorter than 4 bytes are ignored).
QString redacted(QString text, const QList<QByteArray>& secrets) {
    for (const QByteArray& s : secrets) {
        if (s.size() >= 4)
            text.replace(QString::fromUtf8(s), u"[redacted]"_s);
    }
    return text;
}

// A request body that Qt can read exactly once. Qt silently re-sends a request (POST included) when the connection
// closes before the answer; it must rewind the body for that, and this device refuses, so Qt fails the reply with
// ContentReSendError instead of delivering the action twice. Used for every non-Lookup request, bodiless ones
// included (for those Qt asks to rewind an empty device, which is refused just the same).
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64 pos) override { return pos == this->pos() && QIODevice::seek(pos); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - pos());
        if (n <= 0)
            return 0;
        memcpy(data, m_data.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
};

} // namespace

// One call: attempts, auth, timers, classification, logging. Lives as a child of the transport until delivered.
class HttpTransport::Call : public QObject {
public:
    Call(HttpTransport* transport, const Endpoint& endpoint, const HttpRequest& request, QObject* context,
         Callback callback)
        : QObject(transport)
        , m_transport(transport)
        , m_endpoint(endpoint)
        , m_request(request)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_callback(std::move(callback))
        , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        if (m_request.kind == RequestKind::Action)
            m_request.maxAttempts = 1;
        m_request.maxAttempts = qBound(1, m_request.maxAttempts, 10);
        m_url = joinUrl(m_endpoint.baseUrl, m_request.path, m_request.query);
        m_deadline.setSingleShot(true);
        m_backoff.setSingleShot(true);
        m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% late ...
        m_backoff.setTimerType(Qt::PreciseTimer);  // ... or early, which would not honour Retry-After
        connect(&m_deadline, &QTimer::timeout, this, [this] { onDeadline(); });
        connect(&m_backoff, &QTimer::timeout, this, [this] { beginAttempt(); });
        if (context) {
            // A lookup nobody waits for is abandoned; an action runs to its end (its outcome is still logged).
            connect(context, &QObject::destroyed, this, [this] {
                if (m_request.kind == RequestKind::Lookup)
                    cancel();
            });
        }
        m_callClock.start();
    }

    ~Call() override { dropReply(); }

    CallHandle handle;

    void start() {
        m_transport->adjustInFlight(+1);
        if (auto error = checkRequestUrl(m_endpoint.vendor, m_endpoint.baseUrl, m_request.query)) {
            logRefused(*error);
            finishWithError(*error);
            return;
        }
        QTimer::singleShot(0, this, [this] { beginAttempt(); });
    }

    void cancel() {
        if (m_done)
            return;
        m_done = true;
        m_deadline.stop();
        m_backoff.stop();
        if (m_reply)
            qCInfo(lcHttp).noquote() << describe() << u"-> cancelled by caller"_s;
        dropReply();
        handle.markFinished();
        m_transport->adjustInFlight(-1);
        deleteLater();
    }

private:
    void beginAttempt() {
        if (m_done)
            return;
        ++m_attempt;
        m_facts = AttemptFacts{};
        m_body.clear();
        m_authHeaders.clear();
        m_attemptClock.start();
        m_deadline.start(std::max<qint64>(1, m_request.deadline.count())); // also bounds waiting for credentials
        const quint64 epoch = ++m_epoch;
        AuthProvider* auth = m_endpoint.auth.data();
        if (!auth) {
            sendAttempt();
            return;
        }
        QPointer<Call> self(this);
        auth->acquire([self, epoch](std::optional<ApiError> error, HeaderList headers) {
            if (!self || self->m_done || self->m_epoch != epoch || self->m_reply)
                return;
            if (error) {
                ApiError e = *error;
                e.vendor = self->m_endpoint.vendor;
                e.requestId = self->m_requestId;
                e.action = self->isAction();
                self->m_deadline.stop();
                qCInfo(lcHttp).noquote() << self->describe() << u"-> credentials unavailable:"_s << e.technical;
                self->finishWithError(e);
                return;
            }
            self->m_authHeaders = std::move(headers);
            self->sendAttempt();
        });
    }

    void sendAttempt() {
        QNetworkRequest qr(m_url);
        qr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        qr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        qr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        qr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        qr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        qr.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
        qr.setTransferTimeout(int(std::clamp<qint64>(m_request.transferTimeout.count(), 1, INT_MAX)));
        qr.setRawHeader("User-Agent", "RewardDesk/" REWARDDESK_VERSION);
        qr.setRawHeader("X-Request-Id", m_requestId.toLatin1());
        qr.setRawHeader("Accept", "application/json");
        for (const auto& h : m_endpoint.defaultHeaders)
            qr.setRawHeader(h.first, h.second);
        for (const auto& h : m_request.headers)
            qr.setRawHeader(h.first, h.second);
        for (const auto& h : m_authHeaders)
            qr.setRawHeader(h.first, h.second);

        QByteArray body = m_request.body;
        if (m_endpoint.auth && isFormPostOrPut(m_request))
            m_endpoint.auth->appendFormCredential(&body);
        if (!m_request.contentType.isEmpty())
            qr.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        else if (!body.isEmpty())
            qr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

        QNetworkAccessManager* nam = m_transport->m_nam;
        const QByteArray method = m_request.method.toUpper();
        if (isAction()) {
            // An action reaches the vendor at most once per attempt: see OneShotBody.
            auto* device = new OneShotBody(body);
            m_reply = nam->sendCustomRequest(qr, method, device);
            device->setParent(m_reply); // Qt reads it until the reply is destroyed
        } else if (method == "GET" && body.isEmpty())
            m_reply = nam->get(qr);
        else if (method == "POST")
            m_reply = nam->post(qr, body);
        else if (method == "PUT")
            m_reply = nam->put(qr, body);
        else if (method == "DELETE" && body.isEmpty())
            m_reply = nam->deleteResource(qr);
        else
            m_reply = nam->sendCustomRequest(qr, method, body);

        QNetworkReply* reply = m_reply;
        m_tls = m_url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
        m_connecting = false;
        m_encrypted = false;
        connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] { m_connecting = true; });
        connect(reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
        connect(reply, &QNetworkReply::metaDataChanged, this, [this] { onMetaData(); });
        connect(reply, &QNetworkReply::readyRead, this, [this] { onReadyRead(); });
        connect(reply, &QNetworkReply::finished, this, [this] { onFinished(); });
    }

    void onMetaData() {
        if (!m_reply)
            return;
        m_facts.responseStarted = true;
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_request.maxBodyBytes &&
            !m_reply->hasRawHeader("Content-Encoding"))
            abortAttempt(&m_facts.tooLarge);
    }

    void onReadyRead() {
        if (!m_reply)
            return;
        m_facts.responseStarted = true;
        m_body.append(m_reply->readAll());
        if (m_body.size() > m_request.maxBodyBytes) {
            m_body.clear();
            abortAttempt(&m_facts.tooLarge);
        }
    }

    void onDeadline() {
        if (m_done)
            return;
        if (m_reply) {
            m_facts.mayHaveBeenSent = !(m_tls && m_connecting && !m_encrypted);
            abortAttempt(&m_facts.deadlineExpired);
            return;
        }
        // Still waiting for credentials: nothing was sent.
        ++m_epoch; // ignore the late acquire() answer
        m_facts.deadlineExpired = true;
        concludeAttempt(0, {});
    }

    // Sets *flag and aborts the reply; QNetworkReply::abort() emits finished() synchronously.
    void abortAttempt(bool* flag) {
        *flag = true;
        if (m_reply)
            m_reply->abort();
    }

    void onFinished() {
        QNetworkReply* reply = m_reply;
        if (!reply)
            return;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();
        m_deadline.stop();
        if (!m_facts.tooLarge && !m_facts.deadlineExpired)
            m_body.append(reply->readAll());
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        m_facts.httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
        m_facts.networkError = reply->error();
        if (m_facts.httpStatus > 0)
            m_facts.responseStarted = true;
        // Provably unsent only when a new TLS connection never finished its handshake (nothing is written before).
        m_facts.mayHaveBeenSent = !(m_tls && m_connecting && !m_encrypted);
        const HeaderList headers = reply->rawHeaderPairs();
        if (m_facts.httpStatus >= 200 && m_facts.httpStatus < 300 && m_facts.networkError == QNetworkReply::NoError &&
            !reply->hasRawHeader("Content-Encoding")) {
            bool ok = false;
            const qint64 announced = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
            if (ok && announced != m_body.size())
                m_facts.truncated = true;
        }
        concludeAttempt(m_facts.httpStatus, headers);
    }

    void concludeAttempt(int status, const HeaderList& headers) {
        const qint64 ms = m_attemptClock.elapsed();
        const bool success = status >= 200 && status < 300 && m_facts.networkError == QNetworkReply::NoError &&
                             !m_facts.truncated && !m_facts.tooLarge && !m_facts.deadlineExpired;
        if (success) {
            qCInfo(lcHttp).noquote() << describe()
                                     << u"-> %1 (%2 bytes) in %3 ms"_s.arg(status).arg(m_body.size()).arg(ms);
            HttpResponse response;
            response.status = status;
            response.body = std::move(m_body);
            response.headers = headers;
            response.requestId = m_requestId;
            response.attempts = m_attempt;
            response.elapsedMs = m_callClock.elapsed();
            deliver(ApiResult<HttpResponse>(std::move(response)), true);
            return;
        }

        ApiError e = classifyAttempt(m_facts);
        e.vendor = m_endpoint.vendor;
        e.requestId = m_requestId;
        e.action = isAction();
        if (status == 429 || status == 503) {
            for (const auto& h : headers) {
                if (h.first.compare("Retry-After", Qt::CaseInsensitive) == 0)
                    e.retryAfterSeconds = parseRetryAfter(h.second);
            }
        }
        if (status >= 400)
            parseVendorErrorBody(m_endpoint.vendor, m_body, &e);
        redactSecrets(&e);
        const bool statusSaysIt = status > 0 && (status < 200 || status >= 300);
        const QString outcome = statusSaysIt ? QString::number(status)
                                : status > 0 ? u"%1 failed (%2)"_s.arg(QString::number(status), e.technical)
                                             : u"failed (%1)"_s.arg(e.technical);
        qCInfo(lcHttp).noquote() << describe() << u"->"_s << outcome << u"in %1 ms"_s.arg(ms);

        AuthProvider* auth = m_endpoint.auth.data();
        if (status == 401 && !m_authReplayed && auth && auth->invalidate(m_authHeaders)) {
            // New credentials, one replay. A 401 proves nothing was applied, so this holds for actions too.
            m_authReplayed = true;
            qCInfo(lcHttp).noquote() << describe() << u"-> credentials refreshed, replaying once"_s;
            QTimer::singleShot(0, this, [this] { beginAttempt(); });
            return;
        }
        const int budget = m_request.maxAttempts + (m_authReplayed ? 1 : 0);
        if (m_attempt < budget && shouldRetry(m_request.kind, e, m_transport->m_retryAfterCap)) {
            const auto wait =
                retryDelay(m_attempt + 1 - (m_authReplayed ? 1 : 0), m_transport->m_backoffBase, e.retryAfterSeconds);
            qCInfo(lcHttp).noquote() << describe() << u"-> retrying in %1 ms"_s.arg(wait.count());
            m_body.clear();
            m_backoff.start(wait);
            return;
        }
        m_body.clear();
        deliver(ApiResult<HttpResponse>(e), status > 0);
    }

    void finishWithError(const ApiError& error) {
        ApiError e = error;
        e.vendor = m_endpoint.vendor;
        e.requestId = m_requestId;
        e.action = isAction();
        deliver(ApiResult<HttpResponse>(e), e.httpStatus > 0); // e.g. a refused token request reached the vendor
    }

    // Ends the call and hands the result to the callback from the event loop (never from inside a QNAM signal or
    // from send() itself).
    void deliver(ApiResult<HttpResponse> result, bool reachable) {
        if (m_done)
            return;
        m_done = true;
        m_deadline.stop();
        m_backoff.stop();
        const bool reachabilityKnown =
            result.ok() ||
            (result.error().kind != ErrorKind::InvalidUrl && result.error().kind != ErrorKind::NoCredential &&
             result.error().kind != ErrorKind::Cancelled && result.error().kind != ErrorKind::Busy);
        QTimer::singleShot(0, this, [this, result = std::move(result)]() mutable {
            Callback callback = std::move(m_callback);
            const bool alive = !m_hasContext || m_context;
            const bool cancelled = m_cancelledAfterDone;
            handle.markFinished(); // until here a cancel() still suppresses the callback
            deleteLater();
            if (alive && callback && !cancelled)
                callback(std::move(result)); // may delete the transport (and this): touch nothing afterwards
        });
        // Signals last: a slot may delete the transport (and this call with it).
        QPointer<HttpTransport> transport(m_transport);
        const Vendor vendor = m_endpoint.vendor;
        const QString label = m_endpoint.accountLabel;
        transport->adjustInFlight(-1);
        if (transport && reachabilityKnown)
            Q_EMIT transport->endpointResult(vendor, label, reachable);
    }

    void dropReply() {
        if (QNetworkReply* reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }

    void redactSecrets(ApiError* e) const {
        QList<QByteArray> secrets;
        const QList<QByteArray> names = m_endpoint.auth ? m_endpoint.auth->secretHeaderNames() : QList<QByteArray>{};
        for (const auto& h : m_authHeaders) {
            for (const QByteArray& n : names) {
                if (h.first.compare(n, Qt::CaseInsensitive) == 0) {
                    secrets.append(h.second);
                    const qsizetype space = h.second.indexOf(' ');
                    if (space > 0)
                        secrets.append(h.second.mid(space + 1)); // "Bearer <token>" -> the token alone
                }
            }
        }
        e->vendorMessage = stripUrlQueries(e->vendorMessage);
        if (secrets.isEmpty())
            return;
        e->vendorMessage = redacted(e->vendorMessage, secrets);
        e->vendorName = redacted(e->vendorName, secrets);
        e->vendorCode = redacted(e->vendorCode, secrets);
        e->technical = redacted(e->technical, secrets);
        if (!e->details.isUndefined() && !e->details.isNull()) {
            const QString text = e->details.isString()
                                     ? e->details.toString()
                                     : QString::fromUtf8(QJsonDocument::fromVariant(e->details.toVariant()).toJson());
            const QString clean = redacted(text, secrets);
            if (clean != text)
                e->details = QJsonValue(u"[details withheld: they contained a credential]"_s);
        }
    }

    void logRefused(const ApiError& e) const {
        qCWarning(lcHttp).noquote() << m_request.method << redactedUrl(m_endpoint.baseUrl)
                                    << u"-> refused before sending:"_s << e.technical << u"id=%1"_s.arg(m_requestId);
    }

    // "GET api.example.com /api/v2/orders id=... attempt 1/3 (list orders)": never a query, header or body.
    QString describe() const {
        QString s = QString::fromLatin1(m_request.method) + u' ' + m_url.host() + u' ' + m_url.path() + u" id="_s +
                    m_requestId + u" attempt %1/%2"_s.arg(m_attempt).arg(m_request.maxAttempts);
        if (!m_request.label.isEmpty())
            s += u" ("_s + m_request.label + u')';
        return s;
    }

    bool isAction() const { return m_request.kind != RequestKind::Lookup; }

    HttpTransport* m_transport;
    Endpoint m_endpoint;
    HttpRequest m_request;
    QUrl m_url;
    QPointer<QObject> m_context;
    bool m_hasContext;
    Callback m_callback;
    QString m_requestId;
    QNetworkReply* m_reply = nullptr;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_callClock;
    QElapsedTimer m_attemptClock;
    AttemptFacts m_facts;
    QByteArray m_body;
    HeaderList m_authHeaders;
    int m_attempt = 0;
    quint64 m_epoch = 0;
    bool m_authReplayed = false;
    bool m_tls = false;
    bool m_connecting = false;
    bool m_encrypted = false;
    bool m_done = false;
    bool m_cancelledAfterDone = false;

    friend class HttpTransport;
};

HttpTransport::HttpTransport(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam) {}

HttpTransport::~HttpTransport() = default; // calls are children: they abort their replies without calling back

CallHandle HttpTransport::send(const Endpoint& endpoint, const HttpRequest& request, QObject* context,
                               Callback callback) {
    auto* call = new Call(this, endpoint, request, context, std::move(callback));
    QPointer<Call> weak(call);
    call->handle = CallHandle([weak] {
        if (!weak)
            return;
        if (weak->m_done)
            weak->m_cancelledAfterDone = true; // finished but not yet delivered: still never call back
        else
            weak->cancel();
    });
    call->start();
    return call->handle;
}

void HttpTransport::adjustInFlight(int delta) {
    m_inFlight += delta;
    Q_EMIT inFlightChanged(m_inFlight);
}

} // namespace rd
