// trucentive::Client against the built-in sandbox over real HTTP on 127.0.0.1 (integration, design.md section 7). The
// sandbox is written from the vendor doc independently of the client, so every endpoint here is a cross-check of two
// readings: me, projects, instruments, deliver, envelope (with show_url), open + watching it open, the viewed and
// opened feeds, sessions (one page and the whole walk), and the documented errors (403 wrong key, 404 unknown
// envelope, 400 locked open, 400 "Exceeds available funds"). Test data is found through the API itself, except the
// special cases (a locked, an expired envelope, a low-balance project), which come from the sandbox's documented
// sample keys (SandboxTruCentive::samples).
// The exact request shapes (key only in the Authorization header, never ?api_key=) are asserted byte for byte against
// FaultServer in tst_trucentivefaults.
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "api/sandbox/sandboxserver.h"
#include "api/sandbox/sandboxtrucentive.h"
#include "api/trucentive/envelopeopener.h"
#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"
#include "support/callonce.h"
#include "support/sandboxclientharness.h"
#include "support/testutil.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::trucentive;
using namespace rd::test;
using namespace std::chrono_literals;

namespace {

constexpr int LongAgo = 10 * 365 * 24 * 3600; // `since` covering any sample data

} // namespace

class TestTruCentiveClient : public SandboxClientHarness {
    Q_OBJECT
public:
    TestTruCentiveClient()
        : SandboxClientHarness({.vendor = Vendor::TruCentive,
                                .seed = 7,
                                .size = 40,
                                .accountLabel = u"TruCentive (demo)"_s,
                                .keyRejectedStatus = 403}) {}

private:
    trucentive::Client* m_client = nullptr;

    void createClient() override {
        m_client = new trucentive::Client(m_transport, endpoint(m_auth), this);
        m_client->setTimeouts(3000ms, 5000ms);
    }
    void destroyClient() override {
        delete m_client;
        m_client = nullptr;
    }
    ClientProbe lookupProbe(const Endpoint& endpoint) override {
        auto* client = new trucentive::Client(m_transport, endpoint, m_client);
        return probe<QList<trucentive::Project>>("GET", prefix() + u"/projects"_s,
                                                 [client](QObject* c, auto cb) { return client->projects(c, cb); });
    }
    // Delivers an envelope of the first usable project's minimum value.
    ClientProbe actionProbe(const Endpoint& endpoint) override {
        QList<trucentive::Instrument> instruments;
        const std::optional<trucentive::Project> project = usableProject(&instruments);
        if (!project)
            return {"POST", prefix() + u"/envelope/deliver"_s,
                    [](QObject*, ClientProbe::Done) { QFAIL("no usable project in the sandbox"); }};
        const trucentive::DeliverRequest request =
            requestFor(*project, instruments.first(), project->minValue.amountText());
        auto* client = new trucentive::Client(m_transport, endpoint, m_client);
        return probe<trucentive::Queued>(
            "POST", prefix() + u"/envelope/deliver"_s,
            [client, request](QObject* c, auto cb) { return client->deliver(request, c, cb); });
    }
    QString lookupWords(const ApiError& error) const override {
        return trucentive::apiErrorMessage(error, trucentive::Operation::Lookup, profile().accountLabel);
    }
    QString actionWords(const ApiError& error) const override {
        return trucentive::apiErrorMessage(error, trucentive::Operation::Deliver, profile().accountLabel);
    }
    static QString prefix() { return SandboxServer::pathPrefix(Vendor::TruCentive); }

    std::optional<trucentive::Project> usableProject(QList<trucentive::Instrument>* instruments) {
        auto projects = callOnce<QList<trucentive::Project>>([&](auto cb) { return m_client->projects(this, cb); });
        if (!projects || !projects->ok())
            return std::nullopt;
        for (const trucentive::Project& p : projects->value()) {
            if (!p.minValue.valid() || !p.maxValue.valid())
                continue;
            auto list = callOnce<QList<trucentive::Instrument>>(
                [&](auto cb) { return m_client->instruments(p.uuid, this, cb); });
            if (list && list->ok() && !list->value().isEmpty()) {
                *instruments = list->value();
                return p;
            }
        }
        return std::nullopt;
    }

    trucentive::DeliverRequest requestFor(const trucentive::Project& project, const trucentive::Instrument& instrument,
                                          const QString& amount) {
        trucentive::DeliverRequest r;
        r.projectUuid = project.uuid;
        r.instrumentUuid = instrument.uuid;
        r.amount = amount;
        r.address = u"john.smith@test.com"_s;
        r.firstName = u"John"_s;
        r.lastName = u"Smith"_s;
        for (const QString& field : project.customFields)
            r.customFields.append({field, u"periwinkle"_s});
        return r;
    }

