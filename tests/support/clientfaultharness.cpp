#include "support/clientfaultharness.h"

#include <QNetworkAccessManager>
#include <QTest>

#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "support/callonce.h"
#include "support/faultserver.h"
#include "support/testutil.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rd::test {

namespace {

enum class Fault { Status500, Status503, Html502, Timeout, Reset, Truncated2xx, Unreadable2xx, TooMany };

// `partial` is what a truncated 2xx gets through before the connection closes.
FaultResponse faultResponse(Fault fault, const VendorFaultProfile& profile, const QByteArray& partial) {
    switch (fault) {
    case Fault::Status500:
        return FaultResponse::json(500, profile.errorBody(500));
    case Fault::Status503:
        return FaultResponse::json(503, profile.errorBody(503));
    case Fault::Html502:
        return FaultResponse::html(502);
    case Fault::Timeout:
        return FaultResponse::hang();
    case Fault::Reset:
        return FaultResponse::resetConnection();
    case Fault::Truncated2xx:
        return FaultResponse::truncated(200, partial, partial.size() + 400);
    case Fault::Unreadable2xx:
        return FaultResponse::json(200, "Done!"); // a 2xx that is not JSON
    case Fault::TooMany:
        return FaultResponse::tooManyRequests("0", profile.errorBody(429));
    }
    return FaultResponse::hang();
}

} // namespace

Endpoint testEndpoint(Vendor vendor, const QUrl& baseUrl, AuthProvider* auth, const QString& accountLabel) {
    Endpoint e;
    e.vendor = vendor;
    e.baseUrl = baseUrl;
    e.auth = auth;
    e.accountLabel = accountLabel;
    return e;
}

ClientFaultHarness::ClientFaultHarness(VendorFaultProfile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile)) {}

ClientFaultHarness::~ClientFaultHarness() = default;

Endpoint ClientFaultHarness::endpoint() const {
    return testEndpoint(m_profile.vendor, m_server->url(m_profile.basePath), m_auth, m_profile.accountLabel);
}

void ClientFaultHarness::init() {
    m_nam = new CountingNam(this);
    m_transport = new HttpTransport(m_nam, this);
    m_transport->setBackoffBase(10ms);
    m_transport->setRetryAfterCap(2000ms);
    m_auth = new StaticKeyAuthProvider(m_profile.vendor, m_profile.key, this);
    m_server = new FaultServer(this);
    QVERIFY(m_server->listen());
    createClient();
    setClientTimeouts(2000ms, 3000ms);
}

void ClientFaultHarness::cleanup() {
    destroyClient();
    delete m_server;
    delete m_transport;
    delete m_auth;
    delete m_nam;
    m_server = nullptr;
    m_transport = nullptr;
    m_auth = nullptr;
    m_nam = nullptr;
}

std::optional<std::optional<ApiError>> ClientFaultHarness::runProbe(const ClientProbe& probe) {
    return resultOnce<std::optional<ApiError>>([&](auto done) { probe.start(this, done); });
}

void ClientFaultHarness::verifyKeyOnlyInAuthorization() {
    const QList<RecordedRequest> requests = m_server->requests();
    QVERIFY(!requests.isEmpty());
    for (const RecordedRequest& r : requests) {
        QCOMPARE(r.header("authorization"), m_profile.authorization);
        QVERIFY2(!r.rawTarget.contains(m_profile.key), r.rawTarget.constData());
        QVERIFY(!r.body.contains(m_profile.key));
        int withKey = 0;
        for (const auto& h : r.headers) {
            if (h.second.contains(m_profile.key)) {
                QCOMPARE(h.first.toLower(), QByteArray("authorization"));
                ++withKey;
            }
        }
        QCOMPARE(withKey, 1);
    }
}

void ClientFaultHarness::harnessActionsAreNeverRetried_data() {
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("failure");
    QTest::newRow("500") << int(Fault::Status500) << int(FailureClass::Unknown);
    QTest::newRow("503") << int(Fault::Status503) << int(FailureClass::Unknown);
    QTest::newRow("502 html") << int(Fault::Html502) << int(FailureClass::Unknown);
    QTest::newRow("timeout") << int(Fault::Timeout) << int(FailureClass::Unknown);
    QTest::newRow("reset") << int(Fault::Reset) << int(FailureClass::Unknown);
    QTest::newRow("truncated 200") << int(Fault::Truncated2xx) << int(FailureClass::Unknown);
    QTest::newRow("unreadable 200") << int(Fault::Unreadable2xx) << int(FailureClass::Unknown);
    QTest::newRow("429") << int(Fault::TooMany) << int(FailureClass::Rejected);
}

