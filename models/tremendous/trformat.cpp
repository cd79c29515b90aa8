#include "trformat.h"

#include <QCoreApplication>

#include "tremendous/tremendoustypes.h"

Q_LOGGING_CATEGORY(lcModelsTremendous, "rewarddesk.models.tremendous")

using namespace Qt::StringLiterals;

namespace rd {

quint32 trPackCurrency(QStringView iso) {
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

QString trUnpackCurrency(quint32 code) {
    if (code == 0)
        return {};
    QString out(3, Qt::Uninitialized);
    for (int i = 0; i < 3; ++i)
        out[i] = QChar(char16_t((code >> (8 * i)) & 0xff));
    return out;
}

QString trFormatCents(qint64 cents, const QString& currency, const QLocale& locale) {
    // Display only: a double holds every cent amount below 2^53 exactly enough for two decimals.
    const double value = double(cents) / 100.0;
    if (currency.isEmpty())
        return locale.toString(value, 'f', 2);
    if (currency.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0)
        return locale.toCurrencyString(value, locale.currencySymbol(QLocale::CurrencySymbol), 2);
    return QCoreApplication::translate("rd::TrFormat", "%1 %2", "currency code, amount")
        .arg(currency, locale.toString(value, 'f', 2));
}

QString trFormatMoney(const TrMoney& money, const QLocale& locale) {
    if (!money.valid())
        return QCoreApplication::translate("rd::TrFormat", "invalid amount");
    return trFormatCents(*money.cents, money.currency, locale);
}

QString trPlainMoney(qint64 cents, const QString& currency) {
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString number = QString::number(magnitude / 100) + u'.' + QString::number(magnitude % 100).rightJustified(2, u'0');
    if (cents < 0)
        number.prepend(u'-');
    return currency.isEmpty() ? number : currency + u' ' + number;
}

TrMoney trMoneyFromCents(std::optional<qint64> cents, const QString& currency) {
    TrMoney money;
    money.currency = currency;
    if (cents) {
        money.cents = *cents;
        money.decimal = trPlainMoney(*cents, {});
    }
    return money;
}

QString trAgeText(qint64 thenMs, qint64 nowMs) {
    // Comparisons are written with >= here: lupdate's parser reads "x < n) return translate(" as the start of a
    // template argument list and never finishes.
    if (!(thenMs >= 0 && nowMs >= 0))
        return {};
    const qint64 seconds = (nowMs - thenMs) / 1000;
    const int days = int(seconds / 86400);
    const int hours = int(seconds / 3600);
    const int minutes = int(seconds / 60);
    if (days >= 1)
        return QCoreApplication::translate("rd::TrFormat", "%n d", "age in days", days);
    if (hours >= 1)
        return QCoreApplication::translate("rd::TrFormat", "%n h", "age in hours", hours);
    if (minutes >= 1)
        return QCoreApplication::translate("rd::TrFormat", "%n min", "age in minutes", minutes);
    return QCoreApplication::translate("rd::TrFormat", "just now");
}

QString trCountdownText(qint64 dueMs, qint64 nowMs) {
    if (!(dueMs >= 0 && nowMs >= 0))
        return {};
    const qint64 left = (dueMs - nowMs) / 1000;
    if (left <= 0)
        return QCoreApplication::translate("rd::TrFormat", "overdue");
    const int days = int(left / 86400);
    const int hours = int(left % 86400 / 3600);
    const int minutes = int(left % 3600 / 60);
    if (days > 0) {
        const QString d = QCoreApplication::translate("rd::TrFormat", "%n d", "time left in days", days);
        if (hours == 0)
            return d;
        return QCoreApplication::translate("rd::TrFormat", "%1 %2", "days, hours left")
            .arg(d, QCoreApplication::translate("rd::TrFormat", "%n h", "time left in hours", hours));
    }
    if (hours > 0) {
        const QString h = QCoreApplication::translate("rd::TrFormat", "%n h", "time left in hours", hours);
        if (minutes == 0)
            return h;
        return QCoreApplication::translate("rd::TrFormat", "%1 %2", "hours, minutes left")
            .arg(h, QCoreApplication::translate("rd::TrFormat", "%n min", "time left in minutes", minutes));
    }
    if (minutes > 0)
        return QCoreApplication::translate("rd::TrFormat", "%n min", "time left in minutes", minutes);
    return QCoreApplication::translate("rd::TrFormat", "< 1 min");
}

QString trFormatDateTime(const QDateTime& utc, const QString& none, const QLocale& locale) {
    if (!utc.isValid())
        return none;
    const QDateTime local = utc.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    const QString text = locale.toString(local, QLocale::ShortFormat);
    return zone.isEmpty() ? text : text + u' ' + zone;
}

QString trFormatDateTime(const std::optional<QDateTime>& utc, const QString& none, const QLocale& locale) {
    return utc ? trFormatDateTime(*utc, none, locale) : none;
}

QString trFormatDateTimeMs(qint64 utcMs, const QString& none, const QLocale& locale) {
    if (utcMs < 0)
        return none;
    return trFormatDateTime(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC), none, locale);
}

QString trFormatDateTimeNoZoneMs(qint64 utcMs, const QLocale& locale) {
    if (utcMs < 0)
        return {};
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
}

QString trLocalZoneName() {
    return QDateTime::currentDateTime().timeZoneAbbreviation();
}

QString trTitleWithZone(const QString& title) {
    const QString zone = trLocalZoneName();
    return zone.isEmpty()
               ? title
               : QCoreApplication::translate("rd::TrFormat", "%1 (%2)", "column title, time zone").arg(title, zone);
}

qint64 trMsecs(const QDateTime& t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

qint64 trMsecs(const std::optional<QDateTime>& t) {
    return t ? trMsecs(*t) : -1;
}

} // namespace rd
