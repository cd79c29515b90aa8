#pragma once

#include <QStringList>

namespace rd {
class SandboxServer;
}

namespace rd::test {

// The Tremendous sandbox's own accessors, called from a translation unit of their own so tst_tremendousflows.cpp sees
// plain values and never the sandbox's internal data headers.
QStringList trFlowPendingOrderIds(SandboxServer* sandbox, int n);
// Rewards whose delivery FAILED and that are neither canceled nor expired (resend, cancel and links work).
QStringList trFlowFailedRewardIds(SandboxServer* sandbox, int n);
void trFlowSetApprovalsViaApi(SandboxServer* sandbox, bool enabled);
void trFlowSetAsyncDelay(SandboxServer* sandbox, int ms);
qint64 trFlowBalanceCents(SandboxServer* sandbox);
void trFlowSetBalanceCents(SandboxServer* sandbox, qint64 cents);

} // namespace rd::test
