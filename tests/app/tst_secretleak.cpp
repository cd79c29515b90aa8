// The secret-leak check (design.md section 7): a full session with canary credentials for all four vendors, entered
// through the Accounts dialog into the real keychain, used for connection tests against the built-in sandbox
// (accepted and rejected), an action journaled and the audit log exported, the window closed (state saved). Then
// every file the session wrote, every log line (all rewarddesk.* categories at debug level, the sandbox's included)
// and every user-visible message are searched for the canaries, raw, base64 and percent-encoded.
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "api/accounts/accountstore.h"
#include "api/core/httptransport.h"
#include "api/credentials/keychaincredentialstore.h"
#include "api/credentials/memorycredentialstore.h"
#include "api/journal/actionjournal.h"
#include "api/sandbox/sandboxserver.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "models/accounts/accountlistmodel.h"
#include "ui/accounts/accounteditdialog.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/audit/auditdialog.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"

using namespace rd;

namespace {
QString g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    g_log +=
        QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message + QLatin1Char('\n');
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestSecretLeak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullSessionLeaksNothing();
};

void TestSecretLeak::fullSessionLeaksNothing() {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    g_previous = qInstallMessageHandler(capture);

    // Canaries: distinctive, long enough for a secret hint, one per vendor secret.
    const QByteArray tcKey = "CANARYtrucentive7f3a9c1e55d2b08e";
    const QByteArray tmKey = "TEST_CANARYtremendous0c4e8a77f19b";
    const QByteArray chId = "CANARYcheetahclientid5e6f7a8b9c0d";
    const QByteArray chSecret = "CANARYcheetahsecret1a2b3c4d5e6f70";
    const QByteArray tgKey = "CANARYtrigg9d8c7b6a5f4e3d2c1b0a99";
    const QByteArray wrongKey = "CANARYwrongkey00112233445566778899";
    const QList<QByteArray> canaries{tcKey, tmKey, chId, chSecret, tgKey, wrongKey};

    SandboxServer sandbox(7, 50);
    QVERIFY(sandbox.listen());
    sandbox.setCredentials(Vendor::TruCentive, {tcKey, {}, {}});
    sandbox.setCredentials(Vendor::Tremendous, {tmKey, {}, {}});
    sandbox.setCredentials(Vendor::Cheetah, {{}, chId, chSecret});
    sandbox.setCredentials(Vendor::Trigg, {tgKey, {}, {}});

    QSettings accountSettings(dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
    QSettings uiSettings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    KeychainCredentialStore keychain(&accountSettings);
    MemoryCredentialStore memory;
    bool answered = false;
    bool available = false;
    keychain.checkAvailability(this, [&](bool ok, const QString&) {
        answered = true;
        available = ok;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    if (!available) {
        qInstallMessageHandler(g_previous);
        if (qEnvironmentVariableIntValue("REWARDDESK_TEST_KEYRING") == 1)
            QFAIL("The test keyring (scripts/with-test-keyring.sh) is not reachable");
        QSKIP("No Secret Service: run under scripts/with-test-keyring.sh");
    }
    AccountStore accounts(&accountSettings);
    AccountSessions sessions(&accounts, &keychain, &memory, &transport);
    ConnectionTester tester(&transport);
    ActionJournal journal(dir.filePath(QStringLiteral("journal/actions.jsonl")));
    journal.open();
    QTRY_VERIFY(journal.isLoaded());
    const AppContext context{&accounts, &sessions, &transport, &tester, &journal, &uiSettings};
    QStringList shown; // every message a person would have read

    {
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAccounts();
        AccountsDialog* dialog = window.accountsDialog();
        QVERIFY(dialog);

        struct Entry {
            Vendor vendor;
            Environment environment;
            QList<QPair<QByteArray, QByteArray>> secrets;
        };
        const QList<Entry> entries{
            {Vendor::TruCentive, Environment::Sandbox, {{"api_key", tcKey}}},
            {Vendor::Tremendous, Environment::Sandbox, {{"api_key", tmKey}}},
            {Vendor::Cheetah, Environment::Sandbox, {{"client_id", chId}, {"client_secret", chSecret}}},
            {Vendor::Trigg, Environment::Sandbox, {{"api_key", tgKey}}},
        };
        for (const Entry& entry : entries) {
            dialog->addAccount();
            AccountEditDialog* editor = dialog->editor();
            QVERIFY(editor);
            editor->vendorBox()->setCurrentIndex(editor->vendorBox()->findData(int(entry.vendor)));
            editor->environmentBox()->setCurrentIndex(editor->environmentBox()->findData(int(entry.environment)));
            editor->nameEdit()->setText(vendorDisplayName(entry.vendor) + QStringLiteral(" canary"));
            editor->baseUrlEdit()->setText(sandbox.baseUrl(entry.vendor).toString());
            // First a wrong key (rejected), then the right one (accepted), both through "Test connection".
            if (entry.vendor == Vendor::TruCentive) {
                editor->secretEdit("api_key")->setText(QString::fromLatin1(wrongKey));
                QTest::mouseClick(editor->testButton(), Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(editor->testButton()->isEnabled() && !editor->statusText().isEmpty(), 10000);
                shown << editor->statusText();
            }
            for (const auto& secret : entry.secrets)
                editor->secretEdit(secret.first)->setText(QString::fromLatin1(secret.second));
            QTest::mouseClick(editor->testButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().startsWith(QStringLiteral("Connected")), 10000);
            shown << editor->statusText();
            QSignalSpy saved(editor, &AccountEditDialog::saved);
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        }
        // Every account reads its secrets back from the keychain and tests again.
        for (const Account& account : accounts.list())
            QTRY_COMPARE_WITH_TIMEOUT(sessions.state(account.id), AccountSessions::State::Ready, 10000);
        window.overview()->testAll();
        AccountListModel* model = window.overview()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QTRY_VERIFY_WITH_TIMEOUT(model->index(row, 0).data(AccountListModel::TestOkRole).toInt() == 1, 10000);
            for (int column = 0; column < AccountListModel::ColumnCount; ++column)
                shown << model->index(row, column).data().toString()
                      << model->index(row, column).data(Qt::ToolTipRole).toString();
        }

        // An action journaled, and the audit log exported.
        ActionIntent intent;
        intent.accountId = accounts.list().first().id;
        intent.accountLabel = accounts.list().first().label();
        intent.vendor = accounts.list().first().vendor;
        intent.environment = Environment::Sandbox;
        intent.objectType = QStringLiteral("envelope");
        intent.objectId = QStringLiteral("CDVLBYYIOPHLJVWYEF");
        intent.action = QStringLiteral("open");
        intent.reason = QStringLiteral("Recipient says the link is locked");
        bool done = false;
        journal.beginAction(intent, this, [&](const BeginResult& result) {
            QVERIFY(result);
            journal.complete(result.ticket(), {JournalState::Succeeded, QStringLiteral("queued"), {}});
            done = true;
        });
        QTRY_VERIFY(done);
        window.showAudit();
        QVERIFY(window.auditDialog()->exportCsv(dir.filePath(QStringLiteral("audit.csv"))));
        window.close();
    }
    accountSettings.sync();
    uiSettings.sync();
    qInstallMessageHandler(g_previous);
    QVERIFY(g_log.contains(QStringLiteral("rewarddesk.http"))); // the transport did log: the search is meaningful

    // Search everything for every canary, in the encodings a leak would take.
    QByteArray everything = g_log.toUtf8() + shown.join(QLatin1Char('\n')).toUtf8();
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        everything += file.readAll();
        ++files;
    }
    QVERIFY2(files >= 4, "settings, ui state, journal and CSV export were written");
    for (const QByteArray& canary : canaries) {
        for (const QByteArray& form :
             {canary, canary.toBase64(), QUrl::toPercentEncoding(QString::fromLatin1(canary)), canary.right(12)}) {
            QVERIFY2(!everything.contains(form), qPrintable(QStringLiteral("leaked: ") + QString::fromLatin1(form)));
        }
    }
}

QTEST_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
