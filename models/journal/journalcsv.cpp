#include "models/journal/journalcsv.h"

#include <QCoreApplication>
#include <QIODevice>

#include "api/core/csvwriter.h"

namespace rd::JournalCsv {

namespace {
QString utc(const QDateTime& dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QStringList header() {
    return {QCoreApplication::translate("rd::JournalCsv", "Time (UTC)"),
            QCoreApplication::translate("rd::JournalCsv", "Actor"),
            QCoreApplication::translate("rd::JournalCsv", "Account"),
            QCoreApplication::translate("rd::JournalCsv", "Account ID"),
            QCoreApplication::translate("rd::JournalCsv", "Environment"),
            QCoreApplication::translate("rd::JournalCsv", "Vendor"),
            QCoreApplication::translate("rd::JournalCsv", "Object type"),
            QCoreApplication::translate("rd::JournalCsv", "Object ID"),
            QCoreApplication::translate("rd::JournalCsv", "Action"),
            QCoreApplication::translate("rd::JournalCsv", "Reason"),
            QCoreApplication::translate("rd::JournalCsv", "Summary"),
            QCoreApplication::translate("rd::JournalCsv", "State"),
            QCoreApplication::translate("rd::JournalCsv", "Outcome"),
            QCoreApplication::translate("rd::JournalCsv", "Request ID"),
            QCoreApplication::translate("rd::JournalCsv", "Updated (UTC)"),
            QCoreApplication::translate("rd::JournalCsv", "Resolved by"),
            QCoreApplication::translate("rd::JournalCsv", "Entry ID")};
}

QStringList fields(const JournalEntry& e) {
    return {utc(e.createdAt),
            e.actor,
            e.accountLabel,
            e.accountId,
            environmentDisplayName(e.environment),
            vendorDisplayName(e.vendor),
            e.objectType,
            e.objectId,
            e.action,
            e.reason,
            e.summary,
            journalStateDisplayName(e.state),
            e.outcome,
            e.requestId,
            utc(e.updatedAt),
            e.resolvedBy,
            e.id};
}

QString escapeField(const QString& field, bool formulaGuard) {
    return CsvWriter::escapeField(field, formulaGuard);
}

bool write(QIODevice* device, const QList<JournalEntry>& entries, const Options& options) {
    CsvWriter csv(device, {options.utf8Bom, options.formulaGuard});
    csv.writeRow(header());
    for (const JournalEntry& e : entries) {
        if (!csv.writeRow(fields(e)))
            return false;
    }
    return csv.flush();
}

} // namespace rd::JournalCsv
