#include "models/common/searchindex.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace rd {

namespace {

bool isMark(QChar c) {
    const QChar::Category cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

// Finds `term` in [first, last); returns last when absent.
const char* findTerm(const char* first, const char* last, std::string_view term) {
    if (first >= last || qsizetype(term.size()) > last - first)
        return last;
#if defined(__GLIBC__)
    // glibc's memmem (two-way, vectorised) is several times faster than std::search on a few MB of text.
    const void* hit = ::memmem(first, size_t(last - first), term.data(), term.size());
    return hit ? static_cast<const char*>(hit) : last;
#else
    return std::search(first, last, std::boyer_moore_horspool_searcher(term.begin(), term.end()));
#endif
}

} // namespace

namespace {

QByteArray foldSlow(QStringView text) {
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isMark(c))
            continue;
        kept.append(c.unicode() < 0x20 || c.unicode() == 0x7f ? QChar(u' ') : c);
    }
    return kept.toCaseFolded().toUtf8();
}

// The folded UTF-8 of every code unit up to U+036F (ASCII, Latin-1, Latin Extended-A/B, IPA, combining marks),
// computed once with foldSlow() so that accented Latin text folds without allocating: "É" -> "e", "ß" -> "ß",
// U+0301 -> "". Text in other scripts takes foldSlow().
constexpr char16_t kTableEnd = 0x370;
struct FoldTable {
    char bytes[kTableEnd][4] = {};
    quint8 length[kTableEnd] = {};
    FoldTable() {
        for (char16_t c = 0; c < kTableEnd; ++c) {
            const QByteArray folded = foldSlow(QStringView(&c, 1));
            length[c] = quint8(std::min<qsizetype>(folded.size(), 4));
            std::memcpy(bytes[c], folded.constData(), length[c]);
        }
    }
};

const FoldTable& foldTable() {
    static const FoldTable table;
    return table;
}

} // namespace

void appendFoldedText(QByteArray* out, QStringView text) {
    const qsizetype start = out->size();
    const qsizetype n = text.size();
    out->resize(start + n * 2); // Latin text folds to at most 2 UTF-8 bytes per code unit
    char* dst = out->data() + start;
    const char16_t* src = text.utf16();
    qsizetype i = 0;
    qsizetype written = 0;
    const FoldTable* table = nullptr;
    for (; i < n; ++i) {
        const char16_t c = src[i];
        if (c < 0x80) { // ASCII: most ids, e-mail addresses, statuses and amounts never leave this branch
            dst[written++] = c < 0x20 || c == 0x7f ? ' ' : (c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : char(c));
            continue;
        }
        if (c >= kTableEnd)
            break;
        if (!table)
            table = &foldTable();
        if (table->length[c] > 2)
            break; // a rare expansion: let the slow path size it
        std::memcpy(dst + written, table->bytes[c], table->length[c]);
        written += table->length[c];
    }
    out->resize(start + written);
    if (i < n)
        out->append(foldSlow(text.mid(i)));
}

QByteArray foldForSearch(QStringView text) {
    QByteArray out;
    appendFoldedText(&out, text);
    return out;
}

void SearchChunk::addRow(QStringView searchText) {
    appendFoldedText(&text, searchText);
    ends.push_back(quint32(text.size()));
    text.append('\n');
}

SearchQuery::SearchQuery(QStringView text) {
    const QByteArray folded = foldForSearch(text);
    for (const QByteArray& part : folded.split(' ')) {
        if (!part.isEmpty())
            m_terms.emplace_back(part.constData(), size_t(part.size()));
    }
    // Longest first (most selective drives the scan); drop duplicates and terms contained in another term.
    std::sort(m_terms.begin(), m_terms.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::vector<std::string> kept;
    for (std::string& term : m_terms) {
        const bool redundant = std::any_of(kept.begin(), kept.end(), [&](const std::string& longer) {
            return longer.find(term) != std::string::npos;
        });
        if (!redundant)
            kept.push_back(std::move(term));
    }
    m_terms = std::move(kept);
}

bool SearchQuery::matches(std::string_view rowText) const {
    for (const std::string& term : m_terms) {
        if (findTerm(rowText.data(), rowText.data() + rowText.size(), term) == rowText.data() + rowText.size())
            return false;
    }
    return true;
}

bool SearchQuery::narrows(const SearchQuery& broader) const {
    return std::all_of(broader.m_terms.begin(), broader.m_terms.end(), [&](const std::string& wide) {
        return std::any_of(m_terms.begin(), m_terms.end(),
                           [&](const std::string& ours) { return ours.find(wide) != std::string::npos; });
    });
}

void SearchIndex::clear() {
    m_text = {};
    m_ends = {};
    m_replaced.clear();
}

void SearchIndex::reserve(qsizetype rows, qsizetype bytes) {
    m_ends.reserve(size_t(rows));
    m_text.reserve(size_t(bytes));
}

void SearchIndex::append(const SearchChunk& chunk) {
    const quint32 base = quint32(m_text.size());
    m_text.insert(m_text.end(), chunk.text.constBegin(), chunk.text.constEnd());
    m_ends.reserve(m_ends.size() + chunk.ends.size());
    for (const quint32 end : chunk.ends)
        m_ends.push_back(base + end);
}

std::string_view SearchIndex::rowText(int row) const {
    if (!m_replaced.isEmpty()) {
        const auto it = m_replaced.constFind(row);
        if (it != m_replaced.constEnd())
            return std::string_view(it->constData(), size_t(it->size()));
    }
    const quint32 start = rowStart(row);
    return std::string_view(m_text.data() + start, m_ends[row] - start);
}

void SearchIndex::replaceRow(int row, QStringView searchText) {
    m_replaced.insert(row, foldForSearch(searchText));
}

qsizetype SearchIndex::memoryBytes() const {
    return qsizetype(m_text.capacity() + m_ends.capacity() * sizeof(quint32));
}

void SearchIndex::match(const SearchQuery& query, int from, int to, std::vector<char>* accepted) const {
    to = std::min(to, rowCount());
    if (from >= to)
        return;
    char* acc = accepted->data();
    if (query.isEmpty()) {
        std::fill(acc + from, acc + to, char(1));
        return;
    }
    std::fill(acc + from, acc + to, char(0));
    const std::string_view first = query.terms().front();
    const bool single = query.terms().size() == 1;
    const char* base = m_text.data();
    const char* pos = base + rowStart(from);
    const char* end = base + m_ends[to - 1];
    int row = from;
    // One forward scan for the most selective term; rows are separated by '\n', which no term contains, so a hit
    // never spans two rows. After a hit the rest of that row is skipped.
    while (pos < end) {
        const char* hit = findTerm(pos, end, first);
        if (hit == end)
            break;
        const quint32 hitEnd = quint32(hit - base) + quint32(first.size());
        while (m_ends[row] < hitEnd)
            ++row;
        if (single || query.matches(std::string_view(base + rowStart(row), m_ends[row] - rowStart(row))))
            acc[row] = 1;
        pos = base + m_ends[row] + 1;
        if (++row >= to)
            break;
    }
    // Rows replaced after loading: their arena text is stale.
    for (auto it = m_replaced.constBegin(); it != m_replaced.constEnd(); ++it) {
        if (it.key() >= from && it.key() < to)
            acc[it.key()] = query.matches(std::string_view(it->constData(), size_t(it->size()))) ? 1 : 0;
    }
}

} // namespace rd
