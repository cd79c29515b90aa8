#pragma once

#include "api/journal/journalentry.h"

namespace rd {

struct ApiError;

// The journal outcome for a failed action call (design.md section 2, "three outcomes for every failure"):
// NotSent and Rejected -> NotApplied, Unknown -> Unknown (the object stays locked until it is read back).
// The message is ApiError::userMessage() (plain language, never a secret); the request id is the call's X-Request-Id.
ActionOutcome outcomeFromError(const ApiError& error, const QString& accountLabel = {});

// The journal outcome for a call that succeeded.
inline ActionOutcome outcomeSucceeded(const QString& message, const QString& requestId = {}) {
    return {JournalState::Succeeded, message, requestId};
}

} // namespace rd
