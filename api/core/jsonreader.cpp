#include "api/core/jsonreader.h"

#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rd {

int jsonNestingDepth(const QByteArray& bytes, int stopAbove) {
    int depth = 0;
    int maxDepth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char ch : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch == '\\')
                escaped = true;
            else if (ch == '"')
                inString = false;
            continue;
        }
        switch (ch) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth) {
                maxDepth = depth;
                if (maxDepth > stopAbove)
                    return maxDepth;
            }
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return maxDepth;
}

std::optional<QJsonDocument> parseJson(const QByteArray& bytes, QString* error, int maxDepth) {
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty())
        return fail(u"empty body"_s);
    if (jsonNestingDepth(bytes, maxDepth) > maxDepth)
        return fail(u"JSON nested deeper than %1 levels"_s.arg(maxDepth));
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"invalid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    return doc;
}

ApiError parseError(Vendor vendor, const QString& technical, bool action) {
    ApiError e;
    e.failure = FailureClass::Unknown;
    e.kind = ErrorKind::Parse;
    e.vendor = vendor;
    e.technical = technical;
    e.action = action;
    return e;
}

bool isDecimalString(const QString& text) {
    static const QRegularExpression re(u"^[+-]?[0-9]+(\\.[0-9]+)?$"_s);
    return re.match(text).hasMatch();
}

bool decimalToMinorUnits(const QString& decimal, int scale, qint64* out) {
    const QString text = decimal.trimmed();
    if (!isDecimalString(text) || scale < 0 || scale > 9)
        return false;
    const bool negative = text.startsWith(u'-');
    const QString digits = (text.startsWith(u'-') || text.startsWith(u'+')) ? text.mid(1) : text;
    const qsizetype dot = digits.indexOf(u'.');
    QString whole = dot < 0 ? digits : digits.left(dot);
    QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);
    while (fraction.size() > scale) {
        if (!fraction.endsWith(u'0'))
            return false; // more precision than the scale holds: refuse rather than round money
        fraction.chop(1);
    }
    fraction = fraction.leftJustified(scale, u'0');
    const QString all = whole + fraction;
    if (all.size() > 18)
        return false;
    bool ok = false;
    qint64 value = all.toLongLong(&ok);
    if (!ok)
        return false;
    if (out)
        *out = negative ? -value : value;
    return true;
}

// ---- JsonReader ----------------------------------------------------------------------------------------------

namespace {

const char* typeName(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        return "nothing";
    }
    return "something else";
}

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

bool integralDouble(double d) {
    return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= MaxExactInteger;
}

bool digitString(const QString& s) {
    static const QRegularExpression re(u"^-?[0-9]{1,18}$"_s);
    return re.match(s).hasMatch();
}

std::optional<QString> moneyText(const QJsonValue& v) {
    if (v.isString()) {
        QString s = v.toString().trimmed();
        if (!isDecimalString(s))
            return std::nullopt;
        if (s.startsWith(u'+'))
            s.remove(0, 1);
        return s;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        // Fixed notation, shortest round-trip digits: 10000000 stays "10000000" ('g' would give "1e+07").
        if (std::fabs(d) >= 1e15)
            return std::nullopt; // beyond exact cents in a double: not a plausible amount
        const QString s = QString::number(d, 'f', QLocale::FloatingPointShortest);
        if (!isDecimalString(s))
            return std::nullopt;
        return s;
    }
    return std::nullopt;
}

std::optional<QDateTime> dateTimeOf(const QJsonValue& v) {
    if (!v.isString())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt;
}

// The optional variant of a required read: absent or null -> nullopt; present but wrong -> the read's error + nullopt.
template <typename Read>
auto readOptional(const JsonReader& r, const QString& key, Read read) -> std::optional<decltype(read())> {
    if (!r.has(key))
        return std::nullopt;
    const qsizetype before = r.errorCount();
    auto value = read();
    if (r.errorCount() != before)
        return std::nullopt;
    return value;
}

} // namespace

JsonReader::JsonReader(const QJsonObject& object, const QString& where)
    : JsonReader(object, where, std::make_shared<QStringList>()) {}

JsonReader::JsonReader(const QJsonObject& object, const QString& where, std::shared_ptr<QStringList> errors)
    : m_object(object)
    , m_where(where)
    , m_errors(std::move(errors)) {}

