// The Tremendous tab's action flow, bulk dialogs, fraud reviews and failed deliveries, offscreen against the
// built-in sandbox over real HTTP. The two panels are built standalone in one window with ONE tremendous::ActionFlow,
// as the tab does: release one review in place and block one from the flagged queue with the keyboard (journal entries,
// one request each, reviewed_by in the detail pane), resend a failed reward to the same and to an updated e-mail (it
// leaves the list), cancel one, generate a link (masked until revealed, clipboard cleared), bulk approve with a
// blocked row in the dry run, stop a bulk run between items (the rest Skipped, nothing sent), the CSV, an Unknown
// outcome read back, and 403/402 in words. Set REWARDDESK_SCREENSHOT_DIR to keep screenshots.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include "api/accounts/accountstore.h"
#include "api/core/httptransport.h"
#include "api/credentials/memorycredentialstore.h"
#include "api/journal/actionjournal.h"
#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxserver.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendousreconciler.h"
#include "models/tremendous/bulkresultmodel.h"
#include "models/tremendous/format.h"
#include "models/tremendous/fraudreviewmodel.h"
#include "models/tremendous/namecache.h"
#include "models/tremendous/rewardmodel.h"
#include "support/appfixture.h"
#include "ui/common/clipboardguard.h"
#include "ui/common/confirmationdialog.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/jsonview.h"
#include "ui/common/messageboxes.h"
#include "ui/darkpalette.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/bulkdialog.h"
#include "ui/tremendous/bulksummarydialog.h"
#include "ui/tremendous/faileddeliveriespage.h"
#include "ui/tremendous/fraudreviewdetailpane.h"
#include "ui/tremendous/fraudreviewspage.h"
#include "ui/tremendous/resenddialog.h"
#include "ui/tremendous/rewardactions.h"
#include "ui/tremendous/trflowsandbox.h"

using namespace rd;
using namespace rd::tremendous;
using namespace rd::test;
using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = SandboxServer::pathPrefix(Vendor::Tremendous);
}

class TestTremendousFlows : public QObject, protected AppFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void fraudReviewsAndDetail();
    void releaseOneInPlace();
    void blockOneFromQueueWithKeyboard();
    void bulkReleaseFromSelection();
    void failedDeliveriesAndResendSame();
    void resendToUpdatedEmail();
    void cancelOne();
    void generateLink();
    void bulkApproveWithDryRun();
    void bulkStopBetweenItems();
    void unknownOutcomeIsReadBack();
    void approvalsOffAndInsufficientFunds();

private:
    void shoot(QWidget* widget, const QString& name);
    template <typename T> T* waitForDialog();
    std::optional<JournalEntry> lastEntry(const QString& action, const QString& objectId = {}) const;
    QList<tremendous::BulkItem> orderItems(const QStringList& ids);
    int count(const QByteArray& method, const QString& path) const {
        return m_sandbox->http()->requestCount(method, kPrefix + path);
    }
    void selectRow(QTableView* view, int row);
    void pressOnList(QTableView* view, Qt::Key key);
    int actionableFailedRow(tremendous::DeliveryMethod method = tremendous::DeliveryMethod::Unknown) const;
    void waitIdle();

    tremendous::Reconciler* m_reconciler = nullptr;
    Account m_account;
    tremendous::Client* m_client = nullptr;
    QWidget* m_window = nullptr;
    QTabWidget* m_tabs = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    tremendous::NameCache* m_names = nullptr;
    tremendous::ActionFlow* m_flow = nullptr;
    tremendous::FraudReviewsPage* m_fraud = nullptr;
    tremendous::FailedDeliveriesPage* m_failed = nullptr;
};

