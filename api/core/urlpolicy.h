#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

#include "api/core/apierror.h"

namespace rd {

// URL rules of the transport (design.md section 2, "Credentials travel in headers only", "TLS").

// 127.0.0.1 (any 127.x), ::1 and "localhost".
bool isLoopbackHost(const QString& host);

// The first query parameter whose name marks a credential (api_key, access_token, client_secret, token, key and
// their case variants), or an empty string when there is none.
QString secretQueryParameter(const QUrlQuery& query);

// baseUrl + path (joined with exactly one "/") + query. The base URL's own query and fragment are dropped.
QUrl joinUrl(const QUrl& baseUrl, const QString& path, const QUrlQuery& query);

// Checks a base URL and a request's query before anything is sent. Returns an InvalidUrl (NotSent) error when the
// base URL is empty, malformed, not https (http only for loopback), carries user info, or when the query names a
// credential parameter (a programming error: credentials travel in headers only). `technical` never contains the
// query's values.
std::optional<ApiError> checkRequestUrl(Vendor vendor, const QUrl& baseUrl, const QUrlQuery& query);

// Removes the query and fragment of every absolute URL inside free text (vendor messages may quote URLs that carry
// tokens): "see https://x.com/a?token=1 now" -> "see https://x.com/a now".
QString stripUrlQueries(const QString& text);

// The URL as it may appear in a log line or an error's technical text: scheme, host, port and path only.
QString redactedUrl(const QUrl& url);

} // namespace rd
