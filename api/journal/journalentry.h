#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "api/core/vendor.h"

namespace rd {

// The life of one journaled action (design.md section 2, "write-ahead action journal").
//
//   Sending ──complete()──> Succeeded | NotApplied | Unknown
//   Sending (left by a previous run) | Unknown ──resolve()──> ReconciledApplied | ReconciledNotApplied | Abandoned
//
// Sending and Unknown are *unresolved*: the object is locked (no new action on it) until the entry is resolved.
// The string keys are persisted in the journal file: never change them.
enum class JournalState {
    Sending = 0,              // "sending": written BEFORE the request is sent; the outcome is not recorded yet
    Succeeded = 1,            // "succeeded": the vendor answered 2xx
    NotApplied = 2,           // "not_applied": rejected (4xx) or never sent
    Unknown = 3,              // "unknown": it may or may not have been applied (timeout after sending, 5xx, ...)
    ReconciledApplied = 4,    // "reconciled_applied": read back from the vendor: it was applied
    ReconciledNotApplied = 5, // "reconciled_not_applied": read back from the vendor: it was not applied
    Abandoned = 6,            // "abandoned": an agent gave up on finding out, with a note
};

QString journalStateKey(JournalState state);
bool journalStateFromKey(QStringView key, JournalState* out);
QString journalStateDisplayName(JournalState state); // translated
// Sending or Unknown: the outcome is not known and the object stays locked.
constexpr bool isUnresolvedState(JournalState state) {
    return state == JournalState::Sending || state == JournalState::Unknown;
}

// The object an action is about. The per-object lock is keyed on all three fields.
struct ObjectRef {
    QString accountId;
    QString objectType; // "order", "envelope", "fraud_review", "redemption", ...
    QString objectId;   // the vendor's id, always a string

    QString lockKey() const; // accountId + objectType + objectId, unambiguous
    bool isValid() const { return !accountId.isEmpty() && !objectType.isEmpty() && !objectId.isEmpty(); }
    friend bool operator==(const ObjectRef&, const ObjectRef&) = default;
};

// What a caller is about to do. Every field is NON-SECRET by contract: never pass an API key, token, header,
// request/response body or redeemable link. The journal refuses text that looks like a credential (see
// secretguard.h) and has no field where a header or body could go.
struct ActionIntent {
    QString accountId;
    QString accountLabel; // "Tremendous (production)"
    Vendor vendor = Vendor::TruCentive;
    Environment environment = Environment::Production;
    QString objectType;
    QString objectId;
    QString action;  // "approve", "reject", "open", "cancel", ...
    QString reason;  // free text from the agent (the confirmation dialog asks for it)
    QString summary; // non-secret human text: "USD 25.00 to j.doe@example.com"

    ObjectRef object() const { return {accountId, objectType, objectId}; }
};

// One journal entry: the fold of its lines in the journal file.
struct JournalEntry {
    QString id;          // UUID without braces
    QDateTime createdAt; // UTC
    QString actor;       // OS user name of whoever started the action
    QString accountId;
    QString accountLabel;
    Vendor vendor = Vendor::TruCentive;
    Environment environment = Environment::Production;
    QString objectType;
    QString objectId;
    QString action;
    QString reason;
    QString summary;
    JournalState state = JournalState::Sending;
    QString outcome;     // outcome message: the vendor's answer, the read-back result or the agent's note
    QString requestId;   // the request id of the call (vendor's, or RewardDesk's X-Request-Id)
    QDateTime updatedAt; // UTC, last change
    QString resolvedBy;  // OS user who resolved it (reconciliation or abandon); empty otherwise

    ObjectRef object() const { return {accountId, objectType, objectId}; }
    bool isUnresolved() const { return isUnresolvedState(state); }
};

// What the caller learnt from the vendor. state is Succeeded, NotApplied or Unknown.
struct ActionOutcome {
    JournalState state = JournalState::Unknown;
    QString message;   // non-secret: "Order approved", the vendor's error message, ...
    QString requestId; // optional
};

// Proof that the SENDING line is durable: only a ticket lets the caller send, and it is what complete() takes.
struct ActionTicket {
    QString entryId;
    ObjectRef object;
};

struct JournalError {
    enum Code {
        Busy,        // another action on the same object is in flight or its outcome is not yet known
        Refused,     // the intent is incomplete or contains something that looks like a credential
        WriteFailed, // the journal could not be written durably: the action must not be sent
    };
    Code code = WriteFailed;
    QString message; // translated, for the agent
};

// The answer to ActionJournal::beginAction(): a ticket (send now) or an error (do not send).
class BeginResult {
public:
    BeginResult(ActionTicket ticket)
        : m_ok(true)
        , m_ticket(std::move(ticket)) {}
    BeginResult(JournalError error)
        : m_ok(false)
        , m_error(std::move(error)) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const ActionTicket& ticket() const { return m_ticket; }
    const JournalError& error() const { return m_error; }

private:
    bool m_ok;
    ActionTicket m_ticket;
    JournalError m_error;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::JournalEntry)
Q_DECLARE_METATYPE(rd::ObjectRef)
