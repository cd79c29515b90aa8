#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include "api/journal/journalentry.h"

namespace rd {

// The journal file format: JSON Lines, UTF-8, one complete JSON object per line, each line one event.
//
//   {"v":1,"event":"begin","id":..,"at":..,"actor":..,"accountId":..,"accountLabel":..,"vendor":"tremendous",
//    "environment":"production","objectType":..,"objectId":..,"action":..,"reason":..,"summary":..,"state":"sending"}
//   {"v":1,"event":"complete"|"resolve","id":..,"at":..,"state":..,"outcome":..,"requestId":..,"resolvedBy":..}
//   {"v":1,"event":"snapshot", ...every field of the entry...}   (carries unresolved entries over a rotation)
//
// Timestamps are UTC ISO 8601 with milliseconds. The current state of an entry is the fold of its lines in file
// order. There is deliberately no field for headers, bodies or credentials.
namespace JournalCodec {

inline constexpr int FormatVersion = 1;

QByteArray beginLine(const JournalEntry& entry);
QByteArray updateLine(const JournalEntry& entry, QLatin1StringView event); // "complete" or "resolve"
QByteArray snapshotLine(const JournalEntry& entry);

// The field names a line may contain (a test checks that nothing else reaches the disk).
QStringList knownFields();

} // namespace JournalCodec

// Folds journal lines into entries, in order of first appearance.
class JournalFold {
public:
    enum class LineResult { Applied, Empty, Malformed, Orphan };
    LineResult apply(QByteArrayView line);

    const QList<JournalEntry>& entries() const { return m_entries; }
    QList<JournalEntry> takeEntries();

private:
    QList<JournalEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace rd
