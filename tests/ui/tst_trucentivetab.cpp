// The TruCentive tab offscreen, inside the real main window at 1280x800, against the built-in sandbox over real HTTP:
// look an envelope up by ID (typed, pasted with whitespace, inside a pasted link), reveal and copy its link (the
// clipboard is cleared after the guard's delay), open it (confirmation with a reason -> "queued" -> "opened", journal
// Succeeded), a locked one (plain words), send one (local validation first, then exactly one POST; the new envelope
// in the detail pane; the 24-hour warning; "Exceeds available funds" explained), the projects and the sessions pages,
// and a rejected key. Set REWARDDESK_SCREENSHOT_DIR to keep screenshots of every state.
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
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
#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxserver.h"
#include "api/sandbox/sandboxtrucentive.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "api/trucentive/trucentiveclient.h"
#include "models/trucentive/envelopefeedmodel.h"
#include "models/trucentive/instrumentmodel.h"
#include "models/trucentive/projectmodel.h"
#include "models/trucentive/sessionmodel.h"
#include "support/appfixture.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/common/clipboardguard.h"
#include "ui/common/confirmationdialog.h"
#include "ui/common/environmentbanner.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/jsonview.h"
#include "ui/common/liststatusbar.h"
#include "ui/darkpalette.h"
#include "ui/mainwindow.h"
#include "ui/trucentive/envelopedetailpane.h"
#include "ui/trucentive/envelopespage.h"
#include "ui/trucentive/openflow.h"
#include "ui/trucentive/projectspage.h"
#include "ui/trucentive/senddialog.h"
#include "ui/trucentive/sendflow.h"
#include "ui/trucentive/sessionsview.h"
#include "ui/trucentive/trucentivetab.h"

using namespace rd;
using namespace rd::trucentive;
using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = SandboxServer::pathPrefix(Vendor::TruCentive);
}

class TestTruCentiveTab : public QObject, protected rd::test::AppFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void headerFeedAndShortcuts();
    void lookUpById();
    void revealAndCopyLink();
    void openEnvelope();
    void openLockedEnvelope();
    void sendEnvelope();
    void sendExceedingFunds();
    void sendWithUnknownOutcome();
    void projectsPage();
    void sessionsPage();
    void rejectedKey();

private:
    void shoot(QWidget* widget, const QString& name);
    trucentive::Tab* tabFor(const QString& accountId);
    QString addAccount(const QByteArray& key, const QString& name);
    void lookUp(const QString& input, const QString& expectedId);
    ConfirmationDialog* waitForConfirmation(QWidget* parent);
    trucentive::SendDialog* openSendDialog();
    void fillSend(trucentive::SendDialog* dialog, const QString& project, const QString& instrument,
                  const QString& amount, const QString& address);
    int deliverPosts() const { return m_sandbox->http()->requestCount("POST", kPrefix + u"/envelope/deliver"_s); }
    std::optional<JournalEntry> lastEntry(const QString& action) const;

    SandboxTruCentive::Samples m_samples;
    Account m_account;
    MainWindow* m_window = nullptr;
    trucentive::Tab* m_tab = nullptr;
};

void TestTruCentiveTab::initTestCase() {
    rd::test::applyScreenshotTheme(); // REWARDDESK_SCREENSHOT_DARK: the screenshots in a dark theme
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(startApp());
    m_sandbox->truCentive()->setAsyncDelay(50, 150);
    m_samples = m_sandbox->truCentive()->samples();
    QVERIFY(!m_samples.delivered.isEmpty() && !m_samples.locked.isEmpty() && !m_samples.opened.isEmpty());

    const QString id = addAccount(SandboxServer::demoCredentials(Vendor::TruCentive).apiKey, u"TruCentive demo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_sessions->state(id), AccountSessions::State::Ready, 5000);
    m_account = *m_accounts->find(id);

    m_window = new MainWindow(m_context);
    m_tab = tabFor(id);
    QVERIFY(m_tab);
    m_tab->clipboardGuard()->setClearDelay(std::chrono::milliseconds(400));
    trucentive::EnvelopeOpener::Options fast;
    fast.pollInterval = std::chrono::milliseconds(100);
    fast.backoffFactor = 1.0;
    fast.maxPollInterval = std::chrono::milliseconds(100);
    fast.timeLimit = std::chrono::milliseconds(8000);
    m_tab->openFlow()->setOpenerOptions(fast);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTruCentiveTab::cleanupTestCase() {
    delete m_window;
}

void TestTruCentiveTab::shoot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("REWARDDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(80);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

QString TestTruCentiveTab::addAccount(const QByteArray& key, const QString& name) {
    return addSandboxAccount(Vendor::TruCentive, name, Environment::Demo, key);
}

// The main window builds one tab per account through createVendorTab() (the overview stays the first tab); the
// test brings the account's tab to the front, as an agent clicking it would.
trucentive::Tab* TestTruCentiveTab::tabFor(const QString& accountId) {
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        auto* tab = qobject_cast<trucentive::Tab*>(m_window->tabs()->widget(i));
        if (tab && tab->account().id == accountId) {
            m_window->tabs()->setCurrentWidget(tab);
            return tab;
        }
    }
    return nullptr;
}

std::optional<JournalEntry> TestTruCentiveTab::lastEntry(const QString& action) const {
    const QList<JournalEntry>& entries = m_journal->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->action == action)
            return *it;
    }
    return std::nullopt;
}

