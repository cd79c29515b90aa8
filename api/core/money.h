#pragma once

#include <QString>

#include <optional>

namespace rd {

// A money amount as a vendor sent it: the exact decimal text, the amount in hundredths and the currency. Our own
// arithmetic is on `cents` only (qint64): a double never carries money, so sums and comparisons are exact.
struct Money {
    QString decimal;             // the number as sent, without exponent: 25 -> "25", 30.5 -> "30.5"
    std::optional<qint64> cents; // hundredths; nullopt when missing, mistyped or finer than 1/100 (a field error)
    QString currency;            // ISO code ("USD"); empty when the vendor does not send one

    bool valid() const { return cents.has_value(); }
    // "25.00", "-0.05": no symbol, locale-independent (the UI formats with the locale); empty when !valid().
    QString amountText() const;
    // A valid amount rebuilt from hundredths (decimal "25.00"); an invalid one (keeping the currency) for nullopt.
    static Money fromCents(std::optional<qint64> cents, const QString& currency);
    friend bool operator==(const Money&, const Money&) = default;
};

// "5.00" from 500, "-0.05" from -5; exact for every qint64.
QString centsText(qint64 cents);
// "USD 25.00", or "25.00" without a currency: locale-independent, for journal summaries, CSV and logs.
QString plainMoneyText(qint64 cents, const QString& currency);

} // namespace rd
