#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

#include "api/core/apierror.h"
#include "api/journal/journalcodec.h"
#include "api/journal/journalwriter.h"
#include "api/journal/outcomefromerror.h"
#include "api/journal/secretguard.h"
#include "journal/journaltestutil.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

class TestActionJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void defaultPathIsInAppData();
    void writeAheadLineIsDurableBeforeCallback();
    void callbackWaitsForSlowDiskWithoutBlockingGui();
    void failedWriteMeansNotSent();
    void completionRecordsOutcomeAndUnlocks();
    void perObjectLockRejectsSecondAction();
    void unknownStaysLockedUntilResolved();
    void resolveRules();
    void tornLastLineIsTolerated();
    void corruptMiddleLineIsSkipped();
    void refusesSecretsAndRedactsOutcome_data();
    void refusesSecretsAndRedactsOutcome();
    void onlyKnownFieldsReachTheDisk();
    void secretGuardPatterns_data();
    void secretGuardPatterns();
    void reloadReproducesState();
    void contextDestroyedBeforeDurableIsNotSent();
    void beginBeforeLoadWaitsForLoad();
    void closingWithPendingBeginRecordsNotSent();
    void rotationKeepsArchivesAndUnresolvedEntries();
    void concurrentBeginsAreGroupCommitted();
    void secondJournalOnSameFileIsReadOnly();
    void outcomeFromApiError();
    void appendLatency();

private:
    QString journalPath() const { return m_dir->filePath(u"journal/actions.jsonl"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestActionJournal::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestActionJournal::defaultPathIsInAppData() {
    const QString p = ActionJournal::defaultPath();
    QVERIFY(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(p.endsWith(u"/journal/actions.jsonl"_s));
    ActionJournal j;
    QCOMPARE(j.path(), p);
    QVERIFY(!j.actor().isEmpty());
}

void TestActionJournal::writeAheadLineIsDurableBeforeCallback() {
    ActionJournal journal(journalPath());
    std::atomic<int> syncs{0};
    journal.setSyncHookForTesting([&syncs] {
        ++syncs;
        return true;
    });
    QVERIFY(openAndWait(journal));
    QSignalSpy added(&journal, &ActionJournal::entryAdded);

    bool called = false;
    QJsonObject lastLineSeenByCallback;
    int syncsSeenByCallback = -1;
    int addedSeenByCallback = -1;
    QString ticketId;
    journal.beginAction(makeIntent(u"ORD-1"_s), this, [&](const BeginResult& r) {
        called = true;
        QVERIFY(r.ok());
        ticketId = r.ticket().entryId;
        // "Send the request" here: the SENDING line must already be on disk, and synced.
        const QList<QJsonObject> lines = readLines(journalPath());
        if (!lines.isEmpty())
            lastLineSeenByCallback = lines.constLast();
        syncsSeenByCallback = syncs.load();
        addedSeenByCallback = int(added.size());
    });
    QVERIFY(!called); // never synchronously inside beginAction()
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
    QCOMPARE(lastLineSeenByCallback.value("id"_L1).toString(), ticketId);
    QCOMPARE(lastLineSeenByCallback.value("event"_L1).toString(), u"begin"_s);
    QCOMPARE(lastLineSeenByCallback.value("state"_L1).toString(), u"sending"_s);
    QCOMPARE(lastLineSeenByCallback.value("objectId"_L1).toString(), u"ORD-1"_s);
    QCOMPARE(lastLineSeenByCallback.value("reason"_L1).toString(), u"Customer confirmed identity by phone"_s);
    QVERIFY(syncsSeenByCallback >= 1);
    QCOMPARE(addedSeenByCallback, 1);
    QVERIFY(journal.isInFlight(ticketId));
    QCOMPARE(journal.entry(ticketId)->state, JournalState::Sending);
    QCOMPARE(journal.entry(ticketId)->actor, journal.actor());
}

void TestActionJournal::callbackWaitsForSlowDiskWithoutBlockingGui() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    // Where the slow sync is, seen from the GUI thread: the state says what waited for what, whatever the clock.
    std::atomic<bool> syncing = false;
    std::atomic<bool> synced = false;
    journal.setSyncHookForTesting([&] {
        syncing = true;
        QThread::msleep(300); // a slow disk, on the writer thread
        synced = true;
        return true;
    });
    int ticks = 0;
    int ticksWhileSyncing = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        if (syncing && !synced)
            ++ticksWhileSyncing;
    });
    ticker.start(10);

    bool called = false;
    bool syncedAtCallback = false;
    journal.beginAction(makeIntent(u"ORD-2"_s), this, [&](const BeginResult& r) {
        QVERIFY(r.ok());
        called = true;
        syncedAtCallback = synced;
    });
    QVERIFY2(!synced, "beginAction waited for the slow disk"); // it returned while the sync was still running
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
    QVERIFY2(syncedAtCallback, "callback before the line was synced");
    QVERIFY2(ticks >= 10, qPrintable(u"the event loop ran only %1 ticks while the disk was slow"_s.arg(ticks)));
    QVERIFY2(ticksWhileSyncing >= 1, "the event loop did not run while the disk was syncing");
}

