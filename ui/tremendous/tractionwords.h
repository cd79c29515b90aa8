#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include "tremendous/tremendousactions.h"
#include "tremendous/tremendoustypes.h"

namespace rd {

// The words the Tremendous action flow, its confirmations and the bulk dialogs use (translated, context
// "rd::TrActionWords"), in one place so a confirmation, a result line and a summary say the same thing.
class TrActionWords {
    Q_DECLARE_TR_FUNCTIONS(rd::TrActionWords)
public:
    // "Order" / "Fraud review" / "Reward" (the field label in a confirmation).
    static QString objectLabel(TrAction action);
    // "order ABC" / "the fraud review of reward ABC" / "reward ABC" (inside a sentence).
    static QString objectPhrase(TrAction action, const QString& id);
    // "Order ABC" / "Reward ABC" (the subject of a sentence).
    static QString subject(TrAction action, const QString& id);
    // "Order ABC cannot be approved: <reason>".
    static QString cannot(TrAction action, const QString& id, const QString& reason);
    // "%n order(s)" / "%n fraud review(s)" / "%n reward(s)".
    static QString objectCount(TrAction action, int count);
    // "Approve order ABC?" ...
    static QString question(TrAction action, const QString& id);
    // What happens at Tremendous ("The reward is canceled and its amount refunded. This cannot be undone.").
    static QString consequence(TrAction action);
    // The confirm button: "Approve order", "Release reward", "Approve 5 orders".
    static QString confirmLabel(TrAction action, int count = 1);

    // One-line results of a single action (issue 4): "Order ABC approved." / "Order ABC was already approved; the row
    // is refreshed." / "RewardDesk could not confirm whether order ABC was approved; the audit log keeps it locked
    // until it is resolved."
    static QString succeeded(TrAction action, const QString& id);
    static QString alreadyHandled(TrAction action, const QString& id);
    static QString unknown(TrAction action, const QString& id);
    static QString progress(TrAction action, const QString& id); // "Approving order ABC…"

    // "USD 25.00" (locale digits, the currency code; "amount unknown" when invalid).
    static QString money(const TrMoney& money);
    // "USD 25.00" for cents and a code.
    static QString money(qint64 cents, const QString& currency);
    // "USD 125.00 · EUR 30.00" for per-currency totals; "none" when empty.
    static QString totals(const QList<QPair<QString, qint64>>& totals);
    // "about 2 s", "about 1 min 10 s" for count requests paced every intervalMs.
    static QString eta(int count, qint64 intervalMs);
};

} // namespace rd
