#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "api/journal/journalentry.h"

class QFile;
class QLockFile;

namespace rd {

// Internal to ActionJournal: owns the journal file on a dedicated thread, so the GUI thread never waits for the
// disk. Tasks run strictly in the order they were posted. Consecutive appends are written with one write() and
// made durable with one fsync/fdatasync (group commit); each append's `done` runs on the writer thread after its
// bytes are durable (or failed). The destructor drains the queue, then joins the thread.
// load() takes "<path>.lock" (QLockFile; a lock left by a dead process is taken over): while another live process
// holds it, the journal is loaded read-only and every append fails, because two processes sharing one journal would
// each take the other's in-flight actions for interrupted ones and reconcile them under its feet.
class JournalWriter {
public:
    struct LoadResult {
        QList<JournalEntry> entries; // folded from the newest archive (if any) and the current file
        int skippedLines = 0;        // unreadable lines skipped (e.g. a torn last line after a crash)
        QString rotatedTo;           // archive path when the current file was rotated by this load
        QString error;               // non-empty: the journal cannot be written (entries may still be loaded)
    };
    using LoadDone = std::function<void(LoadResult)>;
    using Done = std::function<void(bool ok, const QString& error)>;
    using SyncHook = std::function<bool()>;

    JournalWriter(const QString& path, qint64 maxBytes);
    ~JournalWriter();
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;

    void load(LoadDone done);
    void append(QByteArray lines, Done done);
    // Test seam: runs on the writer thread after write() and before fsync; returning false simulates a failure.
    void setSyncHook(SyncHook hook);

    // Archive file names for `path`: "<dir>/<base>-<UTC timestamp>.<suffix>".
    static QStringList archivesOf(const QString& path); // oldest first

private:
    struct Task {
        bool isLoad = false;
        LoadDone loadDone;
        QByteArray bytes;
        Done done;
    };
    void post(Task task);
    void run();
    void runLoad(const LoadDone& done);
    void runAppends(std::deque<Task>& batch);
    bool openForAppend(QString* error);
    bool writeDurably(const QByteArray& bytes, QString* error);

    const QString m_path;
    const qint64 m_maxBytes;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_queue;
    bool m_stop = false;
    SyncHook m_syncHook;

    // Writer thread only.
    std::unique_ptr<QLockFile> m_lock; // "<path>.lock": one RewardDesk per journal
    QString m_readOnlyReason;          // non-empty: another process holds the journal, never write
    std::unique_ptr<QFile> m_file;
    bool m_needsNewline = false; // the file ends in a partial line (torn write): start the next line afresh

    std::thread m_thread; // last: started once everything above is constructed
};

} // namespace rd
