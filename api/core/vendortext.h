#pragma once

#include <QString>

namespace rd {

// A vendor's own words (an error message, a detail) made safe to show to an agent: one line, no control or format
// characters, nothing when it is an HTML page, URL query strings removed (they can carry tokens or links worth
// money), at most 300 characters, without a trailing period (our sentence adds its own). Empty when nothing is left.
QString safeText(const QString& raw);

} // namespace rd
