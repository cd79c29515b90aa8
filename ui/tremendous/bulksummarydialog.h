#pragma once

#include <QList>
#include <QWidget>

#include <chrono>
#include <functional>

#include "api/accounts/account.h"
#include "api/tremendous/bulkrunner.h"

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rd {

class ConfirmationDialog;
struct Confirmation;
} // namespace rd

namespace rd::tremendous {

// The dry run of a bulk action, shown before anything is sent: how many objects take the action, the total value
// per currency, the environment (banner and fact), the rows that cannot take the action and why (they are skipped),
// the pace and how long it takes, and a required reason for the audit log.
// It is a ConfirmationDialog (one dialog, one test seam for every confirmation in the app) whose extra content is
// this widget: the table of skipped rows. A queued ConfirmationDialog::setNextAnswer() answers it like any other
// confirmation; tests that drive the real dialog find this widget inside it (reasonEdit() and confirmButton() are the
// dialog's).
class BulkSummaryDialog : public QWidget {
    Q_OBJECT
public:
    using Done = std::function<void(bool confirmed, const QString& reason)>;

    struct Summary {
        Action action = Action::Approve;
        Account account;
        QList<BulkItem> items;
        BulkDryRun dryRun;
        std::chrono::milliseconds interval{150};
        ResendTarget resendTarget;
    };

    // Returns the dialog shown, or nullptr when a queued test answer was used.
    static ConfirmationDialog* ask(QWidget* parent, const Summary& summary, Done done);
    // The confirmation the dry run asks (facts, skipped rows as extra content, warnings).
    static Confirmation confirmation(const Summary& summary);
    // The summary as plain text (what the agent reads; also what the test seam records).
    static QString plainText(const Summary& summary);

    QTableWidget* blockedTable() const { return m_blocked; }
    const Summary& summary() const { return m_summary; }
    ConfirmationDialog* dialog() const;
    QLineEdit* reasonEdit() const;
    QPushButton* confirmButton() const;
    QPushButton* cancelButton() const;

private:
    BulkSummaryDialog(const Summary& summary, QWidget* parent);

    Summary m_summary;
    QTableWidget* m_blocked;
};

} // namespace rd::tremendous