void ClientFaultHarness::harnessActionsAreNeverRetried() {
    QFETCH(int, fault);
    QFETCH(int, failure);
    setClientTimeouts(200ms, 300ms);
    const FaultResponse response = faultResponse(Fault(fault), m_profile, R"({"id":"A1","sta)");
    const QList<ClientProbe> actions = actionProbes();
    QVERIFY(!actions.isEmpty());
    for (const ClientProbe& action : actions)
        m_server->on(action.method, action.path, response);
    for (const ClientProbe& action : actions) {
        const int created = m_nam->created();
        const auto reported = runProbe(action);
        QCOMPARE(m_nam->created() - created, 1); // one attempt
        QVERIFY2(reported, qPrintable(action.path));
        QVERIFY2(reported->has_value(), qPrintable(action.path));
        const ApiError& error = **reported;
        QCOMPARE(int(error.failure), failure);
        QVERIFY(error.action);
        // The call has ended: nothing is waiting to be sent again, and the server saw one request.
        QCOMPARE(m_transport->inFlight(), 0);
        QCOMPARE(m_server->count(action.method, action.path), 1);
    }
    QTest::qWait(Fault(fault) == Fault::Timeout ? 400 : 150); // a late re-send would arrive here
    for (const ClientProbe& action : actions)
        QCOMPARE(m_server->count(action.method, action.path), 1);
}

void ClientFaultHarness::harnessLookupsAreRetried_data() {
    QTest::addColumn<int>("fault");
    QTest::newRow("503") << int(Fault::Status503);
    QTest::newRow("502 html") << int(Fault::Html502);
    QTest::newRow("reset") << int(Fault::Reset);
    QTest::newRow("truncated 200") << int(Fault::Truncated2xx);
}

void ClientFaultHarness::harnessLookupsAreRetried() {
    QFETCH(int, fault);
    const FaultResponse response = faultResponse(Fault(fault), m_profile, lookupAnswer().left(10));
    const ClientProbe lookup = lookupProbe();
    m_server->script(lookup.method, lookup.path, {response, response, FaultResponse::json(200, lookupAnswer())});
    const auto reported = runProbe(lookup);
    QVERIFY(reported);
    QVERIFY2(!reported->has_value(), qPrintable(reported->has_value() ? (*reported)->technical : QString()));
    QCOMPARE(m_server->count(lookup.method, lookup.path), 3);
    QCOMPARE(m_transport->inFlight(), 0);
}

void ClientFaultHarness::harnessLookupWaitsOutRetryAfter() {
    const ClientProbe lookup = lookupProbe();
    m_server->script(
        lookup.method, lookup.path,
        {FaultResponse::tooManyRequests("0", m_profile.errorBody(429)), FaultResponse::json(200, lookupAnswer())});
    const auto reported = runProbe(lookup);
    QVERIFY(reported);
    QVERIFY2(!reported->has_value(), qPrintable(reported->has_value() ? (*reported)->technical : QString()));
    QCOMPARE(m_server->count(lookup.method, lookup.path), 2);
}

void ClientFaultHarness::harnessRejectedKeyInWords() {
    const ClientProbe lookup = lookupProbe();
    const int status = m_profile.keyRejectedStatus;
    m_server->on(lookup.method, lookup.path, FaultResponse::json(status, m_profile.errorBody(status)));
    const auto reported = runProbe(lookup);
    QVERIFY(reported && reported->has_value());
    QCOMPARE((*reported)->httpStatus, status);
    QVERIFY((*reported)->isRejected());
    QCOMPARE(lookupWords(**reported),
             u"The API key for %1 was rejected. Open File > Accounts to replace it."_s.arg(m_profile.accountLabel));
    // A rejected key is asked again at most once (with fresh credentials), never retried on.
    QVERIFY(m_server->count(lookup.method, lookup.path) <= 2);
}

