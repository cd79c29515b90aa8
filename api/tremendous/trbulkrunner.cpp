#include "trbulkrunner.h"

namespace rd {

TrBulkRunner::TrBulkRunner(TremendousClient* client, ActionJournal* journal, ActionReconciler* reconciler,
                           const Account& account, TrAction action, QList<TrBulkItem> items, QObject* parent)
    : QObject(parent)
    , m_adapter(client, reconciler, account.label(), action)
    , m_items(std::move(items))
    , m_runner(new ActionRunner(journal, &m_adapter, account, actionItems(m_items), this)) {
    connect(m_runner, &ActionRunner::itemChanged, this, &TrBulkRunner::itemChanged);
    connect(m_runner, &ActionRunner::objectChanged, this, &TrBulkRunner::onObjectChanged);
    connect(m_runner, &ActionRunner::finished, this, &TrBulkRunner::finished);
}

TrBulkRunner::~TrBulkRunner() {
    // The engine uses the adapter until it is gone (an entry still in flight is completed as Unknown then).
    delete m_runner;
}

QList<ActionItem> TrBulkRunner::actionItems(const QList<TrBulkItem>& items) {
    QList<ActionItem> out;
    out.reserve(items.size());
    for (const TrBulkItem& item : items) {
        ActionItem a;
        a.objectId = item.objectId;
        a.cents = item.amount.cents;
        a.currency = item.amount.currency;
        a.amountText = item.amount.valid() ? item.amount.amountText() : QString();
        a.recipient = item.recipient;
        a.summary = item.summary;
        a.blockedReason = item.blockedReason;
        out.append(a);
    }
    return out;
}

TrBulkDryRun TrBulkRunner::dryRun(const QList<TrBulkItem>& items) {
    return ActionRunner::dryRun(actionItems(items));
}

void TrBulkRunner::onObjectChanged(int index, const QVariant& object) {
    const TrReadObject read = object.value<TrReadObject>();
    if (read.order)
        Q_EMIT orderChanged(*read.order);
    if (read.fraudReview)
        Q_EMIT fraudReviewChanged(*read.fraudReview);
    if (m_adapter.action() == TrAction::Resend || m_adapter.action() == TrAction::Cancel)
        Q_EMIT rewardChanged(m_items.at(index).objectId.trimmed());
}

} // namespace rd
