#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

#include "api/accounts/account.h"
#include "api/trucentive/trucentivetypes.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class EnvironmentBanner;
class InlineMessage;
} // namespace rd

namespace rd::trucentive {

class InstrumentModel;
class ProjectModel;
class SendFlow;
class Client;

// What a send starts from: empty, a project (Projects page), or an envelope (a replacement).
struct SendPrefill {
    QString projectUuid;
    QString instrumentUuid;
    QString address;
    QString firstName;
    QString lastName;
    QList<QPair<QString, QString>> customFields;
};

// "Send envelope" (a replacement or a goodwill reward): project -> instrument, amount checked against the project's
// min and max (and explained as ignored for a fixed-value project), e-mail or phone, first and last name, the
// project's custom fields as inputs, batch_allowed. "Review and send…" validates locally (nothing is sent while a
// problem is shown), then SendFlow confirms, journals and sends exactly once. A sent envelope closes the dialog
// (the tab shows it); a rejection or an unknown outcome stays here, in words, with what to do next.
// Window-modal, shown with open(); never exec().
class SendDialog : public QDialog {
    Q_OBJECT
public:
    SendDialog(Client* client, ProjectModel* projects, SendFlow* flow, const Account& account,
               QWidget* parent = nullptr);
    ~SendDialog() override;

    void prefill(const SendPrefill& prefill);

    // The request the form describes now, and its problems (empty: it may be sent).
    DeliverRequest request() const;
    QStringList problems() const;
    const Project* selectedProject() const;
    const Instrument* selectedInstrument() const;
    void submit(); // "Review and send…"

    // Test seams.
    QComboBox* projectCombo() const { return m_project; }
    QComboBox* instrumentCombo() const { return m_instrument; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* firstNameEdit() const { return m_firstName; }
    QLineEdit* lastNameEdit() const { return m_lastName; }
    QCheckBox* batchCheck() const { return m_batch; }
    QLineEdit* customFieldEdit(const QString& name) const { return m_customEdits.value(name); }
    QPushButton* sendButton() const { return m_sendButton; }
    InlineMessage* message() const { return m_message; }
    QLabel* amountHint() const { return m_amountHint; }

Q_SIGNALS:
    void checkFeedsRequested(const QString& address);
    void accountsRequested();

private:
    void onProjectChanged();
    void onProjectsState();
    void updateInstrumentState();
    void chooseInstrument();
    void rebuildCustomFields();
    void updateAmountHint();
    void updateRecentHint();
    void updateButtons();
    void revalidate();

    QPointer<Client> m_client;
    ProjectModel* m_projects;
    InstrumentModel* m_instruments;
    QPointer<SendFlow> m_flow;
    Account m_account;
    std::optional<SendPrefill> m_pending; // applied once the projects / instruments have loaded
    bool m_submitted = false;             // after the first attempt, problems update as the agent types
    bool m_resetting = false;             // the project list is being replaced
    QString m_keptProject;                // the project chosen before the list was replaced

    EnvironmentBanner* m_banner;
    QFormLayout* m_form = nullptr;
    QComboBox* m_project;
    QLabel* m_projectHint;
    QComboBox* m_instrument;
    QLabel* m_instrumentHint;
    QLineEdit* m_amount;
    QLabel* m_amountHint;
    QLineEdit* m_address;
    QLabel* m_recentHint;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QGroupBox* m_customBox;
    QFormLayout* m_customForm;
    QLabel* m_noCustomFields;
    QHash<QString, QLineEdit*> m_customEdits;
    QCheckBox* m_batch;
    InlineMessage* m_message;
    QPushButton* m_sendButton;
    QPushButton* m_closeButton;
};

} // namespace rd::trucentive
