#include "api/sandbox/sandboxhttpserver.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include "api/sandbox/sandboxconnection.h"
#include "api/sandbox/sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandbox, "rewarddesk.sandbox")

using namespace Qt::StringLiterals;

namespace rd {

namespace {
const QString kControlPrefix = u"/_sandbox/"_s;

bool isArgSegment(const QString& segment) {
    return segment.size() > 2 && segment.startsWith(u'<') && segment.endsWith(u'>');
}

QStringList splitPattern(const QString& pattern) {
    return pattern.split(u'/', Qt::SkipEmptyParts);
}

SandboxResponse controlError(int status, const QString& message) {
    QJsonObject body;
    body.insert("error"_L1, message);
    body.insert("status"_L1, status);
    return SandboxResponse::json(status, body);
}

QByteArray htmlErrorPage(int status) {
    const QByteArray line = QByteArray::number(status) + ' ' + httpReasonPhrase(status);
    return "<!DOCTYPE html>\n<html>\n<head><title>" + line + "</title></head>\n<body>\n<center><h1>" + line +
           "</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n";
}
} // namespace

SandboxHttpServer::SandboxHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &SandboxHttpServer::onNewConnection);
    registerControlRoutes();
}

SandboxHttpServer::~SandboxHttpServer() {
    m_server->close();
    // Connections (and the timers of their pending replies, whose context they are) go before the route table.
    const QList<SandboxConnection*> connections = findChildren<SandboxConnection*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

bool SandboxHttpServer::listen(const QHostAddress& address, quint16 port) {
    if (!m_server->listen(address, port)) {
        qCWarning(lcSandbox) << "cannot listen on" << address << port << m_server->errorString();
        return false;
    }
    return true;
}

quint16 SandboxHttpServer::port() const {
    return m_server->serverPort();
}

QString SandboxHttpServer::errorString() const {
    return m_server->errorString();
}

void SandboxHttpServer::route(const QByteArray& method, const QString& pattern, Handler handler) {
    m_routes.append(Route{method.toUpper(), pattern, splitPattern(pattern), std::move(handler)});
}

void SandboxHttpServer::setErrorFormatter(const QString& prefix, ErrorFormatter formatter) {
    m_formatters.append({prefix, std::move(formatter)});
}

SandboxResponse SandboxHttpServer::errorResponse(const QString& path, int status, const QString& message) const {
    const ErrorFormatter* best = nullptr;
    qsizetype bestLength = -1;
    for (const auto& entry : m_formatters) {
        const QString& prefix = entry.first;
        const bool under = path == prefix || (path.startsWith(prefix) && path.at(prefix.size()) == u'/');
        if (under && prefix.size() > bestLength) {
            best = &entry.second;
            bestLength = prefix.size();
        }
    }
    if (best)
        return (*best)(status, message);
    return controlError(status, message);
}

int SandboxHttpServer::requestCount(const QByteArray& method, const QString& path) const {
    QMutexLocker lock(&m_countMutex);
    return m_counts.value(QString::fromLatin1(method) + u' ' + path);
}

int SandboxHttpServer::totalRequests() const {
    QMutexLocker lock(&m_countMutex);
    return m_totalRequests;
}

int SandboxHttpServer::connectionsAccepted() const {
    QMutexLocker lock(&m_countMutex);
    return m_connectionsAccepted;
}

void SandboxHttpServer::resetCounters() {
    QMutexLocker lock(&m_countMutex);
    m_counts.clear();
    m_totalRequests = 0;
    m_connectionsAccepted = 0;
}

void SandboxHttpServer::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        {
            QMutexLocker lock(&m_countMutex);
            ++m_connectionsAccepted;
        }
        SandboxConnection::Limits limits;
        limits.maxBodyBytes = m_maxBodyBytes;
        new SandboxConnection(
            socket, m_nextConnectionId++, limits,
            [this](SandboxConnection* connection, SandboxRequest& request) { dispatch(connection, request); }, this);
    }
}

