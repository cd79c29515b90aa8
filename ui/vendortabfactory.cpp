#include "ui/vendortabfactory.h"

#include "ui/tremendous/tremendoustab.h"
#include "ui/trucentive/trucentivetab.h"
#include "ui/vendortab.h"

namespace rd {

VendorTab* createVendorTab(const AppContext& context, const Account& account, QWidget* parent) {
    switch (account.vendor) {
    case Vendor::TruCentive:
        return new trucentive::Tab(context, account, parent);
    case Vendor::Tremendous:
        return new tremendous::Tab(context, account, parent);
    case Vendor::Cheetah:
    case Vendor::Trigg:
        break;
    }
    return nullptr;
}

} // namespace rd
