#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

#include "api/core/vendor.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class EnvironmentBanner;

// What a confirmation asks (design.md section 6: "every action that moves money opens a confirmation that names the
// object, the amount, the recipient, the environment and asks for a reason").
struct Confirmation {
    QString title;                        // window title and heading: "Open envelope"
    QString question;                     // "Open this envelope for the recipient now?"
    QList<QPair<QString, QString>> facts; // ("Envelope", "CDVLBYYIOPHLJVWYEF"), ("Recipient", ...), shown as a form
    QStringList warnings;                 // shown highlighted above the reason (e.g. a recent send to this address)
    QString confirmLabel;                 // the confirm button: "Open envelope"
    Environment environment = Environment::Production;
    QString accountLabel;       // "TruCentive (production)"
    bool reasonRequired = true; // the confirm button stays disabled until a reason is typed
    bool canConfirm = true;     // false: nothing can take the action, the confirm button stays disabled
    QString reasonPlaceholder;
    QString reasonLabel; // empty: "Reason (required, kept in the audit log):"
    QString note;        // a plain line under the heading (e.g. "Nothing has been sent yet.")
    int minimumWidth = 520;

    // More than facts can say (e.g. a dry run's table of skipped rows), shown between the facts and the warnings.
    // build() makes the widget when the dialog is shown; text is what it says, for plainText() and the test seam.
    struct Extra {
        std::function<QWidget*(QWidget* parent)> build;
        QStringList text;
    };
    Extra extra;
};

// A window-modal confirmation with the environment banner, the facts, optional extra content, warnings and a reason
// field. Shared by every
// vendor tab. Asynchronous (open(), never exec()): the answer comes through the callback, once, and only while
// `parent` lives. Cancel is the safe default (Escape, closing the window).
//
// Test seam (like MessageBoxes::setNextAnswer): setNextAnswer() queues an answer for the next ask(), which then
// shows nothing and answers from the event loop; lastText() is what the agent would have read. Without a queued
// answer, tests can also drive the real dialog: find it (parent->findChild<ConfirmationDialog*>()), type into
// reasonEdit() and click confirmButton().
class ConfirmationDialog : public QDialog {
    Q_OBJECT
public:
    using Done = std::function<void(bool confirmed, const QString& reason)>;

    // Returns the dialog shown, or nullptr when a queued test answer was used.
    static ConfirmationDialog* ask(QWidget* parent, const Confirmation& confirmation, Done done);

    static void setNextAnswer(bool confirm, const QString& reason = {});
    static bool hasQueuedAnswer();
    static QString lastText();              // plain text of the last confirmation asked
    static Confirmation lastConfirmation(); // the last confirmation asked

    // Plain text of a confirmation: title, environment, question, facts, the extra content's text, warnings.
    static QString plainText(const Confirmation& confirmation);

    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* cancelButton() const { return m_cancel; }
    EnvironmentBanner* banner() const { return m_banner; }
    QWidget* extraContent() const { return m_extra; }
    const Confirmation& confirmation() const { return m_confirmation; }

private:
    ConfirmationDialog(QWidget* parent, const Confirmation& confirmation, Done done);
    void updateButtons();
    void answer(bool confirmed);

    Confirmation m_confirmation;
    Done m_done;
    EnvironmentBanner* m_banner;
    QLineEdit* m_reason;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    QWidget* m_extra = nullptr;
    bool m_answered = false;
};

} // namespace rd
