#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>

#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxrequest.h"
#include "api/sandbox/sandboxresponse.h"

class QHostAddress;
class QTcpServer;

namespace rd {

class SandboxConnection;

// A small HTTP/1.1 server on QTcpServer for the built-in sandbox (QHttpServer 6.4 cannot answer later safely: a
// client that disconnects first causes a use-after-free, see qt-platform-notes.md). It provides:
//  - a route table: route("GET", "/trigg/v4/customers/id/<id>", handler); <name> segments match one path segment
//    and arrive in SandboxRequest::args. A path that matches no route gets 404, a path that matches only with other
//    methods gets 405 with Allow; both bodies come from the error formatter of the longest matching prefix, so each
//    vendor answers in its own documented error shape;
//  - per-route fault injection (faults(), and the control routes below) applied around the handlers;
//  - request and connection counters, so tests assert "exactly one POST" instead of assuming it.
// Control routes (never subject to faults, no auth; the server listens on loopback only):
//   GET    /_sandbox/faults        list the active faults
//   POST   /_sandbox/faults        add faults: a JSON object (see Fault::fromJson), an array, or {"faults":[...]};
//                                  {"clear":true,...} removes the existing ones first. Answers 201 with the list.
//   DELETE /_sandbox/faults        remove all faults;  DELETE /_sandbox/faults/<id>  remove one
//   GET    /_sandbox/requests      request counts per "METHOD /path"; DELETE resets them
//   any    /_sandbox/redirected    where injected redirects point by default: 200 {"redirected":true}
// Everything runs in the thread the server object lives in, from its event loop; nothing blocks.
class SandboxHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;
    using ErrorFormatter = std::function<SandboxResponse(int status, const QString& message)>;

    explicit SandboxHttpServer(QObject* parent = nullptr);
    ~SandboxHttpServer() override;

    // Listens on `address` (the sandbox uses 127.0.0.1) and `port` (0 = a free one). Returns false on failure.
    bool listen(const QHostAddress& address, quint16 port = 0);
    quint16 port() const;
    QString errorString() const;

    void route(const QByteArray& method, const QString& pattern, Handler handler);
    // Error bodies (404, 405, injected 429/5xx) for paths under `prefix`, e.g. "/tremendous/api/v2".
    void setErrorFormatter(const QString& prefix, ErrorFormatter formatter);
    SandboxResponse errorResponse(const QString& path, int status, const QString& message) const;

    FaultInjector* faults() { return &m_faults; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // Thread-safe counters. `path` is the decoded request path without the query.
    int requestCount(const QByteArray& method, const QString& path) const;
    int totalRequests() const;
    int connectionsAccepted() const;
    void resetCounters();

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };

    void onNewConnection();
    void dispatch(SandboxConnection* connection, SandboxRequest& request);
    Handler resolve(SandboxRequest& request) const; // fills routePattern/args; an error handler when unrouted
    void applyFault(SandboxConnection* connection, SandboxRequest request, Handler handler, const Fault& fault);
    void registerControlRoutes();
    SandboxResponse addFaults(const SandboxRequest& request);
    SandboxResponse countsResponse() const;

    QTcpServer* m_server;
    QList<Route> m_routes;
    QList<QPair<QString, ErrorFormatter>> m_formatters;
    FaultInjector m_faults;
    qint64 m_maxBodyBytes = 8 * 1024 * 1024;
    int m_nextConnectionId = 1;
    mutable QMutex m_countMutex;
    QHash<QString, int> m_counts;
    int m_totalRequests = 0;
    int m_connectionsAccepted = 0;
};

} // namespace rd
