// PagedTableModel, part 2: sorting (SortIndex for the shown order, ColumnRanker for the ranks of other columns).

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "models/common/columnranker.h"
#include "models/common/pagedtablemodel.h"

namespace rd {

namespace {
// Rows merged into kept ranks with comparisons on the GUI thread when a sort is shown (about 10 ms here).
constexpr int kMergeLimit = 10'000;
} // namespace

int PagedTableModel::compareRows(int a, int b) const {
    const int column = m_sortIndex.column();
    if (columnSortKind(column) == SortKind::Number) {
        const double x = rowSortNumber(a, column);
        const double y = rowSortNumber(b, column);
        if (std::isnan(x))
            return std::isnan(y) ? 0 : -1;
        if (std::isnan(y))
            return 1;
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    return m_collator.compare(rowSortText(a, column), rowSortText(b, column));
}

void PagedTableModel::sortNewRows(std::vector<int>* rows) const {
    const int column = m_sortIndex.column();
    SortIndex::Built built;
    if (columnSortKind(column) == SortKind::Number) {
        std::vector<double> values;
        values.reserve(rows->size());
        for (const int row : *rows)
            values.push_back(rowSortNumber(row, column));
        built = SortIndex::buildFromNumbers(values);
    } else {
        std::vector<QString> texts;
        texts.reserve(rows->size());
        for (const int row : *rows)
            texts.push_back(rowSortText(row, column));
        built = SortIndex::buildFromTexts(texts, m_collator.locale());
    }
    std::vector<int> sorted;
    sorted.reserve(rows->size());
    for (const int i : built.sortedAsc)
        sorted.push_back((*rows)[size_t(i)]);
    *rows = std::move(sorted);
}

void PagedTableModel::mergeUnindexedRows() {
    const int from = m_sortIndex.rowCount();
    const int count = storedRowCount();
    if (from >= count)
        return;
    std::vector<int> fresh(size_t(count - from));
    std::iota(fresh.begin(), fresh.end(), from);
    sortNewRows(&fresh);
    m_sortIndex.insert(fresh, [this](int a, int b) { return compareRows(a, b); });
}

void PagedTableModel::sort(int column, Qt::SortOrder order) {
    m_sortOrder = order;
    if (column < 0 || column >= columnCount() || columnSortKind(column) == SortKind::None) {
        m_sortColumn = -1;
        m_pendingSortColumn = -1;
        if (m_sortIndex.isActive()) {
            stashActiveRanks();
            m_sortIndex.clear();
            applyVisible(currentOrder(), QAbstractItemModel::VerticalSortHint);
        }
        Q_EMIT sortApplied(-1, order);
        return;
    }
    m_sortColumn = column;
    if (m_sortIndex.isActive() && m_sortIndex.column() == column) {
        m_pendingSortColumn = -1;
        m_appliedOrder = order;
        applyVisible(currentOrder(), QAbstractItemModel::VerticalSortHint);
        Q_EMIT sortApplied(column, order);
        return;
    }
    if (m_pendingSortColumn == column)
        return; // its ranks are being computed; they will be shown in m_sortOrder
    if (activateSort(column, false))
        return;
    m_pendingSortColumn = column;
    m_ranker->compute(column);
}

bool PagedTableModel::isSortPrepared(int column) const {
    if (m_sortIndex.isActive() && m_sortIndex.column() == column)
        return true;
    if (column < 0 || column >= columnCount() || columnSortKind(column) != SortKind::Text)
        return column >= 0 && column < columnCount();
    return m_ranker->rankedRows(column) == storedRowCount();
}

// Shows the rows sorted by `column` now if that is cheap: numbers, kept ranks (plus a merge of the rows that arrived
// since, unless many), or a small list. `force`: use kept ranks whatever the number of rows to merge.
bool PagedTableModel::activateSort(int column, bool force) {
    const int count = storedRowCount();
    SortIndex::Built built;
    if (columnSortKind(column) == SortKind::Number) {
        std::vector<double> values(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row)
            values[size_t(row)] = rowSortNumber(row, column);
        built = SortIndex::buildFromNumbers(values);
    } else if (const int kept = m_ranker->rankedRows(column);
               kept > 0 && !m_ranker->isComputing(column) && (force || count - kept <= kMergeLimit)) {
        built = SortIndex::fromRanks(m_ranker->take(column)); // the active index owns them now
    } else if (count < m_options.asyncSortThreshold) {
        std::vector<QString> texts(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row)
            texts[size_t(row)] = rowSortText(row, column);
        built = SortIndex::buildFromTexts(texts, m_collator.locale());
    } else {
        return false;
    }
    stashActiveRanks();
    m_pendingSortColumn = -1;
    m_sortIndex.reset(column, std::move(built));
    mergeUnindexedRows();
    m_appliedOrder = m_sortOrder;
    applyVisible(currentOrder(), QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortApplied(column, m_sortOrder);
    return true;
}

// Keeps the ranks of the text column being left, so that sorting by it again is immediate.
void PagedTableModel::stashActiveRanks() {
    if (m_sortIndex.isActive() && columnSortKind(m_sortIndex.column()) == SortKind::Text &&
        m_sortIndex.rowCount() == storedRowCount())
        m_ranker->keep(m_sortIndex.column(), m_sortIndex.ranks());
}

void PagedTableModel::onRanked(int column) {
    if (m_pendingSortColumn != column) {
        Q_EMIT sortPrepared(column);
        return;
    }
    // Many rows arrived while the worker ranked (a fast load): rank again rather than merging them on the GUI
    // thread; the sort is shown when the rows stop pouring in.
    if (m_state == State::Loading && storedRowCount() - m_ranker->rankedRows(column) > kMergeLimit)
        m_ranker->compute(column);
    else
        activateSort(column, true);
}

void PagedTableModel::dropRanks() {
    m_ranker->clear();
    if (m_pendingSortColumn >= 0)
        m_ranker->compute(m_pendingSortColumn); // the user is waiting for this one
}

} // namespace rd
