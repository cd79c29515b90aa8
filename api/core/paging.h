#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace rd {

// The four vendors' paging styles behind one abstraction (design.md section 2).
enum class PagingStyle {
    OffsetLimit,  // Tremendous: ?offset=&limit=, body has total_count
    PagePerPage,  // Cheetah: ?page=&per_page=, body has data.total_pages and data.total_entries
    PageRowsPage, // Trigg reports: ?page=&rowsPage=, body has metaData{totalRecords,totalPages,activePage}
    PageOnly,     // TruCentive sessions: ?page= only, bare array, no metadata: stop on an empty or short page
};

// What one received page says about paging. Built off the GUI thread by the page parser.
struct PageMeta {
    int itemCount = 0;                // items on this page
    std::optional<qint64> totalItems; // total_count / total_entries / totalRecords when reported
    std::optional<qint64> totalPages; // total_pages / totalPages when reported
    std::optional<qint64> activePage; // Trigg activePage when reported
    QByteArray fingerprint;           // cheap identity of the page's items (e.g. hash of first+last id);
                                      // two consecutive equal non-empty fingerprints mean a repeating server
};

// Reads the paging metadata of `style` from a page's JSON root object (tolerant: absent/mistyped -> nullopt).
PageMeta readPageMeta(PagingStyle style, const QJsonObject& root, int itemCount, const QByteArray& fingerprint);

// Drives one walk through a paged list and guards against endless or repeating servers.
class Pager {
public:
    enum class Step { More, Done, Stopped };

    Pager(PagingStyle style, int pageSize, qint64 maxItems = 1'000'000);

    PagingStyle style() const { return m_style; }
    int pageSize() const { return m_pageSize; }
    int pageNumber() const { return m_pageNumber; } // 1-based page to request next
    qint64 offset() const { return m_offset; }      // offset to request next (OffsetLimit)
    // Adds the next page's parameters to a query (page/per_page, offset/limit, page/rowsPage, page).
    void applyTo(QUrlQuery* query) const;

    // Feed each received page in order. More: request the next page. Done: the list is complete.
    // Stopped: the server misbehaved (repeated page, more pages than items allow, over maxItems); see stopReason().
    Step advance(const PageMeta& meta);

    qint64 itemsSoFar() const { return m_items; }
    std::optional<qint64> totalItems() const { return m_totalItems; } // best known total, clamped to sanity
    QString stopReason() const { return m_stopReason; }               // translated, for the list's error state
    bool finished() const { return m_finished; }

private:
    // The item cap as an int for "%n" in messages (a plain helper: lupdate's parser spins on templates there).
    int maxItemsForText() const;
    PagingStyle m_style;
    int m_pageSize;
    qint64 m_maxItems;
    int m_pageNumber = 1;
    qint64 m_offset = 0;
    qint64 m_items = 0;
    int m_firstPageCount = -1;
    std::optional<qint64> m_totalItems;
    QByteArray m_lastFingerprint;
    QString m_stopReason;
    bool m_finished = false;
};

} // namespace rd
