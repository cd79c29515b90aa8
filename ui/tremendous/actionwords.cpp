#include "ui/tremendous/actionwords.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rd::tremendous {

QString ActionWords::objectLabel(Action action) {
    switch (action) {
    case Action::Approve:
    case Action::Reject:
        return tr("Order");
    case Action::Release:
    case Action::Block:
        return tr("Fraud review (reward)");
    case Action::Resend:
    case Action::Cancel:
        break;
    }
    return tr("Reward");
}

QString ActionWords::objectPhrase(Action action, const QString& id) {
    switch (action) {
    case Action::Approve:
    case Action::Reject:
        return tr("order %1").arg(id);
    case Action::Release:
    case Action::Block:
        return tr("the fraud review of reward %1").arg(id);
    case Action::Resend:
    case Action::Cancel:
        break;
    }
    return tr("reward %1").arg(id);
}

QString ActionWords::subject(Action action, const QString& id) {
    switch (action) {
    case Action::Approve:
    case Action::Reject:
        return tr("Order %1").arg(id);
    default:
        break;
    }
    return tr("Reward %1").arg(id);
}

QString ActionWords::cannot(Action action, const QString& id, const QString& reason) {
    return tr("%1 cannot be %2: %3").arg(subject(action, id), actionPastTense(action), reason);
}

QString ActionWords::objectCount(Action action, int count) {
    switch (action) {
    case Action::Approve:
    case Action::Reject:
        return tr("%n order(s)", nullptr, count);
    case Action::Release:
    case Action::Block:
        return tr("%n fraud review(s)", nullptr, count);
    case Action::Resend:
    case Action::Cancel:
        break;
    }
    return tr("%n reward(s)", nullptr, count);
}

QString ActionWords::question(Action action, const QString& id) {
    switch (action) {
    case Action::Approve:
        return tr("Approve order %1?").arg(id);
    case Action::Reject:
        return tr("Reject order %1?").arg(id);
    case Action::Release:
        return tr("Release reward %1 to its recipient?").arg(id);
    case Action::Block:
        return tr("Block reward %1?").arg(id);
    case Action::Resend:
        return tr("Resend reward %1?").arg(id);
    case Action::Cancel:
        break;
    }
    return tr("Cancel reward %1?").arg(id);
}

QString ActionWords::consequence(Action action) {
    switch (action) {
    case Action::Approve:
        return tr("Tremendous pays for the order from its funding source and delivers the rewards. This cannot be "
                  "undone here.");
    case Action::Reject:
        return tr("The order is canceled and its rewards are never delivered. This cannot be undone.");
    case Action::Release:
        return tr("The flagged reward is released: the recipient can redeem it. This cannot be undone.");
    case Action::Block:
        return tr("The reward is canceled and its amount refunded: the recipient cannot redeem it. This cannot be "
                  "undone.");
    case Action::Resend:
        return tr("Tremendous delivers the reward again. The recipient may receive it twice if the first delivery "
                  "arrives late.");
    case Action::Cancel:
        break;
    }
    return tr("The reward is canceled and its amount refunded: the recipient cannot redeem it any more. This cannot "
              "be undone.");
}

QString ActionWords::confirmLabel(Action action, int count) {
    if (count > 1)
        return tr("%1 %2").arg(actionVerb(action), objectCount(action, count));
    switch (action) {
    case Action::Approve:
        return tr("Approve order");
    case Action::Reject:
        return tr("Reject order");
    case Action::Release:
        return tr("Release reward");
    case Action::Block:
        return tr("Block reward");
    case Action::Resend:
        return tr("Resend reward");
    case Action::Cancel:
        break;
    }
    return tr("Cancel reward");
}

QString ActionWords::succeeded(Action action, const QString& id) {
    switch (action) {
    case Action::Approve:
        return tr("Order %1 approved.").arg(id);
    case Action::Reject:
        return tr("Order %1 rejected.").arg(id);
    case Action::Release:
        return tr("Reward %1 released.").arg(id);
    case Action::Block:
        return tr("Reward %1 blocked.").arg(id);
    case Action::Resend:
        return tr("Reward %1 resent.").arg(id);
    case Action::Cancel:
        break;
    }
    return tr("Reward %1 canceled.").arg(id);
}

QString ActionWords::alreadyHandled(Action action, const QString& id) {
    switch (action) {
    case Action::Approve:
        return tr("Order %1 was already approved; the row is refreshed.").arg(id);
    case Action::Reject:
        return tr("Order %1 was already rejected; the row is refreshed.").arg(id);
    case Action::Release:
        return tr("Reward %1 was already released; the row is refreshed.").arg(id);
    case Action::Block:
        return tr("Reward %1 was already blocked; the row is refreshed.").arg(id);
    case Action::Resend:
        return tr("Reward %1 was already delivered again; the row is refreshed.").arg(id);
    case Action::Cancel:
        break;
    }
    return tr("Reward %1 was already canceled; the row is refreshed.").arg(id);
}

QString ActionWords::unknown(Action action, const QString& id) {
    return tr("RewardDesk could not confirm whether %1 was %2; the audit log keeps it locked until it is resolved.")
        .arg(objectPhrase(action, id), actionPastTense(action));
}

QString ActionWords::progress(Action action, const QString& id) {
    switch (action) {
    case Action::Approve:
        return tr("Approving order %1…").arg(id);
    case Action::Reject:
        return tr("Rejecting order %1…").arg(id);
    case Action::Release:
        return tr("Releasing reward %1…").arg(id);
    case Action::Block:
        return tr("Blocking reward %1…").arg(id);
    case Action::Resend:
        return tr("Resending reward %1…").arg(id);
    case Action::Cancel:
        break;
    }
    return tr("Canceling reward %1…").arg(id);
}

QString ActionWords::money(qint64 cents, const QString& currency) {
    const QLocale locale;
    const bool negative = cents < 0;
    const qint64 absolute = negative ? -cents : cents;
    QString text =
        locale.toString(absolute / 100) + locale.decimalPoint() + u"%1"_s.arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : tr("%1 %2").arg(currency, text);
}

QString ActionWords::money(const Money& value) {
    if (!value.valid())
        return tr("amount unknown");
    return money(*value.cents, value.currency);
}

QString ActionWords::totals(const QList<QPair<QString, qint64>>& totals) {
    if (totals.isEmpty())
        return tr("none");
    QStringList parts;
    for (const auto& [currency, cents] : totals)
        parts << money(cents, currency.isEmpty() ? tr("(no currency)") : currency);
    return parts.join(u"  ·  "_s);
}

QString ActionWords::eta(int count, qint64 intervalMs) {
    // The first request goes at once; each answer usually takes a fraction of the pace on top.
    const qint64 ms = qMax<qint64>(0, qint64(count - 1)) * intervalMs + qint64(count) * 100;
    const qint64 seconds = qMax<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return tr("about %n second(s)", nullptr, int(seconds));
    return tr("about %1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace rd::tremendous
