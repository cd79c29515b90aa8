#pragma once

#include <QObject>

#include <functional>
#include <optional>

#include "api/core/endpoint.h"
#include "api/journal/reconciler.h"

namespace rd {

class HttpTransport;
} // namespace rd

namespace rd::trucentive {

// Reads journaled TruCentive actions back (rd::ActionReconciler; register it with JournalReconciler for
// Vendor::TruCentive). It never repeats an action.
//  - "open" on an "envelope": GET /envelope. Opened (state opened/open or opened_at set) -> Applied; any other
//    readable state -> NotApplied (opening is safe to retry, so the agent may open it again); 404 -> NotApplied
//    ("no envelope with that ID"); any other failure -> StillUnknown.
//  - "deliver"/"send": the API cannot look envelopes up by recipient, so the outcome cannot be read back ->
//    StillUnknown with advice to check the viewed/opened feeds or TruCentive before sending again. Exception: an
//    entry whose objectType is "envelope" and whose objectId is an envelope id: that envelope is read back (found ->
//    Applied, 404 -> NotApplied).
//  - any other action -> StillUnknown.
// Messages are non-secret (never a delivery link) and translated (context "rd::trucentive::Reconciler").
class Reconciler : public QObject, public ActionReconciler {
    Q_OBJECT
public:
    // Returns the endpoint of an account (by JournalEntry::accountId), or nullopt if it is not usable now
    // (then the entry stays StillUnknown). Typical: [sessions](const QString& id) { return sessions->endpoint(id); }
    using EndpointResolver = std::function<std::optional<Endpoint>(const QString& accountId)>;

    Reconciler(HttpTransport* transport, EndpointResolver resolver, QObject* parent = nullptr);
    ~Reconciler() override;

    void reconcile(const JournalEntry& entry, QObject* context,
                   std::function<void(const ReconcileResult&)> done) override;

private:
    void readEnvelopeBack(const JournalEntry& entry, const Endpoint& endpoint, bool forOpen, QObject* context,
                          std::function<void(const ReconcileResult&)> done);

    HttpTransport* m_transport;
    EndpointResolver m_resolver;
};

} // namespace rd::trucentive