SandboxHttpServer::Handler SandboxHttpServer::resolve(SandboxRequest& request) const {
    const Route* best = nullptr;
    int bestScore = -1;
    QStringList allowed;
    QString allowedPattern;
    QHash<QString, QString> bestArgs;
    for (const Route& route : m_routes) {
        if (route.segments.size() != request.segments.size())
            continue;
        QHash<QString, QString> args;
        int literals = 0;
        bool match = true;
        for (qsizetype i = 0; i < route.segments.size() && match; ++i) {
            const QString& segment = route.segments.at(i);
            if (isArgSegment(segment)) {
                args.insert(segment.mid(1, segment.size() - 2), request.segments.at(i));
            } else if (segment == request.segments.at(i)) {
                ++literals;
            } else {
                match = false;
            }
        }
        if (!match)
            continue;
        if (route.method != request.method) {
            if (!allowed.contains(QString::fromLatin1(route.method)))
                allowed.append(QString::fromLatin1(route.method));
            allowedPattern = route.pattern;
            continue;
        }
        if (literals > bestScore) {
            best = &route;
            bestScore = literals;
            bestArgs = args;
        }
    }
    if (best) {
        request.routePattern = best->pattern;
        request.args = bestArgs;
        return best->handler;
    }
    if (!allowed.isEmpty()) {
        request.routePattern = allowedPattern;
        const QByteArray allow = allowed.join(", "_L1).toLatin1();
        return [this, allow](const SandboxRequest& r) {
            SandboxResponse response = errorResponse(r.path, 405, u"Method not allowed"_s);
            response.setHeader("Allow", allow);
            return response;
        };
    }
    return [this](const SandboxRequest& r) { return errorResponse(r.path, 404, u"Not found"_s); };
}

void SandboxHttpServer::dispatch(SandboxConnection* connection, SandboxRequest& request) {
    {
        QMutexLocker lock(&m_countMutex);
        ++m_counts[QString::fromLatin1(request.method) + u' ' + request.path];
        ++m_totalRequests;
    }
    const Handler handler = resolve(request);
    if (!request.path.startsWith(kControlPrefix)) {
        if (std::optional<Fault> fault = m_faults.take(request.method, request.path, request.routePattern)) {
            qCDebug(lcSandbox).noquote().nospace() << request.method << ' ' << request.path << " -> fault "
                                                   << Fault::kindName(fault->kind) << " #" << fault->id;
            applyFault(connection, std::move(request), handler, *fault);
            return;
        }
    }
    const SandboxResponse response = handler(request);
    qCDebug(lcSandbox).noquote().nospace() << request.method << ' ' << request.path << " -> " << response.status;
    connection->reply(response);
}

void SandboxHttpServer::applyFault(SandboxConnection* connection, SandboxRequest requestValue, Handler handler,
                                   const Fault& fault) {
    QPointer<SandboxConnection> guard(connection);
    const auto request = std::make_shared<const SandboxRequest>(std::move(requestValue));
    const int delay = fault.effectiveDelayMs();
    const int status = fault.effectiveStatus();
    // Runs `action` now or after `ms`; the connection is the timer's context, so a client that disconnects (the
    // connection deletes itself) cancels it, and a connection closed but not yet deleted ignores the answer.
    const auto after = [connection](int ms, const std::function<void()>& action) {
        if (ms <= 0)
            action();
        else
            QTimer::singleShot(ms, connection, action);
    };

    switch (fault.kind) {
    case Fault::Kind::Latency:
        after(delay, [guard, request, handler] {
            if (guard)
                guard->reply(handler(*request));
        });
        return;
    case Fault::Kind::LateReply: {
        const SandboxResponse response = handler(*request); // applied now, answered past the client's deadline
        after(delay, [guard, response] {
            if (guard)
                guard->reply(response);
        });
        return;
    }
    case Fault::Kind::RateLimit:
        after(delay, [this, guard, request, status, seconds = fault.retryAfterSeconds] {
            SandboxResponse response = errorResponse(request->path, status, u"Too many requests"_s);
            response.setHeader("Retry-After", QByteArray::number(seconds));
            if (guard)
                guard->reply(response);
        });
        return;
    case Fault::Kind::ServerError:
        after(delay, [this, guard, request, status] {
            if (guard)
                guard->reply(errorResponse(request->path, status, QString::fromLatin1(httpReasonPhrase(status))));
        });
        return;
    case Fault::Kind::Redirect: {
        QUrl location = fault.location;
        if (!location.isValid())
            location = QUrl(u"http://127.0.0.1:%1/_sandbox/redirected"_s.arg(port()));
        after(delay, [guard, status, location] {
            SandboxResponse response = SandboxResponse::raw(
                status,
                "<html><body>You are being <a href=\"" + location.toEncoded() + "\">redirected</a>.</body></html>",
                "text/html; charset=utf-8");
            response.setHeader("Location", location.toEncoded());
            if (guard)
                guard->reply(response);
        });
        return;
    }
    case Fault::Kind::HtmlError:
        after(delay, [guard, status] {
            if (guard)
                guard->reply(SandboxResponse::raw(status, htmlErrorPage(status), "text/html"));
        });
        return;
    case Fault::Kind::TruncatedBody:
        after(delay, [guard, request, handler] {
            const SandboxResponse response = handler(*request);
            if (guard)
                guard->replyTruncated(response);
        });
        return;
    case Fault::Kind::MalformedJson:
        after(delay, [guard, request, handler] {
            SandboxResponse response = handler(*request);
            response.body =
                response.body.size() > 3 ? response.body.left(response.body.size() / 2) : QByteArray("{\"data\": [");
            if (guard)
                guard->reply(response);
        });
        return;
    case Fault::Kind::Trickle:
        after(delay, [guard, request, handler, chunk = fault.chunkBytes, interval = fault.intervalMs] {
            const SandboxResponse response = handler(*request);
            if (guard)
                guard->replyTrickled(response, chunk, interval);
        });
        return;
    case Fault::Kind::DropAfterApply:
        after(delay, [guard, request, handler] {
            handler(*request); // the state changes; the client never hears about it
            if (guard)
                guard->drop();
        });
        return;
    }
}