void TestTruCentiveTab::lookUp(const QString& input, const QString& expectedId) {
    trucentive::EnvelopesPage* panel = m_tab->envelopesPanel();
    panel->lookupEdit()->setText(input);
    QTest::keyClick(panel->lookupEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->detailPane()->envelopeId(), expectedId, 5000);
    QTRY_VERIFY(!m_tab->detailPane()->isLoading());
    QCOMPARE(panel->lookupEdit()->text(), expectedId); // only the ID stays in the box
}

ConfirmationDialog* TestTruCentiveTab::waitForConfirmation(QWidget* parent) {
    ConfirmationDialog* found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (ConfirmationDialog* d : parent->findChildren<ConfirmationDialog*>()) {
                if (d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        3000);
    return found;
}

void TestTruCentiveTab::headerFeedAndShortcuts() {
    // Who the key belongs to, in the header; the environment in the banner.
    const QString userName = m_sandbox->truCentive()->data().userName();
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->identityLabel()->text().contains(userName), 5000);
    QVERIFY(m_tab->identityLabel()->text().contains(m_sandbox->truCentive()->data().userEmail()));
    QCOMPARE(m_window->banner()->environment(), Environment::Demo);
    QCOMPARE(m_tab->tabTitle(), u"TruCentive demo"_s);

    // The default feed (viewed, last 24 hours) loads with a count.
    trucentive::EnvelopesPage* panel = m_tab->envelopesPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedModel()->isComplete(), 5000);
    QVERIFY(panel->feedModel()->rowCount() > 0);
    QVERIFY(panel->feedModel()->indexForId(m_samples.viewed).isValid());
    QVERIFY(!panel->status()->countText().isEmpty());
    QTRY_VERIFY(m_tab->projectModel()->hasLoaded());
    QVERIFY(panel->projectCombo()->count() > 1); // "All projects" + the account's projects
    shoot(m_window, u"trucentive-1-envelopes"_s);

    // Search within the loaded rows.
    const int all = panel->feedModel()->rowCount();
    panel->filterEdit()->setText(m_samples.viewed.left(8));
    QCOMPARE(panel->feedModel()->rowCount(), 1);
    panel->filterEdit()->clear();
    QCOMPARE(panel->feedModel()->rowCount(), all);
    // ... and by state.
    panel->stateCombo()->setCurrentIndex(panel->stateCombo()->findData(int(trucentive::EnvelopeState::Locked)));
    QVERIFY(panel->feedModel()->rowCount() < all);
    for (int row = 0; row < panel->feedModel()->rowCount(); ++row)
        QCOMPARE(panel->feedModel()->index(row, trucentive::EnvelopeFeedModel::Column::State).data().toString(),
                 u"Locked"_s);
    panel->stateCombo()->setCurrentIndex(0);
    QCOMPARE(panel->feedModel()->rowCount(), all);

    // Auto-refresh reloads the visible feed on its own (the interval shortened through the test seam).
    const int before = m_sandbox->http()->requestCount("GET", kPrefix + u"/envelopes/viewed"_s);
    panel->setAutoRefreshInterval(std::chrono::milliseconds(150));
    panel->autoRefreshCombo()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->http()->requestCount("GET", kPrefix + u"/envelopes/viewed"_s) >= before + 2,
                             5000);
    panel->autoRefreshCombo()->setCurrentIndex(0);
    QVERIFY(!panel->autoRefreshTimer()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedModel()->isComplete(), 5000);

    // Ctrl+F focuses the lookup; F5 reloads what is visible (one more feed request).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->focusSearch();
    QTRY_VERIFY(panel->lookupEdit()->hasFocus());
    const int feedRequests = m_sandbox->http()->requestCount("GET", kPrefix + u"/envelopes/viewed"_s);
    m_window->refreshCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->http()->requestCount("GET", kPrefix + u"/envelopes/viewed"_s),
                              feedRequests + 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedModel()->isComplete(), 5000);

    // Another window: the opened feed of the last 7 days.
    panel->feedCombo()->setCurrentIndex(1);
    panel->setWindow(trucentive::EnvelopesPage::Window::Last7Days);
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedModel()->isComplete(), 5000);
    QCOMPARE(panel->feedModel()->feed(), trucentive::Client::Feed::Opened);
    QCOMPARE(panel->feedModel()->sinceSeconds(), 7 * 24 * 3600);
    QVERIFY(panel->feedModel()->indexForId(m_samples.opened).isValid());
}

