#pragma once

// Shared set-up of the HttpTransport tests (tst_httptransport, tst_transportfaults): a counting QNAM, the transport
// with short test backoff, a FaultServer and a Tremendous static key whose value is a canary for leak checks.
// Test classes inherit it after QObject and call setUp()/tearDown() from init()/cleanup().

#include <QTest>

#include <optional>

#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "support/faultserver.h"
#include "support/testutil.h"

namespace rd::test {

inline constexpr char SecretKey[] = "TEST_canary_SECRET_7f3a9c";

inline HttpRequest get(const QString& path) {
    HttpRequest r;
    r.method = "GET";
    r.path = path;
    r.kind = RequestKind::Lookup;
    r.transferTimeout = std::chrono::milliseconds(3000);
    r.deadline = std::chrono::milliseconds(5000);
    return r;
}

inline HttpRequest post(const QString& path, const QByteArray& body = "{\"a\":1}") {
    HttpRequest r = get(path);
    r.method = "POST";
    r.body = body;
    r.contentType = "application/json";
    r.kind = RequestKind::Action;
    return r;
}

class TransportFixture {
protected:
    CountingNam* m_nam = nullptr;
    HttpTransport* m_transport = nullptr;
    FaultServer* m_server = nullptr;
    StaticKeyAuthProvider* m_auth = nullptr;
    QObject* m_context = nullptr;

    bool setUp(QObject* context) {
        m_context = context;
        m_nam = new CountingNam;
        m_transport = new HttpTransport(m_nam);
        m_transport->setBackoffBase(std::chrono::milliseconds(20));
        m_transport->setRetryAfterCap(std::chrono::milliseconds(5000));
        m_server = new FaultServer;
        m_auth = new StaticKeyAuthProvider(Vendor::Tremendous, SecretKey);
        return m_server->listen();
    }

    void tearDown() {
        delete m_transport;
        delete m_nam;
        delete m_server;
        delete m_auth;
    }

    Endpoint endpoint(Vendor vendor = Vendor::Tremendous) const {
        Endpoint e;
        e.vendor = vendor;
        e.baseUrl = m_server->url(QStringLiteral("/api/v2"));
        e.auth = m_auth;
        e.accountLabel = QStringLiteral("Tremendous (sandbox)");
        return e;
    }

    // Sends and waits; nullopt on timeout or when the callback ran more or less than exactly once.
    std::optional<ApiResult<HttpResponse>> run(const Endpoint& e, const HttpRequest& r, int timeoutMs = 15000) {
        std::optional<ApiResult<HttpResponse>> out;
        int calls = 0;
        m_transport->send(e, r, m_context, [&](ApiResult<HttpResponse> result) {
            ++calls;
            out.emplace(std::move(result));
        });
        if (!waitFor([&] { return out.has_value(); }, timeoutMs))
            return std::nullopt;
        QTest::qWait(20); // a second callback would arrive here
        if (calls != 1)
            qWarning("callback called %d times", calls);
        return calls == 1 ? out : std::nullopt;
    }
};

} // namespace rd::test
