#pragma once

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QString>
#include <QStringView>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcModelsTremendous) // "rewarddesk.models.tremendous"

namespace rd {

struct TrMoney;

// How Tremendous values read for a support agent, shared by the Tremendous models and the Tremendous tab: money with
// its currency, ages and countdowns, date-times in the local time zone. Pure functions, callable from any thread.
// Translated with the context "rd::TrFormat".

// --- Compact currency codes (rows keep 4 bytes instead of a QString per row) ---------------------------------------
// "USD" -> a non-zero code; 0 for an empty or non-ISO-looking code (not 3 ASCII letters).
quint32 trPackCurrency(QStringView iso);
QString trUnpackCurrency(quint32 code); // "" for 0

// --- Money -----------------------------------------------------------------------------------------------------
// Hundredths of `currency` (ISO code): "$25.00" when it is the locale's own currency, else "EUR 25.00" with the
// locale's digits and separators ("EUR 1.234,50" in German). An empty currency: the number alone ("25.00").
QString trFormatCents(qint64 cents, const QString& currency, const QLocale& locale = QLocale());
// "invalid amount" when the vendor sent something unreadable (TrMoney::cents is nullopt).
QString trFormatMoney(const TrMoney& money, const QLocale& locale = QLocale());
// Plain, locale-independent: "USD 25.00" (journal summaries, CSV, bulk summaries).
QString trPlainMoney(qint64 cents, const QString& currency);
// A TrMoney rebuilt from hundredths (decimal "25.00"), e.g. for TrBulkItem::amount from a lean row.
TrMoney trMoneyFromCents(std::optional<qint64> cents, const QString& currency);

// --- Ages and countdowns ---------------------------------------------------------------------------------------
// How long ago: "just now" (< 1 min), "5 min", "3 h", "2 d" (plural forms through %n). Empty for an invalid time.
QString trAgeText(qint64 thenMs, qint64 nowMs);
// Time left until `dueMs`: "12 d 4 h", "3 h 20 min", "5 min", "< 1 min", and "overdue" when past.
QString trCountdownText(qint64 dueMs, qint64 nowMs);

// --- Date-times (UTC values shown in the local time zone) -----------------------------------------------------
// "6/1/24 2:05 PM CEST"; `none` for an invalid time / -1.
QString trFormatDateTime(const QDateTime& utc, const QString& none = {}, const QLocale& locale = QLocale());
QString trFormatDateTime(const std::optional<QDateTime>& utc, const QString& none = {},
                         const QLocale& locale = QLocale());
QString trFormatDateTimeMs(qint64 utcMs, const QString& none = {}, const QLocale& locale = QLocale());
// Without the zone, for table cells whose header names the zone once ("Created (CEST)").
QString trFormatDateTimeNoZoneMs(qint64 utcMs, const QLocale& locale = QLocale());
// The local time zone's abbreviation now ("CET", "UTC").
QString trLocalZoneName();
// "Created (CEST)" from "Created"; the title alone when the zone has no abbreviation.
QString trTitleWithZone(const QString& title);

// msecs since the epoch of an optional/invalid QDateTime; -1 for none.
qint64 trMsecs(const QDateTime& t);
qint64 trMsecs(const std::optional<QDateTime>& t);

} // namespace rd
