// The main window offscreen, on accounts pointing at the built-in sandbox: environment banner, overview with every
// account, "Test all connections" (F5) over real HTTP, the audit log, and the window state saved on close.
// Set REWARDDESK_SCREENSHOT_DIR to keep screenshots of the screens.
#include <QAction>
#include <QDir>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "api/accounts/accountstore.h"
#include "api/core/httptransport.h"
#include "api/credentials/memorycredentialstore.h"
#include "api/journal/actionjournal.h"
#include "api/sandbox/sandboxserver.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "models/accounts/accountlistmodel.h"
#include "support/appfixture.h"
#include "ui/accounts/accounteditdialog.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/audit/auditdialog.h"
#include "ui/common/environmentbanner.h"
#include "ui/darkpalette.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"

using namespace rd;

class TestMainWindow : public QObject, protected rd::test::AppFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyWindowSaysHowToStart();
    void demoAccountsConnect();
    void productionIsVisible();
    void auditLogOpens();
    void stateIsSavedOnClose();

private:
    void shoot(QWidget* widget, const QString& name);
    QString addAccount(Vendor vendor, Environment environment);
};

void TestMainWindow::initTestCase() {
    rd::test::applyScreenshotTheme(); // REWARDDESK_SCREENSHOT_DARK: the screenshots in a dark theme
    // Both stores in memory: this test is about the window, the keychain has its own tests.
    QVERIFY(startApp());
}

void TestMainWindow::shoot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("REWARDDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QString TestMainWindow::addAccount(Vendor vendor, Environment environment) {
    return addSandboxAccount(vendor, vendorDisplayName(vendor) + QStringLiteral(" demo"), environment);
}

void TestMainWindow::emptyWindowSaysHowToStart() {
    MainWindow window(m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->count(), 1); // the overview only
    QVERIFY(window.overview()->isVisible());
    QVERIFY(window.banner()->text().contains(QStringLiteral("--demo")));
    shoot(&window, QStringLiteral("mainwindow-empty"));
}

void TestMainWindow::demoAccountsConnect() {
    QStringList ids;
    for (Vendor vendor : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg})
        ids.append(addAccount(vendor, Environment::Demo));
    for (const QString& id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(m_sessions->state(id), AccountSessions::State::Ready, 5000);

    MainWindow window(m_context);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.banner()->environment(), Environment::Demo);
    QVERIFY(window.windowTitle().contains(QStringLiteral("DEMO")));
    AccountListModel* model = window.overview()->model();
    QCOMPARE(model->rowCount(), 4);

    // The TruCentive and Tremendous tabs exist now (their tabs are built); the overview stays the first tab.
    QCOMPARE(window.tabs()->count(), 3);
    // The Tremendous tab's title carries the pending-approval count once its queue has loaded (titleChanged).
    QTRY_VERIFY_WITH_TIMEOUT(window.tabs()->tabText(2).contains(QRegularExpression(QStringLiteral("\\(\\d+\\)$"))),
                             10000);
    window.tabs()->setCurrentWidget(window.overview());
    QCOMPARE(window.banner()->environment(), Environment::Demo);
    window.refreshCurrent(); // F5 on the overview tests every connection
    for (int row = 0; row < 4; ++row) {
        QTRY_VERIFY_WITH_TIMEOUT(model->index(row, 0).data(AccountListModel::TestOkRole).toInt() != 0, 10000);
        QVERIFY2(model->index(row, 0).data(AccountListModel::TestOkRole).toInt() == 1,
                 qPrintable(model->index(row, AccountListModel::ConnectionColumn).data().toString()));
    }
    QVERIFY(
        model->index(1, AccountListModel::ConnectionColumn).data().toString().contains(QStringLiteral("Balance")) ||
        model->index(1, AccountListModel::ConnectionColumn).data().toString().contains(QStringLiteral("Connected")));
    shoot(&window, QStringLiteral("mainwindow-demo"));

    window.showAccounts();
    QVERIFY(window.accountsDialog());
    QTRY_VERIFY(window.accountsDialog()->isVisible());
    shoot(window.accountsDialog(), QStringLiteral("accounts-dialog"));
    window.accountsDialog()->addAccount();
    QVERIFY(window.accountsDialog()->editor());
    shoot(window.accountsDialog()->editor(), QStringLiteral("account-edit-dialog"));
    window.accountsDialog()->editor()->reject();
    window.accountsDialog()->close();
}

void TestMainWindow::productionIsVisible() {
    Account account;
    account.vendor = Vendor::Tremendous;
    account.environment = Environment::Production;
    account.baseUrl = QUrl(QStringLiteral("https://api.tremendous.com/api/v2"));
    account.displayName = QStringLiteral("Tremendous live");
    const QString id = m_accounts->add(account);
    QVERIFY(!id.isEmpty());
    MainWindow window(m_context);
    window.show();
    window.tabs()->setCurrentWidget(window.overview());
    QCOMPARE(window.banner()->environment(), Environment::Production);
    QVERIFY(window.banner()->text().contains(QStringLiteral("PRODUCTION")));
    QCOMPARE(window.banner()->palette().color(QPalette::Window), EnvironmentBanner::colour(Environment::Production));
    // No secret stored: the overview says so instead of failing silently.
    QTRY_COMPARE(m_sessions->state(id), AccountSessions::State::NoCredential);
    shoot(&window, QStringLiteral("mainwindow-production"));
    m_accounts->remove(id);
}

void TestMainWindow::auditLogOpens() {
    ActionIntent intent;
    intent.accountId = QStringLiteral("acct-1");
    intent.accountLabel = QStringLiteral("Tremendous (demo)");
    intent.vendor = Vendor::Tremendous;
    intent.environment = Environment::Demo;
    intent.objectType = QStringLiteral("order");
    intent.objectId = QStringLiteral("ORD123");
    intent.action = QStringLiteral("approve");
    intent.reason = QStringLiteral("Customer confirmed by phone");
    intent.summary = QStringLiteral("$25.00 to jane@example.com");
    bool begun = false;
    m_journal->beginAction(intent, this, [&](const BeginResult& result) {
        QVERIFY(result);
        m_journal->complete(result.ticket(), ActionOutcome{JournalState::Succeeded, QStringLiteral("EXECUTED"), {}});
        begun = true;
    });
    QTRY_VERIFY(begun);

    MainWindow window(m_context);
    window.show();
    window.showAudit();
    QVERIFY(window.auditDialog());
    QTRY_VERIFY(window.auditDialog()->isVisible());
    QTRY_COMPARE(window.auditDialog()->visibleRows(), 1);
    shoot(window.auditDialog(), QStringLiteral("audit-log"));
}

void TestMainWindow::stateIsSavedOnClose() {
    {
        MainWindow window(m_context);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    m_uiSettings->sync();
    QVERIFY(!m_uiSettings->value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    MainWindow again(m_context);
    QCOMPARE(again.size(), QSize(900, 600));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
