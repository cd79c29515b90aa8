// The Tremendous tab offscreen at 1280x800 against the built-in sandbox over real HTTP: the approvals queue
// is exactly the sandbox's pending orders (newest first) with the count in the tab title and the page title; the
// balance in the header; order detail with the payment numbers; approve one from the keyboard (A, a reason through
// the confirmation seam: the row leaves the queue, GET says EXECUTED, the journal says Succeeded, the balance is read
// again, the next order becomes current and the focus stays in the list); reject one (R, the reason journaled);
// approvals via API turned off (the 403 in plain words, the row stays); a bulk approve of two; lookup by order ID,
// external ID, e-mail and custom field; the fraud rules page. Set REWARDDESK_SCREENSHOT_DIR to keep screenshots.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "api/accounts/accountstore.h"
#include "api/core/httptransport.h"
#include "api/credentials/memorycredentialstore.h"
#include "api/journal/actionjournal.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxserver.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/format.h"
#include "models/tremendous/fraudrulemodel.h"
#include "models/tremendous/namecache.h"
#include "models/tremendous/ordermodel.h"
#include "models/tremendous/rewardmodel.h"
#include "support/appfixture.h"
#include "ui/common/confirmationdialog.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/jsonview.h"
#include "ui/common/liststatusbar.h"
#include "ui/darkpalette.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/actionwords.h"
#include "ui/tremendous/approvalspage.h"
#include "ui/tremendous/bulkdialog.h"
#include "ui/tremendous/fraudrulesview.h"
#include "ui/tremendous/lookuppage.h"
#include "ui/tremendous/orderdetailpane.h"
#include "ui/tremendous/rewardactions.h"
#include "ui/tremendous/tremendoustab.h"
#include "ui/tremendous/trsandboxfacts.h"

using namespace rd;
using namespace rd::tremendous;
using namespace rd::test;
using namespace Qt::StringLiterals;

class TestTremendousTab : public QObject, protected AppFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parseLookupInput();
    void pendingQueueAndBadge();
    void orderDetailPayment();
    void approveOne();
    void rejectOne();
    void approvalsTurnedOff();
    void bulkApprove();
    void showAllOrders();
    void lookUpOrders();
    void lookUpRewards();
    void fraudRules();
    void rejectedKey();

private:
    int approvePosts(const QString& id) const {
        return m_sandbox->http()->requestCount("POST", SandboxServer::pathPrefix(Vendor::Tremendous) +
                                                           u"/order_approvals/%1/approve"_s.arg(id));
    }
    void shoot(QWidget* widget, const QString& name);
    void makeCurrent(const QString& orderId);
    std::optional<tremendous::Order> readOrder(const QString& id);
    std::optional<JournalEntry> lastEntry(const QString& action, const QString& objectId) const;
    QStringList modelIds() const;
    tremendous::ApprovalsPage* approvals() const { return m_tab->approvalsPanel(); }
    tremendous::OrderModel* orders() const { return m_tab->approvalsPanel()->model(); }

    Account m_account;
    tremendous::Tab* m_tab = nullptr;
    std::unique_ptr<QSignalSpy> m_titleSpy;
};

void TestTremendousTab::initTestCase() {
    rd::test::applyScreenshotTheme(); // REWARDDESK_SCREENSHOT_DARK: the screenshots in a dark theme
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(startApp());
    trSandboxSetAsyncDelay(m_sandbox, 100);
    const QString id = addSandboxAccount(Vendor::Tremendous, u"Tremendous demo"_s);
    m_account = *m_accounts->find(id);

    // Built while the key is still being read: the tab waits for it (onSessionChanged) before loading anything.
    m_tab = new tremendous::Tab(m_context, m_account);
    m_titleSpy = std::make_unique<QSignalSpy>(m_tab, &VendorTab::titleChanged);
    new QAbstractItemModelTester(orders(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_tab->flow()->setInterval(std::chrono::milliseconds(20));
    m_tab->resize(1280, 800);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    m_tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tab));
    QTRY_COMPARE_WITH_TIMEOUT(m_sessions->state(id), AccountSessions::State::Ready, 5000);
}

