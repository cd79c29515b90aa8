#pragma once

#include <QDialog>

#include <functional>

#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendoustypes.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace rd::tremendous {

// "Resend…" of a reward whose delivery failed: to the same address, or to ONE updated e-mail address or
// phone number (the API takes only one of updated_email / updated_phone; updated_email applies to rewards delivered
// by e-mail, updated_phone to rewards delivered by SMS, so the choice that does not fit the reward's delivery method
// is disabled with the reason). The new address is checked before Continue is enabled (an e-mail address with one @
// and a dot in the domain; a phone number of 7 to 15 digits, with an optional leading + and spaces, dashes, dots or
// brackets, which are removed). Continue hands the target to the action flow, whose confirmation comes next.
// Window-modal and asynchronous (open(), the answer once through the callback, only while `parent` lives).
class ResendDialog : public QDialog {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const ResendTarget& target)>;
    enum class Choice { Same, Email, Phone };

    static ResendDialog* ask(QWidget* parent, const Reward& reward, Done done);

    // Validation (also used by tests): the problem in words, empty when valid. normalizedPhone() keeps + and digits.
    static QString emailProblem(const QString& email);
    static QString phoneProblem(const QString& phone);
    static QString normalizedPhone(const QString& phone);

    void setChoice(Choice choice);
    Choice choice() const;
    ResendTarget target() const; // what Continue would hand over (empty fields for the same address)
    QString problem() const;     // why Continue is disabled, or empty

    QRadioButton* sameButton() const { return m_same; }
    QRadioButton* emailButton() const { return m_emailChoice; }
    QRadioButton* phoneButton() const { return m_phoneChoice; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    ResendDialog(QWidget* parent, const Reward& reward, Done done);
    void revalidate();
    void answer(bool ok);

    Reward m_reward;
    Done m_done;
    QRadioButton* m_same;
    QRadioButton* m_emailChoice;
    QRadioButton* m_phoneChoice;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLabel* m_problem;
    QPushButton* m_continue;
    QPushButton* m_cancel;
    bool m_answered = false;
};

} // namespace rd::tremendous
