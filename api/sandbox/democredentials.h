#pragma once

#include <QByteArray>

namespace rd {

// The credentials a sandbox vendor accepts. The built-in demo values (SandboxServer::demoCredentials) are fixed,
// public sample values: they open nothing but the local sandbox, so printing them (--sandbox-only) is intended.
// Which fields a vendor uses:
//   TruCentive  apiKey (Authorization: <key>, or ?api_key=)
//   Tremendous  apiKey (Authorization: Bearer <key>; sandbox keys start with TEST_)
//   Cheetah     clientId + clientSecret (POST /oauth/token, client_credentials)
//   Trigg       apiKey (x-api-key: <key>)
struct DemoCredentials {
    QByteArray apiKey;
    QByteArray clientId;
    QByteArray clientSecret;
};

} // namespace rd
