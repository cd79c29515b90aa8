#pragma once

#include <QCoreApplication>
#include <QPointer>

#include "api/actions/actionadapter.h"
#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendousreconciler.h"

namespace rd::tremendous {

// One of the six Tremendous actions on the shared engine (rd::ActionRunner): approve / reject an order, release /
// block a fraud review, resend / cancel a reward. The journal conventions are tremendousactions.h's; the answer's
// and the read-back's object is a ReadObject (the order of approve/reject, the fraud review of release/block; none
// for resend/cancel, whose answer is empty). Reads back through the shared reconciler (Reconciler, or any
// ActionReconciler registered for Tremendous); without one an Unknown outcome stays Unknown.
// Words: an approval answered or read back as FAILED or CANCELED is applied with a warning ("approved, but
// Tremendous reports it FAILED"); errors in tremendousactions.h's words; 409/422 are read back ("already handled").
class Adapter : public ActionAdapter {
    Q_DECLARE_TR_FUNCTIONS(rd::tremendous::Adapter)

public:
    Adapter(Client* client, ActionReconciler* reconciler, const QString& accountLabel, Action action);

    Action action() const { return m_action; }
    // Resend only: the same target for every item (single resends to an updated address).
    void setResendTarget(const ResendTarget& target) { m_resendTarget = target; }

    bool isAvailable() const override { return !m_client.isNull(); }
    ActionIntent intent(const ActionItem& item) const override;
    CallHandle send(const ActionItem& item, QObject* context, AnswerCallback done) override;
    ActionVerdict classify(const ActionItem& item, const ActionAnswer& answer) const override;
    void readBack(const JournalEntry& entry, QObject* context, ReadBackCallback done) override;
    QString readBackWarning(const ActionItem& item, const ReconcileResult& result) const override;
    // Cancel reads the reward and then its order.
    int assumedReadBackRequests() const override { return m_action == Action::Cancel ? 2 : 1; }

    QString actionName() const override { return tremendous::actionName(m_action); }
    QString objectWord() const override;
    QString pastTense() const override { return actionPastTense(m_action); }
    QString vendorName() const override;

private:
    QString approvedButFailed(const QString& fallbackId, const std::optional<Order>& order) const;
    QString successMessage(const ActionItem& item, const ReadObject& answer, bool* warning) const;

    QPointer<Client> m_client;
    ActionReconciler* m_reconciler;
    QString m_accountLabel;
    Action m_action;
    ResendTarget m_resendTarget;
};

} // namespace rd::tremendous
