// tremendous::BulkRunner against the built-in sandbox with a real ActionJournal in a temporary directory (integration):
//  - 50 pending orders approved in one run where 3 do not go the plain way: 2 were approved beforehand (422 -> read
//    back -> AlreadyHandled) and 1 loses its answer after the sandbox applied it (Unknown -> read back -> Succeeded,
//    journal ReconciledApplied); every item checked on its own, every journal entry checked, exactly one POST per
//    item, the pace measured on the wire, the objects emitted for the rows, the CSV;
//  - cancel between items (nothing more sent, the rest Skipped), 403 stops the run, a 429 item is not re-sent and
//    the run pauses, an object locked by an unresolved entry is not sent, a read-back that fails leaves the item and
//    its entry Unknown (locked), a runner destroyed mid-request leaves the entry Unknown (never SENDING), blocked and
//    duplicate items are skipped, the dry run, and the other actions (release, resend) with their signals;
//  - against a FaultServer: the pace counts the read-back GETs (a bulk cancel where every item gets 422 stays at or
//    below one request per interval, timed at the server), an approve answered FAILED (2xx or read back) is a
//    warning, the real HTTP status is kept with confirmedByReadBack, the Unknown read-back waits its settle delay;
//  - a reason the journal refuses stops the run; a resend to an updated address names it in the journal summary.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "api/core/httptransport.h"
#include "api/core/statickeyauthprovider.h"
#include "api/journal/actionjournal.h"
#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxserver.h"
#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendousreconciler.h"
#include "support/callonce.h"
#include "support/faultserver.h"
#include "support/testutil.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::tremendous;
using namespace rd::test;
using namespace std::chrono_literals;
using Outcome = tremendous::BulkItemResult::Outcome;

namespace {

// Records when each request object is created (the moment the transport hands it to Qt), with its verb and path.
class RecordingNam : public QNetworkAccessManager {
public:
    struct Sent {
        qint64 ns;
        QByteArray verb;
        QString path;
    };
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<Sent> sent;
    QElapsedTimer clock;

