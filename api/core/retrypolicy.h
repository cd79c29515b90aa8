#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>

#include "api/core/apierror.h"
#include "api/core/httprequest.h"

namespace rd {

// When the transport tries again (design.md section 2).
//  - Action: never.
//  - Lookup and RetrySafeAction: on NotSent network failures (DNS, refused, connection or timeout before sending;
//    not TLS: a certificate problem does not fix itself), on 429 and on 502/503/504.
//  - Lookup only: also on any other Unknown outcome (timeout after sending, reset, truncated body, 500) except
//    TooLarge (the answer would be as large again).
//  - Never on Redirect, Auth, other 4xx, InvalidUrl, NoCredential, Cancelled, Busy.
// A 429 whose Retry-After exceeds the cap is not retried: the caller gets RateLimited with retryAfterSeconds, so
// the message can say how long to wait instead of hammering the vendor early.
bool shouldRetry(RequestKind kind, const ApiError& error, std::chrono::milliseconds retryAfterCap);

// Retry-After as seconds: delta-seconds ("120") or an HTTP date (relative to `now`). -1 when absent/unreadable;
// a date in the past gives 0.
int parseRetryAfter(const QByteArray& value, const QDateTime& now = QDateTime::currentDateTimeUtc());

// The wait before attempt `nextAttempt` (2 for the first retry): Retry-After when the server sent one, otherwise
// "equal jitter" exponential backoff: d = base * 2^(nextAttempt-2), wait uniformly in [d/2, d].
std::chrono::milliseconds retryDelay(int nextAttempt, std::chrono::milliseconds base, int retryAfterSeconds);

} // namespace rd
