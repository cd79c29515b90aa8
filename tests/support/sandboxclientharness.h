#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>

#include "api/core/apierror.h"
#include "api/core/apiresult.h"
#include "api/core/endpoint.h"
#include "api/core/vendor.h"
#include "support/clientfaultharness.h"

class QNetworkAccessManager;

namespace rd {
class AuthProvider;
class HttpTransport;
class SandboxServer;
class StaticKeyAuthProvider;
} // namespace rd

namespace rd::test {

// What the sandbox client harness needs to know about a vendor.
struct VendorSandboxProfile {
    Vendor vendor = Vendor::TruCentive;
    quint64 seed = 1;
    int size = 100;
    QString accountLabel;        // "Tremendous (demo)"
    int keyRejectedStatus = 401; // what the vendor's sandbox answers a wrong key with
    std::chrono::milliseconds retryAfterCap{30000};
};

// The client suite every vendor gets against its built-in sandbox (written from the vendor's docs independently of
// the client, so each call cross-checks two readings). A vendor's client test derives from it instead of QObject and
// keeps its own endpoint-by-endpoint tests; these slots run first. Per test function: m_sandbox (seed and size from
// the profile), m_nam, m_transport (fast backoff) and m_auth (the sandbox's demo key); endpoint(auth) names the
// vendor's sandbox. What every vendor must do the same way, through the sandbox's FaultInjector:
//   - a wrong key reads "The API key for <account> was rejected. Open File > Accounts to replace it.", for a lookup
//     and for an action, and the action is not applied;
//   - a lookup answered 503 once is retried and succeeds; a 429 beyond the Retry-After cap is reported, not waited;
//   - an action whose answer is lost after the sandbox applied it is Unknown and was sent once; an action answered
//     429 is Rejected and was sent once.
class SandboxClientHarness : public QObject {
    Q_OBJECT
public:
    explicit SandboxClientHarness(VendorSandboxProfile profile, QObject* parent = nullptr);
    ~SandboxClientHarness() override;

protected:
    virtual void createClient() = 0;  // on m_transport and endpoint(m_auth); called by init()
    virtual void destroyClient() = 0; // called by cleanup()
    // A lookup on the given endpoint (a wrong-key endpoint in one test), and an action on a real object the sandbox
    // can apply (a fresh one on every call: each test applies one).
    virtual ClientProbe lookupProbe(const Endpoint& endpoint) = 0;
    virtual ClientProbe actionProbe(const Endpoint& endpoint) = 0;
    virtual QString lookupWords(const ApiError& error) const = 0;
    virtual QString actionWords(const ApiError& error) const = 0;

    Endpoint endpoint(AuthProvider* auth) const;
    const VendorSandboxProfile& profile() const { return m_profile; }
    // Requests the sandbox received for a path as the probe names it (base path included).
    int sandboxCount(const ClientProbe& probe) const;
    std::optional<std::optional<ApiError>> runProbe(const ClientProbe& probe);
    // "Ran and failed": the probe reported exactly once, with an error.
    static bool failed(const std::optional<std::optional<ApiError>>& reported) {
        return reported && reported->has_value();
    }
    static QString describe(const ApiError& e);
    // For QVERIFY2: describes an error only when there is one (the message is evaluated even when the check passes).
    template <typename T> static QString why(const ApiResult<T>& r) { return r.ok() ? QString() : describe(r.error()); }

    SandboxServer* m_sandbox = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    HttpTransport* m_transport = nullptr;
    StaticKeyAuthProvider* m_auth = nullptr;

private Q_SLOTS:
    void init();
    void cleanup();
    void harnessWrongKeyInWords();
    void harnessLookupRetriedOn503();
    void harnessLookupRateLimitedBeyondCap();
    void harnessLostActionAnswerIsSentOnce();
    void harnessRateLimitedActionIsSentOnce();

private:
    VendorSandboxProfile m_profile;
};

} // namespace rd::test
