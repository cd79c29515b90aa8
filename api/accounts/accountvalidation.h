#pragma once

#include <QString>

#include "api/core/vendor.h"

class QUrl;

namespace rd {

// The outcome of a check on what the user typed: valid, or a translated explanation saying what to change.
struct Validation {
    QString message; // empty when valid

    bool ok() const { return message.isEmpty(); }
    static Validation valid() { return {}; }
    static Validation invalid(QString why) { return {std::move(why)}; }
};

// A vendor base URL: https (http only for this computer: isLoopbackHost() of core/urlpolicy.h), a host, and no user
// name, password, query or fragment (credentials travel in headers only, never in a URL).
Validation validateBaseUrl(const QUrl& url);
// The same for typed text (parsed strictly, surrounding spaces ignored).
Validation validateBaseUrl(const QString& text);

// validateBaseUrl() plus the environment: a demo account points at this computer; a production account does not
// point at a vendor's documented sandbox host, nor a sandbox account at its production host (Tremendous, Trigg).
Validation validateAccountUrl(Vendor vendor, Environment environment, const QUrl& url);

// A secret about to be saved for `name` (SecretName::*): not empty, no line breaks or control characters, no
// surrounding spaces; and a Tremendous key whose prefix names the other environment (TEST_ = sandbox,
// PROD_ = production) is refused with an explanation.
Validation validateSecret(Vendor vendor, Environment environment, const QString& name, const QString& secret);

// What the UI may show of a secret: its last four characters ("••••" + hint). Empty for secrets shorter than eight
// characters, where four characters would give away half of it.
QString secretHint(const QString& secret);

} // namespace rd
