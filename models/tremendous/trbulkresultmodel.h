#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "tremendous/trbulkrunner.h"

namespace rd {

// The per-item results of a bulk run (issue 4 "Bulk": "a per-item result after"), live while the run goes on. One
// row per TrBulkRunner item, in the run's order. Each itemChanged() updates that one row (they arrive one per paced
// request, so one dataChanged each is fine). The runner is not owned; when it is destroyed the model empties.
class TrBulkResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Object, Recipient, Amount, Outcome, Message, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 20, // int(TrBulkItemResult::Outcome)
        OutcomeColorRole,                // QColor: green applied, grey not applied/skipped, amber unknown/reconciling,
                                         // blue running, invalid while pending
        AppliedRole,                     // bool: TrBulkItemResult::applied()
        JournalEntryRole,                // QString
        HttpStatusRole,                  // int (0 when none)
    };
    // The outcome's colour (also Qt::ForegroundRole of the Outcome column and the DecorationRole dot).
    static QColor outcomeColor(TrBulkItemResult::Outcome outcome);

    explicit TrBulkResultModel(QObject* parent = nullptr);
    ~TrBulkResultModel() override;

    // Shows `runner`'s items (replacing the previous runner; null clears). One model reset.
    void setRunner(TrBulkRunner* runner);
    TrBulkRunner* runner() const { return m_runner; }

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
    int countWhere(bool (*predicate)(TrBulkItemResult::Outcome)) const;

    QPointer<TrBulkRunner> m_runner;
    QList<QMetaObject::Connection> m_connections;
    int m_rows = 0; // rows announced to the views (the runner's item list never changes size)
};

} // namespace rd