void TestTremendousFlows::initTestCase() {
    rd::test::applyScreenshotTheme(); // REWARDDESK_SCREENSHOT_DARK: the screenshots in a dark theme
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(startApp({.sandboxSize = 200}));
    trFlowSetAsyncDelay(m_sandbox, 200);
    const QString id = addSandboxAccount(Vendor::Tremendous, u"Tremendous demo"_s);
    QVERIFY(waitUntilReady(id));
    m_account = *m_accounts->find(id);

    auto endpoint = [sessions = m_sessions](const QString& accountId) { return sessions->endpoint(accountId); };
    m_client = new tremendous::Client(
        m_transport, [endpoint, id] { return endpoint(id); }, this);
    m_reconciler = new tremendous::Reconciler(m_transport, endpoint, this);

    m_window = new QWidget;
    m_window->setWindowTitle(u"Tremendous demo"_s);
    m_tabs = new QTabWidget(m_window);
    auto* layout = new QVBoxLayout(m_window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_clipboard = new ClipboardGuard(m_window);
    m_clipboard->setClearDelay(std::chrono::milliseconds(400));
    m_names = new tremendous::NameCache(m_client, m_window);
    m_flow = new tremendous::ActionFlow(m_context, m_account, m_client, m_reconciler, m_window, m_window);
    m_flow->setInterval(std::chrono::milliseconds(20));
    m_fraud = new tremendous::FraudReviewsPage(m_context, m_account, m_client, m_flow, m_names, m_tabs);
    m_fraud->model()->setPrefetchInterval(std::chrono::milliseconds(10));
    m_failed = new tremendous::FailedDeliveriesPage(m_context, m_account, m_client, m_flow, m_clipboard, m_tabs);
    m_tabs->addTab(m_fraud, u"Fraud reviews"_s);
    m_tabs->addTab(m_failed, u"Failed deliveries"_s);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTremendousFlows::cleanupTestCase() {
    delete m_window;
}

// Every queued confirmation answer must have been used by its own test (a leftover would answer the next one).
void TestTremendousFlows::cleanup() {
    const bool leftover = ConfirmationDialog::hasQueuedAnswer();
    while (ConfirmationDialog::hasQueuedAnswer())
        ConfirmationDialog::ask(nullptr, Confirmation{}, [](bool, const QString&) {});
    QVERIFY2(!leftover, "a queued confirmation answer was not used");
    QTRY_VERIFY_WITH_TIMEOUT(!m_flow->isRunning(), 10000);
}

void TestTremendousFlows::shoot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("REWARDDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(120);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

template <typename T> T* TestTremendousFlows::waitForDialog() {
    T* found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T* d : m_window->findChildren<T*>()) {
                if (d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        3000);
    return found;
}

std::optional<JournalEntry> TestTremendousFlows::lastEntry(const QString& action, const QString& objectId) const {
    const QList<JournalEntry>& entries = m_journal->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->action == action && (objectId.isEmpty() || it->objectId == objectId))
            return *it;
    }
    return std::nullopt;
}

void TestTremendousFlows::selectRow(QTableView* view, int row) {
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// A key typed into the list, as an agent would: the window active, the list focused (shortcuts follow the focus).
void TestTremendousFlows::pressOnList(QTableView* view, Qt::Key key) {
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, key);
}

// A row of the failed list the sandbox can act on (the list also shows canceled rewards: a reward has no status of
// its own, so RewardDesk cannot tell them apart); Unknown: any delivery method.
int TestTremendousFlows::actionableFailedRow(tremendous::DeliveryMethod method) const {
    const QStringList actionable = trFlowFailedRewardIds(m_sandbox, 100000);
    tremendous::RewardModel* model = m_failed->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!actionable.contains(index.data(tremendous::RewardModel::RowIdRole).toString()))
            continue;
        if (method == tremendous::DeliveryMethod::Unknown ||
            index.data(tremendous::RewardModel::MethodRole).toInt() == int(method))
            return row;
    }
    return -1;
}

void TestTremendousFlows::waitIdle() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_flow->isRunning(), 10000);
}

