#include "api/trucentive/trucentivetypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include "api/core/jsonreader.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

// id and uuid carry the same value in the doc; each falls back to the other, one is required.
void readIds(JsonReader& r, QString* id, QString* uuid) {
    const qsizetype before = r.errors().size();
    const std::optional<QString> i = r.optionalId(u"id"_s);
    const std::optional<QString> u = r.optionalId(u"uuid"_s);
    if ((!i || i->isEmpty()) && (!u || u->isEmpty())) {
        if (r.errors().size() == before)
            r.fail(u"id"_s, u"missing (neither id nor uuid)"_s);
        return;
    }
    *id = i && !i->isEmpty() ? *i : *u;
    *uuid = u && !u->isEmpty() ? *u : *i;
}

Money readMoney(JsonReader& r, const QString& key) {
    Money m;
    m.currency = u"USD"_s;
    const qsizetype before = r.errors().size();
    m.decimal = r.money(key);
    if (r.errors().size() != before)
        return m;
    qint64 cents = 0;
    if (!decimalToMinorUnits(m.decimal, 2, &cents)) {
        r.fail(key, u"not an amount in dollars and cents (%1)"_s.arg(m.decimal));
        return m;
    }
    m.cents = cents;
    return m;
}

// A custom field value as text: strings as they are, other JSON values as their JSON text.
QString jsonValueText(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Null:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

std::optional<QJsonDocument> parseBody(const QByteArray& body, bool action, ApiError* error) {
    QString why;
    std::optional<QJsonDocument> doc = parseJson(body, &why);
    if (!doc)
        *error = parseError(Vendor::TruCentive, why, action);
    return doc;
}

// A bare top-level array of objects, each converted with `convert(object, where)`.
template <typename T, typename Convert>
ApiResult<QList<T>> parseArray(const QByteArray& body, const QString& name, Convert convert) {
    ApiError error;
    const std::optional<QJsonDocument> doc = parseBody(body, false, &error);
    if (!doc)
        return error;
    if (!doc->isArray())
        return parseError(Vendor::TruCentive, u"%1: expected a JSON array"_s.arg(name));
    std::optional<QList<T>> items = convertObjects<T>(doc->array(), name, Vendor::TruCentive, convert, &error);
    if (!items)
        return error;
    return std::move(*items);
}

} // namespace

EnvelopeState envelopeStateFromRaw(const QString& raw) {
    const QString s = raw.trimmed().toLower();
    if (s == u"delivered")
        return EnvelopeState::Delivered;
    if (s == u"approved")
        return EnvelopeState::Approved;
    if (s == u"viewed")
        return EnvelopeState::Viewed;
    if (s == u"opened" || s == u"open")
        return EnvelopeState::Opened;
    if (s == u"locked")
        return EnvelopeState::Locked;
    if (s == u"expired")
        return EnvelopeState::Expired;
    return EnvelopeState::Unknown;
}

QString envelopeStateDisplay(const QString& raw) {
    switch (envelopeStateFromRaw(raw)) {
    case EnvelopeState::Delivered:
        return QCoreApplication::translate("rd::TruCentiveTypes", "Delivered");
    case EnvelopeState::Approved:
        return QCoreApplication::translate("rd::TruCentiveTypes", "Approved");
    case EnvelopeState::Viewed:
        return QCoreApplication::translate("rd::TruCentiveTypes", "Viewed");
    case EnvelopeState::Opened:
        return QCoreApplication::translate("rd::TruCentiveTypes", "Opened");
    case EnvelopeState::Locked:
        return QCoreApplication::translate("rd::TruCentiveTypes", "Locked");
    case EnvelopeState::Expired:
        return QCoreApplication::translate("rd::TruCentiveTypes", "Expired");
    case EnvelopeState::Unknown:
        break;
    }
    const QString shown = raw.simplified().left(60);
    if (shown.isEmpty())
        return QCoreApplication::translate("rd::TruCentiveTypes", "unknown (missing)");
    return QCoreApplication::translate("rd::TruCentiveTypes", "unknown (%1)").arg(shown);
}

