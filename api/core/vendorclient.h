#pragma once

#include <QLoggingCategory>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

#include "apiresult.h"
#include "callhandle.h"
#include "endpoint.h"
#include "httprequest.h"

namespace rd {

class HttpTransport;

// What every typed vendor client (TruCentiveClient, TremendousClient, ...) shares: the account's endpoint asked for
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

    const Traits& traits() const { return m_traits; }
    HttpRequest makeRequest(const QByteArray& method, const QString& path, RequestKind kind,
                            const QString& label) const;
    // Delivers `error` (its vendor set to this client's) to `deliver` later from the event loop, like a transport
    // answer: for requests refused before sending.
    CallHandle refuse(ApiError error, QObject* context, std::function<void(ApiError)> deliver);
    CallHandle send(HttpRequest request, QObject* context, RawCallback done);

private:
    Traits m_traits;
    HttpTransport* m_transport;
    EndpointProvider m_provider;
    mutable QString m_accountLabel;
    std::chrono::milliseconds m_transferTimeout{15000};
    std::chrono::milliseconds m_deadline{30000};
};

} // namespace rd