// The orders as the approvals page would hand them to the flow (id, total, recipient; blocked when not pending).
QList<tremendous::BulkItem> TestTremendousFlows::orderItems(const QStringList& ids) {
    QList<tremendous::BulkItem> items;
    for (const QString& id : ids) {
        std::optional<tremendous::Order> order;
        m_client->order(id, this, [&order](ApiResult<tremendous::Order> result) {
            QVERIFY(result.ok());
            order = result.value();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(order.has_value(), 5000); }();
        if (!order)
            return {};
        tremendous::BulkItem item;
        item.objectId = order->id;
        if (order->payment)
            item.amount = order->payment->total;
        if (!order->rewards.isEmpty())
            item.recipient = order->rewards.first().recipientDisplay();
        item.summary = u"order %1"_s.arg(order->id);
        if (!order->canApproveOrReject())
            item.blockedReason = u"status is %1, not PENDING APPROVAL"_s.arg(order->statusRaw);
        items << item;
    }
    return items;
}

void TestTremendousFlows::fraudReviewsAndDetail() {
    m_tabs->setCurrentWidget(m_fraud);
    m_fraud->ensureLoaded();
    tremendous::FraudReviewModel* model = m_fraud->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->state() != tremendous::FraudReviewModel::State::Loading &&
                                 model->state() != tremendous::FraudReviewModel::State::Idle,
                             5000);
    QVERIFY2(model->rowCount() >= 3, qPrintable(model->countText()));
    QCOMPARE(m_fraud->statusCombo()->currentIndex(), 0); // Flagged by default
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(tremendous::FraudReviewModel::StatusRole).toInt(),
                 int(tremendous::FraudStatus::Flagged));
    // Risk arrives in the background (rows on screen first).
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(tremendous::FraudReviewModel::RiskRole).toInt() >= 0, 5000);
    QVERIFY(!model->index(0, tremendous::FraudReviewModel::Column::AutoBlockIn).data().toString().isEmpty());

    selectRow(m_fraud->view(), 0);
    const QString id = model->index(0, 0).data(tremendous::FraudReviewModel::RowIdRole).toString();
    tremendous::FraudReviewDetailPane* pane = m_fraud->detailPane();
    QTRY_COMPARE_WITH_TIMEOUT(pane->reviewId(), id, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isComplete(), 5000);
    const tremendous::FraudReview review = *pane->review();
    const QString details = pane->detailsText();
    QVERIFY(!review.reasons.isEmpty());
    for (const QString& reason : review.reasons) {
        QVERIFY2(details.contains(reason), qPrintable(details));
        QVERIFY2(details.contains(tremendous::fraudReasonExplanation(reason)), qPrintable(details));
    }
    QVERIFY(details.contains(u"IP address:"_s) && details.contains(review.geo.ip));
    QVERIFY(details.contains(review.geo.country));
    QVERIFY(details.contains(u"Device ID:"_s) && details.contains(review.deviceId));
    QVERIFY(details.contains(u"Count:"_s)); // related rewards
    QVERIFY(details.contains(u"Reviewed by:"_s));
    QVERIFY(pane->riskBadge()->text().startsWith(u"Risk: "_s));
    QVERIFY2(pane->countdownLabel()->text().startsWith(u"Auto-blocks in"_s) ||
                 pane->countdownLabel()->text().startsWith(u"Auto-block overdue"_s),
             qPrintable(pane->countdownLabel()->text()));
    QVERIFY(pane->releaseButton()->isEnabled() && pane->blockButton()->isEnabled());
    QVERIFY(pane->jsonView()->jsonText().contains(id));

    // The countdown from redeemed_at + 30 days.
    const QDateTime due = *review.autoBlockAt();
    pane->setNow(due.addSecs(-(3 * 24 + 4) * 3600));
    QVERIFY2(pane->countdownLabel()->text().startsWith(u"Auto-blocks in 3 d 4 h (on "_s),
             qPrintable(pane->countdownLabel()->text()));
    pane->setNow(due.addSecs(60));
    QVERIFY(pane->countdownLabel()->text().contains(u"overdue"_s));
    pane->setNow({});

    // The filter narrows the loaded rows.
    const int all = model->rowCount();
    m_fraud->filterEdit()->setText(id);
    QCOMPARE(model->rowCount(), 1);
    m_fraud->filterEdit()->clear();
    QCOMPARE(model->rowCount(), all);
    selectRow(m_fraud->view(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(pane->reviewId(), id, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(
        model->index(qMin(5, all - 1), 0).data(tremendous::FraudReviewModel::RiskRole).toInt() >= 0, 5000);
    shoot(m_window, u"tremendous-fraud-1-reviews"_s);
}

void TestTremendousFlows::releaseOneInPlace() {
    // All statuses: a released review stays in the list and changes in place.
    m_fraud->setStatusChoice(tremendous::FraudReviewsPage::StatusChoice::All);
    tremendous::FraudReviewModel* model = m_fraud->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->isComplete() || model->state() == tremendous::FraudReviewModel::State::MoreAvailable, 5000);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, 0).data(tremendous::FraudReviewModel::StatusRole).toInt() ==
            int(tremendous::FraudStatus::Flagged))
            row = r;
    }
    QVERIFY(row >= 0);
    const QString id = model->index(row, 0).data(tremendous::FraudReviewModel::RowIdRole).toString();
    selectRow(m_fraud->view(), row);
    QTRY_COMPARE_WITH_TIMEOUT(m_fraud->detailPane()->reviewId(), id, 3000);
    const int rowsBefore = model->rowCount();
    const int puts = count("PUT", u"/fraud_reviews/%1/release"_s.arg(id));

    // Cancel first: nothing is sent, nothing journaled.
    ConfirmationDialog::setNextAnswer(false);
    QVERIFY(m_fraud->releaseSelected());
    waitIdle();
    QVERIFY(!lastEntry(u"release"_s, id));

    ConfirmationDialog::setNextAnswer(true, u"ticket 101: known customer"_s);
    QVERIFY(m_fraud->releaseSelected());
    QTRY_VERIFY_WITH_TIMEOUT(
        lastEntry(u"release"_s, id) && lastEntry(u"release"_s, id)->state == JournalState::Succeeded, 5000);
    waitIdle();
    const QString confirmation = ConfirmationDialog::lastText();
    QVERIFY2(confirmation.contains(id) && confirmation.contains(u"DEMO"_s), qPrintable(confirmation));
    QVERIFY(confirmation.contains(u"Amount:"_s) && confirmation.contains(u"Recipient:"_s));
    QCOMPARE(lastEntry(u"release"_s, id)->reason, u"ticket 101: known customer"_s);
    QCOMPARE(lastEntry(u"release"_s, id)->objectType, u"fraud_review"_s);
    QCOMPARE(count("PUT", u"/fraud_reviews/%1/release"_s.arg(id)), puts + 1);

    // In place: same row count, the row now says released, reviewed by the API user.
    QCOMPARE(model->rowCount(), rowsBefore);
    const QModelIndex index = model->indexForId(id);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(tremendous::FraudReviewModel::StatusRole).toInt(), int(tremendous::FraudStatus::Released));
    tremendous::FraudReviewDetailPane* pane = m_fraud->detailPane();
    QCOMPARE(pane->reviewId(), id);
    QVERIFY2(pane->detailsText().contains(u"Reviewed by: api@sandbox.example"_s), qPrintable(pane->detailsText()));
    QVERIFY(!pane->releaseButton()->isEnabled()); // complete: no second action
    QCOMPARE(m_fraud->message()->text(), u"Reward %1 released."_s.arg(id));
    QCOMPARE(m_fraud->message()->kind(), InlineMessage::Kind::Success);
}

