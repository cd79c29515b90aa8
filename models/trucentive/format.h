#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

#include "api/trucentive/trucentivetypes.h"
#include "models/common/displayformat.h"

namespace rd::trucentive {

// How TruCentive values read for a support agent, in the user's locale and time zone: dollar amounts, project value
// ranges, addresses, the envelope timeline. The shared money and date-time formatting is
// models/common/displayformat.h. Pure functions, callable from any thread. Translated with the context "rd::TcFormat".

// US dollars (the doc: "Amount in dollars and cents") in the locale's currency format: "$5.00", "5,00 $".
QString formatUsdCents(qint64 cents, const QLocale& locale = QLocale());
// "invalid amount" when the vendor sent something unreadable (see Money).
QString formatUsd(const Money& money, const QLocale& locale = QLocale());
// "$5.00 – $30.25", "fixed $25.00", or what is known when a bound is unreadable.
QString projectValueText(const Project& project, const QLocale& locale = QLocale());

// "just now", "5 minutes ago", "in 3 days" (relative to `now`).
QString relativeTime(const QDateTime& when, const QDateTime& now);

// "Test mode", "Live", "unknown".
QString testModeText(std::optional<bool> testMode);
// "E-mail", "SMS", or the raw format.
QString addressFormatText(const Address& address);
// "john@example.com (e-mail)".
QString addressText(const Address& address);
// The first address, plus "+1" when there are more; empty when none.
QString recipientText(const QList<Address>& addresses);

// One line of an envelope's timeline.
struct TimelineEvent {
    enum class Kind { Created, Delivered, Viewed, Opened, Expires };
    Kind kind = Kind::Created;
    QString label;                 // "Delivered"
    std::optional<QDateTime> when; // UTC; nullopt: has not happened / not reported
    QString note;                  // "not yet", "2 hours ago", "in 30 days", "not reported by TruCentive"
    bool future = false;           // expires in the future
};
// Created (TruCentive reports no creation time: said so), Delivered, Viewed, Opened, Expires, in that order.
QList<TimelineEvent> envelopeTimeline(const Envelope& envelope, const QDateTime& now);

} // namespace rd::trucentive
