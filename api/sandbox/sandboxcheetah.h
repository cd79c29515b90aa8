#pragma once

#include <QElapsedTimer>
#include <QHash>

#include <chrono>
#include <optional>

#include "api/sandbox/sandboxresponse.h"
#include "api/sandbox/sandboxvendor.h"

namespace rd {

struct SandboxRequest;
class SandboxJsonWriter;

// Cheetah Digital EDP/Loyalty Program API (vendor-docs/cheetah-loyalty-program-api.txt), one tenant whose base_url
// is http://127.0.0.1:PORT/cheetah: the token at /cheetah/oauth/token, the API under /cheetah/program/api/...
//
// Checks, in this order, on every route:
//  1. `Accept` must list application/vnd.stellar-v1+json (docs: a required header on every call). Otherwise
//     406 {"code":4006,"name":"not_acceptable","message":...}. The docs give no status or code for this; 406 Not
//     Acceptable is the HTTP meaning and the status the docs use for rejected requests; 4006 is a sandbox choice.
//  2. API routes need a token issued by POST /oauth/token, as `Authorization: Bearer <token>` or as the documented
//     `access_token` URL or form parameter (urlencoded or multipart). Missing, unknown or expired:
//     401 {"code":4010,"name":"invalid_token","message":...} with WWW-Authenticate: Bearer (not documented;
//     401 with a Cheetah-shaped body is the sandbox's reading).
// POST /oauth/token takes grant_type=client_credentials, client_id, client_secret as form fields (urlencoded or
// multipart, as curl -F sends) or URL parameters, and answers {"access_token","token_type":"bearer",
// "expires_in":<lifetime s>,"created_at":<epoch s>}. Wrong client: 401 {"code":4011,"name":"invalid_client",...};
// a missing field: 406 {"code":4060,"name":"invalid_params",...} (docs: 4060 missing required parameter);
// another grant_type: 406 {"code":4060,"name":"unsupported_grant_type",...}.
// Other errors: 404 -> 4044 not_available "Resource not available." (documented); other statuses -> status*10.
// GET /program/api/members: page (default 1) and per_page (default 50), both positive integers, else
// 406 {"code":4800,"name":"invalid_params",...} (docs: 4800 invalid parameter format). A page past the end has an
// empty "members" array. Members have database ids 10.. and member_ids C-000000001..
class SandboxCheetah : public SandboxVendor {
public:
    SandboxCheetah();

    void install(SandboxHttpServer* http, const QString& prefix) override;
    void reset(quint64 seed, int size) override;

    // Token lifetime (default 7200 s as in the docs). expires_in reports it in whole seconds, rounded up.
    void setTokenLifetime(std::chrono::milliseconds lifetime) { m_tokenLifetime = lifetime; }
    std::chrono::milliseconds tokenLifetime() const { return m_tokenLifetime; }
    void expireAllTokens() { m_tokens.clear(); }

    static SandboxResponse error(int status, int code, const QString& name, const QString& message);
    static SandboxResponse errorForStatus(int status, const QString& message);

private:
    std::optional<SandboxResponse> checkAccept(const SandboxRequest& request) const;
    std::optional<SandboxResponse> checkToken(const SandboxRequest& request);
    SandboxResponse issueToken(const SandboxRequest& request);
    SandboxResponse listMembers(const SandboxRequest& request) const;
    void writeMember(SandboxJsonWriter& json, int index) const;

    QHash<QByteArray, qint64> m_tokens; // token -> expiry on m_clock (ms)
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_tokenLifetime{7200 * 1000};
};

} // namespace rd
