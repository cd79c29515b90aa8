#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <vector>

class QCollator;
class QLocale;

namespace rd {

// The order of every loaded row by one column, for fast sorting of large lists (design.md section 4, targets P5/P7).
//
// It keeps, per source row, a rank (equal values share a rank) and the rows in ascending order (ties in load order):
// 8 bytes per row, no per-row allocation. From it the shown order for either direction, restricted to the rows the
// filter accepts, is one O(n) integer pass; new pages are merged in with O(k log n) comparisons plus an O(n) pass,
// never a re-sort.
//
// Building it for a text column needs a collation key per row (QCollator::sortKey, about 140 bytes each) and a sort
// of the keys: about 30-60 ms + 60-100 ms for 100,000 rows here, so the model runs buildFromTexts() in a worker; the
// keys are thrown away afterwards and only ranks remain (4 bytes per row), from which fromRanks() rebuilds the order
// in O(n). Comparisons of merged rows use the same collator settings (makeCollator()).
class SortIndex {
public:
    // <0, 0, >0 like strcmp, between two source rows.
    using Compare = std::function<int(int a, int b)>;

    struct Built {
        std::vector<quint32> rank;  // per source row
        std::vector<int> sortedAsc; // source rows ascending, ties in source order
    };

    // The collation every text sort uses (numeric mode, case-insensitive), for `locale`. Thread-safe to call.
    static QCollator makeCollator(const QLocale& locale);
    // Ranks rows by text (source row i has texts[i]). Thread-safe, pure: run it off the GUI thread for big lists.
    static Built buildFromTexts(const std::vector<QString>& texts, const QLocale& locale);
    // Ranks rows by number; NaN (no value) sorts first. Thread-safe, pure.
    static Built buildFromNumbers(const std::vector<double>& values);
    // The ascending order from kept ranks: a counting sort, O(n), no comparisons (ties stay in source order).
    static Built fromRanks(std::vector<quint32> rank);

    void clear();
    bool isActive() const { return m_column >= 0; }
    int column() const { return m_column; }
    int rowCount() const { return int(m_rank.size()); } // source rows [0, rowCount()) are known to the index
    const std::vector<quint32>& ranks() const { return m_rank; }
    void reset(int column, Built built);

    // Adds source rows that are not indexed yet. `rows` must be sorted ascending by (value, source row) according
    // to `compare`, which must also order them against the indexed rows.
    void insert(const std::vector<int>& rows, const Compare& compare);
    // Takes a source row out of the order (to re-insert it after its value changed).
    void remove(int sourceRow);

    // The rows to show: ascending or descending by value, ties always in source order; only rows with
    // accepted[row] != 0 (accepted may be null: all rows).
    std::vector<int> ordered(Qt::SortOrder order, const std::vector<char>* accepted) const;

private:
    int m_column = -1;
    std::vector<quint32> m_rank;
    std::vector<int> m_sortedAsc;
};

} // namespace rd
