// Accounts dialog, offscreen, against the built-in sandbox over real HTTP and the real keychain (private D-Bus
// session with a throwaway gnome-keyring, see scripts/with-test-keyring.sh): add an account, test its connection,
// remove it, and its keychain entries are gone.
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "api/accounts/accountstore.h"
#include "api/core/httptransport.h"
#include "api/credentials/keychaincredentialstore.h"
#include "api/credentials/memorycredentialstore.h"
#include "api/sandbox/sandboxserver.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "models/accounts/accountlistmodel.h"
#include "support/appfixture.h"
#include "ui/accounts/accounteditdialog.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/common/messageboxes.h"

using namespace rd;

class TestAccountsDialog : public QObject, protected rd::test::AppFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addTestAndRemove();
    void rejectedKeyIsExplained();
    void cleanupTestCase();

private:
    void fillTruCentive(AccountEditDialog* editor, const QByteArray& key);
    bool keychainHas(const QString& key);
};

void TestAccountsDialog::initTestCase() {
    QVERIFY(startApp({.keychain = true, .journal = false}));

    bool answered = false;
    bool available = false;
    m_keychain->checkAvailability(this, [&](bool ok, const QString&) {
        answered = true;
        available = ok;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    if (!available) {
        if (qEnvironmentVariableIntValue("REWARDDESK_TEST_KEYRING") == 1)
            QFAIL("The test keyring (scripts/with-test-keyring.sh) is not reachable");
        QSKIP("No Secret Service: run under scripts/with-test-keyring.sh");
    }
}

void TestAccountsDialog::cleanupTestCase() {
    delete m_tester;
    delete m_sessions;
}

void TestAccountsDialog::fillTruCentive(AccountEditDialog* editor, const QByteArray& key) {
    editor->vendorBox()->setCurrentIndex(editor->vendorBox()->findData(int(Vendor::TruCentive)));
    editor->nameEdit()->setText(QStringLiteral("Support team"));
    editor->baseUrlEdit()->setText(m_sandbox->baseUrl(Vendor::TruCentive).toString());
    QLineEdit* secret = editor->secretEdit(SecretName::ApiKey);
    QVERIFY(secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText(QString::fromLatin1(key));
}

bool TestAccountsDialog::keychainHas(const QString& key) {
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                 QStringLiteral("RewardDesk"), QStringLiteral("user"), key});
    if (!lookup.waitForFinished(10000))
        return false;
    return lookup.exitCode() == 0 && !lookup.readAllStandardOutput().isEmpty();
}

void TestAccountsDialog::addTestAndRemove() {
    AccountsDialog dialog(m_accounts, m_sessions, m_tester);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int before = m_accounts->list().size();

    dialog.addAccount();
    AccountEditDialog* editor = dialog.editor();
    QVERIFY(editor);
    const QByteArray key = SandboxServer::demoCredentials(Vendor::TruCentive).apiKey;
    fillTruCentive(editor, key);

    // Test connection on the values as typed (nothing saved yet).
    QTest::mouseClick(editor->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().startsWith(QStringLiteral("Connected")), 10000);
    QCOMPARE(m_accounts->list().size(), before);

    // Save: the key goes to the keychain, the account (without the key) to the settings file.
    QSignalSpy saved(editor, &AccountEditDialog::saved);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    const QString id = saved.at(0).at(0).toString();
    const std::optional<Account> account = m_accounts->find(id);
    QVERIFY(account);
    QCOMPARE(account->secretHint, QString::fromLatin1(key.right(4)));
    const QString keychainKey = id + QStringLiteral("/api_key");
    QVERIFY(keychainHas(keychainKey));
    m_accountSettings->sync();
    QFile settingsFile(m_accountSettings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(key));
    QTRY_COMPARE_WITH_TIMEOUT(m_sessions->state(id), AccountSessions::State::Ready, 10000);

    // Test the saved account from the list: reads the key back from the keychain.
    const int row = dialog.model()->rowOf(id);
    QVERIFY(row >= 0);
    dialog.table()->selectRow(row);
    dialog.testSelected();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->index(row, 0).data(AccountListModel::TestOkRole).toInt(), 1, 10000);
    QVERIFY(dialog.model()
                ->index(row, AccountListModel::CredentialColumn)
                .data()
                .toString()
                .endsWith(QString::fromLatin1(key.right(4))));

    // Remove: confirm, then the account and its keychain entry are gone.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    dialog.removeSelected();
    QTRY_VERIFY_WITH_TIMEOUT(!m_accounts->find(id), 10000);
    QVERIFY(!keychainHas(keychainKey));
    bool readBack = false;
    CredentialResult::Status status = CredentialResult::Status::Ok;
    m_keychain->read(id, QStringLiteral("api_key"), this, [&](const CredentialResult& r) {
        readBack = true;
        status = r.status;
    });
    QTRY_VERIFY_WITH_TIMEOUT(readBack, 10000);
    QCOMPARE(status, CredentialResult::Status::NotFound);
}

void TestAccountsDialog::rejectedKeyIsExplained() {
    AccountsDialog dialog(m_accounts, m_sessions, m_tester);
    dialog.show();
    dialog.addAccount();
    AccountEditDialog* editor = dialog.editor();
    QVERIFY(editor);
    const QByteArray wrong = "wrong-key-for-the-canary-1234";
    fillTruCentive(editor, wrong);
    QTest::mouseClick(editor->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->testButton()->isEnabled() && !editor->statusText().isEmpty() &&
                                 !editor->statusText().startsWith(QStringLiteral("Testing")),
                             10000);
    const QString text = editor->statusText();
    QVERIFY2(text.contains(QStringLiteral("rejected"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY(!text.contains(QString::fromLatin1(wrong)));
    QVERIFY(!text.contains(QStringLiteral("api_key=")));
    editor->reject();
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
