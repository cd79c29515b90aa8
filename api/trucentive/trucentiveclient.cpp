#include "api/trucentive/trucentiveclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

#include "api/core/httptransport.h"
#include "api/core/paging.h"
#include "api/trucentive/trucentiveerrors.h"

Q_LOGGING_CATEGORY(lcTruCentive, "rewarddesk.trucentive")

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

QString feedPath(Client::Feed which) {
    return which == Client::Feed::Viewed ? u"/envelopes/viewed"_s : u"/envelopes/opened"_s;
}

// One sessions page parsed, with the fingerprint the Pager uses to notice a repeated page.
struct SessionsPage {
    QList<Session> sessions;
    QByteArray fingerprint;
};

} // namespace

struct Client::SessionWalk {
    explicit SessionWalk(qint64 maxItems)
        : pager(PagingStyle::PageOnly, 1, maxItems) {}
    Pager pager;
    SessionList result;
    QPointer<QObject> context;
    Callback<SessionList> done;
    CallHandle current;
    CallHandle outer;
    bool cancelled = false;
};

Client::Client(HttpTransport* transport, const Endpoint& endpoint, QObject* parent)
    : Client(transport, fixedEndpoint(endpoint), parent) {}

Client::Client(HttpTransport* transport, EndpointProvider provider, QObject* parent)
    : VendorClient({Vendor::TruCentive, &lcTruCentive, 16 * 1024 * 1024 /* a very long viewed/opened feed */},
                   transport, std::move(provider), parent) {}

Client::~Client() = default;

// ---- lookups ---------------------------------------------------------------------------------------------------

CallHandle Client::me(QObject* context, Callback<AccountInfo> done) {
    return sendParsedInline<AccountInfo>(makeRequest("GET", u"/me"_s, RequestKind::Lookup, u"account info"_s), context,
                                         std::move(done), &parseAccountInfo);
}

CallHandle Client::projects(QObject* context, Callback<QList<Project>> done) {
    return sendParsedInline<QList<Project>>(makeRequest("GET", u"/projects"_s, RequestKind::Lookup, u"list projects"_s),
                                            context, std::move(done), &parseProjects);
}

CallHandle Client::instruments(const QString& projectUuid, QObject* context, Callback<QList<Instrument>> done) {
    const QString project = projectUuid.trimmed();
    if (project.isEmpty()) {
        return refuse(refusedLocally(tr("Choose a project first."), false), context, std::move(done));
    }
    HttpRequest r = makeRequest("GET", u"/project/instruments"_s, RequestKind::Lookup, u"list instruments"_s);
    r.query.addQueryItem(u"project_uuid"_s, project);
    return sendParsedInline<QList<Instrument>>(std::move(r), context, std::move(done), &parseInstruments);
}

CallHandle Client::envelope(const QString& envelopeId, bool showUrl, bool redemptionUrl, QObject* context,
                            Callback<Envelope> done) {
    const QString id = envelopeId.trimmed();
    if (!looksLikeEnvelopeId(id)) {
        return refuse(refusedLocally(parseEnvelopeIdInput(id).ok() ? tr("This is not an envelope ID.")
                                                                   : parseEnvelopeIdInput(id).problem,
                                     false),
                      context, std::move(done));
    }
    HttpRequest r = makeRequest("GET", u"/envelope"_s, RequestKind::Lookup, u"envelope details"_s);
    r.query.addQueryItem(u"envelope_uuid"_s, id);
    if (showUrl)
        r.query.addQueryItem(u"show_url"_s, u"true"_s);
    if (redemptionUrl)
        r.query.addQueryItem(u"redemption_url"_s, u"true"_s);
    return sendParsedInline<Envelope>(std::move(r), context, std::move(done), &parseEnvelope);
}

CallHandle Client::viewed(int sinceSeconds, QObject* context, Callback<QList<Envelope>> done) {
    return feed(Feed::Viewed, sinceSeconds, context, std::move(done));
}

