#include "tcformat.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("rd::TcFormat", text, nullptr, n);
}

} // namespace

QString tcFormatCents(qint64 cents, const QLocale& locale) {
    // Display only: a double holds every cent amount below 2^53 exactly enough for two decimals.
    return locale.toCurrencyString(double(cents) / 100.0, u"$"_s, 2);
}

QString tcFormatMoney(const TcMoney& money, const QLocale& locale) {
    if (!money.valid())
        return tr("invalid amount");
    return tcFormatCents(*money.cents, locale);
}

QString tcProjectValueText(const TcProject& project, const QLocale& locale) {
    if (project.isFixedValue())
        return tr("fixed %1").arg(tcFormatMoney(project.minValue, locale));
    if (project.minValue.valid() && project.maxValue.valid())
        return tr("%1 – %2").arg(tcFormatMoney(project.minValue, locale), tcFormatMoney(project.maxValue, locale));
    if (project.minValue.valid())
        return tr("from %1 (maximum unreadable)").arg(tcFormatMoney(project.minValue, locale));
    if (project.maxValue.valid())
        return tr("up to %1 (minimum unreadable)").arg(tcFormatMoney(project.maxValue, locale));
    return tr("unreadable value range");
}

QString tcFormatDateTime(const QDateTime& utc, const QString& none, const QLocale& locale) {
    if (!utc.isValid())
        return none;
    const QDateTime local = utc.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    const QString text = locale.toString(local, QLocale::ShortFormat);
    return zone.isEmpty() ? text : text + u' ' + zone;
}

QString tcFormatDateTimeNoZone(const QDateTime& utc, const QLocale& locale) {
    return utc.isValid() ? locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString tcLocalZoneName() {
    return QDateTime::currentDateTime().timeZoneAbbreviation();
}

QString tcFormatDateTime(const std::optional<QDateTime>& utc, const QString& none, const QLocale& locale) {
    return utc ? tcFormatDateTime(*utc, none, locale) : none;
}

QString tcRelativeTime(const QDateTime& when, const QDateTime& now) {
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(when); // > 0: in the future
    const qint64 magnitude = qAbs(seconds);
    if (magnitude < 60)
        return tr("just now");
    const bool future = seconds > 0;
    if (magnitude < 3600) {
        const int n = int(magnitude / 60);
        return future ? tr("in %n minute(s)", n) : tr("%n minute(s) ago", n);
    }
    if (magnitude < 48 * 3600) {
        const int n = int(magnitude / 3600);
        return future ? tr("in %n hour(s)", n) : tr("%n hour(s) ago", n);
    }
    const int n = int(magnitude / 86400);
    return future ? tr("in %n day(s)", n) : tr("%n day(s) ago", n);
}

QString tcTestModeText(std::optional<bool> testMode) {
    if (!testMode)
        return tr("unknown");
    return *testMode ? tr("Test mode") : tr("Live");
}

QString tcAddressFormatText(const TcAddress& address) {
    switch (address.format) {
    case TcAddress::Format::Mailto:
        return tr("e-mail");
    case TcAddress::Format::Sms:
        return tr("SMS");
    case TcAddress::Format::Unknown:
        break;
    }
    const QString raw = address.formatRaw.simplified().left(30);
    return raw.isEmpty() ? tr("unknown format") : tr("unknown format (%1)").arg(raw);
}

QString tcAddressText(const TcAddress& address) {
    const QString where = address.deliveryAddress.isEmpty() ? tr("(no address)") : address.deliveryAddress;
    return tr("%1 (%2)").arg(where, tcAddressFormatText(address));
}

QString tcRecipientText(const QList<TcAddress>& addresses) {
    if (addresses.isEmpty())
        return {};
    const QString first = addresses.first().deliveryAddress;
    if (addresses.size() == 1)
        return first;
    return tr("%1 +%2").arg(first, QString::number(addresses.size() - 1));
}

QList<TcTimelineEvent> tcEnvelopeTimeline(const TcEnvelope& envelope, const QDateTime& now) {
    QList<TcTimelineEvent> events;
    using Kind = TcTimelineEvent::Kind;
    events.append({Kind::Created, tr("Created"), std::nullopt, tr("not reported by TruCentive"), false});

    auto past = [&](Kind kind, const QString& label, const std::optional<QDateTime>& when, const QString& notYet) {
        TcTimelineEvent e{kind, label, when, {}, false};
        e.note = when ? tcRelativeTime(*when, now) : notYet;
        events.append(e);
    };
    past(Kind::Delivered, tr("Delivered"), envelope.deliveredAt,
         envelope.state == TcEnvelopeState::Approved ? tr("not delivered by TruCentive (batch)") : tr("not yet"));
    past(Kind::Viewed, tr("Viewed"), envelope.viewedAt, tr("not yet"));
    past(Kind::Opened, tr("Opened"), envelope.openedAt, tr("not yet"));

    TcTimelineEvent expires{Kind::Expires, tr("Expires"), envelope.expiresAt, {}, false};
    if (envelope.expiresAt) {
        expires.future = *envelope.expiresAt > now;
        expires.label = expires.future ? tr("Expires") : tr("Expired");
        expires.note = tcRelativeTime(*envelope.expiresAt, now);
    } else {
        expires.note = tr("no expiry reported");
    }
    events.append(expires);
    return events;
}

} // namespace rd