void ClientFaultHarness::harnessLookupErrorsInWords() {
    const ClientProbe lookup = lookupProbe();
    QStringList said;
    for (int status : {404, 429, 500}) {
        m_server->clearRecords();
        FaultResponse response = status == 429 ? FaultResponse::tooManyRequests("120", m_profile.errorBody(429))
                                               : FaultResponse::json(status, m_profile.errorBody(status));
        m_server->on(lookup.method, lookup.path, response);
        const auto reported = runProbe(lookup);
        QVERIFY(reported && reported->has_value());
        const ApiError& error = **reported;
        QCOMPARE(error.httpStatus, status);
        const QString words = lookupWords(error);
        QVERIFY2(!words.trimmed().isEmpty(), qPrintable(QString::number(status)));
        QVERIFY2(!words.contains(QLatin1String(m_profile.key)), qPrintable(words));
        QVERIFY2(!words.contains(m_server->baseUrl().authority()), qPrintable(words));
        QVERIFY2(!words.contains(u'{'), qPrintable(words));
        QVERIFY2(!said.contains(words), qPrintable(words)); // each status explained in its own words
        said.append(words);
        if (status == 404)
            QCOMPARE(m_server->count(lookup.method, lookup.path), 1); // a 404 is an answer, not retried
        if (status == 429)
            QCOMPARE(error.retryAfterSeconds, 120); // beyond the cap: reported, not waited for
        if (status == 500)
            QVERIFY(m_server->count(lookup.method, lookup.path) > 1); // a lookup tries again
    }
}

void ClientFaultHarness::harnessHugeAndHtmlBodies() {
    const ClientProbe lookup = lookupProbe();
    // Announced far beyond any vendor's cap: refused from the headers, and no point asking again. The body trickles,
    // so the connection is still open when the client decides (a close would race the decision).
    m_server->on(lookup.method, lookup.path,
                 FaultResponse::truncated(200, QByteArray(1000, ' '), qint64(1) << 30).withTrickle(10, 100));
    const int created = m_nam->created();
    auto reported = runProbe(lookup);
    QVERIFY(reported && reported->has_value());
    QCOMPARE((*reported)->kind, ErrorKind::TooLarge);
    // One attempt (Qt itself may repeat a GET on the connection the client dropped; the transport does not retry).
    QCOMPARE(m_nam->created() - created, 1);

    // A captive portal or proxy answering 200 with a web page: not the API's answer.
    m_server->clearRecords();
    m_server->on(lookup.method, lookup.path, FaultResponse::html(200, "<html><body>Welcome</body></html>"));
    reported = runProbe(lookup);
    QVERIFY(reported && reported->has_value());
    QCOMPARE((*reported)->kind, ErrorKind::Parse);
    QVERIFY(!lookupWords(**reported).contains(u"<html"_s));
}

void ClientFaultHarness::harnessRedirectsAreNotFollowed() {
    FaultServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setFallback([this](const RecordedRequest&) { return FaultResponse::json(200, lookupAnswer()); });
    const ClientProbe lookup = lookupProbe();
    for (int status : {301, 302, 307, 308}) {
        m_server->clearRecords();
        m_server->on(lookup.method, lookup.path, FaultResponse::redirect(elsewhere.url(lookup.path), status));
        const auto reported = runProbe(lookup);
        QVERIFY(reported && reported->has_value());
        QCOMPARE((*reported)->kind, ErrorKind::Redirect);
        QVERIFY((*reported)->isRejected());
        QCOMPARE(m_server->count(lookup.method, lookup.path), 1);
    }
    for (const ClientProbe& action : actionProbes()) {
        m_server->on(action.method, action.path, FaultResponse::redirect(elsewhere.url(action.path), 307));
        const auto reported = runProbe(action);
        QVERIFY(reported && reported->has_value());
        QCOMPARE((*reported)->kind, ErrorKind::Redirect);
        QCOMPARE(m_server->count(action.method, action.path), 1);
    }
    QCOMPARE(elsewhere.totalCount(), 0);
    QCOMPARE(elsewhere.connectionCount(), 0);
}

void ClientFaultHarness::harnessKeyOnlyInAuthorization() {
    const ClientProbe lookup = lookupProbe();
    m_server->on(lookup.method, lookup.path, FaultResponse::json(200, lookupAnswer()));
    const auto reported = runProbe(lookup);
    QVERIFY(reported && !reported->has_value());
    for (const ClientProbe& action : actionProbes()) {
        m_server->on(action.method, action.path, FaultResponse::json(500, m_profile.errorBody(500)));
        QVERIFY(runProbe(action));
    }
    verifyKeyOnlyInAuthorization();
}

} // namespace rd::test
