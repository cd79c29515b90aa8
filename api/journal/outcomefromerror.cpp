#include "api/journal/outcomefromerror.h"

#include "api/core/apierror.h"

namespace rd {

ActionOutcome outcomeFromError(const ApiError& error, const QString& accountLabel) {
    ActionOutcome o;
    o.state = error.isUnknown() ? JournalState::Unknown : JournalState::NotApplied;
    o.message = error.userMessage(accountLabel);
    o.requestId = error.requestId;
    return o;
}

} // namespace rd
