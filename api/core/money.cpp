#include "api/core/money.h"

using namespace Qt::StringLiterals;

namespace rd {

QString centsText(qint64 cents) {
    const bool negative = cents < 0;
    // Through quint64: the magnitude of the smallest qint64 does not fit a qint64.
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString plainMoneyText(qint64 cents, const QString& currency) {
    const QString number = centsText(cents);
    return currency.isEmpty() ? number : currency + u' ' + number;
}

QString Money::amountText() const {
    return cents ? centsText(*cents) : QString();
}

Money Money::fromCents(std::optional<qint64> cents, const QString& currency) {
    Money money;
    money.currency = currency;
    if (cents) {
        money.cents = *cents;
        money.decimal = centsText(*cents);
    }
    return money;
}

} // namespace rd
