#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

#include "api/journal/journalentry.h"

namespace rd {

class JournalWriter;

// The write-ahead action journal (design.md section 2): who did what to which object, why, when, and how it ended.
// It is also the audit trail (JournalModel) and the per-object action lock.
//
// Using it, for every action that changes something at a vendor:
//     journal->beginAction(intent, this, [this](const BeginResult& r) {
//         if (!r) { showError(r.error().message); return; }        // NOT sent: busy, refused or not journaled
//         client->approveOrder(id, this, [=](ApiResult<Order> res) {
//             journal->complete(r.ticket(), outcomeOf(res));          // Succeeded / NotApplied / Unknown
//         });
//     });
// The callback runs only after the SENDING line is durable on disk (written and fsync'ed on the writer thread), so a
// request cannot be sent before its journal line exists; the GUI thread never waits for the disk. A begin made
// before the journal has loaded waits for the load. The callback runs on this object's thread, only while `context`
// is alive; if `context` dies before the line is durable the action is recorded as not sent.
//
// Secrets: every field is non-secret by contract. Never pass a key, token, header, body or redeemable link. As a
// safety net, beginAction() refuses an intent whose text looks like a credential (SecretGuard) and complete() /
// resolve() redact such text; there is no field where a header or body could go.
//
// Locking: an object (account + type + id) is locked from beginAction() until its entry is resolved: while the
// SENDING line is being written, while the request is in flight, and while the outcome is Unknown or was left as
// Sending by a previous run (crash). JournalReconciler reads such objects back from the vendor and resolves them.
// Locks are per process: run one RewardDesk per journal file.
//
// File and size: JSON Lines (journalcodec.h) at defaultPath(). When the file is larger than maxFileSize() at open(),
// it is renamed to "actions-<UTC time>.jsonl" (archives are kept: they are the audit trail) and the new file starts
// with a snapshot of every unresolved entry. open() loads the newest archive plus the current file, so memory stays
// bounded by about two files' worth of entries. A torn last line (crash mid-write) is skipped with a warning.
class ActionJournal : public QObject {
    Q_OBJECT
public:
    using BeginCallback = std::function<void(const BeginResult&)>;
    static constexpr qint64 DefaultMaxFileSize = 8 * 1024 * 1024;

    explicit ActionJournal(QObject* parent = nullptr); // at defaultPath()
    explicit ActionJournal(const QString& path, QObject* parent = nullptr);
    ~ActionJournal() override;

    // QStandardPaths::AppDataLocation + "/journal/actions.jsonl".
    static QString defaultPath();
    // The OS user name (USER / USERNAME), recorded as the actor of every entry.
    static QString osUserName();

    QString path() const { return m_path; }
    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes; } // takes effect at open()
    qint64 maxFileSize() const { return m_maxFileSize; }
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // Starts loading on the writer thread; emits loaded(). Call once.
    void open();
    bool isLoaded() const { return m_loaded; }
    // Lines skipped at load (torn or unreadable).
    int skippedLines() const { return m_skippedLines; }
    // Non-empty when the journal could not be opened for writing: every beginAction() then fails.
    QString openError() const { return m_openError; }

    void beginAction(const ActionIntent& intent, QObject* context, BeginCallback callback);
    // Records the outcome of a begun action: outcome.state is Succeeded, NotApplied or Unknown. Unknown keeps the
    // object locked until resolve(). Returns false (and changes nothing) for an unknown or already completed ticket.
    bool complete(const ActionTicket& ticket, const ActionOutcome& outcome);
    // Resolves an unresolved entry that is not in flight: ReconciledApplied / ReconciledNotApplied (read back from
    // the vendor), Abandoned (an agent gave up; `note` is required), or Unknown (still unknown, with a note; stays
    // locked). Returns false when the entry is not unresolved, is in flight, the state is not one of these, or the
    // journal is not writable.
    bool resolve(const QString& entryId, JournalState state, const QString& note);

    bool isLocked(const ObjectRef& object) const;
    // Begun in this run and not completed yet (the request may be on the wire).
    bool isInFlight(const QString& entryId) const { return m_inFlight.contains(entryId); }
    // Unresolved and not in flight: left by a crash, or Unknown. Shown as needing attention.
    bool needsAttention(const JournalEntry& entry) const { return entry.isUnresolved() && !isInFlight(entry.id); }

    // Oldest first.
    const QList<JournalEntry>& entries() const { return m_entries; }
    QList<JournalEntry> unresolved() const;
    std::optional<JournalEntry> entry(const QString& entryId) const;

    // Test seam: runs on the writer thread before each fsync; returning false simulates a failed write.
    void setSyncHookForTesting(std::function<bool()> hook);

Q_SIGNALS:
    void loaded();
    void entryAdded(const rd::JournalEntry& entry);
    void entryChanged(const rd::JournalEntry& entry);
    // The journal could not be written (disk full, permissions): the UI should say so; actions are refused.
    void writeFailed(const QString& message);

private:
    struct PendingBegin {
        JournalEntry entry;
        QPointer<QObject> context;
        bool hadContext = false;
        BeginCallback callback;
    };

    void onLoaded(QList<JournalEntry> entries, int skipped, const QString& error);
    void startBegin(const ActionIntent& intent, QObject* context, BeginCallback callback);
    void onBeginWritten(const QString& entryId, bool ok, const QString& error);
    void deliver(QObject* context, BeginCallback callback, BeginResult result);
    void appendLine(const QByteArray& line);
    void setState(JournalEntry& entry, JournalState state);
    void trackLock(const JournalEntry& entry, int delta);

    QString m_path;
    QString m_actor;
    qint64 m_maxFileSize = DefaultMaxFileSize;
    std::unique_ptr<JournalWriter> m_writer;
    bool m_opened = false;
    bool m_loaded = false;
    int m_skippedLines = 0;
    QString m_openError;

    QList<JournalEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    QHash<QString, int> m_unresolvedByKey;    // lock key -> unresolved entries on it
    QSet<QString> m_beginningKeys;            // lock keys whose SENDING line is being written
    QHash<QString, PendingBegin> m_beginning; // entry id -> begin waiting for durability
    QSet<QString> m_inFlight;
    QList<std::function<void()>> m_waitingForLoad;
};

} // namespace rd
