#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "api/core/apiresult.h"
#include "api/core/callhandle.h"
#include "api/core/endpoint.h"
#include "api/core/httprequest.h"
#include "api/core/vendorclient.h"
#include "api/trucentive/trucentivetypes.h"

Q_DECLARE_LOGGING_CATEGORY(lcTruCentive)

namespace rd {

class HttpTransport;
class Pager;
} // namespace rd

namespace rd::trucentive {

// The typed TruCentive API v1 client: every endpoint of the vendor documentation (trucentive-api.txt.)
//
// Calls: each method sends one request through the HttpTransport and calls `done` exactly once with a typed
// ApiResult, on the GUI thread, later from the event loop (never from inside the method), and only while `context`
// is alive; cancelling the returned handle means `done` is never called. `context` must not be null.
//
// Auth: the endpoint's AuthProvider (StaticKeyAuthProvider) sends the key as the raw `Authorization: <key>` header.
// The doc's `?api_key=` form is never used (the transport refuses it).
//
// Retries (the transport's rules, design.md section 2):
//  - lookups (GET) are RequestKind::Lookup: retried on network failures, 429 (Retry-After honoured) and 502/503/504;
//  - openEnvelope() is RequestKind::RetrySafeAction: the doc says "It is safe to retry opening an envelope";
//  - deliver() is RequestKind::Action: sending is not idempotent (no idempotency key exists), so it is NEVER retried;
//    an Unknown outcome must be resolved by looking at the feeds or the envelope (see trucentiveerrors.h).
//
// Parsing: small answers (me, one envelope, projects, instruments, the deliver/open answers) are parsed inline on
// the GUI thread (a few KB). Answers that can be long (the viewed/opened feeds and sessions pages) are parsed in a
// worker thread (QtConcurrent) and the result comes back on the GUI thread.
//
// Logging (category rewarddesk.trucentive): ids, counts and outcomes only; never a key, a delivery address or a
// redemption link.
class Client : public VendorClient {
    Q_OBJECT
public:
    enum class Feed { Viewed, Opened };

    Client(HttpTransport* transport, const Endpoint& endpoint, QObject* parent = nullptr);
    Client(HttpTransport* transport, EndpointProvider provider, QObject* parent = nullptr);
    ~Client() override;

    // GET /me
    CallHandle me(QObject* context, Callback<AccountInfo> done);
    // GET /projects
    CallHandle projects(QObject* context, Callback<QList<Project>> done);
    // GET /project/instruments?project_uuid=
    CallHandle instruments(const QString& projectUuid, QObject* context, Callback<QList<Instrument>> done);
    // GET /envelope?envelope_uuid=[&show_url=true][&redemption_url=true]. The flags are sent only when true.
    // url/redemption_url in the answer are money (see Envelope). A 404 means "No envelope with that ID".
    CallHandle envelope(const QString& envelopeId, bool showUrl, bool redemptionUrl, QObject* context,
                        Callback<Envelope> done);
    CallHandle envelope(const QString& envelopeId, QObject* context, Callback<Envelope> done) {
        return envelope(envelopeId, false, false, context, std::move(done));
    }
    // GET /envelopes/viewed[?since=N]: envelopes viewed in the last N seconds; sinceSeconds <= 0 omits the parameter
    // (the server's default: the last hour).
    CallHandle viewed(int sinceSeconds, QObject* context, Callback<QList<Envelope>> done);
    // GET /envelopes/opened[?since=N]: the doc documents no parameter for this feed; we send `since` exactly as for
    // the viewed feed (same shape, same meaning assumed) and omit it when sinceSeconds <= 0.
    CallHandle opened(int sinceSeconds, QObject* context, Callback<QList<Envelope>> done);
    CallHandle feed(Feed which, int sinceSeconds, QObject* context, Callback<QList<Envelope>> done);
    // The same feed request, the body handed over raw (for a model that parses in its own worker).
    CallHandle feedRaw(Feed which, int sinceSeconds, QObject* context, RawCallback done);

    // POST /envelopes/:envelope_id/open (RetrySafeAction). Success means "queued for opening": the opening happens
    // asynchronously and can still fail; watch it with EnvelopeOpener (or GET /envelope). The journal entry is the
    // caller's (object type tcJournalObjectEnvelope, action tcJournalActionOpen, object id = the envelope id).
    CallHandle openEnvelope(const QString& envelopeId, QObject* context, Callback<Queued> done);

    // POST /envelope/deliver (Action, never retried). Refused locally (NotSent, nothing sent) when
    // validateDeliverRequest() finds a problem (without a project). On success the answer's envelope is always
    // present. The journal entry is the caller's (see tcJournalObjectDelivery below).
    CallHandle deliver(const DeliverRequest& request, QObject* context, Callback<Queued> done);

    // GET /sessions?page=N (1-based; page < 1 is sent as 1).
    CallHandle sessions(int page, QObject* context, Callback<QList<Session>> done);
    // One sessions page for a paged model (PageSource in models/common/pagesource.h): pager.applyTo() sets page=N;
    // the body is handed over raw. Use PagingStyle::PageOnly.
    CallHandle sessionsPage(const Pager& pager, QObject* context, RawCallback done);
    // Walks every sessions page with a Pager(PageOnly): stops at an empty page, a page shorter than the first, or at
    // maxItems. Sessions have no ids or timestamps, so a page identical to the one before cannot be told from a
    // server that ignores `page`: the walk then stops with the Pager's "same page twice" message as an error.
    // Cancelling the handle stops the walk (the page in flight is cancelled).
    // The result is the list so far plus whether it is complete; an HTTP or parse failure on any page is an error.
    CallHandle allSessions(QObject* context, Callback<SessionList> done, qint64 maxItems = 10000);

private:
    struct SessionWalk;
    void nextSessionsPage(const std::shared_ptr<SessionWalk>& walk);
};

// Journal conventions for TruCentive actions (used by the tab when it begins an action and by
// Reconciler when it reads one back).
//  - open:    objectType "envelope", objectId = the envelope id, action "open".
//  - deliver: before the send there is no envelope id. objectType "delivery", objectId = deliveryObjectId(), so
//             the per-object lock stops a second send of the same project to the same recipient while the first one's
//             outcome is unknown; action "deliver". Alternatively objectType "envelope" with a known envelope id
//             (a resend recorded against an envelope): the reconciler then reads that envelope back.
inline constexpr char16_t tcJournalObjectEnvelope[] = u"envelope";
inline constexpr char16_t tcJournalObjectDelivery[] = u"delivery";
inline constexpr char16_t tcJournalActionOpen[] = u"open";
inline constexpr char16_t tcJournalActionDeliver[] = u"deliver";
// "<projectUuid>/<address, trimmed and lower-cased>": stable, non-secret (no key, no link).
QString deliveryObjectId(const QString& projectUuid, const QString& address);

} // namespace rd::trucentive
