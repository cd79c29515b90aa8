#pragma once

#include <QByteArray>

#include "api/core/apierror.h"

namespace rd {

// Fills vendorCode / vendorName / vendorMessage / details of `error` from a vendor error body.
// Tolerant: a body that is not the documented shape (HTML page, empty, other JSON, nested deeper than 64 levels,
// over 1 MB) leaves them empty; empty details ({} or []) are left out.
//   TruCentive: {"error": str, "status": int, "details": {"full_error_messages": str}}
//   Tremendous: {"status"?: int, "errors": {"message": str, "payload": obj}}  (also "error" singular on 429)
//   Cheetah:    {"code": int, "name": str, "message": str}
//   Trigg:      {"code": "409" (string), "message": str, "detailedErrorMessage": any}
void parseVendorErrorBody(Vendor vendor, const QByteArray& body, ApiError* error);

} // namespace rd
