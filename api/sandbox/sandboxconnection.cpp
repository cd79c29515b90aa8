#include "api/sandbox/sandboxconnection.h"

#include <QTcpSocket>
#include <QTimer>

#include "api/sandbox/sandboxlog.h"
#include "api/sandbox/sandboxresponse.h"

using namespace Qt::StringLiterals;

namespace rd {

SandboxConnection::SandboxConnection(QTcpSocket* socket, int id, Limits limits, RequestHandler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_limits(limits)
    , m_handler(std::move(handler)) {
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &SandboxConnection::onDisconnected);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &SandboxConnection::onReadyRead, Qt::QueuedConnection);
}

SandboxConnection::~SandboxConnection() = default;

bool SandboxConnection::isConnected() const {
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SandboxConnection::onReadyRead() {
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    if (m_state == State::Busy || m_state == State::Closing) {
        // A client pipelining far more than one request's worth while we answer: refuse to buffer without bound.
        if (m_buffer.size() > m_limits.maxBodyBytes + m_limits.maxHeadBytes) {
            qCWarning(lcSandbox) << "connection" << m_id << "buffered too much while busy; dropping it";
            drop();
        }
        return;
    }
    processBuffer();
}

void SandboxConnection::onDisconnected() {
    if (m_trickleTimer)
        m_trickleTimer->stop();
    m_state = State::Closing;
    Q_EMIT closed(m_id);
    deleteLater();
}

void SandboxConnection::scheduleProcessBuffer() {
    QMetaObject::invokeMethod(this, &SandboxConnection::processBuffer, Qt::QueuedConnection);
}

void SandboxConnection::processBuffer() {
    while (m_socket && (m_state == State::ReadingHead || m_state == State::ReadingBody)) {
        if (m_state == State::ReadingHead) {
            // RFC 9112 2.2: ignore empty lines before a request line.
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > m_limits.maxHeadBytes)
                    failAndClose(431, "Request header fields too large.\n");
                return;
            }
            if (end > m_limits.maxHeadBytes) {
                failAndClose(431, "Request header fields too large.\n");
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!parseHead(head))
                return; // failAndClose was called
            m_state = State::ReadingBody;
        }
        if (m_buffer.size() < m_expectedBody)
            return;
        m_current.body = m_buffer.left(m_expectedBody);
        m_buffer.remove(0, m_expectedBody);
        parseBodyFields();
        if (m_state == State::Closing)
            return;
        m_state = State::Busy;
        SandboxRequest request = std::move(m_current);
        m_current = SandboxRequest();
        m_handler(this, request);
        return; // the next request is parsed after this one is answered
    }
}

bool SandboxConnection::parseHead(const QByteArray& head) {
    m_current = SandboxRequest();
    m_expectedBody = 0;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()) {
        failAndClose(400, "Malformed request line.\n");
        return false;
    }
    for (char c : requestLine.at(0)) {
        if (!(c >= 'A' && c <= 'Z') && c != '-' && c != '_') {
            failAndClose(400, "Malformed method.\n");
            return false;
        }
    }
    const QByteArray& version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        failAndClose(505, "HTTP version not supported.\n");
        return false;
    }
    m_current.method = requestLine.at(0);
    m_current.target = requestLine.at(1);
    m_current.http10 = version == "HTTP/1.0";

    QByteArray target = m_current.target;
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute-form
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        failAndClose(400, "Unsupported request target.\n");
        return false;
    }
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    if (question >= 0)
        m_current.query = SandboxParams::fromUrlEncoded(target.mid(question + 1));
    m_current.path = percentDecodePath(rawPath);
    const QList<QByteArray> rawSegments = rawPath.split('/');
    for (const QByteArray& segment : rawSegments) {
        if (!segment.isEmpty())
            m_current.segments.append(percentDecodePath(segment));
    }

    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            failAndClose(400, "Obsolete header line folding is not supported.\n");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).contains(' ') || line.left(colon).contains('\t')) {
            failAndClose(400, "Malformed header line.\n");
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (haveLength && length != m_expectedBody)) {
                failAndClose(400, "Invalid Content-Length.\n");
                return false;
            }
            haveLength = true;
            m_expectedBody = length;
        }
        m_current.headers.append({name, value});
    }
    if (m_current.hasHeader("transfer-encoding")) {
        // Chunked request bodies are not used by QNetworkAccessManager or by curl -d / -F.
        failAndClose(haveLength ? 400 : 501, "Transfer-Encoding request bodies are not supported; send "
                                             "Content-Length.\n");
        return false;
    }
    if (m_expectedBody > m_limits.maxBodyBytes) {
        failAndClose(413, "Request body too large.\n");
        return false;
    }
    const QByteArray connection = m_current.header("connection").toLower();
    m_keepAlive = m_current.http10 ? connection.contains("keep-alive") : !connection.contains("close");
    if (m_expectedBody > 0 && m_current.header("expect").toLower() == "100-continue" && m_socket)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void SandboxConnection::parseBodyFields() {
    if (m_current.body.isEmpty())
        return;
    const QByteArray mime = m_current.mimeType();
    if (mime == "application/x-www-form-urlencoded") {
        m_current.form = SandboxParams::fromUrlEncoded(m_current.body);
    } else if (mime == "multipart/form-data") {
        if (!parseMultipartForm(m_current.body, m_current.header("content-type"), &m_current.form))
            failAndClose(400, "Malformed multipart/form-data body.\n");
    }
}

