#include "api/journal/journalcodec.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString isoUtc(const QDateTime& dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& v) {
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QByteArray toLine(const QJsonObject& o) {
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact); // escapes \n inside strings: one line
    line.append('\n');
    return line;
}

QJsonObject fullObject(const JournalEntry& e, QLatin1StringView event) {
    QJsonObject o;
    o.insert("v"_L1, JournalCodec::FormatVersion);
    o.insert("event"_L1, QString(event));
    o.insert("id"_L1, e.id);
    o.insert("at"_L1, isoUtc(e.createdAt));
    o.insert("actor"_L1, e.actor);
    o.insert("accountId"_L1, e.accountId);
    o.insert("accountLabel"_L1, e.accountLabel);
    o.insert("vendor"_L1, vendorKey(e.vendor));
    o.insert("environment"_L1, environmentKey(e.environment));
    o.insert("objectType"_L1, e.objectType);
    o.insert("objectId"_L1, e.objectId);
    o.insert("action"_L1, e.action);
    o.insert("reason"_L1, e.reason);
    o.insert("summary"_L1, e.summary);
    o.insert("state"_L1, journalStateKey(e.state));
    return o;
}

void insertUpdateFields(QJsonObject& o, const JournalEntry& e) {
    if (!e.outcome.isEmpty())
        o.insert("outcome"_L1, e.outcome);
    if (!e.requestId.isEmpty())
        o.insert("requestId"_L1, e.requestId);
    if (!e.resolvedBy.isEmpty())
        o.insert("resolvedBy"_L1, e.resolvedBy);
}

} // namespace

namespace JournalCodec {

QByteArray beginLine(const JournalEntry& entry) {
    return toLine(fullObject(entry, "begin"_L1));
}

QByteArray updateLine(const JournalEntry& entry, QLatin1StringView event) {
    QJsonObject o;
    o.insert("v"_L1, FormatVersion);
    o.insert("event"_L1, QString(event));
    o.insert("id"_L1, entry.id);
    o.insert("at"_L1, isoUtc(entry.updatedAt));
    o.insert("state"_L1, journalStateKey(entry.state));
    insertUpdateFields(o, entry);
    return toLine(o);
}

QByteArray snapshotLine(const JournalEntry& entry) {
    QJsonObject o = fullObject(entry, "snapshot"_L1);
    if (entry.updatedAt.isValid())
        o.insert("updatedAt"_L1, isoUtc(entry.updatedAt));
    insertUpdateFields(o, entry);
    return toLine(o);
}

QStringList knownFields() {
    return {u"v"_s,         u"event"_s,        u"id"_s,         u"at"_s,          u"actor"_s,
            u"accountId"_s, u"accountLabel"_s, u"vendor"_s,     u"environment"_s, u"objectType"_s,
            u"objectId"_s,  u"action"_s,       u"reason"_s,     u"summary"_s,     u"state"_s,
            u"outcome"_s,   u"requestId"_s,    u"resolvedBy"_s, u"updatedAt"_s};
}

} // namespace JournalCodec

JournalFold::LineResult JournalFold::apply(QByteArrayView line) {
    line = line.trimmed();
    if (line.isEmpty())
        return LineResult::Empty;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return LineResult::Malformed;
    const QJsonObject o = doc.object();
    const QString id = o.value("id"_L1).toString();
    const QString event = o.value("event"_L1).toString();
    JournalState state;
    if (id.isEmpty() || !o.value("v"_L1).isDouble() || !journalStateFromKey(o.value("state"_L1).toString(), &state))
        return LineResult::Malformed;

    if (event == "begin"_L1 || event == "snapshot"_L1) {
        JournalEntry e;
        e.id = id;
        e.createdAt = fromIso(o.value("at"_L1));
        e.actor = o.value("actor"_L1).toString();
        e.accountId = o.value("accountId"_L1).toString();
        e.accountLabel = o.value("accountLabel"_L1).toString();
        e.objectType = o.value("objectType"_L1).toString();
        e.objectId = o.value("objectId"_L1).toString();
        e.action = o.value("action"_L1).toString();
        e.reason = o.value("reason"_L1).toString();
        e.summary = o.value("summary"_L1).toString();
        e.state = state;
        e.outcome = o.value("outcome"_L1).toString();
        e.requestId = o.value("requestId"_L1).toString();
        e.resolvedBy = o.value("resolvedBy"_L1).toString();
        e.updatedAt = fromIso(o.value("updatedAt"_L1));
        if (!e.updatedAt.isValid())
            e.updatedAt = e.createdAt;
        if (!vendorFromKey(o.value("vendor"_L1).toString(), &e.vendor) ||
            !environmentFromKey(o.value("environment"_L1).toString(), &e.environment) || !e.createdAt.isValid() ||
            !e.object().isValid())
            return LineResult::Malformed;
        const auto it = m_index.constFind(id);
        if (it != m_index.cend()) {
            m_entries[*it] = std::move(e); // a snapshot of an entry already seen (archive + current file)
        } else {
            m_index.insert(id, m_entries.size());
            m_entries.append(std::move(e));
        }
        return LineResult::Applied;
    }
    if (event == "complete"_L1 || event == "resolve"_L1) {
        const auto it = m_index.constFind(id);
        if (it == m_index.cend())
            return LineResult::Orphan;
        JournalEntry& e = m_entries[*it];
        e.state = state;
        const QDateTime at = fromIso(o.value("at"_L1));
        if (at.isValid())
            e.updatedAt = at;
        if (o.contains("outcome"_L1))
            e.outcome = o.value("outcome"_L1).toString();
        if (o.contains("requestId"_L1))
            e.requestId = o.value("requestId"_L1).toString();
        if (o.contains("resolvedBy"_L1))
            e.resolvedBy = o.value("resolvedBy"_L1).toString();
        return LineResult::Applied;
    }
    return LineResult::Malformed;
}

QList<JournalEntry> JournalFold::takeEntries() {
    m_index.clear();
    return std::exchange(m_entries, {});
}

} // namespace rd
