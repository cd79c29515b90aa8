// FaultInjector and the fault behaviours of SandboxHttpServer, each observed from a real QNetworkAccessManager client.

#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

class TestFaultInjector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void latency();
    void rateLimit();
    void serverError();
    void redirect();
    void truncatedBody();
    void malformedJson();
    void htmlError();
    void trickle();
    void lateReply();
    void dropAfterApply();
    void dropAfterApplyWithUnrepeatableBody();
    void countAndAlways();
    void matching();
    void controlRoute();
    void controlRouteRejectsBadFaults();
    void clientDisconnectsDuringDelayedReplies();
    void fromJson();

private:
    QUrl url(const QString& path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(path)); }
    HttpResult get(const QString& path, int timeoutMs = 5000) {
        return send(*m_nam, requestFor(url(path)), "GET", {}, timeoutMs);
    }
    HttpResult increment(int timeoutMs = 5000) {
        return send(*m_nam, requestFor(url(u"/api/counter/increment"_s)), "POST", "x", timeoutMs);
    }
    int counterValue() { return get(u"/api/counter"_s).json().value("value"_L1).toInt(-1); }
    Fault fault(Fault::Kind kind, const QString& path, int count = 1) {
        Fault f;
        f.kind = kind;
        f.path = path;
        f.count = count;
        return f;
    }

    SandboxHttpServer* m_server = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    int m_counter = 0;
};

void TestFaultInjector::init() {
    m_counter = 0;
    m_server = new SandboxHttpServer;
    m_server->route("POST", u"/api/counter/increment"_s, [this](const SandboxRequest&) {
        QJsonObject body;
        body.insert("value"_L1, ++m_counter);
        return SandboxResponse::json(200, body);
    });
    m_server->route("GET", u"/api/counter"_s, [this](const SandboxRequest&) {
        QJsonObject body;
        body.insert("value"_L1, m_counter);
        return SandboxResponse::json(200, body);
    });
    m_server->route("GET", u"/api/big"_s, [](const SandboxRequest&) {
        QJsonArray items;
        for (int i = 0; i < 40; ++i)
            items.append(u"item-%1"_s.arg(i, 4, 10, QLatin1Char('0')));
        QJsonObject body;
        body.insert("items"_L1, items);
        return SandboxResponse::json(200, body); // about 500 bytes
    });
    m_server->route("GET", u"/api/items/<id>"_s, [](const SandboxRequest& r) {
        QJsonObject body;
        body.insert("id"_L1, r.arg(u"id"_s));
        return SandboxResponse::json(200, body);
    });
    m_server->setErrorFormatter(u"/api"_s, [](int status, const QString& message) {
        QJsonObject body;
        body.insert("api_error"_L1, message);
        body.insert("status"_L1, status);
        return SandboxResponse::json(status, body);
    });
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    m_nam = new QNetworkAccessManager;
}

void TestFaultInjector::cleanup() {
    delete m_nam;
    m_nam = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestFaultInjector::latency() {
    Fault f = fault(Fault::Kind::Latency, u"/api/counter"_s);
    f.delayMs = 300;
    m_server->faults()->add(f);
    HttpResult r = get(u"/api/counter"_s);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 290, QByteArray::number(r.elapsedMs).constData());
    r = get(u"/api/counter"_s); // count 1: used up
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs < 250, QByteArray::number(r.elapsedMs).constData());
}

void TestFaultInjector::rateLimit() {
    Fault f = fault(Fault::Kind::RateLimit, u"/api/counter/increment"_s);
    f.retryAfterSeconds = 7;
    m_server->faults()->add(f);
    HttpResult r = increment();
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    QCOMPARE(r.json().value("status"_L1).toInt(), 429); // the prefix's error shape
    QVERIFY(r.json().contains("api_error"_L1));
    QCOMPARE(counterValue(), 0); // rejected: nothing applied
    QCOMPARE(increment().status, 200);
    QCOMPARE(counterValue(), 1);
}

