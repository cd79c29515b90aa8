#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

#include "api/core/apiresult.h"
#include "api/core/money.h"

namespace rd::trucentive {

// TruCentive API v1 DTOs and their parsers (the vendor documentation (trucentive-api.txt), catalog.md sections 1
// and 6.1).
//
// Parsing rules (design.md section 2):
//  - Every parse function is pure and thread-safe (only its arguments are touched), so lists can be parsed in a
//    worker thread. JSON is read with core/jsonreader.h (depth cap, typed reads).
//  - A body that is not the documented shape (not JSON, not an object/array, an item that is not an object, an
//    envelope without an id) is an ApiResult error of kind Parse. Field problems inside an otherwise readable record
//    (a missing or mistyped amount, an impossible date such as the doc's own "2019-11-31T19:21:21.322Z") are kept in
//    the record's `fieldErrors` ("projects[0].starts_at: ...") and the field is left empty/invalid/nullopt: never a
//    silent 0, "" or default state. A record with field errors is still shown, with its errors.
//  - Unknown fields are ignored. IDs are strings (a numeric id becomes its decimal text). Dates are UTC QDateTimes
//    (ISO 8601 with Z or an offset, with or without milliseconds).
//  - The doc's `id` and `uuid` carry the same value; both are read, each falls back to the other, and at least one
//    is required.

// A money amount in US dollars ("Amount in dollars and cents", trucentive-api.txt:172); currency "USD" once read.
// GET /me
struct AccountInfo {
    QString id;   // "user-e6a53849-..."
    QString uuid; // same value as id in the doc
    QString email;
    QString name;
    QStringList fieldErrors;
};

// GET /projects
struct Project {
    QString id;
    QString uuid; // use this for project_uuid parameters
    QString name;
    QString description; // optional in practice; empty when absent
    QString accountUuid;
    QDateTime startsAt; // UTC; invalid (and a field error) when missing or impossible (the doc's 2019-11-31)
    std::optional<QDateTime> expiresAt; // null in the doc: no end
    QDateTime createdAt;                // UTC; invalid (and a field error) when missing or unreadable
    Money minValue;                     // min_instrument_value
    Money maxValue;                     // max_instrument_value
    std::optional<bool> testMode;       // nullopt (and a field error) when missing: never assumed to be live or test
    QStringList customFields;           // the names of the custom fields defined for the project ("custom_color")
    QStringList fieldErrors;

    // The doc says "If the project has a fixed value this parameter [amount] will be ignored" but never says how a
    // fixed value shows. Reading: a project whose min_instrument_value equals its max_instrument_value has a fixed
    // value (both must be valid amounts).
    bool isFixedValue() const { return minValue.valid() && maxValue.valid() && *minValue.cents == *maxValue.cents; }
};

// GET /project/instruments?project_uuid=
struct Instrument {
    QString id;
    QString uuid; // use this for instrument_uuid
    QString name;
    QString description;
    QStringList fieldErrors;
};

// One delivery address of an envelope.
struct Address {
    enum class Format { Mailto, Sms, Unknown };
    QString uuid; // "addr-..."
    Format format = Format::Unknown;
    QString formatRaw;       // as received ("mailto", "sms", or anything else, kept)
    QString deliveryAddress; // e-mail address or phone number (personal data: never logged)
};

// Envelope states. The doc shows only "delivered" and "approved" and implies an open and a locked condition
// (catalog.md 1.5, 6.1 #6): there is no documented list. The enum is for display and for deciding which actions a
// row allows; the raw string is always kept and an unrecognised one is shown as "unknown (value)", never mapped to
// a known state.
enum class EnvelopeState {
    Unknown,   // anything not below (the raw value is shown)
    Delivered, // "delivered" (doc)
    Approved,  // "approved" (doc)
    Viewed,    // "viewed" (the doc has a viewed feed and viewed_at; as a state value it is a guess)
    Opened,    // "opened" or "open" (the doc: "if ... envelope is open")
    Locked,    // "locked" (the doc: "the envelope is locked")
    Expired,   // "expired" (envelopes have expires_at)
};
EnvelopeState envelopeStateFromRaw(const QString& raw); // case-insensitive, trimmed
// "Delivered", "Approved", ... (translated); "unknown (value)" for an unrecognised value; "unknown (missing)" when
// the state was missing.
QString envelopeStateDisplay(const QString& raw);

// GET /envelope, the viewed/opened feeds, and the "envelope" of the deliver/open responses.
struct Envelope {
    QString id;   // "CDVLBYYIOPHLJVWYEF"
    QString uuid; // same value as id in the doc; use this for envelope_uuid / envelope_id
    QList<Address> addresses;
    QString projectUuid;
    QString projectName;
    QString stateRaw; // exactly as received (empty and a field error when missing)
    EnvelopeState state = EnvelopeState::Unknown;
    std::optional<QDateTime> deliveredAt; // UTC; null = not yet
    std::optional<QDateTime> viewedAt;
    std::optional<QDateTime> openedAt;
    std::optional<QDateTime> expiresAt;
    std::optional<bool> testMode;
    QList<QPair<QString, QString>> customFields; // name -> value, sorted by name (QJsonObject does not keep the
                                                 // order of the body); non-string values as their JSON text
    // MONEY: these links redeem the reward. Present only when asked for (show_url / redemption_url) and sent by the
    // vendor. Never log them, never put them in the journal; copy them only on an explicit request.
    std::optional<QString> url;
    std::optional<QString> redemptionUrl;
    QJsonObject raw; // the whole object as received (contains url/redemption_url: show maskedRaw() instead)
    QStringList fieldErrors;

