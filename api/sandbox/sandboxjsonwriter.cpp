#include "api/sandbox/sandboxjsonwriter.h"

#include <QLocale>

#include <cmath>

namespace rd {

void SandboxJsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.isEmpty()) {
        if (m_hasItems.last())
            m_out += ',';
        m_hasItems.last() = true;
    }
}

SandboxJsonWriter& SandboxJsonWriter::beginObject() {
    separate();
    m_out += '{';
    m_hasItems.append(false);
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::endObject() {
    m_out += '}';
    m_hasItems.removeLast();
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::beginArray() {
    separate();
    m_out += '[';
    m_hasItems.append(false);
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::endArray() {
    m_out += ']';
    m_hasItems.removeLast();
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::key(QLatin1StringView name) {
    separate();
    m_out += '"';
    m_out.append(name.data(), name.size()); // keys are plain ASCII identifiers
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

void SandboxJsonWriter::appendEscaped(const QString& text) {
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += c;
        } else if (u < 0x20) {
            if (c == '\n')
                m_out += "\\n";
            else if (c == '\r')
                m_out += "\\r";
            else if (c == '\t')
                m_out += "\\t";
            else {
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 15];
            }
        } else {
            m_out += c;
        }
    }
    m_out += '"';
}

SandboxJsonWriter& SandboxJsonWriter::value(const QString& text) {
    separate();
    appendEscaped(text);
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::value(QLatin1StringView text) {
    return value(QString(text));
}

SandboxJsonWriter& SandboxJsonWriter::value(qint64 number) {
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::value(bool flag) {
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::value(double number) {
    separate();
    if (!std::isfinite(number))
        m_out += "null";
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::null() {
    separate();
    m_out += "null";
    return *this;
}

SandboxJsonWriter& SandboxJsonWriter::raw(const QByteArray& json) {
    separate();
    m_out += json;
    return *this;
}

} // namespace rd
