#pragma once

// A tiny synchronous-looking HTTP client for the sandbox tests: real QNetworkAccessManager requests over 127.0.0.1,
// waited for with QSignalSpy (tests only). Redirects are never followed unless the request says otherwise.

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace rd::test {

struct HttpResult {
    bool finished = false; // false: no answer within the timeout (the reply was aborted)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;
    qint64 firstByteMs = -1; // when the first body bytes arrived

    QByteArray header(const QByteArray& name) const {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

inline HttpResult waitFor(QNetworkReply* reply, int timeoutMs) {
    HttpResult result;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&result, &timer] {
        if (result.firstByteMs < 0)
            result.firstByteMs = timer.elapsed();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    result.finished = reply->isFinished();
    if (!result.finished)
        reply->abort();
    result.elapsedMs = timer.elapsed();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

inline QNetworkRequest prepared(QNetworkRequest request) {
    if (!request.attribute(QNetworkRequest::RedirectPolicyAttribute).isValid())
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

inline HttpResult send(QNetworkAccessManager& nam, const QNetworkRequest& request, const QByteArray& method = "GET",
                       const QByteArray& body = QByteArray(), int timeoutMs = 5000) {
    const QNetworkRequest r = prepared(request);
    QNetworkReply* reply = (method == "GET" && body.isEmpty()) ? nam.get(r) : nam.sendCustomRequest(r, method, body);
    return waitFor(reply, timeoutMs);
}

inline HttpResult sendMultipart(QNetworkAccessManager& nam, const QNetworkRequest& request,
                                const QList<QPair<QByteArray, QByteArray>>& fields, const QByteArray& method = "POST",
                                int timeoutMs = 5000) {
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto& field : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"" + field.first + "\""));
        part.setBody(field.second);
        multipart->append(part);
    }
    QNetworkReply* reply = nam.sendCustomRequest(prepared(request), method, multipart);
    multipart->setParent(reply);
    return waitFor(reply, timeoutMs);
}

inline QNetworkRequest requestFor(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
    QNetworkRequest request(url);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    return request;
}

} // namespace rd::test
