#include "api/core/vendor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

QString vendorKey(Vendor vendor) {
    switch (vendor) {
    case Vendor::TruCentive:
        return u"trucentive"_s;
    case Vendor::Tremendous:
        return u"tremendous"_s;
    case Vendor::Cheetah:
        return u"cheetah"_s;
    case Vendor::Trigg:
        return u"trigg"_s;
    }
    return {};
}

bool vendorFromKey(const QString& key, Vendor* out) {
    for (Vendor v : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg}) {
        if (key.compare(vendorKey(v), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = v;
            return true;
        }
    }
    return false;
}

QString vendorDisplayName(Vendor vendor) {
    // Brand names: not translated.
    switch (vendor) {
    case Vendor::TruCentive:
        return u"TruCentive"_s;
    case Vendor::Tremendous:
        return u"Tremendous"_s;
    case Vendor::Cheetah:
        return u"Cheetah Loyalty"_s;
    case Vendor::Trigg:
        return u"Trigg"_s;
    }
    return {};
}

QString environmentKey(Environment environment) {
    switch (environment) {
    case Environment::Production:
        return u"production"_s;
    case Environment::Sandbox:
        return u"sandbox"_s;
    case Environment::Demo:
        return u"demo"_s;
    }
    return {};
}

bool environmentFromKey(const QString& key, Environment* out) {
    for (Environment e : {Environment::Production, Environment::Sandbox, Environment::Demo}) {
        if (key.compare(environmentKey(e), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = e;
            return true;
        }
    }
    return false;
}

QString environmentDisplayName(Environment environment) {
    switch (environment) {
    case Environment::Production:
        return QCoreApplication::translate("rd::Environment", "Production");
    case Environment::Sandbox:
        return QCoreApplication::translate("rd::Environment", "Sandbox");
    case Environment::Demo:
        return QCoreApplication::translate("rd::Environment", "Demo");
    }
    return {};
}

} // namespace rd
