#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

#include "api/core/apierror.h"
#include "api/core/callhandle.h"
#include "api/journal/journalentry.h"
#include "api/journal/reconciler.h"

namespace rd {

// One object of a run, as the caller built it from the selected rows. Everything here is for the dry run, the
// results and the CSV; what only the vendor needs (a delivery request, the envelope as the agent saw it) goes in
// `payload`, which only the adapter reads.
struct ActionItem {
    QString objectId;            // trimmed by the engine; an empty id is skipped
    std::optional<qint64> cents; // what the row says it is worth, in hundredths; nullopt when unknown
    QString currency;            // ISO code as the row gives it ("USD"); may be empty
    QString amountText;          // "25.00" for the CSV (empty when the amount is unknown)
    QString recipient;           // e-mail/phone/name for the summary and the CSV (personal data: never logged)
    QString summary;             // non-secret journal summary: "USD 25.00 to j.doe@example.com"
    // Why this row cannot take the action (unknown status, not pending, locked by an unresolved action...). The dry
    // run lists it; the run skips the item without sending anything.
    QString blockedReason;
    QVariant payload;
};

// What the vendor answered to one action request: no error means 2xx. `object` is the vendor's new state of the
// object when the answer carries one (only the adapter knows its type).
struct ActionAnswer {
    std::optional<ApiError> error;
    QVariant object;
    QString requestId; // X-Request-Id of a 2xx (an error carries its own)
};

// The adapter's reading of an answer. The engine derives NotApplied / Unknown, "stop the run" (401, 403, no
// credentials, an invalid URL) and "pause" (429, Retry-After) from the ApiError itself; the adapter gives the words
// and the journal line.
struct ActionVerdict {
    QString message;       // translated, for the results list and the CSV
    ActionOutcome journal; // what the journal entry is completed with (state Succeeded / NotApplied / Unknown)
    // Applied, but the vendor reports a state the agent must look at: shown as a warning, not as a plain success.
    bool warning = false;
    // A rejection that may mean "someone already handled it" (409, 422): the engine reads the object back and
    // reports AlreadyHandled when it is in the target state.
    bool readBackFirst = false;
    // An Unknown outcome the engine should read back after the settle delay. False when the adapter follows the
    // object up itself (it polls) or the vendor offers no way to read it back: the item is then Unknown at once and
    // its journal entry stays locked until JournalReconciler resolves it.
    bool readBackUnknown = true;
    // Anything else the caller of a run needs from this answer, in the adapter's own type (e.g. a suggested next
    // step); kept in ActionItemResult::detail.
    QVariant detail;
};

// The vendor side of one action for ActionRunner: build the journal intent, send one request, read the answer, read
// the object back, and the words. One adapter serves every item of a run (and may serve several runs); it is used on
// the runner's thread only.
class ActionAdapter {
public:
    using AnswerCallback = std::function<void(const ActionAnswer&)>;
    using ReadBackCallback = std::function<void(const ReconcileResult&)>;

    virtual ~ActionAdapter() = default;

    // False when the vendor connection is gone (no client): the run stops before sending anything more.
    virtual bool isAvailable() const = 0;
    // The journal intent of `item`: vendor, objectType, objectId, action and summary. The engine fills in the
    // account, environment and reason.
    virtual ActionIntent intent(const ActionItem& item) const = 0;
    // Sends exactly one request for `item` (an Action: never retried) and calls `done` exactly once, later from the
    // event loop, only while `context` is alive. The handle is cancelled only when the run is destroyed.
    virtual CallHandle send(const ActionItem& item, QObject* context, AnswerCallback done) = 0;
    virtual ActionVerdict classify(const ActionItem& item, const ActionAnswer& answer) const = 0;
    // Reads the journaled object back (never repeating the action) and calls `done` exactly once, later from the
    // event loop, only while `context` is alive, with the verdict, the object read (ReconcileResult::object, in the
    // adapter's own type) and the requests it sent.
    virtual void readBack(const JournalEntry& entry, QObject* context, ReadBackCallback done) = 0;
    // A read-back's verdict may still carry a warning (an approval read back as FAILED): its words, or empty.
    virtual QString readBackWarning(const ActionItem& item, const ReconcileResult& result) const {
        Q_UNUSED(item)
        Q_UNUSED(result)
        return {};
    }
    // Why an item was not sent because an earlier action on its object is unresolved (the journal's lock), when the
    // vendor has better words than the engine's "another action on this <object> is unresolved"; else empty.
    virtual QString busyMessage(const ActionItem& item) const {
        Q_UNUSED(item)
        return {};
    }
    // Requests a read-back is assumed to have sent when it cannot say (it timed out): the pace counts them.
    virtual int assumedReadBackRequests() const { return 1; }

    // Words.
    virtual QString actionName() const = 0; // journal value and CSV column: "approve" (not translated)
    virtual QString objectWord() const = 0; // translated: "order", "fraud review", "envelope"
    virtual QString pastTense() const = 0;  // translated: "approved"
    virtual QString vendorName() const = 0; // "Tremendous"
};

} // namespace rd
