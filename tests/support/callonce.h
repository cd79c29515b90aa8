#pragma once

// Exactly-once waits for asynchronous calls (header-only).
//   auto order = rd::test::callOnce<tremendous::Order>([&](auto cb) { return client->order(id, this, cb); });
//   QVERIFY(order && order->ok());
// `start` receives the callback and starts the call. The result is empty when the callback did not run within
// `timeoutMs`, or ran more than once: every API in this project promises one callback per call, and a second one
// (say, a retry that also reports) is a bug the caller's QVERIFY(result) catches.

#include <QTest>

#include <optional>
#include <utility>

#include "api/core/apiresult.h"
#include "support/testutil.h"

namespace rd::test {

// How long to keep the event loop running after the first callback: a second callback for the same call is queued
// behind the first (the transport and the vendor clients report from the event loop), so it lands within this.
inline constexpr int SecondCallbackWindowMs = 20;

// The single value a callback taking `Result` received, or nothing (see above).
template <typename Result, typename Start> std::optional<Result> resultOnce(Start start, int timeoutMs = 10000) {
    std::optional<Result> out;
    int calls = 0;
    start([&](Result result) {
        ++calls;
        out.emplace(std::move(result));
    });
    if (!waitFor([&] { return out.has_value(); }, timeoutMs))
        return std::nullopt;
    QTest::qWait(SecondCallbackWindowMs);
    return calls == 1 ? out : std::nullopt;
}

// A vendor client call: its ApiResult<T>, received exactly once.
template <typename T, typename Start> std::optional<ApiResult<T>> callOnce(Start start, int timeoutMs = 10000) {
    return resultOnce<ApiResult<T>>(std::move(start), timeoutMs);
}

} // namespace rd::test