void TestTruCentiveTab::lookUpById() {
    trucentive::EnvelopesPage* panel = m_tab->envelopesPanel();
    trucentive::EnvelopeDetailPane* detail = m_tab->detailPane();

    // Pasted with whitespace (and a line break) around it.
    lookUp(u"  \n\t"_s + m_samples.viewed + u" \n"_s, m_samples.viewed);
    QVERIFY(!panel->lookupMessage()->hasMessage());
    const trucentive::Envelope envelope = *detail->envelope();
    QVERIFY(envelope.addresses.size() >= 2);
    const QString details = detail->detailsText();
    QVERIFY2(details.contains(envelope.addresses.first().deliveryAddress), qPrintable(details));
    QVERIFY(details.contains(envelope.projectName));
    QVERIFY(details.contains(u"Viewed:"_s));
    QVERIFY(details.contains(u"Created:"_s)); // the timeline says TruCentive does not report it
    QVERIFY(detail->titleLabel()->text().contains(m_samples.viewed));
    QVERIFY(!detail->stateBadge()->text().isEmpty());
    QVERIFY(detail->jsonView()->jsonText().contains(m_samples.viewed));
    shoot(m_window, u"trucentive-2-lookup"_s);

    // Not an ID at all: said so, nothing sent.
    const int lookups = m_sandbox->http()->requestCount("GET", kPrefix + u"/envelope"_s);
    panel->lookupEdit()->setText(u"order #4711?"_s);
    QTest::keyClick(panel->lookupEdit(), Qt::Key_Return);
    QVERIFY(panel->lookupMessage()->hasMessage());
    QCOMPARE(panel->lookupMessage()->kind(), InlineMessage::Kind::Error);
    QCOMPARE(m_sandbox->http()->requestCount("GET", kPrefix + u"/envelope"_s), lookups);

    // Well-formed but unknown: 404 in words, the shown envelope stays.
    panel->lookupEdit()->setText(u"ZZZZZZZZZZZZZZZZZZ"_s);
    QTest::keyClick(panel->lookupEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lookupMessage()->text().contains(u"No envelope with that ID"_s), 5000);
    QCOMPARE(panel->lookupMessage()->kind(), InlineMessage::Kind::Error);
    QCOMPARE(detail->envelopeId(), m_samples.viewed);
    shoot(m_window, u"trucentive-3-lookup-not-found"_s);
}