void TestActionJournal::failedWriteMeansNotSent() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    journal.setSyncHookForTesting([] { return false; });
    QSignalSpy failed(&journal, &ActionJournal::writeFailed);
    const ActionIntent intent = makeIntent(u"ORD-3"_s);
    const auto r = beginAndWait(journal, intent, this);
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QCOMPARE(r->error().code, JournalError::WriteFailed);
    QVERIFY(!r->error().message.isEmpty());
    QVERIFY(failed.size() >= 1);
    // The attempt is in the audit trail as not sent, and the object is free.
    QCOMPARE(journal.entries().size(), 1);
    QCOMPARE(journal.entries().constFirst().state, JournalState::NotApplied);
    QVERIFY(!journal.isLocked(intent.object()));

    journal.setSyncHookForTesting({}); // the disk recovers
    const auto r2 = beginAndWait(journal, intent, this);
    QVERIFY(r2 && r2->ok());
}

void TestActionJournal::completionRecordsOutcomeAndUnlocks() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    QSignalSpy changed(&journal, &ActionJournal::entryChanged);
    const ActionIntent intent = makeIntent(u"ORD-4"_s);
    const auto r = beginAndWait(journal, intent, this);
    QVERIFY(r && r->ok());
    QVERIFY(journal.isLocked(intent.object()));

    QVERIFY(journal.complete(r->ticket(), {JournalState::Succeeded, u"Order approved"_s, u"req-123"_s}));
    QCOMPARE(changed.size(), 1);
    const JournalEntry e = changed.at(0).at(0).value<JournalEntry>();
    QCOMPARE(e.id, r->ticket().entryId);
    QCOMPARE(e.state, JournalState::Succeeded);
    QCOMPARE(e.outcome, u"Order approved"_s);
    QCOMPARE(e.requestId, u"req-123"_s);
    QVERIFY(e.updatedAt >= e.createdAt);
    QVERIFY(!journal.isLocked(intent.object()));
    QVERIFY(!journal.isInFlight(e.id));

    // Completing twice, or with a state that is not an outcome, changes nothing.
    QVERIFY(!journal.complete(r->ticket(), {JournalState::NotApplied, u"again"_s, {}}));
    const auto r2 = beginAndWait(journal, makeIntent(u"ORD-5"_s), this);
    QVERIFY(r2 && r2->ok());
    QVERIFY(!journal.complete(r2->ticket(), {JournalState::ReconciledApplied, u"no"_s, {}}));
    QVERIFY(!journal.complete(r2->ticket(), {JournalState::Sending, u"no"_s, {}}));
    QCOMPARE(journal.entry(r2->ticket().entryId)->state, JournalState::Sending);

    // The completion line reaches the disk (asynchronously).
    QTRY_COMPARE_WITH_TIMEOUT(readLines(journalPath()).size(), 3, 5000);
    const QJsonObject line = readLines(journalPath()).at(1);
    QCOMPARE(line.value("event"_L1).toString(), u"complete"_s);
    QCOMPARE(line.value("state"_L1).toString(), u"succeeded"_s);
    QCOMPARE(line.value("requestId"_L1).toString(), u"req-123"_s);
}