void TestTremendousTab::cleanupTestCase() {
    delete m_tab;
}

void TestTremendousTab::shoot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("REWARDDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(80);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

QStringList TestTremendousTab::modelIds() const {
    QStringList ids;
    for (int row = 0; row < orders()->rowCount(); ++row)
        ids << orders()->index(row, 0).data(tremendous::OrderModel::RowIdRole).toString();
    return ids;
}

void TestTremendousTab::makeCurrent(const QString& orderId) {
    const QModelIndex index = orders()->indexForId(orderId);
    QVERIFY(index.isValid());
    approvals()->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
    approvals()->view()->setFocus();
}

std::optional<tremendous::Order> TestTremendousTab::readOrder(const QString& id) {
    std::optional<tremendous::Order> order;
    bool done = false;
    m_tab->client()->order(id, this, [&](ApiResult<tremendous::Order> result) {
        done = true;
        if (result.ok())
            order = result.value();
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return std::nullopt;
    return order;
}

std::optional<JournalEntry> TestTremendousTab::lastEntry(const QString& action, const QString& objectId) const {
    const QList<JournalEntry>& entries = m_journal->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->action == action && it->objectId == objectId)
            return *it;
    }
    return std::nullopt;
}

void TestTremendousTab::parseLookupInput() {
    using Kind = tremendous::LookupPage::Kind;
    QCOMPARE(tremendous::LookupPage::parseInput(u"  AB12CD34EF  "_s).kind, Kind::Order);
    QCOMPARE(tremendous::LookupPage::parseInput(u"  AB12CD34EF  "_s).text, u"AB12CD34EF"_s);
    QCOMPARE(tremendous::LookupPage::parseInput(u"crm-999999993"_s).kind, Kind::Order);
    QCOMPARE(tremendous::LookupPage::parseInput(u"123456789"_s).kind, Kind::Order); // numeric external ids stay ids
    QCOMPARE(tremendous::LookupPage::parseInput(u"j.doe@example.com"_s).kind, Kind::Recipient);
    QCOMPARE(tremendous::LookupPage::parseInput(u"+1 555 123 4567"_s).kind, Kind::Recipient);
    QCOMPARE(tremendous::LookupPage::parseInput(u"(555) 123-4567"_s).kind, Kind::Recipient);
    const tremendous::LookupPage::Query field = tremendous::LookupPage::parseInput(u" customer_id = 42 "_s);
    QCOMPARE(field.kind, Kind::CustomField);
    QCOMPARE(field.label, u"customer_id"_s);
    QCOMPARE(field.value, u"42"_s);
    QVERIFY(!tremendous::LookupPage::parseInput(u"customer_id="_s).problem.isEmpty());
    QVERIFY(!tremendous::LookupPage::parseInput(u"   "_s).problem.isEmpty());
    QVERIFY(!tremendous::LookupPage::parseInput(u"j.doe@"_s).problem.isEmpty());
    // Forced readings.
    QCOMPARE(tremendous::LookupPage::parseInput(u"5551234567"_s, Kind::Recipient).kind, Kind::Recipient);
    QCOMPARE(tremendous::LookupPage::parseInput(u"a=b"_s, Kind::Order).kind, Kind::Order);
}

void TestTremendousTab::pendingQueueAndBadge() {
    QTRY_VERIFY_WITH_TIMEOUT(orders()->isComplete(), 10000);
    const QStringList expected = trSandboxPendingIds(m_sandbox);
    QVERIFY2(expected.size() >= 6, qPrintable(u"only %1 pending orders in the sandbox"_s.arg(expected.size())));
    // Exactly the sandbox's pending orders, newest first.
    QCOMPARE(modelIds(), expected);
    for (int row = 0; row < orders()->rowCount(); ++row)
        QVERIFY(orders()->index(row, 0).data(tremendous::OrderModel::PendingRole).toBool());
    QCOMPARE(orders()->pendingCount(), expected.size());
    QCOMPARE(approvals()->pendingCount(), int(expected.size()));

    // The badge: the tab's title (with titleChanged) and the page's title.
    const QString badge = u" (%1)"_s.arg(expected.size());
    QCOMPARE(m_tab->tabTitle(), u"Tremendous demo"_s + badge);
    QVERIFY(m_titleSpy->count() >= 1);
    QCOMPARE(m_tab->pages()->tabText(tremendous::Tab::Approvals), u"Approvals"_s + badge);
    QVERIFY(approvals()->status()->countText().contains(QString::number(expected.size())));
    QVERIFY(approvals()->status()->countText().contains(u"waiting"_s));

    // The balance in the header (GET /funding_sources/BALANCE).
    const QString balance = tremendous::ActionWords::money(trSandboxBalanceCents(m_sandbox), u"USD"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->balanceLabel()->text().contains(balance), 5000);
    QVERIFY(m_tab->balanceLabel()->text().startsWith(u"Balance: "_s));
    QVERIFY(m_tab->balanceLabel()->text().contains(u"pending"_s));

    // Campaign names instead of ids, once the names are in.
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->nameCache()->hasData() && !m_tab->nameCache()->isLoading(), 5000);
    int named = 0;
    for (int row = 0; row < orders()->rowCount(); ++row) {
        const QString campaignId = orders()->index(row, 0).data(tremendous::OrderModel::CampaignIdRole).toString();
        if (campaignId.isEmpty())
            continue;
        const QString shown = orders()->index(row, tremendous::OrderModel::Column::Campaign).data().toString();
        QCOMPARE(shown, m_tab->nameCache()->campaignName(campaignId));
        QVERIFY(shown != campaignId);
        ++named;
    }
    QVERIFY(named > 0);

    // The newest order is current at once: A/R/Enter work without a click.
    QVERIFY(approvals()->view()->currentIndex().isValid());
    QCOMPARE(approvals()->view()->currentIndex().data(tremendous::OrderModel::RowIdRole).toString(), expected.first());

    // Multi-select with the mouse: a click, Shift+click (a range), Ctrl+click (one more).
    QTableView* view = approvals()->view();
    auto rowCentre = [view](int row) { return view->visualRect(view->model()->index(row, 2)).center(); };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rowCentre(0));
    QCOMPARE(approvals()->selectedIds(), QStringList{expected.at(0)});
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCentre(2));
    QCOMPARE(approvals()->selectedIds(), expected.mid(0, 3));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCentre(4));
    QCOMPARE(approvals()->selectedIds(), (expected.mid(0, 3) << expected.at(4)));
    QVERIFY(approvals()->selectionLabel()->text().contains(u"4 selected"_s));
    QVERIFY(approvals()->selectionLabel()->text().contains(u"USD"_s));
    QCOMPARE(approvals()->approveButton()->text(), u"Approve 4…"_s);
    QVERIFY(approvals()->approveButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!approvals()->detailPane()->isLoading() && approvals()->detailPane()->order(), 5000);
    shoot(m_tab, u"tremendous-1-approvals-selection"_s);

    // Select all pending (the button and the shortcut).
    approvals()->view()->clearSelection();
    QTest::mouseClick(approvals()->selectAllButton(), Qt::LeftButton);
    QCOMPARE(approvals()->selectedIds().size(), expected.size());
    approvals()->view()->clearSelection();
    QTest::keyClick(approvals()->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(approvals()->selectedIds().size(), expected.size());
}

