// TruCentive DTO parsing (unit): the doc's own examples (fixed up where the doc's JSON is invalid), its quirks
// (impossible dates, numeric ids, offsets), unknown states and formats kept, amounts never silently 0, the deliver
// form body, deliver validation and envelope-ID extraction from typed or pasted text.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include "api/trucentive/trucentivetypes.h"
#include "trucentive/tcfixtures.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::trucentive;
namespace tc = rd::test::tc;

namespace {

QDateTime utc(const char* iso) {
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return dt.toUTC();
}

bool anyContains(const QStringList& list, const QString& needle) {
    for (const QString& s : list) {
        if (s.contains(needle))
            return true;
    }
    return false;
}

QByteArray envelopeWith(const QString& key, const QJsonValue& value) {
    QJsonObject o = QJsonDocument::fromJson(tc::Envelope).object();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return QJsonDocument(o).toJson();
}

QByteArray projectWith(const QString& key, const QJsonValue& value) {
    QJsonObject o = QJsonDocument::fromJson(tc::Projects).array().at(0).toObject();
    o.insert(u"starts_at"_s, u"2019-11-30T19:21:21.322Z"_s); // a valid date, so only `key` can fail
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return QJsonDocument(QJsonArray{o}).toJson();
}

} // namespace

class TestTruCentiveParse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void account() {
        const ApiResult<trucentive::AccountInfo> r = trucentive::parseAccountInfo(tc::Me);
        QVERIFY(r.ok());
        QCOMPARE(r.value().id, u"user-e6a53849-fb46-4abd-9f43-c88c58705a9d"_s);
        QCOMPARE(r.value().uuid, r.value().id);
        QCOMPARE(r.value().email, u"john.smith@test.com"_s);
        QCOMPARE(r.value().name, u"John Smith"_s);
        QVERIFY(r.value().fieldErrors.isEmpty());
    }

    void accountAsPrintedIsInvalidJson() {
        // The doc's example has a trailing comma: Qt refuses it, and so do we (a Parse error, never a half value).
        const ApiResult<trucentive::AccountInfo> r = trucentive::parseAccountInfo(tc::MeAsPrinted);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Parse);
        QCOMPARE(r.error().failure, FailureClass::Unknown);
        QVERIFY(!r.error().technical.contains(u"john.smith"_s)); // the body never reaches the message
    }

    void projectsFromDoc() {
        const ApiResult<QList<trucentive::Project>> r = trucentive::parseProjects(tc::Projects);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        const trucentive::Project& p = r.value().first();
        QCOMPARE(p.uuid, u"project-e6a53849-fb46-4abd-9f43-c88c58705a9d"_s);
        QCOMPARE(p.id, p.uuid);
        QCOMPARE(p.name, u"Test Project"_s);
        QCOMPARE(p.description, u"This is a test project"_s);
        QCOMPARE(p.accountUuid, u"account-36d7d9e9-1ff9-4fd4-ad6f-991f0526f52c"_s);
        QVERIFY(!p.expiresAt.has_value());
        QCOMPARE(p.createdAt, utc("2019-11-25T21:44:54.911Z"));
        QCOMPARE(p.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(p.minValue.decimal, u"5"_s);
        QCOMPARE(p.minValue.cents, std::optional<qint64>(500));
        QCOMPARE(p.minValue.amountText(), u"5.00"_s);
        QCOMPARE(p.maxValue.decimal, u"30.25"_s);
        QCOMPARE(p.maxValue.cents, std::optional<qint64>(3025));
        QCOMPARE(p.maxValue.amountText(), u"30.25"_s);
        QVERIFY(!p.isFixedValue());
        QCOMPARE(p.testMode, std::optional<bool>(false));
        QCOMPARE(p.customFields, QStringList{u"custom_color"_s});
        // The doc's impossible starts_at (November 31st) is a field error, not a crash and not a rolled-over date.
        QVERIFY(!p.startsAt.isValid());
        QCOMPARE(p.fieldErrors.size(), 1);
        QVERIFY2(p.fieldErrors.first().startsWith(u"projects[0].starts_at"_s), qPrintable(p.fieldErrors.first()));
    }

    void projectAmounts_data() {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("number") << QJsonValue(30.25) << true << qint64(3025);
        QTest::newRow("integer") << QJsonValue(7) << true << qint64(700);
        QTest::newRow("string") << QJsonValue(u"5.50"_s) << true << qint64(550);
        QTest::newRow("tenth") << QJsonValue(0.1) << true << qint64(10);
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << qint64(0);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0);
        QTest::newRow("text") << QJsonValue(u"lots"_s) << false << qint64(0);
        QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
        QTest::newRow("sub-cent") << QJsonValue(0.001) << false << qint64(0);
        QTest::newRow("exponent") << QJsonValue(1e30) << false << qint64(0);
    }
    void projectAmounts() {
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const ApiResult<QList<trucentive::Project>> r =
            trucentive::parseProjects(projectWith(u"max_instrument_value"_s, value));
        QVERIFY(r.ok());
        const trucentive::Project& p = r.value().first();
        QCOMPARE(p.maxValue.valid(), valid);
        if (valid) {
            QCOMPARE(*p.maxValue.cents, cents);
            QVERIFY(p.fieldErrors.isEmpty());
        } else {
            // Never a silent 0: no cents, no display, and a field error that names the field.
            QVERIFY(!p.maxValue.cents.has_value());
            QVERIFY(p.maxValue.amountText().isEmpty());
            QVERIFY2(anyContains(p.fieldErrors, u"max_instrument_value"_s), qPrintable(p.fieldErrors.join(u"; ")));
            QVERIFY(!p.isFixedValue());
        }
        QCOMPARE(p.minValue.cents, std::optional<qint64>(500)); // the other field is untouched
    }

    void projectFixedValue() {
        const ApiResult<QList<trucentive::Project>> r =
            trucentive::parseProjects(projectWith(u"max_instrument_value"_s, 5));
        QVERIFY(r.ok());
        QVERIFY(r.value().first().isFixedValue());
    }

    void projectQuirks() {
        // Numeric ids become strings; dates with offsets become UTC; missing test_mode is an error, not "live".
        QJsonObject o = QJsonDocument::fromJson(tc::Projects).array().at(0).toObject();
        o.insert(u"id"_s, 1234);
        o.remove(u"uuid"_s);
        o.insert(u"starts_at"_s, u"2019-12-09T18:59:59-05:00"_s);
        o.insert(u"expires_at"_s, u"2020-01-01T00:00:00Z"_s);
        o.remove(u"test_mode"_s);
        const ApiResult<QList<trucentive::Project>> r =
            trucentive::parseProjects(QJsonDocument(QJsonArray{o}).toJson());
        QVERIFY(r.ok());
        const trucentive::Project& p = r.value().first();
        QCOMPARE(p.id, u"1234"_s);
        QCOMPARE(p.uuid, u"1234"_s);
        QCOMPARE(p.startsAt, utc("2019-12-09T23:59:59Z"));
        QCOMPARE(p.startsAt.timeSpec(), Qt::UTC);
        QCOMPARE(p.expiresAt, std::optional<QDateTime>(utc("2020-01-01T00:00:00Z")));
        QVERIFY(!p.testMode.has_value());
        QVERIFY(anyContains(p.fieldErrors, u"test_mode"_s));
    }

    void listShapes() {
        QCOMPARE(trucentive::parseProjects(R"({"projects":[]})").error().kind, ErrorKind::Parse); // object, not array
        QCOMPARE(trucentive::parseProjects(R"([1])").error().kind, ErrorKind::Parse);             // item not an object
        QVERIFY(trucentive::parseProjects("[]").ok());
        QCOMPARE(trucentive::parseProjects("<html>502</html>").error().kind, ErrorKind::Parse);
        QCOMPARE(trucentive::parseProjects("").error().kind, ErrorKind::Parse);
        // Nesting deeper than the cap is refused before QJsonDocument sees it.
        const QByteArray deep = QByteArray(200, '[') + QByteArray(200, ']');
        const auto r = trucentive::parseEnvelopes(deep);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().technical.contains(u"nested"_s), qPrintable(r.error().technical));
    }

    void instruments() {
        const ApiResult<QList<trucentive::Instrument>> r = trucentive::parseInstruments(tc::Instruments);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value().first().uuid, u"inst-d3c774ac-3f48-4dfc-bf76-af79d2e3433e"_s);
        QCOMPARE(r.value().first().name, u"Target Gift Card"_s);
        QCOMPARE(r.value().first().description, u"Target Gift Card in any value"_s);
        QVERIFY(r.value().first().fieldErrors.isEmpty());
    }

    void envelopeFromDoc() {
        const ApiResult<trucentive::Envelope> r = trucentive::parseEnvelope(tc::Envelope);
        QVERIFY(r.ok());
        const trucentive::Envelope& e = r.value();
        QCOMPARE(e.key(), u"CDVLBYYIOPHLJVWYEF"_s);
        QCOMPARE(e.addresses.size(), 2);
        QCOMPARE(e.addresses[0].format, trucentive::Address::Format::Mailto);
        QCOMPARE(e.addresses[0].deliveryAddress, u"john.smith@test.com"_s);
        QCOMPARE(e.addresses[0].uuid, u"addr-9d2db7c4-0351-47c7-9d43-330641f4be3f"_s);
        QCOMPARE(e.addresses[1].format, trucentive::Address::Format::Sms);
        QCOMPARE(e.addresses[1].deliveryAddress, u"261-123-1231"_s);
        QCOMPARE(e.projectUuid, u"project-2690d664-5199-4fe0-a37c-6f3cc339d882"_s);
        QCOMPARE(e.projectName, u"Test Project"_s);
        QCOMPARE(e.stateRaw, u"approved"_s);
        QCOMPARE(e.state, trucentive::EnvelopeState::Approved);
        QCOMPARE(e.stateDisplay(), u"Approved"_s);
        QCOMPARE(e.deliveredAt, std::optional<QDateTime>(utc("2019-12-09T23:59:59.999Z")));
        QCOMPARE(e.viewedAt, std::optional<QDateTime>(utc("2019-12-09T23:59:59.999Z")));
        QVERIFY(!e.openedAt.has_value());
        QCOMPARE(e.expiresAt, std::optional<QDateTime>(utc("2019-12-09T23:59:59.999Z")));
        QCOMPARE(e.testMode, std::optional<bool>(false));
        QVERIFY(e.customFields.isEmpty());
        QVERIFY(!e.url && !e.redemptionUrl);
        QVERIFY(e.fieldErrors.isEmpty());
        QVERIFY(!e.isOpened());
        QVERIFY(e.canOpen(utc("2019-12-01T00:00:00Z")));
        QVERIFY(!e.canOpen(utc("2019-12-10T00:00:00Z"))); // past expires_at
        QVERIFY(e.hasExpired(utc("2019-12-10T00:00:00Z")));
        QCOMPARE(e.raw.value(u"state"_s).toString(), u"approved"_s);
    }

    void unknownStateKept() {
        const ApiResult<trucentive::Envelope> r = trucentive::parseEnvelope(envelopeWith(u"state"_s, u"frobnicated"_s));
        QVERIFY(r.ok());
        QCOMPARE(r.value().stateRaw, u"frobnicated"_s);
        QCOMPARE(r.value().state, trucentive::EnvelopeState::Unknown);
        QCOMPARE(r.value().stateDisplay(), u"unknown (frobnicated)"_s);
        QVERIFY(!r.value().canOpen(utc("2019-12-01T00:00:00Z"))); // unknown states disable actions
        QVERIFY(r.value().fieldErrors.isEmpty());

        // Known states, case-insensitively; "open" is the doc's adjective ("if ... envelope is open").
        QCOMPARE(trucentive::envelopeStateFromRaw(u"Delivered"_s), trucentive::EnvelopeState::Delivered);
        QCOMPARE(trucentive::envelopeStateFromRaw(u"open"_s), trucentive::EnvelopeState::Opened);
        QCOMPARE(trucentive::envelopeStateFromRaw(u"opened"_s), trucentive::EnvelopeState::Opened);
        QCOMPARE(trucentive::envelopeStateFromRaw(u"locked"_s), trucentive::EnvelopeState::Locked);
        QCOMPARE(trucentive::envelopeStateFromRaw(u"opening"_s), trucentive::EnvelopeState::Unknown);
        QCOMPARE(trucentive::envelopeStateDisplay(u"opening"_s), u"unknown (opening)"_s);
    }

    void missingStateIsAFieldError() {
        const ApiResult<trucentive::Envelope> r =
            trucentive::parseEnvelope(envelopeWith(u"state"_s, QJsonValue::Undefined));
        QVERIFY(r.ok());
        QVERIFY(r.value().stateRaw.isEmpty());
        QCOMPARE(r.value().state, trucentive::EnvelopeState::Unknown);
        QCOMPARE(r.value().stateDisplay(), u"unknown (missing)"_s);
        QVERIFY(anyContains(r.value().fieldErrors, u"envelope.state"_s));
        QVERIFY(!r.value().canOpen());
    }

    void unknownAddressFormatKept() {
        QJsonArray addresses{QJsonObject{
            {u"uuid"_s, u"addr-1"_s}, {u"format"_s, u"whatsapp"_s}, {u"delivery_address"_s, u"+4712345678"_s}}};
        const ApiResult<trucentive::Envelope> r = trucentive::parseEnvelope(envelopeWith(u"addresses"_s, addresses));
        QVERIFY(r.ok());
        QCOMPARE(r.value().addresses.size(), 1);
        QCOMPARE(r.value().addresses[0].format, trucentive::Address::Format::Unknown);
        QCOMPARE(r.value().addresses[0].formatRaw, u"whatsapp"_s);
    }

    void invalidDateIsAFieldError() {
        const ApiResult<trucentive::Envelope> r =
            trucentive::parseEnvelope(envelopeWith(u"expires_at"_s, u"2019-11-31T19:21:21.322Z"_s));
        QVERIFY(r.ok());
        QVERIFY(!r.value().expiresAt.has_value());
        QVERIFY(anyContains(r.value().fieldErrors, u"envelope.expires_at"_s));
        const ApiResult<trucentive::Envelope> typed =
            trucentive::parseEnvelope(envelopeWith(u"opened_at"_s, 1575935999));
        QVERIFY(typed.ok());
        QVERIFY(anyContains(typed.value().fieldErrors, u"envelope.opened_at"_s));
    }

    void envelopeWithoutIdIsNotAnEnvelope() {
        QJsonObject o = QJsonDocument::fromJson(tc::Envelope).object();
        o.remove(u"id"_s);
        o.remove(u"uuid"_s);
        const ApiResult<trucentive::Envelope> r = trucentive::parseEnvelope(QJsonDocument(o).toJson());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Parse);
        QCOMPARE(trucentive::parseEnvelope("[]").error().kind, ErrorKind::Parse);
    }

    void urlsAreMaskedInRaw() {
        QJsonObject o = QJsonDocument::fromJson(tc::Envelope).object();
        o.insert(u"url"_s, u"https://app.trucentive.com/e/CDVLBYYIOPHLJVWYEF?t=secret1"_s);
        o.insert(u"redemption_url"_s, u"https://target.example/redeem?code=secret2"_s);
        const ApiResult<trucentive::Envelope> r = trucentive::parseEnvelope(QJsonDocument(o).toJson());
        QVERIFY(r.ok());
        QCOMPARE(r.value().url, std::optional<QString>(o.value(u"url"_s).toString()));
        QCOMPARE(r.value().redemptionUrl, std::optional<QString>(o.value(u"redemption_url"_s).toString()));
        const QByteArray masked = QJsonDocument(r.value().maskedRaw()).toJson();
        QVERIFY(!masked.contains("secret1"));
        QVERIFY(!masked.contains("secret2"));
        QVERIFY(masked.contains("CDVLBYYIOPHLJVWYEF"));
    }

    void deliverAnswer() {
        const ApiResult<trucentive::Queued> r = trucentive::parseQueued(tc::Deliver, true, true);
        QVERIFY(r.ok());
        QCOMPARE(r.value().message, u"Envelope queued for delivery"_s);
        QVERIFY(r.value().envelope.has_value());
        const trucentive::Envelope& e = *r.value().envelope;
        QCOMPARE(e.key(), u"CDVLBYYIOPHLJVWYEF"_s);
        QCOMPARE(e.stateRaw, u"delivered"_s);
        QVERIFY(!e.deliveredAt.has_value()); // the doc's "delivered" with delivered_at null: kept as sent
        QCOMPARE(e.customFields.size(), 1);
        QCOMPARE(e.customFields[0].first, u"custom_color"_s);
        QCOMPARE(e.customFields[0].second, u"periwinkle"_s);
        QVERIFY(e.fieldErrors.isEmpty());
    }

    void deliverAnswerAsPrintedIsUnknownOutcome() {
        // A 2xx whose body cannot be read: the envelope may have been sent, so this is Unknown for an action.
        const ApiResult<trucentive::Queued> r = trucentive::parseQueued(tc::DeliverAsPrinted, true, true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Parse);
        QCOMPARE(r.error().failure, FailureClass::Unknown);
        QVERIFY(r.error().action);
        // A deliver answer without an envelope is not enough to tell what was sent.
        QVERIFY(!trucentive::parseQueued(R"({"message":"Envelope queued for delivery"})", true, true).ok());
        // An open answer may lack it.
        const ApiResult<trucentive::Queued> open =
            trucentive::parseQueued(R"({"message":"Envelope queued for opening"})", false, true);
        QVERIFY(open.ok());
        QVERIFY(!open.value().envelope.has_value());
    }

    void openAnswer() {
        const ApiResult<trucentive::Queued> r = trucentive::parseQueued(tc::Open, false, true);
        QVERIFY(r.ok());
        QCOMPARE(r.value().message, u"Envelope queued for opening"_s);
        QCOMPARE(r.value().envelope->deliveredAt, std::optional<QDateTime>(utc("2019-11-09T23:59:59.999Z")));
    }

    void feed() {
        const ApiResult<QList<trucentive::Envelope>> r = trucentive::parseEnvelopes(tc::Feed);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value().first().key(), u"CDVLBYYIOPHLJVWYEF"_s);
        QVERIFY(r.value().first().fieldErrors.isEmpty());
    }

    void sessions() {
        const ApiResult<QList<trucentive::Session>> r = trucentive::parseSessions(tc::Sessions);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 2);
        QCOMPARE(r.value()[0].ip, u"10.10.10.10"_s);
        QCOMPARE(r.value()[0].email, u"sergey@google.com"_s);
        QCOMPARE(r.value()[1].email, u"larry@google.com"_s);
        const ApiResult<QList<trucentive::Session>> bad = trucentive::parseSessions(R"([{"ip": 10}])");
        QVERIFY(bad.ok());
        QCOMPARE(bad.value().first().fieldErrors.size(), 2); // ip mistyped, email missing
    }

    void deliverFormBody() {
        // The doc's curl example (trucentive-api.txt:116-123), field for field.
        trucentive::DeliverRequest req;
        req.projectUuid = u"project-e6a53849-fb46-4abd-9f43-c88c58705a9d"_s;
        req.amount = u"5.00"_s;
        req.address = u"john.smith@test.com"_s;
        req.instrumentUuid = u"inst-d3c774ac-3f48-4dfc-bf76-af79d2e3433e"_s;
        req.firstName = u"John"_s;
        req.lastName = u"Smith"_s;
        req.customFields = {{u"custom_color"_s, u"periwinkle"_s}};
        QCOMPARE(trucentive::deliverFormBody(req),
                 QByteArray("project_uuid=project-e6a53849-fb46-4abd-9f43-c88c58705a9d&amount=5.00"
                            "&address=john.smith%40test.com&instrument_uuid=inst-d3c774ac-3f48-4dfc-bf76-af79d2e3433e"
                            "&first_name=John&last_name=Smith&custom_fields[custom_color]=periwinkle"));

        // Reserved characters are encoded; a form decoder gets the values back exactly.
        req.firstName = u"Jo & Ann"_s;
        req.lastName.clear();
        req.batchAllowed = true;
        req.customFields = {{u"note"_s, u"a+b=c&d ü"_s}};
        const QByteArray body = trucentive::deliverFormBody(req);
        QVERIFY(!body.contains("last_name"));
        QVERIFY(body.contains("batch_allowed=true"));
        QVERIFY(body.contains("custom_fields[note]="));
        const QUrlQuery decoded(QString::fromLatin1(body));
        QCOMPARE(decoded.queryItemValue(u"first_name"_s, QUrl::FullyDecoded), u"Jo & Ann"_s);
        QCOMPARE(decoded.queryItemValue(u"custom_fields[note]"_s, QUrl::FullyDecoded), u"a+b=c&d ü"_s);
    }

    void validateDeliver() {
        trucentive::DeliverRequest req;
        req.projectUuid = u"p"_s;
        req.instrumentUuid = u"i"_s;
        req.amount = u"5.50"_s;
        req.address = u"john.smith@test.com"_s;
        QVERIFY(trucentive::validateDeliverRequest(req).isEmpty());
        req.address = u"261-123-1231"_s;
        QVERIFY(trucentive::validateDeliverRequest(req).isEmpty());

        for (const QString& bad : {u""_s, u"5.555"_s, u"-1"_s, u"0"_s, u"abc"_s, u"1e3"_s, u"+5"_s}) {
            req.amount = bad;
            QVERIFY2(trucentive::validateDeliverRequest(req).size() == 1, qPrintable(bad));
        }
        req.amount = u"5.5"_s;
        for (const QString& bad : {u""_s, u"john"_s, u"12"_s}) {
            req.address = bad;
            QVERIFY2(trucentive::validateDeliverRequest(req).size() == 1, qPrintable(bad));
        }
        req.address = u"john.smith@test.com"_s;
        QVERIFY(trucentive::validateDeliverRequest(trucentive::DeliverRequest{}).size() >= 4);

        // Against the project: range (not for fixed value) and custom field names.
        const trucentive::Project project =
            trucentive::parseProjects(tc::Projects).value().first(); // 5.00 .. 30.25, custom_color
        req.amount = u"30.26"_s;
        QCOMPARE(trucentive::validateDeliverRequest(req, &project).size(), 1);
        QVERIFY(trucentive::validateDeliverRequest(req, &project).first().contains(u"30.25"_s));
        req.amount = u"30.25"_s;
        QVERIFY(trucentive::validateDeliverRequest(req, &project).isEmpty());
        req.customFields = {{u"custom_size"_s, u"large"_s}};
        QCOMPARE(trucentive::validateDeliverRequest(req, &project).size(), 1);
        req.customFields = {{u"custom_color"_s, u"periwinkle"_s}};
        QVERIFY(trucentive::validateDeliverRequest(req, &project).isEmpty());
        trucentive::Project fixed = project;
        fixed.maxValue = fixed.minValue;
        req.amount = u"99.00"_s; // ignored by the server for fixed-value projects
        QVERIFY(trucentive::validateDeliverRequest(req, &fixed).isEmpty());
    }

    void envelopeIdInput_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("source"); // -1: refused
        const int bare = int(trucentive::EnvelopeIdInput::Source::Bare);
        const int query = int(trucentive::EnvelopeIdInput::Source::LinkQuery);
        const int path = int(trucentive::EnvelopeIdInput::Source::LinkPath);
        QTest::newRow("bare") << u"CDVLBYYIOPHLJVWYEF"_s << u"CDVLBYYIOPHLJVWYEF"_s << bare;
        QTest::newRow("whitespace") << u"  CDVLBYYIOPHLJVWYEF \n"_s << u"CDVLBYYIOPHLJVWYEF"_s << bare;
        QTest::newRow("lower kept") << u"cdvlbyyiophljvwyef"_s << u"cdvlbyyiophljvwyef"_s << bare;
        QTest::newRow("query uuid") << u"https://app.trucentive.com/envelope?envelope_uuid=CDVLBYYIOPHLJVWYEF"_s
                                    << u"CDVLBYYIOPHLJVWYEF"_s << query;
        QTest::newRow("query id") << u"https://app.trucentive.com/redeem?id=CDVLBYYIOPHLJVWYEF&t=x"_s
                                  << u"CDVLBYYIOPHLJVWYEF"_s << query;
        QTest::newRow("path") << u"https://app.trucentive.com/e/CDVLBYYIOPHLJVWYEF/"_s << u"CDVLBYYIOPHLJVWYEF"_s
                              << path;
        QTest::newRow("path+same query") << u"https://x.com/e/CDVLBYYIOPHLJVWYEF?envelope=CDVLBYYIOPHLJVWYEF"_s
                                         << u"CDVLBYYIOPHLJVWYEF"_s << query;
        QTest::newRow("broken across lines")
            << u"https://app.trucentive.com/e/CDVLBYYIO\nPHLJVWYEF"_s << u"CDVLBYYIOPHLJVWYEF"_s << path;
        QTest::newRow("word segment") << u"https://app.trucentive.com/redeem"_s << QString() << -1;
        QTest::newRow("digits only segment") << u"https://app.trucentive.com/r/12345678"_s << QString() << -1;
        QTest::newRow("ambiguous") << u"https://x.com/e/CDVLBYYIOPHLJVWYEF?id=ABCDEFGHIJKLMNOPQR"_s << QString() << -1;
        QTest::newRow("not http") << u"ftp://x.com/CDVLBYYIOPHLJVWYEF"_s << QString() << -1;
        QTest::newRow("punctuation") << u"CDVL/BYY"_s << QString() << -1;
        QTest::newRow("too short") << u"AB"_s << QString() << -1;
        QTest::newRow("empty") << u"   "_s << QString() << -1;
        QTest::newRow("a sentence is not an id") << u"my gift never arrived"_s << QString() << -1;
    }
    void envelopeIdInput() {
        QFETCH(QString, input);
        QFETCH(QString, id);
        QFETCH(int, source);
        const trucentive::EnvelopeIdInput r = trucentive::parseEnvelopeIdInput(input);
        QCOMPARE(r.id, id);
        QCOMPARE(r.ok(), source >= 0);
        if (source >= 0) {
            QCOMPARE(int(r.source), source);
        } else {
            QVERIFY(!r.problem.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTruCentiveParse)
#include "tst_trucentiveparse.moc"
