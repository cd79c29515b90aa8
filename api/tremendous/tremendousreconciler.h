#pragma once

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

#include "api/core/endpoint.h"
#include "api/journal/reconciler.h"
#include "api/tremendous/tremendoustypes.h"

namespace rd {

class HttpTransport;
} // namespace rd

namespace rd::tremendous {

// The objects a read-back (or an action's answer) shows, as ReconcileResult::object carries them: the order of an
// approve/reject, the fraud review of a release/block, the reward of a resend/cancel (and a canceled reward's order).
struct ReadObject {
    std::optional<Order> order;
    std::optional<FraudReview> fraudReview;
    std::optional<Reward> reward;
    bool isEmpty() const { return !order && !fraudReview && !reward; }
};

// What a read-back found, with the object as Tremendous now shows it (for the row to refresh). Exactly one of
// order / fraudReview / reward is set when the object could be read.
struct ReadBack {
    ReconcileResult result;
    std::optional<Order> order;             // approve / reject, and the order of a canceled reward
    std::optional<FraudReview> fraudReview; // release / block
    std::optional<Reward> reward;           // resend / cancel
    // How many requests the read-back sent (0 when it could not start, 1, or 2 for cancel: the reward then its
    // order), so the action engine can pace them under Tremendous's rate limit. Transport retries of a lookup (503) are
    // not counted here.
    int requests = 0;
};

// Reads journaled Tremendous actions back (rd::ActionReconciler; registered with JournalReconciler for
// Vendor::Tremendous, and used by the Tremendous action adapter for an Unknown outcome). It never repeats an action.
//  - approve on an "order": GET /orders/{id}. PENDING APPROVAL -> NotApplied; CANCELED -> NotApplied ("it was
//    rejected or canceled"); EXECUTED, OPEN, PENDING SETTLEMENT, PENDING INTERNAL PAYMENT APPROVAL, FAILED ->
//    Applied (the approval happened; FAILED says the payment then failed, in the message, and the action adapter flags
//    it as a warning); unknown status -> StillUnknown. OPEN is not defined by the Tremendous docs (see judgeOrder).
//  - reject on an "order": CANCELED -> Applied; PENDING APPROVAL -> NotApplied; any other known status ->
//    NotApplied ("it was approved meanwhile").
//  - release / block on a "fraud_review": GET /fraud_reviews/{id}: the target status -> Applied; flagged ->
//    NotApplied; the other final status -> NotApplied ("already blocked/released by <reviewed_by>").
//  - resend on a "reward": GET /rewards/{id}: delivery status not FAILED -> Applied; still FAILED -> NotApplied.
//  - cancel on a "reward": GET /rewards/{id} then GET /orders/{order_id}: the order CANCELED -> Applied; the order
//    has exactly one reward and a refund in the same (non-empty) currency covering the reward's value -> Applied;
//    any other refund (several rewards on the order: the refund may be another reward's; another or an empty
//    currency; less than the reward's value) -> StillUnknown, the message saying what was read; no refund ->
//    NotApplied. A 404 on the reward -> StillUnknown: the journal entry does not carry the order id, so the order
//    cannot be asked (the message says to check the dashboard).
//  - 404 on the object -> NotApplied for approve/reject/release/block/resend ("no such object").
//  - any read failure -> StillUnknown (the entry stays locked; the audit view shows it).
// Messages are non-secret and translated (context "rd::tremendous::Reconciler"), and name the state read back
// ("The order is now EXECUTED.").
class Reconciler : public QObject, public ActionReconciler {
    Q_OBJECT
public:
    using EndpointResolver = std::function<std::optional<Endpoint>(const QString& accountId)>;

    Reconciler(HttpTransport* transport, EndpointResolver resolver, QObject* parent = nullptr);
    ~Reconciler() override;

    // The verdict carries the object read (a ReadObject, null when nothing was read) and the requests sent.
    void reconcile(const JournalEntry& entry, QObject* context,
                   std::function<void(const ReconcileResult&)> done) override;
    // The same read-back, typed (the tests and the fault suite read it). `done`
    // is called exactly once, later from the event loop, only while `context` is alive.
    void readBack(const JournalEntry& entry, QObject* context, std::function<void(const ReadBack&)> done);
    // Timeouts of the read-back requests (test seam; default the client's 15 s / 30 s).
    void setTimeouts(std::chrono::milliseconds transferTimeout, std::chrono::milliseconds deadline);

private:
    HttpTransport* m_transport;
    EndpointResolver m_resolver;
    std::chrono::milliseconds m_transferTimeout{15000};
    std::chrono::milliseconds m_deadline{30000};
};

} // namespace rd::tremendous