void TestTremendousTab::orderDetailPayment() {
    m_tab->pages()->setCurrentIndex(tremendous::Tab::Approvals);
    const QString id = trSandboxPendingIds(m_sandbox).at(1);
    const TrSandboxOrderFacts facts = trSandboxOrder(m_sandbox, id);
    QVERIFY(facts.hasPayment);
    makeCurrent(id);
    QTest::keyClick(approvals()->view(), Qt::Key_Return); // Enter: the detail now, without the pause
    tremendous::OrderDetailPane* detail = approvals()->detailPane();
    QTRY_COMPARE_WITH_TIMEOUT(detail->orderId(), id, 5000);
    QTRY_VERIFY(!detail->isLoading());

    const QString payment = detail->paymentText();
    QVERIFY2(payment.contains(u"Subtotal: "_s + formatCents(facts.subtotalCents, u"USD"_s)), qPrintable(payment));
    QVERIFY(payment.contains(u"Fees: "_s + formatCents(facts.feesCents, u"USD"_s)));
    QVERIFY(payment.contains(u"Discount: "_s + formatCents(facts.discountCents, u"USD"_s)));
    QVERIFY(payment.contains(u"Total: "_s + formatCents(facts.totalCents, u"USD"_s)));
    QVERIFY(payment.contains(u"Refund: none"_s));
    const QString details = detail->detailsText();
    QVERIFY2(details.contains(u"Pending approval"_s), qPrintable(details));
    QVERIFY(details.contains(u" ago"_s));
    QVERIFY(detail->approveButton()->isEnabled());
    QVERIFY(detail->rejectButton()->isEnabled());

    // The rewards with their delivery states, and the actions of the selected one.
    const tremendous::Order order = *detail->order();
    QCOMPARE(detail->rewardsTable()->rowCount(), order.rewards.size());
    QVERIFY(detail->rewardActions()->reward().has_value());
    QCOMPARE(detail->rewardActions()->reward()->id, order.rewards.first().id);
    QCOMPARE(detail->rewardsTable()->item(0, 0)->text(), order.rewards.first().recipientDisplay());
    // The raw JSON, masked.
    QVERIFY(detail->jsonView()->jsonText().contains(id));
    QVERIFY(detail->jsonView()->jsonText().contains(u"\"payment\""_s));
    shoot(m_tab, u"tremendous-2-order-detail"_s);
}

