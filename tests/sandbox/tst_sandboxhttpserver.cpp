// SandboxHttpServer: the HTTP/1.1 layer of the sandbox (routing, parsing, keep-alive, limits), over real sockets.

#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include "api/sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

QJsonObject paramsJson(const SandboxParams& params) {
    QJsonObject o;
    for (const auto& item : params.items())
        o.insert(item.first, item.second);
    return o;
}

// Echoes what the server parsed, so tests see the request as a handler does.
SandboxResponse echo(const SandboxRequest& r) {
    QJsonObject body;
    body.insert("method"_L1, QString::fromLatin1(r.method));
    body.insert("path"_L1, r.path);
    body.insert("pattern"_L1, r.routePattern);
    QJsonObject args;
    for (auto it = r.args.cbegin(); it != r.args.cend(); ++it)
        args.insert(it.key(), it.value());
    body.insert("args"_L1, args);
    body.insert("query"_L1, paramsJson(r.query));
    body.insert("form"_L1, paramsJson(r.form));
    body.insert("x_test"_L1, QString::fromLatin1(r.header("X-TEST")));
    body.insert("body_size"_L1, r.body.size());
    return SandboxResponse::json(200, body);
}

// A raw client socket: collects everything the server sends.
struct RawClient {
    QTcpSocket socket;
    QByteArray received;
    bool disconnected = false;

    explicit RawClient(quint16 port) {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { disconnected = true; });
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
};

} // namespace

class TestSandboxHttpServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void routesMatchArgsAndLiterals();
    void unroutedGives404And405();
    void errorFormatterByLongestPrefix();
    void queryDecoding();
    void urlEncodedForm();
    void multipartForm();
    void headersAreCaseInsensitive();
    void keepAliveReusesOneConnection();
    void pipelinedRequestsAnsweredInOrder();
    void oversizedBodyGets413();
    void malformedRequestsGet4xx();
    void expectContinue();
    void http10ClosesByDefault();
    void connectionCloseHonoured();
    void countersCountRequests();

private:
    SandboxHttpServer* m_server = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    QUrl url(const QString& pathAndQuery) const {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(pathAndQuery));
    }
};

void TestSandboxHttpServer::init() {
    m_server = new SandboxHttpServer;
    m_server->route("GET", u"/v/items/<id>"_s, echo);
    m_server->route("GET", u"/v/items/special"_s, echo);
    m_server->route("GET", u"/v/items/<id>/parts/<part>"_s, echo);
    m_server->route("POST", u"/v/items"_s, echo);
    m_server->route("GET", u"/v/items"_s, echo);
    m_server->route("PUT", u"/v/items/<id>"_s, echo);
    m_server->route("GET", u"/other/thing"_s, echo);
    m_server->setErrorFormatter(u"/v"_s, [](int status, const QString& message) {
        QJsonObject body;
        body.insert("v_error"_L1, message);
        body.insert("v_status"_L1, status);
        return SandboxResponse::json(status, body);
    });
    m_server->setErrorFormatter(u"/v/items/deep"_s, [](int status, const QString&) {
        return SandboxResponse::raw(status, "deep", "text/plain");
    });
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
    QVERIFY(m_server->port() != 0);
    m_nam = new QNetworkAccessManager;
}

void TestSandboxHttpServer::cleanup() {
    delete m_nam;
    m_nam = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestSandboxHttpServer::routesMatchArgsAndLiterals() {
    HttpResult r = send(*m_nam, requestFor(url(u"/v/items/A%2FB%20c"_s)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("pattern"_L1).toString(), u"/v/items/<id>"_s);
    QCOMPARE(r.json().value("args"_L1).toObject().value("id"_L1).toString(), u"A/B c"_s); // %2F stays in its segment

    r = send(*m_nam, requestFor(url(u"/v/items/special"_s)));
    QCOMPARE(r.json().value("pattern"_L1).toString(), u"/v/items/special"_s); // the literal route wins

    r = send(*m_nam, requestFor(url(u"/v/items/7/parts/x1"_s)));
    QCOMPARE(r.json().value("args"_L1).toObject().value("part"_L1).toString(), u"x1"_s);
    QCOMPARE(r.json().value("args"_L1).toObject().value("id"_L1).toString(), u"7"_s);

    r = send(*m_nam, requestFor(url(u"/v/items/9"_s)), "PUT", "{}");
    QCOMPARE(r.json().value("method"_L1).toString(), u"PUT"_s);

    r = send(*m_nam, requestFor(url(u"/v/items/"_s))); // a trailing slash is ignored
    QCOMPARE(r.json().value("pattern"_L1).toString(), u"/v/items"_s);
}

void TestSandboxHttpServer::unroutedGives404And405() {
    HttpResult r = send(*m_nam, requestFor(url(u"/v/nothing"_s)));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value("v_status"_L1).toInt(), 404);

    r = send(*m_nam, requestFor(url(u"/v/items/1"_s)), "DELETE");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET, PUT"));
    QCOMPARE(r.json().value("v_status"_L1).toInt(), 405);

    r = send(*m_nam, requestFor(url(u"/nowhere"_s)));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value("status"_L1).toInt(), 404); // the default formatter
}

