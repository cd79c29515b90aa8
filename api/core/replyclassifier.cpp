#include "api/core/replyclassifier.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace rd {

QString networkErrorWords(int networkError) {
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::NoError:
        return u"no error"_s;
    case QNetworkReply::ConnectionRefusedError:
        return u"connection refused"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"connection closed by the server"_s;
    case QNetworkReply::HostNotFoundError:
        return u"host not found"_s;
    case QNetworkReply::TimeoutError:
        return u"timed out"_s;
    case QNetworkReply::OperationCanceledError:
        return u"aborted"_s;
    case QNetworkReply::SslHandshakeFailedError:
        return u"TLS handshake or certificate verification failed"_s;
    case QNetworkReply::TemporaryNetworkFailureError:
        return u"temporary network failure"_s;
    case QNetworkReply::NetworkSessionFailedError:
        return u"network session failed"_s;
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return u"background request not allowed"_s;
    case QNetworkReply::TooManyRedirectsError:
        return u"too many redirects"_s;
    case QNetworkReply::InsecureRedirectError:
        return u"insecure redirect"_s;
    case QNetworkReply::UnknownNetworkError:
        return u"unknown network error"_s;
    case QNetworkReply::ProxyConnectionRefusedError:
        return u"proxy refused the connection"_s;
    case QNetworkReply::ProxyConnectionClosedError:
        return u"proxy closed the connection"_s;
    case QNetworkReply::ProxyNotFoundError:
        return u"proxy not found"_s;
    case QNetworkReply::ProxyTimeoutError:
        return u"proxy timed out"_s;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return u"proxy requires authentication"_s;
    case QNetworkReply::UnknownProxyError:
        return u"unknown proxy error"_s;
    case QNetworkReply::ContentAccessDenied:
        return u"access denied"_s;
    case QNetworkReply::ContentOperationNotPermittedError:
        return u"operation not permitted"_s;
    case QNetworkReply::ContentNotFoundError:
        return u"not found"_s;
    case QNetworkReply::AuthenticationRequiredError:
        return u"authentication required"_s;
    case QNetworkReply::ContentReSendError:
        return u"request could not be re-sent"_s;
    case QNetworkReply::ContentConflictError:
        return u"conflict"_s;
    case QNetworkReply::ContentGoneError:
        return u"gone"_s;
    case QNetworkReply::UnknownContentError:
        return u"unknown content error"_s;
    case QNetworkReply::ProtocolUnknownError:
        return u"unknown protocol"_s;
    case QNetworkReply::ProtocolInvalidOperationError:
        return u"invalid protocol operation"_s;
    case QNetworkReply::ProtocolFailure:
        return u"protocol failure"_s;
    case QNetworkReply::InternalServerError:
        return u"internal server error"_s;
    case QNetworkReply::OperationNotImplementedError:
        return u"operation not implemented"_s;
    case QNetworkReply::ServiceUnavailableError:
        return u"service unavailable"_s;
    case QNetworkReply::UnknownServerError:
        return u"unknown server error"_s;
    }
    return u"network error %1"_s.arg(networkError);
}

ApiError classifyAttempt(const AttemptFacts& f) {
    ApiError e;
    e.httpStatus = f.httpStatus;
    const bool maybeApplied = f.mayHaveBeenSent || f.responseStarted;
    auto set = [&e](FailureClass failure, ErrorKind kind, const QString& technical) {
        e.failure = failure;
        e.kind = kind;
        e.technical = technical;
        return e;
    };

    if (f.tooLarge)
        return set(FailureClass::Unknown, ErrorKind::TooLarge, u"response body above the size cap"_s);
    if (f.deadlineExpired)
        return set(maybeApplied ? FailureClass::Unknown : FailureClass::NotSent, ErrorKind::Timeout,
                   u"hard deadline expired"_s);

    const int s = f.httpStatus;
    if (s >= 200 && s < 300) {
        if (f.truncated || f.networkError != QNetworkReply::NoError)
            return set(FailureClass::Unknown, ErrorKind::Network,
                       u"HTTP %1 body incomplete (%2)"_s.arg(s).arg(f.truncated ? u"truncated"_s
                                                                                : networkErrorWords(f.networkError)));
        return set(FailureClass::Unknown, ErrorKind::Network, u"no error"_s); // not expected to be called
    }
    if (s >= 300 && s < 400)
        return set(FailureClass::Rejected, ErrorKind::Redirect, u"HTTP %1 redirect not followed"_s.arg(s));
    if (s == 401 || s == 403)
        return set(FailureClass::Rejected, ErrorKind::Auth, u"HTTP %1"_s.arg(s));
    if (s == 429)
        return set(FailureClass::Rejected, ErrorKind::RateLimited, u"HTTP 429"_s);
    if (s >= 400 && s < 500)
        return set(FailureClass::Rejected, ErrorKind::Http, u"HTTP %1"_s.arg(s));
    if (s >= 500 && s < 600)
        return set(FailureClass::Unknown, ErrorKind::ServerError, u"HTTP %1"_s.arg(s));
    if (s != 0)
        return set(FailureClass::Unknown, ErrorKind::Http, u"unexpected HTTP status %1"_s.arg(s));

    const QString words = networkErrorWords(f.networkError);
    switch (QNetworkReply::NetworkError(f.networkError)) {
    case QNetworkReply::HostNotFoundError:
        return set(FailureClass::NotSent, ErrorKind::HostNotFound, words);
    case QNetworkReply::ConnectionRefusedError:
        return set(FailureClass::NotSent, ErrorKind::ConnectionRefused, words);
    case QNetworkReply::SslHandshakeFailedError:
        return set(FailureClass::NotSent, ErrorKind::Tls, words);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::NetworkSessionFailedError:
        return set(FailureClass::NotSent, ErrorKind::Network, words);
    case QNetworkReply::RemoteHostClosedError: // during a TLS handshake nothing was sent yet
        return set(maybeApplied ? FailureClass::Unknown : FailureClass::NotSent, ErrorKind::Network, words);
    case QNetworkReply::ContentReSendError: // Qt tried to re-send after a failure: the first send may have landed
        return set(FailureClass::Unknown, ErrorKind::Network, words);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout that was not ours
    case QNetworkReply::ProxyTimeoutError:
        return set(maybeApplied ? FailureClass::Unknown : FailureClass::NotSent, ErrorKind::Timeout,
                   f.networkError == QNetworkReply::OperationCanceledError ? u"inactivity timeout"_s : words);
    default:
        return set(maybeApplied ? FailureClass::Unknown : FailureClass::NotSent, ErrorKind::Network, words);
    }
}

} // namespace rd
