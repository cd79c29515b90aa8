#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "api/tremendous/bulkrunner.h"

namespace rd::tremendous {

// The per-item results of a bulk run, live while the run goes on. One
// row per BulkRunner item, in the run's order. Each itemChanged() updates that one row (they arrive one per paced
// request, so one dataChanged each is fine). The runner is not owned; when it is destroyed the model empties.
class BulkResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Object, Recipient, Amount, Outcome, Message, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 20, // int(BulkItemResult::Outcome)
        OutcomeColorRole,                // QColor: green applied, grey not applied/skipped, amber unknown/reconciling,
                                         // blue running, invalid while pending
        AppliedRole,                     // bool: BulkItemResult::applied()
        JournalEntryRole,                // QString
        HttpStatusRole,                  // int (0 when none)
    };
    // The outcome's colour (also Qt::ForegroundRole of the Outcome column and the DecorationRole dot).
    static QColor outcomeColor(BulkItemResult::Outcome outcome);

    explicit BulkResultModel(QObject* parent = nullptr);
    ~BulkResultModel() override;

    // Shows `runner`'s items (replacing the previous runner; null clears). One model reset.
    void setRunner(BulkRunner* runner);
    BulkRunner* runner() const { return m_runner; }

    // Counts for a summary line: applied (Succeeded + AlreadyHandled), not applied (NotApplied + Skipped), unknown
    // (Reconciling + Unknown), and the items still Pending/Running.
    int appliedCount() const;
    int notAppliedCount() const;
    int unknownCount() const;
    int openCount() const;
    QString summaryText() const; // "3 applied, 1 not applied, 0 unknown, 2 to go"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void summaryChanged();

private:
    void onItemChanged(int index);
    int countWhere(bool (*predicate)(BulkItemResult::Outcome)) const;

    QPointer<BulkRunner> m_runner;
    QList<QMetaObject::Connection> m_connections;
    int m_rows = 0; // rows announced to the views (the runner's item list never changes size)
};

} // namespace rd::tremendous