    SandboxTruCentive::Samples samples() const {
        return SandboxTruCentive::samples(m_sandbox->seed(), m_sandbox->size());
    }

private Q_SLOTS:
    void accountProjectsInstruments() {
        auto me = callOnce<trucentive::AccountInfo>([&](auto cb) { return m_client->me(this, cb); });
        QVERIFY(me);
        QVERIFY2(me->ok(), qPrintable(why(*me)));
        QVERIFY(!me->value().id.isEmpty());
        QVERIFY(me->value().fieldErrors.isEmpty());

        auto projects = callOnce<QList<trucentive::Project>>([&](auto cb) { return m_client->projects(this, cb); });
        QVERIFY(projects);
        QVERIFY2(projects->ok(), qPrintable(why(*projects)));
        QVERIFY(!projects->value().isEmpty());
        for (const trucentive::Project& p : projects->value()) {
            QVERIFY2(p.fieldErrors.isEmpty(), qPrintable(p.fieldErrors.join(u"; ")));
            QVERIFY(p.minValue.valid() && p.maxValue.valid());
            QVERIFY(*p.minValue.cents <= *p.maxValue.cents);
        }

        QList<trucentive::Instrument> instruments;
        QVERIFY(usableProject(&instruments));
        for (const trucentive::Instrument& i : instruments)
            QVERIFY2(i.fieldErrors.isEmpty(), qPrintable(i.fieldErrors.join(u"; ")));

        // An unknown project: the sandbox may answer 404 or an empty list; either is read without a crash.
        auto none = callOnce<QList<trucentive::Instrument>>([&](auto cb) {
            return m_client->instruments(u"project-00000000-0000-0000-0000-000000000000"_s, this, cb);
        });
        QVERIFY(none);
        if (!none->ok())
            QCOMPARE(none->error().failure, FailureClass::Rejected);
    }

