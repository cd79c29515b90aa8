#include "ui/audit/auditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "api/journal/actionjournal.h"
#include "models/journal/journalmodel.h"
#include "ui/common/messageboxes.h"

namespace rd {

AuditDialog::AuditDialog(ActionJournal* journal, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new JournalModel(journal, this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_vendor(new QComboBox(this))
    , m_attention(new QCheckBox(tr("Needs attention only"), this))
    , m_count(new QLabel(this))
    , m_abandon(new QPushButton(tr("Abandon…"), this)) {
    setWindowTitle(tr("Audit log"));
    resize(1100, 560);

    // Sorting only: filtering happens in the model (one reset per change), never through per-row proxy signals.
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(JournalModel::SortRole);
    m_table->setModel(m_sort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JournalModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(JournalModel::Time, 150);
    m_table->setColumnWidth(JournalModel::Account, 170);
    m_table->setColumnWidth(JournalModel::Summary, 200);
    m_table->setColumnWidth(JournalModel::Reason, 180);

    m_filter->setPlaceholderText(tr("Filter by object, account, person, reason…"));
    m_filter->setClearButtonEnabled(true);
    m_vendor->addItem(tr("All vendors"), -1);
    for (Vendor v : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg})
        m_vendor->addItem(vendorDisplayName(v), int(v));

    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_vendor);
    filters->addWidget(m_attention);
    filters->addWidget(m_abandon);
    filters->addWidget(exportButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, this, &AuditDialog::applyFilter);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_attention, &QCheckBox::toggled, this, &AuditDialog::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::chooseExportFile);
    connect(m_abandon, &QPushButton::clicked, this, &AuditDialog::abandonSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditDialog::updateButtons);
    m_abandon->setToolTip(tr("Close an action whose outcome is unknown after you checked it by other means. "
                             "Your note is kept in the journal."));
    updateButtons();
    connect(close, &QDialogButtonBox::rejected, this, &AuditDialog::reject);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditDialog::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditDialog::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AuditDialog::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditDialog::updateCount);
    updateCount();
}

int AuditDialog::visibleRows() const {
    return m_sort->rowCount();
}

void AuditDialog::applyFilter() {
    const int vendor = m_vendor->currentData().toInt();
    m_model->setFilter(m_filter->text(), m_attention->isChecked(),
                       vendor < 0 ? std::nullopt : std::optional<Vendor>(Vendor(vendor)));
}

void AuditDialog::updateCount() {
    const QLocale locale;
    QString text =
        visibleRows() == m_model->totalCount()
            ? tr("%1 entries").arg(locale.toString(m_model->totalCount()))
            : tr("%1 of %2 entries").arg(locale.toString(visibleRows()), locale.toString(m_model->totalCount()));
    const int attention = m_model->needsAttentionCount();
    if (attention > 0)
        text += QStringLiteral("  ·  ") + tr("%n need(s) attention", nullptr, attention);
    m_count->setText(text);
}

bool AuditDialog::exportCsv(const QString& path, QString* error) {
    QList<int> rows;
    rows.reserve(m_sort->rowCount());
    for (int row = 0; row < m_sort->rowCount(); ++row)
        rows.append(m_sort->mapToSource(m_sort->index(row, 0)).row());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_model->writeCsv(&file, rows) || !file.commit()) {
        if (error)
            *error = tr("The audit log could not be written to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AuditDialog::chooseExportFile() {
    auto* dialog = new QFileDialog(this, tr("Export audit log"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                       QStringLiteral("/rewarddesk-audit.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!exportCsv(path, &error))
            MessageBoxes::warning(this, tr("Export audit log"), error);
    });
    dialog->open();
}

} // namespace rd

namespace rd {

QString AuditDialog::selectedEntryId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_sort->mapToSource(rows.first()).data(JournalModel::EntryIdRole).toString();
}

void AuditDialog::updateButtons() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_abandon->setEnabled(!rows.isEmpty() && rows.first().data(JournalModel::NeedsAttentionRole).toBool());
}

bool AuditDialog::abandon(const QString& entryId, const QString& note) {
    if (note.trimmed().isEmpty())
        return false;
    return m_journal->resolve(entryId, JournalState::Abandoned, note.trimmed());
}

void AuditDialog::abandonSelected() {
    const QString id = selectedEntryId();
    if (id.isEmpty())
        return;
    auto* input = new QInputDialog(this);
    input->setWindowTitle(tr("Abandon action"));
    input->setLabelText(tr("What did you check, and what happened? (required)"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    connect(input, &QInputDialog::textValueSelected, this, [this, id](const QString& note) {
        if (!abandon(id, note))
            MessageBoxes::warning(this, tr("Abandon action"), tr("Enter a note saying what you checked."));
    });
    input->open();
}

} // namespace rd
