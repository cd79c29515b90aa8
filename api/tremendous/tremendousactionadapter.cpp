#include "api/tremendous/tremendousactionadapter.h"

#include <QCoreApplication>
#include <QTimer>

#include "api/journal/outcomefromerror.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

Adapter::Adapter(Client* client, ActionReconciler* reconciler, const QString& accountLabel, Action action)
    : m_client(client)
    , m_reconciler(reconciler)
    , m_accountLabel(accountLabel)
    , m_action(action) {}

QString Adapter::objectWord() const {
    switch (m_action) {
    case Action::Approve:
    case Action::Reject:
        return tr("order");
    case Action::Release:
    case Action::Block:
        return tr("fraud review");
    case Action::Resend:
    case Action::Cancel:
        break;
    }
    return tr("reward");
}

QString Adapter::vendorName() const {
    return vendorDisplayName(Vendor::Tremendous);
}

ActionIntent Adapter::intent(const ActionItem& item) const {
    ActionIntent intent;
    intent.vendor = Vendor::Tremendous;
    intent.objectType = actionObjectType(m_action);
    intent.objectId = item.objectId.trimmed();
    intent.action = tremendous::actionName(m_action);
    intent.summary = item.summary;
    if (intent.summary.isEmpty() && item.cents)
        intent.summary = QString(item.currency + u' ' + item.amountText).trimmed();
    if (m_action == Action::Resend) {
        // The row's summary names the old address: the journal must say where it was actually resent.
        const QString target = !m_resendTarget.updatedEmail.trimmed().isEmpty() ? m_resendTarget.updatedEmail.trimmed()
                                                                                : m_resendTarget.updatedPhone.trimmed();
        if (!target.isEmpty()) {
            const QString resentTo = tr("resent to %1").arg(target);
            intent.summary = intent.summary.isEmpty() ? resentTo : intent.summary + u"; "_s + resentTo;
        }
    }
    return intent;
}

CallHandle Adapter::send(const ActionItem& item, QObject* context, AnswerCallback done) {
    const QString id = item.objectId.trimmed();
    // Each call is an Action: exactly one request, never retried; the callback always comes while `context` lives.
    switch (m_action) {
    case Action::Approve:
    case Action::Reject: {
        auto answer = [done](ApiResult<Order> r) {
            if (!r.ok())
                return done({r.error(), {}, {}});
            ReadObject read;
            read.order = r.value();
            done({std::nullopt, QVariant::fromValue(read), {}});
        };
        return m_action == Action::Approve ? m_client->approveOrder(id, context, answer)
                                           : m_client->rejectOrder(id, context, answer);
    }
    case Action::Release:
    case Action::Block: {
        auto answer = [done](ApiResult<FraudReview> r) {
            if (!r.ok())
                return done({r.error(), {}, {}});
            ReadObject read;
            read.fraudReview = r.value();
            done({std::nullopt, QVariant::fromValue(read), {}});
        };
        return m_action == Action::Release ? m_client->releaseFraudReview(id, context, answer)
                                           : m_client->blockFraudReview(id, context, answer);
    }
    case Action::Resend:
    case Action::Cancel: {
        auto answer = [done](ApiResult<EmptyAnswer> r) {
            if (!r.ok())
                return done({r.error(), {}, {}});
            done({});
        };
        return m_action == Action::Resend ? m_client->resendReward(id, m_resendTarget, context, answer)
                                          : m_client->cancelReward(id, context, answer);
    }
    }
    return {};
}

QString Adapter::approvedButFailed(const QString& fallbackId, const std::optional<Order>& order) const {
    if (m_action != Action::Approve || !order)
        return {};
    const QString id = order->id.isEmpty() ? fallbackId : order->id;
    // The approval happened (2xx), but the order did not go through: say so plainly; the agent must look.
    if (order->status == OrderStatus::Failed)
        return tr("Order %1 approved, but Tremendous reports it FAILED: the payment could not be processed. Check the "
                  "order.")
            .arg(id);
    if (order->status == OrderStatus::Canceled)
        return tr("Order %1 approved, but Tremendous reports it CANCELED: it will not be delivered. Check the order.")
            .arg(id);
    return {};
}

QString Adapter::successMessage(const ActionItem& item, const ReadObject& answer, bool* warning) const {
    *warning = false;
    switch (m_action) {
    case Action::Approve:
        if (answer.order) {
            const QString failed = approvedButFailed(item.objectId.trimmed(), answer.order);
            if (!failed.isEmpty()) {
                *warning = true;
                return failed;
            }
            // OPEN is not defined by the Tremendous docs; like the other non-pending statuses it is shown as
            // approved (the order left PENDING APPROVAL).
            return tr("Approved. The order is now %1.").arg(answer.order->statusRaw.simplified());
        }
        break;
    case Action::Reject:
        if (answer.order)
            return tr("Rejected. The order is now %1.").arg(answer.order->statusRaw.simplified());
        break;
    case Action::Release:
        return tr("Released.");
    case Action::Block:
        return tr("Blocked.");
    case Action::Resend:
        return tr("Resent.");
    case Action::Cancel:
        return tr("Canceled.");
    }
    return tr("Done.");
}

ActionVerdict Adapter::classify(const ActionItem& item, const ActionAnswer& answer) const {
    ActionVerdict v;
    if (!answer.error) {
        v.message = successMessage(item, answer.object.value<ReadObject>(), &v.warning);
        v.journal = outcomeSucceeded(v.message); // the approval happened: Succeeded even when FAILED
        return v;
    }
    const ApiError& e = *answer.error;
    v.message = actionErrorMessage(m_action, item.objectId.trimmed(), e, m_accountLabel);
    v.journal = {e.isUnknown() ? JournalState::Unknown : JournalState::NotApplied, v.message, e.requestId};
    v.readBackFirst = !e.isUnknown() && mayBeAlreadyHandled(e);
    return v;
}

void Adapter::readBack(const JournalEntry& entry, QObject* context, ReadBackCallback done) {
    if (m_reconciler) {
        m_reconciler->reconcile(entry, context, std::move(done));
        return;
    }
    ReconcileResult none;
    none.verdict = ReconcileResult::StillUnknown;
    none.message = tr("RewardDesk cannot read this %1 back here.").arg(objectWord());
    none.requests = 0;
    QTimer::singleShot(0, context, [done = std::move(done), none] { done(none); });
}

QString Adapter::readBackWarning(const ActionItem& item, const ReconcileResult& result) const {
    return approvedButFailed(item.objectId.trimmed(), result.object.value<ReadObject>().order);
}

} // namespace rd::tremendous
