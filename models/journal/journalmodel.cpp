#include "models/journal/journalmodel.h"

#include <QBrush>
#include <QColor>

#include <QLocale>

#include <algorithm>

#include "api/journal/actionjournal.h"

using namespace Qt::StringLiterals;

namespace rd {

JournalModel::JournalModel(ActionJournal* journal, QObject* parent)
    : QAbstractTableModel(parent)
    , m_journal(journal) {
    if (!journal)
        return;
    connect(journal, &ActionJournal::loaded, this, &JournalModel::reload);
    connect(journal, &ActionJournal::entryAdded, this, &JournalModel::onEntryAdded);
    connect(journal, &ActionJournal::entryChanged, this, &JournalModel::onEntryChanged);
    if (journal->isLoaded())
        reload();
}

int JournalModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::accountText(const JournalEntry& e) {
    const QString env = environmentDisplayName(e.environment);
    if (e.accountLabel.isEmpty())
        return vendorDisplayName(e.vendor) + u" (" + env + u')';
    if (e.accountLabel.contains(env, Qt::CaseInsensitive) || e.accountLabel.contains(environmentKey(e.environment)))
        return e.accountLabel;
    return e.accountLabel + u" (" + env + u')';
}

QString JournalModel::stateText(const JournalEntry& e) const {
    if (e.state == JournalState::Sending && !(m_journal && m_journal->isInFlight(e.id)))
        return tr("Interrupted: needs checking"); // left as Sending by a previous run (crash or kill)
    return journalStateDisplayName(e.state);
}

QString JournalModel::displayText(const JournalEntry& e, int column) const {
    switch (column) {
    case Time:
        return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Actor:
        return e.actor;
    case Account:
        return accountText(e);
    case VendorColumn:
        return vendorDisplayName(e.vendor);
    case Object:
        return e.objectType + u' ' + e.objectId;
    case Summary:
        return e.summary;
    case Action:
        return e.action;
    case Reason:
        return e.reason;
    case State:
        return stateText(e);
    case Outcome:
        return e.outcome;
    default:
        return {};
    }
}

QVariant JournalModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_all.at(m_rows.at(index.row()));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        QString text = displayText(e, column);
        if (column == Reason || column == Outcome || column == Summary) {
            const qsizetype nl = text.indexOf(u'\n'); // one line per row; the tooltip has it all
            if (nl >= 0)
                text = text.left(nl) + u" …"_s;
        }
        return text;
    }
    case Qt::ToolTipRole:
        switch (column) {
        case Time:
            return e.createdAt.toUTC().toString(Qt::ISODate);
        case State:
        case Outcome:
            return e.outcome.isEmpty() ? stateText(e) : e.outcome;
        case Object:
            return e.summary.isEmpty() ? displayText(e, Object) : e.summary;
        case Reason:
            return e.reason;
        case Summary:
            return e.summary;
        case Actor:
            return e.resolvedBy.isEmpty() ? e.actor : tr("Started by %1, resolved by %2").arg(e.actor, e.resolvedBy);
        default:
            return {};
        }
    case EntryIdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case NeedsAttentionRole:
        return m_journal ? m_journal->needsAttention(e) : e.isUnresolved();
    case Qt::BackgroundRole:
        // Unknown outcomes and actions a crash left unfinished stand out until they are resolved.
        if (m_journal ? m_journal->needsAttention(e) : e.isUnresolved())
            return QBrush(QColor(0xFF, 0xF1, 0xCC));
        return {};
    case InFlightRole:
        return m_journal && m_journal->isInFlight(e.id);
    case SortRole:
        if (column == Time)
            return e.createdAt.toMSecsSinceEpoch();
        return displayText(e, column);
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Account:
        return tr("Account");
    case VendorColumn:
        return tr("Vendor");
    case Object:
        return tr("Object");
    case Summary:
        return tr("Summary");
    case Action:
        return tr("Action");
    case Reason:
        return tr("Reason");
    case State:
        return tr("State");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

QString JournalModel::haystackOf(const JournalEntry& e) const {
    QString s;
    for (int c = 0; c < ColumnCount; ++c) {
        s += displayText(e, c);
        s += u'\x1f';
    }
    s += e.requestId;
    return s.toCaseFolded();
}

bool JournalModel::matches(qsizetype index) const {
    const JournalEntry& e = m_all.at(index);
    if (m_vendor && e.vendor != *m_vendor)
        return false;
    if (m_attentionOnly && !(m_journal ? m_journal->needsAttention(e) : e.isUnresolved()))
        return false;
    return m_filterFolded.isEmpty() || m_haystack.at(index).contains(m_filterFolded);
}

