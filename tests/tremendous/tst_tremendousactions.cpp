// Tremendous action words and journal conventions (unit): action names/object types (the journal's persisted
// values), the plain words for 401/402/403/404/409/422/429/Unknown/refused-locally failures, lookups' words, and
// tremendous::mayBeAlreadyHandled (409/422 only).
#include <QTest>

#include "api/core/errorbody.h"
#include "api/tremendous/tremendousactions.h"
#include "tremendous/trfixtures.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::tremendous;
namespace tr = rd::test::tr;

namespace {

const QString Label = u"Tremendous (production)"_s;

// An error as the transport builds it for an HTTP status with a Tremendous error body.
ApiError rejected(int status, const QByteArray& body = {}, bool action = true) {
    ApiError e;
    e.vendor = Vendor::Tremendous;
    e.failure = FailureClass::Rejected;
    e.httpStatus = status;
    e.action = action;
    e.kind = status == 401 || status == 403 ? ErrorKind::Auth
             : status == 429                ? ErrorKind::RateLimited
                                            : ErrorKind::Http;
    if (!body.isEmpty())
        parseVendorErrorBody(Vendor::Tremendous, body, &e);
    return e;
}

ApiError unknown(ErrorKind kind, int status = 0) {
    ApiError e;
    e.vendor = Vendor::Tremendous;
    e.failure = FailureClass::Unknown;
    e.kind = kind;
    e.httpStatus = status;
    e.action = true;
    return e;
}

const QList<tremendous::Action> AllActions = {tremendous::Action::Approve, tremendous::Action::Reject,
                                              tremendous::Action::Release, tremendous::Action::Block,
                                              tremendous::Action::Resend,  tremendous::Action::Cancel};

} // namespace

class TestTremendousActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesAndObjectTypes() {
        QCOMPARE(tremendous::actionName(tremendous::Action::Approve), u"approve"_s);
        QCOMPARE(tremendous::actionName(tremendous::Action::Reject), u"reject"_s);
        QCOMPARE(tremendous::actionName(tremendous::Action::Release), u"release"_s);
        QCOMPARE(tremendous::actionName(tremendous::Action::Block), u"block"_s);
        QCOMPARE(tremendous::actionName(tremendous::Action::Resend), u"resend"_s);
        QCOMPARE(tremendous::actionName(tremendous::Action::Cancel), u"cancel"_s);
        for (tremendous::Action a : AllActions) {
            QCOMPARE(tremendous::actionFromName(tremendous::actionName(a)), std::optional<tremendous::Action>(a));
            QVERIFY(!tremendous::actionVerb(a).isEmpty());
            QVERIFY(!tremendous::actionPastTense(a).isEmpty());
        }
        QCOMPARE(tremendous::actionFromName(u" APPROVE "_s),
                 std::optional<tremendous::Action>(tremendous::Action::Approve));
        QVERIFY(!tremendous::actionFromName(u"open"_s));
        QVERIFY(!tremendous::actionFromName({}));

