#pragma once

#include <QDialog>
#include <QList>

#include <chrono>
#include <functional>

#include "accounts/account.h"
#include "tremendous/trbulkrunner.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rd {

class EnvironmentBanner;

// The dry run of a bulk action (issue 4 "Bulk"), shown before anything is sent: how many objects take the action,
// the total value per currency, the environment (banner and fact), the rows that cannot take the action and why
// (they are skipped), the pace and how long it takes, and a required reason for the audit log. Window-modal and
// asynchronous like ConfirmationDialog (open(), answer through the callback, once, only while `parent` lives).
//
// Test seam: a queued ConfirmationDialog::setNextAnswer() answers this dialog too (every confirmation in the app has
// one seam): the summary is then handed to ConfirmationDialog::ask() as a plain Confirmation, so
// ConfirmationDialog::lastText() reads it. Tests can also drive the real dialog (reasonEdit(), confirmButton()).
class TrBulkSummaryDialog : public QDialog {
    Q_OBJECT
public:
    using Done = std::function<void(bool confirmed, const QString& reason)>;

    struct Summary {
        TrAction action = TrAction::Approve;
        Account account;
        QList<TrBulkItem> items;
        TrBulkDryRun dryRun;
        std::chrono::milliseconds interval{150};
        TrResendTarget resendTarget;
    };

    static TrBulkSummaryDialog* ask(QWidget* parent, const Summary& summary, Done done);
    // The summary as plain text (what the agent reads; also what the test seam records).
    static QString plainText(const Summary& summary);

    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* cancelButton() const { return m_cancel; }
    QTableWidget* blockedTable() const { return m_blocked; }
    EnvironmentBanner* banner() const { return m_banner; }
    const Summary& summary() const { return m_summary; }

private:
    TrBulkSummaryDialog(QWidget* parent, const Summary& summary, Done done);
    void answer(bool confirmed);

    Summary m_summary;
    Done m_done;
    EnvironmentBanner* m_banner;
    QTableWidget* m_blocked;
    QLineEdit* m_reason;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    bool m_answered = false;
};

} // namespace rd