void SandboxConnection::failAndClose(int status, const QByteArray& message) {
    qCDebug(lcSandbox) << "connection" << m_id << "HTTP error" << status;
    m_state = State::Busy;
    m_keepAlive = false;
    SandboxResponse response = SandboxResponse::raw(status, message, "text/plain; charset=utf-8");
    reply(response);
}

bool SandboxConnection::takeBusy(const char* what) {
    if (m_state != State::Busy || !isConnected()) {
        qCDebug(lcSandbox) << "connection" << m_id << what << "ignored: no request pending or client gone";
        return false;
    }
    return true;
}

void SandboxConnection::reply(const SandboxResponse& response) {
    if (!takeBusy("reply"))
        return;
    const bool keepAlive = m_keepAlive && response.header("connection").toLower() != "close";
    const QByteArray body = response.statusHasBody() ? response.body : QByteArray();
    m_socket->write(response.serializeHead(keepAlive, body.size()) + body);
    finishResponse(keepAlive);
}

void SandboxConnection::replyTruncated(const SandboxResponse& response) {
    if (!takeBusy("replyTruncated"))
        return;
    const QByteArray& body = response.body;
    const qint64 announced = body.size() > 1 ? body.size() : 64;
    m_socket->write(response.serializeHead(false, announced) + body.left(body.size() / 2));
    finishResponse(false);
}

void SandboxConnection::replyTrickled(const SandboxResponse& response, int chunkBytes, int intervalMs) {
    if (!takeBusy("replyTrickled"))
        return;
    m_trickleKeepAlive = m_keepAlive && response.header("connection").toLower() != "close";
    const QByteArray body = response.statusHasBody() ? response.body : QByteArray();
    m_trickleData = response.serializeHead(m_trickleKeepAlive, body.size()) + body;
    m_trickleOffset = 0;
    m_trickleChunk = qMax(1, chunkBytes);
    if (!m_trickleTimer) {
        m_trickleTimer = new QTimer(this);
        connect(m_trickleTimer, &QTimer::timeout, this, &SandboxConnection::writeNextTrickleChunk);
    }
    m_trickleTimer->setInterval(qMax(1, intervalMs));
    m_trickleTimer->start();
    writeNextTrickleChunk();
}

void SandboxConnection::writeNextTrickleChunk() {
    if (!isConnected()) {
        m_trickleTimer->stop();
        return;
    }
    m_socket->write(m_trickleData.mid(m_trickleOffset, m_trickleChunk));
    m_trickleOffset += m_trickleChunk;
    if (m_trickleOffset >= m_trickleData.size()) {
        m_trickleTimer->stop();
        m_trickleData.clear();
        finishResponse(m_trickleKeepAlive);
    }
}

void SandboxConnection::drop() {
    m_state = State::Closing;
    if (m_trickleTimer)
        m_trickleTimer->stop();
    if (m_socket)
        m_socket->abort(); // emits disconnected() when it was connected: deleteLater follows
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

void SandboxConnection::finishResponse(bool keepAlive) {
    if (!keepAlive) {
        m_state = State::Closing;
        m_socket->disconnectFromHost(); // after the pending bytes are written
        return;
    }
    m_state = State::ReadingHead;
    if (!m_buffer.isEmpty())
        scheduleProcessBuffer();
}

} // namespace rd
