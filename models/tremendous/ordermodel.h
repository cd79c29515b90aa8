#pragma once

#include <QPointer>

#include <memory>
#include <optional>

#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendoustypes.h"
#include "models/common/pagedrowmodel.h"

namespace rd::tremendous {

class NameCache;

// One order of GET /orders, lean (design.md section 4, target P3): parsed values and enums, no JSON, no formatted
// copies (formatted in data()). Repeated strings (campaign id, channel, currency) share one copy per page.
struct OrderRow {
    QString id;
    QString externalId;     // empty when null
    QString campaignId;     // empty when null
    QString statusRaw;      // kept only when status is Unknown ("unknown (X)"); empty otherwise
    QString channel;        // raw (open enum, shown as sent)
    QString firstRecipient; // the first reward's recipient (e-mail, else phone, else name); the others are in the
                            // detail (GET /orders/{id}): 100,000 rows cannot carry every address (target P3)
    qint64 createdMs = -1;  // UTC msecs since the epoch; -1 when unreadable
    qint64 amountCents = 0; // payment.total (or the rewards' sum when payment is absent: see amountSource)
    quint32 currency = 0;   // packCurrency(); 0 when unknown
    quint16 rewardCount = 0;
    quint16 recipientCount = 0; // distinct recipients
    OrderStatus status = OrderStatus::Unknown;
    enum class AmountSource : quint8 { None, Payment, Rewards };
    AmountSource amountSource = AmountSource::None; // None: no readable amount (payment missing or invalid)
    bool hasFieldErrors = false;

    static OrderRow fromOrder(const Order& order);
    bool isPending() const { return status == OrderStatus::PendingApproval; }
    std::optional<qint64> amount() const {
        return amountSource == AmountSource::None ? std::nullopt : std::optional<qint64>(amountCents);
    }
};

// The row as one item of an approve/reject run: objectId = order id, amount = payment.total, recipient = the first
// recipient, summary "USD 25.00 to j.doe@example.com (+2)", blockedReason when the order is not pending approval
// ("status is EXECUTED, not Pending approval", "unknown status (X)") or has no id.
BulkItem bulkItem(const OrderRow& row);

// GUI-thread context of the order columns that depend on more than the row (names, the clock). Owned by the model,
// read by the schema's data(); never touched by the parse workers.
struct OrderViewContext {
    QPointer<NameCache> names;
    qint64 nowMs = -1; // -1: the live clock (QDateTime::currentMSecsSinceEpoch at paint)
    qint64 now() const;
};

class OrderSchema : public RowSchema<OrderRow> {
public:
    enum Column {
        Created,
        Age,
        OrderId,
        ExternalId,
        Status,
        Amount,
        Recipients,
        Products,
        Campaign,
        Channel,
        ColumnCount
    };

    explicit OrderSchema(std::shared_ptr<const OrderViewContext> view);

    ParsedPage<OrderRow> parsePage(const QByteArray& body, PagingStyle style) const override;
    QString searchText(const OrderRow& row) const override; // ids, first recipient, status, channel
    int columnCount() const override { return ColumnCount; }
    QVariant headerData(int column, int role) const override;
    QVariant data(const OrderRow& row, int column, int role) const override;
    QString id(const OrderRow& row) const override { return row.id; }
    PagedTableModel::SortKind sortKind(int column) const override;
    QString sortText(const OrderRow& row, int column) const override;
    double sortNumber(const OrderRow& row, int column) const override;

private:
    std::shared_ptr<const OrderViewContext> m_view;
};

// The Approvals queue and the order list of the Tremendous tab. GET /orders has no status filter, so the
// model walks every page (500 orders each, loadAll, parsed off the GUI thread; rows reach the view in batches at most
// every 200 ms: each insert repaints the whole viewport, ~25 ms here, so fewer batches load 100,000 orders faster and
// leave the GUI thread idle more often; tests/models/bench_tremendousorders) and filters locally:
// setPendingOnly(true) (the default) shows only PENDING APPROVAL orders. Default sort: newest first (Created,
// descending; a view with sorting enabled should set its header's indicator to that column and order).
// pendingCount() is the number of loaded pending orders (the tab's badge); pendingCountChanged() follows every batch,
// replaceOrder() and reload; isComplete() (or stateChanged) says whether the walk has finished.
// Campaign and Products show names from a NameCache (setNameCache); its changed() repaints those two columns with
// one dataChanged.
class OrderModel : public PagedRowModel<OrderRow> {
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
public:
    using Column = OrderSchema::Column;
    enum Role {
        StatusRole = Qt::UserRole + 20, // int(OrderStatus)
        CampaignIdRole,                 // QString
        PendingRole,                    // bool: status is PENDING APPROVAL (approve/reject allowed)
        CreatedMsRole,                  // qint64 UTC msecs (-1 unknown)
        FieldErrorsRole,                // bool: some values could not be read (the detail fetch shows which)
    };

    explicit OrderModel(Client* client, QObject* parent = nullptr);
    OrderModel(Client* client, const OrderQuery& filters, QObject* parent = nullptr);
    ~OrderModel() override;

    // Server-side filters (campaign, external id, created range; offset/limit are the pager's). Next load()/reload().
    void setQuery(const OrderQuery& filters);
    OrderQuery query() const;

    void setPendingOnly(bool pendingOnly);
    bool pendingOnly() const { return m_pendingOnly; }
    // Only orders of this campaign (local predicate on top of pendingOnly); empty: every campaign.
    void setCampaignFilter(const QString& campaignId);
    QString campaignFilter() const { return m_campaignFilter; }

    int pendingCount() const { return m_pendingCount; } // loaded rows with status PENDING APPROVAL
    bool isPendingCountFinal() const { return isComplete(); }

    void setNameCache(NameCache* names);
    NameCache* nameCache() const;
    // The Age column's "now" (tests); an invalid QDateTime returns to the live clock. Repaints the Age column.
    void setNow(const QDateTime& now);
    // Repaint the Age column (the tab calls it once a minute).
    void refreshAges();

    // The vendor's new state of an order (after approve/reject or a read-back). Leaves the pending filter when no
    // longer pending. False when the order is not loaded.
    bool replaceOrder(const Order& order);
    const OrderRow* findRow(const QString& orderId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pendingCountChanged(int count);

private:
    struct Params {
        OrderQuery filters;
    };
    OrderModel(Client* client, std::shared_ptr<Params> params, std::shared_ptr<OrderViewContext> view, QObject* parent);
    void applyRowFilter();
    void countNewRows();
    void onNamesChanged();
    void repaintColumns(int first, int last);

    std::shared_ptr<Params> m_params;
    std::shared_ptr<OrderViewContext> m_view;
    QMetaObject::Connection m_namesConnection;
    QString m_campaignFilter;
    int m_pendingCount = 0;
    int m_countedRows = 0; // rows [0, m_countedRows) are in m_pendingCount
    bool m_pendingOnly = true;
    bool m_nameColumnSorted = false; // the list was sorted by a name column (its ranks may be kept)
};

} // namespace rd::tremendous
