#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <optional>

class QJsonObject;
class QJsonArray;

namespace rd {

// One injected fault (design.md section 5). What the client observes, per kind:
//   Latency        the request is handled after `delayMs` (default 1000) and answered normally.
//   RateLimit      429 with `Retry-After: retryAfterSeconds` (default 1) and the vendor's error body; not applied.
//   ServerError    `status` (default 500, any 5xx) with the vendor's error body; not applied.
//   Redirect       `status` (default 302) with `Location: location`; not applied.
//   TruncatedBody  applied; the full Content-Length is announced, half the body is sent, the connection is closed.
//   MalformedJson  applied; the handler's status and Content-Type with half of its JSON body (unparseable).
//   HtmlError      `status` (default 502) with a text/html proxy error page; not applied.
//   Trickle        applied; the whole response is sent `chunkBytes` (default 16) every `intervalMs` (default 100).
//   LateReply      applied at once; the normal reply is sent after `delayMs` (default 30000), past a client deadline.
//   DropAfterApply applied; the connection is aborted without any response.
// "Applied" means the route handler runs, so state changes (an approval, an opened envelope) really happen.
// For every kind but Latency and LateReply, `delayMs` (default 0) is waited before the fault happens.
struct Fault {
    enum class Kind {
        Latency,
        RateLimit,
        ServerError,
        Redirect,
        TruncatedBody,
        MalformedJson,
        HtmlError,
        Trickle,
        LateReply,
        DropAfterApply
    };

    Kind kind = Kind::Latency;
    QByteArray method;         // upper case; empty or "*" = any method
    QString path;              // route pattern ("/trigg/v4/customers/id/<id>"), a concrete path, or a prefix + "*"
    int count = -1;            // how many more matching requests it applies to; -1 = always
    int delayMs = -1;          // -1 = the kind's default
    int status = 0;            // 0 = the kind's default
    int retryAfterSeconds = 1; // RateLimit
    QUrl location;             // Redirect; default this server's /_sandbox/redirected (counted, so a test can
                               // prove a client did not follow the redirect)
    int chunkBytes = 16;       // Trickle
    int intervalMs = 100;      // Trickle
    int id = 0;                // assigned by FaultInjector::add

    int effectiveDelayMs() const;
    int effectiveStatus() const;
    bool matches(const QByteArray& requestMethod, const QString& requestPath, const QString& routePattern) const;

    static QString kindName(Kind kind); // "latency", "rate_limit", ... (the JSON "type" values)
    static std::optional<Kind> kindFromName(const QString& name);
    // From the control route's JSON, e.g. {"type":"rate_limit","path":"/tremendous/api/v2/funding_sources",
    // "method":"GET","count":2,"retry_after":3}. Returns nothing and sets *error on an invalid object.
    static std::optional<Fault> fromJson(const QJsonObject& object, QString* error);
    QJsonObject toJson() const;
};

// The per-route fault table of one sandbox server. Thread-safe: tests and the GUI may change it from another thread
// while the server thread consumes it.
class FaultInjector {
public:
    int add(Fault fault); // returns the fault's id
    bool remove(int id);
    void clear();
    QList<Fault> faults() const;
    QJsonArray toJson() const;

    // The first fault matching the request, with its count consumed (a fault whose count reaches 0 is removed).
    std::optional<Fault> take(const QByteArray& method, const QString& path, const QString& routePattern);

    // Convenience for tests and code: one fault on one route.
    int inject(Fault::Kind kind, const QString& path, int count = -1, const QByteArray& method = {});

private:
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace rd