void TestActionJournal::perObjectLockRejectsSecondAction() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    const ActionIntent intent = makeIntent(u"ORD-6"_s);

    // Second begin while the first SENDING line is still being written.
    std::optional<BeginResult> first;
    journal.beginAction(intent, this, [&first](const BeginResult& r) { first = r; });
    QVERIFY(journal.isLocked(intent.object()));
    const auto during = beginAndWait(journal, intent, this);
    QVERIFY(during.has_value());
    QVERIFY(!during->ok());
    QCOMPARE(during->error().code, JournalError::Busy);
    QVERIFY(during->error().message.contains(u"ORD-6"_s));
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 5000);
    QVERIFY(first->ok());

    // While the request is in flight.
    const auto inFlight = beginAndWait(journal, intent, this);
    QVERIFY(inFlight && !inFlight->ok());
    QCOMPARE(inFlight->error().code, JournalError::Busy);

    // The same id under another type or account is another object.
    ActionIntent otherType = intent;
    otherType.objectType = u"reward"_s;
    ActionIntent otherAccount = intent;
    otherAccount.accountId = u"acc-other"_s;
    QVERIFY(beginAndWait(journal, otherType, this)->ok());
    QVERIFY(beginAndWait(journal, otherAccount, this)->ok());

    QVERIFY(journal.complete(first->ticket(), {JournalState::NotApplied, u"Rejected: insufficient funds"_s, {}}));
    QVERIFY(!journal.isLocked(intent.object()));
    QVERIFY(beginAndWait(journal, intent, this)->ok());
    // Exactly one entry per successful begin: the refused ones left no trace.
    QCOMPARE(journal.entries().size(), 4);
}

void TestActionJournal::unknownStaysLockedUntilResolved() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    const ActionIntent intent = makeIntent(u"ORD-7"_s);
    const auto r = beginAndWait(journal, intent, this);
    QVERIFY(r && r->ok());
    QVERIFY(journal.complete(r->ticket(), {JournalState::Unknown, u"The connection closed after sending"_s, {}}));
    QVERIFY(journal.isLocked(intent.object()));
    QCOMPARE(journal.unresolved().size(), 1);
    QVERIFY(journal.needsAttention(*journal.entry(r->ticket().entryId)));
    const auto again = beginAndWait(journal, intent, this);
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error().code, JournalError::Busy);

    QVERIFY(journal.resolve(r->ticket().entryId, JournalState::ReconciledApplied, u"The order is now EXECUTED"_s));
    QVERIFY(!journal.isLocked(intent.object()));
    QVERIFY(journal.unresolved().isEmpty());
    const JournalEntry e = *journal.entry(r->ticket().entryId);
    QCOMPARE(e.state, JournalState::ReconciledApplied);
    QCOMPARE(e.outcome, u"The order is now EXECUTED"_s);
    QCOMPARE(e.resolvedBy, journal.actor());
}

void TestActionJournal::resolveRules() {
    ActionJournal journal(journalPath());
    journal.setActor(u"agent.smith"_s);
    QVERIFY(openAndWait(journal));
    const auto r = beginAndWait(journal, makeIntent(u"ORD-8"_s), this);
    QVERIFY(r && r->ok());
    const QString id = r->ticket().entryId;
    // In flight: nobody may resolve it under the caller's feet.
    QVERIFY(!journal.resolve(id, JournalState::Abandoned, u"giving up"_s));
    QVERIFY(journal.complete(r->ticket(), {JournalState::Unknown, u"timeout"_s, {}}));
    QVERIFY(!journal.resolve(id, JournalState::Succeeded, u"not a resolution state"_s));
    QVERIFY(!journal.resolve(id, JournalState::Abandoned, u"   "_s)); // abandoning needs a note
    QVERIFY(!journal.resolve(u"no-such-entry"_s, JournalState::Abandoned, u"x"_s));
    QVERIFY(journal.resolve(id, JournalState::Unknown, u"Read-back failed: vendor unreachable"_s));
    QCOMPARE(journal.entry(id)->state, JournalState::Unknown);
    QVERIFY(journal.entry(id)->resolvedBy.isEmpty());
    QVERIFY(journal.resolve(id, JournalState::Abandoned, u"Vendor support confirmed by email; closing"_s));
    QCOMPARE(journal.entry(id)->state, JournalState::Abandoned);
    QCOMPARE(journal.entry(id)->resolvedBy, u"agent.smith"_s);
    QCOMPARE(journal.entry(id)->actor, u"agent.smith"_s);
    // Resolved entries cannot be resolved again.
    QVERIFY(!journal.resolve(id, JournalState::ReconciledApplied, u"x"_s));
}

