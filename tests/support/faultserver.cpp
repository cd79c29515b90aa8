#include "support/faultserver.h"

#include "api/sandbox/sandboxresponse.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace rd::test {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;

bool pathMatches(const QString& pattern, const QString& path) {
    if (pattern.endsWith(u'*'))
        return path.startsWith(QStringView(pattern).chopped(1));
    return pattern == path;
}

bool methodMatches(const QByteArray& pattern, const QByteArray& method) {
    return pattern == "*" || pattern.compare(method, Qt::CaseInsensitive) == 0;
}

} // namespace

// ---- RecordedRequest -----------------------------------------------------------------------------------------

QByteArray RecordedRequest::header(const QByteArray& name) const {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray& name) const {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray RecordedRequest::queryValue(const QString& key) const {
    // Compare decoded keys: "created_at%5Bgte%5D" is found as "created_at[gte]".
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        if (item.first == key)
            return item.second.toUtf8();
    }
    return {};
}

// ---- FaultResponse -------------------------------------------------------------------------------------------

FaultResponse FaultResponse::json(int status, const QByteArray& body) {
    return text(status, body, "application/json");
}

FaultResponse FaultResponse::text(int status, const QByteArray& body, const QByteArray& contentType) {
    FaultResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({"Content-Type", contentType});
    return r;
}

