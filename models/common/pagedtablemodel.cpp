#include "models/common/pagedtablemodel.h"

#include "models/common/columnranker.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

Q_LOGGING_CATEGORY(lcModelsCommon, "rewarddesk.models")

namespace rd {

PagedTableModel::PagedTableModel(PageSource source, PagedModelOptions options, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fetcher(std::move(source), options.style, options.pageSize, options.maxItems)
    , m_options(options)
    , m_collator(SortIndex::makeCollator(QLocale())) {
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &PagedTableModel::commitPending);
    ColumnRanker::Hooks hooks;
    hooks.rowCount = [this] { return storedRowCount(); };
    hooks.sortText = [this](int row, int column) { return rowSortText(row, column); };
    hooks.textColumns = [this] {
        std::vector<int> columns; // for small lists sorting at once is cheap: nothing to prepare
        for (int column = 0; storedRowCount() >= m_options.asyncSortThreshold && column < columnCount(); ++column) {
            if (columnSortKind(column) == SortKind::Text && !(m_sortIndex.isActive() && m_sortIndex.column() == column))
                columns.push_back(column);
        }
        return columns;
    };
    m_ranker = new ColumnRanker(std::move(hooks), m_collator.locale(), this);
    m_ranker->setPreparing(m_options.prepareSorts);
    connect(m_ranker, &ColumnRanker::ranked, this, &PagedTableModel::onRanked);
}

PagedTableModel::~PagedTableModel() {
    m_fetcher.cancel();
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

void PagedTableModel::reload() {
    ++m_loadTicket; // parses still running are for the old walk
    m_fetcher.reset();
    m_commitTimer.stop();
    m_sinceCommit.invalidate();
    // Loading before the reset signals: a view reacting to them must not see MoreAvailable and fetch.
    m_error.reset();
    m_errorMessage.clear();
    setState(State::Loading);

    beginResetModel();
    clearRows();
    m_pendingSearch.clear();
    m_search.clear();
    m_visible = {};
    m_accepted = {};
    m_sortIndex.clear();
    m_pendingSortColumn = -1;
    dropRanks();
    if (m_sortColumn >= 0) { // keep the sort: rows will be merged into it as they arrive
        m_sortIndex.reset(m_sortColumn, {});
        m_appliedOrder = m_sortOrder;
    }
    endResetModel();

    m_reserved = false;
    m_loadUntil = m_options.loadAllChunk;
    m_pages = 0;
    m_loadClock.start();
    Q_EMIT countChanged();
    requestPage();
}

void PagedTableModel::retry() {
    if (m_state == State::Idle) {
        reload();
        return;
    }
    if (m_state != State::Error)
        return;
    m_error.reset();
    m_errorMessage.clear();
    setState(State::Loading);
    requestPage();
}

void PagedTableModel::cancelLoading() {
    if (m_state != State::Loading)
        return;
    m_fetcher.cancel();
    ++m_loadTicket; // a page still being parsed was not counted by the pager: it will be requested again
    commitPending();
    setState(State::MoreAvailable);
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_state == State::MoreAvailable;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_state != State::MoreAvailable)
        return;
    if (m_options.loadAll && m_options.loadAllChunk > 0)
        m_loadUntil = storedRowCount() + m_options.loadAllChunk;
    setState(State::Loading);
    requestPage();
}

void PagedTableModel::requestPage() {
    if (!m_fetcher.hasSource()) {
        ApiError error;
        error.failure = FailureClass::NotSent;
        error.kind = ErrorKind::InvalidUrl;
        fail(error, tr("This list has no data source."));
        return;
    }
    const quint64 ticket = m_loadTicket;
    m_fetcher.request(this, [this, ticket](ApiResult<HttpResponse> result) { onPageReply(ticket, std::move(result)); });
}

void PagedTableModel::onPageReply(quint64 ticket, ApiResult<HttpResponse> result) {
    if (ticket != m_loadTicket)
        return;
    if (!result.ok()) {
        fail(result.error(), result.error().userMessage(m_accountLabel));
        return;
    }
    startParse(std::move(result).value().body, ticket);
    if (m_options.loadAll && m_options.readAhead &&
        (m_options.loadAllChunk <= 0 || storedRowCount() + pendingRowCount() + m_options.pageSize < m_loadUntil))
        m_fetcher.readAhead(this);
}

void PagedTableModel::pageParsed(quint64 ticket, const PageMeta& meta, const QString& parseError, SearchChunk search) {
    if (ticket != m_loadTicket)
        return;
    if (!parseError.isEmpty()) {
        ApiError error;
        error.failure = FailureClass::Unknown;
        error.kind = ErrorKind::Parse;
        error.technical = parseError;
        fail(error, tr("Page %1 of this list could not be read (%2). Retry, or reload the list.")
                        .arg(QLocale().toString(m_fetcher.pager().pageNumber()), parseError));
        return;
    }
    const Pager::Step step = m_fetcher.advance(meta);
    if (step == Pager::Step::Stopped) {
        // The page repeats an earlier one or goes past any sane size: its rows are duplicates or junk.
        m_fetcher.cancel();
        commitPending();
        m_errorMessage = m_fetcher.pager().stopReason();
        qCWarning(lcModelsCommon) << "list stopped after" << storedRowCount() << "rows:" << m_errorMessage;
        setState(State::Stopped);
        return;
    }
    ++m_pages;
    queueIncomingRows();
    m_pendingSearch.push_back(std::move(search));
    maybeReserve();

    if (step == Pager::Step::Done) {
        m_fetcher.cancel(); // a read-ahead past the end
        commitPending();
        qCDebug(lcModelsCommon) << "list complete:" << storedRowCount() << "rows," << m_pages << "pages,"
                                << m_loadClock.elapsed() << "ms";
        setState(storedRowCount() == 0 ? State::Empty : State::Loaded);
        return;
    }
    const qint64 have = storedRowCount() + pendingRowCount();
    if (m_options.loadAll && (m_options.loadAllChunk <= 0 || have < m_loadUntil)) {
        scheduleCommit();
        requestPage(); // fetch the next page while the GUI thread shows this one
        return;
    }
    m_fetcher.cancel();
    commitPending();
    setState(State::MoreAvailable);
}

void PagedTableModel::fail(const ApiError& error, const QString& message) {
    m_fetcher.cancel();
    commitPending();
    m_error = error;
    m_errorMessage = message;
    qCWarning(lcModelsCommon) << "list page failed after" << storedRowCount() << "rows:" << error.technical;
    setState(State::Error);
}

void PagedTableModel::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT countChanged();
    m_ranker->setIdle(state != State::Loading && state != State::Idle);
}