void TestFaultInjector::serverError() {
    Fault f = fault(Fault::Kind::ServerError, u"/api/counter/increment"_s);
    f.status = 503;
    m_server->faults()->add(f);
    const HttpResult r = increment();
    QCOMPARE(r.status, 503);
    QCOMPARE(r.json().value("status"_L1).toInt(), 503);
    QCOMPARE(counterValue(), 0);
    m_server->faults()->add(fault(Fault::Kind::ServerError, u"/api/counter"_s));
    QCOMPARE(get(u"/api/counter"_s).status, 500); // the default status
}

void TestFaultInjector::redirect() {
    m_server->faults()->add(fault(Fault::Kind::Redirect, u"/api/counter"_s));
    HttpResult r = get(u"/api/counter"_s);
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("Location"), url(u"/_sandbox/redirected"_s).toEncoded());
    QCOMPARE(m_server->requestCount("GET", u"/_sandbox/redirected"_s), 0); // the client did not follow it

    Fault custom = fault(Fault::Kind::Redirect, u"/api/counter"_s);
    custom.status = 307;
    custom.location = QUrl(u"https://elsewhere.example/login"_s);
    m_server->faults()->add(custom);
    r = get(u"/api/counter"_s);
    QCOMPARE(r.status, 307);
    QCOMPARE(r.header("Location"), QByteArray("https://elsewhere.example/login"));

    // A client that does follow redirects lands on the counted target.
    m_server->faults()->add(fault(Fault::Kind::Redirect, u"/api/counter"_s));
    QNetworkRequest following = requestFor(url(u"/api/counter"_s));
    following.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    r = send(*m_nam, following);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->requestCount("GET", u"/_sandbox/redirected"_s), 1);
}

void TestFaultInjector::truncatedBody() {
    m_server->faults()->add(fault(Fault::Kind::TruncatedBody, u"/api/big"_s));
    HttpResult r = get(u"/api/big"_s);
    QVERIFY(r.finished);
    QVERIFY2(r.error != QNetworkReply::NoError, "a truncated body must be a client error");
    QVERIFY(!r.isJson());

    m_server->faults()->add(fault(Fault::Kind::TruncatedBody, u"/api/counter/increment"_s));
    r = increment();
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(counterValue(), 1); // applied
}

void TestFaultInjector::malformedJson() {
    m_server->faults()->add(fault(Fault::Kind::MalformedJson, u"/api/big"_s));
    const HttpResult r = get(u"/api/big"_s);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.body.isEmpty());
    QVERIFY(!r.isJson());
}

void TestFaultInjector::htmlError() {
    m_server->faults()->add(fault(Fault::Kind::HtmlError, u"/api/counter/increment"_s));
    const HttpResult r = increment();
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("<html>"));
    QVERIFY(!r.isJson());
    QCOMPARE(counterValue(), 0);
}

void TestFaultInjector::trickle() {
    Fault f = fault(Fault::Kind::Trickle, u"/api/big"_s);
    f.chunkBytes = 64;
    f.intervalMs = 40;
    m_server->faults()->add(f);
    // An inactivity timeout longer than the interval never fires: only a hard deadline would end this.
    QNetworkRequest request = requestFor(url(u"/api/big"_s));
    request.setTransferTimeout(200);
    const HttpResult r = send(*m_nam, request);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.isJson());
    const qint64 chunks = (r.body.size() + 150) / 64; // head + body, at least this many intervals
    QVERIFY2(r.elapsedMs >= (chunks - 1) * 40 - 20,
             QByteArray(QByteArray::number(r.elapsedMs) + " ms for " + QByteArray::number(chunks)).constData());
    QCOMPARE(r.json().value("items"_L1).toArray().size(), 40);
}

void TestFaultInjector::lateReply() {
    Fault f = fault(Fault::Kind::LateReply, u"/api/counter/increment"_s);
    f.delayMs = 600;
    m_server->faults()->add(f);
    QNetworkRequest request = requestFor(url(u"/api/counter/increment"_s));
    request.setTransferTimeout(200); // the client's deadline
    const HttpResult r = send(*m_nam, request, "POST", "x");
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // Qt's transfer timeout
    QVERIFY2(r.elapsedMs < 550, QByteArray::number(r.elapsedMs).constData());
    QCOMPARE(counterValue(), 1); // applied although the client saw no answer
    QTest::qWait(600);           // the late answer meets a closed connection: no crash
    QCOMPARE(counterValue(), 1);

    // With a patient client the late reply does arrive.
    m_server->faults()->add(f);
    const HttpResult patient = increment();
    QCOMPARE(patient.status, 200);
    QVERIFY(patient.elapsedMs >= 590);
    QCOMPARE(patient.json().value("value"_L1).toInt(), 2);
}

