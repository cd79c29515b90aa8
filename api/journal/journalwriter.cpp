#include "api/journal/journalwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include "api/journal/journalcodec.h"
#include "api/journal/journallog.h"

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace rd {

namespace {

bool syncFd(int fd) {
#if defined(Q_OS_WIN)
    return ::_commit(fd) == 0;
#elif defined(Q_OS_DARWIN)
    return ::fcntl(fd, F_FULLFSYNC) == 0 || ::fsync(fd) == 0;
#else
    return ::fdatasync(fd) == 0;
#endif
}

// Makes a new or renamed directory entry durable (POSIX); a no-op elsewhere.
void syncDirectory(const QString& dir) {
#if !defined(Q_OS_WIN)
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

// Reads a journal file, at most the last `cap` bytes (a partial first line is dropped), into `fold`.
void readInto(const QString& path, qint64 cap, JournalFold& fold, int* skipped, bool* endsWithNewline) {
    QFile f(path);
    if (endsWithNewline)
        *endsWithNewline = true;
    if (!f.exists() || !f.open(QIODevice::ReadOnly))
        return;
    qint64 start = 0;
    if (f.size() > cap) {
        start = f.size() - cap;
        qCWarning(lcJournal) << "journal file" << path << "is" << f.size() << "bytes; reading only its last" << cap;
        f.seek(start);
    }
    QByteArray data = f.readAll();
    if (start > 0) {
        const qsizetype nl = data.indexOf('\n');
        data.remove(0, nl < 0 ? data.size() : nl + 1);
    }
    if (endsWithNewline)
        *endsWithNewline = data.isEmpty() || data.endsWith('\n');
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < data.size()) {
        qsizetype nl = data.indexOf('\n', pos);
        const bool last = nl < 0;
        if (last)
            nl = data.size();
        ++lineNo;
        const JournalFold::LineResult r = fold.apply(QByteArrayView(data).sliced(pos, nl - pos));
        if (r == JournalFold::LineResult::Malformed) {
            ++*skipped;
            if (last)
                qCWarning(lcJournal) << "skipping a torn last line in" << path << "(crash while writing?)";
            else
                qCWarning(lcJournal) << "skipping unreadable line" << lineNo << "in" << path;
        } else if (r == JournalFold::LineResult::Orphan) {
            ++*skipped;
            qCWarning(lcJournal) << "skipping line" << lineNo << "in" << path << "for an entry whose start is gone";
        }
        pos = nl + 1;
    }
}

} // namespace

JournalWriter::JournalWriter(const QString& path, qint64 maxBytes)
    : m_path(path)
    , m_maxBytes(maxBytes)
    , m_thread([this] { run(); }) {}

JournalWriter::~JournalWriter() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void JournalWriter::load(LoadDone done) {
    Task t;
    t.isLoad = true;
    t.loadDone = std::move(done);
    post(std::move(t));
}

void JournalWriter::append(QByteArray lines, Done done) {
    Task t;
    t.bytes = std::move(lines);
    t.done = std::move(done);
    post(std::move(t));
}

void JournalWriter::setSyncHook(SyncHook hook) {
    std::lock_guard lock(m_mutex);
    m_syncHook = std::move(hook);
}

void JournalWriter::post(Task task) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void JournalWriter::run() {
    for (;;) {
        std::deque<Task> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything posted has been written
            if (m_queue.front().isLoad) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            } else {
                while (!m_queue.empty() && !m_queue.front().isLoad) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
        }
        if (batch.front().isLoad)
            runLoad(batch.front().loadDone);
        else
            runAppends(batch);
    }
}

QStringList JournalWriter::archivesOf(const QString& path) {
    const QFileInfo fi(path);
    QDir dir = fi.absoluteDir();
    const QString pattern = fi.completeBaseName() + u"-*."_s + fi.suffix();
    QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name); // UTC timestamps sort by name
    QStringList paths;
    paths.reserve(names.size());
    for (const QString& n : names)
        paths.append(dir.filePath(n));
    return paths;
}

