// Integration: "an action recorded as SENDING before a crash is reconciled on the next start".
// The crash is real: a child process (this executable with --crash-child) begins actions, reports that the
// SENDING lines are durable, and is killed with SIGKILL before it can record any outcome.

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

#include "api/journal/reconciler.h"
#include "journal/journaltestutil.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

// What the "vendor" now says about each object: in-memory state, answered asynchronously like a real read-back.
// Answers can be held back so a test can look at the journal while a read-back is running.
class TestReconciler : public ActionReconciler {
public:
    QHash<QString, QString> status; // objectId -> vendor status
    bool hold = false;
    bool neverAnswer = false;
    int calls = 0;
    QList<std::function<void()>> held;

    void reconcile(const JournalEntry& entry, QObject* context,
                   std::function<void(const ReconcileResult&)> done) override {
        ++calls;
        if (neverAnswer)
            return;
        const QString s = status.value(entry.objectId);
        ReconcileResult r;
        if (s == "EXECUTED"_L1)
            r = {ReconcileResult::Applied, u"The order is now EXECUTED"_s};
        else if (s == "PENDING_APPROVAL"_L1)
            r = {ReconcileResult::NotApplied, u"The order is still PENDING_APPROVAL"_s};
        else
            r = {ReconcileResult::StillUnknown, u"The vendor could not be reached"_s};
        auto answer = [context, done, r] { QTimer::singleShot(10, context, [done, r] { done(r); }); };
        if (hold)
            held.append(answer);
        else
            answer();
    }
    void release() {
        const auto h = std::exchange(held, {});
        for (const auto& fn : h)
            fn();
    }
};

// The child: begin the actions, say so once the SENDING lines are durable, then wait to be killed.
int runCrashChild(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString path = QString::fromLocal8Bit(argv[2]);
    auto* journal = new ActionJournal(path, &app);
    journal->open();
    const QList<ActionIntent> intents = {makeIntent(u"ORD-EXEC"_s, Vendor::Tremendous),
                                         makeIntent(u"ORD-PEND"_s, Vendor::Tremendous),
                                         makeIntent(u"MEMBER-7"_s, Vendor::Cheetah, u"redemption"_s)};
    auto remaining = std::make_shared<int>(int(intents.size()));
    for (const ActionIntent& intent : intents) {
        journal->beginAction(intent, journal, [remaining](const BeginResult& r) {
            if (!r.ok()) {
                std::fprintf(stdout, "ERROR %s\n", qPrintable(r.error().message));
                std::fflush(stdout);
                QCoreApplication::exit(2);
                return;
            }
            // The requests would be sent now; the process dies before any outcome is recorded.
            if (--*remaining == 0) {
                std::fprintf(stdout, "SENDING\n");
                std::fflush(stdout);
            }
        });
    }
    return app.exec();
}

} // namespace

class TestJournalReconcile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void sendingBeforeCrashIsReconciledOnNextStart();
    void stillUnknownAndTimeoutStayLocked();
    void unknownFromThisRunCanBeReconciled();
    void freshEntriesWaitForTheSettleTime();
    void abandonedWhileReadingBackIsNotOverwritten();
    void reconcileAllWaitsForLoad();

