#pragma once

#include "api/accounts/account.h"

class QWidget;

namespace rd {

struct AppContext;
class VendorTab;

// Creates the tab for an account, or nullptr when its vendor's tab is not built (such accounts appear only on the
// overview and in Accounts).
VendorTab* createVendorTab(const AppContext& context, const Account& account, QWidget* parent);

} // namespace rd
