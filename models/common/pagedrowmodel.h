#pragma once

#include <QFutureWatcher>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <functional>
#include <iterator>
#include <limits>
#include <memory>
#include <vector>

#include "models/common/pagedtablemodel.h"

namespace rd {

// What a vendor list looks like: how to parse a page into rows and how to show, sort, search and identify a row.
// One immutable instance is shared (std::shared_ptr<const>) between the model and its parse workers.
//
// Rows are plain structs kept in one std::vector<Row>, so a row costs sizeof(Row) plus its strings' heap: keep rows
// lean to stay inside target P3 (0.6 KB per row in total; the model itself adds about 10 bytes per row plus the
// folded search text): parsed values, not QJsonObjects; enums, not status strings; no formatted copies (format in
// data()). The detail pane fetches the full record when it needs more.
template <typename Row> class RowSchema {
public:
    virtual ~RowSchema() = default;

    // --- Called from worker threads: must be pure (touch only the arguments and immutable members). ---
    // One page body -> rows + readPageMeta(); see parseJsonRows() (jsonpage.h) for the usual JSON shapes.
    virtual ParsedPage<Row> parsePage(const QByteArray& body, PagingStyle style) const = 0;
    // The words the filter box matches (id, names, e-mail, status...), joined with spaces. Folded once per row.
    virtual QString searchText(const Row& row) const = 0;

    // --- GUI thread. ---
    virtual int columnCount() const = 0;
    virtual QVariant headerData(int column, int role) const = 0; // translated titles for Qt::DisplayRole
    virtual QVariant data(const Row& row, int column, int role) const = 0;
    virtual QString id(const Row& row) const = 0; // the vendor's stable id (RowIdRole)
    virtual PagedTableModel::SortKind sortKind(int column) const {
        Q_UNUSED(column)
        return PagedTableModel::SortKind::Text;
    }
    // Text columns: the raw text to collate (not a formatted string). Number columns: dates as msecs since epoch,
    // money in minor units; NaN for "no value" (sorts first).
    virtual QString sortText(const Row& row, int column) const { return data(row, column, Qt::DisplayRole).toString(); }
    virtual double sortNumber(const Row& row, int column) const {
        bool ok = false;
        const double value = data(row, column, Qt::DisplayRole).toDouble(&ok);
        return ok ? value : std::numeric_limits<double>::quiet_NaN();
    }
};

// A paged list model over rows of type Row (see PagedTableModel for the behaviour). A vendor model is a RowSchema
// plus a PageSource:
//
//     auto* model = new PagedRowModel<Order>(std::make_shared<OrderSchema>(), source,
//                                            {.style = PagingStyle::OffsetLimit, .pageSize = 500}, parent);
//     model->load();
//     Order const* order = model->rowAt(view->currentIndex());
template <typename Row> class PagedRowModel : public PagedTableModel {
public:
    using Schema = RowSchema<Row>;
    using RowFilter = std::function<bool(const Row&)>;

    PagedRowModel(std::shared_ptr<const Schema> schema, PageSource source, PagedModelOptions options,
                  QObject* parent = nullptr)
        : PagedTableModel(std::move(source), options, parent)
        , m_schema(std::move(schema)) {
        Q_ASSERT(m_schema);
    }

    const Schema& schema() const { return *m_schema; }
    const std::vector<Row>& rows() const { return m_rows; } // every loaded row, in load order (source rows)
    const Row& rowAt(int sourceRow) const { return m_rows[size_t(sourceRow)]; }
    const Row* rowAt(const QModelIndex& index) const {
        const int source = sourceRow(index);
        return source < 0 ? nullptr : &m_rows[size_t(source)];
    }

    // An extra predicate on top of the filter text (e.g. a status drop-down); an empty function removes it.
    void setRowFilter(RowFilter filter) {
        m_rowFilter = std::move(filter);
        invalidateRowFilter(bool(m_rowFilter));
    }

    // Replaces the loaded row with this id (e.g. after an action changed it): one dataChanged for that row, or one
    // layout change if it moved or was filtered in/out. Returns false when no loaded row has the id.
    bool replaceRow(const QString& id, Row row) {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (m_schema->id(m_rows[i]) == id) {
                m_rows[i] = std::move(row);
                rowReplaced(int(i), m_schema->searchText(m_rows[i]));
                return true;
            }
        }
        return false;
    }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override {
        return parent.isValid() ? 0 : m_schema->columnCount();
    }

protected:
    int storedRowCount() const override { return int(m_rows.size()); }
    QVariant rowData(int sourceRow, int column, int role) const override {
        return m_schema->data(m_rows[size_t(sourceRow)], column, role);
    }
    QVariant columnHeaderData(int column, int role) const override { return m_schema->headerData(column, role); }
    QString rowId(int sourceRow) const override { return m_schema->id(m_rows[size_t(sourceRow)]); }
    SortKind columnSortKind(int column) const override { return m_schema->sortKind(column); }
    QString rowSortText(int sourceRow, int column) const override {
        return m_schema->sortText(m_rows[size_t(sourceRow)], column);
    }
    double rowSortNumber(int sourceRow, int column) const override {
        return m_schema->sortNumber(m_rows[size_t(sourceRow)], column);
    }
    bool rowAccepted(int sourceRow) const override { return !m_rowFilter || m_rowFilter(m_rows[size_t(sourceRow)]); }