CallHandle Client::opened(int sinceSeconds, QObject* context, Callback<QList<Envelope>> done) {
    // The doc lists no parameter for the opened feed; `since` is sent exactly as for the viewed feed (see feed()).
    return feed(Feed::Opened, sinceSeconds, context, std::move(done));
}

static HttpRequest feedRequest(const HttpRequest& base, Client::Feed which, int sinceSeconds) {
    HttpRequest r = base;
    r.path = feedPath(which);
    // Viewed: "since - The number of seconds to look back" (default: the last hour). Opened: undocumented; the same
    // parameter is sent because the two feeds are documented with the same shape. Omitted when <= 0.
    if (sinceSeconds > 0)
        r.query.addQueryItem(u"since"_s, QString::number(sinceSeconds));
    return r;
}

CallHandle Client::feed(Feed which, int sinceSeconds, QObject* context, Callback<QList<Envelope>> done) {
    const HttpRequest r =
        feedRequest(makeRequest("GET", {}, RequestKind::Lookup,
                                which == Feed::Viewed ? u"viewed envelopes"_s : u"opened envelopes"_s),
                    which, sinceSeconds);
    return sendParsedInWorker<QList<Envelope>>(r, context, std::move(done), &parseEnvelopes);
}

CallHandle Client::feedRaw(Feed which, int sinceSeconds, QObject* context, RawCallback done) {
    const HttpRequest r =
        feedRequest(makeRequest("GET", {}, RequestKind::Lookup,
                                which == Feed::Viewed ? u"viewed envelopes"_s : u"opened envelopes"_s),
                    which, sinceSeconds);
    return send(r, context, std::move(done));
}

CallHandle Client::sessions(int page, QObject* context, Callback<QList<Session>> done) {
    HttpRequest r = makeRequest("GET", u"/sessions"_s, RequestKind::Lookup, u"list sessions"_s);
    r.query.addQueryItem(u"page"_s, QString::number(qMax(1, page)));
    return sendParsedInWorker<QList<Session>>(std::move(r), context, std::move(done), &parseSessions);
}

CallHandle Client::sessionsPage(const Pager& pager, QObject* context, RawCallback done) {
    HttpRequest r = makeRequest("GET", u"/sessions"_s, RequestKind::Lookup, u"list sessions"_s);
    pager.applyTo(&r.query);
    return send(std::move(r), context, std::move(done));
}

CallHandle Client::allSessions(QObject* context, Callback<SessionList> done, qint64 maxItems) {
    auto walk = std::make_shared<SessionWalk>(maxItems);
    walk->context = context ? context : this;
    walk->done = std::move(done);
    std::weak_ptr<SessionWalk> weak = walk;
    walk->outer = CallHandle([weak] {
        if (auto w = weak.lock()) {
            w->cancelled = true;
            w->current.cancel();
        }
    });
    CallHandle outer = walk->outer;
    nextSessionsPage(walk);
    return outer;
}

void Client::nextSessionsPage(const std::shared_ptr<SessionWalk>& walk) {
    if (walk->cancelled || !walk->context)
        return;
    HttpRequest r = makeRequest("GET", u"/sessions"_s, RequestKind::Lookup, u"list sessions"_s);
    walk->pager.applyTo(&r.query);
    // The walk lives as long as a callback holds it; the handle only holds a weak reference.
    walk->current = sendParsedInWorker<SessionsPage>(
        std::move(r), walk->context,
        [self = QPointer<Client>(this), walk](ApiResult<SessionsPage> page) {
            if (walk->cancelled)
                return;
            auto finish = [walk](ApiResult<SessionList> result) {
                walk->outer.markFinished();
                Callback<SessionList> done = std::move(walk->done);
                if (done)
                    done(std::move(result));
            };
            if (!page.ok()) {
                finish(page.error());
                return;
            }
            PageMeta meta;
            meta.itemCount = int(page.value().sessions.size());
            meta.fingerprint = page.value().fingerprint;
            const Pager::Step step = walk->pager.advance(meta);
            if (step != Pager::Step::Stopped)
                walk->result.sessions.append(page.value().sessions);
            switch (step) {
            case Pager::Step::More:
                if (self) {
                    self->nextSessionsPage(walk);
                } else {
                    ApiError gone = refusedLocally(tr("The TruCentive connection was closed."), false);
                    finish(gone);
                }
                return;
            case Pager::Step::Done:
                finish(walk->result);
                return;
            case Pager::Step::Stopped:
                walk->result.complete = false;
                walk->result.stopReason = walk->pager.stopReason();
                qCInfo(lcTruCentive) << "sessions walk stopped after" << walk->result.sessions.size() << "sessions";
                finish(walk->result);
                return;
            }
        },
        [](const QByteArray& body) -> ApiResult<SessionsPage> {
            ApiResult<QList<Session>> parsed = parseSessions(body);
            if (!parsed.ok())
                return parsed.error();
            SessionsPage page;
            page.sessions = std::move(parsed).value();
            // No ids or timestamps: the whole body identifies the page.
            page.fingerprint = QCryptographicHash::hash(body, QCryptographicHash::Sha1);
            return page;
        });
}