void TestTruCentiveTab::revealAndCopyLink() {
    trucentive::EnvelopeDetailPane* detail = m_tab->detailPane();
    lookUp(m_samples.opened, m_samples.opened);
    // Links are money: hidden until asked for, and not copyable before.
    QVERIFY(!detail->linksRevealed());
    QVERIFY(!detail->linkEdit()->text().contains(u"http"_s));
    QVERIFY(!detail->copyLinkButton()->isEnabled());
    QVERIFY(!detail->openButton()->isEnabled()); // already open
    const int lookups = m_sandbox->http()->requestCount("GET", kPrefix + u"/envelope"_s);

    QTest::mouseClick(detail->revealButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(detail->linksRevealed(), 5000);
    QCOMPARE(m_sandbox->http()->requestCount("GET", kPrefix + u"/envelope"_s), lookups + 1);
    const QString url = detail->linkEdit()->text();
    QVERIFY2(url.startsWith(u"http"_s) && url.contains(m_samples.opened), qPrintable(url));
    QVERIFY(detail->redemptionLinkEdit()->text().startsWith(u"http"_s));
    // The raw JSON never shows them.
    QVERIFY(!detail->jsonView()->jsonText().contains(url));
    QVERIFY(!detail->jsonView()->jsonText().contains(detail->redemptionLinkEdit()->text()));
    shoot(m_window, u"trucentive-4-links-revealed"_s);

    // Copy: on the clipboard, then gone after the guard's delay (400 ms here, 20 s in the app).
    QClipboard* clipboard = QGuiApplication::clipboard();
    QVERIFY(detail->copyLinkButton()->isEnabled());
    QSignalSpy expired(m_tab->clipboardGuard(), &ClipboardGuard::expired);
    QTest::mouseClick(detail->copyLinkButton(), Qt::LeftButton);
    QCOMPARE(clipboard->text(), url);
    QVERIFY(detail->message()->text().contains(u"clipboard"_s));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
    QCOMPARE(expired.count(), 1);
    QCOMPARE(expired.first().first().toBool(), true);

    // Something the agent copied meanwhile is left alone.
    QTest::mouseClick(detail->copyRedemptionButton(), Qt::LeftButton);
    QCOMPARE(clipboard->text(), detail->redemptionLinkEdit()->text());
    clipboard->setText(u"ticket 4711"_s);
    QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 2, 3000);
    QCOMPARE(expired.last().first().toBool(), false);
    QCOMPARE(clipboard->text(), u"ticket 4711"_s);

    // A pasted redeem link finds its envelope, and only the ID stays in the box.
    lookUp(m_samples.viewed, m_samples.viewed);
    QVERIFY(!detail->linksRevealed()); // another envelope: the revealed links are gone
    lookUp(url, m_samples.opened);
    QVERIFY(!m_tab->envelopesPanel()->lookupEdit()->text().contains(u"http"_s));
}

void TestTruCentiveTab::openEnvelope() {
    trucentive::EnvelopeDetailPane* detail = m_tab->detailPane();
    lookUp(m_samples.delivered, m_samples.delivered);
    QVERIFY(detail->openButton()->isEnabled());
    const trucentive::Envelope before = *detail->envelope();

    QSignalSpy progress(m_tab->openFlow(), &trucentive::OpenFlow::progress);
    QSignalSpy finished(m_tab->openFlow(), &trucentive::OpenFlow::finished);
    QTest::mouseClick(detail->openButton(), Qt::LeftButton);
    ConfirmationDialog* dialog = waitForConfirmation(m_tab);
    QVERIFY(dialog);
    QVERIFY(!detail->openButton()->isEnabled()); // one action per object at a time
    // The confirmation names the envelope, the recipient, the project and the environment, and wants a reason.
    const QString text = ConfirmationDialog::plainText(dialog->confirmation());
    QVERIFY(text.contains(m_samples.delivered));
    QVERIFY(text.contains(before.addresses.first().deliveryAddress));
    QVERIFY(text.contains(before.projectName));
    QVERIFY(text.contains(u"DEMO"_s));
    QCOMPARE(dialog->banner()->environment(), Environment::Demo);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->reasonEdit()->setText(u"Ticket 4711: recipient cannot open the gift"_s);
    QVERIFY(dialog->confirmButton()->isEnabled());
    shoot(dialog, u"trucentive-5-open-confirmation"_s);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(1).value<trucentive::EnvelopeOpener::Phase>(),
             trucentive::EnvelopeOpener::Phase::Opened);
    QList<trucentive::EnvelopeOpener::Phase> phases;
    for (const QList<QVariant>& args : progress)
        phases << args.at(1).value<trucentive::EnvelopeOpener::Phase>();
    QVERIFY(phases.contains(trucentive::EnvelopeOpener::Phase::Queued));
    QVERIFY(phases.indexOf(trucentive::EnvelopeOpener::Phase::Queued) <
            phases.indexOf(trucentive::EnvelopeOpener::Phase::Opened));
    QCOMPARE(detail->message()->kind(), InlineMessage::Kind::Success);
    QVERIFY(detail->envelope()->isOpened());
    QVERIFY(!detail->openButton()->isEnabled()); // open now: nothing more to open
    shoot(m_window, u"trucentive-6-opened"_s);

    const std::optional<JournalEntry> entry = lastEntry(u"open"_s);
    QVERIFY(entry);
    QCOMPARE(entry->objectType, u"envelope"_s);
    QCOMPARE(entry->objectId, m_samples.delivered);
    QCOMPARE(entry->state, JournalState::Succeeded);
    QCOMPARE(entry->reason, u"Ticket 4711: recipient cannot open the gift"_s);
    QCOMPARE(entry->environment, Environment::Demo);
    QCOMPARE(m_sandbox->http()->requestCount("POST", kPrefix + u"/envelopes/"_s + m_samples.delivered + u"/open"_s), 1);
}

