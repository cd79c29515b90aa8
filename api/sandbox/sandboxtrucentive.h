#pragma once

#include <optional>

#include "sandboxresponse.h"
#include "sandboxvendor.h"

namespace rd {

struct SandboxRequest;

// TruCentive API v1 (vendor-docs/trucentive-api.txt), served under /trucentive/api/v1.
// Auth (docs "Authentication"): the raw key in `Authorization` (no scheme) or the `api_key` URL parameter. When the
// Authorization header is present it alone decides (a wrong header is not rescued by a right api_key). A wrong or
// missing key: 403 {"error": "...", "status": 403} (docs "Errors": 403 Access Denied; no 401 exists).
// Every error body: {"error": str, "status": int}.
// Routes: GET /me.
class SandboxTruCentive : public SandboxVendor {
public:
    void install(SandboxHttpServer* http, const QString& prefix) override;

    static SandboxResponse error(int status, const QString& message);

private:
    std::optional<SandboxResponse> checkAuth(const SandboxRequest& request) const;
    SandboxResponse me() const;
};

} // namespace rd