void TestTremendousTab::approveOne() {
    const QStringList before = modelIds();
    const QString id = before.at(0);
    const QString next = before.at(1);
    const TrSandboxOrderFacts facts = trSandboxOrder(m_sandbox, id);
    const qint64 balanceBefore = trSandboxBalanceCents(m_sandbox);
    const int pending = orders()->pendingCount();
    makeCurrent(id);

    ConfirmationDialog::setNextAnswer(true, u"Customer verified by phone"_s);
    QTest::keyClick(approvals()->view(), Qt::Key_A);
    QVERIFY(ConfirmationDialog::lastText().contains(id));
    QVERIFY(ConfirmationDialog::lastText().contains(u"DEMO"_s));

    // The row leaves the queue; the next order becomes current; the focus stays in the list.
    QTRY_VERIFY_WITH_TIMEOUT(!orders()->indexForId(id).isValid(), 5000);
    QCOMPARE(orders()->pendingCount(), pending - 1);
    QCOMPARE(m_tab->tabTitle(), u"Tremendous demo (%1)"_s.arg(pending - 1));
    QTRY_VERIFY(!m_tab->flow()->isRunning());
    QTRY_COMPARE(approvals()->view()->currentIndex().data(tremendous::OrderModel::RowIdRole).toString(), next);
    QTRY_VERIFY(approvals()->view()->hasFocus());
    QTRY_VERIFY(approvals()->message()->text().contains(u"approved"_s));

    // Tremendous says EXECUTED; the journal says Succeeded with the reason.
    const std::optional<tremendous::Order> read = readOrder(id);
    QVERIFY(read);
    QCOMPARE(read->status, tremendous::OrderStatus::Executed);
    const std::optional<JournalEntry> entry = lastEntry(u"approve"_s, id);
    QVERIFY(entry);
    QCOMPARE(entry->state, JournalState::Succeeded);
    QCOMPARE(entry->reason, u"Customer verified by phone"_s);
    QCOMPARE(entry->objectType, u"order"_s);
    QCOMPARE(approvePosts(id), 1); // one confirmation, one request

    // The balance was read again.
    const qint64 balanceAfter = trSandboxBalanceCents(m_sandbox);
    QCOMPARE(balanceAfter, balanceBefore - facts.totalCents);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_tab->balanceLabel()->text().contains(tremendous::ActionWords::money(balanceAfter, u"USD"_s)), 5000);
}

