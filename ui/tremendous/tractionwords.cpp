#include "tractionwords.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rd {

QString TrActionWords::objectLabel(TrAction action) {
    switch (action) {
    case TrAction::Approve:
    case TrAction::Reject:
        return tr("Order");
    case TrAction::Release:
    case TrAction::Block:
        return tr("Fraud review (reward)");
    case TrAction::Resend:
    case TrAction::Cancel:
        break;
    }
    return tr("Reward");
}

QString TrActionWords::objectPhrase(TrAction action, const QString& id) {
    switch (action) {
    case TrAction::Approve:
    case TrAction::Reject:
        return tr("order %1").arg(id);
    case TrAction::Release:
    case TrAction::Block:
        return tr("the fraud review of reward %1").arg(id);
    case TrAction::Resend:
    case TrAction::Cancel:
        break;
    }
    return tr("reward %1").arg(id);
}

QString TrActionWords::subject(TrAction action, const QString& id) {
    switch (action) {
    case TrAction::Approve:
    case TrAction::Reject:
        return tr("Order %1").arg(id);
    default:
        break;
    }
    return tr("Reward %1").arg(id);
}

QString TrActionWords::cannot(TrAction action, const QString& id, const QString& reason) {
    return tr("%1 cannot be %2: %3").arg(subject(action, id), trActionPastTense(action), reason);
}

QString TrActionWords::objectCount(TrAction action, int count) {
    switch (action) {
    case TrAction::Approve:
    case TrAction::Reject:
        return tr("%n order(s)", nullptr, count);
    case TrAction::Release:
    case TrAction::Block:
        return tr("%n fraud review(s)", nullptr, count);
    case TrAction::Resend:
    case TrAction::Cancel:
        break;
    }
    return tr("%n reward(s)", nullptr, count);
}

QString TrActionWords::question(TrAction action, const QString& id) {
    switch (action) {
    case TrAction::Approve:
        return tr("Approve order %1?").arg(id);
    case TrAction::Reject:
        return tr("Reject order %1?").arg(id);
    case TrAction::Release:
        return tr("Release reward %1 to its recipient?").arg(id);
    case TrAction::Block:
        return tr("Block reward %1?").arg(id);
    case TrAction::Resend:
        return tr("Resend reward %1?").arg(id);
    case TrAction::Cancel:
        break;
    }
    return tr("Cancel reward %1?").arg(id);
}

QString TrActionWords::consequence(TrAction action) {
    switch (action) {
    case TrAction::Approve:
        return tr("Tremendous pays for the order from its funding source and delivers the rewards. This cannot be "
                  "undone here.");
    case TrAction::Reject:
        return tr("The order is canceled and its rewards are never delivered. This cannot be undone.");
    case TrAction::Release:
        return tr("The flagged reward is released: the recipient can redeem it. This cannot be undone.");
    case TrAction::Block:
        return tr("The reward is canceled and its amount refunded: the recipient cannot redeem it. This cannot be "
                  "undone.");
    case TrAction::Resend:
        return tr("Tremendous delivers the reward again. The recipient may receive it twice if the first delivery "
                  "arrives late.");
    case TrAction::Cancel:
        break;
    }
    return tr("The reward is canceled and its amount refunded: the recipient cannot redeem it any more. This cannot "
              "be undone.");
}

QString TrActionWords::confirmLabel(TrAction action, int count) {
    if (count > 1)
        return tr("%1 %2").arg(trActionVerb(action), objectCount(action, count));
    switch (action) {
    case TrAction::Approve:
        return tr("Approve order");
    case TrAction::Reject:
        return tr("Reject order");
    case TrAction::Release:
        return tr("Release reward");
    case TrAction::Block:
        return tr("Block reward");
    case TrAction::Resend:
        return tr("Resend reward");
    case TrAction::Cancel:
        break;
    }
    return tr("Cancel reward");
}

QString TrActionWords::succeeded(TrAction action, const QString& id) {
    switch (action) {
    case TrAction::Approve:
        return tr("Order %1 approved.").arg(id);
    case TrAction::Reject:
        return tr("Order %1 rejected.").arg(id);
    case TrAction::Release:
        return tr("Reward %1 released.").arg(id);
    case TrAction::Block:
        return tr("Reward %1 blocked.").arg(id);
    case TrAction::Resend:
        return tr("Reward %1 resent.").arg(id);
    case TrAction::Cancel:
        break;
    }
    return tr("Reward %1 canceled.").arg(id);
}

QString TrActionWords::alreadyHandled(TrAction action, const QString& id) {
    switch (action) {
    case TrAction::Approve:
        return tr("Order %1 was already approved; the row is refreshed.").arg(id);
    case TrAction::Reject:
        return tr("Order %1 was already rejected; the row is refreshed.").arg(id);
    case TrAction::Release:
        return tr("Reward %1 was already released; the row is refreshed.").arg(id);
    case TrAction::Block:
        return tr("Reward %1 was already blocked; the row is refreshed.").arg(id);
    case TrAction::Resend:
        return tr("Reward %1 was already delivered again; the row is refreshed.").arg(id);
    case TrAction::Cancel:
        break;
    }
    return tr("Reward %1 was already canceled; the row is refreshed.").arg(id);
}

QString TrActionWords::unknown(TrAction action, const QString& id) {
    return tr("RewardDesk could not confirm whether %1 was %2; the audit log keeps it locked until it is resolved.")
        .arg(objectPhrase(action, id), trActionPastTense(action));
}

QString TrActionWords::progress(TrAction action, const QString& id) {
    switch (action) {
    case TrAction::Approve:
        return tr("Approving order %1…").arg(id);
    case TrAction::Reject:
        return tr("Rejecting order %1…").arg(id);
    case TrAction::Release:
        return tr("Releasing reward %1…").arg(id);
    case TrAction::Block:
        return tr("Blocking reward %1…").arg(id);
    case TrAction::Resend:
        return tr("Resending reward %1…").arg(id);
    case TrAction::Cancel:
        break;
    }
    return tr("Canceling reward %1…").arg(id);
}

QString TrActionWords::money(qint64 cents, const QString& currency) {
    const QLocale locale;
    const bool negative = cents < 0;
    const qint64 absolute = negative ? -cents : cents;
    QString text =
        locale.toString(absolute / 100) + locale.decimalPoint() + u"%1"_s.arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : tr("%1 %2").arg(currency, text);
}

QString TrActionWords::money(const TrMoney& value) {
    if (!value.valid())
        return tr("amount unknown");
    return money(*value.cents, value.currency);
}

QString TrActionWords::totals(const QList<QPair<QString, qint64>>& totals) {
    if (totals.isEmpty())
        return tr("none");
    QStringList parts;
    for (const auto& [currency, cents] : totals)
        parts << money(cents, currency.isEmpty() ? tr("(no currency)") : currency);
    return parts.join(u"  ·  "_s);
}

QString TrActionWords::eta(int count, qint64 intervalMs) {
    // The first request goes at once; each answer usually takes a fraction of the pace on top.
    const qint64 ms = qMax<qint64>(0, qint64(count - 1)) * intervalMs + qint64(count) * 100;
    const qint64 seconds = qMax<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return tr("about %n second(s)", nullptr, int(seconds));
    return tr("about %1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace rd
