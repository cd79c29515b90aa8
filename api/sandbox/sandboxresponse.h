#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QJsonArray;
class QJsonObject;

namespace rd {

// What a route handler answers. Content-Length and Connection are added when the response is written.
struct SandboxResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxResponse json(int status, const QJsonObject& object);
    static SandboxResponse json(int status, const QJsonArray& array);
    static SandboxResponse raw(int status, const QByteArray& body, const QByteArray& contentType);

    void setHeader(const QByteArray& name, const QByteArray& value); // replaces any header of that name
    QByteArray header(const QByteArray& name) const;                 // case-insensitive; empty if absent
    void removeHeader(const QByteArray& name);

    // The status line + headers (with Content-Length `contentLength` unless the status has no body, and
    // Connection: keep-alive/close) + the blank line. The body is not included.
    QByteArray serializeHead(bool keepAlive, qint64 contentLength) const;
    bool statusHasBody() const { return !(status < 200 || status == 204 || status == 304); }
};

QByteArray httpReasonPhrase(int status);

} // namespace rd