void TestFaultInjector::dropAfterApply() {
    // Seen from a raw client: the request is applied, the connection is reset, not one byte comes back.
    m_server->faults()->add(fault(Fault::Kind::DropAfterApply, u"/api/counter/increment"_s));
    {
        QTcpSocket raw;
        QByteArray received;
        bool closed = false;
        connect(&raw, &QTcpSocket::readyRead, &raw, [&] { received += raw.readAll(); });
        connect(&raw, &QTcpSocket::disconnected, &raw, [&] { closed = true; });
        raw.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->port());
        raw.write("POST /api/counter/increment HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nx");
        QTRY_VERIFY_WITH_TIMEOUT(closed || raw.state() == QAbstractSocket::UnconnectedState, 3000);
        QVERIFY(received.isEmpty());
    }
    QCOMPARE(counterValue(), 1); // but the state changed
    QCOMPARE(m_server->requestCount("POST", u"/api/counter/increment"_s), 1);

    // Seen from QNetworkAccessManager. NOTE for the transport: Qt 6.4 silently re-sends a request, POST included,
    // once when the server closes the connection before answering (QHttpNetworkConnectionChannel reconnectAttempts).
    // A dropped action is therefore applied twice before the client sees RemoteHostClosedError.
    m_server->resetCounters();
    m_server->faults()->add(fault(Fault::Kind::DropAfterApply, u"/api/counter/increment"_s, -1));
    const HttpResult r = increment();
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(r.status, 0); // no reply at all
    const int posts = m_server->requestCount("POST", u"/api/counter/increment"_s);
    QCOMPARE(posts, 2); // the original and Qt's silent re-send
    m_server->faults()->clear();
    QCOMPARE(counterValue(), 1 + posts); // every POST that arrived was applied
}

namespace {
// A request body QNetworkAccessManager cannot rewind (not a QBuffer, sequential, reset() fails).
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(const QByteArray& data)
        : m_data(data) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override {
        const qint64 n = qMin(max, m_data.size() - m_pos);
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

void TestFaultInjector::dropAfterApplyWithUnrepeatableBody() {
    // How a transport can keep Qt from re-sending an action: an unbuffered body it cannot rewind. Qt then fails the
    // reply with ContentReSendError (an unknown outcome) after exactly one POST.
    m_server->faults()->add(fault(Fault::Kind::DropAfterApply, u"/api/counter/increment"_s, -1));
    QNetworkRequest request = prepared(requestFor(url(u"/api/counter/increment"_s)));
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, 1);
    request.setRawHeader("Content-Type", "text/plain");
    auto* body = new OneShotBody("x");
    QNetworkReply* reply = m_nam->post(request, body);
    body->setParent(reply);
    const HttpResult r = waitFor(reply, 5000);
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::ContentReSendError);
    QCOMPARE(m_server->requestCount("POST", u"/api/counter/increment"_s), 1);
    m_server->faults()->clear();
    QCOMPARE(counterValue(), 1);
}

void TestFaultInjector::countAndAlways() {
    m_server->faults()->add(fault(Fault::Kind::ServerError, u"/api/counter"_s, 2));
    QCOMPARE(get(u"/api/counter"_s).status, 500);
    QCOMPARE(get(u"/api/counter"_s).status, 500);
    QCOMPARE(get(u"/api/counter"_s).status, 200);
    QVERIFY(m_server->faults()->faults().isEmpty());

    const int id = m_server->faults()->add(fault(Fault::Kind::ServerError, u"/api/counter"_s, -1));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(u"/api/counter"_s).status, 500);
    QVERIFY(m_server->faults()->remove(id));
    QCOMPARE(get(u"/api/counter"_s).status, 200);
}