    void deliverLookUpAndOpen() {
        LogCapture log; // nothing secret or personal may reach the log: checked at the end
        QList<trucentive::Instrument> instruments;
        const std::optional<trucentive::Project> project = usableProject(&instruments);
        QVERIFY(project);
        const trucentive::DeliverRequest request =
            requestFor(*project, instruments.first(), project->minValue.amountText());
        QVERIFY2(trucentive::validateDeliverRequest(request, &*project).isEmpty(),
                 qPrintable(trucentive::validateDeliverRequest(request, &*project).join(u' ')));

        auto sent = callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(request, this, cb); });
        QVERIFY(sent);
        QVERIFY2(sent->ok(), qPrintable(why(*sent)));
        QVERIFY(sent->value().envelope);
        const trucentive::Envelope created = *sent->value().envelope;
        QVERIFY2(created.fieldErrors.isEmpty(), qPrintable(created.fieldErrors.join(u"; ")));
        QCOMPARE(created.projectUuid, project->uuid);
        QVERIFY(!created.addresses.isEmpty());
        QCOMPARE(created.addresses.first().format, trucentive::Address::Format::Mailto);
        QCOMPARE(created.addresses.first().deliveryAddress, request.address);
        QVERIFY(trucentive::parseEnvelopeIdInput(created.key()).ok());

        auto looked =
            callOnce<trucentive::Envelope>([&](auto cb) { return m_client->envelope(created.key(), this, cb); });
        QVERIFY(looked);
        QVERIFY2(looked->ok(), qPrintable(why(*looked)));
        QCOMPARE(looked->value().key(), created.key());
        QVERIFY2(looked->value().state != trucentive::EnvelopeState::Unknown, qPrintable(looked->value().stateRaw));
        QVERIFY(!looked->value().url); // only when asked for

        auto withUrl = callOnce<trucentive::Envelope>(
            [&](auto cb) { return m_client->envelope(created.key(), true, false, this, cb); });
        QVERIFY(withUrl && withUrl->ok());
        QVERIFY(withUrl->value().url.has_value());
        QVERIFY(!withUrl->value().url->isEmpty());

        trucentive::EnvelopeOpener opener(m_client, created.key());
        opener.setOptions(
            {.pollInterval = 100ms, .backoffFactor = 1.5, .maxPollInterval = 500ms, .timeLimit = 15000ms});
        QSignalSpy request2(&opener, &trucentive::EnvelopeOpener::openRequestFinished);
        QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
        opener.start(looked->value());
        QVERIFY(finished.wait(20000));
        QCOMPARE(request2.size(), 1);
        QVERIFY(request2.first().at(0).toBool());
        QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                 trucentive::EnvelopeOpener::Phase::Opened);
        QVERIFY(opener.lastEnvelope()->isOpened());

        // Now it is in the opened feed.
        auto opened = callOnce<QList<trucentive::Envelope>>([&](auto cb) { return m_client->opened(3600, this, cb); });
        QVERIFY(opened && opened->ok());
        bool found = false;
        for (const trucentive::Envelope& e : opened->value())
            found = found || e.key() == created.key();
        QVERIFY(found);

        const QString logged = log.all();
        QVERIFY(logged.contains(created.key())); // the capture works: ids are logged
        QVERIFY(!logged.contains(QString::fromUtf8(SandboxServer::demoCredentials(Vendor::TruCentive).apiKey)));
        QVERIFY(!logged.contains(*withUrl->value().url));
        QVERIFY(!logged.contains(u"/redeem/"_s));
        QVERIFY(!logged.contains(request.address));
    }

    void feeds() {
        for (auto feed : {trucentive::Client::Feed::Viewed, trucentive::Client::Feed::Opened}) {
            auto r =
                callOnce<QList<trucentive::Envelope>>([&](auto cb) { return m_client->feed(feed, LongAgo, this, cb); });
            QVERIFY(r);
            QVERIFY2(r->ok(), qPrintable(why(*r)));
            for (const trucentive::Envelope& e : r->value()) {
                QVERIFY2(e.fieldErrors.isEmpty(), qPrintable(e.fieldErrors.join(u"; ")));
                QVERIFY(!e.key().isEmpty());
                if (feed == trucentive::Client::Feed::Viewed)
                    QVERIFY(e.viewedAt.has_value());
                else
                    QVERIFY(e.isOpened());
            }
            // The default window (no since) is accepted too.
            auto def =
                callOnce<QList<trucentive::Envelope>>([&](auto cb) { return m_client->feed(feed, 0, this, cb); });
            QVERIFY(def && def->ok());
        }
    }

    void sessions() {
        auto page = callOnce<QList<trucentive::Session>>([&](auto cb) { return m_client->sessions(1, this, cb); });
        QVERIFY(page);
        QVERIFY2(page->ok(), qPrintable(why(*page)));
        QVERIFY(!page->value().isEmpty());
        for (const trucentive::Session& s : page->value())
            QVERIFY(s.fieldErrors.isEmpty() && !s.ip.isEmpty());

        auto all = callOnce<trucentive::SessionList>([&](auto cb) { return m_client->allSessions(this, cb); });
        QVERIFY(all);
        QVERIFY2(all->ok(), qPrintable(why(*all)));
        QVERIFY2(all->value().complete, qPrintable(all->value().stopReason));
        QVERIFY(all->value().sessions.size() >= page->value().size());
    }

    void wrongKeyIs403() {
        StaticKeyAuthProvider wrong(Vendor::TruCentive, "not-the-demo-key-0000");
        trucentive::Client client(m_transport, endpoint(&wrong));
        auto me = callOnce<trucentive::AccountInfo>([&](auto cb) { return client.me(this, cb); });
        QVERIFY(me && !me->ok());
        QCOMPARE(me->error().httpStatus, 403);
        QCOMPARE(me->error().kind, ErrorKind::Auth);
        const trucentive::ErrorText t =
            trucentive::errorText(me->error(), trucentive::Operation::Lookup, client.accountLabel());
        QCOMPARE(t.message, u"The API key for TruCentive (demo) was rejected. Open File > Accounts to replace it."_s);
        QCOMPARE(t.suggestion, trucentive::ErrorText::Suggestion::OpenAccounts);
    }

    void unknownEnvelopeIs404() {
        auto r = callOnce<trucentive::Envelope>(
            [&](auto cb) { return m_client->envelope(u"ZZZZZZZZZZZZZZZZZZ"_s, this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 404);
        QVERIFY(trucentive::apiErrorMessage(r->error(), trucentive::Operation::EnvelopeLookup)
                    .startsWith(u"No envelope with that ID."_s));
        auto o = callOnce<trucentive::Queued>(
            [&](auto cb) { return m_client->openEnvelope(u"ZZZZZZZZZZZZZZZZZZ"_s, this, cb); });
        QVERIFY(o && !o->ok());
        QCOMPARE(o->error().httpStatus, 404);
        QVERIFY(trucentive::apiErrorMessage(o->error(), trucentive::Operation::Open)
                    .startsWith(u"No envelope with that ID."_s));
    }

    void lockedOpenIs400() {
        const QString locked = samples().locked;
        QVERIFY(!locked.isEmpty());
        auto before = callOnce<trucentive::Envelope>([&](auto cb) { return m_client->envelope(locked, this, cb); });
        QVERIFY(before && before->ok());
        QVERIFY2(!before->value().canOpen(), qPrintable(before->value().stateRaw)); // the UI would not offer it
        auto o = callOnce<trucentive::Queued>([&](auto cb) { return m_client->openEnvelope(locked, this, cb); });
        QVERIFY(o && !o->ok());
        QCOMPARE(o->error().httpStatus, 400);
        QCOMPARE(o->error().failure, FailureClass::Rejected);
        QVERIFY(!trucentive::fullErrorMessages(o->error()).isEmpty());
        const QString text = trucentive::apiErrorMessage(o->error(), trucentive::Operation::Open);
        QVERIFY2(text.startsWith(u"TruCentive could not open the envelope: "_s) && text.contains(u"locked"_s),
                 qPrintable(text));
    }

    void expiredOpenFails() {
        // "Failures and errors may occur during opening even when this API call is successful": the open of an
        // expired envelope is accepted, then fails; the watch ends as a failure, not a time-out.
        const QString id = samples().expired;
        QVERIFY(!id.isEmpty());
        auto before = callOnce<trucentive::Envelope>([&](auto cb) { return m_client->envelope(id, this, cb); });
        QVERIFY(before && before->ok());
        QVERIFY(before->value().hasExpired());
        trucentive::EnvelopeOpener opener(m_client, id);
        opener.setOptions(
            {.pollInterval = 100ms, .backoffFactor = 1.5, .maxPollInterval = 500ms, .timeLimit = 10000ms});
        QSignalSpy request(&opener, &trucentive::EnvelopeOpener::openRequestFinished);
        QSignalSpy finished(&opener, &trucentive::EnvelopeOpener::finished);
        opener.start(before->value());
        QVERIFY(finished.wait(15000));
        QCOMPARE(request.size(), 1);
        QVERIFY(request.first().at(0).toBool()); // accepted
        QCOMPARE(finished.first().at(0).value<trucentive::EnvelopeOpener::Phase>(),
                 trucentive::EnvelopeOpener::Phase::Failed);
        QVERIFY2(finished.first().at(1).toString().contains(u"expired"_s),
                 qPrintable(finished.first().at(1).toString()));
    }

    void exceedingFundsIs400() {
        // The low-balance project's largest amount until its funds run out: the documented 400, and nothing sent.
        const SandboxTruCentive::Samples s = samples();
        QVERIFY(!s.lowBalanceProjectUuid.isEmpty());
        auto projects = callOnce<QList<trucentive::Project>>([&](auto cb) { return m_client->projects(this, cb); });
        QVERIFY(projects && projects->ok());
        std::optional<trucentive::Project> project;
        for (const trucentive::Project& p : projects->value()) {
            if (p.uuid == s.lowBalanceProjectUuid)
                project = p;
        }
        QVERIFY(project);
        trucentive::Instrument instrument;
        instrument.uuid = s.lowBalanceInstrumentUuid;
        const trucentive::DeliverRequest request = requestFor(*project, instrument, project->maxValue.amountText());
        const qint64 maxSends = s.lowBalanceCents / *project->maxValue.cents + 1;
        std::optional<ApiError> refused;
        qint64 sent = 0;
        for (; sent <= maxSends && !refused; ++sent) {
            auto r = callOnce<trucentive::Queued>([&](auto cb) { return m_client->deliver(request, this, cb); });
            QVERIFY(r);
            if (!r->ok())
                refused = r->error();
        }
        QVERIFY2(refused, qPrintable(u"%1 envelopes sent; the funds never ran out"_s.arg(sent)));
        QCOMPARE(sent, maxSends); // exactly when the balance no longer covers the amount
        QCOMPARE(refused->httpStatus, 400);
        QVERIFY2(trucentive::isInsufficientFunds(*refused), qPrintable(describe(*refused)));
        QCOMPARE(trucentive::apiErrorMessage(*refused, trucentive::Operation::Deliver),
                 u"The project's funds are used up; add funds in TruCentive or choose another project. Nothing was "
                 "sent."_s);
    }
};

QTEST_GUILESS_MAIN(TestTruCentiveClient)
#include "tst_trucentiveclient.moc"
