#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

#include "api/sandbox/sandboxresponse.h"
#include "api/sandbox/sandboxtrucentivedata.h"
#include "api/sandbox/sandboxvendor.h"

class QObject;

namespace rd {

struct SandboxRequest;

// TruCentive API v1 (vendor-docs/trucentive-api.txt), served under /trucentive/api/v1. Data: SandboxTruCentiveData.
//
// Auth (docs "Authentication"), on every route: the raw key in `Authorization` (no scheme) or the `api_key` URL
// parameter. When the Authorization header is present it alone decides (a wrong header is not rescued by a right
// api_key). A wrong or missing key: 403 {"error": "...", "status": 403} (docs "Errors": 403 Access Denied; no 401).
// Then an `Accept` that allows no JSON (e.g. only text/html) gets 406 (docs: "You requested a format that isn't
// valid"); no Accept, */*, application/* or any *json type is fine.
// Every error body: {"error": str, "status": int}; the open error adds "details" as in the docs.
//
// Routes (the choices where the docs are silent are marked "sandbox:"):
//   GET  /me                          {id, uuid, email, name}
//   GET  /projects                    [Project]
//   GET  /project/instruments?project_uuid=   [Instrument]; missing: 400; unknown project: 404
//   POST /envelope/deliver            {"message":"Envelope queued for delivery","envelope":{...,custom_fields}}
//        Parameters from the query, an x-www-form-urlencoded or multipart/form-data body (curl -d / -F), or a JSON
//        object body (Content-Type application/json); the body wins over the query, as Rails merges params.
//        Custom fields as `custom_fields[name]=value` or a JSON object "custom_fields":{...}; names must be the
//        project's custom_fields (sandbox: anything else is 400). Required: project_uuid, amount (not for a
//        fixed-value project, whose amount is ignored), address, instrument_uuid: missing -> 400 "param is missing or
//        the value is empty: <name>" (Rails' wording). amount: dollars and cents ("5.50", at most 2 decimals) within
//        the project's min..max; address: an e-mail (format mailto) or a phone number of 10-15 digits (sms);
//        instrument: one the project offers. Then "Exceeds available funds" (400) when the amount is more than the
//        project's remaining balance (test_mode projects spend nothing). Status 200 (sandbox: the docs give none).
//        The new envelope: state "delivered", delivered_at null (queued), set asynchronously after the async delay;
//        with batch_allowed=true (Rails booleans: true/1/t/yes/on) state "approved" and never delivered_at.
//   GET  /envelope?envelope_uuid=&show_url=&redemption_url=   the envelope; missing id 400, unknown 404
//        {"error":"Envelope not found","status":404}. show_url=true|1 adds "url" (https://<Host>/redeem/<ID>?t=...);
//        redemption_url=true|1 adds "redemption_url" only when the state is "opened" and the instrument has an
//        external redemption URL. custom_fields only in the deliver and open responses, as in the docs' examples.
//   GET  /envelopes/viewed?since=N    envelopes whose viewed_at lies in the last N seconds (default 3600)
//   GET  /envelopes/opened?since=N    the same on opened_at (sandbox: the docs list no parameters; same as viewed)
//        Both: newest first (sandbox: order undocumented); since must be a non-negative integer, else 400.
//   POST /envelopes/<id>/open         {"message":"Envelope queued for opening","envelope":{state before opening}}
//        Opening is asynchronous (QTimer, setAsyncDelay): the envelope becomes state "opened" with opened_at set
//        (viewed_at unchanged). Locked: 400 {"error":"Cannot open envelope.","status":400,"details":
//        {"full_error_messages":"Envelope cannot be opened because the envelope is locked"}} at once. Expired
//        (state or expires_at past): accepted, then the opening fails and nothing changes (docs: "Failures and
//        errors may occur during opening even when this API call is successful"). Already opened or already queued:
//        200 with the current state, nothing queued again ("It is safe to retry opening an envelope").
//        Unknown id: 404.
//   GET  /sessions?page=N             [{ip, email}] newest first, 25 per page, [] past the end; page defaults to 1
//        (sandbox), a page that is not a positive integer is 400.
// State changes (deliver, open, spent balance) live for the server's lifetime; reset() drops them.
class SandboxTruCentive : public SandboxVendor {
public:
    // Lookup keys for tests and the demo; empty when size is too small to hold that sample (size >= 9 has all).
    struct Samples {
        QString opened;                     // opened minutes ago; has a redemption_url
        QString openedWithoutRedemptionUrl; // opened; its instrument has no external redemption URL
        QString viewed;                     // viewed minutes ago (default viewed feed), mailto + sms
        QString delivered;                  // delivered only: can be opened
        QString sms;                        // delivered by sms only: can be opened
        QString locked;                     // POST open -> 400
        QString expired;                    // POST open accepted, opening fails
        QString testMode;                   // test_mode project, viewed
        QString approved;                   // batch: never delivered, url via show_url
        QString projectUuid;                // a normal project, amounts 5.00..30.25, custom_color/custom_size
        QString instrumentUuid;             // one of its instruments
        QString fixedProjectUuid;           // fixed value 25.00: amount ignored
        QString fixedInstrumentUuid;
        QString testProjectUuid; // test_mode: spends no funds
        QString testInstrumentUuid;
        QString lowBalanceProjectUuid; // "Low balance project": amounts 10.00..25.00, balance lowBalanceCents
        QString lowBalanceInstrumentUuid;
        qint64 lowBalanceCents = 0;
        QStringList envelopeIds() const; // the nine envelope ids above that exist
    };