    QList<Sent> actions(const QByteArray& verb) const {
        QList<Sent> out;
        for (const Sent& s : sent) {
            if (s.verb == verb)
                out.append(s);
        }
        return out;
    }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override {
        QByteArray verb;
        switch (op) {
        case GetOperation:
            verb = "GET";
            break;
        case PostOperation:
            verb = "POST";
            break;
        case PutOperation:
            verb = "PUT";
            break;
        case CustomOperation:
            verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        default:
            verb = "OTHER";
            break;
        }
        if (request.url().path().startsWith(u"/tremendous/"_s))
            sent.append({clock.nsecsElapsed(), verb, request.url().path()});
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// RFC 4180 records (quoted fields with commas, doubled quotes, CRLF inside quotes).
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestTrBulkRunner : public QObject {
    Q_OBJECT

private:
    RecordingNam* m_nam = nullptr;
    HttpTransport* m_transport = nullptr;
    SandboxServer* m_sandbox = nullptr;
    StaticKeyAuthProvider* m_auth = nullptr;
    tremendous::Client* m_client = nullptr;
    tremendous::Reconciler* m_reconciler = nullptr;
    ActionJournal* m_journal = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    Account m_account;
    QList<tremendous::Order> m_pending; // PENDING APPROVAL orders, newest first
    const QString Prefix = u"/tremendous/api/v2"_s;

    Endpoint endpoint() const {
        Endpoint e;
        e.vendor = Vendor::Tremendous;
        e.baseUrl = m_sandbox->baseUrl(Vendor::Tremendous);
        e.auth = m_auth;
        e.accountLabel = m_account.label();
        return e;
    }

    template <typename T, typename Start> std::optional<ApiResult<T>> run(Start start, int timeoutMs = 10000) {
        return callOnce<T>(std::move(start), timeoutMs);
    }

    QJsonObject control(const QJsonObject& change = {}) {
        QUrl url = m_sandbox->baseUrl(Vendor::Tremendous);
        url.setPath(u"/_sandbox/tremendous"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = change.isEmpty()
                                   ? m_nam->get(request)
                                   : m_nam->post(request, QJsonDocument(change).toJson(QJsonDocument::Compact));
        if (!waitFor([reply] { return reply->isFinished(); }))
            return {};
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }
    QStringList sampleIds(const char* key) {
        QStringList out;
        for (const QJsonValue& v : control().value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    }

    int posts(const QString& orderId) const {
        return m_sandbox->http()->requestCount("POST", Prefix + u"/order_approvals/%1/approve"_s.arg(orderId));
    }

    // The pending orders as a tab would build the items: amount, recipient, summary.
    QList<tremendous::BulkItem> itemsFor(const QList<tremendous::Order>& orders) const {
        QList<tremendous::BulkItem> items;
        for (const tremendous::Order& o : orders) {
            tremendous::BulkItem item;
            item.objectId = o.id;
            if (o.payment)
                item.amount = o.payment->total;
            item.recipient = o.rewards.isEmpty() ? QString() : o.rewards.first().recipientDisplay();
            item.summary = u"%1 %2"_s.arg(item.amount.currency, item.amount.amountText());
            items.append(item);
        }
        return items;
    }

    std::unique_ptr<tremendous::BulkRunner> runner(tremendous::Action action, const QList<tremendous::BulkItem>& items,
                                                   std::chrono::milliseconds interval = 5ms) {
        auto r = std::make_unique<tremendous::BulkRunner>(m_client, m_journal, m_reconciler, m_account, action, items);
        r->setInterval(interval);
        r->setReadBackSettleDelay(20ms);
        r->setReason(u"Bulk test: approved by the support lead"_s);
        return r;
    }

    // A client and a reconciler for a FaultServer (same transport, so every request is on m_nam too).
    struct FaultStack {
        std::unique_ptr<FaultServer> server;
        std::unique_ptr<tremendous::Client> client;
        std::unique_ptr<tremendous::Reconciler> reconciler;
        QElapsedTimer clock;
        QList<QPair<qint64, QByteArray>> arrivals; // (ns at the server, "METHOD path"), in arrival order
    };
    std::unique_ptr<FaultStack> faultStack() {
        auto f = std::make_unique<FaultStack>();
        f->server = std::make_unique<FaultServer>();
        if (!f->server->listen())
            return nullptr;
        Endpoint e = endpoint();
        e.baseUrl = f->server->url(u"/api/v2"_s);
        f->client = std::make_unique<tremendous::Client>(m_transport, e);
        f->client->setTimeouts(2000ms, 3000ms);
        f->reconciler = std::make_unique<tremendous::Reconciler>(
            m_transport, [this, e](const QString& accountId) -> std::optional<Endpoint> {
                return accountId == m_account.id ? std::optional(e) : std::nullopt;
            });
        f->reconciler->setTimeouts(2000ms, 3000ms);
        f->clock.start();
        FaultStack* raw = f.get();
        QObject::connect(f->server.get(), &FaultServer::requestReceived, f->server.get(),
                         [raw](const RecordedRequest& r) {
                             raw->arrivals.append({raw->clock.nsecsElapsed(), r.method + ' ' + r.path.toUtf8()});
                         });
        return f;
    }
    static QByteArray orderJson(const QString& id, const QString& status) {
        QJsonObject payment{{u"subtotal"_s, 20},
                            {u"total"_s, 20},
                            {u"fees"_s, 0},
                            {u"discount"_s, 0},
                            {u"currency_code"_s, u"USD"_s},
                            {u"refund"_s, QJsonObject{{u"total"_s, 0}, {u"currency_code"_s, u"USD"_s}}}};
        QJsonObject order{{u"id"_s, id},
                          {u"created_at"_s, u"2024-05-01T10:00:00Z"_s},
                          {u"status"_s, status},
                          {u"payment"_s, payment},
                          {u"rewards"_s, QJsonArray()}};
        return QJsonDocument(QJsonObject{{u"order"_s, order}}).toJson(QJsonDocument::Compact);
    }

    static bool runToEnd(tremendous::BulkRunner* r, QSignalSpy* finished, int timeoutMs = 20000) {
        r->start();
        return waitFor([&] { return finished->size() > 0; }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_account.id = u"acc-tremendous-demo"_s;
        m_account.vendor = Vendor::Tremendous;
        m_account.environment = Environment::Demo;
        m_account.displayName = u"Tremendous demo"_s;
    }

    void init() {
        m_sandbox = new SandboxServer(5, 1500);
        QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
        m_nam = new RecordingNam(this);
        m_nam->clock.start();
        m_transport = new HttpTransport(m_nam, this);
        m_transport->setBackoffBase(10ms);
        m_transport->setRetryAfterCap(500ms);
        m_auth = new StaticKeyAuthProvider(Vendor::Tremendous,
                                           SandboxServer::demoCredentials(Vendor::Tremendous).apiKey, this);
        m_client = new tremendous::Client(m_transport, endpoint(), this);
        m_client->setTimeouts(2000ms, 3000ms);
        m_reconciler = new tremendous::Reconciler(
            m_transport,
            [this](const QString& accountId) -> std::optional<Endpoint> {
                return accountId == m_account.id ? std::optional(endpoint()) : std::nullopt;
            },
            this);
        m_reconciler->setTimeouts(2000ms, 3000ms);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal = new ActionJournal(m_dir->filePath(u"journal/actions.jsonl"_s), this);
        QSignalSpy loaded(m_journal, &ActionJournal::loaded);
        m_journal->open();
        QVERIFY(m_journal->isLoaded() || loaded.wait(5000));

        // The pending approvals, found as the tab finds them: paging through GET /orders.
        m_pending.clear();
        for (qint64 offset = 0; offset < 1500 && m_pending.size() < 60; offset += 500) {
            tremendous::OrderQuery q;
            q.offset = offset;
            q.limit = 500;
            auto page = run<tremendous::OrderPage>([&](auto cb) { return m_client->listOrders(q, this, cb); });
            QVERIFY(page && page->ok());
            for (const tremendous::Order& o : page->value().orders) {
                if (o.canApproveOrReject())
                    m_pending.append(o);
            }
        }
        QVERIFY2(m_pending.size() >= 50, qPrintable(QString::number(m_pending.size())));
        m_nam->sent.clear();
    }

    void cleanup() {
        delete m_journal;
        delete m_reconciler;
        delete m_client;
        delete m_transport;
        delete m_auth;
        delete m_nam;
        delete m_sandbox;
        m_dir.reset();
    }

    void fiftyApprovalsWithThreeSpecialCases() {
        const QList<tremendous::Order> orders = m_pending.mid(0, 50);
        const QList<tremendous::BulkItem> items = itemsFor(orders);
        // Two approved by someone else before the run; one whose answer is lost after the sandbox applied it.
        for (int i : {5, 17}) {
            auto r = run<tremendous::Order>([&](auto cb) { return m_client->approveOrder(orders.at(i).id, this, cb); });
            QVERIFY(r && r->ok());
        }
        m_sandbox->faults()->inject(Fault::Kind::DropAfterApply,
                                    Prefix + u"/order_approvals/%1/approve"_s.arg(orders.at(30).id), 1, "POST");
        m_nam->sent.clear();

        const auto interval = 25ms;
        auto bulk = runner(tremendous::Action::Approve, items, interval);
        QCOMPARE(bulk->dryRun().actionable, 50);
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        QSignalSpy changed(bulk.get(), &tremendous::BulkRunner::orderChanged);
        QSignalSpy itemChanged(bulk.get(), &tremendous::BulkRunner::itemChanged);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(runToEnd(bulk.get(), &finished));
        const qint64 took = elapsed.elapsed();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!bulk->isRunning());
        QCOMPARE(bulk->doneCount(), 50);
        QVERIFY(itemChanged.size() >= 100); // Running and the outcome, for each item

        // Every item, one by one.
        const QList<tremendous::BulkItemResult> results = bulk->results();
        for (int i = 0; i < 50; ++i) {
            const tremendous::BulkItemResult& r = results.at(i);
            const QString id = orders.at(i).id;
            QVERIFY2(!r.journalEntry.isEmpty(), qPrintable(id));
            const std::optional<JournalEntry> e = m_journal->entry(r.journalEntry);
            QVERIFY(e);
            QCOMPARE(e->objectId, id);
            QCOMPARE(e->objectType, u"order"_s);
            QCOMPARE(e->action, u"approve"_s);
            QCOMPARE(e->vendor, Vendor::Tremendous);
            QCOMPARE(e->environment, Environment::Demo);
            QCOMPARE(e->accountId, m_account.id);
            QCOMPARE(e->accountLabel, u"Tremendous (demo)"_s);
            QCOMPARE(e->reason, u"Bulk test: approved by the support lead"_s);
            QCOMPARE(e->summary, items.at(i).summary);
            QVERIFY(!m_journal->isInFlight(e->id));
            if (i == 5 || i == 17) {
                QCOMPARE(r.outcome, Outcome::AlreadyHandled);
                QCOMPARE(r.httpStatus, 422);
                QVERIFY2(r.message.startsWith(u"Already approved: The order is now EXECUTED"_s), qPrintable(r.message));
                QCOMPARE(e->state, JournalState::NotApplied); // our request changed nothing
                QVERIFY(e->outcome.contains(u"Order is not pending approval"_s));
                QCOMPARE(posts(id), 2); // the earlier approval and this run's single request
                QVERIFY(r.applied());
            } else if (i == 30) {
                QCOMPARE(r.outcome, Outcome::Succeeded);
                QVERIFY2(r.message.startsWith(u"Confirmed by reading the order back: The order is now EXECUTED"_s),
                         qPrintable(r.message));
                QCOMPARE(e->state, JournalState::ReconciledApplied);
                QVERIFY(!e->resolvedBy.isEmpty());
                QCOMPARE(posts(id), 1); // never re-sent
                QVERIFY(m_sandbox->http()->requestCount("GET", Prefix + u"/orders/"_s + id) >= 1);
            } else {
                QVERIFY2(r.outcome == Outcome::Succeeded, qPrintable(id + u": "_s + r.message));
                QCOMPARE(r.httpStatus, 200);
                QCOMPARE(r.message, u"Approved. The order is now EXECUTED."_s);
                QCOMPARE(e->state, JournalState::Succeeded);
                QCOMPARE(e->outcome, r.message);
                QCOMPARE(posts(id), 1);
                QCOMPARE(m_sandbox->http()->requestCount("GET", Prefix + u"/orders/"_s + id), 0);
            }
        }
        QVERIFY(m_journal->unresolved().isEmpty()); // nothing left locked
        QCOMPARE(m_journal->entries().size(), 50);

        // The objects for the rows: one per item, as the vendor now shows them.
        QCOMPARE(changed.size(), 50);
        QSet<QString> emitted;
        for (const QList<QVariant>& args : changed) {
            const tremendous::Order o = args.at(0).value<tremendous::Order>();
            QCOMPARE(o.status, tremendous::OrderStatus::Executed);
            emitted.insert(o.id);
        }
        QCOMPARE(emitted.size(), 50);

        // The pace, measured on the wire: 50 POSTs, each at least `interval` after the one before.
        const QList<RecordingNam::Sent> postsSent = m_nam->actions("POST");
        QCOMPARE(postsSent.size(), 50);
        qint64 shortestGapNs = std::numeric_limits<qint64>::max();
        for (int i = 1; i < postsSent.size(); ++i)
            shortestGapNs = qMin(shortestGapNs, postsSent.at(i).ns - postsSent.at(i - 1).ns);
        QVERIFY2(shortestGapNs >= qint64(interval.count()) * 1000000 - 2000000,
                 qPrintable(u"shortest gap %1 ms"_s.arg(shortestGapNs / 1e6)));
        QVERIFY2(took >= 49 * interval.count(), qPrintable(QString::number(took)));
        qInfo("50 approvals paced at %d ms took %lld ms; shortest gap between POSTs %.2f ms", int(interval.count()),
              took, shortestGapNs / 1e6);

        // The sandbox agrees: every order is EXECUTED now.
        for (const tremendous::Order& o : orders) {
            auto now = run<tremendous::Order>([&](auto cb) { return m_client->order(o.id, this, cb); });
            QVERIFY(now && now->ok());
            QCOMPARE(now->value().status, tremendous::OrderStatus::Executed);
        }

        // The CSV: BOM, header, one record per item with 11 fields.
        const QByteArray csv = bulk->resultsCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 51);
        QCOMPARE(rows.first(),
                 (QStringList{u"Object ID"_s, u"Recipient"_s, u"Amount"_s, u"Currency"_s, u"Action"_s, u"Outcome"_s,
                              u"Message"_s, u"HTTP status"_s, u"Journal entry"_s, u"Account"_s, u"Environment"_s}));
        for (int i = 0; i < 50; ++i) {
            const QStringList& row = rows.at(i + 1);
            QCOMPARE(row.size(), 11);
            QCOMPARE(row.at(0), orders.at(i).id);
            // Phone numbers start with "+": guarded like any formula-looking cell (a spreadsheet shows them as text).
            const QString recipient = items.at(i).recipient;
            QCOMPARE(row.at(1), recipient.startsWith(u'+') ? u"'"_s + recipient : recipient);
            QCOMPARE(row.at(2), items.at(i).amount.amountText());
            QCOMPARE(row.at(3), items.at(i).amount.currency);
            QCOMPARE(row.at(4), u"approve"_s);
            QCOMPARE(row.at(5), tremendous::bulkOutcomeDisplay(results.at(i).outcome));
            QCOMPARE(row.at(6), results.at(i).message);
            QCOMPARE(row.at(8), results.at(i).journalEntry);
            QCOMPARE(row.at(9), u"Tremendous (demo)"_s);
            QCOMPARE(row.at(10), u"Demo"_s);
        }
        QCOMPARE(rows.at(6).at(5), u"Already handled"_s);
        QCOMPARE(rows.at(6).at(7), u"422"_s);
        QCOMPARE(rows.at(1).at(7), u"200"_s);
    }

    void csvGuardsAgainstFormulas() {
        QList<tremendous::BulkItem> items;
        tremendous::BulkItem evil;
        evil.objectId = u"=HYPERLINK(\"x\")"_s;
        evil.recipient = u"+1 555, \"quoted\"\nline"_s;
        evil.blockedReason = u"-not actionable"_s;
        items.append(evil);
        auto bulk = runner(tremendous::Action::Approve, items);
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        bulk->start();
        QCOMPARE(finished.size(), 0); // never inside start(), even with nothing to send
        QVERIFY(finished.wait(2000));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bulk->resultsCsv().mid(3)));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), u"'=HYPERLINK(\"x\")"_s);
        QCOMPARE(rows.at(1).at(1), u"'+1 555, \"quoted\"\nline"_s);
        QCOMPARE(rows.at(1).at(6), u"'-not actionable"_s);
        QCOMPARE(m_nam->sent.size(), 0);
    }

