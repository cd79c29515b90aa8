// Dry run, results CSV and outcome words of TrBulkRunner (the run itself is in trbulkrunner.cpp).
#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include "accounts/account.h"
#include "trbulkrunner.h"
#include "trbulkrunner_p.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace trbulk {

SkipKind skipKind(const TrBulkItem& item, QSet<QString>& seen) {
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

} // namespace trbulk

namespace {

using trbulk::Outcome;
using trbulk::SkipKind;
using trbulk::skipKind;

// RFC 4180 field with the formula-injection guard (mirrors JournalCsv::escapeField in models/journal, which the api
// library cannot link): a cell starting with = + - @ TAB or CR is prefixed with a single quote.
QString csvField(const QString& field) {
    QString out = field;
    if (!out.isEmpty()) {
        const QChar c = out.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            out.prepend(u'\'');
    }
    if (!(out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')))
        return out;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

} // namespace

QString trBulkOutcomeDisplay(TrBulkItemResult::Outcome outcome) {
    switch (outcome) {
    case Outcome::Pending:
        return QCoreApplication::translate("rd::TrBulkRunner", "Waiting");
    case Outcome::Running:
        return QCoreApplication::translate("rd::TrBulkRunner", "Sending");
    case Outcome::Succeeded:
        return QCoreApplication::translate("rd::TrBulkRunner", "Succeeded");
    case Outcome::AlreadyHandled:
        return QCoreApplication::translate("rd::TrBulkRunner", "Already handled");
    case Outcome::NotApplied:
        return QCoreApplication::translate("rd::TrBulkRunner", "Not applied");
    case Outcome::Reconciling:
        return QCoreApplication::translate("rd::TrBulkRunner", "Checking");
    case Outcome::Unknown:
        return QCoreApplication::translate("rd::TrBulkRunner", "Unknown");
    case Outcome::Skipped:
        return QCoreApplication::translate("rd::TrBulkRunner", "Skipped");
    }
    return {};
}

TrBulkDryRun TrBulkRunner::dryRun(const QList<TrBulkItem>& items) {
    TrBulkDryRun d;
    QMap<QString, qint64> totals; // sorted by currency
    QSet<QString> seen;
    for (const TrBulkItem& item : items) {
        switch (skipKind(item, seen)) {
        case SkipKind::Blocked:
            d.blocked.append({item.objectId, item.blockedReason.trimmed()});
            continue;
        case SkipKind::NoId:
            d.blocked.append({item.objectId, QCoreApplication::translate("rd::TrBulkRunner", "Skipped: no ID.")});
            continue;
        case SkipKind::Duplicate:
            d.blocked.append(
                {item.objectId.trimmed(),
                 QCoreApplication::translate("rd::TrBulkRunner", "Skipped: listed twice; the action is sent once.")});
            continue;
        case SkipKind::None:
            break;
        }
        ++d.actionable;
        if (!item.amount.valid()) {
            ++d.withoutAmount;
            continue;
        }
        totals[item.amount.currency.trimmed().toUpper()] += *item.amount.cents;
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        d.totalsByCurrency.append({it.key(), it.value()});
    return d;
}

QByteArray TrBulkRunner::resultsCsv() const {
    const QStringList header = {QCoreApplication::translate("rd::TrBulkRunner", "Object ID"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Recipient"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Amount"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Currency"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Action"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Outcome"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Message"),
                                QCoreApplication::translate("rd::TrBulkRunner", "HTTP status"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Journal entry"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Account"),
                                QCoreApplication::translate("rd::TrBulkRunner", "Environment")};
    QString out;
    auto record = [&out](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += u',';
            out += csvField(cells.at(i));
        }
        out += u"\r\n"_s;
    };
    record(header);
    const QString account = m_account.label();
    const QString environment = environmentDisplayName(m_account.environment);
    for (int i = 0; i < m_items.size(); ++i) {
        const TrBulkItem& item = m_items.at(i);
        const TrBulkItemResult& r = m_results.at(i);
        record({item.objectId.trimmed(), item.recipient, item.amount.valid() ? item.amount.amountText() : QString(),
                item.amount.currency, trActionName(m_action), trBulkOutcomeDisplay(r.outcome),
                r.warning ? QCoreApplication::translate("rd::TrBulkRunner", "Warning: %1").arg(r.message) : r.message,
                r.httpStatus ? QString::number(r.httpStatus) : QString(), r.journalEntry, account, environment});
    }
    // UTF-8 with a byte order mark, so spreadsheets read it as UTF-8 (as JournalCsv does).
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace rd