    void startParse(QByteArray body, quint64 ticket) override {
        auto* watcher = new QFutureWatcher<Parsed>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
            watcher->deleteLater();
            if (!isCurrentLoad(ticket))
                return;
            Parsed parsed = watcher->future().takeResult();
            m_incoming = std::move(parsed.page.rows);
            pageParsed(ticket, parsed.page.meta, parsed.page.error, std::move(parsed.search));
            m_incoming = {};
        });
        watcher->setFuture(QtConcurrent::run([schema = m_schema, style = options().style, body = std::move(body)] {
            return parse(*schema, body, style);
        }));
    }
    void queueIncomingRows() override {
        if (m_pending.empty())
            m_pending = std::move(m_incoming);
        else
            m_pending.insert(m_pending.end(), std::make_move_iterator(m_incoming.begin()),
                             std::make_move_iterator(m_incoming.end()));
        m_incoming = {};
    }
    int pendingRowCount() const override { return int(m_pending.size()); }
    void commitPendingRows() override {
        m_rows.insert(m_rows.end(), std::make_move_iterator(m_pending.begin()),
                      std::make_move_iterator(m_pending.end()));
        m_pending.clear();
    }
    void clearRows() override {
        m_rows = {};
        m_pending = {};
        m_incoming = {};
    }
    void reserveRows(qsizetype count) override { m_rows.reserve(size_t(count)); }

private:
    struct Parsed {
        ParsedPage<Row> page;
        SearchChunk search;
    };

    // Runs in the worker: parse, then fold every row's search text once.
    static Parsed parse(const Schema& schema, const QByteArray& body, PagingStyle style) {
        Parsed parsed;
        parsed.page = schema.parsePage(body, style);
        if (parsed.page.error.isEmpty()) {
            parsed.search.ends.reserve(parsed.page.rows.size());
            parsed.search.text.reserve(qsizetype(parsed.page.rows.size()) * 64);
            for (const Row& row : parsed.page.rows)
                parsed.search.addRow(schema.searchText(row));
            parsed.search.text.squeeze();
        }
        return parsed;
    }

    std::shared_ptr<const Schema> m_schema;
    std::vector<Row> m_rows;     // committed, in load order
    std::vector<Row> m_pending;  // parsed, waiting for the next batch
    std::vector<Row> m_incoming; // the page being handed over by pageParsed()
    RowFilter m_rowFilter;
};

} // namespace rd
