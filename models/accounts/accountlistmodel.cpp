#include "models/accounts/accountlistmodel.h"

#include <QBrush>
#include <QColor>

#include "api/accounts/accountstore.h"
#include "api/session/accountsessions.h"

namespace rd {

AccountListModel::AccountListModel(AccountStore* accounts, AccountSessions* sessions, QObject* parent)
    : QAbstractTableModel(parent)
    , m_accounts(accounts)
    , m_sessions(sessions) {
    connect(m_accounts, &AccountStore::accountAdded, this, &AccountListModel::reload);
    connect(m_accounts, &AccountStore::accountRemoved, this, &AccountListModel::reload);
    connect(m_accounts, &AccountStore::accountChanged, this, [this](const QString& id) {
        const int row = rowOf(id);
        const std::optional<Account> account = m_accounts->find(id);
        if (row < 0 || !account) {
            reload();
            return;
        }
        m_rows[row] = *account;
        m_tests.remove(id);
        refreshRow(id);
    });
    connect(m_sessions, &AccountSessions::sessionChanged, this, &AccountListModel::refreshRow);
    reload();
}

void AccountListModel::reload() {
    beginResetModel();
    m_rows = m_accounts->list();
    endResetModel();
}

void AccountListModel::refreshRow(const QString& accountId) {
    const int row = rowOf(accountId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AccountListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::accountId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int AccountListModel::rowOf(const QString& accountId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == accountId)
            return i;
    }
    return -1;
}

void AccountListModel::setTestRunning(const QString& accountId) {
    m_tests[accountId] = {TestState::Running, tr("Testing…")};
    refreshRow(accountId);
}

void AccountListModel::setTestResult(const QString& accountId, bool ok, const QString& message) {
    m_tests[accountId] = {ok ? TestState::Ok : TestState::Failed, message};
    refreshRow(accountId);
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VendorColumn:
        return tr("Vendor");
    case EnvironmentColumn:
        return tr("Environment");
    case AddressColumn:
        return tr("Address");
    case CredentialColumn:
        return tr("Credentials");
    case ConnectionColumn:
        return tr("Last test");
    }
    return {};
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Account& account = m_rows.at(index.row());
    if (role == AccountIdRole)
        return account.id;
    if (role == EnvironmentRole)
        return int(account.environment);
    const TestState test = m_tests.value(account.id);
    if (role == TestOkRole)
        return test.state == TestState::Ok ? 1 : test.state == TestState::Failed ? -1 : 0;

    if (role == Qt::ForegroundRole && index.column() == EnvironmentColumn &&
        account.environment == Environment::Production)
        return QBrush(QColor(0xB0, 0x1E, 0x23));
    if (role == Qt::ForegroundRole && index.column() == ConnectionColumn) {
        if (test.state == TestState::Ok)
            return QBrush(QColor(0x2E, 0x7D, 0x32));
        if (test.state == TestState::Failed)
            return QBrush(QColor(0xC0, 0x29, 0x2E));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    switch (index.column()) {
    case NameColumn:
        return account.displayName;
    case VendorColumn:
        return vendorDisplayName(account.vendor);
    case EnvironmentColumn:
        return environmentDisplayName(account.environment);
    case AddressColumn:
        return role == Qt::ToolTipRole ? account.baseUrl.toDisplayString() : account.baseUrl.host();
    case CredentialColumn:
        switch (m_sessions->state(account.id)) {
        case AccountSessions::State::Loading:
            return tr("Reading…");
        case AccountSessions::State::Ready:
            if (account.isDemo())
                return tr("Demo sample credentials");
            if (m_sessions->isSessionOnly(account.id))
                return account.secretHint.isEmpty() ? tr("This session only")
                                                    : tr("••••%1 (this session only)").arg(account.secretHint);
            return account.secretHint.isEmpty() ? tr("Stored") : tr("••••%1").arg(account.secretHint);
        case AccountSessions::State::NoCredential:
            return role == Qt::ToolTipRole ? m_sessions->message(account.id) : tr("Missing");
        case AccountSessions::State::StorageUnavailable:
            return role == Qt::ToolTipRole ? m_sessions->message(account.id) : tr("Secure storage unavailable");
        }
        return {};
    case ConnectionColumn:
        return test.state == TestState::None ? tr("Not tested") : test.message;
    }
    return {};
}

} // namespace rd
