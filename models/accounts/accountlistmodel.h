#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "api/accounts/account.h"

namespace rd {

class AccountSessions;
class AccountStore;

// The accounts as a table: used by the overview page and the Accounts dialog. Never exposes a secret: the
// credential column shows the state and the last four characters only.
class AccountListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        VendorColumn,
        EnvironmentColumn,
        AddressColumn,
        CredentialColumn,
        ConnectionColumn,
        ColumnCount
    };
    enum Role { AccountIdRole = Qt::UserRole + 1, EnvironmentRole, TestOkRole };

    AccountListModel(AccountStore* accounts, AccountSessions* sessions, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString accountId(int row) const;
    int rowOf(const QString& accountId) const;
    // Records the outcome of the last "Test connection" for display.
    void setTestResult(const QString& accountId, bool ok, const QString& message);
    void setTestRunning(const QString& accountId);

private:
    void reload();
    void refreshRow(const QString& accountId);

    struct TestState {
        enum { None, Running, Ok, Failed } state = None;
        QString message;
    };
    AccountStore* m_accounts;
    AccountSessions* m_sessions;
    QList<Account> m_rows;
    QHash<QString, TestState> m_tests;
};

} // namespace rd
