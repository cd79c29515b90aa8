#pragma once

#include <QLoggingCategory>
#include <QObject>

#include <functional>

#include "apiresult.h"
#include "callhandle.h"
#include "endpoint.h"
#include "httprequest.h"

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace rd {

// The one HTTP transport over the one QNetworkAccessManager (design.md section 2). It:
//  - builds the URL from Endpoint::baseUrl + HttpRequest::path/query; refuses http:// unless loopback and refuses
//    secret-looking query parameters (api_key, access_token, client_secret, key, token);
//  - adds the AuthProvider's headers, User-Agent "RewardDesk/<version>", X-Request-Id;
//  - never follows redirects (ManualRedirectPolicy; a 3xx is ErrorKind::Redirect);
//  - enforces the inactivity timeout (setTransferTimeout) and a hard deadline, and the body size cap;
//  - retries Lookup/RetrySafeAction on NotSent, 429, 502/503/504 up to maxAttempts with jittered backoff,
//    honouring Retry-After (capped); never retries Action;
//  - on 401, asks AuthProvider::invalidate() and replays once;
//  - logs one redacted line per attempt (method, host, path, status, latency, request id) to lcHttp;
//  - classifies every failure into NotSent / Rejected / Unknown and parses the vendor error body.
// The callback runs on the transport's thread, only while `context` is alive, exactly once unless cancelled.
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
