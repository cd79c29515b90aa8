#include "api/core/statickeyauthprovider.h"

using namespace Qt::StringLiterals;

namespace rd {

StaticKeyAuthProvider::StaticKeyAuthProvider(Vendor vendor, const QByteArray& key, QObject* parent)
    : AuthProvider(parent)
    , m_vendor(vendor)
    , m_key(key) {}

StaticKeyAuthProvider::~StaticKeyAuthProvider() = default;

QPair<QByteArray, QByteArray> StaticKeyAuthProvider::headerFor(Vendor vendor, const QByteArray& key) {
    switch (vendor) {
    case Vendor::TruCentive:
        return {"Authorization", key};
    case Vendor::Tremendous:
    case Vendor::Cheetah:
        return {"Authorization", "Bearer " + key};
    case Vendor::Trigg:
        return {"x-api-key", key};
    }
    return {"Authorization", key};
}

void StaticKeyAuthProvider::acquire(Done done) {
    if (m_key.isEmpty()) {
        ApiError e;
        e.failure = FailureClass::NotSent;
        e.kind = ErrorKind::NoCredential;
        e.vendor = m_vendor;
        e.technical = u"no API key configured"_s;
        done(e, {});
        return;
    }
    done(std::nullopt, HeaderList{headerFor(m_vendor, m_key)});
}

QList<QByteArray> StaticKeyAuthProvider::secretHeaderNames() const {
    return {headerFor(m_vendor, {}).first};
}

void StaticKeyAuthProvider::setKey(const QByteArray& key) {
    m_key = key;
}

} // namespace rd
