// The transport's pure rules: URL checks, failure classification, retry decisions, Retry-After, backoff.
#include <QNetworkReply>
#include <QTest>

#include "api/core/replyclassifier.h"
#include "api/core/retrypolicy.h"
#include "api/core/urlpolicy.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace std::chrono_literals;

class TestTransportPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loopback() {
        QVERIFY(isLoopbackHost(u"127.0.0.1"_s));
        QVERIFY(isLoopbackHost(u"127.5.0.1"_s));
        QVERIFY(isLoopbackHost(u"::1"_s));
        QVERIFY(isLoopbackHost(u"LOCALHOST"_s));
        QVERIFY(!isLoopbackHost(u"localhost.example.com"_s));
        QVERIFY(!isLoopbackHost(u"10.0.0.1"_s));
        QVERIFY(!isLoopbackHost(u"127.0.0.1.nip.io"_s));
    }

    void urlChecks() {
        QVERIFY(!checkRequestUrl(Vendor::Tremendous, QUrl(u"https://api.tremendous.com/api/v2"_s), {}));
        QVERIFY(!checkRequestUrl(Vendor::Tremendous, QUrl(u"http://127.0.0.1:8080/api/v2"_s), {}));
        QVERIFY(!checkRequestUrl(Vendor::Tremendous, QUrl(u"http://[::1]:8080/api/v2"_s), {}));
        const auto http = checkRequestUrl(Vendor::Trigg, QUrl(u"http://api.oculos.no/v4"_s), {});
        QVERIFY(http);
        QCOMPARE(http->kind, ErrorKind::InvalidUrl);
        QCOMPARE(http->failure, FailureClass::NotSent);
        QCOMPARE(http->vendor, Vendor::Trigg);
        QVERIFY(checkRequestUrl(Vendor::Trigg, QUrl(u"https://api.oculos.no/v4?api_key=x"_s), {}));
        QUrlQuery q;
        q.addQueryItem(u"Access_Token"_s, u"x"_s);
        QVERIFY(checkRequestUrl(Vendor::Cheetah, QUrl(u"https://t.cheetahedp.com"_s), q));
        QUrlQuery fine;
        fine.addQueryItem(u"keyword"_s, u"x"_s);
        fine.addQueryItem(u"monkey"_s, u"x"_s);
        QVERIFY(!checkRequestUrl(Vendor::Cheetah, QUrl(u"https://t.cheetahedp.com"_s), fine));
    }

    void joinAndRedact() {
        QUrlQuery q;
        q.addQueryItem(u"created_at[gte]"_s, u"2024-01-01"_s);
        QCOMPARE(joinUrl(QUrl(u"https://x.com/api/v2/"_s), u"/orders"_s, q).toString(QUrl::FullyEncoded),
                 u"https://x.com/api/v2/orders?created_at%5Bgte%5D=2024-01-01"_s);
        QUrlQuery plus;
        plus.addQueryItem(u"email"_s, u"a+b@example.com"_s);
        plus.addQueryItem(u"q"_s, u"x&y=z é"_s);
        QCOMPARE(joinUrl(QUrl(u"https://x.com/api?api_key=dropped"_s), u"/m"_s, plus).toString(QUrl::FullyEncoded),
                 u"https://x.com/api/m?email=a%2Bb%40example.com&q=x%26y%3Dz%20%C3%A9"_s);
        QCOMPARE(joinUrl(QUrl(u"https://x.com/api/v2"_s), u"orders/A B"_s, {}).toString(QUrl::FullyEncoded),
                 u"https://x.com/api/v2/orders/A%20B"_s);
        QCOMPARE(joinUrl(QUrl(u"https://x.com"_s), u"/oauth/token"_s, {}).toString(), u"https://x.com/oauth/token"_s);
        QCOMPARE(redactedUrl(QUrl(u"https://u:p@x.com/a?token=1#f"_s)), u"https://x.com/a"_s);
        QCOMPARE(stripUrlQueries(u"see https://x.com/a?token=1&b=2 now, or http://y.org/?k#z."_s),
                 u"see https://x.com/a now, or http://y.org/"_s);
    }

    void classification_data() {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("maySent");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("failure");
        auto row = [](const char* n, int err, int status, bool sent, bool trunc, ErrorKind k, FailureClass f) {
            QTest::newRow(n) << err << status << sent << trunc << int(k) << int(f);
        };
        row("refused", QNetworkReply::ConnectionRefusedError, 0, true, false, ErrorKind::ConnectionRefused,
            FailureClass::NotSent);
        row("dns", QNetworkReply::HostNotFoundError, 0, true, false, ErrorKind::HostNotFound, FailureClass::NotSent);
        row("tls", QNetworkReply::SslHandshakeFailedError, 0, true, false, ErrorKind::Tls, FailureClass::NotSent);
        row("closed", QNetworkReply::RemoteHostClosedError, 0, true, false, ErrorKind::Network, FailureClass::Unknown);
        row("closed in tls handshake", QNetworkReply::RemoteHostClosedError, 0, false, false, ErrorKind::Network,
            FailureClass::NotSent);
        row("resend refused", QNetworkReply::ContentReSendError, 0, false, false, ErrorKind::Network,
            FailureClass::Unknown);
        row("timeout sent", QNetworkReply::OperationCanceledError, 0, true, false, ErrorKind::Timeout,
            FailureClass::Unknown);
        row("timeout in tls handshake", QNetworkReply::OperationCanceledError, 0, false, false, ErrorKind::Timeout,
            FailureClass::NotSent);
        row("proxy refused", QNetworkReply::ProxyConnectionRefusedError, 0, true, false, ErrorKind::Network,
            FailureClass::NotSent);
        row("other unsent", QNetworkReply::UnknownNetworkError, 0, false, false, ErrorKind::Network,
            FailureClass::NotSent);
        row("other sent", QNetworkReply::UnknownNetworkError, 0, true, false, ErrorKind::Network,
            FailureClass::Unknown);
        row("302", QNetworkReply::NoError, 302, true, false, ErrorKind::Redirect, FailureClass::Rejected);
        row("401", QNetworkReply::AuthenticationRequiredError, 401, true, false, ErrorKind::Auth,
            FailureClass::Rejected);
        row("403", QNetworkReply::ContentAccessDenied, 403, true, false, ErrorKind::Auth, FailureClass::Rejected);
        row("404", QNetworkReply::ContentNotFoundError, 404, true, false, ErrorKind::Http, FailureClass::Rejected);
        row("429", QNetworkReply::UnknownContentError, 429, true, false, ErrorKind::RateLimited,
            FailureClass::Rejected);
        row("500", QNetworkReply::InternalServerError, 500, true, false, ErrorKind::ServerError, FailureClass::Unknown);
        row("truncated 200", QNetworkReply::NoError, 200, true, true, ErrorKind::Network, FailureClass::Unknown);
        row("200 then reset", QNetworkReply::RemoteHostClosedError, 200, true, false, ErrorKind::Network,
            FailureClass::Unknown);
        row("1xx/6xx", QNetworkReply::NoError, 600, true, false, ErrorKind::Http, FailureClass::Unknown);
    }

    void classification() {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(bool, maySent);
        QFETCH(bool, truncated);
        QFETCH(int, kind);
        QFETCH(int, failure);
        AttemptFacts f;
        f.networkError = networkError;
        f.httpStatus = status;
        f.mayHaveBeenSent = maySent;
        f.responseStarted = status > 0;
        f.truncated = truncated;
        const ApiError e = classifyAttempt(f);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(int(e.failure), failure);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.technical.isEmpty());
    }

    void ourAbortsWin() {
        AttemptFacts f;
        f.networkError = QNetworkReply::OperationCanceledError;
        f.httpStatus = 200;
        f.responseStarted = true;
        f.tooLarge = true;
        QCOMPARE(classifyAttempt(f).kind, ErrorKind::TooLarge);
        f.tooLarge = false;
        f.deadlineExpired = true;
        QCOMPARE(classifyAttempt(f).kind, ErrorKind::Timeout);
        QCOMPARE(classifyAttempt(f).failure, FailureClass::Unknown);
        AttemptFacts waitingForToken;
        waitingForToken.deadlineExpired = true;
        QCOMPARE(classifyAttempt(waitingForToken).failure, FailureClass::NotSent);
    }

    void networkErrorWordsNeverMentionUrls() {
        for (int code = 0; code <= 501; ++code) {
            const QString words = networkErrorWords(code);
            QVERIFY(!words.isEmpty());
            QVERIFY(!words.contains(u"://"_s));
        }
    }

    void retryDecisions() {
        auto err = [](ErrorKind k, FailureClass f, int status = 0, int retryAfter = -1) {
            ApiError e;
            e.kind = k;
            e.failure = f;
            e.httpStatus = status;
            e.retryAfterSeconds = retryAfter;
            return e;
        };
        const auto cap = 30s;
        const auto lookup = RequestKind::Lookup;
        const auto safe = RequestKind::RetrySafeAction;
        const auto action = RequestKind::Action;
        QVERIFY(shouldRetry(lookup, err(ErrorKind::ConnectionRefused, FailureClass::NotSent), cap));
        QVERIFY(shouldRetry(safe, err(ErrorKind::ConnectionRefused, FailureClass::NotSent), cap));
        QVERIFY(!shouldRetry(action, err(ErrorKind::ConnectionRefused, FailureClass::NotSent), cap));
        QVERIFY(!shouldRetry(lookup, err(ErrorKind::Tls, FailureClass::NotSent), cap));
        QVERIFY(shouldRetry(lookup, err(ErrorKind::RateLimited, FailureClass::Rejected, 429, 5), cap));
        QVERIFY(shouldRetry(safe, err(ErrorKind::RateLimited, FailureClass::Rejected, 429), cap));
        QVERIFY(!shouldRetry(lookup, err(ErrorKind::RateLimited, FailureClass::Rejected, 429, 31), cap));
        QVERIFY(!shouldRetry(action, err(ErrorKind::RateLimited, FailureClass::Rejected, 429, 1), cap));
        for (int s : {502, 503, 504}) {
            QVERIFY(shouldRetry(lookup, err(ErrorKind::ServerError, FailureClass::Unknown, s), cap));
            QVERIFY(shouldRetry(safe, err(ErrorKind::ServerError, FailureClass::Unknown, s), cap));
            QVERIFY(!shouldRetry(action, err(ErrorKind::ServerError, FailureClass::Unknown, s), cap));
        }
        QVERIFY(shouldRetry(lookup, err(ErrorKind::ServerError, FailureClass::Unknown, 500), cap));
        QVERIFY(!shouldRetry(safe, err(ErrorKind::ServerError, FailureClass::Unknown, 500), cap));
        QVERIFY(shouldRetry(lookup, err(ErrorKind::Timeout, FailureClass::Unknown), cap));
        QVERIFY(!shouldRetry(safe, err(ErrorKind::Timeout, FailureClass::Unknown), cap));
        QVERIFY(shouldRetry(safe, err(ErrorKind::Timeout, FailureClass::NotSent), cap));
        QVERIFY(!shouldRetry(lookup, err(ErrorKind::TooLarge, FailureClass::Unknown), cap));
        for (ErrorKind k : {ErrorKind::Redirect, ErrorKind::Auth, ErrorKind::Http, ErrorKind::InvalidUrl,
                            ErrorKind::NoCredential, ErrorKind::Cancelled, ErrorKind::Busy, ErrorKind::Parse})
            QVERIFY(!shouldRetry(lookup, err(k, FailureClass::Rejected, 400), cap));
    }

    void retryAfterParsing() {
        QCOMPARE(parseRetryAfter("120"), 120);
        QCOMPARE(parseRetryAfter(" 0 "), 0);
        QCOMPARE(parseRetryAfter(""), -1);
        QCOMPARE(parseRetryAfter("soon"), -1);
        QCOMPARE(parseRetryAfter("-5"), -1);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
    }

    void backoffIsJitteredAndGrows() {
        for (int i = 0; i < 50; ++i) {
            const auto d2 = retryDelay(2, 500ms, -1);
            QVERIFY(d2 >= 250ms && d2 <= 500ms);
            const auto d3 = retryDelay(3, 500ms, -1);
            QVERIFY(d3 >= 500ms && d3 <= 1000ms);
        }
        QCOMPARE(retryDelay(2, 500ms, 3), std::chrono::milliseconds(3000));
        QVERIFY(retryDelay(2, 500ms, 0) <= 500ms); // "Retry-After: 0" falls back to backoff
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
