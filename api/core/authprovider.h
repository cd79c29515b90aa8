#pragma once

#include <QObject>

#include <functional>
#include <optional>

#include "api/core/apierror.h"
#include "api/core/httprequest.h"

namespace rd {

// Supplies the credential headers for one account. Secrets stay inside the provider and travel only in headers
// (design.md section 2): never in a URL, a log line or an error message.
class AuthProvider : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(std::optional<ApiError> error, HeaderList headers)>;

    using QObject::QObject;
    ~AuthProvider() override = default;

    virtual Vendor vendor() const = 0;
    // Calls done exactly once, possibly later from the event loop (Cheetah may need a token request first).
    // Many concurrent calls may be waiting: a provider that needs a token requests it once (single-flight).
    virtual void acquire(Done done) = 0;
    // The vendor rejected the credentials that produced `headers` with 401. Returns true if the provider can
    // obtain new ones (Cheetah: drop the cached token so the next acquire fetches one); the transport then
    // replays the request once. Static keys return false.
    virtual bool invalidate(const HeaderList& rejectedHeaders) {
        Q_UNUSED(rejectedHeaders)
        return false;
    }
    // Header names whose values are secret, for redaction of anything the transport records.
    virtual QList<QByteArray> secretHeaderNames() const = 0;
    // Opt-in fallback for a vendor that documents its credential only as a form parameter (Cheetah's access_token,
    // enabled per account): append it to the application/x-www-form-urlencoded body of a POST/PUT. Called by the
    // transport right after a successful acquire(). Never used for a query string. Default: nothing.
    virtual void appendFormCredential(QByteArray* formBody) const { Q_UNUSED(formBody) }
};

} // namespace rd
