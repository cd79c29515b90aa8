#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QUrl>

#include "api/core/authprovider.h"
#include "api/core/callhandle.h"

namespace rd {

class HttpTransport;

// Cheetah Loyalty OAuth client_credentials (design.md section 2; cheetah-loyalty-program-api.txt:77-109).
//
// Token request: POST <tenant>/oauth/token with Accept: application/vnd.stellar-v1+json and the form body
// grant_type=client_credentials&client_id=..&client_secret=.. (application/x-www-form-urlencoded). The secret travels
// only in that body, never in a URL. Response: {"access_token", "token_type": "bearer", "expires_in": 7200,
// "created_at": <epoch s>}.
//  - The token is kept in memory only. Its expiry is measured on the local monotonic clock from when the token
//    request was sent (created_at is the server's clock and is not trusted). A token without expires_in is used
//    until the vendor rejects it.
//  - It is refreshed before expiry: when less than max(60 s, 10% of its lifetime) remains, acquire() fetches a new one.
//  - Single-flight: any number of acquire() calls waiting for a token cause one token request.
//  - invalidate() after a 401 drops the token, so the transport's single replay fetches a fresh one; a second 401
//    ends the call (the transport replays only once).
//  - A failed token request fails every waiting call as NotSent (the call itself was never sent): ErrorKind::Auth
//    for 400/401/403 ("client ID and secret rejected"), otherwise the transport's kind (unreachable, timeout, ...).
// Credentials: sent as "Authorization: Bearer <token>". Opt-in per account (setTokenInFormBody), the documented
// access_token form parameter is ALSO appended to form-encoded POST/PUT bodies; never to a query string.
class CheetahTokenProvider : public AuthProvider {
    Q_OBJECT
public:
    // `tenantBaseUrl` is the tenant root (https://mycompany.cheetahedp.com); a trailing /program/api is ignored.
    CheetahTokenProvider(HttpTransport* transport, const QUrl& tenantBaseUrl, const QByteArray& clientId,
                         const QByteArray& clientSecret, QObject* parent = nullptr);
    ~CheetahTokenProvider() override; // waiting calls fail as Cancelled (NotSent)

    Vendor vendor() const override { return Vendor::Cheetah; }
    void acquire(Done done) override;
    bool invalidate(const HeaderList& rejectedHeaders) override;
    QList<QByteArray> secretHeaderNames() const override { return {"Authorization"}; }
    void appendFormCredential(QByteArray* formBody) const override;

    void setAccountLabel(const QString& label) { m_accountLabel = label; } // for messages; not secret
    void setTokenInFormBody(bool on) { m_formBody = on; }
    bool tokenInFormBody() const { return m_formBody; }
    void setCredentials(const QByteArray& clientId, const QByteArray& clientSecret); // drops the cached token
    bool hasFreshToken() const;
    int waitingCount() const { return int(m_waiting.size()); }
    // Token request timeouts (test seam; production: 15 s inactivity, 30 s deadline).
    void setTokenRequestTimeouts(std::chrono::milliseconds transferTimeout, std::chrono::milliseconds deadline);

    static constexpr qint64 MinRefreshMarginMs = 60 * 1000;

private:
    void fetchToken();
    void completeWaiters(const std::optional<ApiError>& error);
    HeaderList currentHeaders() const;

    HttpTransport* m_transport;
    QUrl m_tenantBaseUrl;
    QByteArray m_clientId;
    QByteArray m_clientSecret;
    QString m_accountLabel;
    bool m_formBody = false;

    QByteArray m_token;
    QElapsedTimer m_tokenClock; // started when the request that produced m_token was sent
    qint64 m_lifetimeMs = -1;   // -1: unknown (no expires_in)
    QList<Done> m_waiting;
    bool m_fetching = false;
    quint64 m_fetchEpoch = 0;
    CallHandle m_fetch;
    std::chrono::milliseconds m_transferTimeout{15000};
    std::chrono::milliseconds m_deadline{30000};
};

} // namespace rd