void PagedTableModel::maybeReserve() {
    if (m_reserved || !m_options.loadAll)
        return;
    const std::optional<qint64> total = m_fetcher.pager().totalItems();
    if (!total)
        return;
    m_reserved = true;
    qint64 rows = std::min(*total, m_options.maxItems);
    if (m_options.loadAllChunk > 0)
        rows = std::min(rows, m_loadUntil + m_options.pageSize);
    if (rows <= 0 || rows > 10'000'000)
        return;
    // Reserving what the server announced avoids the vectors' doubling (and its transient 1.5x peak).
    reserveRows(qsizetype(rows));
    qsizetype sampleRows = m_search.rowCount();
    qsizetype sampleBytes = m_search.textBytes();
    for (const SearchChunk& chunk : m_pendingSearch) {
        sampleRows += chunk.rowCount();
        sampleBytes += chunk.text.size();
    }
    if (sampleRows > 0)
        m_search.reserve(qsizetype(rows), qsizetype(double(sampleBytes) / double(sampleRows) * double(rows) * 1.1));
    m_accepted.reserve(size_t(rows));
}

// ---------------------------------------------------------------------------------------------------------------
// Batches

void PagedTableModel::scheduleCommit() {
    if (m_commitTimer.isActive())
        return;
    const qint64 interval = m_options.batchInterval.count();
    const qint64 since = m_sinceCommit.isValid() ? m_sinceCommit.elapsed() : interval;
    m_commitTimer.start(int(std::clamp<qint64>(interval - since, 0, interval)));
}

