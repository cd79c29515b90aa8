#include "api/core/errorbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "api/core/jsonreader.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Error bodies are small; anything bigger is not a documented error body and is not parsed at all.
constexpr qsizetype MaxErrorBodyBytes = 1024 * 1024;

// A code that may arrive as an integer or a string (Trigg documents a string, Cheetah an integer; both drift).
QString codeText(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
    }
    return {};
}

QString stringOf(const QJsonValue& v) {
    return v.isString() ? v.toString() : QString();
}

// Details worth keeping: a non-empty object, array or string ({} and [] say nothing).
bool meaningful(const QJsonValue& v) {
    return (v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty()) ||
           (v.isString() && !v.toString().isEmpty());
}

// TruCentive: {"error": str, "status": int, "details": {"full_error_messages": str}}
void parseTruCentive(const QJsonObject& o, ApiError* e) {
    e->vendorMessage = stringOf(o.value(u"error"_s));
    e->vendorCode = codeText(o.value(u"status"_s));
    const QJsonValue details = o.value(u"details"_s);
    if (meaningful(details))
        e->details = details;
}

// Tremendous: {"status"?: int, "errors": {"message": str, "payload": obj}}; on 429 also {"error": {...}}.
// Tolerated variants: "errors" as an array of such objects, or "error"/"errors" as a plain string.
void parseTremendous(const QJsonObject& o, ApiError* e) {
    e->vendorCode = codeText(o.value(u"status"_s));
    QJsonValue inner = o.value(u"errors"_s);
    if (inner.isUndefined() || inner.isNull())
        inner = o.value(u"error"_s);
    if (inner.isArray())
        inner = inner.toArray().first();
    if (inner.isString()) {
        e->vendorMessage = inner.toString();
    } else if (inner.isObject()) {
        const QJsonObject err = inner.toObject();
        e->vendorMessage = stringOf(err.value(u"message"_s));
        const QJsonValue payload = err.value(u"payload"_s);
        if (meaningful(payload))
            e->details = payload;
    }
}

// Cheetah: {"code": int, "name": str, "message": str}
void parseCheetah(const QJsonObject& o, ApiError* e) {
    e->vendorCode = codeText(o.value(u"code"_s));
    e->vendorName = stringOf(o.value(u"name"_s));
    e->vendorMessage = stringOf(o.value(u"message"_s));
    // OAuth (token endpoint) errors follow RFC 6749: {"error": "invalid_client", "error_description": "..."}
    if (e->vendorCode.isEmpty() && e->vendorMessage.isEmpty()) {
        e->vendorName = stringOf(o.value(u"error"_s));
        e->vendorMessage = stringOf(o.value(u"error_description"_s));
    }
}

// Trigg: {"code": "409", "message": str, "detailedErrorMessage": any (object, string or list)}
void parseTrigg(const QJsonObject& o, ApiError* e) {
    e->vendorCode = codeText(o.value(u"code"_s));
    e->vendorMessage = stringOf(o.value(u"message"_s));
    const QJsonValue detailed = o.value(u"detailedErrorMessage"_s);
    if (meaningful(detailed))
        e->details = detailed;
}

} // namespace

void parseVendorErrorBody(Vendor vendor, const QByteArray& body, ApiError* error) {
    if (!error || body.isEmpty() || body.size() > MaxErrorBodyBytes)
        return;
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('{'))
        return; // HTML error page, plain text, a bare array...: leave the vendor fields empty
    const std::optional<QJsonDocument> doc = parseJson(trimmed);
    if (!doc || !doc->isObject())
        return;
    const QJsonObject o = doc->object();
    switch (vendor) {
    case Vendor::TruCentive:
        parseTruCentive(o, error);
        break;
    case Vendor::Tremendous:
        parseTremendous(o, error);
        break;
    case Vendor::Cheetah:
        parseCheetah(o, error);
        break;
    case Vendor::Trigg:
        parseTrigg(o, error);
        break;
    }
}

} // namespace rd
