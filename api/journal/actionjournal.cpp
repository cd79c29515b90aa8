#include "api/journal/actionjournal.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

#include "api/journal/journalcodec.h"
#include "api/journal/journallog.h"
#include "api/journal/journalwriter.h"
#include "api/journal/secretguard.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString objectText(const ObjectRef& o) {
    return o.objectType + u' ' + o.objectId;
}

} // namespace

ActionJournal::ActionJournal(QObject* parent)
    : ActionJournal(defaultPath(), parent) {}

ActionJournal::ActionJournal(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_actor(osUserName()) {
    qRegisterMetaType<rd::JournalEntry>();
}

ActionJournal::~ActionJournal() {
    if (!m_writer)
        return;
    // Begins whose callback never ran: the caller never got a ticket, so nothing was sent. Say so on disk (after
    // the SENDING line, which is already queued), so these do not come back as "needs attention".
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (PendingBegin& p : m_beginning) {
        p.entry.state = JournalState::NotApplied;
        p.entry.outcome = tr("Not sent: RewardDesk was closed before the request was sent.");
        p.entry.updatedAt = now;
        m_writer->append(JournalCodec::updateLine(p.entry, "complete"_L1), {});
    }
    m_writer.reset(); // drains the queue (everything is written and synced), then joins the writer thread
}

QString ActionJournal::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal/actions.jsonl"_s;
}

QString ActionJournal::osUserName() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

void ActionJournal::open() {
    if (m_opened)
        return;
    m_opened = true;
    m_writer = std::make_unique<JournalWriter>(m_path, m_maxFileSize);
    m_writer->load([this](JournalWriter::LoadResult r) {
        // Writer thread: hand the result to this object's thread. (If this object is being destroyed, it is joining
        // the writer thread, and the posted call is discarded with the object.)
        QMetaObject::invokeMethod(
            this,
            [this, entries = std::move(r.entries), skipped = r.skippedLines, error = r.error]() mutable {
                onLoaded(std::move(entries), skipped, error);
            },
            Qt::QueuedConnection);
    });
}

void ActionJournal::onLoaded(QList<JournalEntry> entries, int skipped, const QString& error) {
    m_entries = std::move(entries);
    m_index.clear();
    m_index.reserve(m_entries.size());
    m_unresolvedByKey.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_index.insert(m_entries.at(i).id, i);
        trackLock(m_entries.at(i), +1);
    }
    m_skippedLines = skipped;
    m_openError = error;
    m_loaded = true;
    qCInfo(lcJournal) << "journal loaded:" << m_entries.size() << "entries," << unresolved().size() << "unresolved,"
                      << skipped << "line(s) skipped";
    if (!error.isEmpty()) {
        qCWarning(lcJournal) << "journal is not writable:" << error;
        Q_EMIT writeFailed(error);
    }
    Q_EMIT loaded();
    const auto waiting = std::exchange(m_waitingForLoad, {});
    for (const auto& fn : waiting)
        fn();
}

void ActionJournal::beginAction(const ActionIntent& intent, QObject* context, BeginCallback callback) {
    if (!m_loaded) {
        if (!m_opened)
            open();
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        m_waitingForLoad.append([this, intent, guard, hadContext, callback = std::move(callback)]() mutable {
            if (hadContext && !guard)
                return; // the asker is gone: nothing to begin
            startBegin(intent, guard.data(), std::move(callback));
        });
        return;
    }
    startBegin(intent, context, std::move(callback));
}

