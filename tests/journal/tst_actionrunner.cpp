// The action engine with a scripted adapter (no HTTP): journal first and per item, the adapter's verdicts, stop on
// 401, an Unknown outcome read back (and one the adapter declines to read back), "already handled" after a 409, the
// busy words of an adapter, duplicates, and an entry completed as Unknown when the runner dies mid-request.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "api/actions/actionrunner.h"
#include "api/journal/actionjournal.h"
#include "journal/journaltestutil.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

ApiError httpError(FailureClass failure, int status, ErrorKind kind = ErrorKind::Http) {
    ApiError e;
    e.failure = failure;
    e.kind = kind;
    e.httpStatus = status;
    return e;
}

// Answers each send from the event loop with the next scripted answer; reads back with a scripted verdict.
class ScriptedAdapter : public ActionAdapter {
public:
    QList<ActionAnswer> answers;
    ReconcileResult readBackResult;
    bool readBackUnknown = true;
    int sends = 0;
    int readBacks = 0;
    QString busy;
    bool silent = false; // never answers (the request stays on the wire)

    bool isAvailable() const override { return true; }
    ActionIntent intent(const ActionItem& item) const override {
        ActionIntent i;
        i.vendor = Vendor::Cheetah;
        i.objectType = u"redemption"_s;
        i.objectId = item.objectId.trimmed();
        i.action = u"approve"_s;
        i.summary = item.summary;
        return i;
    }
    CallHandle send(const ActionItem&, QObject* context, AnswerCallback done) override {
        const ActionAnswer answer = answers.value(sends++);
        if (silent)
            return {};
        QTimer::singleShot(0, context, [done, answer] { done(answer); });
        return {};
    }
    ActionVerdict classify(const ActionItem&, const ActionAnswer& answer) const override {
        ActionVerdict v;
        v.readBackUnknown = readBackUnknown;
        if (!answer.error) {
            v.message = u"Approved."_s;
            v.journal = {JournalState::Succeeded, v.message, {}};
            return v;
        }
        v.message = u"Refused with HTTP %1."_s.arg(answer.error->httpStatus);
        v.journal = {answer.error->isUnknown() ? JournalState::Unknown : JournalState::NotApplied, v.message, {}};
        v.readBackFirst = answer.error->httpStatus == 409;
        v.detail = answer.error->httpStatus;
        return v;
    }
    void readBack(const JournalEntry&, QObject* context, ReadBackCallback done) override {
        ++readBacks;
        ReconcileResult r = readBackResult;
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
    QString busyMessage(const ActionItem&) const override { return busy; }
    QString actionName() const override { return u"approve"_s; }
    QString objectWord() const override { return u"redemption"_s; }
    QString pastTense() const override { return u"approved"_s; }
    QString vendorName() const override { return u"Cheetah"_s; }
};

ActionItem item(const QString& id, qint64 cents = 500, const QString& currency = u"USD"_s) {
    ActionItem i;
    i.objectId = id;
    i.cents = cents;
    i.currency = currency;
    i.amountText = u"5.00"_s;
    i.summary = u"USD 5.00"_s;
    return i;
}

} // namespace

class TestActionRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_journal = std::make_unique<ActionJournal>(m_dir.filePath(u"j%1.jsonl"_s.arg(++m_n)));
        QVERIFY(test::openAndWait(*m_journal));
        m_account.id = u"acc-cheetah"_s;
        m_account.vendor = Vendor::Cheetah;
        m_account.environment = Environment::Demo;
        m_account.displayName = u"Cheetah demo"_s;
    }

    void dryRunCountsWhatWillBeSent() {
        ActionItem blocked = item(u"b"_s);
        blocked.blockedReason = u"Locked."_s;
        ActionItem unknownAmount = item(u"c"_s);
        unknownAmount.cents.reset();
        const ActionDryRun d = ActionRunner::dryRun(
            {item(u"a"_s), item(u"a"_s), blocked, item(u" "_s), unknownAmount, item(u"e"_s, 250, u"eur"_s)});
        QCOMPARE(d.actionable, 3);
        QCOMPARE(d.withoutAmount, 1);
        QCOMPARE(d.totalsByCurrency, (QList<QPair<QString, qint64>>{{u"EUR"_s, 250}, {u"USD"_s, 500}}));
        QCOMPARE(d.blocked.size(), 3);
        QCOMPARE(d.blocked.at(1).second, u"Locked."_s);
    }

    void runsEachItemOnceAndStopsOn401() {
        ScriptedAdapter adapter;
        adapter.answers = {{}, {httpError(FailureClass::Rejected, 401, ErrorKind::Auth), {}, {}}};
        ActionRunner run(m_journal.get(), &adapter, m_account,
                         {item(u"r1"_s), item(u"r1"_s), item(u"r2"_s), item(u"r3"_s)});
        run.setInterval(std::chrono::milliseconds(1));
        run.setReason(u"Ticket 9"_s);
        QSignalSpy finished(&run, &ActionRunner::finished);
        QSignalSpy objects(&run, &ActionRunner::objectChanged);
        run.start();
        QCOMPARE(run.results().at(0).outcome, ActionItemResult::Outcome::Pending); // nothing inside start()
        QVERIFY(finished.wait(5000));
        QCOMPARE(adapter.sends, 2);
        using O = ActionItemResult::Outcome;
        QCOMPARE(run.results().at(0).outcome, O::Succeeded);
        QCOMPARE(run.results().at(1).outcome, O::Skipped); // listed twice
        QCOMPARE(run.results().at(2).outcome, O::NotApplied);
        QCOMPARE(run.results().at(2).detail.toInt(), 401);
        QCOMPARE(run.results().at(3).outcome, O::Skipped);
        QVERIFY(run.results().at(3).message.startsWith(u"Not sent: the run stopped. Refused with HTTP 401."_s));
        QCOMPARE(run.stopReason(), u"Refused with HTTP 401."_s);
        QCOMPARE(objects.count(), 1);
        const std::optional<JournalEntry> first = m_journal->entry(run.results().at(0).journalEntry);
        QVERIFY(first);
        QCOMPARE(first->state, JournalState::Succeeded);
        QCOMPARE(first->reason, u"Ticket 9"_s);
        QCOMPARE(first->accountId, m_account.id);
        QCOMPARE(first->vendor, Vendor::Cheetah);
        QCOMPARE(m_journal->entry(run.results().at(2).journalEntry)->state, JournalState::NotApplied);
        QVERIFY(run.resultsCsv().startsWith("\xEF\xBB\xBF"
                                            "Object ID,Recipient,Amount"));
    }

    void readsAnUnknownOutcomeBack() {
        ScriptedAdapter adapter;
        adapter.answers = {{httpError(FailureClass::Unknown, 504, ErrorKind::ServerError), {}, {}}};
        adapter.readBackResult.verdict = ReconcileResult::Applied;
        adapter.readBackResult.message = u"It is approved."_s;
        adapter.readBackResult.object = QVariant(u"the redemption"_s);
        adapter.readBackResult.requests = 1;
        ActionRunner run(m_journal.get(), &adapter, m_account, {item(u"u1"_s)});
        run.setReadBackSettleDelay(std::chrono::milliseconds(1));
        QSignalSpy finished(&run, &ActionRunner::finished);
        QSignalSpy objects(&run, &ActionRunner::objectChanged);
        run.start();
        QVERIFY(finished.wait(5000));
        const ActionItemResult& r = run.results().at(0);
        QCOMPARE(r.outcome, ActionItemResult::Outcome::Succeeded);
        QVERIFY(r.confirmedByReadBack);
        QCOMPARE(r.httpStatus, 504);
        QCOMPARE(r.message, u"Confirmed by reading the redemption back: It is approved."_s);
        QCOMPARE(m_journal->entry(r.journalEntry)->state, JournalState::ReconciledApplied);
        QCOMPARE(objects.count(), 1);
        QCOMPARE(objects.first().at(1).value<QVariant>().toString(), u"the redemption"_s);
    }

    void leavesAnUnknownOutcomeWhenTheAdapterDeclinesTheReadBack() {
        ScriptedAdapter adapter;
        adapter.readBackUnknown = false;
        adapter.answers = {{httpError(FailureClass::Unknown, 0, ErrorKind::Timeout), {}, {}}};
        ActionRunner run(m_journal.get(), &adapter, m_account, {item(u"u2"_s)});
        QSignalSpy finished(&run, &ActionRunner::finished);
        run.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(adapter.readBacks, 0);
        QCOMPARE(run.results().at(0).outcome, ActionItemResult::Outcome::Unknown);
        QCOMPARE(m_journal->entry(run.results().at(0).journalEntry)->state, JournalState::Unknown);
        QVERIFY(m_journal->isLocked({m_account.id, u"redemption"_s, u"u2"_s}));
    }

    void findsAnObjectAlreadyHandledAfterA409() {
        ScriptedAdapter adapter;
        adapter.answers = {{httpError(FailureClass::Rejected, 409), {}, {}}};
        adapter.readBackResult.verdict = ReconcileResult::Applied;
        adapter.readBackResult.message = u"It was approved by someone else."_s;
        ActionRunner run(m_journal.get(), &adapter, m_account, {item(u"h1"_s)});
        QSignalSpy finished(&run, &ActionRunner::finished);
        run.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(run.results().at(0).outcome, ActionItemResult::Outcome::AlreadyHandled);
        QCOMPARE(run.results().at(0).message, u"Already approved: It was approved by someone else."_s);
        QCOMPARE(m_journal->entry(run.results().at(0).journalEntry)->state, JournalState::NotApplied);
    }

    void usesTheAdaptersWordsForALockedObject() {
        ScriptedAdapter adapter;
        adapter.busy = u"Still being approved elsewhere. Nothing was sent."_s;
        const std::optional<BeginResult> held =
            test::beginAndWait(*m_journal, test::makeIntent(u"l1"_s, Vendor::Cheetah, u"redemption"_s));
        QVERIFY(held && *held);
        Account account = m_account;
        account.id = u"acc-cheetah"_s;
        ActionRunner run(m_journal.get(), &adapter, account, {item(u"l1"_s)});
        QSignalSpy finished(&run, &ActionRunner::finished);
        run.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(adapter.sends, 0);
        QCOMPARE(run.results().at(0).outcome, ActionItemResult::Outcome::NotApplied);
        QCOMPARE(run.results().at(0).message, adapter.busy);
        QVERIFY(run.results().at(0).journalEntry.isEmpty());
    }

    void completesTheEntryAsUnknownWhenDestroyedMidRequest() {
        ScriptedAdapter adapter;
        adapter.silent = true;
        QString entryId;
        {
            auto run =
                std::make_unique<ActionRunner>(m_journal.get(), &adapter, m_account, QList<ActionItem>{item(u"d1"_s)});
            run->start();
            QTRY_VERIFY_WITH_TIMEOUT(adapter.sends == 1, 5000); // sent; no answer yet
            entryId = run->results().at(0).journalEntry;
        }
        QCOMPARE(m_journal->entry(entryId)->state, JournalState::Unknown);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<ActionJournal> m_journal;
    Account m_account;
};

QTEST_GUILESS_MAIN(TestActionRunner)
#include "tst_actionrunner.moc"