bool Envelope::canOpen(const QDateTime& now) const {
    switch (state) {
    case EnvelopeState::Delivered:
    case EnvelopeState::Approved:
    case EnvelopeState::Viewed:
        return !openedAt.has_value() && !key().isEmpty() && !hasExpired(now);
    case EnvelopeState::Opened:
    case EnvelopeState::Locked:
    case EnvelopeState::Expired:
    case EnvelopeState::Unknown:
        return false;
    }
    return false;
}

QJsonObject Envelope::maskedRaw() const {
    QJsonObject o = raw;
    const QString mask = QCoreApplication::translate("rd::TruCentiveTypes", "(hidden: redeemable link)");
    for (const QString& key : {u"url"_s, u"redemption_url"_s}) {
        if (o.contains(key) && !o.value(key).isNull())
            o.insert(key, mask);
    }
    return o;
}

// ---- objects ---------------------------------------------------------------------------------------------------

Project projectFromJson(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Project p;
    readIds(r, &p.id, &p.uuid);
    p.name = r.string(u"name"_s);
    p.description = r.optionalText(u"description"_s);
    p.accountUuid = r.optionalId(u"account_uuid"_s).value_or(QString());
    p.startsAt = r.utcDateTime(u"starts_at"_s);
    p.expiresAt = r.optionalUtcDateTime(u"expires_at"_s);
    p.createdAt = r.utcDateTime(u"created_at"_s);
    p.minValue = readMoney(r, u"min_instrument_value"_s);
    p.maxValue = readMoney(r, u"max_instrument_value"_s);
    {
        const qsizetype before = r.errors().size();
        const bool value = r.boolean(u"test_mode"_s);
        if (r.errors().size() == before)
            p.testMode = value;
    }
    if (auto fields = r.optionalArray(u"custom_fields"_s)) {
        for (qsizetype i = 0; i < fields->size(); ++i) {
            const QJsonValue v = fields->at(i);
            if (v.isString())
                p.customFields.append(v.toString());
            else
                r.fail(u"custom_fields[%1]"_s.arg(i), u"expected a string"_s);
        }
    }
    p.fieldErrors = r.errors();
    return p;
}

Instrument instrumentFromJson(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Instrument i;
    readIds(r, &i.id, &i.uuid);
    i.name = r.string(u"name"_s);
    i.description = r.optionalText(u"description"_s);
    i.fieldErrors = r.errors();
    return i;
}

Envelope envelopeFromJson(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Envelope e;
    e.raw = object;
    readIds(r, &e.id, &e.uuid);

    const QJsonArray addresses = r.array(u"addresses"_s);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        JsonReader a = r.element(addresses, u"addresses"_s, i);
        Address address;
        address.uuid = a.optionalId(u"uuid"_s).value_or(QString());
        address.formatRaw = a.string(u"format"_s);
        const QString f = address.formatRaw.trimmed().toLower();
        address.format = f == u"mailto" ? Address::Format::Mailto
                         : f == u"sms"  ? Address::Format::Sms
                                        : Address::Format::Unknown;
        address.deliveryAddress = a.string(u"delivery_address"_s);
        e.addresses.append(address);
    }

    if (auto project = r.optionalChild(u"project"_s)) {
        e.projectUuid = project->optionalId(u"uuid"_s).value_or(QString());
        if (e.projectUuid.isEmpty())
            e.projectUuid = project->optionalId(u"id"_s).value_or(QString());
        e.projectName = project->optionalString(u"name"_s).value_or(QString());
    } else if (!r.has(u"project"_s)) {
        r.fail(u"project"_s, u"missing"_s);
    }

    e.stateRaw = r.string(u"state"_s);
    e.state = envelopeStateFromRaw(e.stateRaw);
    e.deliveredAt = r.optionalUtcDateTime(u"delivered_at"_s);
    e.viewedAt = r.optionalUtcDateTime(u"viewed_at"_s);
    e.openedAt = r.optionalUtcDateTime(u"opened_at"_s);
    e.expiresAt = r.optionalUtcDateTime(u"expires_at"_s);
    if (r.has(u"test_mode"_s))
        e.testMode = r.optionalBoolean(u"test_mode"_s);
    else
        r.fail(u"test_mode"_s, u"missing"_s);

    if (auto fields = r.optionalObject(u"custom_fields"_s)) {
        for (auto it = fields->constBegin(); it != fields->constEnd(); ++it)
            e.customFields.append({it.key(), jsonValueText(it.value())});
    }
    e.url = r.optionalString(u"url"_s);
    e.redemptionUrl = r.optionalString(u"redemption_url"_s);
    e.fieldErrors = r.errors();
    return e;
}

