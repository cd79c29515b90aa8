#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rd {

class ActionJournal;
class JournalModel;

// View > Audit log: every journaled action (who, what, which object, why, when, how it ended), filterable by text,
// vendor and "needs attention" (unknown outcomes and actions left unfinished by a crash), exportable as CSV.
class AuditDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditDialog(ActionJournal* journal, QWidget* parent = nullptr);

    int visibleRows() const;
    JournalModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    // Writes the rows shown (after filtering, in view order) to `path`. Returns false and explains on failure.
    bool exportCsv(const QString& path, QString* error = nullptr);
    // Marks the selected unresolved entry as abandoned with the agent's note (asks for it). Used when the vendor
    // cannot tell what happened and a person has checked by other means.
    void abandonSelected();
    bool abandon(const QString& entryId, const QString& note);

private:
    void applyFilter();
    void updateCount();
    void chooseExportFile();
    void updateButtons();
    QString selectedEntryId() const;

    ActionJournal* m_journal;
    JournalModel* m_model;
    QSortFilterProxyModel* m_sort;
    QTableView* m_table;
    QLineEdit* m_filter;
    QComboBox* m_vendor;
    QCheckBox* m_attention;
    QLabel* m_count;
    QPushButton* m_abandon;
};

} // namespace rd
