#pragma once

#include <QLoggingCategory>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "api/core/apiresult.h"
#include "api/core/callhandle.h"
#include "api/core/endpoint.h"
#include "api/core/httprequest.h"

namespace rd {

class HttpTransport;

// What every typed vendor client (trucentive::Client, tremendous::Client, ...) shares: the account's endpoint asked for
// on every request (so a replaced key is used at once), the account label for messages, per-client timeouts, and one
// send() that refuses locally (NotSent, NoCredential) while the account has no usable endpoint. The vendor classes
// add the typed endpoints and their parsing.
//
// Calling contract of send() and refuse(): `done` runs exactly once, later from the event loop (never inside the
// call), only while `context` (or, when null, this client) is alive; cancelling the returned handle means never.
class VendorClient : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;
    using RawCallback = std::function<void(ApiResult<HttpResponse>)>;
    // Returns the account's current endpoint, or nullopt when it is not usable yet (credentials loading, missing).
    // Typical: [sessions, id] { return sessions->endpoint(id); }
    using EndpointProvider = std::function<std::optional<Endpoint>()>;
    using CategoryFunction = const QLoggingCategory& (*)();

    ~VendorClient() override;

    HttpTransport* transport() const { return m_transport; }
    // The endpoint's account label ("Tremendous (sandbox)") from the last endpoint obtained; for messages.
    QString accountLabel() const;
    std::optional<Endpoint> currentEndpoint() const;
    // Test seam / tuning: timeouts for every request of this client (defaults: 15 s inactivity, 30 s hard deadline
    // per attempt).
    void setTimeouts(std::chrono::milliseconds transferTimeout, std::chrono::milliseconds deadline);

protected:
    struct Traits {
        Vendor vendor;
        CategoryFunction category; // the vendor module's logging category (lcTremendous, ...)
        qint64 maxBodyBytes;       // the largest answer this vendor's endpoints can legitimately send
    };
    VendorClient(const Traits& traits, HttpTransport* transport, EndpointProvider provider, QObject* parent);
    static EndpointProvider fixedEndpoint(const Endpoint& endpoint);

    template <typename T> using Parser = std::function<ApiResult<T>(const QByteArray&)>;

    const Traits& traits() const { return m_traits; }
    HttpRequest makeRequest(const QByteArray& method, const QString& path, RequestKind kind,
                            const QString& label) const;
    // Delivers `error` (its vendor set to this client's) to `done` later from the event loop, like a transport
    // answer: for requests refused before sending.
    template <typename T> CallHandle refuse(ApiError error, QObject* context, Callback<T> done) {
        return deliverLater(std::move(error), context, [done = std::move(done)](ApiError e) { done(std::move(e)); });
    }
    CallHandle send(HttpRequest request, QObject* context, RawCallback done);
    // send() whose answer body is parsed on the GUI thread: for small answers (one object, a short list).
    template <typename T>
    CallHandle sendParsedInline(HttpRequest request, QObject* context, Callback<T> done, Parser<T> parse);
    // send() whose answer body is parsed in a worker thread, the result delivered on the context's thread: for
    // answers that can be long (pages, catalogues). Cancelling the handle also drops a parse in progress.
    template <typename T>
    CallHandle sendParsedInWorker(HttpRequest request, QObject* context, Callback<T> done, Parser<T> parse);
    // A body that could not be read: the call's request id and this client's vendor are set on the error, `action`
    // marks it as an action's (an Unknown outcome needs a read-back), and it is logged by label and request id.
    // Static, so that callbacks which outlive the client (they are guarded by the caller's context) can use it.
    static ApiError parseFailure(const Traits& traits, ApiError error, const QString& requestId, bool action,
                                 const QString& label);

private:
    CallHandle deliverLater(ApiError error, QObject* context, std::function<void(ApiError)> deliver);
    // Runs `work` in a worker thread and `finished` with its result on `owner`'s thread, unless `owner` is gone or
    // `cancelled` is set by then. Type-erased so that this header does not pull in QtConcurrent.
    static void runInWorker(QObject* owner, std::shared_ptr<const bool> cancelled,
                            std::function<std::shared_ptr<void>()> work,
                            std::function<void(std::shared_ptr<void>)> finished);

    Traits m_traits;
    HttpTransport* m_transport;
    EndpointProvider m_provider;
    mutable QString m_accountLabel;
    std::chrono::milliseconds m_transferTimeout{15000};
    std::chrono::milliseconds m_deadline{30000};
};

template <typename T>
CallHandle VendorClient::sendParsedInline(HttpRequest request, QObject* context, Callback<T> done, Parser<T> parse) {
    const QString label = request.label;
    const bool action = request.kind != RequestKind::Lookup;
    return send(std::move(request), context,
                [traits = m_traits, done = std::move(done), parse = std::move(parse), label,
                 action](ApiResult<HttpResponse> r) {
                    if (!r.ok()) {
                        done(r.error());
                        return;
                    }
                    ApiResult<T> parsed = parse(r.value().body);
                    if (!parsed.ok()) {
                        done(parseFailure(traits, parsed.error(), r.value().requestId, action, label));
                        return;
                    }
                    done(std::move(parsed));
                });
}

template <typename T>
CallHandle VendorClient::sendParsedInWorker(HttpRequest request, QObject* context, Callback<T> done, Parser<T> parse) {
    struct Chain {
        CallHandle http;
        std::shared_ptr<bool> cancelled = std::make_shared<bool>(false);
    };
    auto chain = std::make_shared<Chain>();
    CallHandle outer([chain] {
        *chain->cancelled = true;
        chain->http.cancel();
    });
    QObject* owner = context ? context : this;
    const QString label = request.label;
    const bool action = request.kind != RequestKind::Lookup;
    chain->http = send(std::move(request), owner,
                       [traits = m_traits, chain, outer, owner, label, action, done = std::move(done),
                        parse = std::move(parse)](ApiResult<HttpResponse> response) {
                           if (*chain->cancelled)
                               return;
                           if (!response.ok()) {
                               outer.markFinished();
                               done(response.error());
                               return;
                           }
                           const QString requestId = response.value().requestId;
                           runInWorker(
                               owner, chain->cancelled,
                               [body = response.value().body, parse]() -> std::shared_ptr<void> {
                                   return std::make_shared<ApiResult<T>>(parse(body));
                               },
                               [traits, outer, label, action, requestId, done](std::shared_ptr<void> erased) {
                                   outer.markFinished();
                                   auto result = std::static_pointer_cast<ApiResult<T>>(erased);
                                   if (!result->ok()) {
                                       done(parseFailure(traits, result->error(), requestId, action, label));
                                       return;
                                   }
                                   done(std::move(*result));
                               });
                       });
    return outer;
}

} // namespace rd