void TestTruCentiveTab::openLockedEnvelope() {
    trucentive::EnvelopeDetailPane* detail = m_tab->detailPane();
    lookUp(m_samples.locked, m_samples.locked);
    // Known to be locked: no Open, and the pane says why and what to do.
    QVERIFY(!detail->openButton()->isEnabled());
    QVERIFY(detail->sendButton()->isEnabled());
    shoot(m_window, u"trucentive-7-locked"_s);

    // The agent's view can be stale (it looked "viewed" a moment ago): TruCentive refuses, in plain words.
    trucentive::Envelope stale = *detail->envelope();
    stale.stateRaw = u"viewed"_s;
    stale.state = trucentive::EnvelopeState::Viewed;
    detail->setEnvelope(stale);
    QVERIFY(detail->openButton()->isEnabled());
    QSignalSpy finished(m_tab->openFlow(), &trucentive::OpenFlow::finished);
    ConfirmationDialog::setNextAnswer(true, u"Ticket 4712: link says locked"_s); // the dialog's test seam
    QTest::mouseClick(detail->openButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(finished.first().at(1).value<trucentive::EnvelopeOpener::Phase>(),
             trucentive::EnvelopeOpener::Phase::Failed);
    const QString message = detail->message()->text();
    QVERIFY2(message.contains(u"Envelope cannot be opened because the envelope is locked"_s), qPrintable(message));
    QVERIFY(!message.contains(u"HTTP"_s));
    QCOMPARE(detail->message()->kind(), InlineMessage::Kind::Error);
    shoot(m_window, u"trucentive-8-open-locked-failed"_s);

    const std::optional<JournalEntry> entry = lastEntry(u"open"_s);
    QVERIFY(entry);
    QCOMPARE(entry->objectId, m_samples.locked);
    QCOMPARE(entry->state, JournalState::NotApplied);
    QVERIFY(ConfirmationDialog::lastText().contains(m_samples.locked));
}

trucentive::SendDialog* TestTruCentiveTab::openSendDialog() {
    m_tab->openSendDialog();
    (void)QTest::qWaitFor([this] { return m_tab->projectModel()->hasLoaded(); }, 5000);
    return m_tab->sendDialog();
}

void TestTruCentiveTab::fillSend(trucentive::SendDialog* dialog, const QString& project, const QString& instrument,
                                 const QString& amount, const QString& address) {
    dialog->projectCombo()->setCurrentIndex(m_tab->projectModel()->rowOf(project));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->instrumentCombo()->count() > 0, 5000);
    const auto* model = static_cast<trucentive::InstrumentModel*>(dialog->instrumentCombo()->model());
    QTRY_VERIFY(model->rowOf(instrument) >= 0);
    dialog->instrumentCombo()->setCurrentIndex(model->rowOf(instrument));
    dialog->amountEdit()->setText(amount);
    dialog->addressEdit()->setText(address);
}