void TestSandboxHttpServer::errorFormatterByLongestPrefix() {
    HttpResult r = send(*m_nam, requestFor(url(u"/v/items/deep/x/y"_s)));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray("deep"));
    r = send(*m_nam, requestFor(url(u"/vx/items"_s))); // "/v" is not a prefix of "/vx/..."
    QCOMPARE(r.status, 404);
    QVERIFY(!r.json().contains("v_status"_L1));
}

void TestSandboxHttpServer::queryDecoding() {
    QUrl u = url(u"/v/items"_s);
    u.setQuery(u"a=1&phone=%2B4790000000&plus=+47&sp=x%20y&e=&flag&utf=%C3%B8"_s, QUrl::StrictMode);
    const HttpResult r = send(*m_nam, requestFor(u));
    const QJsonObject q = r.json().value("query"_L1).toObject();
    QCOMPARE(q.value("a"_L1).toString(), u"1"_s);
    QCOMPARE(q.value("phone"_L1).toString(), u"+4790000000"_s);
    QCOMPARE(q.value("plus"_L1).toString(), u" 47"_s); // '+' is a space, as on the vendors' servers
    QCOMPARE(q.value("sp"_L1).toString(), u"x y"_s);
    QVERIFY(q.contains("e"_L1));
    QVERIFY(q.contains("flag"_L1));
    QCOMPARE(q.value("utf"_L1).toString(), u"ø"_s);
}

void TestSandboxHttpServer::urlEncodedForm() {
    QNetworkRequest request = requestFor(url(u"/v/items"_s));
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    const HttpResult r = send(*m_nam, request, "POST", "grant_type=client_credentials&name=a+b&x=%26%3D");
    const QJsonObject form = r.json().value("form"_L1).toObject();
    QCOMPARE(form.value("grant_type"_L1).toString(), u"client_credentials"_s);
    QCOMPARE(form.value("name"_L1).toString(), u"a b"_s);
    QCOMPARE(form.value("x"_L1).toString(), u"&="_s);
}

void TestSandboxHttpServer::multipartForm() {
    const HttpResult r = sendMultipart(*m_nam, requestFor(url(u"/v/items"_s)),
                                       {{"client_id", "abc"}, {"client_secret", "s3cr\r\net"}, {"empty", ""}});
    QCOMPARE(r.status, 200);
    const QJsonObject form = r.json().value("form"_L1).toObject();
    QCOMPARE(form.value("client_id"_L1).toString(), u"abc"_s);
    QCOMPARE(form.value("client_secret"_L1).toString(), u"s3cr\r\net"_s);
    QVERIFY(form.contains("empty"_L1));

    // A malformed multipart body is a 400.
    QNetworkRequest bad = requestFor(url(u"/v/items"_s));
    bad.setRawHeader("Content-Type", "multipart/form-data; boundary=xyz");
    QCOMPARE(send(*m_nam, bad, "POST", "--xyz\r\nno end").status, 400);
}

void TestSandboxHttpServer::headersAreCaseInsensitive() {
    const HttpResult r = send(*m_nam, requestFor(url(u"/v/items"_s), {{"x-TeSt", "value"}}));
    QCOMPARE(r.json().value("x_test"_L1).toString(), u"value"_s);
}

