#pragma once

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "api/sandbox/sandboxresponse.h"
#include "api/sandbox/sandboxtremendousdata.h"
#include "api/sandbox/sandboxtremendousstate.h"
#include "api/sandbox/sandboxvendor.h"

class QJsonObject;

namespace rd {

struct SandboxRequest;

// Tremendous API v2 (vendor-docs/tremendous-openapi.yaml, tremendous-endpoints.md), served under /tremendous/api/v2
// like the testflight sandbox (whose keys start with TEST_). Data: SandboxTremendousData (orders, rewards, fraud
// reviews), SandboxTremendousFraud (review details), SandboxTremendousCatalog (products, campaigns, rules, funding
// sources), SandboxTremendousState (overrides, balance, settings). The README's Tremendous section lists every route
// and choice; the main ones:
//
// Auth (spec security scheme BearerApiKey): `Authorization: Bearer <key>` (scheme case-insensitive). A missing or
// wrong key: 401. Every error body: {"errors": {"message": "...", "payload": {...}}} (ListRewards401Response; the
// optional `status` is not sent); payload mirrors the failing parameters (bracket keys nested the Rails way:
// created_at[gte] -> {"created_at":{"gte":"..."}}), {} otherwise.
//
// Choices where the spec is silent ("sandbox:"):
//  - limit above the documented maximum (orders, rewards: 500) is clamped; limit < 1, a negative or non-numeric
//    offset/limit, or an unparseable ISO 8601 date is 400. Fraud reviews: limit 1..100 and offset >= 0 (schema) else
//    400. A date without a zone is UTC; a bare date is its UTC midnight.
//  - payment is sent for every order except OPEN and FAILED ones (not processed); the spec says only EXECUTED ones
//    carry it, but approvers need the amount. Amounts are USD (the organization's currency); rewards are in USD, EUR,
//    GBP or CAD at fixed rates.
//  - approve/reject: the switch first (off: 403 "Approvals via API are not enabled ..."), then 404, then 422 for an
//    order that is not PENDING APPROVAL, then (approve) 402 when the balance is below payment.total. Approve debits
//    the balance and executes the order (its rewards PENDING, then SUCCEEDED after the async delay); reject cancels
//    it (every reward canceled, payment.refund = total, nothing debited).
//  - fraud reviews: the review's created_at is its redeemed_at (a reward is flagged when redeemed). release/block on
//    a review that is not flagged: 422 (the spec lists no 422 here). They set reviewed_by "api@sandbox.example" and
//    reviewed_at now; block cancels reward 0 of the order and refunds it (balance credited, payment.refund, order
//    CANCELED when all its rewards are). Generated flagged reviews redeemed over 30 days ago are shown blocked with
//    reviewed_by "Automatic Review" (the spec's value) and reviewed_at = redeemed_at + 30 days.
//  - GET /rewards: every query item other than offset/limit is a custom-field filter `<label>=<value>`: the label
//    matches case-insensitively, the value exactly; several filters must all match; an unknown label matches nothing.
//  - resend: JSON body optional; both updated_email and updated_phone, a malformed e-mail or phone, updated_email on
//    an SMS reward or updated_phone on an e-mail one, an unparseable body: 422. Only FAILED, not canceled rewards;
//    else 422. The delivery becomes PENDING, then after the async delay SUCCEEDED (FAILED again when the address is
//    still one of the bouncing sample domains). Answers {}.
//  - cancel: only rewards not canceled, not expired and with delivery FAILED; SUCCEEDED -> 422 "already redeemed".
//    A canceled reward stays readable unchanged through GET /rewards/{id} (the schema has no reward status); its order
//    shows payment.refund and becomes CANCELED when all its rewards are canceled. Answers {}.
//  - generate_link: 403 for a canceled reward, a reward whose fraud review is blocked, or an order not EXECUTED.
class SandboxTremendous : public SandboxVendor {
public:
    static constexpr qint64 kDefaultBalanceCents = SandboxTremendousState::kDefaultBalanceCents; // USD 250,000.00
    static constexpr int kDefaultAsyncDelayMs = SandboxTremendousState::kDefaultAsyncDelayMs;

    SandboxTremendous();
    ~SandboxTremendous() override;

    void install(SandboxHttpServer* http, const QString& prefix) override;
    // Drops every override and restores the settings (approvals via API on, the default balance).
    void reset(quint64 seed, int size) override;

    static SandboxResponse error(int status, const QString& message);
    static SandboxResponse error(int status, const QString& message, const QJsonObject& payload);

    // Settings (also GET/POST /_sandbox/tremendous). Server thread.
    void setApprovalsViaApi(bool enabled) { m_state->setApprovalsViaApi(enabled); }
    bool approvalsViaApi() const { return m_state->approvalsViaApi(); }
    void setBalanceCents(qint64 cents) { m_state->setBalanceCents(cents); }
    qint64 balanceCents() const { return m_state->balanceCents(); }
    // Delay of the asynchronous delivery after approve/resend (default kDefaultAsyncDelayMs); < 0: never delivered.
    void setAsyncDelay(int ms) { m_state->setAsyncDelay(ms); }
    // The clock (ms since the epoch; default the wall clock). Also restarts the data's start time from it.
    void setClock(std::function<qint64()> nowMs);
    qint64 startTime() const;

    // Sample ids as things are now (state changes included), newest first; at most n.
    QStringList pendingApprovalOrderIds(int n) const { return m_state->pendingApprovalOrderIds(n); }
    QStringList flaggedReviewIds(int n) const { return m_state->flaggedReviewIds(n); } // reward ids
    // FAILED delivery, not canceled, not expired: resend and cancel work on them.
    QStringList failedRewardIds(int n) const { return m_state->failedRewardIds(n); }
    const SandboxTremendousData& data() const { return m_state->data(); }

private:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;
    Handler authed(Handler handler) const;
    std::optional<SandboxResponse> checkAuth(const SandboxRequest& request) const;

    SandboxResponse listOrders(const SandboxRequest& request) const;
    SandboxResponse getOrder(const SandboxRequest& request) const;
    SandboxResponse decideOrder(const SandboxRequest& request, bool approve);
    SandboxResponse listFraudReviews(const SandboxRequest& request) const;
    SandboxResponse getFraudReview(const SandboxRequest& request) const;
    SandboxResponse reviewFraud(const SandboxRequest& request, bool release);
    SandboxResponse listRewards(const SandboxRequest& request) const;
    SandboxResponse getReward(const SandboxRequest& request) const;
    SandboxResponse resendReward(const SandboxRequest& request);
    SandboxResponse cancelReward(const SandboxRequest& request);
    SandboxResponse generateLink(const SandboxRequest& request);
    SandboxResponse listFundingSources() const;
    SandboxResponse getFundingSource(const SandboxRequest& request) const;
    SandboxResponse control(const SandboxRequest& request);

    std::optional<QPair<quint64, int>> findReward(const QString& id) const;
    QByteArray orderBody(const TremendousOrder& order) const; // {"order": ...}
    QByteArray reviewBody(int review) const;                  // {"fraud_review": ...}

    std::unique_ptr<SandboxTremendousState> m_state;
};

} // namespace rd