void JournalWriter::runLoad(const LoadDone& done) {
    LoadResult result;
    const QFileInfo fi(m_path);
    if (!QDir().mkpath(fi.absolutePath())) {
        result.error =
            QCoreApplication::translate("rd::ActionJournal", "The action journal folder %1 cannot be created.")
                .arg(QDir::toNativeSeparators(fi.absolutePath()));
        done(std::move(result));
        return;
    }

    m_lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    m_lock->setStaleLockTime(0); // stale only when its process is gone (a crash), never by age
    if (!m_lock->tryLock(0)) {
        m_readOnlyReason = QCoreApplication::translate(
                               "rd::ActionJournal",
                               "Another RewardDesk is using the action journal %1. Actions are disabled here: close "
                               "the other RewardDesk and restart this one.")
                               .arg(QDir::toNativeSeparators(m_path));
        result.error = m_readOnlyReason;
        qCWarning(lcJournal) << "journal is locked by another process:" << m_lock->error();
    }

    QElapsedTimer timer;
    timer.start();
    JournalFold fold;
    const QStringList archives = archivesOf(m_path);
    if (!archives.isEmpty())
        readInto(archives.constLast(), 4 * m_maxBytes, fold, &result.skippedLines, nullptr);
    bool endsWithNewline = true;
    readInto(m_path, 4 * m_maxBytes, fold, &result.skippedLines, &endsWithNewline);
    m_needsNewline = !endsWithNewline;

    const qint64 size = QFileInfo(m_path).size();
    if (size > m_maxBytes && m_readOnlyReason.isEmpty()) {
        // Rotate: the current file becomes an archive (kept: it is the audit trail), and the new file starts with
        // a snapshot of every unresolved entry so that it survives however many rotations follow.
        QString archive;
        for (int n = 0;; ++n) {
            archive = fi.absoluteDir().filePath(fi.completeBaseName() + u'-' +
                                                QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s) +
                                                (n ? u'-' + QString::number(n) : QString()) + u'.' + fi.suffix());
            if (!QFileInfo::exists(archive))
                break;
        }
        if (QFile::rename(m_path, archive)) {
            syncDirectory(fi.absolutePath());
            result.rotatedTo = archive;
            m_needsNewline = false;
            QByteArray snapshot;
            for (const JournalEntry& e : fold.entries()) {
                if (e.isUnresolved())
                    snapshot += JournalCodec::snapshotLine(e);
            }
            qCInfo(lcJournal) << "rotated the journal to" << archive;
            if (!snapshot.isEmpty()) {
                QString error;
                if (!writeDurably(snapshot, &error))
                    result.error = error;
            }
        } else {
            qCWarning(lcJournal) << "could not rotate the journal to" << archive << "; appending to it instead";
        }
    }
    if (!m_file && result.error.isEmpty())
        openForAppend(&result.error);
    result.entries = fold.takeEntries();
    qCDebug(lcJournal) << "loaded" << result.entries.size() << "journal entries in" << timer.elapsed() << "ms";
    done(std::move(result));
}

bool JournalWriter::openForAppend(QString* error) {
    if (m_file)
        return true;
    auto file = std::make_unique<QFile>(m_path);
    const bool existed = file->exists();
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = QCoreApplication::translate("rd::ActionJournal", "The action journal %1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(m_path), file->errorString());
        return false;
    }
    if (!existed) {
        // Not a secret, but a private record of who did what: owner only.
        file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        syncDirectory(QFileInfo(m_path).absolutePath());
    }
    m_file = std::move(file);
    return true;
}

bool JournalWriter::writeDurably(const QByteArray& bytes, QString* error) {
    if (!m_readOnlyReason.isEmpty()) {
        *error = m_readOnlyReason;
        return false;
    }
    if (!m_file && !openForAppend(error))
        return false;
    QByteArray data;
    const QByteArray* out = &bytes;
    if (m_needsNewline) {
        data = '\n' + bytes; // end the torn line so this one parses on its own
        out = &data;
    }
    // One write() of whole lines (QFile is unbuffered here), then fsync before anyone is told it is durable.
    const qint64 written = m_file->write(*out);
    if (written != out->size()) {
        m_needsNewline = written > 0 || m_needsNewline;
        *error = QCoreApplication::translate("rd::ActionJournal", "The action journal could not be written: %1")
                     .arg(m_file->errorString());
        return false;
    }
    m_needsNewline = false;
    SyncHook hook;
    {
        std::lock_guard lock(m_mutex);
        hook = m_syncHook;
    }
    if ((hook && !hook()) || !syncFd(m_file->handle())) {
        *error = QCoreApplication::translate("rd::ActionJournal", "The action journal could not be saved to disk.");
        return false;
    }
    return true;
}

void JournalWriter::runAppends(std::deque<Task>& batch) {
    QString error;
    bool ok = false;
    {
        QByteArray all;
        for (const Task& t : batch)
            all += t.bytes;
        QElapsedTimer timer;
        timer.start();
        ok = writeDurably(all, &error);
        qCDebug(lcJournal).nospace() << "journal: " << batch.size() << " line(s), " << all.size()
                                     << " bytes durable in " << timer.nsecsElapsed() / 1000 << " us"
                                     << (ok ? "" : " (FAILED)");
    }
    if (!ok)
        qCWarning(lcJournal) << "journal write failed:" << error;
    for (Task& t : batch) {
        if (t.done)
            t.done(ok, error);
    }
}

} // namespace rd
