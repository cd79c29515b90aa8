#pragma once

#include <QAbstractTableModel>
#include <QCollator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <optional>
#include <vector>

#include "models/common/pagefetcher.h"
#include "models/common/pagesource.h"
#include "models/common/searchindex.h"
#include "models/common/sortindex.h"

Q_DECLARE_LOGGING_CATEGORY(lcModelsCommon)

namespace rd {

class ColumnRanker;

// The base of every vendor list model (orders, envelopes, members...): paging, background parsing, batched inserts,
// loading/empty/error/more states, a count, and filter + sort that stay fast on 100,000 rows (design.md section 4,
// targets P3-P7). Row-type-agnostic: the rows live in PagedRowModel<Row> (pagedrowmodel.h), which is what vendor
// models use; this class only sees source row numbers.
//
// Loading
//  - load()/reload() starts a walk with a fresh Pager (PageFetcher); one page request at a time, never two in flight;
//    the body is parsed by a worker (QtConcurrent) into plain rows + PageMeta + folded search text; the Pager decides
//    More / Done / Stopped (its guards stop repeating or endless servers; a stopped page's rows are dropped because
//    they are duplicates or junk). With loadAll, the next page is read ahead while this one is parsed.
//  - Parsed rows are buffered and reach the view at most every `batchInterval` (first page at once) with ONE
//    beginInsertRows/endInsertRows per batch (or one layout change when sorted and the new rows land in several
//    places), never one per row.
//  - loadAll=false: the first page, then one page per fetchMore() (views call it when scrolled to the end).
//    loadAll=true: pages keep coming until Done/Stopped (optionally pausing every `loadAllChunk` rows).
//  - A failed page keeps the rows loaded so far; retry() asks for the same page again. reload() and the destructor
//    cancel the request in flight (CallHandle::cancel) and discard parses still running.
//
// States: Idle -> Loading -> MoreAvailable | Loaded | Empty | Error | Stopped (see State). countText() gives
// "1,250 of 12,400" (loaded of total), "1,250 shown of 12,400" when filtered.
//
// Filter: setFilterText(): whitespace-separated terms, all must match (case- and accent-insensitive substring) in the
// row's search text (RowSchema::searchText), which was folded once at parse time into one arena (SearchIndex). A
// keystroke that extends the filter only re-checks the rows shown. A typed predicate (PagedRowModel::setRowFilter)
// can narrow further.
//
// Sort: sort(column) ranks every row once and keeps the ranks (SortIndex, 8 bytes per row), so the other direction,
// filter changes and new pages need no re-sort (new pages are merged in). Numbers are ranked at once. Text columns
// need QCollator keys (100-300 ms for 100,000 unique strings here), so from `asyncSortThreshold` rows up they are
// ranked in a worker (ColumnRanker; the view keeps its order until sortApplied()), and with `prepareSorts` every
// text column is ranked in the background once loading pauses (4 bytes per row and column), so a header click is
// then an O(n) counting sort (~10 ms for 100,000 rows with a view).
//
// Filter and sort changes are applied with ONE layoutAboutToBeChanged/layoutChanged pair that maps persistent
// indexes, so selection and current row survive (rows filtered out drop out of the selection). No
// QSortFilterProxyModel in between: it would emit per-row signals.
//
// For the view (ui/): set fixed row heights (verticalHeader()->setSectionResizeMode(QHeaderView::Fixed) and a
// defaultSectionSize from the font), never ResizeToContents over all rows, and setWordWrap(false) (a wrapped cell
// is laid out with QTextLayout on every paint); enable sorting with setSortingEnabled(true) on the view (it calls
// sort() here); show state()/countText()/errorMessage() beside the table and a Retry button bound to retry() in the
// Error state. Measured with 100,000 rows (tests/models/bench_listmodel): a filter keystroke costs the model 1-7 ms,
// the view's relayout + repaint after it 10-15 ms.
//
// Roles: Qt::DisplayRole etc. come from the schema; SortRole gives the raw sort value (QString or double), RowIdRole
// the row's stable vendor id, SourceRowRole the row's position in load order (PagedRowModel::rowAt gives the row).
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString countText READ countText NOTIFY countChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
public:
    enum class State {
        Idle,          // nothing requested yet
        Loading,       // a page is being fetched or parsed
        MoreAvailable, // rows shown, more pages exist: fetchMore() (or scrolling the view) loads them
        Loaded,        // the list is complete
        Empty,         // the list is complete and has no rows
        Error,         // a page failed (rows loaded before stay); errorMessage(), retry()
        Stopped,       // the server misbehaved (repeated page, absurd size); errorMessage() says why; reload()
    };
    Q_ENUM(State)

    enum Role {
        SortRole = Qt::UserRole, // the raw value sorting uses: QString for text columns, double for numbers
        RowIdRole,               // QString: the row's stable id (RowSchema::id)
        SourceRowRole,           // int: the row's position in load order
    };

    enum class SortKind { None, Text, Number };

    PagedTableModel(PageSource source, PagedModelOptions options, QObject* parent = nullptr);
    ~PagedTableModel() override;

