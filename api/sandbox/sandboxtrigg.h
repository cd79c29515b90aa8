#pragma once

#include <optional>

#include "api/sandbox/sandboxresponse.h"
#include "api/sandbox/sandboxvendor.h"

class QJsonObject;

namespace rd {

struct SandboxRequest;

// Trigg Integrations API v4 (vendor-docs/trigg-integrations-api-overview.txt, trigg-endpoints.md), served under
// /trigg/v4. Auth: the `x-api-key` header only; missing or wrong: 401 {"code":"401","message":"Unauthorized",
// "detailedErrorMessage":"..."}. Every error uses that envelope with `code` as a string; 429 has
// detailedErrorMessage {} and 502 the documented {"gateway","gatewayMessage"} object.
// Routes:
//   GET /customers?mobilePhone=+47...  one customer {"data":{...}} (CustomerResponse); the parameter name is the
//       catalog's inference (mobilePhone). The value must match exactly, '+' included: an unencoded '+' in the
//       query decodes to a space (as on Trigg's ASP.NET backend) and finds nobody. Missing parameter: 400;
//       nobody: 404 {"code":"404","message":"Not Found","detailedErrorMessage":"Customer not found"}.
//   GET /customers/id/<id>  the same by the customer's GUID (case-insensitive); unknown: the same 404.
// Customers i = 0..size-1 have phones +479XXXXXXX (a bijection of i, so lookups need no index; sizes above
// 10,000,000 are capped there) and GUIDs whose last 12 hex digits encode i.
class SandboxTrigg : public SandboxVendor {
public:
    void install(SandboxHttpServer* http, const QString& prefix) override;

    static SandboxResponse error(int status, const QString& message);

    int customerCount() const;
    QString phoneOf(int index) const; // "+479XXXXXXX"
    QString idOf(int index) const;    // upper-case GUID

private:
    std::optional<SandboxResponse> checkAuth(const SandboxRequest& request) const;
    SandboxResponse customerByPhone(const SandboxRequest& request) const;
    SandboxResponse customerById(const SandboxRequest& request) const;
    int indexOfPhone(const QString& phone) const; // -1 if none
    int indexOfId(const QString& id) const;       // -1 if none
    QJsonObject customer(int index) const;
};

} // namespace rd
