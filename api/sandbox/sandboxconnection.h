#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

#include "api/sandbox/sandboxrequest.h"

class QTcpSocket;
class QTimer;

namespace rd {

struct SandboxResponse;

// One accepted HTTP/1.1 connection of the sandbox server. It parses requests one at a time (a pipelined request is
// buffered until the previous one is answered), hands each to the request handler, and writes the answer the handler
// gives later through exactly one of reply / replyTruncated / replyTrickled / drop. Keep-alive is the HTTP/1.1
// default. It deletes itself (deleteLater) when the socket disconnects, so anything answering later must hold it in
// a QPointer or use it as a QTimer context (both are done by SandboxHttpServer); answering a connection whose client
// has gone is a no-op.
class SandboxConnection : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 8 * 1024 * 1024; // larger Content-Length: 413 and close
        qsizetype maxHeadBytes = 64 * 1024;    // larger request line + headers: 431 and close
    };
    using RequestHandler = std::function<void(SandboxConnection*, SandboxRequest&)>;

    SandboxConnection(QTcpSocket* socket, int id, Limits limits, RequestHandler handler, QObject* parent = nullptr);
    ~SandboxConnection() override;

    int id() const { return m_id; }
    bool isConnected() const;

    void reply(const SandboxResponse& response);
    // Announces the full Content-Length, sends half of the body, then closes the connection.
    void replyTruncated(const SandboxResponse& response);
    // Sends the serialized response `chunkBytes` at a time, every `intervalMs`.
    void replyTrickled(const SandboxResponse& response, int chunkBytes, int intervalMs);
    // Aborts the connection (TCP reset) without answering.
    void drop();

Q_SIGNALS:
    void closed(int id);

private:
    enum class State { ReadingHead, ReadingBody, Busy, Closing };

    void onReadyRead();
    void onDisconnected();
    void processBuffer();
    void scheduleProcessBuffer();
    bool parseHead(const QByteArray& head);
    void parseBodyFields();
    void failAndClose(int status, const QByteArray& message);
    bool takeBusy(const char* what);
    void finishResponse(bool keepAlive);
    void writeNextTrickleChunk();

    QPointer<QTcpSocket> m_socket;
    int m_id;
    Limits m_limits;
    RequestHandler m_handler;
    State m_state = State::ReadingHead;
    QByteArray m_buffer;
    SandboxRequest m_current;
    qint64 m_expectedBody = 0;
    bool m_keepAlive = true;
    QTimer* m_trickleTimer = nullptr;
    QByteArray m_trickleData;
    qsizetype m_trickleOffset = 0;
    int m_trickleChunk = 16;
    bool m_trickleKeepAlive = true;
};

} // namespace rd
