#include "ui/tremendous/bulkdialog.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "models/tremendous/bulkresultmodel.h"
#include "ui/common/environmentbanner.h"
#include "ui/common/messageboxes.h"
#include "ui/tremendous/actionwords.h"
#include "ui/tremendous/log.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

BulkDialog::BulkDialog(BulkRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_model(new BulkResultModel(this))
    , m_banner(new EnvironmentBanner(this))
    , m_heading(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_stop(new QPushButton(tr("&Stop after this item"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    if (m_runner)
        m_runner->setParent(this); // the results stay exportable while the dialog is open
    const Action action = m_runner ? m_runner->action() : Action::Approve;
    const int count = m_runner ? int(m_runner->items().size()) : 0;
    setWindowTitle(tr("%1 %2").arg(actionVerb(action), ActionWords::objectCount(action, count)));
    if (m_runner)
        m_banner->setEnvironment(m_runner->account().environment, m_runner->account().label());

    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_heading->setFont(font);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(windowTitle());
    m_progress->setRange(0, qMax(1, count));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_model->setRunner(m_runner);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(BulkResultModel::Object, 150);
    m_view->setColumnWidth(BulkResultModel::Recipient, 180);
    m_view->setColumnWidth(BulkResultModel::Amount, 90);
    m_view->setColumnWidth(BulkResultModel::Outcome, 130);

    m_stop->setToolTip(tr("The item being sent finishes (and is read back if its answer is lost); the rest are not "
                          "sent."));
    m_export->setToolTip(tr("Save every item's outcome as a CSV file (for the ticket or a spreadsheet)."));
    m_close->setEnabled(false);
    m_stop->setAutoDefault(false);
    m_export->setAutoDefault(false);
    m_close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_banner);
    auto* body = new QVBoxLayout;
    body->setContentsMargins(16, 8, 16, 0);
    body->setSpacing(8);
    body->addWidget(m_heading);
    body->addWidget(m_progress);
    body->addWidget(m_progressLabel);
    body->addWidget(m_view, 1);
    body->addWidget(m_status);
    body->addLayout(buttons);
    layout->addLayout(body, 1);
    resize(980, 520);

    connect(m_model, &BulkResultModel::summaryChanged, this, &BulkDialog::updateProgress);
    if (m_runner) {
        connect(m_runner, &BulkRunner::itemChanged, this, [this](int index) {
            updateProgress();
            // Keep the item being worked on in view without taking the agent's selection.
            if (m_runner && index >= 0 && index < m_runner->results().size() &&
                m_runner->results().at(index).outcome == BulkItemResult::Outcome::Running)
                m_view->scrollTo(m_model->index(index, 0));
        });
        connect(m_runner, &BulkRunner::finished, this, &BulkDialog::onFinished);
    }
    connect(m_stop, &QPushButton::clicked, this, &BulkDialog::stop);
    connect(m_export, &QPushButton::clicked, this, &BulkDialog::chooseCsvFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    updateProgress();
    if (m_runner && !m_runner->isRunning() && m_runner->doneCount() == count && count > 0)
        onFinished();
}

BulkDialog::~BulkDialog() {
    // The runner is a child: it goes with the dialog. A run still going (the app is closing) stops first.
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    m_model->setRunner(nullptr);
}

QFileDialog* BulkDialog::fileDialog() const {
    return m_fileDialog.data();
}

QString BulkDialog::progressText() const {
    if (!m_runner)
        return {};
    const int total = int(m_runner->items().size());
    int applied = 0, notApplied = 0, unknown = 0, reading = 0, skipped = 0;
    for (const BulkItemResult& r : m_runner->results()) {
        switch (r.outcome) {
        case BulkItemResult::Outcome::Succeeded:
        case BulkItemResult::Outcome::AlreadyHandled:
            ++applied;
            break;
        case BulkItemResult::Outcome::NotApplied:
            ++notApplied;
            break;
        case BulkItemResult::Outcome::Unknown:
            ++unknown;
            break;
        case BulkItemResult::Outcome::Reconciling:
            ++reading;
            break;
        case BulkItemResult::Outcome::Skipped:
            ++skipped;
            break;
        case BulkItemResult::Outcome::Pending:
        case BulkItemResult::Outcome::Running:
            break;
        }
    }
    QString text = tr("%1 of %2 · %3 applied · %4 not applied · %5 unknown")
                       .arg(m_runner->doneCount())
                       .arg(total)
                       .arg(applied)
                       .arg(notApplied)
                       .arg(unknown);
    if (reading > 0)
        text += tr(" · %n being read back", nullptr, reading);
    if (skipped > 0)
        text += tr(" · %n skipped", nullptr, skipped);
    return text;
}

void BulkDialog::updateProgress() {
    if (!m_runner)
        return;
    m_progress->setValue(m_runner->doneCount());
    m_progressLabel->setText(progressText());
    if (m_runner->isRunning()) {
        m_status->setText(m_runner->isCancelled()
                              ? tr("Stopping: the item being sent finishes, the rest are not sent.")
                              : tr("Running: one request at a time, at most one every %1 ms. Each item is journaled "
                                   "before it is sent and never retried automatically.")
                                    .arg(m_runner->interval().count()));
    }
}

void BulkDialog::onFinished() {
    updateProgress();
    m_stop->setEnabled(false);
    m_stop->setText(m_runner && m_runner->isCancelled() ? tr("Stopped") : tr("&Stop after this item"));
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
    const bool cancelled = m_runner && m_runner->isCancelled();
    QString text = cancelled ? tr("Stopped. Items after the one in flight were not sent (Skipped).") : tr("Finished.");
    int unknown = 0;
    if (m_runner) {
        for (const BulkItemResult& r : m_runner->results())
            unknown += r.outcome == BulkItemResult::Outcome::Unknown ? 1 : 0;
    }
    if (unknown > 0)
        text += u' ' + tr("%n item(s) could not be confirmed even after reading them back: they stay locked in the "
                          "audit log (View > Audit log) until they are resolved.",
                          nullptr, unknown);
    m_status->setText(text);
}

void BulkDialog::stop() {
    if (!m_runner || !m_runner->isRunning() || m_runner->isCancelled())
        return;
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stopping…"));
    m_runner->cancel(); // may finish at once (nothing in flight): onFinished() then says "Stopped"
    updateProgress();
}

void BulkDialog::chooseCsvFile() {
    if (!m_testExportPath.isEmpty()) {
        exportCsv(m_testExportPath);
        return;
    }
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    const Action action = m_runner ? m_runner->action() : Action::Approve;
    const QString name =
        u"tremendous-%1-%2.csv"_s.arg(actionName(action), QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s));
    auto* dialog = new QFileDialog(this, tr("Export results as CSV"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name,
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Non-native when testing offscreen (a native dialog cannot be driven there).
    if (QGuiApplication::platformName() == u"offscreen"_s)
        dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportCsv(path); });
    m_fileDialog = dialog;
    dialog->open();
}

bool BulkDialog::exportCsv(const QString& path) {
    if (!m_runner || path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_runner->resultsCsv()) < 0 || !file.commit()) {
        m_status->setText(tr("The CSV file could not be written: %1").arg(file.errorString()));
        return false;
    }
    qCInfo(lcTrUi) << "bulk results exported:" << m_runner->items().size() << "rows";
    m_status->setText(tr("Results saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BulkDialog::askToStop() {
    if (m_asking)
        return;
    m_asking = true;
    MessageBoxes::question(this, tr("Stop the run?"),
                           tr("The run is still going. Stop it after the item being sent? The remaining items will "
                              "not be sent."),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                           [this](QMessageBox::StandardButton answer) {
                               m_asking = false;
                               if (answer == QMessageBox::Yes)
                                   stop();
                           });
}

void BulkDialog::closeEvent(QCloseEvent* event) {
    if (m_runner && m_runner->isRunning()) {
        event->ignore();
        askToStop();
        return;
    }
    QDialog::closeEvent(event);
}

void BulkDialog::reject() {
    // Escape while running: ask, never close with items still being sent.
    if (m_runner && m_runner->isRunning()) {
        askToStop();
        return;
    }
    QDialog::reject();
}

} // namespace rd::tremendous