void TestTruCentiveTab::sendEnvelope() {
    const int postsBefore = deliverPosts();
    trucentive::SendDialog* dialog = openSendDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    fillSend(dialog, m_samples.projectUuid, m_samples.instrumentUuid, u"1000"_s, u"not-an-address"_s);
    // The project's custom fields are inputs; the amount hint names the range.
    QVERIFY(dialog->customFieldEdit(u"custom_color"_s));
    QVERIFY(dialog->amountHint()->text().contains(u"5.00"_s));

    // Out of range and a bad address: said so, nothing sent.
    dialog->submit();
    const QString problems = dialog->message()->text();
    QVERIFY2(problems.contains(u"between"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"e-mail address or a phone number"_s), qPrintable(problems));
    QCOMPARE(dialog->message()->kind(), InlineMessage::Kind::Error);
    shoot(dialog, u"trucentive-9-send-invalid"_s);
    QCOMPARE(deliverPosts(), postsBefore);

    // A valid send: confirmation (amount, recipient, project, instrument, environment, reason), exactly one POST.
    dialog->amountEdit()->setText(u"12.50"_s);
    dialog->addressEdit()->setText(u"ada.lovelace@example.com"_s);
    dialog->firstNameEdit()->setText(u"Ada"_s);
    dialog->lastNameEdit()->setText(u"Lovelace"_s);
    dialog->customFieldEdit(u"custom_color"_s)->setText(u"teal"_s);
    QVERIFY(dialog->problems().isEmpty());
    QVERIFY(!dialog->message()->hasMessage() || dialog->message()->kind() != InlineMessage::Kind::Error);
    shoot(dialog, u"trucentive-10-send-form"_s);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    ConfirmationDialog* confirmation = waitForConfirmation(dialog);
    QVERIFY(confirmation);
    const QString text = ConfirmationDialog::plainText(confirmation->confirmation());
    QVERIFY2(text.contains(u"$12.50"_s), qPrintable(text));
    QVERIFY(text.contains(u"ada.lovelace@example.com"_s));
    QVERIFY(text.contains(u"Ada Lovelace"_s));
    QVERIFY(text.contains(m_tab->projectModel()->findProject(m_samples.projectUuid)->name));
    QVERIFY(text.contains(dialog->selectedInstrument()->name));
    QVERIFY(text.contains(u"custom_color = teal"_s));
    QVERIFY(text.contains(u"DEMO"_s));
    confirmation->reasonEdit()->setText(u"Ticket 4713: replacement for an expired gift"_s);
    shoot(confirmation, u"trucentive-11-send-confirmation"_s);
    QTest::mouseClick(confirmation->confirmButton(), Qt::LeftButton);

    // The dialog closes and the new envelope shows in the detail pane.
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->sendDialog(), 5000);
    QCOMPARE(deliverPosts(), postsBefore + 1);
    trucentive::EnvelopeDetailPane* detail = m_tab->detailPane();
    QVERIFY(detail->envelope());
    QVERIFY(detail->detailsText().contains(u"ada.lovelace@example.com"_s));
    QCOMPARE(m_tab->pages()->currentIndex(), 0);
    QCOMPARE(detail->message()->kind(), InlineMessage::Kind::Success);
    const QString newId = detail->envelopeId();
    QVERIFY(!newId.isEmpty());
    shoot(m_window, u"trucentive-12-sent"_s);

    const std::optional<JournalEntry> entry = lastEntry(u"deliver"_s);
    QVERIFY(entry);
    QCOMPARE(entry->state, JournalState::Succeeded);
    QCOMPARE(entry->objectType, u"delivery"_s);
    QVERIFY(entry->outcome.contains(newId));
    QCOMPARE(entry->reason, u"Ticket 4713: replacement for an expired gift"_s);

    // A second send to the same address within 24 hours: the confirmation warns. Cancelled: nothing sent.
    dialog = openSendDialog();
    QVERIFY(dialog);
    fillSend(dialog, m_samples.projectUuid, m_samples.instrumentUuid, u"5.00"_s, u"Ada.Lovelace@example.com"_s);
    ConfirmationDialog::setNextAnswer(false);
    QSignalSpy busy(m_tab->sendFlow(), &trucentive::SendFlow::busyChanged);
    dialog->submit();
    QTRY_COMPARE(busy.count(), 2); // busy, then idle again after the cancel
    const Confirmation asked = ConfirmationDialog::lastConfirmation();
    QVERIFY(!asked.warnings.isEmpty());
    QVERIFY2(asked.warnings.first().contains(u"already sent"_s), qPrintable(asked.warnings.first()));
    QCOMPARE(deliverPosts(), postsBefore + 1);
    dialog->reject();
    QTRY_VERIFY(!m_tab->sendDialog());

    // A fixed-value project explains that the amount is ignored.
    dialog = openSendDialog();
    dialog->projectCombo()->setCurrentIndex(m_tab->projectModel()->rowOf(m_samples.fixedProjectUuid));
    QVERIFY(!dialog->amountEdit()->isEnabled());
    QVERIFY(dialog->amountHint()->text().contains(u"ignores the amount"_s));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->instrumentCombo()->count() > 0, 5000);
    shoot(dialog, u"trucentive-13-send-fixed-value"_s);
    dialog->reject();
    QTRY_VERIFY(!m_tab->sendDialog());
}

