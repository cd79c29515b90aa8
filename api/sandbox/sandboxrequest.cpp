#include "api/sandbox/sandboxrequest.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

namespace rd {

bool SandboxParams::contains(const QString& name) const {
    for (const auto& item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString SandboxParams::value(const QString& name, const QString& fallback) const {
    for (const auto& item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return fallback;
}

QStringList SandboxParams::values(const QString& name) const {
    QStringList out;
    for (const auto& item : m_items) {
        if (item.first == name)
            out.append(item.second);
    }
    return out;
}

static QString decodeFormComponent(QByteArray component) {
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

SandboxParams SandboxParams::fromUrlEncoded(const QByteArray& encoded) {
    SandboxParams params;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            params.add(decodeFormComponent(pair), QString());
        else
            params.add(decodeFormComponent(pair.left(eq)), decodeFormComponent(pair.mid(eq + 1)));
    }
    return params;
}

QByteArray SandboxRequest::header(const QByteArray& name) const {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray& name) const {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SandboxRequest::param(const QString& name) const {
    if (query.contains(name))
        return query.value(name);
    return form.value(name);
}

QByteArray SandboxRequest::mimeType() const {
    QByteArray type = header("content-type");
    const qsizetype semi = type.indexOf(';');
    if (semi >= 0)
        type.truncate(semi);
    return type.trimmed().toLower();
}

QString percentDecodePath(const QByteArray& segment) {
    return QString::fromUtf8(QByteArray::fromPercentEncoding(segment));
}

// Value of a parameter in a header such as `multipart/form-data; boundary="abc"` or
// `form-data; name="field"; filename="a.txt"`. Quotes are removed; empty if absent.
static QByteArray headerParameter(const QByteArray& headerValue, const QByteArray& name) {
    const QList<QByteArray> parts = headerValue.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

bool parseMultipartForm(const QByteArray& body, const QByteArray& contentType, SandboxParams* out) {
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return false;
    const QByteArray delimiter = QByteArray("--" + boundary);
    const QByteArray partEnd = QByteArray("\r\n" + delimiter);
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    for (;;) {
        pos += delimiter.size();
        const QByteArrayView rest = QByteArrayView(body).sliced(qMin(pos, body.size()));
        if (rest.startsWith("--"))
            return true; // closing delimiter
        if (!rest.startsWith("\r\n"))
            return false;
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            return false;
        QByteArray name;
        const QList<QByteArray> headerLines = body.mid(pos, headEnd - pos).split('\n');
        for (const QByteArray& rawLine : headerLines) {
            const QByteArray line = rawLine.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            if (line.left(colon).trimmed().compare("content-disposition", Qt::CaseInsensitive) == 0)
                name = headerParameter(line.mid(colon + 1), "name");
        }
        const qsizetype contentStart = headEnd + 4;
        const qsizetype next = body.indexOf(partEnd, contentStart);
        if (next < 0)
            return false;
        if (!name.isEmpty())
            out->add(QString::fromUtf8(name), QString::fromUtf8(body.mid(contentStart, next - contentStart)));
        pos = next + 2;
    }
}

} // namespace rd