private:
    void crashChild(const QString& path);
    QString journalPath() const { return m_dir->filePath(u"actions.jsonl"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalReconcile::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournalReconcile::crashChild(const QString& path) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--crash-child"_s, path});
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 10000);
    const QByteArray line = child.readLine().trimmed();
    QCOMPARE(line, "SENDING"_ba);
    QCOMPARE(child.state(), QProcess::Running);
    QSignalSpy finished(&child, &QProcess::finished);
    child.kill(); // SIGKILL: no destructor, no cleanup, no outcome
    QVERIFY(finished.wait(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
}

void TestJournalReconcile::sendingBeforeCrashIsReconciledOnNextStart() {
    crashChild(journalPath());

    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    QCOMPARE(journal.entries().size(), 3);
    QCOMPARE(journal.unresolved().size(), 3);
    const ActionIntent exec = makeIntent(u"ORD-EXEC"_s, Vendor::Tremendous);
    const ActionIntent pend = makeIntent(u"ORD-PEND"_s, Vendor::Tremendous);
    const ActionIntent member = makeIntent(u"MEMBER-7"_s, Vendor::Cheetah, u"redemption"_s);
    for (const JournalEntry& e : journal.entries()) {
        QCOMPARE(e.state, JournalState::Sending);
        QVERIFY(!journal.isInFlight(e.id));
        QVERIFY(journal.needsAttention(e));
    }
    // Locked before anyone reads anything back: no new action on these objects.
    QVERIFY(journal.isLocked(exec.object()));
    QVERIFY(journal.isLocked(pend.object()));
    QVERIFY(journal.isLocked(member.object()));
    const auto busy = beginAndWait(journal, exec, this);
    QVERIFY(busy && !busy->ok());
    QCOMPARE(busy->error().code, JournalError::Busy);

    TestReconciler tremendous;
    tremendous.status = {{u"ORD-EXEC"_s, u"EXECUTED"_s}, {u"ORD-PEND"_s, u"PENDING_APPROVAL"_s}};
    tremendous.hold = true;
    JournalReconciler reconciler(&journal);
    reconciler.registerReconciler(Vendor::Tremendous, &tremendous); // none for Cheetah
    QSignalSpy started(&reconciler, &JournalReconciler::started);
    QSignalSpy reconciled(&reconciler, &JournalReconciler::entryReconciled);
    QSignalSpy attention(&reconciler, &JournalReconciler::entryNeedsAttention);
    QSignalSpy finished(&reconciler, &JournalReconciler::finished);
    reconciler.reconcileAll();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toInt(), 3);
    QCOMPARE(tremendous.calls, 2);
    QVERIFY(reconciler.isBusy());

    // While the read-back is running, the objects stay locked.
    QTest::qWait(50);
    QVERIFY(journal.isLocked(exec.object()));
    QVERIFY(journal.isLocked(pend.object()));
    QVERIFY(beginAndWait(journal, exec, this)->error().code == JournalError::Busy);

    tremendous.release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(reconciled.size(), 2);

    const JournalEntry e1 = journal.entries().at(0);
    QCOMPARE(e1.objectId, u"ORD-EXEC"_s);
    QCOMPARE(e1.state, JournalState::ReconciledApplied);
    QCOMPARE(e1.outcome, u"The order is now EXECUTED"_s);
    QCOMPARE(e1.resolvedBy, journal.actor());
    const JournalEntry e2 = journal.entries().at(1);
    QCOMPARE(e2.state, JournalState::ReconciledNotApplied);
    QCOMPARE(e2.outcome, u"The order is still PENDING_APPROVAL"_s);
    QVERIFY(!journal.isLocked(exec.object()));
    QVERIFY(!journal.isLocked(pend.object()));

    // No reconciler for Cheetah: stays Sending, locked, and flagged.
    QCOMPARE(attention.size(), 1);
    const JournalEntry e3 = journal.entries().at(2);
    QCOMPARE(attention.at(0).at(0).toString(), e3.id);
    QVERIFY(attention.at(0).at(1).toString().contains(u"Cheetah"_s));
    QCOMPARE(e3.state, JournalState::Sending);
    QVERIFY(journal.isLocked(member.object()));
    QVERIFY(journal.needsAttention(e3));

    // The unlocked object can be acted on again.
    const auto again = beginAndWait(journal, exec, this);
    QVERIFY(again && again->ok());

    // The resolutions are durable: a third start sees them, and only the Cheetah entry is still unresolved.
    QVERIFY(journal.complete(again->ticket(), {JournalState::Succeeded, u"ok"_s, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(readLines(journalPath()).size(), 3 + 2 + 2, 5000);
    ActionJournal third(journalPath());
    QVERIFY(openAndWait(third));
    QCOMPARE(third.unresolved().size(), 1);
    QCOMPARE(third.unresolved().constFirst().objectId, u"MEMBER-7"_s);
    QCOMPARE(third.entry(e1.id)->state, JournalState::ReconciledApplied);
}

void TestJournalReconcile::stillUnknownAndTimeoutStayLocked() {
    crashChild(journalPath());
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    TestReconciler tremendous; // no status known for any object: StillUnknown
    TestReconciler cheetah;
    cheetah.neverAnswer = true;
    JournalReconciler reconciler(&journal);
    reconciler.setTimeout(std::chrono::milliseconds(200));
    reconciler.registerReconciler(Vendor::Tremendous, &tremendous);
    reconciler.registerReconciler(Vendor::Cheetah, &cheetah);
    QSignalSpy attention(&reconciler, &JournalReconciler::entryNeedsAttention);
    QSignalSpy finished(&reconciler, &JournalReconciler::finished);
    reconciler.reconcileAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(attention.size(), 3);
    for (const JournalEntry& e : journal.entries()) {
        QCOMPARE(e.state, JournalState::Unknown); // a read-back was tried: no longer "interrupted"
        QVERIFY(journal.isLocked(e.object()));
        QVERIFY(e.resolvedBy.isEmpty());
    }
    QVERIFY(journal.entries().at(2).outcome.contains(u"did not answer"_s));

    // A later pass (e.g. the vendor is back) resolves them.
    tremendous.status = {{u"ORD-EXEC"_s, u"EXECUTED"_s}, {u"ORD-PEND"_s, u"EXECUTED"_s}};
    reconciler.reconcileAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    QCOMPARE(journal.unresolved().size(), 1);
    QCOMPARE(journal.unresolved().constFirst().vendor, Vendor::Cheetah);
}

void TestJournalReconcile::unknownFromThisRunCanBeReconciled() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    TestReconciler tremendous;
    tremendous.status = {{u"ORD-1"_s, u"EXECUTED"_s}};
    JournalReconciler reconciler(&journal);
    reconciler.registerReconciler(Vendor::Tremendous, &tremendous);
    const auto r = beginAndWait(journal, makeIntent(u"ORD-1"_s), this);
    QVERIFY(r && r->ok());
    // In flight: not for the reconciler to touch.
    QVERIFY(!reconciler.reconcile(r->ticket().entryId));
    QVERIFY(journal.complete(r->ticket(), {JournalState::Unknown, u"Timed out after sending"_s, {}}));
    QSignalSpy reconciled(&reconciler, &JournalReconciler::entryReconciled);
    QVERIFY(reconciler.reconcile(r->ticket().entryId));
    QVERIFY(!reconciler.reconcile(r->ticket().entryId)); // already running
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.size(), 1, 5000);
    QCOMPARE(reconciled.at(0).at(1).value<ReconcileResult::Verdict>(), ReconcileResult::Applied);
    QCOMPARE(journal.entry(r->ticket().entryId)->state, JournalState::ReconciledApplied);
    QVERIFY(!reconciler.reconcile(r->ticket().entryId)); // resolved
    QCOMPARE(tremendous.calls, 1);
}

// An action whose caller gave up on it moments ago (its tab closed mid-request) may still land: reconcileAll() leaves
// it for a later pass until the settle time has passed, then reads it back on its own.
void TestJournalReconcile::freshEntriesWaitForTheSettleTime() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    TestReconciler tremendous;
    tremendous.status = {{u"ORD-2"_s, u"EXECUTED"_s}};
    JournalReconciler reconciler(&journal);
    reconciler.registerReconciler(Vendor::Tremendous, &tremendous);
    reconciler.setSettleTime(std::chrono::milliseconds(600));
    const auto r = beginAndWait(journal, makeIntent(u"ORD-2"_s), this);
    QVERIFY(r && r->ok());
    QVERIFY(journal.complete(r->ticket(), {JournalState::Unknown, u"The tab was closed mid-request"_s, {}}));
    QSignalSpy started(&reconciler, &JournalReconciler::started);
    QSignalSpy reconciled(&reconciler, &JournalReconciler::entryReconciled);
    reconciler.reconcileAll();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toInt(), 0); // too fresh: not read back yet
    QTest::qWait(200);
    QCOMPARE(tremendous.calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.size(), 1, 5000); // the deferred pass
    QCOMPARE(tremendous.calls, 1);
    QCOMPARE(journal.entry(r->ticket().entryId)->state, JournalState::ReconciledApplied);
}