void TestFaultInjector::matching() {
    FaultInjector* faults = m_server->faults();
    // By route pattern.
    faults->add(fault(Fault::Kind::ServerError, u"/api/items/<id>"_s));
    QCOMPARE(get(u"/api/items/42"_s).status, 500);
    // By concrete path: another id is not affected.
    faults->add(fault(Fault::Kind::ServerError, u"/api/items/7"_s));
    QCOMPARE(get(u"/api/items/8"_s).status, 200);
    QCOMPARE(get(u"/api/items/7"_s).status, 500);
    // By method.
    Fault postOnly = fault(Fault::Kind::ServerError, u"/api/counter/increment"_s);
    postOnly.method = "POST";
    faults->add(postOnly);
    Fault deleteOnly = fault(Fault::Kind::ServerError, u"/api/counter"_s);
    deleteOnly.method = "DELETE";
    faults->add(deleteOnly);
    QCOMPARE(get(u"/api/counter"_s).status, 200);
    QCOMPARE(increment().status, 500);
    faults->clear();
    // By prefix; control routes are never faulted.
    faults->add(fault(Fault::Kind::ServerError, u"/api/*"_s, -1));
    faults->add(fault(Fault::Kind::ServerError, u"*"_s, -1));
    QCOMPARE(get(u"/api/big"_s).status, 500);
    QCOMPARE(get(u"/_sandbox/faults"_s).status, 200);
    faults->clear();
    QCOMPARE(get(u"/api/big"_s).status, 200);
}

void TestFaultInjector::controlRoute() {
    QNetworkRequest request = requestFor(url(u"/_sandbox/faults"_s));
    HttpResult r =
        send(*m_nam, request, "POST", R"({"type":"rate_limit","path":"/api/counter","count":2,"retry_after":3})");
    QCOMPARE(r.status, 201);
    QJsonArray list = r.json().value("faults"_L1).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value("type"_L1).toString(), u"rate_limit"_s);
    QCOMPARE(list.at(0).toObject().value("count"_L1).toInt(), 2);

    r = get(u"/api/counter"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("3"));

    r = send(*m_nam, request, "POST",
             R"([{"type":"latency","path":"/api/big","delay_ms":10},{"type":"html_error","path":"/api/items/<id>",
                 "method":"get","always":true}])");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value("faults"_L1).toArray().size(), 3);
    QCOMPARE(get(u"/api/items/1"_s).status, 502);

    r = get(u"/_sandbox/faults"_s);
    list = r.json().value("faults"_L1).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value("count"_L1).toInt(), 1); // one of two used
    QCOMPARE(list.at(2).toObject().value("count"_L1).toString(), u"always"_s);
    QCOMPARE(list.at(2).toObject().value("method"_L1).toString(), u"GET"_s);

    const int id = list.at(2).toObject().value("id"_L1).toInt();
    r = send(*m_nam, requestFor(url(u"/_sandbox/faults/%1"_s.arg(id))), "DELETE");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("faults"_L1).toArray().size(), 2);
    QCOMPARE(get(u"/api/items/1"_s).status, 200);
    QCOMPARE(send(*m_nam, requestFor(url(u"/_sandbox/faults/999"_s)), "DELETE").status, 404);

    r = send(*m_nam, request, "POST", R"({"clear":true,"faults":[{"type":"server_error","path":"/api/big"}]})");
    QCOMPARE(r.json().value("faults"_L1).toArray().size(), 1);
    QCOMPARE(get(u"/api/counter"_s).status, 200); // the rate limit was cleared

    r = send(*m_nam, request, "DELETE");
    QCOMPARE(r.status, 200);
    QVERIFY(m_server->faults()->faults().isEmpty());
    QCOMPARE(get(u"/api/big"_s).status, 200);
}

