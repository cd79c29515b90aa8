#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "journal/journalentry.h"

class QIODevice;

namespace rd {

// CSV export of journal entries (the audit log's "Export CSV"): RFC 4180 (comma separator, CRLF line ends, fields
// with a comma, quote, CR or LF quoted, quotes doubled), UTF-8, optionally with a byte order mark so Excel reads
// UTF-8. Formula-injection guard: a cell starting with = + - @ TAB or CR is prefixed with a single quote, so a
// spreadsheet shows it as text instead of running it (entries contain free text from agents and vendors).
namespace JournalCsv {

struct Options {
    bool utf8Bom = true;
    bool formulaGuard = true;
};

QStringList header(); // translated column titles
QStringList fields(const JournalEntry& entry);
// One field, guarded and quoted as needed.
QString escapeField(const QString& field, bool formulaGuard = true);
// Header + one record per entry. False if the device refused a write.
bool write(QIODevice* device, const QList<JournalEntry>& entries, const Options& options = {});

} // namespace JournalCsv
} // namespace rd