void PagedTableModel::commitPending() {
    m_commitTimer.stop();
    const int added = pendingRowCount();
    if (added == 0) {
        m_pendingSearch.clear();
        return;
    }
    const int first = storedRowCount();
    commitPendingRows();
    for (const SearchChunk& chunk : m_pendingSearch)
        m_search.append(chunk);
    m_pendingSearch.clear();
    const int count = storedRowCount();
    Q_ASSERT(m_search.rowCount() == count);

    m_accepted.resize(size_t(count));
    m_search.match(m_query, first, count, &m_accepted);
    if (m_hasRowFilter) {
        for (int row = first; row < count; ++row) {
            if (m_accepted[size_t(row)] && !rowAccepted(row))
                m_accepted[size_t(row)] = 0;
        }
    }

    if (m_sortIndex.isActive()) {
        mergeUnindexedRows();
        showRows(currentOrder());
    } else {
        std::vector<int> fresh;
        for (int row = first; row < count; ++row) {
            if (m_accepted[size_t(row)])
                fresh.push_back(row);
        }
        if (!fresh.empty()) {
            const int at = int(m_visible.size());
            beginInsertRows(QModelIndex(), at, at + int(fresh.size()) - 1);
            m_visible.insert(m_visible.end(), fresh.begin(), fresh.end());
            endInsertRows();
        }
    }
    Q_EMIT countChanged();
    // Measured from the end of the batch (after the views handled it): a slow view gets bigger, rarer batches and
    // the GUI thread always has `batchInterval` to breathe between two.
    m_sinceCommit.start();
}

