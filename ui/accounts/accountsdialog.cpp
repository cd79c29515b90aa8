#include "ui/accounts/accountsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "api/accounts/accountstore.h"
#include "api/credentials/credentialstore.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "models/accounts/accountlistmodel.h"
#include "ui/accounts/accounteditdialog.h"
#include "ui/common/messageboxes.h"

namespace rd {

AccountsDialog::AccountsDialog(AccountStore* accounts, AccountSessions* sessions, ConnectionTester* tester,
                               QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_sessions(sessions)
    , m_tester(tester)
    , m_model(new AccountListModel(accounts, sessions, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test connection"), this)) {
    setWindowTitle(tr("Accounts"));
    resize(1040, 440);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AccountListModel::NameColumn, 180);
    m_table->setColumnWidth(AccountListModel::VendorColumn, 120);
    m_table->setColumnWidth(AccountListModel::EnvironmentColumn, 100);
    m_table->setColumnWidth(AccountListModel::AddressColumn, 170);
    m_table->setColumnWidth(AccountListModel::CredentialColumn, 150);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {add, m_edit, m_remove, m_test})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testSelected);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsDialog::editSelected);
    connect(close, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

AccountEditDialog* AccountsDialog::editor() const {
    return m_editor;
}

QString AccountsDialog::selectedId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->accountId(rows.first().row());
}

void AccountsDialog::updateButtons() {
    const QString id = selectedId();
    const std::optional<Account> account = id.isEmpty() ? std::nullopt : m_accounts->find(id);
    m_edit->setEnabled(account && !account->isDemo());
    m_remove->setEnabled(account && !account->isDemo());
    m_test->setEnabled(bool(account));
    if (m_model->rowCount() == 0)
        m_status->setText(tr("No accounts yet. Add one for each vendor your team supports."));
}

void AccountsDialog::openEditor(AccountEditDialog* editor) {
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &AccountEditDialog::saved, this, [this](const QString& id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
        m_status->setText(tr("Saved."));
    });
    editor->open();
}

void AccountsDialog::addAccount() {
    openEditor(new AccountEditDialog(m_accounts, m_sessions, m_tester, std::nullopt, this));
}

void AccountsDialog::editSelected() {
    const std::optional<Account> account = m_accounts->find(selectedId());
    if (!account || account->isDemo())
        return;
    openEditor(new AccountEditDialog(m_accounts, m_sessions, m_tester, account, this));
}

void AccountsDialog::removeSelected() {
    const std::optional<Account> account = m_accounts->find(selectedId());
    if (!account || account->isDemo())
        return;
    MessageBoxes::question(
        this, tr("Remove account"),
        tr("Remove %1? Its credentials are deleted from your system's secure storage. The action journal keeps its "
           "entries.")
            .arg(account->label()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, account](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_remove->setEnabled(false);
            m_status->setText(tr("Removing %1…").arg(account->label()));
            m_sessions->storeFor(*account)->removeAll(
                account->id, this, [this, account](const CredentialResult& result) {
                    if (result.status == CredentialResult::Status::Unavailable) {
                        m_status->setText(tr("The account was removed, but its credentials could not be deleted "
                                             "from secure storage: %1")
                                              .arg(result.message));
                    } else {
                        m_status->setText(tr("Removed %1 and its stored credentials.").arg(account->label()));
                    }
                    m_accounts->remove(account->id);
                    updateButtons();
                });
        });
}

void AccountsDialog::testSelected() {
    const std::optional<Account> account = m_accounts->find(selectedId());
    if (!account)
        return;
    m_test->setEnabled(false);
    m_model->setTestRunning(account->id);
    m_status->setText(tr("Testing %1…").arg(account->label()));
    const QString id = account->id;
    m_sessions->readSecrets(
        *account, this,
        [this, account, id](const CredentialResult& status, const QHash<QByteArray, QByteArray>& secrets) {
            if (status.status != CredentialResult::Status::Ok) {
                const QString message =
                    status.status == CredentialResult::Status::NotFound
                        ? tr("No credentials are stored for %1. Edit the account to enter them.").arg(account->label())
                        : status.message;
                m_model->setTestResult(id, false, message);
                m_status->setText(message);
                updateButtons();
                return;
            }
            m_tester->test(*account, secrets, this, [this, id](const ConnectionResult& result) {
                m_model->setTestResult(id, result.ok, result.message);
                m_status->setText(result.message);
                updateButtons();
            });
        });
}

} // namespace rd