void JournalModel::reload() {
    beginResetModel();
    m_all = m_journal ? m_journal->entries() : QList<JournalEntry>();
    m_index.clear();
    m_index.reserve(m_all.size());
    m_haystack.clear();
    m_haystack.reserve(m_all.size());
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        m_index.insert(m_all.at(i).id, i);
        m_haystack.append(haystackOf(m_all.at(i)));
    }
    rebuildRows();
    endResetModel();
}

void JournalModel::rebuildRows() {
    m_rows.clear();
    for (qsizetype i = m_all.size() - 1; i >= 0; --i) {
        if (matches(i))
            m_rows.append(i);
    }
}

void JournalModel::setFilter(const QString& text, bool needsAttentionOnly, std::optional<Vendor> vendor) {
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_filterFolded && needsAttentionOnly == m_attentionOnly && vendor == m_vendor) {
        m_filterText = text;
        return;
    }
    beginResetModel();
    m_filterText = text;
    m_filterFolded = folded;
    m_attentionOnly = needsAttentionOnly;
    m_vendor = vendor;
    rebuildRows();
    endResetModel();
}

void JournalModel::setFilterText(const QString& text) {
    setFilter(text, m_attentionOnly, m_vendor);
}

void JournalModel::setNeedsAttentionOnly(bool on) {
    setFilter(m_filterText, on, m_vendor);
}

void JournalModel::setVendorFilter(std::optional<Vendor> vendor) {
    setFilter(m_filterText, m_attentionOnly, vendor);
}

int JournalModel::needsAttentionCount() const {
    int n = 0;
    for (const JournalEntry& e : m_all) {
        if (m_journal ? m_journal->needsAttention(e) : e.isUnresolved())
            ++n;
    }
    return n;
}

JournalEntry JournalModel::entryAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_all.at(m_rows.at(row));
}

qsizetype JournalModel::visiblePosition(qsizetype index, bool* found) const {
    // m_rows is sorted descending: the first position whose value is <= index.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), index, std::greater<qsizetype>());
    *found = it != m_rows.cend() && *it == index;
    return it - m_rows.cbegin();
}

int JournalModel::rowOf(const QString& entryId) const {
    const auto it = m_index.constFind(entryId);
    if (it == m_index.cend())
        return -1;
    bool found = false;
    const qsizetype pos = visiblePosition(*it, &found);
    return found ? int(pos) : -1;
}

void JournalModel::onEntryAdded(const JournalEntry& entry) {
    if (m_index.contains(entry.id)) {
        onEntryChanged(entry);
        return;
    }
    const qsizetype index = m_all.size();
    m_all.append(entry);
    m_haystack.append(haystackOf(entry));
    m_index.insert(entry.id, index);
    if (!matches(index))
        return;
    // The newest entry: row 0.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(index);
    endInsertRows();
}

void JournalModel::onEntryChanged(const JournalEntry& entry) {
    const auto it = m_index.constFind(entry.id);
    if (it == m_index.cend()) {
        onEntryAdded(entry);
        return;
    }
    const qsizetype index = *it;
    m_all[index] = entry;
    m_haystack[index] = haystackOf(entry);
    bool wasVisible = false;
    const qsizetype pos = visiblePosition(index, &wasVisible);
    const bool visible = matches(index);
    if (wasVisible && visible) {
        Q_EMIT dataChanged(this->index(int(pos), 0), this->index(int(pos), ColumnCount - 1));
    } else if (wasVisible) {
        beginRemoveRows({}, int(pos), int(pos));
        m_rows.remove(pos);
        endRemoveRows();
    } else if (visible) {
        beginInsertRows({}, int(pos), int(pos));
        m_rows.insert(pos, index);
        endInsertRows();
    }
}

bool JournalModel::writeCsv(QIODevice* device, const QList<int>& rows, const JournalCsv::Options& options) const {
    QList<JournalEntry> entries;
    if (rows.isEmpty()) {
        entries.reserve(m_rows.size());
        for (qsizetype i : m_rows)
            entries.append(m_all.at(i));
    } else {
        entries.reserve(rows.size());
        for (int r : rows) {
            if (r >= 0 && r < m_rows.size())
                entries.append(m_all.at(m_rows.at(r)));
        }
    }
    return JournalCsv::write(device, entries, options);
}

} // namespace rd