void TestSandboxHttpServer::keepAliveReusesOneConnection() {
    for (int i = 0; i < 200; ++i) {
        const HttpResult r = send(*m_nam, requestFor(url(u"/v/items/%1"_s.arg(i))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("args"_L1).toObject().value("id"_L1).toString(), QString::number(i));
    }
    QCOMPARE(m_server->connectionsAccepted(), 1);
    QCOMPARE(m_server->totalRequests(), 200);
}

void TestSandboxHttpServer::pipelinedRequestsAnsweredInOrder() {
    RawClient client(m_server->port());
    client.socket.write("GET /v/items/first HTTP/1.1\r\nHost: x\r\n\r\n"
                        "POST /v/items HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                        "GET /v/items/third HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.received.count("HTTP/1.1 200 OK"), 3, 3000);
    const qsizetype first = client.received.indexOf("\"first\"");
    const qsizetype second = client.received.indexOf("\"body_size\":5");
    const qsizetype third = client.received.indexOf("\"third\"");
    QVERIFY(first > 0 && second > first && third > second);
    QVERIFY(!client.disconnected);
}

void TestSandboxHttpServer::oversizedBodyGets413() {
    m_server->setMaxBodyBytes(1024);
    RawClient client(m_server->port());
    client.socket.write("POST /v/items HTTP/1.1\r\nHost: x\r\nContent-Length: 2048\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.received.startsWith("HTTP/1.1 413 "), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 3000);

    // Through QNetworkAccessManager as well: a clear status, not a hang.
    const HttpResult r = send(*m_nam, requestFor(url(u"/v/items"_s)), "POST", QByteArray(1500, 'x'));
    QVERIFY(r.finished);
    QVERIFY(r.status == 413 || r.error != QNetworkReply::NoError);
}

void TestSandboxHttpServer::malformedRequestsGet4xx() {
    const QList<QPair<QByteArray, QByteArray>> cases = {
        {"GARBAGE\r\n\r\n", "HTTP/1.1 400 "},
        {"GET /v/items HTTP/2.0\r\n\r\n", "HTTP/1.1 505 "},
        {"GET nopath HTTP/1.1\r\n\r\n", "HTTP/1.1 400 "},
        {"GET /v/items HTTP/1.1\r\nBad Header: x\r\n\r\n", "HTTP/1.1 400 "},
        {"GET /v/items HTTP/1.1\r\nContent-Length: -1\r\n\r\n", "HTTP/1.1 400 "},
        {"POST /v/items HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HTTP/1.1 501 "},
        {"GET /v/items HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n", "HTTP/1.1 431 "},
    };
    for (const auto& c : cases) {
        RawClient client(m_server->port());
        client.socket.write(c.first);
        QTRY_VERIFY2_WITH_TIMEOUT(client.received.startsWith(c.second), c.first.left(40).constData(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 3000);
    }
    // The server still works.
    QCOMPARE(send(*m_nam, requestFor(url(u"/v/items"_s))).status, 200);
}

void TestSandboxHttpServer::expectContinue() {
    RawClient client(m_server->port());
    client.socket.write("POST /v/items HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), 3000);
    client.socket.write("abc");
    QTRY_VERIFY_WITH_TIMEOUT(client.received.contains("\"body_size\":3"), 3000);
}

void TestSandboxHttpServer::http10ClosesByDefault() {
    RawClient client(m_server->port());
    client.socket.write("GET /v/items HTTP/1.0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 3000);
    QVERIFY(client.received.contains("Connection: close"));
    QVERIFY(client.received.contains("\"pattern\":\"/v/items\""));
}

void TestSandboxHttpServer::connectionCloseHonoured() {
    RawClient client(m_server->port());
    client.socket.write("GET /v/items HTTP/1.1\r\nConnection: close\r\n\r\nGET /v/items HTTP/1.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 3000);
    QCOMPARE(client.received.count("HTTP/1.1 200 OK"), 1); // the second request is never answered
}

void TestSandboxHttpServer::countersCountRequests() {
    send(*m_nam, requestFor(url(u"/v/items/a%20b?x=1"_s)));
    send(*m_nam, requestFor(url(u"/v/items/a%20b"_s)));
    send(*m_nam, requestFor(url(u"/v/items"_s)), "POST", "x");
    QCOMPARE(m_server->requestCount("GET", u"/v/items/a b"_s), 2);
    QCOMPARE(m_server->requestCount("POST", u"/v/items"_s), 1);
    QCOMPARE(m_server->requestCount("DELETE", u"/v/items"_s), 0);

    const HttpResult r = send(*m_nam, requestFor(url(u"/_sandbox/requests"_s)));
    QCOMPARE(r.json().value("requests"_L1).toObject().value("GET /v/items/a b"_L1).toInt(), 2);
    QCOMPARE(send(*m_nam, requestFor(url(u"/_sandbox/requests"_s)), "DELETE").status, 200);
    QCOMPARE(m_server->requestCount("GET", u"/v/items/a b"_s), 0);
}

QTEST_GUILESS_MAIN(TestSandboxHttpServer)
#include "tst_sandboxhttpserver.moc"
