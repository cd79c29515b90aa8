#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include "api/core/vendor.h"

namespace rd {

// What a failed call means for the caller (design.md section 2, "three outcomes for every failure").
enum class FailureClass {
    NotSent,  // nothing reached the vendor (DNS, refused, TLS, refused locally): safe to retry
    Rejected, // the vendor answered 4xx: nothing was applied
    Unknown,  // it may or may not have been applied: timeout after sending, reset, 5xx, truncated/unparseable 2xx
};

// Why it failed, finer than FailureClass; drives the plain-language message.
enum class ErrorKind {
    InvalidUrl,        // base URL missing/malformed, or http:// to a non-loopback host (NotSent)
    NoCredential,      // the account has no usable secret (NotSent)
    Auth,              // 401/403 (Rejected), or an OAuth token request refused (NotSent: the call never left)
    HostNotFound,      // NotSent
    ConnectionRefused, // NotSent
    Tls,               // certificate or handshake failure, never overridden (NotSent)
    Network,           // other transport error before any byte was sent (NotSent) or after (Unknown)
    Timeout,           // inactivity timeout or hard deadline (Unknown once the request may have been sent)
    Redirect,          // 3xx: redirects are never followed (Rejected: the vendor did not apply it)
    RateLimited,       // 429 (Rejected)
    Http,              // any other non-2xx status; see httpStatus and the vendor fields
    ServerError,       // 5xx (Unknown)
    TooLarge,          // response body above the cap (Unknown for actions, harmless for lookups)
    Parse,             // 2xx whose body is not what the API documents (Unknown)
    Cancelled,         // cancelled by the caller (NotSent if before sending, otherwise Unknown)
    Busy,              // another action on the same object is in flight (NotSent)
};

struct ApiError {
    FailureClass failure = FailureClass::Unknown;
    ErrorKind kind = ErrorKind::Network;
    Vendor vendor = Vendor::TruCentive;
    int httpStatus = 0;         // 0 when no HTTP status arrived
    QString vendorCode;         // always a string: TruCentive status, Tremendous status, Cheetah code, Trigg code
    QString vendorName;         // Cheetah "name" ("not_available"); empty elsewhere
    QString vendorMessage;      // the vendor's own message, verbatim except that the transport removes our secrets
                                // and the query strings of URLs quoted in it
    QJsonValue details;         // TruCentive details, Tremendous payload, Trigg detailedErrorMessage
    QString technical;          // redacted technical detail for logs/"Details" (no URL query, no headers, no body)
    QString requestId;          // RewardDesk's X-Request-Id for this call
    int retryAfterSeconds = -1; // from Retry-After on 429/503, -1 when absent
    bool action = false;        // the request was an Action/RetrySafeAction: an Unknown outcome needs a read-back

    // One or two sentences a support agent understands, with what to do next. Never a raw Qt string.
    QString userMessage(const QString& accountLabel = {}) const;
    bool isNotSent() const { return failure == FailureClass::NotSent; }
    bool isRejected() const { return failure == FailureClass::Rejected; }
    bool isUnknown() const { return failure == FailureClass::Unknown; }
};

// The NotSent/NoCredential error of a model built without a client of `vendor` (a test, or an account whose client
// could not be made), so that the model reports it instead of staying idle.
ApiError noClientError(Vendor vendor);
// The error a client produces itself for invalid input, before sending anything: NotSent, kind Http, httpStatus 0,
// vendorMessage = the translated problem (shown as it is), technical "refused locally: invalid request".
ApiError refusedLocally(Vendor vendor, const QString& problem, bool action);
bool isRefusedLocally(const ApiError& error);

} // namespace rd

Q_DECLARE_METATYPE(rd::ApiError)