void TestTruCentiveTab::sendExceedingFunds() {
    // The low-balance project covers only a few sends of $25.00; the next one is refused and explained.
    const qint64 balance = m_sandbox->truCentive()->remainingCents(m_samples.lowBalanceProjectUuid);
    QVERIFY(balance > 0);
    const int sends = int(balance / 2500) + 1;
    for (int i = 0; i < sends; ++i) {
        const int posts = deliverPosts();
        trucentive::SendDialog* dialog = openSendDialog();
        QVERIFY(dialog);
        fillSend(dialog, m_samples.lowBalanceProjectUuid, m_samples.lowBalanceInstrumentUuid, u"25.00"_s,
                 u"panel%1@example.com"_s.arg(i));
        ConfirmationDialog::setNextAnswer(true, u"Goodwill gesture"_s);
        dialog->submit();
        QTRY_COMPARE_WITH_TIMEOUT(deliverPosts(), posts + 1, 5000);
        if (i + 1 < sends) {
            QTRY_VERIFY_WITH_TIMEOUT(!m_tab->sendDialog(), 5000);
            continue;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_tab->sendFlow()->isBusy(), 5000);
        QVERIFY(m_tab->sendDialog()); // stays open with the explanation
        const QString message = dialog->message()->text();
        QVERIFY2(message.contains(u"funds"_s, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(message.contains(u"Nothing was sent"_s));
        QCOMPARE(dialog->message()->kind(), InlineMessage::Kind::Error);
        shoot(dialog, u"trucentive-14-send-no-funds"_s);
        QCOMPARE(lastEntry(u"deliver"_s)->state, JournalState::NotApplied);
        dialog->reject();
        QTRY_VERIFY(!m_tab->sendDialog());
    }
}

void TestTruCentiveTab::sendWithUnknownOutcome() {
    // TruCentive applies the send but the connection drops before the answer: the outcome is unknown. Sending is
    // not idempotent, so it is not retried; the agent is told to check before sending again, and the journal keeps
    // the recipient locked for this project until the outcome is resolved.
    Fault drop;
    drop.kind = Fault::Kind::DropAfterApply;
    drop.method = "POST";
    drop.path = kPrefix + u"/envelope/deliver"_s;
    drop.count = 1;
    m_sandbox->faults()->add(drop);
    const int posts = deliverPosts();
    trucentive::SendDialog* dialog = openSendDialog();
    QVERIFY(dialog);
    fillSend(dialog, m_samples.projectUuid, m_samples.instrumentUuid, u"7.00"_s, u"grace.hopper@example.com"_s);
    ConfirmationDialog::setNextAnswer(true, u"Ticket 4714"_s);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->sendFlow()->isBusy(), 10000);
    QCOMPARE(deliverPosts(), posts + 1); // exactly one POST: never retried
    QVERIFY2(dialog->message()->text().contains(u"cannot tell whether the envelope was sent"_s),
             qPrintable(dialog->message()->text()));
    QCOMPARE(dialog->message()->kind(), InlineMessage::Kind::Warning);
    QCOMPARE(dialog->message()->linkId(), u"feeds"_s);
    QCOMPARE(lastEntry(u"deliver"_s)->state, JournalState::Unknown);
    shoot(dialog, u"trucentive-15-send-unknown"_s);

    // Trying again at once is refused by the journal's lock: nothing is sent.
    ConfirmationDialog::setNextAnswer(true, u"Ticket 4714, again"_s);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->sendFlow()->isBusy(), 5000);
    QCOMPARE(deliverPosts(), posts + 1);
    QVERIFY(dialog->message()->text().contains(u"Nothing was sent"_s));

    // "Check the feeds" closes the dialog and filters the list by the address.
    Q_EMIT dialog->message()->linkActivated(u"feeds"_s);
    QTRY_VERIFY(!m_tab->sendDialog());
    QCOMPARE(m_tab->envelopesPanel()->filterEdit()->text(), u"grace.hopper@example.com"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->envelopesPanel()->feedModel()->isComplete(), 5000);
    m_tab->envelopesPanel()->filterEdit()->clear();
}

