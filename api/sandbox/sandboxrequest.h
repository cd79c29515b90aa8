#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rd {

// An ordered list of decoded name/value pairs: a query string or form fields. Repeated names are kept in order.
class SandboxParams {
public:
    void add(const QString& name, const QString& value) { m_items.append({name, value}); }
    bool contains(const QString& name) const;
    QString value(const QString& name, const QString& fallback = {}) const; // first value
    QStringList values(const QString& name) const;
    const QList<QPair<QString, QString>>& items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // application/x-www-form-urlencoded (also used for URL queries): '&'-separated, '+' is a space, %XX decoded as
    // UTF-8. Real vendor servers (Rails, ASP.NET) decode '+' as a space in query strings too, so a client that does
    // not percent-encode a leading '+' in a phone number gets the same wrong answer from the sandbox as from them.
    static SandboxParams fromUrlEncoded(const QByteArray& encoded);

private:
    QList<QPair<QString, QString>> m_items;
};

// One parsed HTTP request as a route handler sees it.
struct SandboxRequest {
    QByteArray method;                            // upper case as sent: "GET", "POST", ...
    QByteArray target;                            // request target as sent, e.g. "/x/y?a=b"
    QString path;                                 // percent-decoded path without the query
    QStringList segments;                         // decoded path segments (empty ones dropped)
    QString routePattern;                         // the matched route pattern, e.g. "/trigg/v4/customers/id/<id>"
    QHash<QString, QString> args;                 // values of the pattern's <arg> segments
    SandboxParams query;                          // decoded query parameters
    SandboxParams form;                           // urlencoded or multipart/form-data body fields
    QList<QPair<QByteArray, QByteArray>> headers; // as received (name case preserved)
    QByteArray body;
    bool http10 = false;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty if absent
    bool hasHeader(const QByteArray& name) const;
    QString arg(const QString& name) const { return args.value(name); }
    // A query parameter, else a form field of that name (the way Rails-style servers merge params).
    QString param(const QString& name) const;
    bool hasParam(const QString& name) const { return query.contains(name) || form.contains(name); }
    QByteArray mimeType() const; // Content-Type without parameters, lower case
};

// Parses a multipart/form-data body (RFC 7578) into fields: each part's Content-Disposition name and its content
// decoded as UTF-8 (file parts included). Returns false on a malformed body.
bool parseMultipartForm(const QByteArray& body, const QByteArray& contentType, SandboxParams* out);

// Percent-decodes a path segment (no '+' handling: '+' is literal in paths).
QString percentDecodePath(const QByteArray& segment);

} // namespace rd