FaultResponse FaultResponse::html(int status, const QByteArray& body) {
    QByteArray page = body;
    if (page.isEmpty()) {
        const QByteArray line = QByteArray::number(status) + ' ' + httpReasonPhrase(status);
        page = "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line +
               "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }
    return text(status, page, "text/html");
}

FaultResponse FaultResponse::empty(int status) {
    FaultResponse r;
    r.status = status;
    return r;
}

FaultResponse FaultResponse::tooManyRequests(const QByteArray& retryAfter, const QByteArray& body) {
    FaultResponse r = json(429, body.isEmpty() ? QByteArray(R"({"error":"Too Many Requests"})") : body);
    if (!retryAfter.isEmpty())
        r.headers.append({"Retry-After", retryAfter});
    return r;
}

FaultResponse FaultResponse::redirect(const QUrl& location, int status) {
    FaultResponse r = html(status, "<html><body>Moved</body></html>");
    r.headers.append({"Location", location.toEncoded()});
    return r;
}

FaultResponse FaultResponse::truncated(int status, const QByteArray& body, qint64 announced) {
    FaultResponse r = json(status, body);
    r.announcedLength = announced;
    return r;
}

FaultResponse FaultResponse::closeConnection(int delayMs) {
    FaultResponse r;
    r.action = Action::Close;
    r.delayMs = delayMs;
    return r;
}

FaultResponse FaultResponse::resetConnection(int delayMs) {
    FaultResponse r;
    r.action = Action::Reset;
    r.delayMs = delayMs;
    return r;
}

FaultResponse FaultResponse::hang() {
    FaultResponse r;
    r.action = Action::Hang;
    return r;
}

FaultResponse& FaultResponse::withDelay(int ms) {
    delayMs = ms;
    return *this;
}

FaultResponse& FaultResponse::withTrickle(int bytes, int intervalMs) {
    trickleBytes = bytes;
    trickleIntervalMs = intervalMs;
    return *this;
}

FaultResponse& FaultResponse::withHeader(const QByteArray& name, const QByteArray& value) {
    headers.append({name, value});
    return *this;
}

FaultResponse& FaultResponse::withClose() {
    closeAfter = true;
    return *this;
}

// ---- FaultServer ---------------------------------------------------------------------------------------------

struct FaultServer::Connection {
    QTcpSocket* socket = nullptr;
    QTimer* timer = nullptr; // delay and trickle; child of socket
    int id = 0;
    QByteArray in;     // unparsed input
    bool busy = false; // a response is being produced
    bool closing = false;
    bool sentContinue = false;
    bool clientClose = false; // the request being answered said "Connection: close"
    FaultResponse response;   // the one being produced
    QByteArray pendingBody;   // body bytes still to trickle
};

FaultServer::FaultServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    m_fallback = [](const RecordedRequest&) { return FaultResponse::json(404, R"({"error":"not found"})"); };
    connect(m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

FaultServer::~FaultServer() {
    close();
}

bool FaultServer::listen() {
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

void FaultServer::close() {
    m_server->close();
    const auto connections = m_connections;
    for (Connection* c : connections)
        dropConnection(c, false);
}

bool FaultServer::isListening() const {
    return m_server->isListening();
}

quint16 FaultServer::port() const {
    return m_server->serverPort();
}

QUrl FaultServer::baseUrl() const {
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QUrl FaultServer::url(const QString& path) const {
    QUrl u = baseUrl();
    u.setPath(path);
    return u;
}

QString FaultServer::ruleKey(const QByteArray& method, const QString& path) {
    return QString::fromLatin1(method.toUpper()) + u' ' + path;
}

void FaultServer::on(const QByteArray& method, const QString& path, const FaultResponse& response) {
    script(method, path, {response});
}

void FaultServer::script(const QByteArray& method, const QString& path, const QList<FaultResponse>& responses) {
    Rule rule;
    rule.script = responses;
    m_rules.insert(ruleKey(method, path), rule);
}

void FaultServer::handle(const QByteArray& method, const QString& path, Handler handler) {
    Rule rule;
    rule.handler = std::move(handler);
    m_rules.insert(ruleKey(method, path), rule);
}

void FaultServer::setFallback(Handler handler) {
    m_fallback = std::move(handler);
}

void FaultServer::clearRules() {
    m_rules.clear();
}

int FaultServer::count(const QByteArray& method, const QString& path) const {
    int n = 0;
    for (const auto& r : m_records) {
        if (methodMatches(method, r.method) && pathMatches(path, r.path))
            ++n;
    }
    return n;
}

int FaultServer::totalCount() const {
    return int(m_records.size());
}

QList<RecordedRequest> FaultServer::requests() const {
    return m_records;
}

QList<RecordedRequest> FaultServer::requests(const QByteArray& method, const QString& path) const {
    QList<RecordedRequest> out;
    for (const auto& r : m_records) {
        if (methodMatches(method, r.method) && pathMatches(path, r.path))
            out.append(r);
    }
    return out;
}

RecordedRequest FaultServer::lastRequest() const {
    return m_records.isEmpty() ? RecordedRequest{} : m_records.last();
}

void FaultServer::clearRecords() {
    m_records.clear();
}

int FaultServer::connectionCount() const {
    return m_connectionSerial;
}

int FaultServer::openConnections() const {
    return int(m_connections.size());
}

void FaultServer::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* c = new Connection;
        c->socket = socket;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        c->timer = new QTimer(socket);
        c->timer->setSingleShot(true);
        c->id = ++m_connectionSerial;
        m_connections.append(c);
        connect(socket, &QTcpSocket::readyRead, socket, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, socket, [this, c] { dropConnection(c, false); });
        connect(socket, &QTcpSocket::errorOccurred, socket, [this, c](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError || c->socket->state() != QAbstractSocket::ConnectedState)
                dropConnection(c, false);
        });
    }
}

void FaultServer::onReadyRead(Connection* c) {
    c->in.append(c->socket->readAll());
    while (!c->busy && !c->closing && parseOne(c)) {
    }
}

// Parses one complete request from c->in (if there is one) and dispatches it. Returns true if one was dispatched.
bool FaultServer::parseOne(Connection* c) {
    while (c->in.startsWith("\r\n"))
        c->in.remove(0, 2); // tolerated between requests (RFC 9112 2.2)
    if (!c->in.isEmpty() && !(c->in.at(0) >= 'A' && c->in.at(0) <= 'Z')) {
        dropConnection(c, false); // not HTTP (e.g. a TLS ClientHello): hang up like a plain HTTP server would
        return false;
    }
    const qsizetype headerEnd = c->in.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (c->in.size() > MaxHeaderBytes)
            dropConnection(c, false);
        return false;
    }
    const QList<QByteArray> lines = c->in.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3) {
        dropConnection(c, false);
        return false;
    }
    RecordedRequest request;
    request.method = requestLine.at(0);
    request.rawTarget = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    qsizetype consumed = headerEnd + 4;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = consumed;
        for (;;) {
            const qsizetype lineEnd = c->in.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = c->in.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                dropConnection(c, false);
                return false;
            }
            pos = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = c->in.indexOf("\r\n", pos); // no trailers expected
                if (trailerEnd < 0)
                    return false;
                pos = trailerEnd + 2;
                break;
            }
            if (c->in.size() < pos + size + 2)
                return false;
            body.append(c->in.mid(pos, size));
            pos += size + 2;
        }
        request.body = body;
        consumed = pos;
    } else {
        const qint64 length = request.header("content-length").toLongLong();
        if (c->in.size() - consumed < length) {
            if (!c->sentContinue && request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                c->sentContinue = true;
                c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return false;
        }
        request.body = c->in.mid(consumed, length);
        consumed += length;
    }
    c->in.remove(0, consumed);
    c->sentContinue = false;

    const qsizetype q = request.rawTarget.indexOf('?');
    const QByteArray rawPath = q < 0 ? request.rawTarget : request.rawTarget.left(q);
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (q >= 0)
        request.query = QUrlQuery(QString::fromUtf8(request.rawTarget.mid(q + 1)));
    request.connectionId = c->id;
    request.sequence = int(m_records.size()) + 1;
    return dispatch(c, std::move(request));
}

