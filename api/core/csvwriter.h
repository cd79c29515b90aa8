#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace rd {

// Streaming RFC 4180 CSV: comma separator, CRLF after every record, a field quoted when it holds a comma, quote, CR
// or LF, quotes doubled. UTF-8, optionally starting with a byte order mark so spreadsheets read it as UTF-8.
// Formula-injection guard (on by default): a cell starting with = + - @ TAB or CR gets a single quote in front, so a
// spreadsheet shows it as text instead of evaluating it (exports hold free text from agents and vendors).
//
// Rows are encoded into a buffer and written to the device in chunks of about 256 KiB, so an export of any size
// costs bounded memory; writing into a QByteArray appends as it goes. The writer never opens, seeks or closes the
// device. Once a device write fails, every later call returns false and writes nothing.
class CsvWriter {
public:
    struct Options {
        bool utf8Bom = true;
        bool formulaGuard = true;
    };

    CsvWriter(QIODevice* device, Options options); // not owned; must be open for writing
    explicit CsvWriter(QIODevice* device)
        : CsvWriter(device, Options{}) {}
    CsvWriter(QByteArray* out, Options options); // not owned; appended to
    explicit CsvWriter(QByteArray* out)
        : CsvWriter(out, Options{}) {}
    ~CsvWriter(); // flushes what is buffered
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // One record. False once a write to the device has failed (or the device is not writable).
    bool writeRow(const QStringList& cells);
    // Writes what is buffered to the device. False if the device refused it (now or earlier).
    bool flush();
    bool ok() const { return m_ok; }

    // One field, guarded and quoted as needed.
    static QString escapeField(const QString& field, bool formulaGuard = true);

private:
    QIODevice* m_device = nullptr;
    QByteArray* m_out = nullptr;
    Options m_options;
    QByteArray m_chunk;
    bool m_ok = true;
};

} // namespace rd
