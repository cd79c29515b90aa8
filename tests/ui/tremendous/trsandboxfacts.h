#pragma once

#include <QString>
#include <QStringList>

namespace rd {
class SandboxServer;
}

namespace rd::test {

// What the built-in Tremendous sandbox holds, read through its own accessors in a translation unit of its own, so the
// tab test sees plain values and never the sandbox's internal data headers (the sandbox never shares types with the
// client: its enums are Sbx-prefixed).
struct TrSandboxOrderFacts {
    QString id;
    QString externalId; // empty when the order has none
    QString email;      // reward 0's recipient e-mail (empty for an SMS reward)
    qint64 subtotalCents = 0;
    qint64 feesCents = 0;
    qint64 discountCents = 0;
    qint64 totalCents = 0;
    bool hasPayment = false;
};

QStringList trSandboxPendingIds(SandboxServer* sandbox, int n = 100000);
TrSandboxOrderFacts trSandboxOrder(SandboxServer* sandbox, const QString& idOrExternalId);
TrSandboxOrderFacts trSandboxOrderAt(SandboxServer* sandbox, int index);
void trSandboxSetApprovalsViaApi(SandboxServer* sandbox, bool enabled);
void trSandboxSetAsyncDelay(SandboxServer* sandbox, int ms);
qint64 trSandboxBalanceCents(SandboxServer* sandbox);

} // namespace rd::test
