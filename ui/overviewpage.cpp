#include "ui/overviewpage.h"

#include <QHBoxLayout>
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
#include "ui/appcontext.h"

namespace rd {

OverviewPage::OverviewPage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AccountListModel(context.accounts, context.sessions, this))
    , m_table(new QTableView(this))
    , m_intro(new QLabel(this)) {
    auto* title = new QLabel(tr("Accounts"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AccountListModel::NameColumn, 200);
    m_table->setColumnWidth(AccountListModel::VendorColumn, 130);
    m_table->setColumnWidth(AccountListModel::EnvironmentColumn, 110);
    m_table->setColumnWidth(AccountListModel::AddressColumn, 160);
    m_table->setColumnWidth(AccountListModel::CredentialColumn, 190);

    auto* testAll = new QPushButton(tr("Test all connections"), this);
    auto* manage = new QPushButton(tr("Manage accounts…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(testAll);
    buttons->addWidget(manage);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(testAll, &QPushButton::clicked, this, &OverviewPage::testAll);
    connect(manage, &QPushButton::clicked, this, &OverviewPage::manageAccountsRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverviewPage::updateIntro);
    updateIntro();
}

void OverviewPage::updateIntro() {
    if (m_model->rowCount() == 0) {
        m_intro->setText(tr("No vendor accounts yet. Add your TruCentive, Tremendous, Cheetah Loyalty or Trigg "
                            "account under File > Accounts, or start RewardDesk with --demo to explore its built-in "
                            "sandbox."));
    } else {
        m_intro->setText(tr("Each account's credentials live only in your system's secure storage. Test a "
                            "connection to check that the vendor accepts them."));
    }
}

void OverviewPage::testAll() {
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->accountId(row));
    testNext(ids);
}

void OverviewPage::testNext(QStringList remaining) {
    if (remaining.isEmpty())
        return;
    const QString id = remaining.takeFirst();
    const std::optional<Account> account = m_context.accounts->find(id);
    if (!account) {
        testNext(remaining);
        return;
    }
    m_model->setTestRunning(id);
    // One test at a time: the tester runs one call, and vendors see no burst.
    m_context.sessions->readSecrets(
        *account, this,
        [this, account, id, remaining](const CredentialResult& status, const QHash<QByteArray, QByteArray>& secrets) {
            if (status.status != CredentialResult::Status::Ok) {
                m_model->setTestResult(id, false,
                                       status.status == CredentialResult::Status::NotFound ? tr("No credentials stored")
                                                                                           : status.message);
                testNext(remaining);
                return;
            }
            m_context.tester->test(*account, secrets, this, [this, id, remaining](const ConnectionResult& result) {
                m_model->setTestResult(id, result.ok, result.message);
                testNext(remaining);
            });
        });
}

} // namespace rd