    void cancelBetweenItems() {
        const QList<tremendous::Order> orders = m_pending.mid(0, 10);
        auto bulk = runner(tremendous::Action::Approve, itemsFor(orders), 150ms);
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        QElapsedTimer sinceCancel;
        // Cancel while the runner waits for the pace after item 1.
        connect(bulk.get(), &tremendous::BulkRunner::itemChanged, bulk.get(), [&](int index) {
            if (index == 1 && bulk->results().at(1).outcome == Outcome::Succeeded) {
                QTimer::singleShot(40, bulk.get(), [&] {
                    sinceCancel.start();
                    bulk->cancel();
                });
            }
        });
        QVERIFY(runToEnd(bulk.get(), &finished));
        QVERIFY(sinceCancel.isValid());
        QVERIFY2(sinceCancel.elapsed() < 100, qPrintable(QString::number(sinceCancel.elapsed()))); // not after a pace
        QVERIFY(bulk->isCancelled());
        QTest::qWait(300); // a request after the cancel would arrive here
        QCOMPARE(finished.size(), 1);
        for (int i = 0; i < 10; ++i) {
            const tremendous::BulkItemResult& r = bulk->results().at(i);
            if (i < 2) {
                QCOMPARE(r.outcome, Outcome::Succeeded);
                QCOMPARE(posts(orders.at(i).id), 1);
            } else {
                QCOMPARE(r.outcome, Outcome::Skipped);
                QCOMPARE(r.message, u"Cancelled before this item: nothing was sent."_s);
                QVERIFY(r.journalEntry.isEmpty());
                QCOMPARE(posts(orders.at(i).id), 0);
            }
        }
        QCOMPARE(m_journal->entries().size(), 2);
        QCOMPARE(m_nam->actions("POST").size(), 2);

        // Cancelling while an item is in flight: that item ends (and is recorded), nothing after it is sent.
        const QList<tremendous::Order> more = m_pending.mid(10, 5);
        auto second = runner(tremendous::Action::Approve, itemsFor(more), 5ms);
        QSignalSpy finished2(second.get(), &tremendous::BulkRunner::finished);
        connect(second.get(), &tremendous::BulkRunner::itemChanged, second.get(), [&](int index) {
            if (index == 0 && second->results().at(0).outcome == Outcome::Running)
                second->cancel();
        });
        QVERIFY(runToEnd(second.get(), &finished2));
        QTest::qWait(100);
        // Item 0 was being journaled when cancelled: journaled as not sent, nothing sent.
        QCOMPARE(second->results().at(0).outcome, Outcome::Skipped);
        QCOMPARE(second->results().at(0).message, u"Cancelled before it was sent."_s);
        const std::optional<JournalEntry> e = m_journal->entry(second->results().at(0).journalEntry);
        QVERIFY(e);
        QCOMPARE(e->state, JournalState::NotApplied);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(posts(more.at(i).id), 0);
            if (i > 0)
                QCOMPARE(second->results().at(i).outcome, Outcome::Skipped);
        }
    }

    void forbiddenStopsTheRun() {
        control({{u"approvals_via_api"_s, false}});
        const QList<tremendous::Order> orders = m_pending.mid(0, 5);
        auto bulk = runner(tremendous::Action::Approve, itemsFor(orders));
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(bulk.get(), &finished));
        const tremendous::BulkItemResult first = bulk->results().at(0);
        QCOMPARE(first.outcome, Outcome::NotApplied);
        QCOMPARE(first.httpStatus, 403);
        QCOMPARE(first.message, u"Approvals via API is turned off for this organization (Tremendous dashboard > Order "
                                "approvals). Nothing was changed."_s);
        QCOMPARE(bulk->stopReason(), first.message);
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(bulk->results().at(i).outcome, Outcome::Skipped);
            QVERIFY(bulk->results().at(i).message.startsWith(u"Not sent: the run stopped. Approvals via API"_s));
            QCOMPARE(posts(orders.at(i).id), 0);
        }
        QCOMPARE(posts(orders.at(0).id), 1);
        QCOMPARE(m_journal->entries().size(), 1);
        QCOMPARE(m_journal->entries().first().state, JournalState::NotApplied);

        // 401 stops it the same way.
        control({{u"approvals_via_api"_s, true}});
        StaticKeyAuthProvider wrong(Vendor::Tremendous, "TEST_wrong_key_1111");
        Endpoint e = endpoint();
        e.auth = &wrong;
        tremendous::Client client(m_transport, e);
        tremendous::BulkRunner withWrongKey(&client, m_journal, m_reconciler, m_account, tremendous::Action::Approve,
                                            itemsFor(orders));
        withWrongKey.setInterval(5ms);
        QSignalSpy finished2(&withWrongKey, &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(&withWrongKey, &finished2));
        QCOMPARE(withWrongKey.results().at(0).httpStatus, 401);
        QVERIFY(withWrongKey.results().at(0).message.startsWith(u"The API key for Tremendous (demo) was rejected."_s));
        for (int i = 1; i < 5; ++i)
            QCOMPARE(withWrongKey.results().at(i).outcome, Outcome::Skipped);
    }

    void rateLimitedItemIsNotResentAndTheRunPauses() {
        const QList<tremendous::Order> orders = m_pending.mid(0, 3);
        Fault f;
        f.kind = Fault::Kind::RateLimit;
        f.method = "POST";
        f.path = Prefix + u"/order_approvals/%1/approve"_s.arg(orders.at(1).id);
        f.count = 1;
        f.retryAfterSeconds = 1;
        m_sandbox->faults()->add(f);
        auto bulk = runner(tremendous::Action::Approve, itemsFor(orders));
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        qint64 limitedAtNs = -1;
        connect(bulk.get(), &tremendous::BulkRunner::itemChanged, bulk.get(), [&](int index) {
            if (index == 1 && bulk->results().at(1).outcome == Outcome::NotApplied)
                limitedAtNs = m_nam->clock.nsecsElapsed();
        });
        QVERIFY(runToEnd(bulk.get(), &finished));
        const tremendous::BulkItemResult limited = bulk->results().at(1);
        QCOMPARE(limited.outcome, Outcome::NotApplied);
        QCOMPARE(limited.httpStatus, 429);
        QVERIFY2(limited.message.startsWith(u"Rate limited: not applied."_s), qPrintable(limited.message));
        QCOMPARE(bulk->results().at(0).outcome, Outcome::Succeeded);
        QCOMPARE(bulk->results().at(2).outcome, Outcome::Succeeded);
        QCOMPARE(posts(orders.at(1).id), 1); // not re-sent
        const QList<RecordingNam::Sent> sent = m_nam->actions("POST");
        QCOMPARE(sent.size(), 3);
        QVERIFY(limitedAtNs > 0);
        const qint64 pauseMs = (sent.at(2).ns - limitedAtNs) / 1000000;
        QVERIFY2(pauseMs >= 995, qPrintable(QString::number(pauseMs))); // Retry-After: 1
        QCOMPARE(m_journal->entry(limited.journalEntry)->state, JournalState::NotApplied);
    }

    void lockedObjectIsNotSent() {
        const tremendous::Order order = m_pending.first();
        // An earlier action on the same order whose outcome is still unknown.
        ActionIntent intent;
        intent.accountId = m_account.id;
        intent.accountLabel = m_account.label();
        intent.vendor = Vendor::Tremendous;
        intent.environment = m_account.environment;
        intent.objectType = u"order"_s;
        intent.objectId = order.id;
        intent.action = u"reject"_s;
        std::optional<BeginResult> begun;
        m_journal->beginAction(intent, this, [&](const BeginResult& r) { begun = r; });
        QVERIFY(waitFor([&] { return begun.has_value(); }));
        QVERIFY(begun->ok());
        QVERIFY(m_journal->complete(begun->ticket(), {JournalState::Unknown, u"lost"_s, {}}));

        auto bulk = runner(tremendous::Action::Approve, itemsFor({order, m_pending.at(1)}));
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(bulk.get(), &finished));
        QCOMPARE(bulk->results().at(0).outcome, Outcome::NotApplied);
        QCOMPARE(bulk->results().at(0).message,
                 u"Not sent: another action on this order is unresolved (see the audit log)."_s);
        QVERIFY(bulk->results().at(0).journalEntry.isEmpty());
        QCOMPARE(posts(order.id), 0);
        QCOMPARE(bulk->results().at(1).outcome, Outcome::Succeeded); // the run goes on
    }

    void failedReadBackLeavesTheItemUnknownAndLocked() {
        const tremendous::Order order = m_pending.first();
        m_sandbox->faults()->inject(Fault::Kind::DropAfterApply,
                                    Prefix + u"/order_approvals/%1/approve"_s.arg(order.id), 1, "POST");
        m_sandbox->faults()->inject(Fault::Kind::ServerError, Prefix + u"/orders/"_s + order.id, -1, "GET");
        auto bulk = runner(tremendous::Action::Approve, itemsFor({order}));
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(bulk.get(), &finished));
        const tremendous::BulkItemResult r = bulk->results().first();
        QCOMPARE(r.outcome, Outcome::Unknown);
        QVERIFY2(r.message.startsWith(u"Still unknown: The order could not be read back"_s), qPrintable(r.message));
        const std::optional<JournalEntry> e = m_journal->entry(r.journalEntry);
        QCOMPARE(e->state, JournalState::Unknown);
        QVERIFY(m_journal->isLocked(e->object()));
        QVERIFY(m_journal->needsAttention(*e));
        QCOMPARE(posts(order.id), 1);
        QCOMPARE(m_sandbox->http()->requestCount("GET", Prefix + u"/orders/"_s + order.id), 3); // a lookup: retried
    }

    void destroyedMidRequestLeavesTheEntryUnknown() {
        const tremendous::Order order = m_pending.first();
        Fault late;
        late.kind = Fault::Kind::LateReply;
        late.method = "POST";
        late.path = Prefix + u"/order_approvals/%1/approve"_s.arg(order.id);
        late.count = 1;
        late.delayMs = 5000;
        m_sandbox->faults()->add(late);
        auto bulk = runner(tremendous::Action::Approve, itemsFor({order}));
        bulk->start();
        QVERIFY(waitFor([&] { return posts(order.id) == 1; }));
        const QString entryId = bulk->results().first().journalEntry;
        QVERIFY(!entryId.isEmpty());
        QVERIFY(m_journal->isInFlight(entryId));
        bulk.reset(); // the tab closed
        const std::optional<JournalEntry> e = m_journal->entry(entryId);
        QCOMPARE(e->state, JournalState::Unknown);
        QVERIFY(!m_journal->isInFlight(entryId));
        QVERIFY(m_journal->needsAttention(*e)); // JournalReconciler will read it back
        QVERIFY(e->outcome.contains(u"stopped waiting"_s));
    }

    void blockedDuplicatesAndDryRun() {
        QList<tremendous::BulkItem> items = itemsFor(m_pending.mid(0, 3));
        tremendous::BulkItem blocked = items.at(1);
        blocked.objectId = u"SOMEOTHERORDER"_s;
        blocked.blockedReason = u"Not pending approval (EXECUTED)."_s;
        items.append(blocked);
        items.append(items.at(0)); // listed twice
        tremendous::BulkItem noAmount;
        noAmount.objectId = m_pending.at(3).id;
        items.append(noAmount);
        tremendous::BulkItem eur;
        eur.objectId = u"EURORDER"_s;
        eur.amount = Money{u"10"_s, 1000, u"EUR"_s};
        eur.blockedReason = u"Locked."_s;
        items.append(eur);

        tremendous::BulkItem noId;
        noId.amount = Money{u"7"_s, 700, u"USD"_s};
        items.append(noId);

        // The dry run skips what the run skips: the duplicate and the empty id are not counted or totalled.
        const tremendous::BulkDryRun dry = tremendous::BulkRunner::dryRun(items);
        QCOMPARE(dry.actionable, 4);
        QCOMPARE(dry.withoutAmount, 1);
        QCOMPARE(dry.blocked.size(), 4);
        QCOMPARE(dry.blocked.at(0).first, u"SOMEOTHERORDER"_s);
        QCOMPARE(dry.blocked.at(1).first, items.at(0).objectId);
        QVERIFY(dry.blocked.at(1).second.startsWith(u"Skipped: listed twice"_s));
        QCOMPARE(dry.blocked.at(2).first, u"EURORDER"_s);
        QCOMPARE(dry.blocked.at(3).second, u"Skipped: no ID."_s);
        qint64 usd = 0;
        for (int i : {0, 1, 2})
            usd += *items.at(i).amount.cents;
        QCOMPARE(dry.totalsByCurrency, (QList<QPair<QString, qint64>>{{u"USD"_s, usd}}));

        auto bulk = runner(tremendous::Action::Approve, items);
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(bulk.get(), &finished));
        QCOMPARE(bulk->results().at(3).outcome, Outcome::Skipped);
        QCOMPARE(bulk->results().at(3).message, u"Not pending approval (EXECUTED)."_s);
        QCOMPARE(bulk->results().at(4).outcome, Outcome::Skipped);
        QVERIFY(bulk->results().at(4).message.startsWith(u"Skipped: listed twice"_s));
        QCOMPARE(bulk->results().at(6).outcome, Outcome::Skipped);
        QCOMPARE(bulk->results().at(7).outcome, Outcome::Skipped);
        QCOMPARE(bulk->results().at(5).outcome, Outcome::Succeeded);
        int sent = 0;
        for (const tremendous::BulkItemResult& r : bulk->results())
            sent += r.outcome == Outcome::Succeeded ? 1 : 0;
        QCOMPARE(sent, dry.actionable);
        QCOMPARE(posts(m_pending.at(0).id), 1);
        QCOMPARE(m_sandbox->http()->requestCount("POST", Prefix + u"/order_approvals/SOMEOTHERORDER/approve"_s), 0);
        QCOMPARE(m_journal->entries().size(), 4);
    }

    void releaseAndResend() {
        const QStringList flagged = sampleIds("flagged_review_ids");
        QVERIFY(flagged.size() >= 2);
        QList<tremendous::BulkItem> reviews;
        for (const QString& id : flagged.mid(0, 2)) {
            tremendous::BulkItem item;
            item.objectId = id;
            reviews.append(item);
        }
        auto release = runner(tremendous::Action::Release, reviews);
        QSignalSpy finished(release.get(), &tremendous::BulkRunner::finished);
        QSignalSpy reviewChanged(release.get(), &tremendous::BulkRunner::fraudReviewChanged);
        QVERIFY(runToEnd(release.get(), &finished));
        for (const tremendous::BulkItemResult& r : release->results()) {
            QCOMPARE(r.outcome, Outcome::Succeeded);
            QCOMPARE(m_journal->entry(r.journalEntry)->objectType, u"fraud_review"_s);
            QCOMPARE(m_journal->entry(r.journalEntry)->action, u"release"_s);
        }
        QCOMPARE(reviewChanged.size(), 2);
        QCOMPARE(reviewChanged.first().at(0).value<tremendous::FraudReview>().status,
                 tremendous::FraudStatus::Released);
        QCOMPARE(m_sandbox->http()->requestCount("PUT", Prefix + u"/fraud_reviews/%1/release"_s.arg(flagged.at(0))), 1);

        const QStringList failed = sampleIds("failed_reward_ids");
        QVERIFY(failed.size() >= 2);
        QList<tremendous::BulkItem> rewards;
        for (const QString& id : failed.mid(0, 2)) {
            tremendous::BulkItem item;
            item.objectId = id;
            rewards.append(item);
        }
        auto resend = runner(tremendous::Action::Resend, rewards);
        QSignalSpy finished2(resend.get(), &tremendous::BulkRunner::finished);
        QSignalSpy rewardChanged(resend.get(), &tremendous::BulkRunner::rewardChanged);
        QVERIFY(runToEnd(resend.get(), &finished2));
        for (const tremendous::BulkItemResult& r : resend->results()) {
            QCOMPARE(r.outcome, Outcome::Succeeded);
            QCOMPARE(m_journal->entry(r.journalEntry)->objectType, u"reward"_s);
        }
        QCOMPARE(rewardChanged.size(), 2);
        QCOMPARE(rewardChanged.first().at(0).toString(), failed.at(0));
        QVERIFY(m_journal->unresolved().isEmpty());
    }
    void paceCountsTheReadBackRequests() {
        // Every cancel is refused (422), so every item makes 3 requests: the POST, GET /rewards/{id} and GET
        // /orders/{order_id}. The run as a whole must stay at or below one request per interval.
        auto f = faultStack();
        QVERIFY(f);
        const auto interval = 40ms;
        QList<tremendous::BulkItem> items;
        for (int i = 1; i <= 5; ++i) {
            const QString id = u"RW%1"_s.arg(i);
            const QString order = u"OR%1"_s.arg(i);
            f->server->on("POST", u"/api/v2/rewards/%1/cancel"_s.arg(id),
                          FaultResponse::json(422, R"({"errors":{"message":"The reward has already been canceled",)"
                                                   R"("payload":{}}})"));
            f->server->on("GET", u"/api/v2/rewards/%1"_s.arg(id),
                          FaultResponse::json(200, R"({"reward":{"id":")" + id.toUtf8() + R"(","order_id":")" +
                                                       order.toUtf8() +
                                                       R"(","value":{"denomination":20,"currency_code":"USD"},)"
                                                       R"("delivery":{"method":"EMAIL","status":"FAILED"}}})"));
            f->server->on("GET", u"/api/v2/orders/%1"_s.arg(order),
                          FaultResponse::json(200, orderJson(order, u"CANCELED"_s)));
            tremendous::BulkItem item;
            item.objectId = id;
            items.append(item);
        }
        tremendous::BulkRunner bulk(f->client.get(), m_journal, f->reconciler.get(), m_account,
                                    tremendous::Action::Cancel, items);
        bulk.setInterval(interval);
        bulk.setReason(u"Pace test"_s);
        QSignalSpy finished(&bulk, &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(&bulk, &finished));
        for (const tremendous::BulkItemResult& r : bulk.results()) {
            QCOMPARE(r.outcome, Outcome::AlreadyHandled);
            QCOMPARE(r.httpStatus, 422);
            QVERIFY(r.confirmedByReadBack);
        }
        QCOMPARE(f->arrivals.size(), 15);
        QCOMPARE(f->server->totalCount(), 15);
        // Between two POSTs, the requests that arrived must have had interval each: gap >= requests x interval.
        QList<int> postAt;
        for (int i = 0; i < f->arrivals.size(); ++i) {
            if (f->arrivals.at(i).second.startsWith("POST "))
                postAt.append(i);
        }
        QCOMPARE(postAt.size(), 5);
        const qint64 intervalNs = qint64(interval.count()) * 1000000;
        const qint64 toleranceNs = 5 * 1000000; // the server sees requests a little after the runner sends them
        for (int k = 1; k < postAt.size(); ++k) {
            const int requests = postAt.at(k) - postAt.at(k - 1);
            QCOMPARE(requests, 3);
            const qint64 gapNs = f->arrivals.at(postAt.at(k)).first - f->arrivals.at(postAt.at(k - 1)).first;
            QVERIFY2(gapNs >= requests * intervalNs - toleranceNs,
                     qPrintable(u"item %1 started %2 ms after the previous one, which made %3 requests"_s.arg(k)
                                    .arg(gapNs / 1e6)
                                    .arg(requests)));
        }
        // Overall: the 12 requests before the last item took at least 12 intervals.
        const qint64 spanNs = f->arrivals.at(postAt.last()).first - f->arrivals.first().first;
        QVERIFY2(spanNs >= postAt.last() * intervalNs - toleranceNs, qPrintable(QString::number(spanNs / 1e6)));
    }

    void approvedButFailedIsAWarning() {
        auto f = faultStack();
        QVERIFY(f);
        f->server->on("POST", u"/api/v2/order_approvals/OFAIL/approve"_s,
                      FaultResponse::json(200, orderJson(u"OFAIL"_s, u"FAILED"_s)));
        f->server->on("POST", u"/api/v2/order_approvals/OOK/approve"_s,
                      FaultResponse::json(200, orderJson(u"OOK"_s, u"EXECUTED"_s)));
        // A 500 on the approve (Unknown), then the order read back FAILED.
        f->server->on("POST", u"/api/v2/order_approvals/OLOST/approve"_s, FaultResponse::json(500, "{}"));
        f->server->on("GET", u"/api/v2/orders/OLOST"_s, FaultResponse::json(200, orderJson(u"OLOST"_s, u"FAILED"_s)));
        QList<tremendous::BulkItem> items;
        for (const QString& id : {u"OFAIL"_s, u"OOK"_s, u"OLOST"_s}) {
            tremendous::BulkItem item;
            item.objectId = id;
            items.append(item);
        }
        tremendous::BulkRunner bulk(f->client.get(), m_journal, f->reconciler.get(), m_account,
                                    tremendous::Action::Approve, items);
        bulk.setInterval(5ms);
        bulk.setReadBackSettleDelay(20ms);
        bulk.setReason(u"Warning test"_s);
        QSignalSpy finished(&bulk, &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(&bulk, &finished));

        const tremendous::BulkItemResult failed = bulk.results().at(0);
        QCOMPARE(failed.outcome, Outcome::Succeeded);
        QVERIFY(failed.warning);
        QVERIFY(!failed.confirmedByReadBack);
        QCOMPARE(failed.httpStatus, 200);
        QCOMPARE(failed.message, u"Order OFAIL approved, but Tremendous reports it FAILED: the payment could not be "
                                 "processed. Check the order."_s);
        QCOMPARE(m_journal->entry(failed.journalEntry)->state, JournalState::Succeeded); // the approval happened

        const tremendous::BulkItemResult ok = bulk.results().at(1);
        QCOMPARE(ok.outcome, Outcome::Succeeded);
        QVERIFY(!ok.warning);
        QCOMPARE(ok.message, u"Approved. The order is now EXECUTED."_s);

        const tremendous::BulkItemResult lost = bulk.results().at(2);
        QCOMPARE(lost.outcome, Outcome::Succeeded);
        QVERIFY(lost.warning);
        QVERIFY(lost.confirmedByReadBack);
        QCOMPARE(lost.httpStatus, 500); // the real status is kept
        QVERIFY2(lost.message.startsWith(u"Order OLOST approved, but Tremendous reports it FAILED"_s),
                 qPrintable(lost.message));
        QVERIFY(lost.message.contains(u"Confirmed by reading the order back"_s));
        QCOMPARE(m_journal->entry(lost.journalEntry)->state, JournalState::ReconciledApplied);

        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bulk.resultsCsv().mid(3)));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).at(6), u"Warning: "_s + failed.message);
        QCOMPARE(rows.at(2).at(6), ok.message);
        QCOMPARE(rows.at(3).at(7), u"500"_s);
    }

    void unknownOutcomeWaitsBeforeReadingBack() {
        auto f = faultStack();
        QVERIFY(f);
        f->server->on("POST", u"/api/v2/order_approvals/OSLOW/approve"_s, FaultResponse::json(503, "{}"));
        f->server->on("GET", u"/api/v2/orders/OSLOW"_s, FaultResponse::json(200, orderJson(u"OSLOW"_s, u"EXECUTED"_s)));
        tremendous::BulkItem item;
        item.objectId = u"OSLOW"_s;
        tremendous::BulkRunner bulk(f->client.get(), m_journal, f->reconciler.get(), m_account,
                                    tremendous::Action::Approve, {item});
        QCOMPARE(bulk.readBackSettleDelay(), 2000ms); // the default
        bulk.setReadBackSettleDelay(300ms);
        bulk.setReason(u"Settle test"_s);
        QSignalSpy finished(&bulk, &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(&bulk, &finished));
        QCOMPARE(bulk.results().first().outcome, Outcome::Succeeded);
        QCOMPARE(f->arrivals.size(), 2);
        QVERIFY(f->arrivals.at(0).second.startsWith("POST "));
        QCOMPARE(f->arrivals.at(1).second, QByteArray("GET /api/v2/orders/OSLOW"));
        const qint64 waitedMs = (f->arrivals.at(1).first - f->arrivals.at(0).first) / 1000000;
        QVERIFY2(waitedMs >= 295, qPrintable(QString::number(waitedMs)));
    }

    void refusedReasonStopsTheRun() {
        const QList<tremendous::Order> orders = m_pending.mid(0, 3);
        auto bulk = runner(tremendous::Action::Approve, itemsFor(orders));
        bulk->setReason(u"customer pasted api_key=abcdef123456 in the ticket"_s); // looks like a credential
        QSignalSpy finished(bulk.get(), &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(bulk.get(), &finished));
        QCOMPARE(bulk->results().at(0).outcome, Outcome::NotApplied);
        QVERIFY(bulk->results().at(0).message.startsWith(u"Not sent: "_s));
        QVERIFY(!bulk->stopReason().isEmpty());
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(bulk->results().at(i).outcome, Outcome::Skipped);
            QVERIFY(bulk->results().at(i).message.startsWith(u"Not sent: the run stopped."_s));
        }
        for (const tremendous::Order& o : orders)
            QCOMPARE(posts(o.id), 0);
        QVERIFY(m_journal->entries().isEmpty());
    }

    void resendToAnUpdatedAddressIsJournaled() {
        const QStringList failed = sampleIds("failed_reward_ids");
        QVERIFY(!failed.isEmpty());
        auto reward = run<tremendous::Reward>([&](auto cb) { return m_client->reward(failed.first(), this, cb); });
        QVERIFY(reward && reward->ok());
        const bool sms = reward->value().deliveryMethod == tremendous::DeliveryMethod::Phone;
        const QString newAddress = sms ? u"+15550100199"_s : u"new.address@example.com"_s;
        tremendous::BulkItem item;
        item.objectId = failed.first();
        item.summary = u"USD 20.00 to old.address@example.com"_s;
        auto resend = runner(tremendous::Action::Resend, {item});
        tremendous::ResendTarget target;
        (sms ? target.updatedPhone : target.updatedEmail) = newAddress;
        resend->setResendTarget(target);
        QSignalSpy finished(resend.get(), &tremendous::BulkRunner::finished);
        QVERIFY(runToEnd(resend.get(), &finished));
        const tremendous::BulkItemResult r = resend->results().first();
        QVERIFY2(r.outcome == Outcome::Succeeded, qPrintable(r.message));
        QCOMPARE(m_journal->entry(r.journalEntry)->summary,
                 u"USD 20.00 to old.address@example.com; resent to "_s + newAddress);
    }
};

QTEST_GUILESS_MAIN(TestTrBulkRunner)
#include "tst_trbulkrunner.moc"
