#pragma once

#include <QLoggingCategory>
#include <QObject>

#include <functional>

#include "api/core/apiresult.h"
#include "api/core/callhandle.h"
#include "api/core/endpoint.h"
#include "api/core/httprequest.h"

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace rd {

// The one HTTP transport over the one QNetworkAccessManager (design.md section 2). It:
//  - builds the URL from Endpoint::baseUrl + HttpRequest::path/query (every query key and value percent-encoded,
//    "+" and "[]" included); refuses http:// unless loopback (127.x, ::1, localhost), URLs with user info, and
//    secret-looking query parameters (api_key, access_token, client_secret, key, token, ...): InvalidUrl, NotSent,
//    no request created;
//  - adds the AuthProvider's headers, User-Agent "RewardDesk/<version>", X-Request-Id (one uuid per call, the same
//    on every attempt), Accept: application/json unless Endpoint::defaultHeaders or the request override it;
//  - never follows redirects (ManualRedirectPolicy; a 3xx is ErrorKind::Redirect, Rejected; the target gets
//    nothing, not even a connection); no cookies, no cache, no QNAM authentication dialogs;
//  - enforces the inactivity timeout (setTransferTimeout), a hard deadline per attempt (which also bounds waiting
//    for credentials) and the body size cap (checked against Content-Length and while reading);
//  - sends an Action or RetrySafeAction with a body Qt cannot rewind, so Qt never re-sends it by itself after a
//    dropped connection (it does so for any method otherwise, POST included): at most one request per attempt;
//  - retries Lookup and RetrySafeAction on NotSent (not TLS), 429 and 502/503/504, and Lookup also on any other
//    Unknown outcome except TooLarge, up to maxAttempts, with jittered exponential backoff from the backoff base;
//    Retry-After is honoured exactly, and a Retry-After above the cap is not waited for (the caller gets
//    RateLimited with retryAfterSeconds); never retries Action (see retrypolicy.h);
//  - on 401, asks AuthProvider::invalidate() and replays once with fresh credentials, for actions too (a 401
//    proves nothing was applied); a second 401 ends the call;
//  - logs one line per attempt to lcHttp: method, host, path, status or failure words, latency, request id,
//    attempt; never a query string, header, body or QNetworkReply::errorString() (it contains the full URL);
//  - classifies every failure into NotSent / Rejected / Unknown (replyclassifier.h), parses the vendor error body
//    (errorbody.h) and removes the credential and URL query strings from the vendor's message.
// The callback runs on the transport's thread from the event loop (never inside send()), only while `context` is
// alive, exactly once unless cancelled. Destroying `context` abandons a Lookup (aborted, no callback); an action
// runs to its end unobserved. Destroying the transport abandons every call without callbacks.
class HttpTransport : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(ApiResult<HttpResponse>)>;

    explicit HttpTransport(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~HttpTransport() override;

    CallHandle send(const Endpoint& endpoint, const HttpRequest& request, QObject* context, Callback callback);

    int inFlight() const { return m_inFlight; }

    // Test seams: backoff base and Retry-After cap (production: 500 ms base, 30 s cap).
    void setBackoffBase(std::chrono::milliseconds base) { m_backoffBase = base; }
    void setRetryAfterCap(std::chrono::milliseconds cap) { m_retryAfterCap = cap; }

Q_SIGNALS:
    void inFlightChanged(int count);
    // A request to `vendor` reached the server (any HTTP status) or failed to. For the status bar.
    void endpointResult(rd::Vendor vendor, const QString& accountLabel, bool reachable);

private:
    class Call;
    friend class Call;
    void adjustInFlight(int delta);

    QNetworkAccessManager* m_nam;
    int m_inFlight = 0;
    std::chrono::milliseconds m_backoffBase{500};
    std::chrono::milliseconds m_retryAfterCap{30000};
};

} // namespace rd
