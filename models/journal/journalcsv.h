#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "api/journal/journalentry.h"

class QIODevice;

namespace rd {

// CSV export of journal entries (the audit log's "Export CSV"), written with the shared streaming CsvWriter
// (api/core/csvwriter.h): RFC 4180, CRLF, UTF-8, optionally with a byte order mark so Excel reads UTF-8, and the
// formula-injection guard (a cell starting with = + - @ TAB or CR is prefixed with a single quote, so a spreadsheet
// shows it as text instead of running it; entries contain free text from agents and vendors).
namespace JournalCsv {

struct Options {
    bool utf8Bom = true;
    bool formulaGuard = true;
};

QStringList header(); // translated column titles
QStringList fields(const JournalEntry& entry);
// One field, guarded and quoted as needed (CsvWriter::escapeField).
QString escapeField(const QString& field, bool formulaGuard = true);
// Header + one record per entry. False if the device refused a write.
bool write(QIODevice* device, const QList<JournalEntry>& entries, const Options& options = {});

} // namespace JournalCsv
} // namespace rd