void PagedTableModel::showRows(std::vector<int> visible) {
    const size_t oldSize = m_visible.size();
    if (visible.size() >= oldSize) {
        // New rows forming one contiguous block (e.g. sorted by date and pages arrive in date order): one insert.
        size_t prefix = 0;
        while (prefix < oldSize && m_visible[prefix] == visible[prefix])
            ++prefix;
        size_t suffix = 0;
        while (suffix < oldSize - prefix && m_visible[oldSize - 1 - suffix] == visible[visible.size() - 1 - suffix])
            ++suffix;
        if (prefix + suffix == oldSize) {
            const size_t added = visible.size() - oldSize;
            if (added == 0)
                return;
            beginInsertRows(QModelIndex(), int(prefix), int(prefix + added) - 1);
            m_visible = std::move(visible);
            endInsertRows();
            return;
        }
    }
    applyVisible(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
}

void PagedTableModel::applyVisible(std::vector<int> visible, QAbstractItemModel::LayoutChangeHint hint) {
    if (visible == m_visible)
        return;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    if (!from.isEmpty()) {
        std::vector<int> position(size_t(storedRowCount()), -1);
        for (size_t i = 0; i < visible.size(); ++i)
            position[size_t(visible[i])] = int(i);
        to.reserve(from.size());
        for (const QModelIndex& index : from) {
            const int row = index.row() < int(m_visible.size()) ? position[size_t(m_visible[size_t(index.row())])] : -1;
            to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
        }
    }
    m_visible = std::move(visible);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

std::vector<int> PagedTableModel::currentOrder() const {
    if (m_sortIndex.isActive())
        return m_sortIndex.ordered(m_appliedOrder, &m_accepted);
    std::vector<int> out;
    const int count = storedRowCount();
    out.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        if (m_accepted[size_t(row)])
            out.push_back(row);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Filter

void PagedTableModel::setFilterText(const QString& text) {
    if (text == m_filterText)
        return;
    m_filterText = text;
    SearchQuery query(text);
    if (!(query == m_query)) {
        // A keystroke that extends the filter re-checks only the rows shown, when they are few enough that this
        // beats one scan of the whole arena.
        const bool narrowing = query.narrows(m_query) && m_visible.size() * 2 < size_t(storedRowCount());
        m_query = std::move(query);
        refilter(narrowing);
    }
    Q_EMIT filterTextChanged(text);
}

void PagedTableModel::invalidateRowFilter(bool hasRowFilter) {
    m_hasRowFilter = hasRowFilter;
    refilter(false);
}

void PagedTableModel::refilter(bool narrowing) {
    std::vector<int> visible;
    if (narrowing) {
        visible.reserve(m_visible.size());
        for (const int row : m_visible) {
            if (m_query.matches(m_search.rowText(row)) && (!m_hasRowFilter || rowAccepted(row)))
                visible.push_back(row);
            else
                m_accepted[size_t(row)] = 0;
        }
    } else {
        const int count = storedRowCount();
        m_search.match(m_query, 0, count, &m_accepted);
        if (m_hasRowFilter) {
            for (int row = 0; row < count; ++row) {
                if (m_accepted[size_t(row)] && !rowAccepted(row))
                    m_accepted[size_t(row)] = 0;
            }
        }
        visible = currentOrder();
    }
    applyVisible(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
    Q_EMIT countChanged();
}

void PagedTableModel::rowReplaced(int sourceRow, const QString& searchText) {
    if (sourceRow < 0 || sourceRow >= storedRowCount())
        return;
    m_search.replaceRow(sourceRow, searchText);
    const bool wasAccepted = m_accepted[size_t(sourceRow)];
    const bool accepted = m_query.matches(m_search.rowText(sourceRow)) && (!m_hasRowFilter || rowAccepted(sourceRow));
    m_accepted[size_t(sourceRow)] = accepted ? 1 : 0;
    if (m_sortIndex.isActive()) {
        m_sortIndex.remove(sourceRow);
        m_sortIndex.insert({sourceRow}, [this](int a, int b) { return compareRows(a, b); });
    }
    dropRanks(); // kept ranks (and any being computed) hold the old value
    std::vector<int> visible = currentOrder();
    if (visible == m_visible) {
        const auto it = std::find(m_visible.begin(), m_visible.end(), sourceRow);
        if (it != m_visible.end()) {
            const int row = int(it - m_visible.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    } else {
        applyVisible(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
    }
    if (wasAccepted != accepted)
        Q_EMIT countChanged();
}

// ---------------------------------------------------------------------------------------------------------------
// Model API

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= int(m_visible.size()) ||
        index.column() >= columnCount())
        return {};
    const int source = m_visible[size_t(index.row())];
    switch (role) {
    case RowIdRole:
        return rowId(source);
    case SourceRowRole:
        return source;
    case SortRole:
        switch (columnSortKind(index.column())) {
        case SortKind::Text:
            return rowSortText(source, index.column());
        case SortKind::Number:
            return rowSortNumber(source, index.column());
        case SortKind::None:
            break;
        }
        return rowData(source, index.column(), Qt::DisplayRole);
    default:
        return rowData(source, index.column(), role);
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount())
        return columnHeaderData(section, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

int PagedTableModel::sourceRow(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.row() >= int(m_visible.size()))
        return -1;
    return m_visible[size_t(index.row())];
}

QModelIndex PagedTableModel::indexForSourceRow(int sourceRow, int column) const {
    const auto it = std::find(m_visible.begin(), m_visible.end(), sourceRow);
    return it == m_visible.end() ? QModelIndex() : index(int(it - m_visible.begin()), column);
}

QModelIndex PagedTableModel::indexForId(const QString& id, int column) const {
    for (size_t row = 0; row < m_visible.size(); ++row) {
        if (rowId(m_visible[row]) == id)
            return index(int(row), column);
    }
    return {};
}

std::optional<qint64> PagedTableModel::totalCount() const {
    if (isComplete())
        return storedRowCount();
    if (m_state == State::Idle)
        return std::nullopt;
    return m_fetcher.pager().totalItems();
}

QString PagedTableModel::countText() const {
    if (m_state == State::Idle)
        return {};
    const QLocale locale;
    const qint64 loaded = storedRowCount();
    const std::optional<qint64> total = totalCount();
    const bool whole = isComplete() || (total && *total == loaded);
    if (isFiltered()) {
        const QString shown = locale.toString(qint64(m_visible.size()));
        if (whole)
            return tr("%1 shown of %2").arg(shown, locale.toString(loaded));
        if (total)
            return tr("%1 shown of %2 loaded (%3 in total)")
                .arg(shown, locale.toString(loaded), locale.toString(*total));
        return tr("%1 shown of %2 loaded").arg(shown, locale.toString(loaded));
    }
    if (whole)
        return tr("%Ln row(s)", nullptr, int(std::min<qint64>(loaded, INT_MAX)));
    if (total)
        return tr("%1 of %2").arg(locale.toString(loaded), locale.toString(*total));
    return tr("%1 loaded").arg(locale.toString(loaded));
}

} // namespace rd