void TestTremendousFlows::blockOneFromQueueWithKeyboard() {
    m_fraud->setStatusChoice(tremendous::FraudReviewsPage::StatusChoice::Flagged);
    tremendous::FraudReviewModel* model = m_fraud->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->isComplete() || model->state() == tremendous::FraudReviewModel::State::MoreAvailable, 5000);
    QVERIFY(model->rowCount() >= 2);
    const QString id = model->index(0, 0).data(tremendous::FraudReviewModel::RowIdRole).toString();
    const QString nextId = model->index(1, 0).data(tremendous::FraudReviewModel::RowIdRole).toString();
    selectRow(m_fraud->view(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_fraud->detailPane()->reviewId(), id, 3000);

    // B with the list focused blocks the selection (after the confirmation).
    ConfirmationDialog::setNextAnswer(true, u"ticket 102: VPN and a blocked device"_s);
    pressOnList(m_fraud->view(), Qt::Key_B);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(u"block"_s, id) && lastEntry(u"block"_s, id)->state == JournalState::Succeeded,
                             5000);
    waitIdle();
    QVERIFY(ConfirmationDialog::lastText().startsWith(u"Block reward"_s));
    QCOMPARE(count("PUT", u"/fraud_reviews/%1/block"_s.arg(id)), 1);
    // It left the flagged queue; the next review is current, the focus is still in the list.
    QTRY_VERIFY(!model->indexForId(id).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m_fraud->view()->currentIndex().data(tremendous::FraudReviewModel::RowIdRole).toString(),
                              nextId, 3000);
    QVERIFY(m_fraud->view()->hasFocus());
    QCOMPARE(m_fraud->message()->text(), u"Reward %1 blocked."_s.arg(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_fraud->detailPane()->reviewId(), nextId, 3000);

    // A typed L in the filter box is text, not a release.
    m_fraud->filterEdit()->setFocus();
    QTest::keyClick(m_fraud->filterEdit(), Qt::Key_L);
    QVERIFY(!m_flow->isRunning());
    QCOMPARE(m_fraud->filterEdit()->text(), u"l"_s);
    m_fraud->filterEdit()->clear();
}

void TestTremendousFlows::bulkReleaseFromSelection() {
    tremendous::FraudReviewModel* model = m_fraud->model();
    QVERIFY(model->rowCount() >= 3);
    const QString first = model->index(0, 0).data(tremendous::FraudReviewModel::RowIdRole).toString();
    const QString second = model->index(1, 0).data(tremendous::FraudReviewModel::RowIdRole).toString();
    const QString third = model->index(2, 0).data(tremendous::FraudReviewModel::RowIdRole).toString();
    // A click on the first row, then Shift+Down twice: three rows selected; the buttons say how many.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTableView* view = m_fraud->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(0, 2)).center());
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_fraud->selectedIds(), (QStringList{first, second, third}));
    QCOMPARE(m_fraud->releaseButton()->text(), u"Re&lease 3…"_s);

    ConfirmationDialog::setNextAnswer(true, u"ticket 103: known panel members"_s);
    pressOnList(m_fraud->view(), Qt::Key_L);
    tremendous::BulkDialog* dialog = waitForDialog<tremendous::BulkDialog>();
    QVERIFY(dialog);
    QVERIFY(ConfirmationDialog::lastText().contains(u"Release 3 fraud review"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), 10000);
    QCOMPARE(dialog->progressText(), u"3 of 3 · 3 applied · 0 not applied · 0 unknown"_s);
    for (const QString& id : {first, second, third}) {
        QCOMPARE(lastEntry(u"release"_s, id)->state, JournalState::Succeeded);
        QCOMPARE(count("PUT", u"/fraud_reviews/%1/release"_s.arg(id)), 1);
        QVERIFY(!model->indexForId(id).isValid()); // left the flagged queue as each result came in
    }
    QVERIFY(m_fraud->message()->text().contains(u"3 released"_s));
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_flow->bulkDialog());
}