void ActionJournal::startBegin(const ActionIntent& intent, QObject* context, BeginCallback callback) {
    const ObjectRef object = intent.object();
    if (!object.isValid() || intent.action.isEmpty()) {
        deliver(context, std::move(callback),
                JournalError{JournalError::Refused, tr("The action is missing its account, object or name.")});
        return;
    }
    for (const QString* text : {&intent.reason, &intent.summary, &intent.objectId, &intent.accountLabel}) {
        if (SecretGuard::looksLikeSecret(*text)) {
            qCWarning(lcJournal) << "refused an action whose text looks like a credential:" << intent.action
                                 << intent.objectType;
            deliver(context, std::move(callback),
                    JournalError{JournalError::Refused,
                                 tr("The reason or summary looks like it contains a key or token. Remove it and try "
                                    "again: the journal never stores credentials.")});
            return;
        }
    }
    if (isLocked(object)) {
        deliver(context, std::move(callback),
                JournalError{JournalError::Busy,
                             tr("Another action on %1 is in progress or its outcome is not known yet. Wait for it, "
                                "or check the Audit log.")
                                 .arg(objectText(object))});
        return;
    }
    if (!m_openError.isEmpty()) {
        deliver(context, std::move(callback),
                JournalError{JournalError::WriteFailed, tr("Not sent: %1").arg(m_openError)});
        return;
    }

    JournalEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.updatedAt = e.createdAt;
    e.actor = m_actor;
    e.accountId = intent.accountId;
    e.accountLabel = intent.accountLabel;
    e.vendor = intent.vendor;
    e.environment = intent.environment;
    e.objectType = intent.objectType;
    e.objectId = intent.objectId;
    e.action = intent.action;
    e.reason = intent.reason;
    e.summary = intent.summary;
    e.state = JournalState::Sending;

    const QString id = e.id;
    m_beginningKeys.insert(object.lockKey());
    const QByteArray line = JournalCodec::beginLine(e);
    m_beginning.insert(id, PendingBegin{std::move(e), context, context != nullptr, std::move(callback)});
    m_writer->append(line, [this, id](bool ok, const QString& error) {
        QMetaObject::invokeMethod(
            this, [this, id, ok, error] { onBeginWritten(id, ok, error); }, Qt::QueuedConnection);
    });
}

void ActionJournal::onBeginWritten(const QString& entryId, bool ok, const QString& error) {
    auto it = m_beginning.find(entryId);
    if (it == m_beginning.end())
        return;
    PendingBegin p = std::move(*it);
    m_beginning.erase(it);
    m_beginningKeys.remove(p.entry.object().lockKey());

    if (!ok) {
        // The SENDING line may or may not be on disk: record (best effort) that nothing was sent, so the attempt
        // shows in the audit log and a later load does not take it for an interrupted action.
        p.entry.state = JournalState::NotApplied;
        p.entry.outcome = tr("Not sent: %1").arg(error);
        p.entry.updatedAt = QDateTime::currentDateTimeUtc();
        const JournalEntry& failed = m_entries.emplace_back(std::move(p.entry));
        m_index.insert(failed.id, m_entries.size() - 1);
        appendLine(JournalCodec::updateLine(failed, "complete"_L1));
        Q_EMIT writeFailed(error);
        Q_EMIT entryAdded(failed);
        if (!p.hadContext || p.context)
            p.callback(JournalError{JournalError::WriteFailed, m_entries.constLast().outcome});
        return;
    }

    const JournalEntry& added = m_entries.emplace_back(std::move(p.entry));
    m_index.insert(added.id, m_entries.size() - 1);
    trackLock(added, +1);
    m_inFlight.insert(added.id);
    Q_EMIT entryAdded(added);

    const ActionTicket ticket{entryId, m_entries.constLast().object()};
    if (p.hadContext && !p.context) {
        // The asker is gone, so the request will never be sent.
        complete(ticket, {JournalState::NotApplied, tr("Not sent: the window that asked for it was closed."), {}});
        return;
    }
    p.callback(ticket); // the caller sends the request from here
}

void ActionJournal::deliver(QObject* context, BeginCallback callback, BeginResult result) {
    // Always asynchronous, so a caller never sees its callback run inside beginAction().
    QMetaObject::invokeMethod(
        context ? context : this, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

void ActionJournal::appendLine(const QByteArray& line) {
    m_writer->append(line, [this](bool ok, const QString& error) {
        if (!ok)
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT writeFailed(error); }, Qt::QueuedConnection);
    });
}