    SandboxTruCentive();
    ~SandboxTruCentive() override;

    void install(SandboxHttpServer* http, const QString& prefix) override;
    void reset(quint64 seed, int size) override;

    static SandboxResponse error(int status, const QString& message);
    // Pure function of (seed, size): callable from any thread (the server may run in SandboxHost's thread).
    static Samples samples(quint64 seed, int size);
    Samples samples() const { return samples(m_seed, m_size); }

    // Asynchronous delivery and opening finish after a delay drawn from [minMs, maxMs] (default 1000-3000 ms).
    void setAsyncDelay(int minMs, int maxMs);
    // The clock for "now" (ms since the epoch; default the wall clock). Also restarts the data's start time (the
    // instant recent envelopes are generated relative to) from it; state changes are kept.
    void setClock(std::function<qint64()> nowMs);
    qint64 startTime() const;
    qint64 remainingCents(const QString& projectUuid) const; // -1 for an unknown project
    const SandboxTruCentiveData& data() const { return *m_data; }

private:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;
    Handler guarded(Handler handler) const;
    std::optional<SandboxResponse> checkAuth(const SandboxRequest& request) const;
    SandboxResponse me() const;
    SandboxResponse projects() const;
    SandboxResponse instruments(const SandboxRequest& request) const;
    SandboxResponse deliver(const SandboxRequest& request);
    SandboxResponse showEnvelope(const SandboxRequest& request) const;
    SandboxResponse feed(const SandboxRequest& request, bool opened) const;
    SandboxResponse open(const SandboxRequest& request);
    SandboxResponse sessions(const SandboxRequest& request) const;

    std::optional<TruCentiveEnvelope> find(const QString& id) const;
    TruCentiveEnvelope current(quint64 index) const; // the changed record, else the generated one
    int nextDelayMs(quint64 index);
    // Runs `change` on envelope `index` after the async delay; it returns whether to keep the change.
    void later(quint64 index, std::function<bool(TruCentiveEnvelope&)> change);
    qint64 now() const { return m_clock(); }

    std::unique_ptr<SandboxTruCentiveData> m_data;
    QHash<quint64, TruCentiveEnvelope> m_changed; // envelopes an action changed or created, by index
    QSet<quint64> m_opening;                      // opens queued, not finished
    QHash<int, qint64> m_spentCents;              // per project index
    quint64 m_deliveredCount = 0;
    quint64 m_generation = 0; // bumped by reset(): timers of an earlier generation do nothing
    quint64 m_asyncCounter = 0;
    QPointer<QObject> m_timerContext; // the HTTP server: lives in the sandbox's thread
    std::function<qint64()> m_clock;
    int m_minDelayMs = 1000;
    int m_maxDelayMs = 3000;
};

} // namespace rd
