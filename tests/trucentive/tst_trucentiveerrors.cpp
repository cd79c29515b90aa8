// TruCentive error words (unit): the issue's messages for 403, 404, 400 with details, "Exceeds available funds",
// an unknown deliver outcome, and the transport's words for the rest. Error bodies are the doc's own, read by the
// core's parseVendorErrorBody exactly as the transport does.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "api/core/errorbody.h"
#include "api/trucentive/trucentiveerrors.h"
#include "trucentive/tcfixtures.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::trucentive;
namespace tc = rd::test::tc;

namespace {

ApiError httpError(int status, const QByteArray& body, bool action = false) {
    ApiError e;
    e.vendor = Vendor::TruCentive;
    e.httpStatus = status;
    e.action = action;
    if (status == 403 || status == 401) {
        e.kind = ErrorKind::Auth;
        e.failure = FailureClass::Rejected;
    } else if (status == 429) {
        e.kind = ErrorKind::RateLimited;
        e.failure = FailureClass::Rejected;
    } else if (status >= 500) {
        e.kind = ErrorKind::ServerError;
        e.failure = FailureClass::Unknown;
    } else {
        e.kind = ErrorKind::Http;
        e.failure = FailureClass::Rejected;
    }
    parseVendorErrorBody(Vendor::TruCentive, body, &e);
    return e;
}

} // namespace

class TestTruCentiveErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forbidden() {
        const ApiError e = httpError(403, R"({"error":"Access Denied","status":403})");
        const trucentive::ErrorText t =
            trucentive::errorText(e, trucentive::Operation::Lookup, u"TruCentive (production)"_s);
        QCOMPARE(t.message,
                 u"The API key for TruCentive (production) was rejected. Open File > Accounts to replace it."_s);
        QCOMPARE(t.suggestion, trucentive::ErrorText::Suggestion::OpenAccounts);
        QVERIFY(
            trucentive::apiErrorMessage(e, trucentive::Operation::Deliver, u"X"_s).endsWith(u"Nothing was sent."_s));
    }

    void notFoundEnvelope() {
        const ApiError e = httpError(404, R"({"error":"Not Found","status":404})");
        QVERIFY(trucentive::apiErrorMessage(e, trucentive::Operation::EnvelopeLookup)
                    .startsWith(u"No envelope with that ID."_s));
        QVERIFY(trucentive::apiErrorMessage(e, trucentive::Operation::Open).startsWith(u"No envelope with that ID."_s));
        // Not about an envelope: the general words.
        QVERIFY(!trucentive::apiErrorMessage(e, trucentive::Operation::Lookup).contains(u"envelope"_s));
    }

    void lockedOpen() {
        const ApiError e = httpError(400, tc::ErrorLocked, true);
        QCOMPARE(trucentive::fullErrorMessages(e), u"Envelope cannot be opened because the envelope is locked"_s);
        QCOMPARE(trucentive::apiErrorMessage(e, trucentive::Operation::Open),
                 u"TruCentive could not open the envelope: Envelope cannot be opened because the envelope is locked. "
                 "Nothing was changed."_s);
    }

    void fullErrorMessagesAsList() {
        // The key's plural name leaves its type open (catalog.md 6.1 #10): a list is joined.
        ApiError e = httpError(400, R"({"error":"Cannot open envelope.","status":400,
            "details":{"full_error_messages":["Envelope is locked","Envelope expired"]}})");
        QCOMPARE(trucentive::fullErrorMessages(e), u"Envelope is locked; Envelope expired"_s);
        QVERIFY(trucentive::apiErrorMessage(e, trucentive::Operation::Open)
                    .contains(u"Envelope is locked; Envelope expired"_s));
        // Without details the error text is used.
        e = httpError(400, R"({"error":"Cannot open envelope.","status":400})");
        QCOMPARE(trucentive::apiErrorMessage(e, trucentive::Operation::Open),
                 u"TruCentive could not open the envelope: Cannot open envelope. Nothing was changed."_s);
    }

    void exceedsFunds() {
        const ApiError e = httpError(400, tc::ErrorFunds, true);
        QVERIFY(trucentive::isInsufficientFunds(e));
        QCOMPARE(trucentive::apiErrorMessage(e, trucentive::Operation::Deliver),
                 u"The project's funds are used up; add funds in TruCentive or choose another project. Nothing was "
                 "sent."_s);
    }

    void otherBadRequest() {
        const ApiError e = httpError(400, tc::ErrorGeneric, true);
        QCOMPARE(trucentive::apiErrorMessage(e, trucentive::Operation::Deliver),
                 u"TruCentive did not send the envelope: More detail about the error. Nothing was sent."_s);
        QCOMPARE(trucentive::apiErrorMessage(e, trucentive::Operation::Lookup),
                 u"TruCentive refused the request: More detail about the error."_s);
        // An HTML error page is never shown.
        const ApiError html = httpError(400, "<html><body>Bad Request</body></html>", true);
        QVERIFY(!trucentive::apiErrorMessage(html, trucentive::Operation::Deliver).contains(u"<"_s));
    }

    void unknownDeliver() {
        ApiError e;
        e.vendor = Vendor::TruCentive;
        e.kind = ErrorKind::Timeout;
        e.failure = FailureClass::Unknown;
        e.action = true;
        const trucentive::ErrorText t = trucentive::errorText(e, trucentive::Operation::Deliver);
        QCOMPARE(t.message, u"RewardDesk cannot tell whether the envelope was sent. Check the viewed/opened feeds or "
                            "look the envelope up before sending again."_s);
        QCOMPARE(t.suggestion, trucentive::ErrorText::Suggestion::CheckBeforeResend);
        // 5xx on deliver is unknown too (the classifier's rule), and so is an unreadable 2xx.
        QCOMPARE(trucentive::errorText(httpError(503, {}, true), trucentive::Operation::Deliver).suggestion,
                 trucentive::ErrorText::Suggestion::CheckBeforeResend);
        // Open: safe to retry, so the advice differs.
        QCOMPARE(trucentive::errorText(e, trucentive::Operation::Open).suggestion,
                 trucentive::ErrorText::Suggestion::CheckEnvelope);
    }

    void rateLimitAndMaintenance() {
        ApiError e = httpError(429, tc::ErrorGeneric);
        e.retryAfterSeconds = 7;
        const trucentive::ErrorText t = trucentive::errorText(e, trucentive::Operation::Lookup, u"TC"_s);
        QCOMPARE(t.suggestion, trucentive::ErrorText::Suggestion::RetryLater);
        QCOMPARE(t.message, e.userMessage(u"TC"_s)); // the transport's words, with the wait
        QVERIFY(t.message.contains(u"7"_s));
        const trucentive::ErrorText m =
            trucentive::errorText(httpError(503, {}), trucentive::Operation::Lookup, u"TC"_s);
        QVERIFY(m.message.contains(u"maintenance"_s));
        QCOMPARE(m.suggestion, trucentive::ErrorText::Suggestion::RetryLater);
    }

    void refusedLocally() {
        const ApiError e = trucentive::refusedLocally(u"Enter an amount."_s, true);
        QVERIFY(isRefusedLocally(e));
        QVERIFY(e.isNotSent());
        QCOMPARE(trucentive::apiErrorMessage(e, trucentive::Operation::Deliver),
                 u"The envelope was not sent: Enter an amount."_s);
        QVERIFY(!isRefusedLocally(httpError(400, tc::ErrorGeneric)));
    }
};

QTEST_GUILESS_MAIN(TestTruCentiveErrors)
#include "tst_trucentiveerrors.moc"
