#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace rd::test {

// A fault-injecting HTTP/1.1 server for tests, on a plain QTcpServer so that it can delay,
// trickle, truncate, reset and close at will (QHttpServer 6.4 cannot defer replies safely).
//
// Usage:
//     rd::test::FaultServer server;
//     QVERIFY(server.listen());                                    // 127.0.0.1, random port
//     server.script("GET", "/orders", {FaultResponse::tooManyRequests("1"), FaultResponse::json(200,
//     R"({"orders":[]})")}); server.on("POST", "/orders", FaultResponse::json(201, "{}").withDelay(2000));
//     server.handle("GET", "/orders/*", [](const RecordedRequest& r) { return FaultResponse::json(200,
//     r.path.toUtf8()); });
//     ... drive the code under test against server.baseUrl() ...
//     QCOMPARE(server.count("POST", "/orders"), 1);
//     QCOMPARE(server.requests().first().header("authorization"), "Bearer k");
//
// Routing: a rule is (method, path). `method` is an upper-case HTTP method or "*" for any. `path` is matched against
// the request path without the query string: exact match first, then the longest rule ending in "*" whose prefix
// matches ("/orders/*" matches "/orders/ABC" and "/orders/ABC/x"). A request matching no rule gets the fallback
// (default: 404 with {"error":"not found"}).
// Scripts: each request to a scripted route takes the next response of the sequence; when the sequence is exhausted
// the LAST response repeats. Setting a rule again replaces it and restarts its sequence.
// Everything runs in the thread of the server object, from the event loop; no threads, no blocking calls.
// Connections are HTTP/1.1 keep-alive (as QNetworkAccessManager expects) unless a response or the request's
// "Connection: close" closes them; requests on one connection are answered in order. Request bodies need Content-Length
// or chunked transfer encoding.

// One recorded request, as received (header names in the case the client sent).
struct RecordedRequest {
    QByteArray method;    // "GET", "POST", ...
    QString path;         // decoded path without query, e.g. "/orders/ABC"
    QByteArray rawTarget; // request target as sent, e.g. "/orders?offset=0&limit=10"
    QUrlQuery query;      // parsed query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;      // de-chunked body
    int connectionId = 0; // 1-based, per accepted connection
    int sequence = 0;     // 1-based, per server, in arrival order

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty if absent
    bool hasHeader(const QByteArray& name) const;
    QByteArray queryValue(const QString& key) const; // first value for the decoded key, fully decoded; empty if absent
                                                     // ("+" stays "+": query strings are not form bodies)
};

// What the server does with one request.
struct FaultResponse {
    enum class Action {
        Reply, // send a response (with the timing/truncation options below)
        Close, // close the connection gracefully (FIN) after the delay, without any response
        Reset, // abort the connection (TCP RST) after the delay, without any response
        Hang,  // never answer and keep the connection open (the client's deadline must end it)
    };

    Action action = Action::Reply;
    int status = 200;
    QByteArray reason;                            // status text; derived from status when empty
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Content-Length/Connection are automatic)
    QByteArray body;
    int delayMs = 0;                // wait before anything is sent (or before Close/Reset)
    int trickleBytes = 0;           // > 0: send the body this many bytes at a time ...
    int trickleIntervalMs = 0;      // ... every this many ms (headers are sent at once)
    qint64 announcedLength = -1;    // Content-Length to announce; -1 = body size. Larger than the body + the body
                                    // sent in full = truncation: the server closes after the body (see truncated()).
    bool closeAfter = false;        // send "Connection: close" and close after the response
    bool omitContentLength = false; // send no Content-Length (body delimited by closing the connection)

    // Builders (each returns a Reply unless it says otherwise).
    static FaultResponse json(int status, const QByteArray& body);
    static FaultResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/plain");
    static FaultResponse html(int status, const QByteArray& body = {}); // default: a small nginx-style error page
    static FaultResponse empty(int status);                             // no body
    // 429 with "Retry-After: <retryAfter>" (any text: "1", "0", "garbage", an HTTP date); no header when empty.
    static FaultResponse tooManyRequests(const QByteArray& retryAfter, const QByteArray& body = {});
    // 3xx with Location (e.g. another FaultServer's url()).
    static FaultResponse redirect(const QUrl& location, int status = 302);
    // Announces Content-Length `announced` (> body.size()), sends `body`, then closes the connection.
    static FaultResponse truncated(int status, const QByteArray& body, qint64 announced);
    static FaultResponse closeConnection(int delayMs = 0);
    static FaultResponse resetConnection(int delayMs = 0);
    static FaultResponse hang();

    // Modifiers, chainable: FaultResponse::json(200, x).withDelay(100).withTrickle(10, 50)
    FaultResponse& withDelay(int ms);
    FaultResponse& withTrickle(int bytes, int intervalMs);
    FaultResponse& withHeader(const QByteArray& name, const QByteArray& value);
    FaultResponse& withClose();
};

class FaultServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<FaultResponse(const RecordedRequest&)>;

    explicit FaultServer(QObject* parent = nullptr);
    ~FaultServer() override;

    // Listens on 127.0.0.1 with a random port. Returns false on failure.
    bool listen();
    // Stops accepting and drops every open connection (pending delayed replies are discarded).
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;                // http://127.0.0.1:<port>
    QUrl url(const QString& path) const; // baseUrl() + path (path starts with "/")

    // Rules. Setting a rule for an existing (method, path) replaces it.
    void on(const QByteArray& method, const QString& path, const FaultResponse& response);
    void script(const QByteArray& method, const QString& path, const QList<FaultResponse>& responses);
    void handle(const QByteArray& method, const QString& path, Handler handler);
    void setFallback(Handler handler);
    void clearRules();

    // Recording. Counts include requests that were then closed/reset/hung.
    int count(const QByteArray& method, const QString& path) const; // exact path (or exact rule pattern with "*")
    int totalCount() const;
    QList<RecordedRequest> requests() const; // all, in arrival order
    QList<RecordedRequest> requests(const QByteArray& method, const QString& path) const;
    RecordedRequest lastRequest() const; // default-constructed if none
    void clearRecords();
    int connectionCount() const; // connections accepted so far
    int openConnections() const;

Q_SIGNALS:
    void requestReceived(const rd::test::RecordedRequest& request);

private:
    struct Rule {
        QList<FaultResponse> script;
        int next = 0;
        Handler handler;
    };
    struct Connection;

    void onNewConnection();
    void onReadyRead(Connection* c);
    bool parseOne(Connection* c);
    bool dispatch(Connection* c, RecordedRequest request);
    void startResponse(Connection* c, FaultResponse response);
    void sendNow(Connection* c);
    void trickleNext(Connection* c);
    void finishResponse(Connection* c);
    void dropConnection(Connection* c, bool reset);
    FaultResponse responseFor(const RecordedRequest& request);
    static QString ruleKey(const QByteArray& method, const QString& path);

    QTcpServer* m_server = nullptr;
    QHash<QString, Rule> m_rules;
    Handler m_fallback;
    QList<RecordedRequest> m_records;
    QList<Connection*> m_connections;
    int m_connectionSerial = 0;
};

} // namespace rd::test
