#pragma once

#include <QPointer>
#include <QString>
#include <QUrl>

#include "api/core/authprovider.h"
#include "api/core/vendor.h"

namespace rd {

// Where and as whom one account's requests go. Built by the composition root per account.
struct Endpoint {
    Vendor vendor = Vendor::TruCentive;
    QUrl baseUrl;                // e.g. https://app.trucentive.com/api/v1 ; http:// only for loopback
    QPointer<AuthProvider> auth; // owned elsewhere (by the account session)
    QString accountLabel;        // display name for messages ("Tremendous (production)"); not secret
    HeaderList defaultHeaders;   // e.g. Cheetah's Accept: application/vnd.stellar-v1+json
};

} // namespace rd
