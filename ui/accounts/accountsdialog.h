#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace rd {

class AccountEditDialog;
class AccountListModel;
class AccountSessions;
class AccountStore;
class ConnectionTester;

// File > Accounts: every vendor account with its environment, credential state and last connection test;
// add, edit, remove (which also removes its secrets from the keychain) and "Test connection".
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(AccountStore* accounts, AccountSessions* sessions, ConnectionTester* tester,
                   QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    AccountListModel* model() const { return m_model; }
    // The add/edit dialog currently open, if any (test seam).
    AccountEditDialog* editor() const;

    void addAccount();
    void editSelected();
    void removeSelected();
    void testSelected();

private:
    QString selectedId() const;
    void updateButtons();
    void openEditor(AccountEditDialog* editor);

    AccountStore* m_accounts;
    AccountSessions* m_sessions;
    ConnectionTester* m_tester;
    AccountListModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_test;
    QPointer<AccountEditDialog> m_editor;
};

} // namespace rd
