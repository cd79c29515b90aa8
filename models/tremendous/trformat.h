#pragma once

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QString>
#include <QStringView>

#include <optional>

#include "models/common/displayformat.h"
#include "tremendous/tremendoustypes.h"

Q_DECLARE_LOGGING_CATEGORY(lcModelsTremendous) // "rewarddesk.models.tremendous"

namespace rd {

// How Tremendous values read for a support agent, shared by the Tremendous models and the Tremendous tab: ages and
// countdowns. Money and date-times are models/common/displayformat.h. Pure functions, callable from any thread.
// Translated with the context "rd::TrFormat".

// The shared formatting under the names the Tremendous tab calls it by.
inline QString trUnpackCurrency(quint32 code) {
    return unpackCurrency(code);
}
inline QString trFormatCents(qint64 cents, const QString& currency, const QLocale& locale = QLocale()) {
    return formatCents(cents, currency, locale);
}
inline QString trFormatMoney(const TrMoney& money, const QLocale& locale = QLocale()) {
    return formatMoney(money, locale);
}
inline TrMoney trMoneyFromCents(std::optional<qint64> cents, const QString& currency) {
    return Money::fromCents(cents, currency);
}
inline QString trFormatDateTime(const QDateTime& utc, const QString& none = {}, const QLocale& locale = QLocale()) {
    return formatDateTime(utc, none, locale);
}
inline QString trFormatDateTime(const std::optional<QDateTime>& utc, const QString& none = {},
                                const QLocale& locale = QLocale()) {
    return formatDateTime(utc, none, locale);
}
inline qint64 trMsecs(const QDateTime& t) {
    return msecsOf(t);
}
inline qint64 trMsecs(const std::optional<QDateTime>& t) {
    return msecsOf(t);
}

// --- Ages and countdowns ---------------------------------------------------------------------------------------
// How long ago: "just now" (< 1 min), "5 min", "3 h", "2 d" (plural forms through %n). Empty for an invalid time.
QString trAgeText(qint64 thenMs, qint64 nowMs);
// Time left until `dueMs`: "12 d 4 h", "3 h 20 min", "5 min", "< 1 min", and "overdue" when past.
QString trCountdownText(qint64 dueMs, qint64 nowMs);

} // namespace rd
