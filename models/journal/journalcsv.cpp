#include "journalcsv.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

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
    QString out = field;
    if (formulaGuard && !out.isEmpty()) {
        const QChar c = out.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            out.prepend(u'\'');
    }
    const bool needsQuotes = out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r');
    if (!needsQuotes)
        return out;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

bool write(QIODevice* device, const QList<JournalEntry>& entries, const Options& options) {
    if (!device || !device->isWritable())
        return false;
    QByteArray chunk;
    if (options.utf8Bom)
        chunk += "\xEF\xBB\xBF";
    auto record = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                line += u',';
            line += escapeField(cells.at(i), options.formulaGuard);
        }
        line += u"\r\n"_s;
        chunk += line.toUtf8();
    };
    auto flush = [&] {
        const bool ok = device->write(chunk) == chunk.size();
        chunk.clear();
        return ok;
    };
    record(header());
    for (const JournalEntry& e : entries) {
        record(fields(e));
        if (chunk.size() > 256 * 1024 && !flush())
            return false;
    }
    return flush();
}

} // namespace rd::JournalCsv