void TestTremendousFlows::failedDeliveriesAndResendSame() {
    m_tabs->setCurrentWidget(m_failed);
    m_failed->ensureLoaded();
    tremendous::RewardModel* model = m_failed->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 10000);
    QVERIFY2(model->rowCount() >= 4, qPrintable(model->countText()));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(tremendous::RewardModel::DeliveryRole).toInt(),
                 int(tremendous::DeliveryStatus::Failed));
    QVERIFY(!m_failed->progressLabel()->text().isEmpty());

    const int row = actionableFailedRow();
    QVERIFY(row >= 0);
    selectRow(m_failed->view(), row);
    const QString id = model->index(row, 0).data(tremendous::RewardModel::RowIdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_failed->shownRewardId(), id, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_failed->detailsText().contains(u"Reading the full reward"_s), 5000);
    QVERIFY(m_failed->rewardActions()->resendButton()->isEnabled());
    shoot(m_window, u"tremendous-failed-1-deliveries"_s);

    // R: the resend dialog (same address by default), then the confirmation.
    pressOnList(m_failed->view(), Qt::Key_R);
    tremendous::ResendDialog* dialog = waitForDialog<tremendous::ResendDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->sameButton()->isChecked());
    QVERIFY(dialog->continueButton()->isEnabled());
    shoot(dialog, u"tremendous-failed-2-resend-dialog"_s);
    const int posts = count("POST", u"/rewards/%1/resend"_s.arg(id));
    ConfirmationDialog::setNextAnswer(true, u"ticket 201: mailbox was full"_s);
    QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(u"resend"_s, id) && lastEntry(u"resend"_s, id)->state == JournalState::Succeeded,
                             5000);
    waitIdle();
    QVERIFY2(ConfirmationDialog::lastText().contains(u"Send to: the same address as before"_s),
             qPrintable(ConfirmationDialog::lastText()));
    QCOMPARE(count("POST", u"/rewards/%1/resend"_s.arg(id)), posts + 1);
    // Read back: no longer FAILED, so it leaves the list; the next one is current.
    QTRY_VERIFY_WITH_TIMEOUT(!model->indexForId(id).isValid(), 5000);
    QCOMPARE(m_failed->message()->text(), u"Reward %1 resent."_s.arg(id));
    QTRY_VERIFY_WITH_TIMEOUT(m_failed->view()->currentIndex().isValid(), 3000);
}

void TestTremendousFlows::resendToUpdatedEmail() {
    tremendous::RewardModel* model = m_failed->model();
    const int row = actionableFailedRow(tremendous::DeliveryMethod::Email);
    QVERIFY(row >= 0);
    const QString id = model->index(row, 0).data(tremendous::RewardModel::RowIdRole).toString();
    selectRow(m_failed->view(), row);
    QTRY_COMPARE_WITH_TIMEOUT(m_failed->shownRewardId(), id, 3000);
    QVERIFY(m_failed->resendSelected());
    tremendous::ResendDialog* dialog = waitForDialog<tremendous::ResendDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->emailButton()->isEnabled());
    QVERIFY(!dialog->phoneButton()->isEnabled()); // an e-mail reward takes only a new e-mail address

    // Validated before anything is sent.
    QTest::keyClicks(dialog->emailEdit(), u"not-an-address"_s);
    QVERIFY(dialog->emailButton()->isChecked());
    QVERIFY(!dialog->continueButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->isVisible());
    QVERIFY(dialog->problemLabel()->text().contains(u"not an e-mail address"_s));
    dialog->emailEdit()->clear();
    QTest::keyClicks(dialog->emailEdit(), u"new.person@example.org"_s);
    QVERIFY(dialog->continueButton()->isEnabled());
    QCOMPARE(dialog->target().updatedEmail, u"new.person@example.org"_s);
    QVERIFY(dialog->target().updatedPhone.isEmpty());
    shoot(dialog, u"tremendous-failed-3-resend-updated"_s);

    ConfirmationDialog::setNextAnswer(true, u"ticket 202: customer changed e-mail"_s);
    QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(u"resend"_s, id) && lastEntry(u"resend"_s, id)->state == JournalState::Succeeded,
                             5000);
    waitIdle();
    QVERIFY2(ConfirmationDialog::lastText().contains(u"new e-mail address new.person@example.org"_s),
             qPrintable(ConfirmationDialog::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(!model->indexForId(id).isValid(), 5000);

    // The validators on their own.
    QVERIFY(tremendous::ResendDialog::phoneProblem(u"+1 (555) 010-0199"_s).isEmpty());
    QCOMPARE(tremendous::ResendDialog::normalizedPhone(u"+1 (555) 010-0199"_s), u"+15550100199"_s);
    QVERIFY(!tremendous::ResendDialog::phoneProblem(u"12345"_s).isEmpty());
    QVERIFY(!tremendous::ResendDialog::phoneProblem(u"555-CALL-NOW"_s).isEmpty());
    QVERIFY(!tremendous::ResendDialog::emailProblem(u"a@b"_s).isEmpty());
}

void TestTremendousFlows::cancelOne() {
    tremendous::RewardModel* model = m_failed->model();
    const int row = actionableFailedRow();
    QVERIFY(row >= 0);
    const QString id = model->index(row, 0).data(tremendous::RewardModel::RowIdRole).toString();
    selectRow(m_failed->view(), row);
    ConfirmationDialog::setNextAnswer(true, u"ticket 203: duplicate reward"_s);
    pressOnList(m_failed->view(), Qt::Key_C);
    QTRY_VERIFY_WITH_TIMEOUT(lastEntry(u"cancel"_s, id) && lastEntry(u"cancel"_s, id)->state == JournalState::Succeeded,
                             5000);
    waitIdle();
    QVERIFY(ConfirmationDialog::lastText().startsWith(u"Cancel reward"_s));
    QCOMPARE(count("POST", u"/rewards/%1/cancel"_s.arg(id)), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!model->indexForId(id).isValid(), 3000);
    QCOMPARE(m_failed->message()->text(), u"Reward %1 canceled."_s.arg(id));

    // The API still reports the canceled reward's delivery as FAILED; a refresh must not bring it back (the journal
    // says it was canceled), while the other failed rewards come back.
    m_failed->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(), PagedTableModel::State::Loaded, 10000);
    QVERIFY(!model->indexForId(id).isValid());
    QVERIFY(model->rowCount() > 0);
}

