#pragma once

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QString>
#include <QStringView>

#include <optional>

#include "api/tremendous/tremendoustypes.h"
#include "models/common/displayformat.h"

Q_DECLARE_LOGGING_CATEGORY(lcModelsTremendous) // "rewarddesk.models.tremendous"

namespace rd::tremendous {

// How Tremendous values read for a support agent, shared by the Tremendous models and the Tremendous tab: ages and
// countdowns. Money and date-times are models/common/displayformat.h. Pure functions, callable from any thread.
// Translated with the context "rd::TrFormat".

// The shared formatting (models/common/displayformat.h) for the calls that had Tremendous-specific names.
inline Money moneyFromCents(std::optional<qint64> cents, const QString& currency) {
    return Money::fromCents(cents, currency);
}
inline qint64 msecs(const QDateTime& t) {
    return msecsOf(t);
}
inline qint64 msecs(const std::optional<QDateTime>& t) {
    return msecsOf(t);
}

// --- Ages and countdowns ---------------------------------------------------------------------------------------
// How long ago: "just now" (< 1 min), "5 min", "3 h", "2 d" (plural forms through %n). Empty for an invalid time.
QString ageText(qint64 thenMs, qint64 nowMs);
// Time left until `dueMs`: "12 d 4 h", "3 h 20 min", "5 min", "< 1 min", and "overdue" when past.
QString formatCountdown(qint64 dueMs, qint64 nowMs);

} // namespace rd::tremendous
