#include "models/common/sortindex.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

namespace rd {

QCollator SortIndex::makeCollator(const QLocale& locale) {
    QCollator collator(locale);
    collator.setNumericMode(true); // "ORD-9" before "ORD-10"
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

SortIndex::Built SortIndex::buildFromTexts(const std::vector<QString>& texts, const QLocale& locale) {
    // Collate each distinct string once: statuses, cities, currencies and names repeat a lot, and a collation key
    // (and its share of the sort) is the expensive part. A column of unique ids pays ~10% for the hash.
    QHash<QStringView, int> seen;
    seen.reserve(qsizetype(std::min<size_t>(texts.size(), 1 << 20)));
    std::vector<int> distinctOf(texts.size());
    std::vector<int> firstRow; // distinct string -> the first row holding it
    for (size_t i = 0; i < texts.size(); ++i) {
        auto it = seen.find(QStringView(texts[i]));
        if (it == seen.end()) {
            it = seen.insert(QStringView(texts[i]), int(firstRow.size()));
            firstRow.push_back(int(i));
        }
        distinctOf[i] = it.value();
    }
    seen = {};
    const QCollator collator = makeCollator(locale);
    std::vector<std::pair<QCollatorSortKey, int>> keys; // (key, distinct string)
    keys.reserve(firstRow.size());
    for (size_t d = 0; d < firstRow.size(); ++d)
        keys.emplace_back(collator.sortKey(texts[size_t(firstRow[d])]), int(d));
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) {
        const int c = a.first.compare(b.first);
        return c < 0 || (c == 0 && a.second < b.second);
    });
    std::vector<quint32> distinctRank(firstRow.size());
    quint32 rank = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i > 0 && keys[i].first.compare(keys[i - 1].first) != 0) // "Zürich" and "ZURICH" may collate equal
            ++rank;
        distinctRank[size_t(keys[i].second)] = rank;
    }
    keys = {};
    std::vector<quint32> ranks(texts.size());
    for (size_t i = 0; i < texts.size(); ++i)
        ranks[i] = distinctRank[size_t(distinctOf[i])];
    return fromRanks(std::move(ranks));
}

SortIndex::Built SortIndex::buildFromNumbers(const std::vector<double>& values) {
    std::vector<std::pair<double, int>> keyed;
    keyed.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        keyed.emplace_back(values[i], int(i));
    const auto less = [](double a, double b) { return std::isnan(a) ? !std::isnan(b) : (!std::isnan(b) && a < b); };
    std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        if (less(a.first, b.first))
            return true;
        if (less(b.first, a.first))
            return false;
        return a.second < b.second;
    });
    Built built;
    built.rank.resize(values.size());
    built.sortedAsc.resize(values.size());
    quint32 rank = 0;
    for (size_t i = 0; i < keyed.size(); ++i) {
        if (i > 0 && (less(keyed[i - 1].first, keyed[i].first)))
            ++rank;
        built.rank[size_t(keyed[i].second)] = rank;
        built.sortedAsc[i] = keyed[i].second;
    }
    return built;
}

SortIndex::Built SortIndex::fromRanks(std::vector<quint32> rank) {
    Built built;
    const quint32 top = rank.empty() ? 0 : *std::max_element(rank.begin(), rank.end());
    std::vector<int> start(size_t(top) + 2, 0);
    for (const quint32 r : rank)
        ++start[size_t(r) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    built.sortedAsc.resize(rank.size());
    for (size_t row = 0; row < rank.size(); ++row)
        built.sortedAsc[size_t(start[rank[row]]++)] = int(row);
    built.rank = std::move(rank);
    return built;
}

void SortIndex::clear() {
    m_column = -1;
    m_rank = {};
    m_sortedAsc = {};
}

void SortIndex::reset(int column, Built built) {
    m_column = column;
    m_rank = std::move(built.rank);
    m_sortedAsc = std::move(built.sortedAsc);
}

void SortIndex::insert(const std::vector<int>& rows, const Compare& compare) {
    if (rows.empty())
        return;
    const int maxRow = *std::max_element(rows.begin(), rows.end());
    if (size_t(maxRow) >= m_rank.size())
        m_rank.resize(size_t(maxRow) + 1, 0);

    // x goes before y: smaller value, or equal value and loaded earlier (keeps ties in source order).
    const auto before = [&](int x, int y) {
        const int c = compare(x, y);
        return c < 0 || (c == 0 && x < y);
    };
    const std::vector<int>& old = m_sortedAsc;
    const size_t n = old.size();
    // Where each new row goes: galloping search from the previous one's position (new rows arrive sorted), so a
    // batch costs O(k log(n/k)) comparisons.
    std::vector<size_t> position(rows.size());
    size_t from = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const int x = rows[i];
        size_t left = from;
        size_t right = n;
        for (size_t bound = 1;; bound *= 2) {
            const size_t probe = left + bound - 1;
            if (probe >= n)
                break;
            if (before(x, old[probe])) {
                right = probe;
                break;
            }
            left = probe + 1;
        }
        while (left < right) {
            const size_t mid = left + (right - left) / 2;
            if (before(x, old[mid]))
                right = mid;
            else
                left = mid + 1;
        }
        position[i] = left;
        from = left;
    }

    // Merge and renumber ranks in one pass. Two old neighbours tie when their old ranks are equal; any pair
    // involving a new row is compared once.
    std::vector<int> merged;
    merged.reserve(n + rows.size());
    quint32 rank = 0;
    bool havePrevious = false;
    bool previousOld = false;
    int previousRow = -1;
    quint32 previousOldRank = 0;
    const auto push = [&](int row, bool isOld) {
        const quint32 oldRank = isOld ? m_rank[size_t(row)] : 0;
        if (havePrevious) {
            const bool tie = (isOld && previousOld) ? oldRank == previousOldRank : compare(previousRow, row) == 0;
            if (!tie)
                ++rank;
        }
        m_rank[size_t(row)] = rank;
        merged.push_back(row);
        havePrevious = true;
        previousOld = isOld;
        previousRow = row;
        previousOldRank = oldRank;
    };
    size_t j = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        while (j < position[i])
            push(old[j++], true);
        push(rows[i], false);
    }
    while (j < n)
        push(old[j++], true);
    m_sortedAsc = std::move(merged);
}

void SortIndex::remove(int sourceRow) {
    const auto it = std::find(m_sortedAsc.begin(), m_sortedAsc.end(), sourceRow);
    if (it != m_sortedAsc.end())
        m_sortedAsc.erase(it);
}

std::vector<int> SortIndex::ordered(Qt::SortOrder order, const std::vector<char>* accepted) const {
    std::vector<int> out;
    out.reserve(m_sortedAsc.size());
    const auto take = [&](int row) {
        if (!accepted || (*accepted)[size_t(row)])
            out.push_back(row);
    };
    if (order == Qt::AscendingOrder) {
        for (const int row : m_sortedAsc)
            take(row);
        return out;
    }
    // Descending: groups of equal rank from the end, each group still in source order (a stable sort).
    for (size_t end = m_sortedAsc.size(); end > 0;) {
        size_t begin = end - 1;
        const quint32 rank = m_rank[size_t(m_sortedAsc[begin])];
        while (begin > 0 && m_rank[size_t(m_sortedAsc[begin - 1])] == rank)
            --begin;
        for (size_t i = begin; i < end; ++i)
            take(m_sortedAsc[i]);
        end = begin;
    }
    return out;
}

} // namespace rd