        QCOMPARE(tremendous::actionObjectType(tremendous::Action::Approve), u"order"_s);
        QCOMPARE(tremendous::actionObjectType(tremendous::Action::Reject), u"order"_s);
        QCOMPARE(tremendous::actionObjectType(tremendous::Action::Release), u"fraud_review"_s);
        QCOMPARE(tremendous::actionObjectType(tremendous::Action::Block), u"fraud_review"_s);
        QCOMPARE(tremendous::actionObjectType(tremendous::Action::Resend), u"reward"_s);
        QCOMPARE(tremendous::actionObjectType(tremendous::Action::Cancel), u"reward"_s);
        QCOMPARE(tremendous::actionVerb(tremendous::Action::Approve), u"Approve"_s);
        QCOMPARE(tremendous::actionPastTense(tremendous::Action::Block), u"blocked"_s);
    }

    void unauthorized401() {
        for (tremendous::Action a : AllActions) {
            const QString text = tremendous::actionErrorMessage(a, u"ORD1"_s, rejected(401, tr::Error401), Label);
            QCOMPARE(text, u"The API key for Tremendous (production) was rejected. Open File > Accounts to replace "
                           "it. Nothing was changed."_s);
        }
        QCOMPARE(tremendous::lookupErrorMessage(rejected(401, tr::Error401, false), Label),
                 u"The API key for Tremendous (production) was rejected. Open File > Accounts to replace it."_s);
        // Without an account label, the vendor's name.
        QVERIFY(tremendous::actionErrorMessage(tremendous::Action::Approve, u"X"_s, rejected(401))
                    .contains(u"for Tremendous was"_s));
    }

    void insufficientFunds402() {
        QCOMPARE(tremendous::actionErrorMessage(
                     tremendous::Action::Approve, u"ORD1"_s,
                     rejected(402, R"({"errors":{"message":"Insufficient funds","payload":{}}})"), Label),
                 u"Insufficient funds: the Tremendous balance cannot pay for this order. Add funds, then try again. "
                 "Nothing was changed."_s);
    }

    void forbidden403() {
        const QString approvals =
            u"Approvals via API is turned off for this organization (Tremendous dashboard > Order "
            "approvals). Nothing was changed."_s;
        const ApiError e = rejected(403, R"({"errors":{"message":"Approvals via API are not enabled","payload":{}}})");
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, e, Label), approvals);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Reject, u"ORD1"_s, e, Label), approvals);
        // Elsewhere a 403 is a permission problem, with the vendor's words.
        const QString release = tremendous::actionErrorMessage(tremendous::Action::Release, u"RWD1"_s, e, Label);
        QVERIFY2(release.contains(u"did not allow this action (HTTP 403). Nothing was changed."_s),
                 qPrintable(release));
        QVERIFY2(release.contains(u"Approvals via API are not enabled"_s), qPrintable(release));
        QVERIFY(!release.contains(u"Order approvals"_s));
    }

    void notFound404() {
        const ApiError e = rejected(404, R"({"errors":{"message":"Not found","payload":{}}})");
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD404"_s, e, Label),
                 u"Tremendous has no order ORD404."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Reject, u" ORD404 "_s, e, Label),
                 u"Tremendous has no order ORD404."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Release, u"RWD404"_s, e, Label),
                 u"Tremendous has no fraud review RWD404."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Block, u"RWD404"_s, e, Label),
                 u"Tremendous has no fraud review RWD404."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Resend, u"RWD404"_s, e, Label),
                 u"Tremendous has no reward RWD404."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Cancel, u"RWD404"_s, e, Label),
                 u"Tremendous has no reward RWD404."_s);
        QVERIFY(
            tremendous::lookupErrorMessage(rejected(404, {}, false), Label).startsWith(u"Tremendous has no record"_s));
    }

    void validation422() {
        const ApiError e = rejected(422, tr::Error422);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, e, Label),
                 u"Tremendous refused to approve order ORD1: Order is not pending approval. Nothing was changed."_s);
        QCOMPARE(tremendous::actionErrorMessage(
                     tremendous::Action::Cancel, u"RWD1"_s,
                     rejected(422, R"({"errors":{"message":"Reward already redeemed.","payload":{}}})"), Label),
                 u"Tremendous refused to cancel reward RWD1: Reward already redeemed. Nothing was changed."_s);
        // 400 and 409 read the same; without a vendor message the status is named.
        QVERIFY(tremendous::actionErrorMessage(tremendous::Action::Resend, u"RWD1"_s,
                                               rejected(400, R"({"errors":{"message":"Bad phone","payload":{}}})"),
                                               Label)
                    .startsWith(u"Tremendous refused to resend reward RWD1: Bad phone."_s));
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Block, u"RWD1"_s, rejected(422), Label),
                 u"Tremendous refused the request (HTTP 422). Nothing was changed."_s);
        // An HTML page or a long vendor text is not shown raw.
        ApiError html = rejected(422);
        html.vendorMessage = u"<html><body>oops</body></html>"_s;
        QVERIFY(
            !tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, html, Label).contains(u"<html>"_s));
        ApiError withUrl = rejected(422);
        withUrl.vendorMessage = u"see https://example.com/x?token=SECRET"_s;
        QVERIFY(!tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, withUrl, Label)
                     .contains(u"SECRET"_s));
    }

    void rateLimited429() {
        ApiError e = rejected(429, tr::Error429);
        e.retryAfterSeconds = 1;
        for (tremendous::Action a : AllActions)
            QCOMPARE(tremendous::actionErrorMessage(a, u"ID1"_s, e, Label),
                     u"Tremendous is limiting requests; nothing was changed. Try again in a few seconds."_s);
        QCOMPARE(tremendous::lookupErrorMessage(rejected(429, tr::Error429, false), Label),
                 u"Tremendous is limiting requests. Wait a few seconds, then refresh."_s);
    }

    void unknownOutcome() {
        const ApiError timeout = unknown(ErrorKind::Timeout);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, timeout, Label),
                 u"RewardDesk cannot tell whether the approval went through; it is reading the order back."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Reject, u"ORD1"_s,
                                                unknown(ErrorKind::ServerError, 500), Label),
                 u"RewardDesk cannot tell whether the rejection went through; it is reading the order back."_s);
        QCOMPARE(
            tremendous::actionErrorMessage(tremendous::Action::Release, u"R"_s, unknown(ErrorKind::Network), Label),
            u"RewardDesk cannot tell whether the release went through; it is reading the fraud review back."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Block, u"R"_s, unknown(ErrorKind::Parse), Label),
                 u"RewardDesk cannot tell whether the block went through; it is reading the fraud review back."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Resend, u"R"_s, timeout, Label),
                 u"RewardDesk cannot tell whether the resend went through; it is reading the reward back."_s);
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Cancel, u"R"_s, timeout, Label),
                 u"RewardDesk cannot tell whether the cancellation went through; it is reading the reward back."_s);
    }

    void notSentAndRefusedLocally() {
        const ApiError local = tremendous::refusedLocally(u"The ID is empty."_s, true);
        QCOMPARE(local.failure, FailureClass::NotSent);
        QCOMPARE(local.vendor, Vendor::Tremendous);
        QCOMPARE(local.httpStatus, 0);
        QVERIFY(local.action);
        QVERIFY(local.technical.startsWith(u"refused locally"_s));
        QCOMPARE(tremendous::actionErrorMessage(tremendous::Action::Approve, {}, local, Label),
                 u"Nothing was sent: The ID is empty."_s);
        QCOMPARE(tremendous::lookupErrorMessage(tremendous::refusedLocally(u"The ID is empty."_s, false), Label),
                 u"Nothing was sent: The ID is empty."_s);

        // Other NotSent failures use the transport's words (they say "Nothing was sent").
        ApiError refused;
        refused.vendor = Vendor::Tremendous;
        refused.failure = FailureClass::NotSent;
        refused.kind = ErrorKind::ConnectionRefused;
        QVERIFY(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, refused, Label)
                    .contains(u"Nothing was sent"_s));
        ApiError noKey = refused;
        noKey.kind = ErrorKind::NoCredential;
        QVERIFY(tremendous::actionErrorMessage(tremendous::Action::Approve, u"ORD1"_s, noKey, Label)
                    .contains(u"File > Accounts"_s));
    }

    void mayBeAlreadyHandled() {
        QVERIFY(tremendous::mayBeAlreadyHandled(rejected(409)));
        QVERIFY(tremendous::mayBeAlreadyHandled(rejected(422, tr::Error422)));
        QVERIFY(!tremendous::mayBeAlreadyHandled(rejected(404)));
        QVERIFY(!tremendous::mayBeAlreadyHandled(rejected(400)));
        QVERIFY(!tremendous::mayBeAlreadyHandled(rejected(401)));
        QVERIFY(!tremendous::mayBeAlreadyHandled(rejected(403)));
        QVERIFY(!tremendous::mayBeAlreadyHandled(rejected(429)));
        QVERIFY(!tremendous::mayBeAlreadyHandled(unknown(ErrorKind::ServerError, 500)));
        ApiError notSent422 = rejected(422);
        notSent422.failure = FailureClass::NotSent; // impossible in practice: only a vendor answer counts
        QVERIFY(!tremendous::mayBeAlreadyHandled(notSent422));
    }
};

QTEST_GUILESS_MAIN(TestTremendousActions)
#include "tst_tremendousactions.moc"
