#pragma once

#include <QString>

namespace rd {

// What the command line asked for.
struct Options {
    bool demo = false;        // --demo: start the built-in sandbox and open the window on its sample data
    bool sandboxOnly = false; // --sandbox-only: serve the sandbox on --port and print its URLs; no window
    quint16 port = 0;         // --port N (0 = random)
    quint64 seed = 20261122;  // --seed N: sample data generator seed
    int size = 500;           // --size N: sample records per resource
};

} // namespace rd
