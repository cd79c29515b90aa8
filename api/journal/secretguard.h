#pragma once

#include <QString>

namespace rd {

// A defensive net for the journal, NOT the contract: callers must never pass a secret in the first place (the
// journal has no field for headers or bodies). It recognises text that obviously carries a credential:
//  - an HTTP auth header or scheme ("Authorization: ...", "Bearer <token>", "x-api-key: ...");
//  - a named secret assignment ("api_key=...", "client_secret: ...", "access_token=...", "password=...");
//  - a Tremendous-style key (TEST_/PROD_ followed by 16+ key characters), a JWT, a PEM private key.
// A bare random key (TruCentive, Trigg) cannot be told from an order id and is not caught.
namespace SecretGuard {

bool looksLikeSecret(const QString& text);
// The text with every recognised credential replaced by "[redacted]" (a label such as "api_key=" is kept).
QString redact(const QString& text);

} // namespace SecretGuard
} // namespace rd