void TestTremendousFlows::generateLink() {
    tremendous::RewardModel* model = m_failed->model();
    const int row = actionableFailedRow();
    QVERIFY(row >= 0);
    selectRow(m_failed->view(), row);
    const QString id = model->index(row, 0).data(tremendous::RewardModel::RowIdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_failed->shownRewardId(), id, 3000);
    tremendous::RewardActions* actions = m_failed->rewardActions();
    QVERIFY(!actions->hasLink());
    QCOMPARE(count("POST", u"/rewards/%1/generate_link"_s.arg(id)), 0); // only on click

    QTest::mouseClick(actions->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(actions->hasLink() || actions->message()->kind() == InlineMessage::Kind::Error, 5000);
    QVERIFY2(actions->hasLink(), qPrintable(actions->message()->text()));
    QCOMPARE(count("POST", u"/rewards/%1/generate_link"_s.arg(id)), 1);
    // Masked until revealed.
    QVERIFY(!actions->linkEdit()->text().contains(u"http"_s));
    QVERIFY(actions->linkEdit()->text().contains(u"hidden"_s));
    QVERIFY(actions->linkEdit()->contextMenuPolicy() == Qt::NoContextMenu);
    shoot(m_window, u"tremendous-failed-4-link-hidden"_s);
    QTest::mouseClick(actions->revealButton(), Qt::LeftButton);
    QVERIFY(actions->isLinkRevealed());
    const QString link = actions->linkEdit()->text();
    QVERIFY2(link.startsWith(u"http"_s), qPrintable(link));
    // Copied through the guard, then taken off the clipboard after its delay.
    QTest::mouseClick(actions->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), link);
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000);
    QVERIFY(actions->message()->text().contains(u"removed from the clipboard"_s));
    // Another reward forgets the link.
    if (model->rowCount() > 1) {
        selectRow(m_failed->view(), row == 0 ? 1 : 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_failed->shownRewardId() != id, 3000);
        QVERIFY(!actions->hasLink());
    }
}