void TestTremendousTab::rejectOne() {
    const QString id = approvals()->view()->currentIndex().data(tremendous::OrderModel::RowIdRole).toString();
    QVERIFY(!id.isEmpty());
    const qint64 balanceBefore = trSandboxBalanceCents(m_sandbox);
    ConfirmationDialog::setNextAnswer(true, u"Duplicate of an earlier order"_s);
    QTest::keyClick(approvals()->view(), Qt::Key_R);
    QTRY_VERIFY_WITH_TIMEOUT(!orders()->indexForId(id).isValid(), 5000);
    QTRY_VERIFY(!m_tab->flow()->isRunning());
    QTRY_VERIFY(approvals()->message()->text().contains(u"rejected"_s));

    const std::optional<tremendous::Order> read = readOrder(id);
    QVERIFY(read);
    QCOMPARE(read->status, tremendous::OrderStatus::Canceled);
    const std::optional<JournalEntry> entry = lastEntry(u"reject"_s, id);
    QVERIFY(entry);
    QCOMPARE(entry->state, JournalState::Succeeded);
    QCOMPARE(entry->reason, u"Duplicate of an earlier order"_s);
    QCOMPARE(trSandboxBalanceCents(m_sandbox), balanceBefore); // nothing debited
    QVERIFY(approvals()->view()->currentIndex().isValid());
}

