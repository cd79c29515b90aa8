#pragma once

#include <QDialog>
#include <QPointer>

#include "api/tremendous/bulkrunner.h"

class QFileDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rd {

class EnvironmentBanner;
} // namespace rd

namespace rd::tremendous {

class BulkResultModel;

// The live results of a bulk run: one row per item (BulkResultModel over the runner) that updates
// in place as the run goes (waiting, sending, succeeded, not applied with the reason, unknown -> being read back ->
// reconciled), a progress line ("23 of 50 · 20 applied · 2 not applied · 1 unknown"), "Stop after this item"
// (BulkRunner::cancel: the item in flight finishes, the rest are skipped without being sent), "Export CSV…"
// (BulkRunner::resultsCsv) and Close, enabled once the run is over. Closing while the run goes on asks whether to
// stop it. Not modal: the agent sees the rows of the list change behind it. Deletes itself when closed; it owns the
// runner from the moment it is shown, so the results stay exportable until it is closed.
class BulkDialog : public QDialog {
    Q_OBJECT
public:
    BulkDialog(BulkRunner* runner, QWidget* parent = nullptr);
    ~BulkDialog() override;

    BulkRunner* runner() const { return m_runner; }
    BulkResultModel* model() const { return m_model; }
    QString progressText() const;
    // Writes the CSV; false (and says so in the dialog) when the file cannot be written.
    bool exportCsv(const QString& path);
    // Opens the (non-native, asynchronous) file dialog that ends in exportCsv().
    void chooseCsvFile();
    void stop();

    // Test seams.
    QTableView* view() const { return m_view; }
    QLabel* progressLabel() const { return m_progressLabel; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* closeButton() const { return m_close; }
    QFileDialog* fileDialog() const;
    // Skips the file dialog: Export CSV… writes here (tests).
    void setExportPathForTesting(const QString& path) { m_testExportPath = path; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void updateProgress();
    void onFinished();
    void askToStop();

    QPointer<BulkRunner> m_runner;
    BulkResultModel* m_model;
    EnvironmentBanner* m_banner;
    QLabel* m_heading;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QLabel* m_status;
    QTableView* m_view;
    QPushButton* m_stop;
    QPushButton* m_export;
    QPushButton* m_close;
    QPointer<QFileDialog> m_fileDialog;
    QString m_testExportPath;
    bool m_asking = false;
};

} // namespace rd::tremendous
