// ApiError::userMessage: plain words with what to do next, per kind/status/vendor; never a raw Qt string, a URL
// query or a secret. Plus vendor keys and names.
#include <QJsonObject>
#include <QTest>

#include "api/core/apierror.h"
#include "api/core/vendor.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
ApiError make(ErrorKind kind, FailureClass failure, Vendor vendor = Vendor::Tremendous, int status = 0) {
    ApiError e;
    e.kind = kind;
    e.failure = failure;
    e.vendor = vendor;
    e.httpStatus = status;
    return e;
}
} // namespace

class TestApiError : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void authNamesTheAccountAndWhatToDo() {
        const ApiError e = make(ErrorKind::Auth, FailureClass::Rejected, Vendor::Tremendous, 401);
        QCOMPARE(e.userMessage(u"Tremendous (production)"_s),
                 u"The API key for Tremendous (production) was rejected. Open File > Accounts to replace it."_s);
        QCOMPARE(make(ErrorKind::Auth, FailureClass::Rejected, Vendor::TruCentive, 403).userMessage(),
                 u"The API key for TruCentive was rejected. Open File > Accounts to replace it."_s);
        QVERIFY(make(ErrorKind::Auth, FailureClass::NotSent, Vendor::Cheetah, 401)
                    .userMessage()
                    .startsWith(u"The client ID and secret for Cheetah Loyalty were rejected"_s));
        ApiError forbidden = make(ErrorKind::Auth, FailureClass::Rejected, Vendor::Tremendous, 403);
        forbidden.vendorMessage = u"Approvals via API are not enabled"_s;
        const QString m = forbidden.userMessage();
        QVERIFY(m.contains(u"did not allow"_s));
        QVERIFY(m.contains(u"“Approvals via API are not enabled”"_s));
    }

    void everyKindHasAPlainMessage_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("action");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, ErrorKind k, FailureClass f, int s, bool a, const QString& expected) {
            QTest::newRow(name) << int(k) << int(f) << s << a << expected;
        };
        row("invalid url", ErrorKind::InvalidUrl, FailureClass::NotSent, 0, false, u"File > Accounts"_s);
        row("no credential", ErrorKind::NoCredential, FailureClass::NotSent, 0, false, u"No API key is stored"_s);
        row("host not found", ErrorKind::HostNotFound, FailureClass::NotSent, 0, false, u"server name was not found"_s);
        row("refused", ErrorKind::ConnectionRefused, FailureClass::NotSent, 0, false, u"Nothing was sent"_s);
        row("tls", ErrorKind::Tls, FailureClass::NotSent, 0, false, u"date and time"_s);
        row("network not sent", ErrorKind::Network, FailureClass::NotSent, 0, false, u"Nothing was sent"_s);
        row("network unknown action", ErrorKind::Network, FailureClass::Unknown, 0, true, u"Refresh the record"_s);
        row("network unknown lookup", ErrorKind::Network, FailureClass::Unknown, 0, false, u"Try again"_s);
        row("timeout action", ErrorKind::Timeout, FailureClass::Unknown, 0, true, u"may or may not"_s);
        row("timeout lookup", ErrorKind::Timeout, FailureClass::Unknown, 0, false, u"did not answer in time"_s);
        row("redirect", ErrorKind::Redirect, FailureClass::Rejected, 302, false, u"never follows redirects"_s);
        row("rate limited", ErrorKind::RateLimited, FailureClass::Rejected, 429, false, u"Wait a minute"_s);
        row("404", ErrorKind::Http, FailureClass::Rejected, 404, false, u"could not find this record"_s);
        row("402", ErrorKind::Http, FailureClass::Rejected, 402, true, u"enough funds"_s);
        row("409", ErrorKind::Http, FailureClass::Rejected, 409, true, u"conflicts"_s);
        row("418", ErrorKind::Http, FailureClass::Rejected, 418, false, u"HTTP status 418"_s);
        row("5xx action", ErrorKind::ServerError, FailureClass::Unknown, 500, true, u"may or may not"_s);
        row("5xx lookup", ErrorKind::ServerError, FailureClass::Unknown, 503, false, u"few minutes"_s);
        row("too large", ErrorKind::TooLarge, FailureClass::Unknown, 200, false, u"Narrow the search"_s);
        row("parse", ErrorKind::Parse, FailureClass::Unknown, 200, false, u"could not read"_s);
        row("cancelled", ErrorKind::Cancelled, FailureClass::NotSent, 0, false, u"cancelled before it was sent"_s);
        row("busy", ErrorKind::Busy, FailureClass::NotSent, 0, true, u"still in progress"_s);
    }

    void everyKindHasAPlainMessage() {
        QFETCH(int, kind);
        QFETCH(int, failure);
        QFETCH(int, status);
        QFETCH(bool, action);
        QFETCH(QString, expected);
        ApiError e = make(ErrorKind(kind), FailureClass(failure), Vendor::Trigg, status);
        e.action = action;
        e.technical = u"GET https://api.oculos.no/v4/x?token=abc: connection refused"_s;
        const QString m = e.userMessage(u"Trigg (staging)"_s);
        QVERIFY2(m.contains(expected), qPrintable(m));
        if (ErrorKind(kind) != ErrorKind::Busy)
            QVERIFY2(m.contains(u"Trigg (staging)"_s), qPrintable(m));
        QVERIFY(!m.contains(u"token"_s));
        QVERIFY(!m.contains(u"https://"_s));
        QVERIFY(!m.contains(u"%1"_s) && !m.contains(u"%2"_s) && !m.contains(u"%n"_s));
    }

    void retryAfterSecondsAreNamed() {
        ApiError e = make(ErrorKind::RateLimited, FailureClass::Rejected, Vendor::Tremendous, 429);
        e.retryAfterSeconds = 30;
        QVERIFY(e.userMessage().contains(u"Wait 30 second(s)"_s));
    }

    void vendorTextIsSanitised() {
        ApiError e = make(ErrorKind::Http, FailureClass::Rejected, Vendor::TruCentive, 400);
        e.vendorMessage = u"Bad link https://app.trucentive.com/x?api_key=KEY123 \n\x01 here"_s;
        QString m = e.userMessage();
        QVERIFY2(!m.contains(u"KEY123"_s) && !m.contains(u'?'), qPrintable(m));
        QVERIFY(m.contains(u"https://app.trucentive.com/x"_s));
        QVERIFY(!m.contains(u'\n') && !m.contains(QChar(1)));

        e.vendorMessage = u"<html><body>502</body></html>"_s;
        QVERIFY(!e.userMessage().contains(u"<html"_s));

        e.vendorMessage = QString(2000, u'x');
        QVERIFY(e.userMessage().size() < 600);

        e.vendorMessage = u"Cannot open envelope."_s;
        e.details =
            QJsonObject{{u"full_error_messages"_s, u"Envelope cannot be opened because the envelope is locked"_s}};
        m = e.userMessage();
        QVERIFY(m.contains(u"Cannot open envelope. Envelope cannot be opened because the envelope is locked"_s));
    }

    void labelWithPercentSignsIsSafe() {
        const ApiError e = make(ErrorKind::Http, FailureClass::Rejected, Vendor::Trigg, 418);
        QVERIFY(e.userMessage(u"Trigg 100% %2 (prod)"_s)
                    .contains(u"Trigg 100% %2 (prod) refused the request (HTTP status 418)"_s));
    }

    void vendorKeysAndNames() {
        for (Vendor v : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg}) {
            Vendor back = Vendor::TruCentive;
            QVERIFY(vendorFromKey(vendorKey(v), &back));
            QCOMPARE(back, v);
            QVERIFY(!vendorDisplayName(v).isEmpty());
        }
        QCOMPARE(vendorKey(Vendor::Cheetah), u"cheetah"_s);
        QCOMPARE(vendorDisplayName(Vendor::Cheetah), u"Cheetah Loyalty"_s);
        QVERIFY(!vendorFromKey(u"paypal"_s, nullptr));
        for (Environment env : {Environment::Production, Environment::Sandbox, Environment::Demo}) {
            Environment back = Environment::Production;
            QVERIFY(environmentFromKey(environmentKey(env), &back));
            QCOMPARE(back, env);
        }
        QCOMPARE(environmentDisplayName(Environment::Production), u"Production"_s);
        QCOMPARE(int(Vendor::Trigg), 3); // persisted values never change
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
