#pragma once

#include <QString>

#include "api/core/apierror.h"

namespace rd {

// What the transport observed about one attempt; classifyAttempt() turns it into NotSent / Rejected / Unknown
// (design.md section 2, "Three outcomes for every failure").
struct AttemptFacts {
    int networkError = 0;         // QNetworkReply::NetworkError (0 = NoError)
    int httpStatus = 0;           // 0 when no status line arrived
    bool mayHaveBeenSent = false; // false only when the request provably never left: no reply was created (refused
                                  // locally, waiting for credentials), or a TLS handshake never completed on a new
                                  // connection. (QNetworkReply::requestSent is not emitted for bodiless requests, so
                                  // it cannot prove the opposite.)
    bool responseStarted = false; // any response byte (metadata or body) arrived
    bool deadlineExpired = false; // our hard deadline aborted the attempt
    bool tooLarge = false;        // our body cap aborted the attempt
    bool truncated = false;       // a 2xx body ended before its announced Content-Length
};

// Words for a QNetworkReply::NetworkError code, for logs and technical details. Use this instead of
// QNetworkReply::errorString(), which contains the full URL including its query.
QString networkErrorWords(int networkError);

// Classifies a failed attempt. Returns an ApiError with failure, kind, httpStatus and technical set (the caller adds
// vendor, request id, vendor fields). Must not be called for a successful 2xx (no error, not truncated).
// Rules: refused/DNS/TLS/proxy refusal -> NotSent; other transport errors and timeouts -> NotSent only if the request
// provably never left, else Unknown (Qt's failed re-send is always Unknown); 3xx -> Redirect
// (Rejected); 401/403 -> Auth; 429 -> RateLimited; other 4xx -> Http (Rejected); 5xx -> ServerError (Unknown); any
// other status -> Http (Unknown); truncated 2xx -> Network (Unknown); over the cap -> TooLarge (Unknown).
ApiError classifyAttempt(const AttemptFacts& facts);

} // namespace rd