// ---- actions ---------------------------------------------------------------------------------------------------

CallHandle Client::openEnvelope(const QString& envelopeId, QObject* context, Callback<Queued> done) {
    const QString id = envelopeId.trimmed();
    if (!looksLikeEnvelopeId(id)) {
        return refuse(refusedLocally(tr("This is not an envelope ID."), true), context, std::move(done));
    }
    // "It is safe to retry opening an envelope" (trucentive-api.txt): RetrySafeAction.
    HttpRequest r =
        makeRequest("POST", u"/envelopes/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/open"_s,
                    RequestKind::RetrySafeAction, u"open envelope"_s);
    return send(std::move(r), context, [info = traits(), id, done = std::move(done)](ApiResult<HttpResponse> response) {
        if (!response.ok()) {
            qCInfo(lcTruCentive).noquote()
                << u"open envelope %1 failed (request %2)"_s.arg(id, response.error().requestId);
            done(response.error());
            return;
        }
        ApiResult<Queued> parsed = parseQueued(response.value().body, false, true);
        if (!parsed.ok()) {
            done(parseFailure(info, parsed.error(), response.value().requestId, true, u"open envelope"_s));
            return;
        }
        parsed.value().requestId = response.value().requestId;
        qCInfo(lcTruCentive).noquote() << u"envelope %1 queued for opening (request %2)"_s.arg(
            id, response.value().requestId);
        done(std::move(parsed));
    });
}

CallHandle Client::deliver(const DeliverRequest& request, QObject* context, Callback<Queued> done) {
    const QStringList problems = validateDeliverRequest(request);
    if (!problems.isEmpty()) {
        return refuse(refusedLocally(problems.join(u' '), true), context, std::move(done));
    }
    // Sending is not idempotent and TruCentive offers no idempotency key: Action, never retried.
    HttpRequest r = makeRequest("POST", u"/envelope/deliver"_s, RequestKind::Action, u"send envelope"_s);
    r.contentType = "application/x-www-form-urlencoded";
    r.body = deliverFormBody(request);
    return send(std::move(r), context, [info = traits(), done = std::move(done)](ApiResult<HttpResponse> response) {
        if (!response.ok()) {
            qCInfo(lcTruCentive).noquote() << u"send envelope failed (request %1)"_s.arg(response.error().requestId);
            done(response.error());
            return;
        }
        ApiResult<Queued> parsed = parseQueued(response.value().body, true, true);
        if (!parsed.ok()) {
            done(parseFailure(info, parsed.error(), response.value().requestId, true, u"send envelope"_s));
            return;
        }
        parsed.value().requestId = response.value().requestId;
        qCInfo(lcTruCentive).noquote() << u"envelope %1 queued for delivery (request %2)"_s.arg(
            parsed.value().envelope->key(), response.value().requestId);
        done(std::move(parsed));
    });
}

QString deliveryObjectId(const QString& projectUuid, const QString& address) {
    return projectUuid.trimmed() + u'/' + address.trimmed().toLower();
}

} // namespace rd::trucentive
