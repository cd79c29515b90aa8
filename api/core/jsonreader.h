#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "api/core/apierror.h"

namespace rd {

// JSON reading for vendor bodies (design.md section 2, "Parsing is explicit about types").
//
// Parsing: parseJson() refuses text nested deeper than maxDepth BEFORE QJsonDocument sees it (the nesting is counted
// over the raw bytes, outside strings), so a hostile body cannot exhaust the stack or take long to reject.
//
// Reading: JsonReader reads typed fields and records a field error for every missing or mistyped required field
// (never a silent 0, "" or default state). Unknown fields are ignored. IDs are always strings (a numeric id is
// converted to its decimal text). Money is a decimal string (a JSON number is converted with the shortest exact
// round-trip text, e.g. 30.25 -> "30.25", 0.1 -> "0.1"), never a double.
//
//     JsonReader r(root.value("order").toObject(), u"order"_s);
//     Order o;
//     o.id = r.id(u"id"_s);
//     o.status = r.string(u"status"_s);
//     o.total = r.child(u"payment"_s).money(u"total"_s);
//     if (!r.ok()) return parseError(Vendor::Tremendous, r.errorSummary(), isAction);

inline constexpr int DefaultJsonMaxDepth = 64;

// Depth of [ and { nesting over bytes outside strings. Stops scanning as soon as the depth exceeds stopAbove and
// returns that depth. Unbalanced or invalid text is not judged here (QJsonDocument does that).
int jsonNestingDepth(const QByteArray& bytes, int stopAbove = 1 << 30);

// Parses `bytes` as JSON with the depth cap. On failure returns nullopt and, if `error` is given, a short technical
// reason without any of the content (e.g. "nesting deeper than 64 levels", "invalid JSON at offset 12: ...").
std::optional<QJsonDocument> parseJson(const QByteArray& bytes, QString* error = nullptr,
                                       int maxDepth = DefaultJsonMaxDepth);

// An ApiError for a 2xx body that is not what the vendor documents (kind Parse, failure Unknown).
ApiError parseError(Vendor vendor, const QString& technical, bool action = false);

// Decimal-string helpers for money ("5.50", "-2", "100.0"). Exact: no floating point involved.
bool isDecimalString(const QString& text);
// "5.5" with scale 2 -> 550. False when not a decimal, out of range, or more significant fraction digits than scale.
bool decimalToMinorUnits(const QString& decimal, int scale, qint64* out);

// The items of a JSON array, each of which must be an object, converted with `convert(object, "where[i]")`. An item
// that is not an object: nullopt, and `error` is a Parse error naming it.
template <typename T, typename Convert>
std::optional<QList<T>> convertObjects(const QJsonArray& array, const QString& where, Vendor vendor, Convert convert,
                                       ApiError* error) {
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        const QString item = where + u'[' + QString::number(i) + u']';
        if (!v.isObject()) {
            *error = parseError(vendor, item + QStringLiteral(": expected an object"));
            return std::nullopt;
        }
        out.append(convert(v.toObject(), item));
    }
    return out;
}

class JsonReader {
public:
    // `where` is the path prefix used in error messages ("orders[3]").
    explicit JsonReader(const QJsonObject& object, const QString& where = {});

    const QJsonObject& object() const { return m_object; }
    bool has(const QString& key) const;     // present and not null
    QString path(const QString& key) const; // "orders[3].status"

    // Required: a missing/null/mistyped value records an error and returns an empty value.
    QString string(const QString& key);
    QString id(const QString& key);     // string, or an integral number converted to text
    qint64 integer(const QString& key); // integral number, or a string of digits (documented type drift)
    bool boolean(const QString& key);
    QString money(const QString& key);      // decimal string or number -> decimal string
    QDateTime dateTime(const QString& key); // ISO 8601 (with or without ms, Z or offset)
    QJsonObject objectAt(const QString& key);
    QJsonArray array(const QString& key);

    // Optional: absent or null -> nullopt; present but mistyped -> an error and nullopt.
    std::optional<QString> optionalString(const QString& key);
    std::optional<QString> optionalId(const QString& key);
    std::optional<qint64> optionalInteger(const QString& key);
    std::optional<bool> optionalBoolean(const QString& key);
    std::optional<QString> optionalMoney(const QString& key);
    std::optional<QDateTime> optionalDateTime(const QString& key);
    std::optional<QJsonObject> optionalObject(const QString& key);
    std::optional<QJsonArray> optionalArray(const QString& key);

    // Conveniences every vendor's DTOs use: an optional string as "" when absent (a mistyped one still records an
    // error), and date-times in UTC (records keep UTC; the UI converts to local time).
    QString optionalText(const QString& key);
    QDateTime utcDateTime(const QString& key); // required; invalid after an error
    std::optional<QDateTime> optionalUtcDateTime(const QString& key);

    // A reader for a nested object that shares this reader's error list. A missing/mistyped object records an error
    // (required) and the child reads from an empty object, so its reads record errors too.
    JsonReader child(const QString& key);
    std::optional<JsonReader> optionalChild(const QString& key);
    // A reader for element `index` of an array read from this object, sharing the error list ("orders[3]").
    JsonReader element(const QJsonArray& array, const QString& arrayKey, qsizetype index);

    void fail(const QString& key, const QString& reason); // records "<path>: <reason>"
    bool ok() const { return m_errors->isEmpty(); }
    qsizetype errorCount() const { return m_errors->size(); }
    QStringList errors() const { return *m_errors; }
    QString errorSummary() const; // first few errors joined with "; "

private:
    JsonReader(const QJsonObject& object, const QString& where, std::shared_ptr<QStringList> errors);
    bool present(const QString& key, QJsonValue* value);
    void mistyped(const QString& key, const char* expected, const QJsonValue& got);

    QJsonObject m_object;
    QString m_where;
    std::shared_ptr<QStringList> m_errors;
};

} // namespace rd
