#pragma once

#include <QString>

namespace rd {

// The four vendors RewardDesk talks to. The integer values are persisted (accounts, journal): never renumber.
enum class Vendor { TruCentive = 0, Tremendous = 1, Cheetah = 2, Trigg = 3 };

// Where an account points. Demo = the built-in sandbox (in-memory sample credentials, never persisted secrets).
enum class Environment { Production = 0, Sandbox = 1, Demo = 2 };

QString vendorKey(Vendor vendor); // stable, lowercase ASCII: "trucentive", "tremendous", ...
bool vendorFromKey(const QString& key, Vendor* out);
QString vendorDisplayName(Vendor vendor);        // "TruCentive", "Tremendous", "Cheetah Loyalty", "Trigg"
QString environmentKey(Environment environment); // "production", "sandbox", "demo"
bool environmentFromKey(const QString& key, Environment* out);
QString environmentDisplayName(Environment environment); // translated: "Production", "Sandbox", "Demo"

} // namespace rd
