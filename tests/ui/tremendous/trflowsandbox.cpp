#include "ui/tremendous/trflowsandbox.h"

#include "api/sandbox/sandboxserver.h"
#include "api/sandbox/sandboxtremendous.h"

namespace rd::test {

QStringList trFlowPendingOrderIds(SandboxServer* sandbox, int n) {
    return sandbox->tremendous()->pendingApprovalOrderIds(n);
}

QStringList trFlowFailedRewardIds(SandboxServer* sandbox, int n) {
    return sandbox->tremendous()->failedRewardIds(n);
}

void trFlowSetApprovalsViaApi(SandboxServer* sandbox, bool enabled) {
    sandbox->tremendous()->setApprovalsViaApi(enabled);
}

void trFlowSetAsyncDelay(SandboxServer* sandbox, int ms) {
    sandbox->tremendous()->setAsyncDelay(ms);
}

qint64 trFlowBalanceCents(SandboxServer* sandbox) {
    return sandbox->tremendous()->balanceCents();
}

void trFlowSetBalanceCents(SandboxServer* sandbox, qint64 cents) {
    sandbox->tremendous()->setBalanceCents(cents);
}

} // namespace rd::test