bool JsonReader::has(const QString& key) const {
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonReader::path(const QString& key) const {
    return m_where.isEmpty() ? key : m_where + u'.' + key;
}

void JsonReader::fail(const QString& key, const QString& reason) {
    if (m_errors->size() < 50)
        m_errors->append(path(key) + u": "_s + reason);
}

void JsonReader::mistyped(const QString& key, const char* expected, const QJsonValue& got) {
    fail(key, u"expected %1, got %2"_s.arg(QLatin1String(expected), QLatin1String(typeName(got))));
}

bool JsonReader::present(const QString& key, QJsonValue* value) {
    *value = m_object.value(key);
    if (value->isUndefined() || value->isNull()) {
        fail(key, value->isNull() ? u"null"_s : u"missing"_s);
        return false;
    }
    return true;
}

QString JsonReader::errorSummary() const {
    QStringList first = m_errors->mid(0, 5);
    QString s = first.join(u"; "_s);
    if (m_errors->size() > 5)
        s += u" (and %1 more)"_s.arg(m_errors->size() - 5);
    return s;
}

QString JsonReader::string(const QString& key) {
    QJsonValue v;
    if (!present(key, &v))
        return {};
    if (!v.isString()) {
        mistyped(key, "a string", v);
        return {};
    }
    return v.toString();
}

std::optional<QString> JsonReader::optionalString(const QString& key) {
    return readOptional(*this, key, [&] { return string(key); });
}

QString JsonReader::id(const QString& key) {
    QJsonValue v;
    if (!present(key, &v))
        return {};
    if (v.isString())
        return v.toString();
    if (v.isDouble() && integralDouble(v.toDouble()))
        return QString::number(qint64(v.toDouble()));
    mistyped(key, "a string or integer id", v);
    return {};
}

std::optional<QString> JsonReader::optionalId(const QString& key) {
    return readOptional(*this, key, [&] { return id(key); });
}

qint64 JsonReader::integer(const QString& key) {
    QJsonValue v;
    if (!present(key, &v))
        return 0;
    if (v.isDouble() && integralDouble(v.toDouble()))
        return qint64(v.toDouble());
    if (v.isString() && digitString(v.toString().trimmed()))
        return v.toString().trimmed().toLongLong();
    mistyped(key, "an integer", v);
    return 0;
}

std::optional<qint64> JsonReader::optionalInteger(const QString& key) {
    return readOptional(*this, key, [&] { return integer(key); });
}

bool JsonReader::boolean(const QString& key) {
    QJsonValue v;
    if (!present(key, &v))
        return false;
    if (!v.isBool()) {
        mistyped(key, "a boolean", v);
        return false;
    }
    return v.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QString& key) {
    return readOptional(*this, key, [&] { return boolean(key); });
}

QString JsonReader::money(const QString& key) {
    QJsonValue v;
    if (!present(key, &v))
        return {};
    if (auto text = moneyText(v))
        return *text;
    mistyped(key, "a decimal amount", v);
    return {};
}

std::optional<QString> JsonReader::optionalMoney(const QString& key) {
    return readOptional(*this, key, [&] { return money(key); });
}

QDateTime JsonReader::dateTime(const QString& key) {
    QJsonValue v;
    if (!present(key, &v))
        return {};
    if (auto dt = dateTimeOf(v))
        return *dt;
    mistyped(key, "an ISO 8601 date-time", v);
    return {};
}

std::optional<QDateTime> JsonReader::optionalDateTime(const QString& key) {
    return readOptional(*this, key, [&] { return dateTime(key); });
}

QJsonObject JsonReader::objectAt(const QString& key) {
    QJsonValue v;
    if (!present(key, &v))
        return {};
    if (!v.isObject()) {
        mistyped(key, "an object", v);
        return {};
    }
    return v.toObject();
}

std::optional<QJsonObject> JsonReader::optionalObject(const QString& key) {
    return readOptional(*this, key, [&] { return objectAt(key); });
}

QJsonArray JsonReader::array(const QString& key) {
    QJsonValue v;
    if (!present(key, &v))
        return {};
    if (!v.isArray()) {
        mistyped(key, "an array", v);
        return {};
    }
    return v.toArray();
}

std::optional<QJsonArray> JsonReader::optionalArray(const QString& key) {
    return readOptional(*this, key, [&] { return array(key); });
}

JsonReader JsonReader::child(const QString& key) {
    return JsonReader(objectAt(key), path(key), m_errors);
}

std::optional<JsonReader> JsonReader::optionalChild(const QString& key) {
    if (auto o = optionalObject(key))
        return JsonReader(*o, path(key), m_errors);
    return std::nullopt;
}

JsonReader JsonReader::element(const QJsonArray& array, const QString& arrayKey, qsizetype index) {
    const QString where = path(arrayKey) + u'[' + QString::number(index) + u']';
    const QJsonValue v = array.at(index);
    if (!v.isObject()) {
        if (m_errors->size() < 50)
            m_errors->append(where + u": expected an object, got "_s + QLatin1String(typeName(v)));
        return JsonReader(QJsonObject(), where, m_errors);
    }
    return JsonReader(v.toObject(), where, m_errors);
}

QString JsonReader::optionalText(const QString& key) {
    return optionalString(key).value_or(QString());
}

QDateTime JsonReader::utcDateTime(const QString& key) {
    const QDateTime dt = dateTime(key);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

std::optional<QDateTime> JsonReader::optionalUtcDateTime(const QString& key) {
    if (auto dt = optionalDateTime(key))
        return dt->toUTC();
    return std::nullopt;
}

} // namespace rd
