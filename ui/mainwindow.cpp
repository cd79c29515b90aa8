#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "api/accounts/accountstore.h"
#include "rewarddesk_version.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/audit/auditdialog.h"
#include "ui/common/environmentbanner.h"
#include "ui/common/palette.h"
#include "ui/connectionstatus.h"
#include "ui/overviewpage.h"
#include "ui/vendortab.h"
#include "ui/vendortabfactory.h"

namespace rd {

namespace {
constexpr char kGeometryKey[] = "mainWindow/geometry";
constexpr char kStateKey[] = "mainWindow/state";
constexpr char kLastTabKey[] = "mainWindow/lastTab";
} // namespace

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_banner(new EnvironmentBanner(this))
    , m_overview(new OverviewPage(m_context, this))
    , m_tabs(new QTabWidget(this))
    , m_connection(new ConnectionStatus(context.accounts, context.sessions, context.transport, this))
    , m_storageNotice(new QLabel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("RewardDesk"));
    resize(1200, 760);

    m_tabs->setDocumentMode(true);
    // The overview is always the first tab: every account, including those whose vendor has no tab yet.
    m_tabs->addTab(m_overview, tr("Overview"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    Palette::styleText(m_storageNotice, Palette::Tone::Warning);
    m_storageNotice->hide();
    statusBar()->addWidget(m_storageNotice, 1);
    statusBar()->addPermanentWidget(m_connection);

    buildMenus();
    connect(m_overview, &OverviewPage::manageAccountsRequested, this, &MainWindow::showAccounts);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateBanner);
    connect(m_context.accounts, &AccountStore::accountAdded, this, &MainWindow::syncTabs);
    connect(m_context.accounts, &AccountStore::accountRemoved, this, &MainWindow::syncTabs);
    connect(m_context.accounts, &AccountStore::accountChanged, this, &MainWindow::syncTabs);
    restoreState();
    syncTabs();
}

MainWindow::~MainWindow() = default;

AccountsDialog* MainWindow::accountsDialog() const {
    return m_accountsDialog;
}

AuditDialog* MainWindow::auditDialog() const {
    return m_auditDialog;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* accounts = file->addAction(tr("&Accounts…"), this, &MainWindow::showAccounts);
    accounts->setObjectName(QStringLiteral("actionAccounts"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrent);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction* find = view->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    QAction* audit = view->addAction(tr("Audit &log…"), this, &MainWindow::showAudit);
    audit->setObjectName(QStringLiteral("actionAudit"));
    view->addSeparator();
    QAction* overview = view->addAction(tr("&Overview"), this, [this] { m_tabs->setCurrentWidget(m_overview); });
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (int i = 0; i < 4; ++i) {
        QAction* tab = view->addAction(tr("Vendor tab %1").arg(i + 1));
        tab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(tab, &QAction::triggered, this, [this, i] {
            if (i + 1 < m_tabs->count())
                m_tabs->setCurrentIndex(i + 1);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RewardDesk"), this, [this] {
        QMessageBox::about(this, tr("About RewardDesk"),
                           tr("<h3>RewardDesk %1</h3><p>One console for rewards and loyalty support: TruCentive, "
                              "Tremendous, Cheetah Loyalty and Trigg.</p><p>Credentials are kept only in your "
                              "system's secure storage. Every action is written to the action journal before it is "
                              "sent.</p>")
                               .arg(QStringLiteral(REWARDDESK_VERSION)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::syncTabs() {
    // Accounts come ordered by vendor then name; a changed account gets a fresh tab (its URL may have changed).
    const QList<Account> accounts = m_context.accounts->list();
    QWidget* current = m_tabs->currentWidget();
    QHash<QString, VendorTab*> existing;
    for (int i = m_tabs->count() - 1; i >= 1; --i) {
        auto* tab = qobject_cast<VendorTab*>(m_tabs->widget(i));
        const auto it = std::find_if(accounts.cbegin(), accounts.cend(), [tab](const Account& a) {
            return tab && a.id == tab->account().id && a.baseUrl == tab->account().baseUrl &&
                   a.environment == tab->account().environment && a.displayName == tab->account().displayName;
        });
        if (it == accounts.cend()) {
            m_tabs->removeTab(i);
            if (tab)
                tab->deleteLater();
        } else {
            existing.insert(tab->account().id, tab);
        }
    }
    int index = 1; // after the overview
    for (const Account& account : accounts) {
        VendorTab* tab = existing.value(account.id);
        if (!tab) {
            tab = createVendorTab(m_context, account, m_tabs);
            if (!tab)
                continue;
            m_tabs->insertTab(index, tab, tab->tabTitle());
            connect(tab, &VendorTab::titleChanged, this, [this, tab] {
                const int at = m_tabs->indexOf(tab);
                if (at >= 0)
                    m_tabs->setTabText(at, tab->tabTitle());
            });
            connect(tab, &VendorTab::accountsRequested, this, &MainWindow::showAccounts);
        }
        m_tabs->setTabToolTip(index, account.label());
        ++index;
    }
    if (m_restoreTab >= 0 && m_restoreTab < m_tabs->count()) {
        m_tabs->setCurrentIndex(m_restoreTab);
        m_restoreTab = -1;
    } else if (current && m_tabs->indexOf(current) >= 0) {
        m_tabs->setCurrentWidget(current);
    }
    updateBanner();
}

void MainWindow::setStorageNotice(const QString& text) {
    m_storageNotice->setText(text);
    m_storageNotice->setToolTip(text);
    m_storageNotice->setVisible(!text.isEmpty());
}

VendorTab* MainWindow::currentTab() const {
    return qobject_cast<VendorTab*>(m_tabs->currentWidget());
}

void MainWindow::updateBanner() {
    if (VendorTab* tab = currentTab()) {
        const Account account = tab->account();
        m_banner->setEnvironment(account.environment, account.label());
        setWindowTitle(tr("RewardDesk — %1 — %2").arg(account.label(), EnvironmentBanner::badge(account.environment)));
        return;
    }
    QList<Environment> environments;
    for (const Account& account : m_context.accounts->list())
        environments.append(account.environment);
    m_banner->setSummary(environments);
    setWindowTitle(tr("RewardDesk — %1").arg(EnvironmentBanner::badge(m_banner->environment())));
}

void MainWindow::refreshCurrent() {
    if (VendorTab* tab = currentTab())
        tab->refresh();
    else
        m_overview->testAll();
}

void MainWindow::focusSearch() {
    if (VendorTab* tab = currentTab())
        tab->focusSearch();
    else
        m_overview->table()->setFocus();
}

void MainWindow::showAccounts() {
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(m_context.accounts, m_context.sessions, m_context.tester, this);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
}

void MainWindow::showAudit() {
    if (!m_auditDialog) {
        m_auditDialog = new AuditDialog(m_context.journal, this);
        m_auditDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditDialog->show();
    m_auditDialog->raise();
    m_auditDialog->activateWindow();
}

void MainWindow::restoreState() {
    if (!m_context.settings)
        return;
    restoreGeometry(m_context.settings->value(QLatin1String(kGeometryKey)).toByteArray());
    QMainWindow::restoreState(m_context.settings->value(QLatin1String(kStateKey)).toByteArray());
    m_restoreTab = m_context.settings->value(QLatin1String(kLastTabKey), -1).toInt();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_context.settings) {
        m_context.settings->setValue(QLatin1String(kGeometryKey), saveGeometry());
        m_context.settings->setValue(QLatin1String(kStateKey), saveState());
        m_context.settings->setValue(QLatin1String(kLastTabKey), m_tabs->currentIndex());
    }
    event->accept();
}

} // namespace rd