void TestTremendousTab::approvalsTurnedOff() {
    trSandboxSetApprovalsViaApi(m_sandbox, false);
    const QString id = approvals()->view()->currentIndex().data(tremendous::OrderModel::RowIdRole).toString();
    QVERIFY(!id.isEmpty());
    makeCurrent(id);
    const int pending = orders()->pendingCount();
    ConfirmationDialog::setNextAnswer(true, u"Approved by the team lead"_s);
    QTest::keyClick(approvals()->view(), Qt::Key_A);
    QTRY_VERIFY(!m_tab->flow()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(approvals()->message()->kind() == InlineMessage::Kind::Error, 5000);
    const QString text = approvals()->message()->text();
    QVERIFY2(text.contains(u"Approvals via API is turned off"_s), qPrintable(text));
    QVERIFY(text.contains(u"Nothing was changed"_s));
    // The row stays, still pending.
    QVERIFY(orders()->indexForId(id).isValid());
    QCOMPARE(orders()->pendingCount(), pending);
    const std::optional<JournalEntry> entry = lastEntry(u"approve"_s, id);
    QVERIFY(entry);
    QCOMPARE(entry->state, JournalState::NotApplied);
    QCOMPARE(approvePosts(id), 1); // never retried
    trSandboxSetApprovalsViaApi(m_sandbox, true);
}

void TestTremendousTab::bulkApprove() {
    const QStringList ids = modelIds().mid(0, 2);
    QCOMPARE(ids.size(), 2);
    const int pending = orders()->pendingCount();
    QItemSelection selection;
    for (const QString& id : ids)
        selection.select(orders()->indexForId(id),
                         orders()->indexForId(id, tremendous::OrderModel::Column::ColumnCount - 1));
    approvals()->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(approvals()->selectedIds(), ids);
    ConfirmationDialog::setNextAnswer(true, u"Monthly payout batch"_s);
    QTest::keyClick(approvals()->view(), Qt::Key_A);
    QTRY_VERIFY_WITH_TIMEOUT(!orders()->indexForId(ids.at(0)).isValid() && !orders()->indexForId(ids.at(1)).isValid(),
                             8000);
    QTRY_VERIFY(!m_tab->flow()->isRunning());
    QCOMPARE(orders()->pendingCount(), pending - 2);
    for (const QString& id : ids) {
        const std::optional<JournalEntry> entry = lastEntry(u"approve"_s, id);
        QVERIFY(entry);
        QCOMPARE(entry->state, JournalState::Succeeded);
        QCOMPARE(entry->reason, u"Monthly payout batch"_s);
    }
    QTRY_VERIFY(approvals()->message()->text().contains(u"2 approved"_s));
    if (tremendous::BulkDialog* dialog = m_tab->flow()->bulkDialog())
        dialog->close();
    QTRY_VERIFY(approvals()->view()->currentIndex().isValid());
}

void TestTremendousTab::showAllOrders() {
    const int pending = orders()->pendingCount();
    QVERIFY(approvals()->view()->horizontalHeader()->isSectionHidden(tremendous::OrderModel::Column::Status));
    approvals()->showAllCheck()->setChecked(true);
    QTRY_VERIFY(orders()->rowCount() > pending);
    QVERIFY(!approvals()->view()->horizontalHeader()->isSectionHidden(tremendous::OrderModel::Column::Status));
    // The approved and rejected ones are there with their new state; actions are refused for them.
    bool sawNotPending = false;
    for (int row = 0; row < orders()->rowCount(); ++row) {
        if (!orders()->index(row, 0).data(tremendous::OrderModel::PendingRole).toBool()) {
            sawNotPending = true;
            const tremendous::BulkItem item = bulkItem(*orders()->rowAt(orders()->index(row, 0)));
            QVERIFY(!item.blockedReason.isEmpty());
        }
    }
    QVERIFY(sawNotPending);
    QCOMPARE(orders()->pendingCount(), pending); // the badge counts pending orders either way
    approvals()->showAllCheck()->setChecked(false);
    QCOMPARE(orders()->rowCount(), pending);
}

void TestTremendousTab::lookUpOrders() {
    m_tab->pages()->setCurrentIndex(tremendous::Tab::Lookup);
    tremendous::LookupPage* lookup = m_tab->lookupPanel();
    tremendous::OrderDetailPane* detail = lookup->detailPane();

    // By order ID.
    const TrSandboxOrderFacts executed = trSandboxOrderAt(m_sandbox, 2);
    lookup->lookupEdit()->setText(u"  "_s + executed.id + u" "_s);
    QTest::keyClick(lookup->lookupEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(detail->orderId(), executed.id, 5000);
    QTRY_VERIFY(!detail->isLoading());
    QVERIFY(detail->detailsText().contains(u"Executed"_s));
    QVERIFY(!detail->approveButton()->isEnabled()); // not pending
    QVERIFY(!lookup->resultsShown());

    // By external ID (order 0 has one).
    const TrSandboxOrderFacts first = trSandboxOrderAt(m_sandbox, 0);
    QVERIFY(!first.externalId.isEmpty());
    lookup->lookupEdit()->setText(first.externalId);
    QTest::keyClick(lookup->lookupEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(detail->orderId(), first.id, 5000);
    QVERIFY(detail->detailsText().contains(first.externalId));

    // An unknown ID: plain words where it happened.
    lookup->lookupEdit()->setText(u"NOSUCHORDER42"_s);
    QTest::keyClick(lookup->lookupEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(detail->message()->kind() == InlineMessage::Kind::Error && detail->message()->hasMessage(),
                             5000);
    QVERIFY2(detail->message()->text().contains(u"no order"_s), qPrintable(detail->message()->text()));

    // Input that cannot be looked up.
    lookup->lookupEdit()->setText(u"customer_id="_s);
    QTest::keyClick(lookup->lookupEdit(), Qt::Key_Return);
    QVERIFY(lookup->message()->hasMessage());
    QCOMPARE(lookup->message()->kind(), InlineMessage::Kind::Error);
}

void TestTremendousTab::lookUpRewards() {
    tremendous::LookupPage* lookup = m_tab->lookupPanel();
    tremendous::OrderDetailPane* detail = lookup->detailPane();
    tremendous::RewardModel* rewards = lookup->rewardModel();

    // By e-mail: every reward is read, the matches listed; the first one's order opens with that reward selected.
    const TrSandboxOrderFacts bounced = trSandboxOrderAt(m_sandbox, 2);
    QVERIFY(!bounced.email.isEmpty());
    lookup->lookupEdit()->setText(bounced.email);
    QTest::keyClick(lookup->lookupEdit(), Qt::Key_Return);
    QVERIFY(lookup->resultsShown());
    QTRY_VERIFY_WITH_TIMEOUT(rewards->isComplete(), 10000);
    QVERIFY(rewards->rowCount() > 0);
    for (int row = 0; row < rewards->rowCount(); ++row)
        QCOMPARE(rewards->index(row, tremendous::RewardModel::Recipient).data().toString().toLower(),
                 bounced.email.toLower());
    QVERIFY(!lookup->progressLabel()->text().isEmpty());
    const QModelIndex first = rewards->index(0, 0);
    const QString rewardId = first.data(tremendous::RewardModel::RowIdRole).toString();
    const QString orderId = first.data(tremendous::RewardModel::OrderIdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(detail->orderId(), orderId, 5000);
    QTRY_VERIFY(!detail->isLoading());
    QCOMPARE(detail->selectedRewardId(), rewardId);
    QCOMPARE(detail->rewardActions()->reward()->id, rewardId);
    shoot(m_tab, u"tremendous-3-lookup-recipient"_s);

    // By custom field (Tremendous filters).
    lookup->lookupEdit()->setText(u"no_such_label=1"_s);
    QTest::keyClick(lookup->lookupEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(rewards->isComplete(), 5000);
    QCOMPARE(rewards->rowCount(), 0);
    QCOMPARE(rewards->mode(), tremendous::RewardModel::Mode::ByCustomField);
}

void TestTremendousTab::fraudRules() {
    m_tab->pages()->setCurrentIndex(tremendous::Tab::FraudRules);
    tremendous::FraudRulesView* rules = m_tab->fraudRulesView();
    QTRY_COMPARE_WITH_TIMEOUT(rules->model()->state(), tremendous::FraudRuleModel::State::Loaded, 5000);
    QVERIFY(rules->model()->rowCount() > 0);
    // In words, not the raw rule type.
    const QString first = rules->model()->index(0, tremendous::FraudRuleModel::Rule).data().toString();
    QCOMPARE(first, tremendous::fraudRuleDisplay(rules->model()->rules().first().ruleTypeRaw));
    QVERIFY(!first.contains(u'_'));
    QVERIFY(rules->view()->currentIndex().isValid());
    QVERIFY(rules->status()->countText().contains(QString::number(rules->model()->rowCount())));
    shoot(m_tab, u"tremendous-4-fraud-rules"_s);
    // F5 on this page reads the rules again.
    m_tab->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(rules->model()->state(), tremendous::FraudRuleModel::State::Loaded, 5000);
}

void TestTremendousTab::rejectedKey() {
    // A second account whose key Tremendous refuses: the words say what to do, where it happened.
    Account account;
    account.vendor = Vendor::Tremendous;
    account.environment = Environment::Demo;
    account.baseUrl = m_sandbox->baseUrl(Vendor::Tremendous);
    account.displayName = u"Tremendous wrong key"_s;
    const QString id = m_accounts->add(account);
    m_memory->write(id, u"api_key"_s, "TEST_not-the-right-key"_ba, this, [](const CredentialResult&) {});
    m_sessions->reload(id);
    QTRY_COMPARE_WITH_TIMEOUT(m_sessions->state(id), AccountSessions::State::Ready, 5000);
    tremendous::Tab tab(m_context, *m_accounts->find(id));
    tab.resize(1280, 800);
    tab.show();
    tremendous::ApprovalsPage* panel = tab.approvalsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->state(), tremendous::OrderModel::State::Error, 5000);
    QVERIFY(panel->status()->retryButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(tab.balanceLabel()->text().contains(u"unavailable"_s), 5000);
    QTRY_VERIFY(tab.message()->hasMessage());
    QCOMPARE(tab.message()->kind(), InlineMessage::Kind::Error);
    QCOMPARE(tab.message()->linkId(), u"accounts"_s);
    QVERIFY2(tab.message()->text().contains(u"rejected"_s) || tab.message()->text().contains(u"API key"_s),
             qPrintable(tab.message()->text()));
    QCOMPARE(tab.tabTitle(), u"Tremendous wrong key"_s); // no badge without a queue
    shoot(&tab, u"tremendous-5-rejected-key"_s);
}

QTEST_MAIN(TestTremendousTab)
#include "tst_tremendoustab.moc"
