#include "api/core/urlpolicy.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rd {

bool isLoopbackHost(const QString& host) {
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString secretQueryParameter(const QUrlQuery& query) {
    static const QStringList secretNames = {u"api_key"_s,   u"apikey"_s,       u"access_token"_s, u"client_secret"_s,
                                            u"token"_s,     u"key"_s,          u"password"_s,     u"secret"_s,
                                            u"x-api-key"_s, u"refresh_token"_s};
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        const QString name = item.first.trimmed().toLower();
        if (secretNames.contains(name))
            return item.first;
    }
    return {};
}

QUrl joinUrl(const QUrl& baseUrl, const QString& path, const QUrlQuery& query) {
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString extra = path;
    if (!extra.isEmpty() && !extra.startsWith(u'/'))
        extra.prepend(u'/');
    url.setPath(basePath + extra, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        // Encode every reserved character ourselves: QUrlQuery leaves "+" (read as a space by most servers) and
        // "[" "]" (Tremendous' created_at[gte]) unencoded.
        QByteArray encoded;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto& item : items) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
        }
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    }
    return url;
}

std::optional<ApiError> checkRequestUrl(Vendor vendor, const QUrl& baseUrl, const QUrlQuery& query) {
    auto refuse = [vendor](const QString& technical) {
        ApiError e;
        e.failure = FailureClass::NotSent;
        e.kind = ErrorKind::InvalidUrl;
        e.vendor = vendor;
        e.technical = technical;
        return e;
    };
    if (baseUrl.isEmpty() || !baseUrl.isValid() || baseUrl.host().isEmpty())
        return refuse(u"base URL is empty or malformed"_s);
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return refuse(u"unsupported URL scheme"_s);
    if (scheme == u"http"_s && !isLoopbackHost(baseUrl.host()))
        return refuse(u"plain http:// refused for non-loopback host %1"_s.arg(baseUrl.host()));
    if (!baseUrl.userInfo().isEmpty())
        return refuse(u"base URL carries user info (credentials belong in the keychain)"_s);
    const QString secret = secretQueryParameter(query);
    if (!secret.isEmpty())
        return refuse(u"programming error: query parameter \"%1\" would carry a credential in the URL"_s.arg(secret));
    if (!secretQueryParameter(QUrlQuery(baseUrl)).isEmpty())
        return refuse(u"base URL query carries a credential parameter"_s);
    return std::nullopt;
}

QString stripUrlQueries(const QString& text) {
    static const QRegularExpression urlQuery(u"(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s?#\"'<>]*)[?#][^\\s\"'<>]*"_s);
    QString out = text;
    out.replace(urlQuery, u"\\1"_s);
    return out;
}

QString redactedUrl(const QUrl& url) {
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace rd
