#include "vendortabfactory.h"

#include "vendortab.h"

namespace rd {

VendorTab* createVendorTab(const AppContext& context, const Account& account, QWidget* parent) {
    Q_UNUSED(context)
    Q_UNUSED(parent)
    switch (account.vendor) {
    case Vendor::TruCentive:
    case Vendor::Tremendous:
    case Vendor::Cheetah:
    case Vendor::Trigg:
        break;
    }
    return nullptr;
}

} // namespace rd