void TestActionJournal::tornLastLineIsTolerated() {
    QString firstId;
    {
        ActionJournal journal(journalPath());
        QVERIFY(openAndWait(journal));
        const auto r = beginAndWait(journal, makeIntent(u"ORD-9"_s), this);
        QVERIFY(r && r->ok());
        firstId = r->ticket().entryId;
        QVERIFY(journal.complete(r->ticket(), {JournalState::Succeeded, u"ok"_s, {}}));
    }
    // A crash in the middle of writing the next line.
    {
        QFile f(journalPath());
        QVERIFY(f.open(QIODevice::Append));
        f.write(R"({"v":1,"event":"begin","id":"torn-entry","at":"2024-01-01T)");
    }
    QString secondId;
    {
        ActionJournal journal(journalPath());
        QVERIFY(openAndWait(journal));
        QCOMPARE(journal.skippedLines(), 1);
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entry(firstId)->state, JournalState::Succeeded);
        // The next line must not be glued onto the torn one.
        const auto r = beginAndWait(journal, makeIntent(u"ORD-10"_s), this);
        QVERIFY(r && r->ok());
        secondId = r->ticket().entryId;
    }
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    QCOMPARE(journal.skippedLines(), 1); // the old fragment, now on a line of its own
    QCOMPARE(journal.entries().size(), 2);
    QCOMPARE(journal.entry(secondId)->objectId, u"ORD-10"_s);
    // Closed before its outcome was recorded: still Sending, so still locked after a restart.
    QCOMPARE(journal.entry(secondId)->state, JournalState::Sending);
    QVERIFY(journal.isLocked(makeIntent(u"ORD-10"_s).object()));
}

void TestActionJournal::corruptMiddleLineIsSkipped() {
    QDir().mkpath(QFileInfo(journalPath()).absolutePath());
    {
        ActionJournal journal(journalPath());
        QVERIFY(openAndWait(journal));
        QVERIFY(beginAndWait(journal, makeIntent(u"A"_s), this)->ok());
    }
    {
        QFile f(journalPath());
        QVERIFY(f.open(QIODevice::Append));
        f.write("this is not json\n{\"v\":1,\"event\":\"complete\",\"id\":\"nobody\",\"state\":\"succeeded\"}\n");
    }
    {
        ActionJournal journal(journalPath());
        QVERIFY(openAndWait(journal));
        QVERIFY(beginAndWait(journal, makeIntent(u"B"_s), this)->ok());
    }
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    QCOMPARE(journal.entries().size(), 2);
    QCOMPARE(journal.skippedLines(), 2); // the garbage and the orphan completion
}

void TestActionJournal::refusesSecretsAndRedactsOutcome_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("reason bearer") << u"reason"_s << u"retry with Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dc"_s
                                   << u"4eC39HqLyjWDarjtT1zdp7dc"_s;
    QTest::newRow("summary header") << u"summary"_s << u"Authorization: 9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s
                                    << u"9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s;
    QTest::newRow("reason api_key") << u"reason"_s << u"used ?api_key=abcdef123456 from the wiki"_s
                                    << u"abcdef123456"_s;
    QTest::newRow("reason tremendous") << u"reason"_s << u"key TEST_abcdefghijklmnopqrstuvwxyz012345"_s
                                       << u"abcdefghijklmnopqrstuvwxyz012345"_s;
    QTest::newRow("summary client secret") << u"summary"_s << u"client_secret: s3cr3tValue99"_s << u"s3cr3tValue99"_s;
    QTest::newRow("objectId jwt")
        << u"objectId"_s
        << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"_s
        << u"dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"_s;
}