bool ActionJournal::complete(const ActionTicket& ticket, const ActionOutcome& outcome) {
    const auto idx = m_index.constFind(ticket.entryId);
    if (idx == m_index.cend() || !m_inFlight.contains(ticket.entryId)) {
        qCWarning(lcJournal) << "complete() for an entry that is not in flight:" << ticket.entryId;
        return false;
    }
    if (outcome.state != JournalState::Succeeded && outcome.state != JournalState::NotApplied &&
        outcome.state != JournalState::Unknown) {
        qCWarning(lcJournal) << "complete() with a state that is not an outcome:" << journalStateKey(outcome.state);
        return false;
    }
    m_inFlight.remove(ticket.entryId);
    JournalEntry& e = m_entries[*idx];
    setState(e, outcome.state);
    e.outcome = SecretGuard::redact(outcome.message);
    e.requestId = SecretGuard::redact(outcome.requestId);
    e.updatedAt = QDateTime::currentDateTimeUtc();
    appendLine(JournalCodec::updateLine(e, "complete"_L1));
    qCInfo(lcJournal).noquote() << "action" << e.action << objectText(e.object()) << "->" << journalStateKey(e.state);
    Q_EMIT entryChanged(e);
    return true;
}

bool ActionJournal::resolve(const QString& entryId, JournalState state, const QString& note) {
    const auto idx = m_index.constFind(entryId);
    if (idx == m_index.cend() || m_inFlight.contains(entryId) || !m_entries.at(*idx).isUnresolved()) {
        qCWarning(lcJournal) << "resolve() for an entry that is not unresolved, or is in flight:" << entryId;
        return false;
    }
    if (state != JournalState::ReconciledApplied && state != JournalState::ReconciledNotApplied &&
        state != JournalState::Abandoned && state != JournalState::Unknown) {
        qCWarning(lcJournal) << "resolve() with an unsupported state:" << journalStateKey(state);
        return false;
    }
    if (!m_openError.isEmpty()) {
        qCWarning(lcJournal) << "resolve() refused: the journal is not writable";
        return false;
    }
    if (state == JournalState::Abandoned && note.trimmed().isEmpty()) {
        qCWarning(lcJournal) << "resolve() as abandoned needs a note";
        return false;
    }
    JournalEntry& e = m_entries[*idx];
    setState(e, state);
    e.outcome = SecretGuard::redact(note);
    if (state != JournalState::Unknown)
        e.resolvedBy = m_actor;
    e.updatedAt = QDateTime::currentDateTimeUtc();
    appendLine(JournalCodec::updateLine(e, "resolve"_L1));
    qCInfo(lcJournal).noquote() << "entry" << e.id << objectText(e.object()) << "resolved as" << journalStateKey(state);
    Q_EMIT entryChanged(e);
    return true;
}

bool ActionJournal::isLocked(const ObjectRef& object) const {
    const QString key = object.lockKey();
    return m_beginningKeys.contains(key) || m_unresolvedByKey.value(key) > 0;
}

QList<JournalEntry> ActionJournal::unresolved() const {
    QList<JournalEntry> out;
    for (const JournalEntry& e : m_entries) {
        if (e.isUnresolved())
            out.append(e);
    }
    return out;
}

std::optional<JournalEntry> ActionJournal::entry(const QString& entryId) const {
    const auto idx = m_index.constFind(entryId);
    if (idx == m_index.cend())
        return std::nullopt;
    return m_entries.at(*idx);
}

void ActionJournal::setSyncHookForTesting(std::function<bool()> hook) {
    if (!m_writer)
        open();
    m_writer->setSyncHook(std::move(hook));
}

void ActionJournal::setState(JournalEntry& entry, JournalState state) {
    trackLock(entry, -1);
    entry.state = state;
    trackLock(entry, +1);
}

void ActionJournal::trackLock(const JournalEntry& entry, int delta) {
    if (!entry.isUnresolved())
        return;
    const QString key = entry.object().lockKey();
    int& count = m_unresolvedByKey[key];
    count += delta;
    if (count <= 0)
        m_unresolvedByKey.remove(key);
}

} // namespace rd
