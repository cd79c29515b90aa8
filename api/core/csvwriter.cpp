#include "api/core/csvwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
// Written to the device once the buffer passes this size: bounded memory for any number of rows.
constexpr qsizetype ChunkSize = 256 * 1024;
} // namespace

CsvWriter::CsvWriter(QIODevice* device, Options options)
    : m_device(device)
    , m_options(options)
    , m_ok(device && device->isWritable()) {
    if (m_ok && m_options.utf8Bom)
        m_chunk += "\xEF\xBB\xBF";
}

CsvWriter::CsvWriter(QByteArray* out, Options options)
    : m_out(out)
    , m_options(options)
    , m_ok(out != nullptr) {
    if (m_ok && m_options.utf8Bom)
        m_out->append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter() {
    flush();
}

QString CsvWriter::escapeField(const QString& field, bool formulaGuard) {
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

bool CsvWriter::writeRow(const QStringList& cells) {
    if (!m_ok)
        return false;
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += u',';
        line += escapeField(cells.at(i), m_options.formulaGuard);
    }
    line += u"\r\n"_s;
    if (m_out) {
        m_out->append(line.toUtf8());
        return true;
    }
    m_chunk += line.toUtf8();
    if (m_chunk.size() > ChunkSize)
        return flush();
    return true;
}

bool CsvWriter::flush() {
    if (!m_ok || !m_device || m_chunk.isEmpty())
        return m_ok;
    m_ok = m_device->write(m_chunk) == m_chunk.size();
    m_chunk.clear();
    return m_ok;
}

} // namespace rd
