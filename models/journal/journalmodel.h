#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

#include "api/journal/journalentry.h"
#include "models/journal/journalcsv.h"

class QIODevice;

namespace rd {

class ActionJournal;

// The audit log (View > Audit log): every journal entry, newest first, with a filter. Updates incrementally from
// the journal's entryAdded/entryChanged (one row at a time: changes are human-paced); the initial load and every
// filter change are one model reset. The filter runs in the model over cached, case-folded row text, so no proxy
// is needed (a view may still sort through a QSortFilterProxyModel using SortRole).
class JournalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Actor, Account, VendorColumn, Object, Summary, Action, Reason, State, Outcome, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // QString
        StateRole,                      // int(JournalState)
        NeedsAttentionRole,             // bool: unresolved and not in flight (crash leftover or Unknown): colour it
        InFlightRole,                   // bool: begun in this run, outcome not recorded yet
        SortRole,                       // time as UTC msecs for Time, display text elsewhere
    };

    explicit JournalModel(ActionJournal* journal, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Filters: text (case-insensitive, across every column), "needs attention only", one vendor. Each setter
    // that changes something resets the model once; setFilter() sets all three with a single reset.
    void setFilterText(const QString& text);
    void setNeedsAttentionOnly(bool on);
    void setVendorFilter(std::optional<Vendor> vendor);
    void setFilter(const QString& text, bool needsAttentionOnly, std::optional<Vendor> vendor);
    QString filterText() const { return m_filterText; }
    bool needsAttentionOnly() const { return m_attentionOnly; }
    std::optional<Vendor> vendorFilter() const { return m_vendor; }

    int totalCount() const { return int(m_all.size()); } // entries before filtering ("12 of 340")
    int needsAttentionCount() const;
    JournalEntry entryAt(int row) const;
    int rowOf(const QString& entryId) const; // -1 when filtered out or unknown

    // Writes the given rows (all rows when empty), in row order, as CSV. False on a write error.
    bool writeCsv(QIODevice* device, const QList<int>& rows = {}, const JournalCsv::Options& options = {}) const;

    // Display texts, shared with the dialog (e.g. a detail pane).
    static QString accountText(const JournalEntry& e);
    QString stateText(const JournalEntry& e) const;

private:
    void reload();
    void rebuildRows();
    bool matches(qsizetype index) const;
    QString haystackOf(const JournalEntry& e) const;
    qsizetype visiblePosition(qsizetype index, bool* found) const;
    QString displayText(const JournalEntry& e, int column) const;
    void onEntryAdded(const JournalEntry& entry);
    void onEntryChanged(const JournalEntry& entry);

    QPointer<ActionJournal> m_journal;
    QList<JournalEntry> m_all;         // journal order (oldest first)
    QList<QString> m_haystack;         // case-folded text of every column, per entry in m_all
    QHash<QString, qsizetype> m_index; // entry id -> position in m_all
    QList<qsizetype> m_rows;           // visible rows: positions in m_all, newest first (descending)

    QString m_filterText;   // as typed
    QString m_filterFolded; // case-folded, trimmed
    bool m_attentionOnly = false;
    std::optional<Vendor> m_vendor;
};

} // namespace rd
