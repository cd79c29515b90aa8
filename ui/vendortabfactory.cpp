#include "vendortabfactory.h"

#include "tremendous/tremendoustab.h"
#include "trucentive/trucentivetab.h"
#include "vendortab.h"

namespace rd {

VendorTab* createVendorTab(const AppContext& context, const Account& account, QWidget* parent) {
    switch (account.vendor) {
    case Vendor::TruCentive:
        return new TruCentiveTab(context, account, parent);
    case Vendor::Tremendous:
        return new TremendousTab(context, account, parent);
    case Vendor::Cheetah:
    case Vendor::Trigg:
        break;
    }
    return nullptr;
}

} // namespace rd