void TestTremendousFlows::bulkApproveWithDryRun() {
    const QStringList pending = trFlowPendingOrderIds(m_sandbox, 4);
    QCOMPARE(pending.size(), 4);
    // One order that is not pending approval (approved first), listed in the dry run and skipped.
    QList<tremendous::BulkItem> items = orderItems(pending.mid(0, 3));
    const QString executed = pending.at(3);
    ConfirmationDialog::setNextAnswer(true, u"setup"_s);
    QVERIFY(m_flow->run(tremendous::Action::Approve, orderItems({executed})));
    waitIdle();
    QCOMPARE(lastEntry(u"approve"_s, executed)->state, JournalState::Succeeded);
    items.insert(1, orderItems({executed}).first());
    QVERIFY(!items.at(1).blockedReason.isEmpty());

    // The real dry-run dialog: count, totals, environment, the blocked row with its reason; reason required.
    QVERIFY(m_flow->run(tremendous::Action::Approve, items));
    // The dry run is a ConfirmationDialog whose extra content is the summary (the skipped rows).
    auto* confirmation = waitForDialog<ConfirmationDialog>();
    auto* summary = confirmation ? confirmation->findChild<tremendous::BulkSummaryDialog*>() : nullptr;
    QVERIFY(summary);
    QCOMPARE(summary->summary().dryRun.actionable, 3);
    QCOMPARE(summary->blockedTable()->rowCount(), 1);
    QCOMPARE(summary->blockedTable()->item(0, 0)->text(), executed);
    QVERIFY(summary->blockedTable()->item(0, 1)->text().contains(u"not PENDING APPROVAL"_s));
    const QString text = tremendous::BulkSummaryDialog::plainText(summary->summary());
    // (English plural forms come from the app's translation catalogue, which tests do not load: "order(s)".)
    QVERIFY2(text.contains(u"Approve 3 order"_s) && text.contains(u"USD "_s) && text.contains(u"DEMO"_s),
             qPrintable(text));
    QVERIFY(!summary->confirmButton()->isEnabled());
    QTest::keyClicks(summary->reasonEdit(), u"morning approval queue"_s);
    QVERIFY(summary->confirmButton()->isEnabled());
    shoot(confirmation, u"tremendous-bulk-1-dry-run"_s);
    const int approvesBefore = [&] {
        int n = 0;
        for (const QString& id : pending)
            n += count("POST", u"/order_approvals/%1/approve"_s.arg(id));
        return n;
    }();
    QTest::mouseClick(summary->confirmButton(), Qt::LeftButton);

    tremendous::BulkDialog* dialog = waitForDialog<tremendous::BulkDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog, m_flow->bulkDialog());
    QVERIFY(!dialog->closeButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->runner()->isRunning(), 10000);
    QVERIFY(dialog->closeButton()->isEnabled());
    QVERIFY(!dialog->stopButton()->isEnabled());
    QCOMPARE(dialog->progressText(), u"4 of 4 · 3 applied · 0 not applied · 0 unknown · 1 skipped"_s);
    QCOMPARE(dialog->model()->rowCount(), 4);
    QCOMPARE(dialog->model()
                 ->index(1, tremendous::BulkResultModel::Outcome)
                 .data(tremendous::BulkResultModel::OutcomeRole)
                 .toInt(),
             int(tremendous::BulkItemResult::Outcome::Skipped));
    int approvesAfter = 0;
    for (const QString& id : pending)
        approvesAfter += count("POST", u"/order_approvals/%1/approve"_s.arg(id));
    QCOMPARE(approvesAfter, approvesBefore + 3); // the skipped one was not sent
    for (const QString& id : pending.mid(0, 3)) {
        QCOMPARE(lastEntry(u"approve"_s, id)->state, JournalState::Succeeded);
        QCOMPARE(lastEntry(u"approve"_s, id)->reason, u"morning approval queue"_s);
    }
    shoot(dialog, u"tremendous-bulk-2-results"_s);

    // Export CSV… through the (non-native) file dialog.
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->fileDialog() && dialog->fileDialog()->isVisible());
    const QString path = m_dir.filePath(u"bulk.csv"_s);
    dialog->fileDialog()->selectFile(path);
    QMetaObject::invokeMethod(dialog->fileDialog(), "accept");
    QTRY_VERIFY(QFile::exists(path));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(csv.readAll());
    const QStringList lines = content.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header + 4 items
    for (const QString& id : pending.mid(0, 3))
        QVERIFY2(content.contains(id), qPrintable(content));
    QVERIFY(lines.at(2).contains(executed));
    QVERIFY(dialog->statusLabel()->text().contains(u"Results saved"_s));
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_flow->bulkDialog());
}

void TestTremendousFlows::bulkStopBetweenItems() {
    const QStringList pending = trFlowPendingOrderIds(m_sandbox, 4);
    QCOMPARE(pending.size(), 4);
    const QList<tremendous::BulkItem> items = orderItems(pending);
    m_flow->setInterval(std::chrono::milliseconds(400));
    auto sent = [&] {
        int n = 0;
        for (const QString& id : pending)
            n += count("POST", u"/order_approvals/%1/approve"_s.arg(id));
        return n;
    };
    QCOMPARE(sent(), 0);
    // The dry run answered through the one confirmation seam.
    ConfirmationDialog::setNextAnswer(true, u"stop test"_s);
    QVERIFY(m_flow->run(tremendous::Action::Reject, items));
    tremendous::BulkDialog* dialog = waitForDialog<tremendous::BulkDialog>();
    QVERIFY(dialog);
    QVERIFY(ConfirmationDialog::lastText().contains(u"Reject 4 order"_s));
    tremendous::BulkRunner* runner = dialog->runner();
    QTRY_VERIFY_WITH_TIMEOUT(runner->results().at(0).applied(), 5000);
    // Closing while it runs asks; "No" keeps it running.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    dialog->close();
    QTRY_VERIFY(MessageBoxes::lastText().contains(u"Stop it after the item being sent"_s));
    QVERIFY(runner->isRunning());
    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 5000);
    m_flow->setInterval(std::chrono::milliseconds(20));

    int applied = 0, skipped = 0;
    for (const tremendous::BulkItemResult& r : runner->results()) {
        applied += r.applied() ? 1 : 0;
        skipped += r.outcome == tremendous::BulkItemResult::Outcome::Skipped ? 1 : 0;
        // Not sent: either never journaled, or journaled just before the stop and closed as not applied.
        if (r.outcome == tremendous::BulkItemResult::Outcome::Skipped && !r.journalEntry.isEmpty())
            QCOMPARE(m_journal->entry(r.journalEntry)->state, JournalState::NotApplied);
    }
    QVERIFY(applied >= 1 && applied <= 2);
    QCOMPARE(applied + skipped, 4);
    QCOMPARE(sent(), 0); // approvals: none (this run rejected)
    int rejects = 0;
    for (const QString& id : pending)
        rejects += count("POST", u"/order_approvals/%1/reject"_s.arg(id));
    QCOMPARE(rejects, applied);
    QVERIFY(dialog->progressText().contains(u"%1 skipped"_s.arg(skipped)));
    QVERIFY(dialog->statusLabel()->text().startsWith(u"Stopped"_s));
    QCOMPARE(dialog->stopButton()->text(), u"Stopped"_s);
    QVERIFY(dialog->closeButton()->isEnabled());
    shoot(dialog, u"tremendous-bulk-3-stopped"_s);
    dialog->close();
    QTRY_VERIFY(!m_flow->bulkDialog());
}