void TestActionJournal::refusesSecretsAndRedactsOutcome() {
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, secret);
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    ActionIntent intent = makeIntent(u"ORD-11"_s);
    if (field == "reason"_L1)
        intent.reason = text;
    else if (field == "summary"_L1)
        intent.summary = text;
    else
        intent.objectId = text;
    const auto r = beginAndWait(journal, intent, this);
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().code, JournalError::Refused);
    QVERIFY(journal.entries().isEmpty());
    QVERIFY(!journal.isLocked(intent.object()));

    // An outcome message (e.g. echoed by a vendor) is recorded, with the credential redacted.
    const auto ok = beginAndWait(journal, makeIntent(u"ORD-12"_s), this);
    QVERIFY(ok && ok->ok());
    QVERIFY(journal.complete(ok->ticket(), {JournalState::NotApplied, u"Vendor said: "_s + text, {}}));
    QVERIFY(journal.entry(ok->ticket().entryId)->outcome.contains(u"[redacted]"_s));
    QTRY_COMPARE_WITH_TIMEOUT(readLines(journalPath()).size(), 2, 5000);
    QFile f(journalPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QVERIFY2(!all.contains(secret.toUtf8()), all.constData()); // the secret never reaches the disk
}

void TestActionJournal::onlyKnownFieldsReachTheDisk() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    const auto a = beginAndWait(journal, makeIntent(u"ORD-13"_s), this);
    QVERIFY(journal.complete(a->ticket(), {JournalState::Unknown, u"timeout"_s, u"req-1"_s}));
    QVERIFY(journal.resolve(a->ticket().entryId, JournalState::ReconciledNotApplied, u"still pending"_s));
    QTRY_COMPARE_WITH_TIMEOUT(readLines(journalPath()).size(), 3, 5000);
    const QStringList known = JournalCodec::knownFields();
    for (const QJsonObject& o : readLines(journalPath())) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            QVERIFY2(known.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(it.value().isString() || it.key() == "v"_L1, qPrintable(it.key())); // no nested headers/bodies
        }
    }
    // Private to the user.
    const QFileDevice::Permissions perms = QFileInfo(journalPath()).permissions();
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestActionJournal::secretGuardPatterns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("secret");
    QTest::newRow("plain reason") << u"Customer confirmed identity by phone"_s << false;
    QTest::newRow("password word") << u"Customer forgot password: reissue the reward"_s << false;
    QTest::newRow("authorization word") << u"Authorization: supervisor ok"_s << false;
    QTest::newRow("order id") << u"ORD-5f1c2a9b-77aa-4e01-9d3b-00aa11bb22cc"_s << false;
    QTest::newRow("amount") << u"USD 25.00 to jane@example.com"_s << false;
    QTest::newRow("bearer") << u"Bearer abcdefghijklmnop1234"_s << true;
    QTest::newRow("x-api-key") << u"x-api-key: 1234567890abcdef"_s << true;
    QTest::newRow("access_token param") << u"/members?access_token=abc123def456"_s << true;
    QTest::newRow("prod key") << u"PROD_0123456789abcdefghij"_s << true;
    QTest::newRow("pem") << u"-----BEGIN RSA PRIVATE KEY-----\nMIIEow"_s << true;
}

void TestActionJournal::secretGuardPatterns() {
    QFETCH(QString, text);
    QFETCH(bool, secret);
    QCOMPARE(SecretGuard::looksLikeSecret(text), secret);
    const QString redacted = SecretGuard::redact(text);
    QCOMPARE(redacted == text, !secret);
    QVERIFY(!SecretGuard::looksLikeSecret(redacted));
}

