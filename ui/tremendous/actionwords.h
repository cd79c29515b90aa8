#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendoustypes.h"

namespace rd::tremendous {

// The words the Tremendous action flow, its confirmations and the bulk dialogs use (translated, context
// "rd::tremendous::ActionWords"), in one place so a confirmation, a result line and a summary say the same thing.
class ActionWords {
    Q_DECLARE_TR_FUNCTIONS(rd::tremendous::ActionWords)
public:
    // "Order" / "Fraud review" / "Reward" (the field label in a confirmation).
    static QString objectLabel(Action action);
    // "order ABC" / "the fraud review of reward ABC" / "reward ABC" (inside a sentence).
    static QString objectPhrase(Action action, const QString& id);
    // "Order ABC" / "Reward ABC" (the subject of a sentence).
    static QString subject(Action action, const QString& id);
    // "Order ABC cannot be approved: <reason>".
    static QString cannot(Action action, const QString& id, const QString& reason);
    // "%n order(s)" / "%n fraud review(s)" / "%n reward(s)".
    static QString objectCount(Action action, int count);
    // "Approve order ABC?" ...
    static QString question(Action action, const QString& id);
    // What happens at Tremendous ("The reward is canceled and its amount refunded. This cannot be undone.").
    static QString consequence(Action action);
    // The confirm button: "Approve order", "Release reward", "Approve 5 orders".
    static QString confirmLabel(Action action, int count = 1);

    // One-line results of a single action: "Order ABC approved." / "Order ABC was already approved; the row
    // is refreshed." / "RewardDesk could not confirm whether order ABC was approved; the audit log keeps it locked
    // until it is resolved."
    static QString succeeded(Action action, const QString& id);
    static QString alreadyHandled(Action action, const QString& id);
    static QString unknown(Action action, const QString& id);
    static QString progress(Action action, const QString& id); // "Approving order ABC…"

    // "USD 25.00" (locale digits, the currency code; "amount unknown" when invalid).
    static QString money(const Money& money);
    // "USD 25.00" for cents and a code.
    static QString money(qint64 cents, const QString& currency);
    // "USD 125.00 · EUR 30.00" for per-currency totals; "none" when empty.
    static QString totals(const QList<QPair<QString, qint64>>& totals);
    // "about 2 s", "about 1 min 10 s" for count requests paced every intervalMs.
    static QString eta(int count, qint64 intervalMs);
};

} // namespace rd::tremendous