void SandboxHttpServer::registerControlRoutes() {
    route("GET", u"/_sandbox/faults"_s, [this](const SandboxRequest&) {
        QJsonObject body;
        body.insert("faults"_L1, m_faults.toJson());
        return SandboxResponse::json(200, body);
    });
    route("POST", u"/_sandbox/faults"_s, [this](const SandboxRequest& request) { return addFaults(request); });
    route("DELETE", u"/_sandbox/faults"_s, [this](const SandboxRequest&) {
        m_faults.clear();
        QJsonObject body;
        body.insert("faults"_L1, QJsonArray());
        return SandboxResponse::json(200, body);
    });
    route("DELETE", u"/_sandbox/faults/<id>"_s, [this](const SandboxRequest& request) {
        bool ok = false;
        const int id = request.arg(u"id"_s).toInt(&ok);
        if (!ok || !m_faults.remove(id))
            return controlError(404, u"No fault with that id"_s);
        QJsonObject body;
        body.insert("faults"_L1, m_faults.toJson());
        return SandboxResponse::json(200, body);
    });
    route("GET", u"/_sandbox/requests"_s, [this](const SandboxRequest&) { return countsResponse(); });
    route("DELETE", u"/_sandbox/requests"_s, [this](const SandboxRequest&) {
        resetCounters();
        return countsResponse();
    });
    for (const QByteArray method : {"GET", "POST", "PUT", "DELETE", "PATCH"}) {
        route(method, u"/_sandbox/redirected"_s, [](const SandboxRequest&) {
            QJsonObject body;
            body.insert("redirected"_L1, true);
            return SandboxResponse::json(200, body);
        });
    }
}

SandboxResponse SandboxHttpServer::addFaults(const SandboxRequest& request) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return controlError(400, u"The body is not JSON: %1"_s.arg(parseError.errorString()));
    QJsonArray items;
    bool clearFirst = false;
    if (document.isArray()) {
        items = document.array();
    } else if (document.object().contains("faults"_L1)) {
        items = document.object().value("faults"_L1).toArray();
        clearFirst = document.object().value("clear"_L1).toBool();
    } else {
        clearFirst = document.object().value("clear"_L1).toBool();
        if (document.object().contains("type"_L1))
            items.append(document.object());
    }
    QList<Fault> parsed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString error;
        const std::optional<Fault> fault = Fault::fromJson(items.at(i).toObject(), &error);
        if (!fault)
            return controlError(400, u"Fault %1: %2"_s.arg(i).arg(error));
        parsed.append(*fault);
    }
    if (clearFirst)
        m_faults.clear();
    for (const Fault& fault : std::as_const(parsed))
        m_faults.add(fault);
    QJsonObject body;
    body.insert("faults"_L1, m_faults.toJson());
    return SandboxResponse::json(201, body);
}

SandboxResponse SandboxHttpServer::countsResponse() const {
    QJsonObject counts;
    QJsonObject body;
    {
        QMutexLocker lock(&m_countMutex);
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        body.insert("total"_L1, m_totalRequests);
        body.insert("connections"_L1, m_connectionsAccepted);
    }
    body.insert("requests"_L1, counts);
    return SandboxResponse::json(200, body);
}

} // namespace rd