void TestActionJournal::reloadReproducesState() {
    QList<JournalEntry> before;
    QString inFlightId;
    {
        ActionJournal journal(journalPath());
        QVERIFY(openAndWait(journal));
        auto begin = [&](const QString& id) {
            const auto r = beginAndWait(journal, makeIntent(id), this);
            return r ? r->ticket() : ActionTicket{};
        };
        QVERIFY(journal.complete(begin(u"S1"_s), {JournalState::Succeeded, u"approved"_s, u"r1"_s}));
        QVERIFY(journal.complete(begin(u"N1"_s), {JournalState::NotApplied, u"line1\nline2, \"quoted\""_s, {}}));
        QVERIFY(journal.complete(begin(u"U1"_s), {JournalState::Unknown, u"timeout"_s, {}}));
        const ActionTicket reconciled = begin(u"R1"_s);
        QVERIFY(journal.complete(reconciled, {JournalState::Unknown, u"502"_s, {}}));
        QVERIFY(journal.resolve(reconciled.entryId, JournalState::ReconciledNotApplied, u"still PENDING"_s));
        const ActionTicket abandoned = begin(u"A1"_s);
        QVERIFY(journal.complete(abandoned, {JournalState::Unknown, u"reset"_s, {}}));
        QVERIFY(journal.resolve(abandoned.entryId, JournalState::Abandoned, u"checked by phone"_s));
        inFlightId = begin(u"F1"_s).entryId; // still in flight when the app closes
        before = journal.entries();
    }
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    QCOMPARE(journal.skippedLines(), 0);
    const QList<JournalEntry> after = journal.entries();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const JournalEntry& a = before.at(i);
        const JournalEntry& b = after.at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.createdAt, a.createdAt);
        QCOMPARE(b.updatedAt, a.updatedAt);
        QCOMPARE(b.actor, a.actor);
        QCOMPARE(b.accountId, a.accountId);
        QCOMPARE(b.accountLabel, a.accountLabel);
        QCOMPARE(b.vendor, a.vendor);
        QCOMPARE(b.environment, a.environment);
        QCOMPARE(b.objectType, a.objectType);
        QCOMPARE(b.objectId, a.objectId);
        QCOMPARE(b.action, a.action);
        QCOMPARE(b.reason, a.reason);
        QCOMPARE(b.summary, a.summary);
        QCOMPARE(b.state, a.state);
        QCOMPARE(b.outcome, a.outcome);
        QCOMPARE(b.requestId, a.requestId);
        QCOMPARE(b.resolvedBy, a.resolvedBy);
    }
    QCOMPARE(journal.unresolved().size(), 2); // U1 (Unknown) and F1 (Sending)
    QVERIFY(journal.isLocked(makeIntent(u"U1"_s).object()));
    QVERIFY(journal.isLocked(makeIntent(u"F1"_s).object()));
    QVERIFY(!journal.isLocked(makeIntent(u"S1"_s).object()));
    QVERIFY(!journal.isLocked(makeIntent(u"R1"_s).object()));
    QVERIFY(!journal.isLocked(makeIntent(u"A1"_s).object()));
    // A Sending entry from a previous run is not in flight in this one: it needs attention.
    QVERIFY(!journal.isInFlight(inFlightId));
    QVERIFY(journal.needsAttention(*journal.entry(inFlightId)));
}

void TestActionJournal::contextDestroyedBeforeDurableIsNotSent() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    journal.setSyncHookForTesting([] {
        QThread::msleep(100);
        return true;
    });
    QSignalSpy changed(&journal, &ActionJournal::entryChanged);
    bool called = false;
    auto* context = new QObject;
    const ActionIntent intent = makeIntent(u"ORD-14"_s);
    journal.beginAction(intent, context, [&called](const BeginResult&) { called = true; });
    delete context; // the tab closes before the line is durable
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    QVERIFY(!called);
    const JournalEntry e = journal.entries().constFirst();
    QCOMPARE(e.state, JournalState::NotApplied);
    QVERIFY(!e.outcome.isEmpty());
    QVERIFY(!journal.isLocked(intent.object()));
}

void TestActionJournal::beginBeforeLoadWaitsForLoad() {
    ActionJournal journal(journalPath());
    QVERIFY(!journal.isLoaded());
    const auto r = beginAndWait(journal, makeIntent(u"ORD-15"_s), this); // opens the journal itself
    QVERIFY(journal.isLoaded());
    QVERIFY(r && r->ok());
    QCOMPARE(readLines(journalPath()).size(), 1);
}

