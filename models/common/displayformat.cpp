#include "models/common/displayformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

quint32 packCurrency(QStringView iso) {
    if (iso.size() != 3)
        return 0;
    quint32 code = 0;
    for (int i = 0; i < 3; ++i) {
        const char16_t c = iso[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return 0;
        code |= quint32(c) << (8 * i);
    }
    return code;
}

QString unpackCurrency(quint32 code) {
    if (code == 0)
        return {};
    QString out(3, Qt::Uninitialized);
    for (int i = 0; i < 3; ++i)
        out[i] = QChar(char16_t((code >> (8 * i)) & 0xff));
    return out;
}

QString formatCents(qint64 cents, const QString& currency, const QLocale& locale) {
    // Display only: a double holds every cent amount below 2^53 exactly enough for two decimals.
    const double value = double(cents) / 100.0;
    if (currency.isEmpty())
        return locale.toString(value, 'f', 2);
    if (currency.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0)
        return locale.toCurrencyString(value, locale.currencySymbol(QLocale::CurrencySymbol), 2);
    return QCoreApplication::translate("rd::DisplayFormat", "%1 %2", "currency code, amount")
        .arg(currency, locale.toString(value, 'f', 2));
}

QString formatMoney(const Money& money, const QLocale& locale) {
    return money.valid() ? formatCents(*money.cents, money.currency, locale) : invalidAmountText();
}

QString invalidAmountText() {
    return QCoreApplication::translate("rd::DisplayFormat", "invalid amount");
}

QString formatDateTime(const QDateTime& utc, const QString& none, const QLocale& locale) {
    if (!utc.isValid())
        return none;
    const QDateTime local = utc.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    const QString text = locale.toString(local, QLocale::ShortFormat);
    return zone.isEmpty() ? text : text + u' ' + zone;
}

QString formatDateTime(const std::optional<QDateTime>& utc, const QString& none, const QLocale& locale) {
    return utc ? formatDateTime(*utc, none, locale) : none;
}

QString formatDateTimeMs(qint64 utcMs, const QString& none, const QLocale& locale) {
    if (utcMs < 0)
        return none;
    return formatDateTime(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC), none, locale);
}

QString formatDateTimeNoZone(const QDateTime& utc, const QLocale& locale) {
    return utc.isValid() ? locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString formatDateTimeNoZoneMs(qint64 utcMs, const QLocale& locale) {
    if (utcMs < 0)
        return {};
    return formatDateTimeNoZone(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC), locale);
}

QString localZoneName() {
    return QDateTime::currentDateTime().timeZoneAbbreviation();
}

QString titleWithZone(const QString& title) {
    const QString zone = localZoneName();
    return zone.isEmpty() ? title
                          : QCoreApplication::translate("rd::DisplayFormat", "%1 (%2)", "column title, time zone")
                                .arg(title, zone);
}

QString fieldErrorsText(const QStringList& fieldErrors) {
    return QCoreApplication::translate("rd::DisplayFormat", "Some values could not be read:\n%1")
        .arg(fieldErrors.join(u'\n'));
}

qint64 msecsOf(const QDateTime& t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

qint64 msecsOf(const std::optional<QDateTime>& t) {
    return t ? msecsOf(*t) : -1;
}

} // namespace rd
