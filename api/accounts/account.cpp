#include "api/accounts/account.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

QString Account::label() const {
    const QString vendorName = vendorDisplayName(vendor);
    switch (environment) {
    case Environment::Production:
        return QCoreApplication::translate("rd::Account", "%1 (production)").arg(vendorName);
    case Environment::Sandbox:
        return QCoreApplication::translate("rd::Account", "%1 (sandbox)").arg(vendorName);
    case Environment::Demo:
        return QCoreApplication::translate("rd::Account", "%1 (demo)").arg(vendorName);
    }
    return vendorName;
}

QList<QByteArray> Account::secretNames(Vendor vendor) {
    switch (vendor) {
    case Vendor::TruCentive:
    case Vendor::Tremendous:
    case Vendor::Trigg:
        return {QByteArray(SecretName::ApiKey)};
    case Vendor::Cheetah:
        return {QByteArray(SecretName::ClientId), QByteArray(SecretName::ClientSecret)};
    }
    return {};
}

QUrl Account::defaultBaseUrl(Vendor vendor, Environment environment) {
    // Sources: the vendor documentation (catalog.md) sections 1.1, 2.2, 3.1, 4.1. The demo sandbox runs on a random
    // port, so a demo account gets its URL when the sandbox starts.
    if (environment == Environment::Demo)
        return {};
    const bool production = environment == Environment::Production;
    switch (vendor) {
    case Vendor::TruCentive: // no sandbox host is documented (only a per-envelope test_mode flag)
        return QUrl(u"https://app.trucentive.com/api/v1"_s);
    case Vendor::Tremendous:
        return QUrl(production ? u"https://api.tremendous.com/api/v2"_s
                               : u"https://testflight.tremendous.com/api/v2"_s);
    case Vendor::Cheetah: // one host per tenant, e.g. https://mycompany.cheetahedp.com
        return {};
    case Vendor::Trigg: // the documented "testing" base URL is staging
        return QUrl(production ? u"https://api.oculos.no/v4"_s : u"https://api.staging.oculos.no/v4"_s);
    }
    return {};
}

} // namespace rd