void TestActionJournal::closingWithPendingBeginRecordsNotSent() {
    QString id;
    {
        ActionJournal journal(journalPath());
        QVERIFY(openAndWait(journal));
        journal.setSyncHookForTesting([] {
            QThread::msleep(100);
            return true;
        });
        bool called = false;
        journal.beginAction(makeIntent(u"ORD-16"_s), this, [&called](const BeginResult&) { called = true; });
        // Destroyed before the callback could run: the caller never got a ticket, so nothing was sent.
    }
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    QCOMPARE(journal.entries().size(), 1);
    QCOMPARE(journal.entries().constFirst().state, JournalState::NotApplied);
    QVERIFY(!journal.isLocked(makeIntent(u"ORD-16"_s).object()));
}

void TestActionJournal::rotationKeepsArchivesAndUnresolvedEntries() {
    const qint64 small = 3000; // about 6 entries
    QString unknownId;
    auto session = [&](int count, const QString& prefix) {
        ActionJournal journal(journalPath());
        journal.setMaxFileSize(small);
        if (!openAndWait(journal))
            return QList<JournalEntry>();
        for (int i = 0; i < count; ++i) {
            const auto r = beginAndWait(journal, makeIntent(prefix + QString::number(i)), this);
            if (!r || !r->ok())
                return QList<JournalEntry>();
            const bool unknown = unknownId.isEmpty() && i == 0;
            journal.complete(r->ticket(), {unknown ? JournalState::Unknown : JournalState::Succeeded, u"x"_s, {}});
            if (unknown)
                unknownId = r->ticket().entryId;
        }
        return journal.entries();
    };
    QCOMPARE(session(10, u"A"_s).size(), 10);
    QVERIFY(JournalWriter::archivesOf(journalPath()).isEmpty());
    QVERIFY(QFileInfo(journalPath()).size() > small);

    // Second start: rotates, and still shows what was in the rotated file.
    const QList<JournalEntry> second = session(10, u"B"_s);
    QCOMPARE(JournalWriter::archivesOf(journalPath()).size(), 1);
    QCOMPARE(second.size(), 20);
    // The new file begins with a snapshot of the one unresolved entry.
    QFile f(journalPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject first = QJsonDocument::fromJson(f.readLine()).object();
    f.close();
    QCOMPARE(first.value("event"_L1).toString(), u"snapshot"_s);
    QCOMPARE(first.value("id"_L1).toString(), unknownId);
    QCOMPARE(first.value("state"_L1).toString(), u"unknown"_s);

    // Third start: rotates again; the oldest archive stays on disk but is no longer loaded.
    QThread::msleep(2); // distinct archive timestamps
    QCOMPARE(session(1, u"C"_s).size(), 21);
    const QStringList archives = JournalWriter::archivesOf(journalPath());
    QCOMPARE(archives.size(), 2);
    ActionJournal journal(journalPath());
    journal.setMaxFileSize(small);
    QVERIFY(openAndWait(journal));
    QCOMPARE(journal.skippedLines(), 0);
    QCOMPARE(journal.entries().size(), 1 + 10 + 1); // the carried-over A0, B0..B9 from the newest archive, C0
    const std::optional<JournalEntry> a0 = journal.entry(unknownId);
    QVERIFY(a0.has_value());
    QCOMPARE(a0->state, JournalState::Unknown);
    QVERIFY(journal.isLocked(makeIntent(u"A0"_s).object()));
    QVERIFY(!journal.isLocked(makeIntent(u"A1"_s).object()));
}

void TestActionJournal::concurrentBeginsAreGroupCommitted() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    journal.setSyncHookForTesting([] {
        QThread::msleep(20);
        return true;
    });
    constexpr int N = 20;
    int ok = 0;
    for (int i = 0; i < N; ++i) {
        journal.beginAction(makeIntent(u"G"_s + QString::number(i)), this, [&ok](const BeginResult& r) {
            if (r.ok())
                ++ok;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok, N, 5000);
    QCOMPARE(readLines(journalPath()).size(), N);
}

void TestActionJournal::secondJournalOnSameFileIsReadOnly() {
    auto first = std::make_unique<ActionJournal>(journalPath());
    QVERIFY(openAndWait(*first));
    QVERIFY(first->openError().isEmpty());
    const auto a = beginAndWait(*first, makeIntent(u"ORD-20"_s), this);
    QVERIFY(a && a->ok());

    // A second RewardDesk on the same journal must not take the first one's in-flight action for an interrupted one
    // and act on it: it may read, but not write.
    ActionJournal second(journalPath());
    QSignalSpy failed(&second, &ActionJournal::writeFailed);
    QVERIFY(openAndWait(second));
    QVERIFY(!second.openError().isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(second.entries().size(), 1); // readable
    const auto b = beginAndWait(second, makeIntent(u"ORD-21"_s), this);
    QVERIFY(b && !b->ok());
    QCOMPARE(b->error().code, JournalError::WriteFailed);
    QVERIFY(!second.resolve(a->ticket().entryId, JournalState::Abandoned, u"x"_s));
    QCOMPARE(readLines(journalPath()).size(), 1); // nothing written by the second one

    // Once the first one is gone, the journal can be taken over.
    first.reset();
    ActionJournal third(journalPath());
    QVERIFY(openAndWait(third));
    QVERIFY(third.openError().isEmpty());
    QVERIFY(beginAndWait(third, makeIntent(u"ORD-22"_s), this)->ok());
}

void TestActionJournal::outcomeFromApiError() {
    ApiError e;
    e.vendor = Vendor::Tremendous;
    e.requestId = u"rd-123"_s;
    e.failure = FailureClass::NotSent;
    e.kind = ErrorKind::ConnectionRefused;
    ActionOutcome o = outcomeFromError(e, u"Tremendous (production)"_s);
    QCOMPARE(o.state, JournalState::NotApplied);
    QCOMPARE(o.requestId, u"rd-123"_s);
    QVERIFY(!o.message.isEmpty());
    e.failure = FailureClass::Rejected;
    e.kind = ErrorKind::Http;
    e.httpStatus = 422;
    QCOMPARE(outcomeFromError(e).state, JournalState::NotApplied);
    e.failure = FailureClass::Unknown;
    e.kind = ErrorKind::Timeout;
    QCOMPARE(outcomeFromError(e).state, JournalState::Unknown);
    QCOMPARE(outcomeSucceeded(u"Approved"_s, u"r"_s).state, JournalState::Succeeded);
}

void TestActionJournal::appendLatency() {
    ActionJournal journal(journalPath());
    QVERIFY(openAndWait(journal));
    constexpr int N = 60;
    QList<qint64> syncPart;   // time spent inside beginAction() on the GUI thread
    QList<qint64> toCallback; // beginAction() until the caller may send (line written + fsync'ed)
    for (int i = 0; i < N; ++i) {
        // QSignalSpy::wait runs a real event loop (QTRY_* polls every 10 ms and would measure its own sleep).
        QSignalSpy added(&journal, &ActionJournal::entryAdded); // emitted right before the callback runs
        QElapsedTimer t;
        t.start();
        qint64 cb = -1;
        ActionTicket ticket;
        journal.beginAction(makeIntent(u"L"_s + QString::number(i)), this, [&](const BeginResult& r) {
            cb = t.nsecsElapsed();
            ticket = r.ticket();
        });
        syncPart.append(t.nsecsElapsed());
        QVERIFY(added.wait(5000));
        QVERIFY(cb >= 0);
        toCallback.append(cb);
        QVERIFY(journal.complete(ticket, {JournalState::Succeeded, u"ok"_s, {}}));
    }
    std::sort(syncPart.begin(), syncPart.end());
    std::sort(toCallback.begin(), toCallback.end());
    auto ms = [](qint64 ns) { return double(ns) / 1e6; };
    qInfo("beginAction on the GUI thread: median %.3f ms, p95 %.3f ms; until durable: median %.3f ms, p95 %.3f ms",
          ms(syncPart.at(N / 2)), ms(syncPart.at(N * 95 / 100)), ms(toCallback.at(N / 2)),
          ms(toCallback.at(N * 95 / 100)));
    QVERIFY2(ms(syncPart.at(N / 2)) < 2.0, "beginAction() must not wait for the disk");
    QVERIFY2(ms(toCallback.at(N / 2)) < 50.0, "a durable append should take a few ms at most");
}

QTEST_GUILESS_MAIN(TestActionJournal)
#include "tst_actionjournal.moc"