Session sessionFromJson(const QJsonObject& object, const QString& where) {
    JsonReader r(object, where);
    Session s;
    s.ip = r.string(u"ip"_s);
    s.email = r.string(u"email"_s);
    s.fieldErrors = r.errors();
    return s;
}

// ---- bodies ----------------------------------------------------------------------------------------------------

ApiResult<AccountInfo> parseAccountInfo(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonDocument> doc = parseBody(body, false, &error);
    if (!doc)
        return error;
    if (!doc->isObject())
        return parseError(Vendor::TruCentive, u"me: expected a JSON object"_s);
    JsonReader r(doc->object(), u"me"_s);
    AccountInfo a;
    readIds(r, &a.id, &a.uuid);
    if (a.id.isEmpty() && a.uuid.isEmpty())
        return parseError(Vendor::TruCentive, r.errorSummary());
    a.email = r.string(u"email"_s);
    a.name = r.optionalText(u"name"_s);
    a.fieldErrors = r.errors();
    return a;
}

ApiResult<QList<Project>> parseProjects(const QByteArray& body) {
    return parseArray<Project>(body, u"projects"_s, &projectFromJson);
}

ApiResult<QList<Instrument>> parseInstruments(const QByteArray& body) {
    return parseArray<Instrument>(body, u"instruments"_s, &instrumentFromJson);
}

ApiResult<Envelope> parseEnvelope(const QByteArray& body) {
    ApiError error;
    const std::optional<QJsonDocument> doc = parseBody(body, false, &error);
    if (!doc)
        return error;
    if (!doc->isObject())
        return parseError(Vendor::TruCentive, u"envelope: expected a JSON object"_s);
    Envelope e = envelopeFromJson(doc->object(), u"envelope"_s);
    if (e.key().isEmpty())
        return parseError(Vendor::TruCentive, u"envelope: no id or uuid"_s);
    return e;
}

ApiResult<QList<Envelope>> parseEnvelopes(const QByteArray& body) {
    return parseArray<Envelope>(body, u"envelopes"_s, &envelopeFromJson);
}

ApiResult<QList<Session>> parseSessions(const QByteArray& body) {
    return parseArray<Session>(body, u"sessions"_s, &sessionFromJson);
}

ApiResult<Queued> parseQueued(const QByteArray& body, bool envelopeRequired, bool action) {
    ApiError error;
    const std::optional<QJsonDocument> doc = parseBody(body, action, &error);
    if (!doc)
        return error;
    if (!doc->isObject())
        return parseError(Vendor::TruCentive, u"expected a JSON object"_s, action);
    const QJsonObject root = doc->object();
    Queued q;
    q.message = root.value(u"message"_s).toString();
    const QJsonValue envelope = root.value(u"envelope"_s);
    if (envelope.isObject()) {
        Envelope e = envelopeFromJson(envelope.toObject(), u"envelope"_s);
        if (!e.key().isEmpty())
            q.envelope = std::move(e);
    }
    if (envelopeRequired && !q.envelope)
        return parseError(Vendor::TruCentive, u"answer without an envelope id"_s, action);
    return q;
}

