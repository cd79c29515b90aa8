#pragma once

#include <QDialog>
#include <QHash>

#include "api/accounts/account.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class AccountSessions;
class AccountStore;
class ConnectionTester;

// Add or edit one vendor account: per-vendor fields, secrets in password fields (never shown again: only their
// last four characters), "Test connection" on the values as typed, and an asynchronous save that writes the secrets
// to the keychain first (or, when no secure storage exists and the user agrees, to this session only).
class AccountEditDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` empty = add a new account.
    AccountEditDialog(AccountStore* accounts, AccountSessions* sessions, ConnectionTester* tester,
                      const std::optional<Account>& existing, QWidget* parent = nullptr);
    ~AccountEditDialog() override;

    // Test seams: the widgets a test fills in.
    QComboBox* vendorBox() const { return m_vendor; }
    QComboBox* environmentBox() const { return m_environment; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QLineEdit* secretEdit(const QByteArray& name) const { return m_secretEdits.value(name); }
    QPushButton* testButton() const { return m_testButton; }
    QPushButton* saveButton() const;
    QString statusText() const;
    QString savedAccountId() const { return m_account.id; }

Q_SIGNALS:
    void saved(const QString& accountId);

private:
    void rebuildForVendor();
    void updateDefaultUrl();
    Account accountFromForm() const;
    QString validate(const Account& account, const QHash<QByteArray, QByteArray>& typed) const;
    QHash<QByteArray, QByteArray> typedSecrets() const;
    void testConnection();
    void save();
    void writeSecrets(const Account& account, const QHash<QByteArray, QByteArray>& secrets, bool sessionOnly);
    void finishSave(const Account& account);
    void setBusy(bool busy, const QString& status);
    void setStatus(const QString& text, bool error);

    AccountStore* m_accounts;
    AccountSessions* m_sessions;
    ConnectionTester* m_tester;
    bool m_isNew;
    Account m_account;
    bool m_urlEdited = false;

    QFormLayout* m_form;
    QComboBox* m_vendor;
    QComboBox* m_environment;
    QLineEdit* m_name;
    QLineEdit* m_baseUrl;
    QLabel* m_urlHint;
    QHash<QByteArray, QLineEdit*> m_secretEdits;
    QList<QWidget*> m_secretRows;
    QLabel* m_status;
    QPushButton* m_testButton;
    QDialogButtonBox* m_buttons;
};

} // namespace rd
