#include "support/sandboxclientharness.h"

#include <QNetworkAccessManager>
#include <QTest>

#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxserver.h"
#include "support/callonce.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rd::test {

SandboxClientHarness::SandboxClientHarness(VendorSandboxProfile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile)) {}

SandboxClientHarness::~SandboxClientHarness() = default;

Endpoint SandboxClientHarness::endpoint(AuthProvider* auth) const {
    return testEndpoint(m_profile.vendor, m_sandbox->baseUrl(m_profile.vendor), auth, m_profile.accountLabel);
}

void SandboxClientHarness::init() {
    m_sandbox = new SandboxServer(m_profile.seed, m_profile.size);
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    m_nam = new QNetworkAccessManager(this);
    m_transport = new HttpTransport(m_nam, this);
    m_transport->setBackoffBase(10ms);
    m_transport->setRetryAfterCap(m_profile.retryAfterCap);
    m_auth = new StaticKeyAuthProvider(m_profile.vendor, SandboxServer::demoCredentials(m_profile.vendor).apiKey, this);
    createClient();
}

void SandboxClientHarness::cleanup() {
    destroyClient();
    delete m_transport;
    delete m_auth;
    delete m_nam;
    delete m_sandbox;
    m_transport = nullptr;
    m_auth = nullptr;
    m_nam = nullptr;
    m_sandbox = nullptr;
}

int SandboxClientHarness::sandboxCount(const ClientProbe& probe) const {
    return m_sandbox->http()->requestCount(probe.method, probe.path);
}

std::optional<std::optional<ApiError>> SandboxClientHarness::runProbe(const ClientProbe& probe) {
    return resultOnce<std::optional<ApiError>>([&](auto done) { probe.start(this, done); });
}

QString SandboxClientHarness::describe(const ApiError& e) {
    return u"%1 (HTTP %2, %3)"_s.arg(e.userMessage(), QString::number(e.httpStatus), e.technical);
}

void SandboxClientHarness::harnessWrongKeyInWords() {
    StaticKeyAuthProvider wrong(m_profile.vendor, "WRONG_KEY_for_the_sandbox_0000");
    const QString expected =
        u"The API key for %1 was rejected. Open File > Accounts to replace it."_s.arg(m_profile.accountLabel);

    const ClientProbe lookup = lookupProbe(endpoint(&wrong));
    auto reported = runProbe(lookup);
    QVERIFY(failed(reported));
    QCOMPARE((*reported)->httpStatus, m_profile.keyRejectedStatus);
    QVERIFY((*reported)->isRejected());
    QCOMPARE(lookupWords(**reported), expected);

    const ClientProbe action = actionProbe(endpoint(&wrong));
    reported = runProbe(action);
    QVERIFY(failed(reported));
    QCOMPARE((*reported)->httpStatus, m_profile.keyRejectedStatus);
    QCOMPARE((*reported)->failure, FailureClass::Rejected);
    QVERIFY2(actionWords(**reported).startsWith(expected), qPrintable(actionWords(**reported)));
    // A rejected key proves nothing was applied: asked again at most once, with fresh credentials.
    QVERIFY(sandboxCount(action) <= 2);
}

void SandboxClientHarness::harnessLookupRetriedOn503() {
    const ClientProbe lookup = lookupProbe(endpoint(m_auth));
    Fault unavailable;
    unavailable.kind = Fault::Kind::ServerError;
    unavailable.status = 503;
    unavailable.method = lookup.method;
    unavailable.path = lookup.path;
    unavailable.count = 1;
    m_sandbox->faults()->add(unavailable);
    const auto reported = runProbe(lookup);
    QVERIFY(reported);
    QVERIFY2(!reported->has_value(), qPrintable(reported->has_value() ? describe(**reported) : QString()));
    QCOMPARE(sandboxCount(lookup), 2);
}

void SandboxClientHarness::harnessLookupRateLimitedBeyondCap() {
    const ClientProbe lookup = lookupProbe(endpoint(m_auth));
    Fault limited;
    limited.kind = Fault::Kind::RateLimit;
    limited.method = lookup.method;
    limited.path = lookup.path;
    limited.count = 1;
    limited.retryAfterSeconds =
        int(std::chrono::duration_cast<std::chrono::seconds>(m_profile.retryAfterCap).count()) + 5;
    m_sandbox->faults()->add(limited);
    const auto reported = runProbe(lookup);
    QVERIFY(failed(reported));
    QCOMPARE((*reported)->httpStatus, 429);
    QCOMPARE((*reported)->retryAfterSeconds, limited.retryAfterSeconds);
    QCOMPARE(sandboxCount(lookup), 1);
    const QString words = lookupWords(**reported);
    QVERIFY2(!words.isEmpty() && !words.contains(u'{'), qPrintable(words));
}

void SandboxClientHarness::harnessLostActionAnswerIsSentOnce() {
    const ClientProbe action = actionProbe(endpoint(m_auth));
    m_sandbox->faults()->inject(Fault::Kind::DropAfterApply, action.path, 1, action.method);
    const auto reported = runProbe(action);
    QVERIFY(failed(reported));
    QCOMPARE((*reported)->failure, FailureClass::Unknown);
    QVERIFY((*reported)->action);
    QCOMPARE(m_transport->inFlight(), 0); // ended: nothing waits to be sent again
    QCOMPARE(sandboxCount(action), 1);
}

void SandboxClientHarness::harnessRateLimitedActionIsSentOnce() {
    const ClientProbe action = actionProbe(endpoint(m_auth));
    m_sandbox->faults()->inject(Fault::Kind::RateLimit, action.path, 1, action.method);
    const auto reported = runProbe(action);
    QVERIFY(failed(reported));
    QCOMPARE((*reported)->httpStatus, 429);
    QCOMPARE((*reported)->failure, FailureClass::Rejected);
    QCOMPARE(m_transport->inFlight(), 0);
    QCOMPARE(sandboxCount(action), 1);
}

} // namespace rd::test
