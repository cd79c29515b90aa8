#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

#include "api/core/money.h"

namespace rd {

// How values read for a support agent, for every vendor's models and tabs: money with its currency, date-times in
// the local time zone. Pure functions, callable from any thread (the paged models format in workers). Translated
// with the context "rd::DisplayFormat". Vendor-specific words (statuses, timelines) stay in the vendor's format file.

// --- Compact currency codes (rows keep 4 bytes instead of a QString per row) ---------------------------------------
// "USD" -> a non-zero code; 0 for an empty or non-ISO-looking code (not 3 ASCII letters).
quint32 packCurrency(QStringView iso);
QString unpackCurrency(quint32 code); // "" for 0

// --- Money -----------------------------------------------------------------------------------------------------
// Hundredths of `currency` (ISO code): "$25.00" when it is the locale's own currency, else "EUR 25.00" with the
// locale's digits and separators ("EUR 1.234,50" in German). An empty currency: the number alone ("25.00").
QString formatCents(qint64 cents, const QString& currency, const QLocale& locale = QLocale());
// formatCents() of a valid amount; invalidAmountText() when the vendor sent something unreadable.
QString formatMoney(const Money& money, const QLocale& locale = QLocale());
QString invalidAmountText(); // "invalid amount"

// --- Date-times (UTC values shown in the local time zone) -----------------------------------------------------
// "6/1/24 2:05 PM CEST"; `none` for an invalid time / nullopt / a negative msecs value.
QString formatDateTime(const QDateTime& utc, const QString& none = {}, const QLocale& locale = QLocale());
QString formatDateTime(const std::optional<QDateTime>& utc, const QString& none = {},
                       const QLocale& locale = QLocale());
QString formatDateTimeMs(qint64 utcMs, const QString& none = {}, const QLocale& locale = QLocale());
// Without the zone, for table cells whose header names the zone once ("Created (CEST)"); empty for an invalid time.
QString formatDateTimeNoZone(const QDateTime& utc, const QLocale& locale = QLocale());
QString formatDateTimeNoZoneMs(qint64 utcMs, const QLocale& locale = QLocale());
// The local time zone's abbreviation now ("CET", "UTC").
QString localZoneName();
// "Created (CEST)" from "Created"; the title alone when the zone has no abbreviation.
QString titleWithZone(const QString& title);

// --- Records -------------------------------------------------------------------------------------------------
// A record's field errors for a tooltip: "Some values could not be read:" and one error per line.
QString fieldErrorsText(const QStringList& fieldErrors);

// msecs since the epoch of an optional/invalid QDateTime; -1 for none (rows keep times as qint64).
qint64 msecsOf(const QDateTime& t);
qint64 msecsOf(const std::optional<QDateTime>& t);

} // namespace rd