    const PagedModelOptions& options() const { return m_options; }
    // Used in error messages: "Tremendous (production)".
    void setAccountLabel(const QString& label) { m_accountLabel = label; }

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Loaded || m_state == State::Empty; }
    QString errorMessage() const { return m_errorMessage; }   // translated; empty unless Error/Stopped
    std::optional<ApiError> error() const { return m_error; } // the failed call's error (Error state only)

    int loadedCount() const { return storedRowCount(); } // rows in the model (shown or filtered out)
    int shownCount() const { return int(m_visible.size()); }
    std::optional<qint64> totalCount() const; // the server's total when reported (or known because complete)
    QString countText() const;

    QString filterText() const { return m_filterText; }
    bool isFiltered() const { return !m_query.isEmpty() || m_hasRowFilter; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSortPending() const { return m_pendingSortColumn >= 0; } // a text sort waits for its worker
    // The column can be sorted without collating (ranks ready, or it is the current sort column).
    bool isSortPrepared(int column) const;

    // Position of a row in load order (-1 for an invalid index) and back.
    int sourceRow(const QModelIndex& index) const;
    QModelIndex indexForSourceRow(int sourceRow, int column = 0) const; // invalid when filtered out; O(n)
    QModelIndex indexForId(const QString& id, int column = 0) const;    // O(n)

    // QAbstractItemModel
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    void load() { reload(); }
    void reload();
    void retry();
    // Stops the walk after the rows received so far (the request in flight is cancelled). fetchMore()/retry()
    // continue from the same page.
    void cancelLoading();
    void setFilterText(const QString& text);

Q_SIGNALS:
    void stateChanged(rd::PagedTableModel::State state);
    void countChanged();
    void filterTextChanged(const QString& text);
    void sortApplied(int column, Qt::SortOrder order); // after the rows were reordered (text sorts arrive later)
    void sortPrepared(int column);                     // a text column's ranks are ready (background preparation)

protected:
    // --- the typed row store (PagedRowModel<Row>) ---
    virtual int storedRowCount() const = 0;
    virtual QVariant rowData(int sourceRow, int column, int role) const = 0;
    virtual QVariant columnHeaderData(int column, int role) const = 0;
    virtual QString rowId(int sourceRow) const = 0;
    virtual SortKind columnSortKind(int column) const = 0;
    virtual QString rowSortText(int sourceRow, int column) const = 0;
    virtual double rowSortNumber(int sourceRow, int column) const = 0;
    virtual bool rowAccepted(int sourceRow) const = 0; // the typed predicate (true when none)
    // Parse `body` in a worker; on the GUI thread, if isCurrentLoad(ticket), stash the rows as "incoming" and call
    // pageParsed(). The base then calls queueIncomingRows() to keep them or discards them (stopped page).
    virtual void startParse(QByteArray body, quint64 ticket) = 0;
    virtual void queueIncomingRows() = 0;
    virtual int pendingRowCount() const = 0;
    virtual void commitPendingRows() = 0; // pending rows become source rows [stored, stored + pending)
    virtual void clearRows() = 0;         // stored, pending and incoming
    virtual void reserveRows(qsizetype count) = 0;

    bool isCurrentLoad(quint64 ticket) const { return ticket == m_loadTicket; }
    void pageParsed(quint64 ticket, const PageMeta& meta, const QString& parseError, SearchChunk search);
    // The typed predicate changed: re-filter everything.
    void invalidateRowFilter(bool hasRowFilter);
    // Source row `sourceRow` was replaced in place; `searchText` is its new search text.
    void rowReplaced(int sourceRow, const QString& searchText);

private:
    void setState(State state);
    void requestPage();
    void onPageReply(quint64 ticket, ApiResult<HttpResponse> result);
    void fail(const ApiError& error, const QString& message);
    void scheduleCommit();
    void commitPending();
    void maybeReserve();

    int compareRows(int a, int b) const;
    void sortNewRows(std::vector<int>* rows) const;
    void mergeUnindexedRows();
    std::vector<int> currentOrder() const;
    void applyVisible(std::vector<int> visible, QAbstractItemModel::LayoutChangeHint hint);
    void showRows(std::vector<int> visible); // after new rows: one insert signal when possible, else a layout change
    void refilter(bool narrowing);
    bool activateSort(int column, bool force);
    void stashActiveRanks();
    void onRanked(int column);
    void dropRanks();

    PageFetcher m_fetcher;
    PagedModelOptions m_options;
    QString m_accountLabel;
    quint64 m_loadTicket = 0;
    qint64 m_loadUntil = 0; // loadAll with a chunk: pause when this many rows are loaded
    bool m_reserved = false;
    int m_pages = 0;
    QElapsedTimer m_loadClock;

    State m_state = State::Idle;
    std::optional<ApiError> m_error;
    QString m_errorMessage;

    // Parsed, not yet shown.
    std::vector<SearchChunk> m_pendingSearch;
    QTimer m_commitTimer;
    QElapsedTimer m_sinceCommit;

    // Shown rows: m_visible[viewRow] = source row. m_accepted[sourceRow] = passes the filter.
    std::vector<int> m_visible;
    std::vector<char> m_accepted;
    SearchIndex m_search;
    SearchQuery m_query;
    QString m_filterText;
    bool m_hasRowFilter = false;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    SortIndex m_sortIndex; // active when rows are shown sorted; always covers every stored row
    Qt::SortOrder m_appliedOrder = Qt::AscendingOrder; // of m_sortIndex (m_sortOrder may be pending)
    QCollator m_collator;         // SortIndex::makeCollator(): compares rows merged into a text sort
    int m_pendingSortColumn = -1; // a requested text sort waiting for its ranks
    ColumnRanker* m_ranker;       // ranks of the other text columns, kept or being computed
};

} // namespace rd
