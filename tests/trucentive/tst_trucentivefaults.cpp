// trucentive::Client, trucentive::EnvelopeOpener and trucentive::Reconciler against rd::test::FaultServer over real
// HTTP on 127.0.0.1 (integration): the exact requests (method, path, query, headers, form body), the key only in the
// Authorization header, deliver never retried (exactly one POST) with the unknown-outcome advice, open retried on 503,
// sessions paging, callbacks bound to their context, the opener's outcomes and the reconciler's verdicts.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

#include "api/core/httptransport.h"
#include "api/core/paging.h"
#include "api/core/statickeyauthprovider.h"
#include "api/journal/journalentry.h"
#include "api/trucentive/envelopeopener.h"
#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"
#include "api/trucentive/trucentivereconciler.h"
#include "support/callonce.h"
#include "support/clientfaultharness.h"
#include "support/faultserver.h"
#include "support/testutil.h"
#include "trucentive/tcfixtures.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::trucentive;
using namespace rd::test;
using namespace std::chrono_literals;
namespace tc = rd::test::tc;

namespace {

constexpr char Key[] = "tc_canary_KEY_5e1d0b77";
const QString Base = u"/api/v1"_s;

QByteArray envelopeJson(const QString& state, const QJsonValue& openedAt = QJsonValue::Null) {
    QJsonObject o = QJsonDocument::fromJson(tc::Envelope).object();
    o.insert(u"state"_s, state);
    o.insert(u"opened_at"_s, openedAt);
    o.insert(u"expires_at"_s, u"2099-12-31T23:59:59.999Z"_s); // the doc's 2019 date has passed: not expired here
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray sessionsPage(int count, int page) {
    QJsonArray a;
    for (int i = 0; i < count; ++i)
        a.append(
            QJsonObject{{u"ip"_s, u"10.0.%1.%2"_s.arg(page).arg(i)}, {u"email"_s, u"user%1@example.com"_s.arg(i)}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

trucentive::DeliverRequest docDeliverRequest() {
    trucentive::DeliverRequest r;
    r.projectUuid = u"project-e6a53849-fb46-4abd-9f43-c88c58705a9d"_s;
    r.amount = u"5.00"_s;
    r.address = u"john.smith@test.com"_s;
    r.instrumentUuid = u"inst-d3c774ac-3f48-4dfc-bf76-af79d2e3433e"_s;
    r.firstName = u"John"_s;
    r.lastName = u"Smith"_s;
    r.customFields = {{u"custom_color"_s, u"periwinkle"_s}};
    return r;
}

JournalEntry entry(const QString& objectType, const QString& objectId, const QString& action) {
    JournalEntry e;
    e.id = u"entry-1"_s;
    e.accountId = u"acc-1"_s;
    e.accountLabel = u"TruCentive (test)"_s;
    e.vendor = Vendor::TruCentive;
    e.objectType = objectType;
    e.objectId = objectId;
    e.action = action;
    e.state = JournalState::Unknown;
    return e;
}

} // namespace

class TestTruCentiveFaults : public ClientFaultHarness {
    Q_OBJECT
public:
    TestTruCentiveFaults()
        : ClientFaultHarness({.vendor = Vendor::TruCentive,
                              .key = Key,
                              .authorization = QByteArray(Key), // raw key, no scheme
                              .basePath = Base,
                              .accountLabel = u"TruCentive (test)"_s,
                              .keyRejectedStatus = 403,
                              .errorBody = [](int status) { return errorBody(status); }}) {}

private:
    trucentive::Client* m_client = nullptr;

    static QByteArray errorBody(int status) {
        switch (status) {
        case 403:
            return R"({"error":"Access Denied","status":403})";
        case 404:
            return R"({"error":"Not Found","status":404})";
        case 429:
            return R"({"error":"Too Many Requests","status":429})";
        case 503:
            return R"({"error":"maintenance","status":503})";
        default:
            return R"({"error":"oops","status":500})";
        }
    }

    void createClient() override { m_client = new trucentive::Client(m_transport, endpoint(), this); }
    void destroyClient() override {
        delete m_client;
        m_client = nullptr;
    }
    void setClientTimeouts(std::chrono::milliseconds transfer, std::chrono::milliseconds deadline) override {
        m_client->setTimeouts(transfer, deadline);
    }
    // Deliver is the one action never retried (opening an envelope twice is harmless: RetrySafeAction).
    QList<ClientProbe> actionProbes() override {
        return {probe<trucentive::Queued>("POST", Base + u"/envelope/deliver"_s, [this](QObject* c, auto cb) {
            return m_client->deliver(docDeliverRequest(), c, cb);
        })};
    }
    ClientProbe lookupProbe() override {
        return probe<QList<trucentive::Project>>("GET", Base + u"/projects"_s,
                                                 [this](QObject* c, auto cb) { return m_client->projects(c, cb); });
    }
    QByteArray lookupAnswer() const override { return tc::Projects; }
    QString lookupWords(const ApiError& error) const override {
        return trucentive::apiErrorMessage(error, trucentive::Operation::Lookup, m_client->accountLabel());
    }

    // Every request the server saw carried the key only in the Authorization header.
    void verifyKeyOnlyInHeader() {
        verifyKeyOnlyInAuthorization();
        for (const RecordedRequest& r : m_server->requests()) {
            QVERIFY2(!r.rawTarget.toLower().contains("api_key"), r.rawTarget.constData());
            QVERIFY(!r.query.hasQueryItem(u"api_key"_s));
        }
    }

private Q_SLOTS:
    void lookupsSendTheDocumentedRequests() {
        m_server->on("GET", Base + u"/me"_s, FaultResponse::json(200, tc::Me));
        m_server->on("GET", Base + u"/projects"_s, FaultResponse::json(200, tc::Projects));
        m_server->on("GET", Base + u"/project/instruments"_s, FaultResponse::json(200, tc::Instruments));
        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(200, tc::Envelope));
        m_server->on("GET", Base + u"/envelopes/viewed"_s, FaultResponse::json(200, tc::Feed));
        m_server->on("GET", Base + u"/envelopes/opened"_s, FaultResponse::json(200, tc::Feed));
        m_server->on("GET", Base + u"/sessions"_s, FaultResponse::json(200, tc::Sessions));

        auto me = callOnce<trucentive::AccountInfo>([&](auto cb) { return m_client->me(this, cb); });
        QVERIFY(me && me->ok());
        QCOMPARE(me->value().email, u"john.smith@test.com"_s);

        auto projects = callOnce<QList<trucentive::Project>>([&](auto cb) { return m_client->projects(this, cb); });
        QVERIFY(projects && projects->ok());
        QCOMPARE(projects->value().first().maxValue.amountText(), u"30.25"_s);

        auto instruments = callOnce<QList<trucentive::Instrument>>(
            [&](auto cb) { return m_client->instruments(u"project-e6a53849"_s, this, cb); });
        QVERIFY(instruments && instruments->ok());
        QCOMPARE(m_server->lastRequest().queryValue(u"project_uuid"_s), QByteArray("project-e6a53849"));

        auto envelope = callOnce<trucentive::Envelope>(
            [&](auto cb) { return m_client->envelope(u"CDVLBYYIOPHLJVWYEF"_s, this, cb); });
        QVERIFY(envelope && envelope->ok());
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v1/envelope?envelope_uuid=CDVLBYYIOPHLJVWYEF"));

        envelope = callOnce<trucentive::Envelope>(
            [&](auto cb) { return m_client->envelope(u"CDVLBYYIOPHLJVWYEF"_s, true, true, this, cb); });
        QVERIFY(envelope && envelope->ok());
        QCOMPARE(m_server->lastRequest().queryValue(u"show_url"_s), QByteArray("true"));
        QCOMPARE(m_server->lastRequest().queryValue(u"redemption_url"_s), QByteArray("true"));

        auto viewed = callOnce<QList<trucentive::Envelope>>([&](auto cb) { return m_client->viewed(7200, this, cb); });
        QVERIFY(viewed && viewed->ok());
        QCOMPARE(viewed->value().size(), 1);
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v1/envelopes/viewed?since=7200"));

        auto opened = callOnce<QList<trucentive::Envelope>>([&](auto cb) { return m_client->opened(600, this, cb); });
        QVERIFY(opened && opened->ok());
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v1/envelopes/opened?since=600"));
        opened = callOnce<QList<trucentive::Envelope>>([&](auto cb) { return m_client->opened(0, this, cb); });
        QVERIFY(opened && opened->ok());
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v1/envelopes/opened")); // server default

        auto sessions = callOnce<QList<trucentive::Session>>([&](auto cb) { return m_client->sessions(2, this, cb); });
        QVERIFY(sessions && sessions->ok());
        QCOMPARE(sessions->value().size(), 2);
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v1/sessions?page=2"));

        for (const RecordedRequest& r : m_server->requests())
            QCOMPARE(r.method, QByteArray("GET"));
        verifyKeyOnlyInHeader();
    }

    void deliverSendsTheDocsFormFields() {
        m_server->on("POST", Base + u"/envelope/deliver"_s, FaultResponse::json(200, tc::Deliver));
        auto r =
            callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(docDeliverRequest(), this, cb); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().envelope->key(), u"CDVLBYYIOPHLJVWYEF"_s);
        QVERIFY(!r->value().requestId.isEmpty());
        const RecordedRequest req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.rawTarget, QByteArray("/api/v1/envelope/deliver")); // the HTTP line, not the curl's slip
        QVERIFY(req.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(req.body, trucentive::deliverFormBody(docDeliverRequest()));
        verifyKeyOnlyInHeader();
    }

    void openPostsToThePath() {
        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s, FaultResponse::json(200, tc::Open));
        auto r = callOnce<trucentive::Queued>(
            [&](auto cb) { return m_client->openEnvelope(u" CDVLBYYIOPHLJVWYEF "_s, this, cb); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().message, u"Envelope queued for opening"_s);
        QCOMPARE(m_server->count("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s), 1);
        verifyKeyOnlyInHeader();
    }

    void deliverIsNeverRetriedOnTimeout() {
        m_client->setTimeouts(300ms, 500ms);
        m_server->on("POST", Base + u"/envelope/deliver"_s, FaultResponse::hang());
        auto r =
            callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(docDeliverRequest(), this, cb); });
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->error().failure, FailureClass::Unknown);
        QVERIFY(r->error().action);
        QTest::qWait(700); // a retry would arrive here
        QCOMPARE(m_server->count("POST", Base + u"/envelope/deliver"_s), 1);
        const trucentive::ErrorText t =
            trucentive::errorText(r->error(), trucentive::Operation::Deliver, m_client->accountLabel());
        QCOMPARE(t.message, u"RewardDesk cannot tell whether the envelope was sent. Check the viewed/opened feeds or "
                            "look the envelope up before sending again."_s);
        QCOMPARE(t.suggestion, trucentive::ErrorText::Suggestion::CheckBeforeResend);
    }

    void deliverIsNeverRetriedOn503OrReset() {
        m_server->script("POST", Base + u"/envelope/deliver"_s,
                         {FaultResponse::json(503, R"({"error":"maintenance","status":503})"),
                          FaultResponse::json(200, tc::Deliver)});
        auto r =
            callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(docDeliverRequest(), this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().failure, FailureClass::Unknown);
        QCOMPARE(r->error().httpStatus, 503);
        QTest::qWait(200);
        QCOMPARE(m_server->count("POST", Base + u"/envelope/deliver"_s), 1);

        m_server->clearRecords();
        m_server->on("POST", Base + u"/envelope/deliver"_s, FaultResponse::resetConnection());
        r = callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(docDeliverRequest(), this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().failure, FailureClass::Unknown);
        QTest::qWait(200);
        QCOMPARE(m_server->count("POST", Base + u"/envelope/deliver"_s), 1);

        // An unreadable 2xx (the doc's own invalid example) is unknown too: it may have been sent.
        m_server->clearRecords();
        m_server->on("POST", Base + u"/envelope/deliver"_s, FaultResponse::json(200, tc::DeliverAsPrinted));
        r = callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(docDeliverRequest(), this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Parse);
        QCOMPARE(trucentive::errorText(r->error(), trucentive::Operation::Deliver).suggestion,
                 trucentive::ErrorText::Suggestion::CheckBeforeResend);
        QCOMPARE(m_server->count("POST", Base + u"/envelope/deliver"_s), 1);
    }

    void deliverRejections() {
        m_server->on("POST", Base + u"/envelope/deliver"_s, FaultResponse::json(400, tc::ErrorFunds));
        auto r =
            callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(docDeliverRequest(), this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().failure, FailureClass::Rejected);
        QVERIFY(trucentive::isInsufficientFunds(r->error()));
        QVERIFY(trucentive::apiErrorMessage(r->error(), trucentive::Operation::Deliver)
                    .startsWith(u"The project's funds are used up"_s));
        QCOMPARE(m_server->count("POST", Base + u"/envelope/deliver"_s), 1);

        // Invalid input never leaves the machine.
        m_server->clearRecords();
        trucentive::DeliverRequest bad = docDeliverRequest();
        bad.amount = u"5.555"_s;
        r = callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(bad, this, cb); });
        QVERIFY(r && !r->ok());
        QVERIFY(isRefusedLocally(r->error()));
        QVERIFY(r->error().isNotSent());
        QCOMPARE(m_server->totalCount(), 0);
    }

    void openIsRetriedOn503() {
        const QString path = Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s;
        m_server->script("POST", path,
                         {FaultResponse::json(503, R"({"error":"maintenance","status":503})"),
                          FaultResponse::json(503, R"({"error":"maintenance","status":503})"),
                          FaultResponse::json(200, tc::Open)});
        auto r = callOnce<trucentive::Queued>(
            [&](auto cb) { return m_client->openEnvelope(u"CDVLBYYIOPHLJVWYEF"_s, this, cb); });
        QVERIFY(r && r->ok());
        QCOMPARE(m_server->count("POST", path), 3);
    }

    void errorsInPlainWords() {
        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(404, R"({"error":"Not Found","status":404})"));
        auto r = callOnce<trucentive::Envelope>(
            [&](auto cb) { return m_client->envelope(u"ZZZZZZZZZZZZZZZZZZ"_s, this, cb); });
        QVERIFY(r && !r->ok());
        QVERIFY(trucentive::apiErrorMessage(r->error(), trucentive::Operation::EnvelopeLookup)
                    .startsWith(u"No envelope with that ID."_s));

        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s, FaultResponse::json(400, tc::ErrorLocked));
        auto o = callOnce<trucentive::Queued>(
            [&](auto cb) { return m_client->openEnvelope(u"CDVLBYYIOPHLJVWYEF"_s, this, cb); });
        QVERIFY(o && !o->ok());
        QCOMPARE(trucentive::apiErrorMessage(o->error(), trucentive::Operation::Open),
                 u"TruCentive could not open the envelope: Envelope cannot be opened because the envelope is locked. "
                 "Nothing was changed."_s);
        QCOMPARE(m_server->count("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s), 1); // a 400 is not retried

        m_server->on("GET", Base + u"/me"_s, FaultResponse::json(403, R"({"error":"Access Denied","status":403})"));
        auto me = callOnce<trucentive::AccountInfo>([&](auto cb) { return m_client->me(this, cb); });
        QVERIFY(me && !me->ok());
        const trucentive::ErrorText t =
            trucentive::errorText(me->error(), trucentive::Operation::Lookup, m_client->accountLabel());
        QCOMPARE(t.message, u"The API key for TruCentive (test) was rejected. Open File > Accounts to replace it."_s);
        QCOMPARE(t.suggestion, trucentive::ErrorText::Suggestion::OpenAccounts);

        // 429 with Retry-After is retried by the transport, then succeeds.
        m_server->script("GET", Base + u"/projects"_s,
                         {FaultResponse::tooManyRequests("0", R"({"error":"Too Many Requests","status":429})"),
                          FaultResponse::json(200, tc::Projects)});
        auto p = callOnce<QList<trucentive::Project>>([&](auto cb) { return m_client->projects(this, cb); });
        QVERIFY(p && p->ok());
        QCOMPARE(m_server->count("GET", Base + u"/projects"_s), 2);
    }

    void badIdsAreRefusedLocally() {
        for (const QString& id : {u""_s, u"../me"_s, u"A B"_s}) {
            auto o = callOnce<trucentive::Queued>([&](auto cb) { return m_client->openEnvelope(id, this, cb); });
            QVERIFY(o && !o->ok());
            QVERIFY(isRefusedLocally(o->error()));
            auto e = callOnce<trucentive::Envelope>([&](auto cb) { return m_client->envelope(id, this, cb); });
            QVERIFY(e && !e->ok());
            QVERIFY(isRefusedLocally(e->error()));
        }
        QCOMPARE(m_server->totalCount(), 0);
    }

    void noEndpointIsNotSent() {
        trucentive::Client client(m_transport,
                                  trucentive::Client::EndpointProvider([] { return std::optional<Endpoint>(); }));
        bool called = false;
        std::optional<ApiResult<trucentive::AccountInfo>> out;
        client.me(this, [&](ApiResult<trucentive::AccountInfo> r) {
            called = true;
            out.emplace(std::move(r));
        });
        QVERIFY(!called); // never from inside the call
        QVERIFY(waitFor([&] { return called; }, 2000));
        QCOMPARE(out->error().kind, ErrorKind::NoCredential);
        QVERIFY(out->error().isNotSent());
        QCOMPARE(m_server->totalCount(), 0);

        // The provider is asked per request: a key that appears later is used.
        std::optional<Endpoint> current;
        trucentive::Client late(m_transport, trucentive::Client::EndpointProvider([&] { return current; }));
        current = endpoint();
        m_server->on("GET", Base + u"/me"_s, FaultResponse::json(200, tc::Me));
        auto me = callOnce<trucentive::AccountInfo>([&](auto cb) { return late.me(this, cb); });
        QVERIFY(me && me->ok());
    }

    void contextAndCancel() {
        m_server->on("GET", Base + u"/envelopes/viewed"_s, FaultResponse::json(200, tc::Feed).withDelay(100));
        int calls = 0;
        {
            auto* context = new QObject;
            m_client->viewed(0, context, [&](ApiResult<QList<trucentive::Envelope>>) { ++calls; });
            delete context;
        }
        CallHandle h = m_client->viewed(0, this, [&](ApiResult<QList<trucentive::Envelope>>) { ++calls; });
        QVERIFY(h.isActive());
        h.cancel();
        QVERIFY(!h.isActive());
        QTest::qWait(400);
        QCOMPARE(calls, 0);
    }

    void bigFeedParsesInWorker() {
        QJsonObject one = QJsonDocument::fromJson(tc::Envelope).object();
        QJsonArray all;
        for (int i = 0; i < 3000; ++i) {
            one.insert(u"id"_s, u"ENV%1"_s.arg(i, 6, 10, QChar(u'0')));
            one.insert(u"uuid"_s, one.value(u"id"_s));
            all.append(one);
        }
        m_server->on("GET", Base + u"/envelopes/viewed"_s,
                     FaultResponse::json(200, QJsonDocument(all).toJson(QJsonDocument::Compact)));
        auto r = callOnce<QList<trucentive::Envelope>>([&](auto cb) { return m_client->viewed(3600, this, cb); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().size(), 3000);
        QCOMPARE(r->value().last().key(), u"ENV002999"_s);
    }

    void allSessionsWalksPages() {
        m_server->handle("GET", Base + u"/sessions"_s, [](const RecordedRequest& r) {
            const int page = r.queryValue(u"page"_s).toInt();
            const int count = page == 1 ? 3 : page == 2 ? 3 : page == 3 ? 1 : 0;
            return FaultResponse::json(200, sessionsPage(count, page));
        });
        auto r = callOnce<trucentive::SessionList>([&](auto cb) { return m_client->allSessions(this, cb); });
        QVERIFY(r && r->ok());
        QVERIFY(r->value().complete);
        QCOMPARE(r->value().sessions.size(), 7);
        QCOMPARE(m_server->count("GET", Base + u"/sessions"_s), 3); // a short page is the last
        QCOMPARE(m_server->requests().first().queryValue(u"page"_s), QByteArray("1"));

        // A server that ignores `page` repeats its page: the walk stops instead of looping.
        m_server->clearRecords();
        m_server->on("GET", Base + u"/sessions"_s, FaultResponse::json(200, sessionsPage(3, 1)));
        r = callOnce<trucentive::SessionList>([&](auto cb) { return m_client->allSessions(this, cb); });
        QVERIFY(r && r->ok());
        QVERIFY(!r->value().complete);
        QVERIFY(!r->value().stopReason.isEmpty());
        QCOMPARE(r->value().sessions.size(), 3);
        QCOMPARE(m_server->count("GET", Base + u"/sessions"_s), 2);

        // A failing page fails the walk.
        m_server->clearRecords();
        m_server->script("GET", Base + u"/sessions"_s,
                         {FaultResponse::json(200, sessionsPage(3, 1)),
                          FaultResponse::json(403, R"({"error":"Access Denied","status":403})")});
        r = callOnce<trucentive::SessionList>([&](auto cb) { return m_client->allSessions(this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Auth);
    }

    void sessionsPageForModels() {
        m_server->on("GET", Base + u"/sessions"_s, FaultResponse::json(200, tc::Sessions));
        Pager pager(PagingStyle::PageOnly, 50);
        auto r = callOnce<HttpResponse>([&](auto cb) { return m_client->sessionsPage(pager, this, cb); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().body, QByteArray(tc::Sessions));
        QCOMPARE(m_server->lastRequest().rawTarget, QByteArray("/api/v1/sessions?page=1"));
    }

    // ---- trucentive::EnvelopeOpener ----

    void openerReachesOpened() {
        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s, FaultResponse::json(200, tc::Open));
        int polls = 0;
        m_server->handle("GET", Base + u"/envelope"_s, [&polls](const RecordedRequest&) {
            ++polls;
            if (polls < 3)
                return FaultResponse::json(200, envelopeJson(u"delivered"_s));
            return FaultResponse::json(200, envelopeJson(u"opened"_s, u"2019-12-10T10:00:00Z"_s));
        });
        trucentive::EnvelopeOpener opener(m_client, u"CDVLBYYIOPHLJVWYEF"_s);
        opener.setOptions({.pollInterval = 20ms, .backoffFactor = 1.5, .maxPollInterval = 50ms, .timeLimit = 5000ms});
        QSignalSpy request(&opener, &trucentive::EnvelopeOpener::openRequestFinished);
        QSignalSpy progress(&opener, &trucentive::EnvelopeOpener::progress);
        QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
        opener.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(request.size(), 1);
        QCOMPARE(request.first().at(0).toBool(), true);
        QVERIFY(!request.first().at(2).toString().isEmpty()); // request id for the journal
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                 trucentive::EnvelopeOpener::Phase::Opened);
        QCOMPARE(opener.pollCount(), 3);
        QCOMPARE(polls, 3);
        QVERIFY(opener.lastEnvelope()->isOpened());
        // It showed "queued" before the result.
        bool queued = false;
        for (const auto& args : progress)
            queued = queued ||
                     args.at(0).value<trucentive::EnvelopeOpener::Phase>() == trucentive::EnvelopeOpener::Phase::Queued;
        QVERIFY(queued);
        QCOMPARE(m_server->count("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s), 1);
        QTest::qWait(100);
        QCOMPARE(polls, 3); // no polling after the end
    }

    void openerTimesOut() {
        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s, FaultResponse::json(200, tc::Open));
        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(200, envelopeJson(u"delivered"_s)));
        trucentive::EnvelopeOpener opener(m_client, u"CDVLBYYIOPHLJVWYEF"_s);
        opener.setOptions({.pollInterval = 30ms, .backoffFactor = 2.0, .maxPollInterval = 100ms, .timeLimit = 400ms});
        QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
        // What the watch had done when the limit ended it: the polls the server answered, and what was still on
        // the wire.
        int answeredAtEnd = -1;
        int inFlightAtEnd = -1;
        connect(&opener, &trucentive::EnvelopeOpener::finished, this, [&] {
            answeredAtEnd = m_server->count("GET", Base + u"/envelope"_s);
            inFlightAtEnd = m_transport->inFlight();
        });
        opener.start();
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                 trucentive::EnvelopeOpener::Phase::TimedOut);
        QVERIFY(finished.first().at(1).toString().contains(u"safe to retry"_s));
        // Not ended early: the open was answered and the envelope polled ("delivered") more than once before the
        // limit; a watch that gave up at once would have polled at most once.
        QCOMPARE(m_server->count("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s), 1);
        QVERIFY2(answeredAtEnd >= 2, qPrintable(QString::number(answeredAtEnd)));
        QVERIFY(opener.pollCount() >= 2);
        QVERIFY(opener.pollCount() <= 8); // backoff: 30, 60, 100, 100 ... within 400 ms
        QVERIFY(inFlightAtEnd <= 1);      // at most the poll the limit cut short
        QVERIFY(waitFor([&] { return m_transport->inFlight() == 0; }, 2000));
        const int polls = m_server->count("GET", Base + u"/envelope"_s);
        QTest::qWait(250);
        QCOMPARE(m_server->count("GET", Base + u"/envelope"_s), polls);
    }

    void openerRejectedIsFailedWithoutPolling() {
        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s, FaultResponse::json(400, tc::ErrorLocked));
        trucentive::EnvelopeOpener opener(m_client, u"CDVLBYYIOPHLJVWYEF"_s);
        opener.setOptions({.pollInterval = 20ms, .backoffFactor = 1.0, .maxPollInterval = 20ms, .timeLimit = 2000ms});
        QSignalSpy request(&opener, &trucentive::EnvelopeOpener::openRequestFinished);
        QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
        opener.start();
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                 trucentive::EnvelopeOpener::Phase::Failed);
        QVERIFY(finished.first().at(1).toString().contains(u"the envelope is locked"_s));
        QCOMPARE(request.first().at(0).toBool(), false);
        QCOMPARE(request.first().at(1).value<ApiError>().httpStatus, 400);
        QCOMPARE(m_server->count("GET", Base + u"/envelope"_s), 0);
    }

    void openerFailureAndUnknownStates() {
        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s, FaultResponse::json(200, tc::Open));
        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(200, envelopeJson(u"locked"_s)));
        {
            trucentive::EnvelopeOpener opener(m_client, u"CDVLBYYIOPHLJVWYEF"_s);
            opener.setOptions(
                {.pollInterval = 20ms, .backoffFactor = 1.0, .maxPollInterval = 20ms, .timeLimit = 2000ms});
            QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
            opener.start();
            QVERIFY(finished.wait(3000));
            QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                     trucentive::EnvelopeOpener::Phase::Failed);
            QVERIFY(finished.first().at(1).toString().contains(u"locked"_s));
        }
        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(200, envelopeJson(u"reticulating"_s)));
        {
            trucentive::EnvelopeOpener opener(m_client, u"CDVLBYYIOPHLJVWYEF"_s);
            opener.setOptions(
                {.pollInterval = 20ms, .backoffFactor = 1.0, .maxPollInterval = 20ms, .timeLimit = 2000ms});
            QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
            opener.start();
            QVERIFY(finished.wait(3000));
            // Never taken for success or failure: shown raw.
            QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                     trucentive::EnvelopeOpener::Phase::Changed);
            QVERIFY(finished.first().at(1).toString().contains(u"reticulating"_s));
        }
    }

    void openerExpiredEnvelopeFails() {
        // Accepted, then never opens because it is past expires_at: a failure, not a minute of polling.
        QJsonObject o = QJsonDocument::fromJson(envelopeJson(u"delivered"_s)).object();
        o.insert(u"expires_at"_s, u"2019-12-09T23:59:59.999Z"_s);
        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s, FaultResponse::json(200, tc::Open));
        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(200, QJsonDocument(o).toJson()));
        trucentive::EnvelopeOpener opener(m_client, u"CDVLBYYIOPHLJVWYEF"_s);
        opener.setOptions({.pollInterval = 20ms, .backoffFactor = 1.0, .maxPollInterval = 20ms, .timeLimit = 5000ms});
        QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
        opener.start();
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                 trucentive::EnvelopeOpener::Phase::Failed);
        QVERIFY(finished.first().at(1).toString().contains(u"expired on 2019-12-09"_s));
        QCOMPARE(opener.pollCount(), 1);
    }

    void openerUnknownOpenStillWatches() {
        // The POST keeps failing with 503 (retried, then Unknown); meanwhile the envelope opens: the watch sees it.
        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s,
                     FaultResponse::json(503, R"({"error":"maintenance","status":503})"));
        m_server->on("GET", Base + u"/envelope"_s,
                     FaultResponse::json(200, envelopeJson(u"opened"_s, u"2019-12-10T10:00:00Z"_s)));
        trucentive::EnvelopeOpener opener(m_client, u"CDVLBYYIOPHLJVWYEF"_s);
        opener.setOptions({.pollInterval = 20ms, .backoffFactor = 1.0, .maxPollInterval = 20ms, .timeLimit = 3000ms});
        QSignalSpy request(&opener, &trucentive::EnvelopeOpener::openRequestFinished);
        QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
        opener.start();
        QVERIFY(finished.wait(4000));
        QCOMPARE(request.size(), 1);
        QCOMPARE(request.first().at(0).toBool(), false);
        QVERIFY(request.first().at(1).value<ApiError>().isUnknown());
        QCOMPARE(m_server->count("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s), 3); // RetrySafeAction
        QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                 trucentive::EnvelopeOpener::Phase::Opened);
    }

    void openerCancel() {
        m_server->on("POST", Base + u"/envelopes/CDVLBYYIOPHLJVWYEF/open"_s, FaultResponse::json(200, tc::Open));
        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(200, envelopeJson(u"delivered"_s)));
        trucentive::EnvelopeOpener opener(m_client, u"CDVLBYYIOPHLJVWYEF"_s);
        opener.setOptions({.pollInterval = 20ms, .backoffFactor = 1.0, .maxPollInterval = 20ms, .timeLimit = 5000ms});
        QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
        opener.start();
        QVERIFY(waitFor([&] { return opener.pollCount() >= 2; }, 3000));
        opener.cancel();
        QCOMPARE(opener.phase(), trucentive::EnvelopeOpener::Phase::Cancelled);
        const int issued = opener.pollCount(); // the last one may still be on the wire
        QTest::qWait(150);
        QCOMPARE(opener.pollCount(), issued);
        QVERIFY(m_server->count("GET", Base + u"/envelope"_s) <= issued);
        QCOMPARE(finished.size(), 0);
    }

    // ---- trucentive::Reconciler ----

    void reconcilerVerdicts() {
        int resolved = 0;
        trucentive::Reconciler reconciler(m_transport, [&](const QString& accountId) -> std::optional<Endpoint> {
            ++resolved;
            if (accountId == u"acc-1")
                return endpoint();
            return std::nullopt;
        });
        auto verdict = [&](const JournalEntry& e) {
            std::optional<ReconcileResult> out;
            reconciler.reconcile(e, this, [&](const ReconcileResult& r) { out = r; });
            waitFor([&] { return out.has_value(); }, 5000);
            return out;
        };

        m_server->on("GET", Base + u"/envelope"_s,
                     FaultResponse::json(200, envelopeJson(u"opened"_s, u"2019-12-10T10:00:00Z"_s)));
        auto r = verdict(entry(u"envelope"_s, u"CDVLBYYIOPHLJVWYEF"_s, u"open"_s));
        QVERIFY(r);
        QCOMPARE(r->verdict, ReconcileResult::Applied);
        QCOMPARE(m_server->lastRequest().queryValue(u"envelope_uuid"_s), QByteArray("CDVLBYYIOPHLJVWYEF"));

        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(200, envelopeJson(u"approved"_s)));
        r = verdict(entry(u"envelope"_s, u"CDVLBYYIOPHLJVWYEF"_s, u"open"_s));
        QCOMPARE(r->verdict, ReconcileResult::NotApplied);
        QVERIFY(r->message.contains(u"Approved"_s));

        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(404, R"({"error":"Not Found","status":404})"));
        r = verdict(entry(u"envelope"_s, u"CDVLBYYIOPHLJVWYEF"_s, u"open"_s));
        QCOMPARE(r->verdict, ReconcileResult::NotApplied);

        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(500, R"({"error":"oops","status":500})"));
        r = verdict(entry(u"envelope"_s, u"CDVLBYYIOPHLJVWYEF"_s, u"open"_s));
        QCOMPARE(r->verdict, ReconcileResult::StillUnknown);

        // Deliver: no lookup by recipient; nothing is sent, never a second POST.
        m_server->clearRecords();
        r = verdict(
            entry(u"delivery"_s, trucentive::deliveryObjectId(u"project-1"_s, u"John.Smith@test.com"_s), u"deliver"_s));
        QCOMPARE(r->verdict, ReconcileResult::StillUnknown);
        QVERIFY(r->message.contains(u"viewed/opened feeds"_s));
        QCOMPARE(m_server->totalCount(), 0);

        // Deliver recorded against a known envelope id: read back.
        m_server->on("GET", Base + u"/envelope"_s, FaultResponse::json(200, envelopeJson(u"delivered"_s)));
        r = verdict(entry(u"envelope"_s, u"CDVLBYYIOPHLJVWYEF"_s, u"send"_s));
        QCOMPARE(r->verdict, ReconcileResult::Applied);
        QCOMPARE(m_server->count("GET", Base + u"/envelope"_s), 1);
        QCOMPARE(m_server->count("POST", Base + u"/envelope/deliver"_s), 0);

        // Account not ready.
        JournalEntry other = entry(u"envelope"_s, u"CDVLBYYIOPHLJVWYEF"_s, u"open"_s);
        other.accountId = u"acc-2"_s;
        r = verdict(other);
        QCOMPARE(r->verdict, ReconcileResult::StillUnknown);
    }
};

QTEST_GUILESS_MAIN(TestTruCentiveFaults)
#include "tst_trucentivefaults.moc"