// ---- deliver ---------------------------------------------------------------------------------------------------

QStringList validateDeliverRequest(const DeliverRequest& request, const Project* project) {
    QStringList problems;
    if (request.projectUuid.trimmed().isEmpty())
        problems << QCoreApplication::translate("rd::TruCentiveTypes", "Choose a project.");
    if (request.instrumentUuid.trimmed().isEmpty())
        problems << QCoreApplication::translate("rd::TruCentiveTypes", "Choose an instrument (the type of reward).");

    const QString amount = request.amount.trimmed();
    qint64 cents = 0;
    const bool fixed = project && project->isFixedValue();
    if (amount.isEmpty()) {
        problems << QCoreApplication::translate("rd::TruCentiveTypes",
                                                "Enter an amount in dollars and cents, for example 5.50.");
    } else if (!isDecimalString(amount) || amount.startsWith(u'+') || !decimalToMinorUnits(amount, 2, &cents)) {
        problems << QCoreApplication::translate("rd::TruCentiveTypes",
                                                "The amount must be in dollars and cents, for example 5.50.");
    } else if (cents <= 0) {
        problems << QCoreApplication::translate("rd::TruCentiveTypes", "The amount must be more than zero.");
    } else if (project && !fixed && project->minValue.valid() && project->maxValue.valid() &&
               (cents < *project->minValue.cents || cents > *project->maxValue.cents)) {
        problems << QCoreApplication::translate("rd::TruCentiveTypes",
                                                "The amount must be between %1 and %2 for this project.")
                        .arg(project->minValue.amountText(), project->maxValue.amountText());
    }

    const QString address = request.address.trimmed();
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression phone(u"^\\+?[0-9()./\\s-]+$"_s);
    if (address.isEmpty()) {
        problems << QCoreApplication::translate("rd::TruCentiveTypes",
                                                "Enter the recipient's e-mail address or phone number.");
    } else if (!email.match(address).hasMatch()) {
        qsizetype digits = 0;
        for (QChar c : address)
            digits += c.isDigit() ? 1 : 0;
        if (!phone.match(address).hasMatch() || digits < 7)
            problems << QCoreApplication::translate("rd::TruCentiveTypes",
                                                    "The recipient must be an e-mail address or a phone number.");
    }

    for (const auto& field : request.customFields) {
        if (field.first.trimmed().isEmpty()) {
            problems << QCoreApplication::translate("rd::TruCentiveTypes", "A custom field has no name.");
        } else if (project && !project->customFields.contains(field.first)) {
            problems << QCoreApplication::translate("rd::TruCentiveTypes",
                                                    "The project has no custom field named “%1”.")
                            .arg(field.first);
        }
    }
    return problems;
}

QByteArray deliverFormBody(const DeliverRequest& request) {
    QByteArray body;
    auto add = [&body](const QByteArray& encodedKey, const QString& value) {
        if (!body.isEmpty())
            body += '&';
        body += encodedKey + '=' + QUrl::toPercentEncoding(value);
    };
    auto key = [](const QString& name) { return QUrl::toPercentEncoding(name); };
    add("project_uuid", request.projectUuid.trimmed());
    add("amount", request.amount.trimmed());
    add("address", request.address.trimmed());
    add("instrument_uuid", request.instrumentUuid.trimmed());
    if (!request.firstName.trimmed().isEmpty())
        add("first_name", request.firstName.trimmed());
    if (!request.lastName.trimmed().isEmpty())
        add("last_name", request.lastName.trimmed());
    if (request.batchAllowed)
        add("batch_allowed", u"true"_s);
    for (const auto& field : request.customFields)
        add("custom_fields[" + key(field.first) + ']', field.second);
    return body;
}

} // namespace rd::trucentive
