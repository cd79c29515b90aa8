#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include "api/core/vendor.h"

namespace rd {

// Names of the secrets an account may hold in the CredentialStore (per vendor).
namespace SecretName {
inline constexpr char ApiKey[] = "api_key";             // TruCentive, Tremendous, Trigg
inline constexpr char ClientId[] = "client_id";         // Cheetah (kept in the keychain too: it pairs with the secret)
inline constexpr char ClientSecret[] = "client_secret"; // Cheetah
} // namespace SecretName

// A vendor account: never holds a secret. Persisted by AccountStore in QSettings (demo accounts are not persisted).
struct Account {
    QString id; // stable UUID without braces
    Vendor vendor = Vendor::TruCentive;
    Environment environment = Environment::Production;
    QUrl baseUrl;
    QString displayName;
    QString secretHint; // last four characters of the main secret, for "••••1234" (not a secret)

    bool isDemo() const { return environment == Environment::Demo; }
    // "Tremendous (production)": used in messages, banners and confirmations.
    QString label() const;
    // Secret names this vendor needs.
    static QList<QByteArray> secretNames(Vendor vendor);
    // The vendor's documented base URL for an environment (empty when the vendor has none, e.g. Cheetah tenants).
    static QUrl defaultBaseUrl(Vendor vendor, Environment environment);
};

} // namespace rd

Q_DECLARE_METATYPE(rd::Account)