void TestTruCentiveTab::projectsPage() {
    m_tab->pages()->setCurrentIndex(1);
    trucentive::ProjectsPage* panel = m_tab->projectsPanel();
    QTRY_VERIFY(m_tab->projectModel()->hasLoaded());
    QVERIFY(panel->projectsView()->model()->rowCount() >= 5);
    panel->selectProject(m_samples.projectUuid);
    QTRY_COMPARE_WITH_TIMEOUT(panel->instruments()->state(), trucentive::InstrumentModel::State::Loaded, 5000);
    QVERIFY(panel->instruments()->rowOf(m_samples.instrumentUuid) >= 0);
    QVERIFY(panel->instrumentsStatus()->countText().contains(QString::number(panel->instruments()->rowCount())));
    QVERIFY(panel->sendButton()->isEnabled());
    shoot(m_window, u"trucentive-16-projects"_s);

    // "Send from this project…" opens the send dialog with the project chosen.
    QTest::mouseClick(panel->sendButton(), Qt::LeftButton);
    QVERIFY(m_tab->sendDialog());
    QTRY_VERIFY(m_tab->sendDialog()->selectedProject());
    QCOMPARE(m_tab->sendDialog()->selectedProject()->uuid, m_samples.projectUuid);
    m_tab->sendDialog()->reject();
    QTRY_VERIFY(!m_tab->sendDialog());
}

void TestTruCentiveTab::sessionsPage() {
    const int pages = m_sandbox->http()->requestCount("GET", kPrefix + u"/sessions"_s);
    m_tab->pages()->setCurrentIndex(2);
    trucentive::SessionsView* view = m_tab->sessionsView();
    trucentive::SessionModel* model = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 25 && model->state() != trucentive::SessionModel::State::Loading,
                             5000);
    QVERIFY(m_sandbox->http()->requestCount("GET", kPrefix + u"/sessions"_s) > pages);
    shoot(m_window, u"trucentive-17-sessions"_s);

    // Page on until the end: "Load more" (or scrolling) asks for the next page.
    const int total = m_sandbox->truCentive()->data().sessionCount();
    // (The view also asks by itself while its last row is visible, so pages may arrive without a click.)
    while (model->state() == trucentive::SessionModel::State::MoreAvailable) {
        QVERIFY(view->status()->loadMoreButton()->isVisible());
        QTest::mouseClick(view->status()->loadMoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->state() != trucentive::SessionModel::State::Loading, 5000);
    }
    QVERIFY(m_sandbox->http()->requestCount("GET", kPrefix + u"/sessions"_s) >= pages + total / 25);
    QCOMPARE(model->state(), trucentive::SessionModel::State::Loaded);
    QCOMPARE(model->rowCount(), total);
    QVERIFY(view->status()->countText().contains(QString::number(total)));
    m_tab->pages()->setCurrentIndex(0);
}

void TestTruCentiveTab::rejectedKey() {
    const QString id = addAccount("not-the-demo-key", u"TruCentive wrong key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_sessions->state(id), AccountSessions::State::Ready, 5000);
    trucentive::Tab* tab = tabFor(id);
    QVERIFY(tab);
    m_window->tabs()->setCurrentWidget(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->message()->hasMessage() && tab->message()->text().contains(u"API key"_s), 5000);
    QCOMPARE(tab->message()->kind(), InlineMessage::Kind::Error);
    QCOMPARE(tab->message()->linkId(), u"accounts"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tab->envelopesPanel()->feedModel()->state(), trucentive::EnvelopeFeedModel::State::Error,
                              5000);
    QVERIFY(tab->envelopesPanel()->status()->retryButton()->isVisible());
    shoot(m_window, u"trucentive-18-rejected-key"_s);

    // The link opens File > Accounts.
    Q_EMIT tab->message()->linkActivated(u"accounts"_s);
    QTRY_VERIFY(m_window->accountsDialog() && m_window->accountsDialog()->isVisible());
    m_window->accountsDialog()->close();
    m_window->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(TestTruCentiveTab)
#include "tst_trucentivetab.moc"