FaultResponse FaultServer::responseFor(const RecordedRequest& request) {
    // Exact rule, then "*" method with exact path, then the longest prefix rule.
    auto exact = m_rules.find(ruleKey(request.method, request.path));
    if (exact == m_rules.end())
        exact = m_rules.find(ruleKey("*", request.path));
    if (exact == m_rules.end()) {
        qsizetype best = -1;
        for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
            const qsizetype space = it.key().indexOf(u' ');
            const QByteArray method = it.key().left(space).toLatin1();
            const QString pattern = it.key().mid(space + 1);
            if (pattern.endsWith(u'*') && methodMatches(method, request.method) && pathMatches(pattern, request.path) &&
                pattern.size() > best) {
                best = pattern.size();
                exact = it;
            }
        }
    }
    if (exact == m_rules.end())
        return m_fallback(request);
    Rule& rule = exact.value();
    if (rule.handler)
        return rule.handler(request);
    if (rule.script.isEmpty())
        return m_fallback(request);
    const FaultResponse response = rule.script.at(qMin(rule.next, int(rule.script.size()) - 1));
    if (rule.next < rule.script.size())
        ++rule.next;
    return response;
}

bool FaultServer::dispatch(Connection* c, RecordedRequest request) {
    m_records.append(request);
    c->busy = true;
    c->clientClose = request.header("connection").toLower().contains("close");
    FaultResponse response = responseFor(request);
    Q_EMIT requestReceived(request);
    if (!m_connections.contains(c))
        return false; // a slot closed the server
    startResponse(c, std::move(response));
    return true;
}

void FaultServer::startResponse(Connection* c, FaultResponse response) {
    c->response = std::move(response);
    if (c->response.action == FaultResponse::Action::Hang)
        return;
    c->timer->disconnect();
    connect(c->timer, &QTimer::timeout, c->socket, [this, c] { sendNow(c); });
    c->timer->start(qMax(0, c->response.delayMs));
}

void FaultServer::sendNow(Connection* c) {
    const FaultResponse& r = c->response;
    if (r.action == FaultResponse::Action::Reset) {
        dropConnection(c, true);
        return;
    }
    if (r.action == FaultResponse::Action::Close) {
        c->closing = true;
        c->socket->disconnectFromHost(); // FIN; `disconnected` then drops the connection (maybe right now)
        return;
    }
    const bool truncating = r.announcedLength >= 0 && r.announcedLength > r.body.size();
    const bool closeAfter = r.closeAfter || truncating || r.omitContentLength || c->clientClose;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                      (r.reason.isEmpty() ? httpReasonPhrase(r.status) : r.reason) + "\r\n";
    for (const auto& h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (!r.omitContentLength)
        head += "Content-Length: " + QByteArray::number(r.announcedLength >= 0 ? r.announcedLength : r.body.size()) +
                "\r\n";
    head += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    if (r.trickleBytes > 0) {
        c->socket->write(head);
        c->pendingBody = r.body;
        c->timer->disconnect();
        connect(c->timer, &QTimer::timeout, c->socket, [this, c] { trickleNext(c); });
        c->timer->start(0);
        return;
    }
    c->socket->write(head + r.body); // one write: no Nagle/delayed-ACK stall between head and body
    finishResponse(c);
}

void FaultServer::trickleNext(Connection* c) {
    const int n = c->response.trickleBytes;
    c->socket->write(c->pendingBody.left(n));
    c->pendingBody.remove(0, qMin<qsizetype>(n, c->pendingBody.size()));
    if (c->pendingBody.isEmpty()) {
        finishResponse(c);
        return;
    }
    c->timer->start(qMax(1, c->response.trickleIntervalMs));
}

void FaultServer::finishResponse(Connection* c) {
    const FaultResponse& r = c->response;
    const bool truncating = r.announcedLength >= 0 && r.announcedLength > r.body.size();
    if (r.closeAfter || truncating || r.omitContentLength || c->clientClose) {
        c->closing = true;
        c->socket->disconnectFromHost(); // flushes, then FIN
        return;
    }
    c->busy = false;
    if (!c->in.isEmpty()) {
        QTimer::singleShot(0, c->socket, [this, c] {
            while (!c->busy && !c->closing && parseOne(c)) {
            }
        });
    }
}

void FaultServer::dropConnection(Connection* c, bool reset) {
    if (!m_connections.removeOne(c))
        return;
    c->timer->stop();
    c->timer->disconnect();
    QTcpSocket* socket = c->socket;
    socket->disconnect(socket); // our lambdas use the socket as context
    socket->disconnect(this);
    if (reset) {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        struct linger lingerOption = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof(lingerOption));
        socket->abort();
    } else if (socket->state() != QAbstractSocket::UnconnectedState) {
        socket->abort(); // only when the server itself closes; normal closes arrive here already disconnected
    }
    socket->deleteLater();
    delete c;
}

} // namespace rd::test
