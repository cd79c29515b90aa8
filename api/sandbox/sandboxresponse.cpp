#include "api/sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

SandboxResponse SandboxResponse::json(int status, const QJsonObject& object) {
    return raw(status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json; charset=utf-8");
}

SandboxResponse SandboxResponse::json(int status, const QJsonArray& array) {
    return raw(status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json; charset=utf-8");
}

SandboxResponse SandboxResponse::raw(int status, const QByteArray& body, const QByteArray& contentType) {
    SandboxResponse response;
    response.status = status;
    response.body = body;
    if (!contentType.isEmpty())
        response.headers.append({"Content-Type", contentType});
    return response;
}

void SandboxResponse::setHeader(const QByteArray& name, const QByteArray& value) {
    removeHeader(name);
    headers.append({name, value});
}

QByteArray SandboxResponse::header(const QByteArray& name) const {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void SandboxResponse::removeHeader(const QByteArray& name) {
    headers.removeIf(
        [&](const QPair<QByteArray, QByteArray>& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray SandboxResponse::serializeHead(bool keepAlive, qint64 contentLength) const {
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    head += "Server: RewardDesk-Sandbox\r\n";
    for (const auto& h : headers) {
        if (h.first.compare("content-length", Qt::CaseInsensitive) == 0 ||
            h.first.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        head += h.first + ": " + h.second + "\r\n";
    }
    if (statusHasBody())
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    return head;
}

QByteArray httpReasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Status";
    }
}

} // namespace rd
