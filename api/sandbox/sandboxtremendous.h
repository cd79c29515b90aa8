#pragma once

#include <optional>

#include "sandboxresponse.h"
#include "sandboxvendor.h"

class QJsonObject;

namespace rd {

struct SandboxRequest;

// Tremendous API v2 (vendor-docs/tremendous-endpoints.md, tremendous-openapi.yaml), served under /tremendous/api/v2
// like the testflight sandbox (whose keys start with TEST_).
// Auth (spec security scheme BearerApiKey): `Authorization: Bearer <key>` (scheme case-insensitive). A missing or
// wrong key: 401 {"errors": {"message": "...", "payload": {}}} (ListRewards401Response; `status` is optional in the
// schema and not sent). Every error body has that shape, 429 included (ListRewards429Response).
// Routes: GET /funding_sources (ListFundingSources200Response: balance, credit_card, bank_account, invoice; each
// meta carries only the fields the spec documents for its method).
class SandboxTremendous : public SandboxVendor {
public:
    void install(SandboxHttpServer* http, const QString& prefix) override;

    static SandboxResponse error(int status, const QString& message);

private:
    std::optional<SandboxResponse> checkAuth(const SandboxRequest& request) const;
    SandboxResponse listFundingSources() const;
    QJsonObject fundingSource(int index) const;
};

} // namespace rd
