// Dry run, results CSV and outcome words of ActionRunner (the run itself is in actionrunner.cpp).
#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include "api/actions/actionrunner.h"
#include "api/actions/actionrunner_p.h"
#include "api/core/csvwriter.h"

namespace rd {

namespace actions {

SkipKind skipKind(const ActionItem& item, QSet<QString>& seen) {
    const QString id = item.objectId.trimmed();
    if (!item.blockedReason.trimmed().isEmpty())
        return SkipKind::Blocked;
    if (id.isEmpty())
        return SkipKind::NoId;
    if (seen.contains(id))
        return SkipKind::Duplicate;
    seen.insert(id);
    return SkipKind::None;
}

} // namespace actions

using actions::Outcome;
using actions::SkipKind;
using actions::skipKind;

QString actionOutcomeDisplay(ActionItemResult::Outcome outcome) {
    switch (outcome) {
    case Outcome::Pending:
        return QCoreApplication::translate("rd::ActionRunner", "Waiting");
    case Outcome::Running:
        return QCoreApplication::translate("rd::ActionRunner", "Sending");
    case Outcome::Succeeded:
        return QCoreApplication::translate("rd::ActionRunner", "Succeeded");
    case Outcome::AlreadyHandled:
        return QCoreApplication::translate("rd::ActionRunner", "Already handled");
    case Outcome::NotApplied:
        return QCoreApplication::translate("rd::ActionRunner", "Not applied");
    case Outcome::Reconciling:
        return QCoreApplication::translate("rd::ActionRunner", "Checking");
    case Outcome::Unknown:
        return QCoreApplication::translate("rd::ActionRunner", "Unknown");
    case Outcome::Skipped:
        return QCoreApplication::translate("rd::ActionRunner", "Skipped");
    }
    return {};
}

ActionDryRun ActionRunner::dryRun(const QList<ActionItem>& items) {
    ActionDryRun d;
    QMap<QString, qint64> totals; // sorted by currency
    QSet<QString> seen;
    for (const ActionItem& item : items) {
        switch (skipKind(item, seen)) {
        case SkipKind::Blocked:
            d.blocked.append({item.objectId, item.blockedReason.trimmed()});
            continue;
        case SkipKind::NoId:
            d.blocked.append({item.objectId, tr("Skipped: no ID.")});
            continue;
        case SkipKind::Duplicate:
            d.blocked.append({item.objectId.trimmed(), tr("Skipped: listed twice; the action is sent once.")});
            continue;
        case SkipKind::None:
            break;
        }
        ++d.actionable;
        if (!item.cents) {
            ++d.withoutAmount;
            continue;
        }
        totals[item.currency.trimmed().toUpper()] += *item.cents;
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        d.totalsByCurrency.append({it.key(), it.value()});
    return d;
}

QByteArray ActionRunner::resultsCsv() const {
    QByteArray out;
    CsvWriter csv(&out); // UTF-8 with a byte order mark, so spreadsheets read it as UTF-8
    csv.writeRow({tr("Object ID"), tr("Recipient"), tr("Amount"), tr("Currency"), tr("Action"), tr("Outcome"),
                  tr("Message"), tr("HTTP status"), tr("Journal entry"), tr("Account"), tr("Environment")});
    const QString account = m_account.label();
    const QString environment = environmentDisplayName(m_account.environment);
    const QString action = m_adapter ? m_adapter->actionName() : QString();
    for (int i = 0; i < m_items.size(); ++i) {
        const ActionItem& item = m_items.at(i);
        const ActionItemResult& r = m_results.at(i);
        csv.writeRow({item.objectId.trimmed(), item.recipient, item.cents ? item.amountText : QString(), item.currency,
                      action, actionOutcomeDisplay(r.outcome), r.warning ? tr("Warning: %1").arg(r.message) : r.message,
                      r.httpStatus ? QString::number(r.httpStatus) : QString(), r.journalEntry, account, environment});
    }
    return out;
}

} // namespace rd
