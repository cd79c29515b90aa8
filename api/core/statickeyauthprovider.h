#pragma once

#include <QByteArray>

#include "api/core/authprovider.h"

namespace rd {

// A fixed API key sent in a header (design.md section 2, "Credentials travel in headers only"):
//   TruCentive  Authorization: <key>          (raw key, no scheme; the documented ?api_key= form is never used)
//   Tremendous  Authorization: Bearer <key>
//   Trigg       x-api-key: <key>
//   Cheetah     Authorization: Bearer <key>   (only for a pre-issued access token; normally CheetahTokenProvider)
// An empty key gives ErrorKind::NoCredential (NotSent). The key never leaves this object except in that header.
class StaticKeyAuthProvider : public AuthProvider {
    Q_OBJECT
public:
    StaticKeyAuthProvider(Vendor vendor, const QByteArray& key, QObject* parent = nullptr);
    ~StaticKeyAuthProvider() override;

    Vendor vendor() const override { return m_vendor; }
    void acquire(Done done) override; // calls done at once
    QList<QByteArray> secretHeaderNames() const override;

    void setKey(const QByteArray& key); // e.g. after the user replaced it in File > Accounts
    bool hasKey() const { return !m_key.isEmpty(); }

    // The header this provider sends for `key` (exposed for the sandbox tests and the account dialog's check).
    static QPair<QByteArray, QByteArray> headerFor(Vendor vendor, const QByteArray& key);

private:
    Vendor m_vendor;
    QByteArray m_key;
};

} // namespace rd
