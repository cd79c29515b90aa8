#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

#include "api/core/apierror.h"
#include "api/core/apiresult.h"
#include "api/core/endpoint.h"
#include "api/core/vendor.h"
#include "support/testutil.h"

namespace rd {
class AuthProvider;
class HttpTransport;
class StaticKeyAuthProvider;
} // namespace rd

namespace rd::test {

class FaultServer;

// One client call the harness can start without knowing its type: it reports how the call ended (nothing: success).
struct ClientProbe {
    using Done = std::function<void(std::optional<ApiError>)>;
    QByteArray method;
    QString path; // as the server sees it, base path included: "/api/v2/order_approvals/ORD1/approve"
    std::function<void(QObject* context, Done done)> start;
};

// Wraps a typed call: probe<tremendous::Order>("POST", path, [this](QObject* c, auto cb) { return
// m_client->approveOrder( u"ORD1"_s, c, cb); })
template <typename T, typename Call> ClientProbe probe(const QByteArray& method, const QString& path, Call call) {
    return {method, path, [call](QObject* context, ClientProbe::Done done) {
                call(context, [done](ApiResult<T> result) {
                    done(result.ok() ? std::nullopt : std::optional<ApiError>(result.error()));
                });
            }};
}

// An endpoint for a test: `auth` is used as is (no session, no keychain).
Endpoint testEndpoint(Vendor vendor, const QUrl& baseUrl, AuthProvider* auth, const QString& accountLabel);

// What the harness needs to know about a vendor's API.
struct VendorFaultProfile {
    Vendor vendor = Vendor::TruCentive;
    QByteArray key;                                  // a canary API key
    QByteArray authorization;                        // the Authorization header value every request must carry
    QString basePath;                                // "/api/v2"
    QString accountLabel;                            // "Tremendous (test)"
    int keyRejectedStatus = 401;                     // the status the vendor answers a wrong key with
    std::function<QByteArray(int status)> errorBody; // the vendor's documented error body for a status
};

// The client fault suite every vendor gets: a vendor test class derives from it (instead of QObject), describes its
// API in a VendorFaultProfile and a few probes, and QtTest runs these slots before the vendor's own. The vendor's
// tests use the same fixture: m_nam, m_transport (fast backoff, Retry-After capped at 2 s), m_auth (the canary key)
// and m_server (a FaultServer on 127.0.0.1) are new for every test function, and endpoint() points at m_server.
// What every vendor must do the same way:
//   - an action (money moves) reaches the server exactly once, whatever happens to the answer (500, 503, 502 HTML,
//     timeout, reset, truncated or unreadable 2xx: the outcome is Unknown; 429: Rejected), and nothing stays in flight;
//   - a lookup is retried on 503, a 502 HTML page, a reset and a truncated 2xx, and after a 429's Retry-After;
//   - a wrong key reads "The API key for <account> was rejected. Open File > Accounts to replace it."; 404, 429 and
//     5xx read as distinct plain words that never show the key, the URL or the raw body;
//   - an answer announcing more than the body cap is TooLarge and not retried; an HTML 2xx is a Parse error;
//   - a redirect is never followed (the other server gets nothing) and is Rejected;
//   - the key travels only in the Authorization header.
class ClientFaultHarness : public QObject {
    Q_OBJECT
public:
    explicit ClientFaultHarness(VendorFaultProfile profile, QObject* parent = nullptr);
    ~ClientFaultHarness() override;

protected:
    // The vendor's part.
    virtual void createClient() = 0;  // on m_transport and endpoint(); called by init()
    virtual void destroyClient() = 0; // called by cleanup()
    virtual void setClientTimeouts(std::chrono::milliseconds transfer, std::chrono::milliseconds deadline) = 0;
    virtual QList<ClientProbe> actionProbes() = 0;                // one per money-moving call
    virtual ClientProbe lookupProbe() = 0;                        // one plain lookup ...
    virtual QByteArray lookupAnswer() const = 0;                  // ... and a documented 2xx answer for it
    virtual QString lookupWords(const ApiError& error) const = 0; // what a support agent reads

    Endpoint endpoint() const;
    const VendorFaultProfile& profile() const { return m_profile; }
    // Starts a probe and waits for its single report; empty on no report or a second one.
    std::optional<std::optional<ApiError>> runProbe(const ClientProbe& probe);
    // Every request m_server saw carried the key in the Authorization header and nowhere else.
    void verifyKeyOnlyInAuthorization();

    CountingNam* m_nam = nullptr; // counts the requests the transport creates: its attempts
    HttpTransport* m_transport = nullptr;
    StaticKeyAuthProvider* m_auth = nullptr;
    FaultServer* m_server = nullptr;

private Q_SLOTS:
    void init();
    void cleanup();
    void harnessActionsAreNeverRetried_data();
    void harnessActionsAreNeverRetried();
    void harnessLookupsAreRetried_data();
    void harnessLookupsAreRetried();
    void harnessLookupWaitsOutRetryAfter();
    void harnessRejectedKeyInWords();
    void harnessLookupErrorsInWords();
    void harnessHugeAndHtmlBodies();
    void harnessRedirectsAreNotFollowed();
    void harnessKeyOnlyInAuthorization();

private:
    VendorFaultProfile m_profile;
};

} // namespace rd::test