void TestJournalReconcile::abandonedWhileReadingBackIsNotOverwritten() {
    crashChild(journalPath());
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    TestReconciler tremendous;
    tremendous.status = {{u"ORD-EXEC"_s, u"EXECUTED"_s}};
    tremendous.hold = true;
    JournalReconciler reconciler(&journal);
    reconciler.registerReconciler(Vendor::Tremendous, &tremendous);
    QSignalSpy finished(&reconciler, &JournalReconciler::finished);
    reconciler.reconcileAll();
    const QString id = journal.entries().at(0).id;
    QVERIFY(journal.resolve(id, JournalState::Abandoned, u"Checked in the vendor dashboard"_s));
    tremendous.release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(journal.entry(id)->state, JournalState::Abandoned);
    QCOMPARE(journal.entry(id)->outcome, u"Checked in the vendor dashboard"_s);
}

void TestJournalReconcile::reconcileAllWaitsForLoad() {
    crashChild(journalPath());
    ActionJournal journal(journalPath());
    TestReconciler tremendous;
    tremendous.status = {{u"ORD-EXEC"_s, u"EXECUTED"_s}, {u"ORD-PEND"_s, u"EXECUTED"_s}};
    JournalReconciler reconciler(&journal);
    reconciler.registerReconciler(Vendor::Tremendous, &tremendous);
    QSignalSpy finished(&reconciler, &JournalReconciler::finished);
    reconciler.reconcileAll(); // opens the journal and waits for it
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(tremendous.calls, 2);
    QCOMPARE(journal.unresolved().size(), 1);
}

int main(int argc, char** argv) {
    if (argc >= 3 && qstrcmp(argv[1], "--crash-child") == 0)
        return runCrashChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestJournalReconcile tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_journalreconcile.moc"
