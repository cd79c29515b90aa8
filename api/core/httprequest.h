#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <chrono>

namespace rd {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// How the transport may treat a request when it fails (design.md section 2).
enum class RequestKind {
    Lookup,          // GET: retried up to 3 attempts with jittered backoff, honouring Retry-After
    Action,          // changes vendor state: never retried automatically
    RetrySafeAction, // an action the vendor documents as safe to retry (TruCentive open envelope), or one carrying
                     // an idempotency key (Tremendous external_id on order creation): retried like a lookup
};

struct HttpRequest {
    QByteArray method = "GET"; // GET, POST, PUT, DELETE (sent with sendCustomRequest when it has a body)
    QString path;              // appended to the endpoint's base URL path, e.g. "/envelope" or "/orders/ABC"
    QUrlQuery query;           // never carries a credential: the transport refuses known secret parameter names
    QByteArray body;           // empty for none
    QByteArray contentType;    // e.g. "application/json", "application/x-www-form-urlencoded"
    HeaderList headers;        // extra non-secret headers (vendor Accept etc.); auth headers come from AuthProvider
    RequestKind kind = RequestKind::Lookup;
    std::chrono::milliseconds transferTimeout{15000}; // inactivity timeout (restarts on every byte)
    std::chrono::milliseconds deadline{30000};        // hard per-attempt deadline, whatever the server trickles
    qint64 maxBodyBytes = 64 * 1024 * 1024;           // response body cap
    int maxAttempts = 3;                              // for Lookup / RetrySafeAction; Action is always 1
    QString label; // short non-secret description for logs/status bar ("list orders")
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    HeaderList headers; // response headers (case as received)
    QString requestId;  // X-Request-Id RewardDesk sent
    int attempts = 1;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty if absent
};

} // namespace rd
