#include "ui/tremendous/trsandboxfacts.h"

#include "api/sandbox/sandboxserver.h"
#include "api/sandbox/sandboxtremendous.h"

namespace rd::test {

namespace {

TrSandboxOrderFacts factsOf(SandboxServer* sandbox, quint64 index) {
    const SandboxTremendousData& data = sandbox->tremendous()->data();
    const TremendousOrder order = data.order(index);
    TrSandboxOrderFacts facts;
    facts.id = data.orderId(index);
    facts.externalId = order.external ? data.externalId(index) : QString();
    if (!order.rewards.isEmpty())
        facts.email = data.recipient(index, order.rewards.first()).email;
    facts.hasPayment = order.hasPayment();
    facts.subtotalCents = order.subtotalCents();
    facts.feesCents = order.feesCents;
    facts.discountCents = order.discountCents;
    facts.totalCents = order.totalCents();
    return facts;
}

} // namespace

QStringList trSandboxPendingIds(SandboxServer* sandbox, int n) {
    return sandbox->tremendous()->pendingApprovalOrderIds(n);
}

TrSandboxOrderFacts trSandboxOrder(SandboxServer* sandbox, const QString& idOrExternalId) {
    const std::optional<quint64> index = sandbox->tremendous()->data().orderIndex(idOrExternalId);
    return index ? factsOf(sandbox, *index) : TrSandboxOrderFacts{};
}

TrSandboxOrderFacts trSandboxOrderAt(SandboxServer* sandbox, int index) {
    return factsOf(sandbox, quint64(index));
}

void trSandboxSetApprovalsViaApi(SandboxServer* sandbox, bool enabled) {
    sandbox->tremendous()->setApprovalsViaApi(enabled);
}

void trSandboxSetAsyncDelay(SandboxServer* sandbox, int ms) {
    sandbox->tremendous()->setAsyncDelay(ms);
}

qint64 trSandboxBalanceCents(SandboxServer* sandbox) {
    return sandbox->tremendous()->balanceCents();
}

} // namespace rd::test
