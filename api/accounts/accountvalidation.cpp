#include "api/accounts/accountvalidation.h"

#include <QCoreApplication>
#include <QUrl>

#include "api/accounts/account.h"
#include "api/core/urlpolicy.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Translation context for the free functions in this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::AccountValidation)
};

QString secretLabel(const QString& name) {
    if (name == QLatin1String(SecretName::ApiKey))
        return Text::tr("API key");
    if (name == QLatin1String(SecretName::ClientId))
        return Text::tr("client ID");
    if (name == QLatin1String(SecretName::ClientSecret))
        return Text::tr("client secret");
    return Text::tr("secret");
}

bool hasControlCharacter(const QString& text) {
    for (const QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

// Documented hosts per environment (the vendor documentation (catalog.md) 2.2 and 4.1).
struct KnownHosts {
    QString production;
    QString sandbox;
};

KnownHosts knownHosts(Vendor vendor) {
    switch (vendor) {
    case Vendor::Tremendous:
        return {u"api.tremendous.com"_s, u"testflight.tremendous.com"_s};
    case Vendor::Trigg:
        return {u"api.oculos.no"_s, u"api.staging.oculos.no"_s};
    case Vendor::TruCentive:
    case Vendor::Cheetah:
        break;
    }
    return {};
}

} // namespace

Validation validateBaseUrl(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return validateBaseUrl(QUrl());
    return validateBaseUrl(QUrl(trimmed, QUrl::StrictMode));
}

Validation validateBaseUrl(const QUrl& url) {
    if (url.isEmpty())
        return Validation::invalid(Text::tr("Enter the API base URL, for example https://api.example.com/v1."));
    if (!url.isValid())
        return Validation::invalid(
            Text::tr("The base URL is not a valid web address. Check it for spaces or typing mistakes."));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return Validation::invalid(
            Text::tr("The base URL must start with https://, for example https://api.example.com/v1."));
    if (url.host().isEmpty())
        return Validation::invalid(
            Text::tr("The base URL has no server name. It should look like https://api.example.com/v1."));
    if (!url.userInfo().isEmpty() || url.authority().contains(QLatin1Char('@')))
        return Validation::invalid(
            Text::tr("The base URL must not contain a user name or password. Enter credentials in the "
                     "API key fields: RewardDesk sends them in request headers only."));
    if (url.hasQuery())
        return Validation::invalid(
            Text::tr("The base URL must not contain a query (the part from \"?\" on). A credential "
                     "such as api_key=… belongs in the API key field, never in the URL."));
    if (url.hasFragment())
        return Validation::invalid(Text::tr("The base URL must not contain a fragment (the part from \"#\" on)."));
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return Validation::invalid(
            Text::tr("RewardDesk connects to vendors over https:// only. Plain http:// is allowed only "
                     "for this computer (127.0.0.1), such as the built-in sandbox."));
    return Validation::valid();
}

Validation validateAccountUrl(Vendor vendor, Environment environment, const QUrl& url) {
    const Validation base = validateBaseUrl(url);
    if (!base.ok())
        return base;
    const QString host = url.host().toLower();
    if (environment == Environment::Demo) {
        if (!isLoopbackHost(host))
            return Validation::invalid(Text::tr("A demo account must point at the built-in sandbox on this computer."));
        return Validation::valid();
    }
    const KnownHosts hosts = knownHosts(vendor);
    if (environment == Environment::Production && !hosts.sandbox.isEmpty() && host == hosts.sandbox)
        return Validation::invalid(
            Text::tr("%1 is the %2 sandbox address but the account is set to production. Use %3, or "
                     "change the account's environment to Sandbox.")
                .arg(host, vendorDisplayName(vendor),
                     Account::defaultBaseUrl(vendor, Environment::Production).toString()));
    if (environment == Environment::Sandbox && !hosts.production.isEmpty() && host == hosts.production)
        return Validation::invalid(
            Text::tr("%1 is the %2 production address but the account is set to sandbox. Use %3, or "
                     "change the account's environment to Production.")
                .arg(host, vendorDisplayName(vendor),
                     Account::defaultBaseUrl(vendor, Environment::Sandbox).toString()));
    return Validation::valid();
}

Validation validateSecret(Vendor vendor, Environment environment, const QString& name, const QString& secret) {
    const QString what = secretLabel(name);
    if (secret.trimmed().isEmpty())
        return Validation::invalid(Text::tr("Enter the %1.").arg(what));
    if (hasControlCharacter(secret))
        return Validation::invalid(
            Text::tr("The %1 contains a line break or another invisible control character. Copy only "
                     "the %1 itself and paste it again.")
                .arg(what));
    if (secret.front().isSpace() || secret.back().isSpace())
        return Validation::invalid(
            Text::tr("The %1 starts or ends with a space. Remove the space and try again.").arg(what));
    if (secret.size() > 4096)
        return Validation::invalid(
            Text::tr("The %1 is too long (more than 4,096 characters). Check that you copied only the %1.").arg(what));

    if (vendor == Vendor::Tremendous && name == QLatin1String(SecretName::ApiKey)) {
        // Tremendous key prefixes: TEST_ for the sandbox (testflight), PROD_ for production. Keys without either
        // prefix (e.g. OAuth access tokens) are not judged.
        if (environment == Environment::Production && secret.startsWith(u"TEST_"_s))
            return Validation::invalid(Text::tr(
                "This is a Tremendous sandbox key (TEST_…) but the account points at production. Use a production "
                "key (PROD_…), or change the account's environment to Sandbox."));
        if (environment == Environment::Sandbox && secret.startsWith(u"PROD_"_s))
            return Validation::invalid(Text::tr(
                "This is a Tremendous production key (PROD_…) but the account points at the sandbox. Use a sandbox "
                "key (TEST_…), or change the account's environment to Production."));
    }
    return Validation::valid();
}

QString secretHint(const QString& secret) {
    if (secret.size() < 8)
        return {};
    return secret.right(4);
}

} // namespace rd
