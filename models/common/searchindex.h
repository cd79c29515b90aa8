#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Case- and accent-insensitive substring search over many rows, built for the filter box of a 100,000-row list
// (design.md section 4, target P6).
//
// Every row's searchable text is folded ONCE, off the GUI thread when the page is parsed: case-folded, compatibility
// decomposed with combining marks removed ("José" -> "jose"), control characters turned into spaces, UTF-8. All rows
// live in one contiguous arena, each followed by '\n' (which folded text never contains), so a filter keystroke is
// one forward scan of a few MB with a fast substring search, not 100,000 QString::contains calls, and the whole index
// costs (folded text + 5) bytes per row with no per-row allocation. Substring matching on UTF-8 equals matching on
// the folded UTF-16 text because UTF-8 is self-synchronising.

// Appends the folded form of `text` to `out` (no separator). Thread-safe.
void appendFoldedText(QByteArray* out, QStringView text);
QByteArray foldForSearch(QStringView text);

// The folded search texts of the rows of one page. Built in the parse worker, appended to a SearchIndex on the GUI
// thread.
struct SearchChunk {
    QByteArray text;           // each row's folded text followed by '\n'
    std::vector<quint32> ends; // per row: offset just past its text (at its '\n'), relative to `text`

    void addRow(QStringView searchText);
    int rowCount() const { return int(ends.size()); }
};

// A parsed filter string: whitespace-separated terms, every one of which must occur in a row (AND), in any order.
class SearchQuery {
public:
    SearchQuery() = default;
    explicit SearchQuery(QStringView text);

    bool isEmpty() const { return m_terms.empty(); }
    bool matches(std::string_view rowText) const;
    // True when every row matching *this also matches `broader` (each of broader's terms is inside one of ours), so
    // a keystroke that extends the filter only needs to re-check the rows shown now.
    bool narrows(const SearchQuery& broader) const;
    const std::vector<std::string>& terms() const { return m_terms; } // folded, longest first
    bool operator==(const SearchQuery& other) const { return m_terms == other.m_terms; }

private:
    std::vector<std::string> m_terms;
};

class SearchIndex {
public:
    void clear();
    void reserve(qsizetype rows, qsizetype bytes);
    void append(const SearchChunk& chunk);
    int rowCount() const { return int(m_ends.size()); }
    std::string_view rowText(int row) const;
    // A row whose content changed (e.g. after an action): its new text is kept beside the arena.
    void replaceRow(int row, QStringView searchText);
    qsizetype memoryBytes() const;
    qsizetype textBytes() const { return qsizetype(m_text.size()); }

    // accepted[r] = query matches row r, for r in [from, to). `accepted` must be at least `to` long.
    void match(const SearchQuery& query, int from, int to, std::vector<char>* accepted) const;

private:
    quint32 rowStart(int row) const { return row == 0 ? 0 : m_ends[row - 1] + 1; }

    std::vector<char> m_text;
    std::vector<quint32> m_ends;
    QHash<int, QByteArray> m_replaced;
};

} // namespace rd
