#include "models/tremendous/bulkresultmodel.h"

#include <QColor>

#include "models/tremendous/format.h"

namespace rd::tremendous {

namespace {

using ResultOutcome = BulkItemResult::Outcome;

bool isApplied(ResultOutcome o) {
    return o == ResultOutcome::Succeeded || o == ResultOutcome::AlreadyHandled;
}
bool isNotApplied(ResultOutcome o) {
    return o == ResultOutcome::NotApplied || o == ResultOutcome::Skipped;
}
bool isUnknown(ResultOutcome o) {
    return o == ResultOutcome::Reconciling || o == ResultOutcome::Unknown;
}
bool isOpen(ResultOutcome o) {
    return o == ResultOutcome::Pending || o == ResultOutcome::Running;
}

} // namespace

QColor BulkResultModel::outcomeColor(ResultOutcome outcome) {
    switch (outcome) {
    case ResultOutcome::Succeeded:
    case ResultOutcome::AlreadyHandled:
        return QColor(0x2e, 0x7d, 0x32); // green: applied
    case ResultOutcome::NotApplied:
    case ResultOutcome::Skipped:
        return QColor(0x75, 0x75, 0x75); // grey: nothing changed
    case ResultOutcome::Reconciling:
    case ResultOutcome::Unknown:
        return QColor(0xe0, 0x8a, 0x00); // amber: unknown / being read back
    case ResultOutcome::Running:
        return QColor(0x15, 0x65, 0xc0); // blue: in flight
    case ResultOutcome::Pending:
        break;
    }
    return {};
}

BulkResultModel::BulkResultModel(QObject* parent)
    : QAbstractTableModel(parent) {}

BulkResultModel::~BulkResultModel() = default;

void BulkResultModel::setRunner(BulkRunner* runner) {
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_runner = runner;
    m_rows = runner ? int(runner->items().size()) : 0;
    if (runner) {
        m_connections.append(connect(runner, &BulkRunner::itemChanged, this, &BulkResultModel::onItemChanged));
        m_connections.append(connect(runner, &BulkRunner::finished, this, &BulkResultModel::summaryChanged));
        m_connections.append(connect(runner, &QObject::destroyed, this, [this] { setRunner(nullptr); }));
    }
    endResetModel();
    Q_EMIT summaryChanged();
}

void BulkResultModel::onItemChanged(int index) {
    if (index < 0 || index >= m_rows)
        return;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    Q_EMIT summaryChanged();
}

int BulkResultModel::countWhere(bool (*predicate)(ResultOutcome)) const {
    if (!m_runner)
        return 0;
    int n = 0;
    for (const BulkItemResult& result : m_runner->results()) {
        if (predicate(result.outcome))
            ++n;
    }
    return n;
}

int BulkResultModel::appliedCount() const {
    return countWhere(isApplied);
}
int BulkResultModel::notAppliedCount() const {
    return countWhere(isNotApplied);
}
int BulkResultModel::unknownCount() const {
    return countWhere(isUnknown);
}
int BulkResultModel::openCount() const {
    return countWhere(isOpen);
}

QString BulkResultModel::summaryText() const {
    if (!m_runner)
        return {};
    const QString applied = tr("%n applied", nullptr, appliedCount());
    const QString notApplied = tr("%n not applied", nullptr, notAppliedCount());
    const QString unknown = tr("%n unknown", nullptr, unknownCount());
    const int open = openCount();
    if (open == 0)
        return tr("%1, %2, %3", "applied, not applied, unknown").arg(applied, notApplied, unknown);
    return tr("%1, %2, %3, %4", "applied, not applied, unknown, to go")
        .arg(applied, notApplied, unknown, tr("%n to go", nullptr, open));
}

int BulkResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int BulkResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkResultModel::data(const QModelIndex& index, int role) const {
    if (!m_runner || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row >= m_runner->items().size() || row >= m_runner->results().size())
        return {};
    const BulkItem& item = m_runner->items().at(row);
    const BulkItemResult& result = m_runner->results().at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Object:
            return item.objectId;
        case Recipient:
            return item.recipient;
        case Amount:
            return item.amount.valid() ? formatMoney(item.amount) : QString();
        case Column::Outcome:
            return bulkOutcomeDisplay(result.outcome);
        case Message:
            return result.message.isEmpty() && result.outcome == ResultOutcome::Skipped ? item.blockedReason
                                                                                        : result.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Message || index.column() == Column::Outcome)
            return result.message.isEmpty() ? item.blockedReason : result.message;
        if (index.column() == Object)
            return item.summary;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Column::Outcome) {
            // Applied but the vendor reports a problem (e.g. approved, order FAILED): amber, to be checked.
            const QColor color = result.warning ? outcomeColor(ResultOutcome::Unknown) : outcomeColor(result.outcome);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Column::Outcome) {
            // Applied but the vendor reports a problem (e.g. approved, order FAILED): amber, to be checked.
            const QColor color = result.warning ? outcomeColor(ResultOutcome::Unknown) : outcomeColor(result.outcome);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OutcomeRole:
        return int(result.outcome);
    case OutcomeColorRole: {
        // Applied but the vendor reports a problem (e.g. approved, order FAILED): amber, to be checked.
        const QColor color = result.warning ? outcomeColor(ResultOutcome::Unknown) : outcomeColor(result.outcome);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case AppliedRole:
        return result.applied();
    case JournalEntryRole:
        return result.journalEntry;
    case HttpStatusRole:
        return result.httpStatus;
    default:
        return {};
    }
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Object:
        return tr("Object");
    case Recipient:
        return tr("Recipient");
    case Amount:
        return tr("Amount");
    case Column::Outcome:
        return tr("Outcome");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rd::tremendous