void TestFaultInjector::controlRouteRejectsBadFaults() {
    const QNetworkRequest request = requestFor(url(u"/_sandbox/faults"_s));
    const QList<QByteArray> bad = {
        "not json",
        R"({"type":"nonsense","path":"/x"})",
        R"({"type":"latency"})",
        R"({"type":"latency","path":"/x","delay_ms":-5})",
        R"({"type":"latency","path":"/x","count":0})",
        R"({"type":"server_error","path":"/x","status":404})",
        R"({"type":"redirect","path":"/x","status":500})",
        R"({"type":"trickle","path":"/x","chunk_bytes":"ten"})",
        R"([{"type":"latency","path":"/ok"},{"type":"oops","path":"/x"}])",
    };
    for (const QByteArray& body : bad) {
        const HttpResult r = send(*m_nam, request, "POST", body);
        QVERIFY2(r.status == 400, body.constData());
        QVERIFY(!r.json().value("error"_L1).toString().isEmpty());
    }
    QVERIFY(m_server->faults()->faults().isEmpty()); // an invalid batch adds nothing
}

void TestFaultInjector::clientDisconnectsDuringDelayedReplies() {
    Fault slow = fault(Fault::Kind::Latency, u"/api/counter"_s, -1);
    slow.delayMs = 300;
    m_server->faults()->add(slow);
    Fault late = fault(Fault::Kind::LateReply, u"/api/counter/increment"_s, -1);
    late.delayMs = 300;
    m_server->faults()->add(late);
    Fault trickle = fault(Fault::Kind::Trickle, u"/api/big"_s, -1);
    trickle.chunkBytes = 8;
    trickle.intervalMs = 20;
    m_server->faults()->add(trickle);

    // Clients that give up while the server still holds their answer.
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 10; ++i) {
        replies.append(m_nam->get(prepared(requestFor(url(u"/api/counter"_s)))));
        replies.append(m_nam->post(prepared(requestFor(url(u"/api/counter/increment"_s))), QByteArray("x")));
        replies.append(m_nam->get(prepared(requestFor(url(u"/api/big"_s)))));
    }
    QTest::qWait(80);
    for (QNetworkReply* reply : std::as_const(replies)) {
        reply->abort();
        reply->deleteLater();
    }
    // A raw client that vanishes mid-trickle.
    {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->port());
        raw.write("GET /api/big HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(raw.bytesAvailable() > 0, 2000);
        raw.abort();
    }
    QTest::qWait(450); // every pending timer fires (or is cancelled) against a gone client

    m_server->faults()->clear();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(u"/api/big"_s).status, 200);
    const int value = counterValue();
    QVERIFY2(value >= 0 && value <= 10, QByteArray::number(value).constData());
    QCOMPARE(increment().json().value("value"_L1).toInt(), value + 1);
}

void TestFaultInjector::fromJson() {
    QString error;
    QJsonObject o;
    o.insert("type"_L1, u"trickle"_s);
    o.insert("path"_L1, u"/trigg/v4/customers"_s);
    o.insert("method"_L1, u"get"_s);
    o.insert("chunk_bytes"_L1, 10);
    o.insert("interval_ms"_L1, 250);
    o.insert("count"_L1, 3);
    std::optional<Fault> f = Fault::fromJson(o, &error);
    QVERIFY2(f.has_value(), qPrintable(error));
    QCOMPARE(f->kind, Fault::Kind::Trickle);
    QCOMPARE(f->method, QByteArray("GET"));
    QCOMPARE(f->chunkBytes, 10);
    QCOMPARE(f->intervalMs, 250);
    QCOMPARE(f->count, 3);
    QVERIFY(f->matches("GET", u"/trigg/v4/customers"_s, {}));
    QVERIFY(!f->matches("POST", u"/trigg/v4/customers"_s, {}));

    for (Fault::Kind kind :
         {Fault::Kind::Latency, Fault::Kind::RateLimit, Fault::Kind::ServerError, Fault::Kind::Redirect,
          Fault::Kind::TruncatedBody, Fault::Kind::MalformedJson, Fault::Kind::HtmlError, Fault::Kind::Trickle,
          Fault::Kind::LateReply, Fault::Kind::DropAfterApply}) {
        const QString name = Fault::kindName(kind);
        QVERIFY(!name.isEmpty());
        QCOMPARE(Fault::kindFromName(name), std::optional<Fault::Kind>(kind));
    }
    Fault defaults;
    defaults.kind = Fault::Kind::LateReply;
    QCOMPARE(defaults.effectiveDelayMs(), 30000);
    defaults.kind = Fault::Kind::HtmlError;
    QCOMPARE(defaults.effectiveStatus(), 502);
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
