#pragma once

#include <QtGlobal>

namespace rd {

// `rewarddesk --sandbox-only [--port N]`: runs the sandbox in the current thread so it can be explored with curl.
// Needs an existing QCoreApplication. Prints each vendor's base URL and demo credentials (fixed public sample
// values: printing them is intended), an example curl per vendor and how to inject a fault, to stdout; then runs
// QCoreApplication::exec() and returns its exit code (1 at once when the port cannot be bound).
int runSandboxOnly(quint16 port, quint64 seed, int size);

} // namespace rd