    QString key() const { return uuid.isEmpty() ? id : uuid; }
    QString stateDisplay() const { return envelopeStateDisplay(stateRaw); }
    // Opened state or an opened_at time.
    bool isOpened() const { return state == EnvelopeState::Opened || openedAt.has_value(); }
    // Whether "Open envelope" makes sense: a known state that is not opened, locked or expired, and expires_at (if
    // any) not before `now`. Unknown states disable the action (design.md section 2).
    bool canOpen(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    bool hasExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const {
        return state == EnvelopeState::Expired || (expiresAt && *expiresAt < now);
    }
    // raw with url and redemption_url replaced by a mask, for the raw JSON view.
    QJsonObject maskedRaw() const;
};

// GET /sessions?page=
struct Session {
    QString ip;
    QString email;
    QStringList fieldErrors;
};

// Every sessions page, as walked by Client::allSessions().
struct SessionList {
    QList<Session> sessions;
    bool complete = true; // false: the walk stopped early (see stopReason); the list may be incomplete
    QString stopReason;   // translated, when !complete
};

// The 2xx answer of POST /envelope/deliver ("Envelope queued for delivery") and POST /envelopes/:id/open
// ("Envelope queued for opening").
struct Queued {
    QString message;                  // the vendor's message; empty if absent
    std::optional<Envelope> envelope; // always present for deliver (else a Parse error); may be absent for open
    QString requestId;                // RewardDesk's X-Request-Id of the call (for the journal)
};

// POST /envelope/deliver parameters (trucentive-api.txt:165-180).
struct DeliverRequest {
    QString projectUuid;       // required
    QString instrumentUuid;    // required
    QString amount;            // required, dollars and cents as typed: "5.50" (sent even for fixed-value projects:
                               // the doc marks it required and says the server then ignores it)
    QString address;           // required: e-mail address or phone number
    QString firstName;         // optional, omitted when empty
    QString lastName;          // optional, omitted when empty
    bool batchAllowed = false; // true: TruCentive does not deliver the e-mail; fetch the url with show_url instead.
                               // Sent as batch_allowed=true only when set (omitted otherwise)
    QList<QPair<QString, QString>> customFields; // sent as custom_fields[name]=value, in this order
};

// Translated problems with a deliver request, empty when it may be sent: required fields, an amount that is not
// dollars and cents (at most 2 decimals, above zero), an address that is neither an e-mail address nor a phone
// number, and, when the project is given, an amount outside its min/max (not checked for fixed-value projects,
// whose amount the server ignores) and custom fields the project does not define.
QStringList validateDeliverRequest(const DeliverRequest& request, const Project* project = nullptr);

// The application/x-www-form-urlencoded body for a deliver request. The doc's curl sends form fields (-d) and shows
// custom fields as custom_fields[custom_color]=periwinkle (trucentive-api.txt:116-123); a JSON body is never shown.
// So: form encoding, every value percent-encoded (UTF-8), the brackets of custom_fields[...] kept literal as curl
// sends them.
QByteArray deliverFormBody(const DeliverRequest& request);

// --- Parsers (pure, thread-safe) ---
ApiResult<AccountInfo> parseAccountInfo(const QByteArray& body);
ApiResult<QList<Project>> parseProjects(const QByteArray& body);
ApiResult<QList<Instrument>> parseInstruments(const QByteArray& body);
ApiResult<Envelope> parseEnvelope(const QByteArray& body);         // GET /envelope: the bare object
ApiResult<QList<Envelope>> parseEnvelopes(const QByteArray& body); // viewed/opened feeds: a bare array
ApiResult<QList<Session>> parseSessions(const QByteArray& body);   // one sessions page: a bare array
// {"message": ..., "envelope": {...}}. `envelopeRequired`: true for deliver (without the envelope the agent cannot
// tell what was sent, so it is a Parse error = Unknown outcome), false for open. `action` marks the Parse error as
// an action's (unknown outcome).
ApiResult<Queued> parseQueued(const QByteArray& body, bool envelopeRequired, bool action);

// One object each, for row schemas that read items themselves (e.g. a paged model's parse worker). `where` prefixes
// field errors ("sessions[3]").
Project projectFromJson(const QJsonObject& object, const QString& where = {});
Instrument instrumentFromJson(const QJsonObject& object, const QString& where = {});
Envelope envelopeFromJson(const QJsonObject& object, const QString& where = {});
Session sessionFromJson(const QJsonObject& object, const QString& where = {});

// --- Envelope IDs typed or pasted by an agent ---
struct EnvelopeIdInput {
    enum class Source { Bare, LinkQuery, LinkPath };
    QString id; // empty when nothing usable was found (see problem)
    Source source = Source::Bare;
    QString problem; // translated, when id is empty
    bool ok() const { return !id.isEmpty(); }
};
// Accepts, after trimming whitespace (also inner line breaks of a pasted value):
//  - a bare ID: 4 to 64 characters of A-Z a-z 0-9 _ - (the doc's example "CDVLBYYIOPHLJVWYEF" is 18 upper-case
//    letters; the exact format is undocumented, so any such token is passed on as typed, case kept);
//  - an http(s) link: the doc does not document any link format, so this is deliberately conservative. First a query
//    item named envelope_uuid, envelope_id, envelope or id whose value is a bare ID as above; otherwise the last
//    non-empty path segment if it looks like the doc's format: 8 to 64 upper-case letters and digits with at least
//    one letter (so "/redeem" or "/r/12345678" are not taken for an ID). Anything else is refused with a problem
//    text; two different IDs in one link are refused as ambiguous.
// The input may be a redemption link (money): this function never logs it.
EnvelopeIdInput parseEnvelopeIdInput(const QString& input);
bool looksLikeEnvelopeId(const QString& text); // the bare-ID rule above

} // namespace rd::trucentive

Q_DECLARE_METATYPE(rd::trucentive::Envelope)
