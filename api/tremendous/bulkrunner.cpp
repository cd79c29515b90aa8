#include "api/tremendous/bulkrunner.h"

namespace rd::tremendous {

BulkRunner::BulkRunner(Client* client, ActionJournal* journal, ActionReconciler* reconciler, const Account& account,
                       Action action, QList<BulkItem> items, QObject* parent)
    : QObject(parent)
    , m_adapter(client, reconciler, account.label(), action)
    , m_items(std::move(items))
    , m_runner(new ActionRunner(journal, &m_adapter, account, actionItems(m_items), this)) {
    connect(m_runner, &ActionRunner::itemChanged, this, &BulkRunner::itemChanged);
    connect(m_runner, &ActionRunner::objectChanged, this, &BulkRunner::onObjectChanged);
    connect(m_runner, &ActionRunner::finished, this, &BulkRunner::finished);
}

BulkRunner::~BulkRunner() {
    // The engine uses the adapter until it is gone (an entry still in flight is completed as Unknown then).
    delete m_runner;
}

QList<ActionItem> BulkRunner::actionItems(const QList<BulkItem>& items) {
    QList<ActionItem> out;
    out.reserve(items.size());
    for (const BulkItem& item : items) {
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

BulkDryRun BulkRunner::dryRun(const QList<BulkItem>& items) {
    return ActionRunner::dryRun(actionItems(items));
}

void BulkRunner::onObjectChanged(int index, const QVariant& object) {
    const ReadObject read = object.value<ReadObject>();
    if (read.order)
        Q_EMIT orderChanged(*read.order);
    if (read.fraudReview)
        Q_EMIT fraudReviewChanged(*read.fraudReview);
    if (m_adapter.action() == Action::Resend || m_adapter.action() == Action::Cancel)
        Q_EMIT rewardChanged(m_items.at(index).objectId.trimmed());
}

} // namespace rd::tremendous
