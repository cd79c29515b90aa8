#include "models/trucentive/format.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rd::trucentive {

QString formatUsdCents(qint64 cents, const QLocale& locale) {
    // Display only: a double holds every cent amount below 2^53 exactly enough for two decimals.
    return locale.toCurrencyString(double(cents) / 100.0, u"$"_s, 2);
}

QString formatUsd(const Money& money, const QLocale& locale) {
    return money.valid() ? formatUsdCents(*money.cents, locale) : invalidAmountText();
}

QString projectValueText(const Project& project, const QLocale& locale) {
    if (project.isFixedValue())
        return QCoreApplication::translate("rd::TcFormat", "fixed %1").arg(formatUsd(project.minValue, locale));
    if (project.minValue.valid() && project.maxValue.valid())
        return QCoreApplication::translate("rd::TcFormat", "%1 – %2")
            .arg(formatUsd(project.minValue, locale), formatUsd(project.maxValue, locale));
    if (project.minValue.valid())
        return QCoreApplication::translate("rd::TcFormat", "from %1 (maximum unreadable)")
            .arg(formatUsd(project.minValue, locale));
    if (project.maxValue.valid())
        return QCoreApplication::translate("rd::TcFormat", "up to %1 (minimum unreadable)")
            .arg(formatUsd(project.maxValue, locale));
    return QCoreApplication::translate("rd::TcFormat", "unreadable value range");
}

QString relativeTime(const QDateTime& when, const QDateTime& now) {
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(when); // > 0: in the future
    const qint64 magnitude = qAbs(seconds);
    if (magnitude < 60)
        return QCoreApplication::translate("rd::TcFormat", "just now");
    const bool future = seconds > 0;
    if (magnitude < 3600) {
        const int n = int(magnitude / 60);
        return future ? QCoreApplication::translate("rd::TcFormat", "in %n minute(s)", nullptr, n)
                      : QCoreApplication::translate("rd::TcFormat", "%n minute(s) ago", nullptr, n);
    }
    if (magnitude < 48 * 3600) {
        const int n = int(magnitude / 3600);
        return future ? QCoreApplication::translate("rd::TcFormat", "in %n hour(s)", nullptr, n)
                      : QCoreApplication::translate("rd::TcFormat", "%n hour(s) ago", nullptr, n);
    }
    const int n = int(magnitude / 86400);
    return future ? QCoreApplication::translate("rd::TcFormat", "in %n day(s)", nullptr, n)
                  : QCoreApplication::translate("rd::TcFormat", "%n day(s) ago", nullptr, n);
}

QString testModeText(std::optional<bool> testMode) {
    if (!testMode)
        return QCoreApplication::translate("rd::TcFormat", "unknown");
    return *testMode ? QCoreApplication::translate("rd::TcFormat", "Test mode")
                     : QCoreApplication::translate("rd::TcFormat", "Live");
}

QString addressFormatText(const Address& address) {
    switch (address.format) {
    case Address::Format::Mailto:
        return QCoreApplication::translate("rd::TcFormat", "e-mail");
    case Address::Format::Sms:
        return QCoreApplication::translate("rd::TcFormat", "SMS");
    case Address::Format::Unknown:
        break;
    }
    const QString raw = address.formatRaw.simplified().left(30);
    return raw.isEmpty() ? QCoreApplication::translate("rd::TcFormat", "unknown format")
                         : QCoreApplication::translate("rd::TcFormat", "unknown format (%1)").arg(raw);
}

QString addressText(const Address& address) {
    const QString where = address.deliveryAddress.isEmpty()
                              ? QCoreApplication::translate("rd::TcFormat", "(no address)")
                              : address.deliveryAddress;
    return QCoreApplication::translate("rd::TcFormat", "%1 (%2)").arg(where, addressFormatText(address));
}

QString recipientText(const QList<Address>& addresses) {
    if (addresses.isEmpty())
        return {};
    const QString first = addresses.first().deliveryAddress;
    if (addresses.size() == 1)
        return first;
    return QCoreApplication::translate("rd::TcFormat", "%1 +%2").arg(first, QString::number(addresses.size() - 1));
}

QList<TimelineEvent> envelopeTimeline(const Envelope& envelope, const QDateTime& now) {
    QList<TimelineEvent> events;
    using Kind = TimelineEvent::Kind;
    events.append({Kind::Created, QCoreApplication::translate("rd::TcFormat", "Created"), std::nullopt,
                   QCoreApplication::translate("rd::TcFormat", "not reported by TruCentive"), false});

    auto past = [&](Kind kind, const QString& label, const std::optional<QDateTime>& when, const QString& notYet) {
        TimelineEvent e{kind, label, when, {}, false};
        e.note = when ? relativeTime(*when, now) : notYet;
        events.append(e);
    };
    past(Kind::Delivered, QCoreApplication::translate("rd::TcFormat", "Delivered"), envelope.deliveredAt,
         envelope.state == EnvelopeState::Approved
             ? QCoreApplication::translate("rd::TcFormat", "not delivered by TruCentive (batch)")
             : QCoreApplication::translate("rd::TcFormat", "not yet"));
    past(Kind::Viewed, QCoreApplication::translate("rd::TcFormat", "Viewed"), envelope.viewedAt,
         QCoreApplication::translate("rd::TcFormat", "not yet"));
    past(Kind::Opened, QCoreApplication::translate("rd::TcFormat", "Opened"), envelope.openedAt,
         QCoreApplication::translate("rd::TcFormat", "not yet"));

    TimelineEvent expires{
        Kind::Expires, QCoreApplication::translate("rd::TcFormat", "Expires"), envelope.expiresAt, {}, false};
    if (envelope.expiresAt) {
        expires.future = *envelope.expiresAt > now;
        expires.label = expires.future ? QCoreApplication::translate("rd::TcFormat", "Expires")
                                       : QCoreApplication::translate("rd::TcFormat", "Expired");
        expires.note = relativeTime(*envelope.expiresAt, now);
    } else {
        expires.note = QCoreApplication::translate("rd::TcFormat", "no expiry reported");
    }
    events.append(expires);
    return events;
}

} // namespace rd::trucentive