void TestTremendousFlows::unknownOutcomeIsReadBack() {
    const QString id = trFlowPendingOrderIds(m_sandbox, 1).value(0);
    QVERIFY(!id.isEmpty());
    const QString path = kPrefix + u"/order_approvals/%1/approve"_s.arg(id);
    Fault fault;
    fault.kind = Fault::Kind::DropAfterApply;
    fault.method = "POST";
    fault.path = path;
    fault.count = 1;
    m_sandbox->faults()->add(fault);

    tremendous::RunObserver observer; // the messages of this run, as the page that started it sees them
    QSignalSpy messages(&observer, &tremendous::RunObserver::message);
    ConfirmationDialog::setNextAnswer(true, u"ticket 301"_s);
    QVERIFY(m_flow->run(tremendous::Action::Approve, orderItems({id}), {}, &observer));
    waitIdle();
    QCOMPARE(m_sandbox->http()->requestCount("POST", path), 1); // never retried
    const tremendous::BulkItemResult result = m_flow->currentRunner()->results().at(0);
    QCOMPARE(result.outcome, tremendous::BulkItemResult::Outcome::Succeeded); // confirmed by reading the order back
    const std::optional<JournalEntry> entry = lastEntry(u"approve"_s, id);
    QVERIFY(entry);
    QCOMPARE(entry->state, JournalState::ReconciledApplied);
    bool sawReading = false;
    for (const QList<QVariant>& args : std::as_const(messages))
        sawReading = sawReading || args.at(0).toString().contains(u"reading it back"_s);
    QVERIFY(sawReading);
    const QString last = messages.constLast().at(0).toString();
    QVERIFY2(last.startsWith(u"Order %1 approved. Confirmed by reading the order back"_s.arg(id)), qPrintable(last));
    QVERIFY(!messages.constLast().at(1).toBool());
}

void TestTremendousFlows::approvalsOffAndInsufficientFunds() {
    const QStringList ids = trFlowPendingOrderIds(m_sandbox, 2);
    QCOMPARE(ids.size(), 2);
    tremendous::RunObserver observer; // the messages of these runs, as the page that started them sees them
    QSignalSpy messages(&observer, &tremendous::RunObserver::message);

    trFlowSetApprovalsViaApi(m_sandbox, false);
    ConfirmationDialog::setNextAnswer(true, u"ticket 401"_s);
    QVERIFY(m_flow->run(tremendous::Action::Approve, orderItems({ids.at(0)}), {}, &observer));
    waitIdle();
    trFlowSetApprovalsViaApi(m_sandbox, true);
    QVERIFY2(messages.constLast().at(0).toString().contains(
                 u"Approvals via API is turned off for this organization (Tremendous dashboard > Order approvals)"_s),
             qPrintable(messages.constLast().at(0).toString()));
    QVERIFY(messages.constLast().at(1).toBool());
    QCOMPARE(lastEntry(u"approve"_s, ids.at(0))->state, JournalState::NotApplied);

    const qint64 balance = trFlowBalanceCents(m_sandbox);
    trFlowSetBalanceCents(m_sandbox, 0);
    ConfirmationDialog::setNextAnswer(true, u"ticket 402"_s);
    QVERIFY(m_flow->run(tremendous::Action::Approve, orderItems({ids.at(1)}), {}, &observer));
    waitIdle();
    trFlowSetBalanceCents(m_sandbox, balance);
    QVERIFY2(messages.constLast().at(0).toString().contains(u"nsufficient funds"_s),
             qPrintable(messages.constLast().at(0).toString()));
    QCOMPARE(lastEntry(u"approve"_s, ids.at(1))->state, JournalState::NotApplied);
}

QTEST_MAIN(TestTremendousFlows)
#include "tst_tremendousflows.moc"
