#pragma once

#include <QPointer>

#include <memory>
#include <optional>

#include "common/pagedrowmodel.h"
#include "tremendous/trbulkrunner.h"
#include "tremendous/tremendousclient.h"
#include "tremendous/tremendoustypes.h"

namespace rd {

class TrNameCache;

// One order of GET /orders, lean (design.md section 4, target P3): parsed values and enums, no JSON, no formatted
// copies (formatted in data()). Repeated strings (campaign id, channel, currency) share one copy per page.
struct TrOrderRow {
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
    TrOrderStatus status = TrOrderStatus::Unknown;
    enum class AmountSource : quint8 { None, Payment, Rewards };
    AmountSource amountSource = AmountSource::None; // None: no readable amount (payment missing or invalid)
    bool hasFieldErrors = false;

    static TrOrderRow fromOrder(const TrOrder& order);
    bool isPending() const { return status == TrOrderStatus::PendingApproval; }
    std::optional<qint64> amount() const {
        return amountSource == AmountSource::None ? std::nullopt : std::optional<qint64>(amountCents);
    }
};

// The row as one item of an approve/reject run: objectId = order id, amount = payment.total, recipient = the first
// recipient, summary "USD 25.00 to j.doe@example.com (+2)", blockedReason when the order is not pending approval
// ("status is EXECUTED, not Pending approval", "unknown status (X)") or has no id.
TrBulkItem bulkItem(const TrOrderRow& row);

// GUI-thread context of the order columns that depend on more than the row (names, the clock). Owned by the model,
// read by the schema's data(); never touched by the parse workers.
struct TrOrderViewContext {
    QPointer<TrNameCache> names;
    qint64 nowMs = -1; // -1: the live clock (QDateTime::currentMSecsSinceEpoch at paint)
    qint64 now() const;
};

class TrOrderSchema : public RowSchema<TrOrderRow> {
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

    explicit TrOrderSchema(std::shared_ptr<const TrOrderViewContext> view);

    ParsedPage<TrOrderRow> parsePage(const QByteArray& body, PagingStyle style) const override;
    QString searchText(const TrOrderRow& row) const override; // ids, first recipient, status, channel
    int columnCount() const override { return ColumnCount; }
    QVariant headerData(int column, int role) const override;
    QVariant data(const TrOrderRow& row, int column, int role) const override;
    QString id(const TrOrderRow& row) const override { return row.id; }
    PagedTableModel::SortKind sortKind(int column) const override;
    QString sortText(const TrOrderRow& row, int column) const override;
    double sortNumber(const TrOrderRow& row, int column) const override;

private:
    std::shared_ptr<const TrOrderViewContext> m_view;
};

// The Approvals queue and the order list of the Tremendous tab (issue 4). GET /orders has no status filter, so the
// model walks every page (500 orders each, loadAll, parsed off the GUI thread; rows reach the view in batches at most
// every 200 ms: each insert repaints the whole viewport, ~25 ms here, so fewer batches load 100,000 orders faster and
// leave the GUI thread idle more often; tests/models/bench_tremendousorders) and filters locally:
// setPendingOnly(true) (the default) shows only PENDING APPROVAL orders. Default sort: newest first (Created,
// descending; a view with sorting enabled should set its header's indicator to that column and order).
// pendingCount() is the number of loaded pending orders (the tab's badge); pendingCountChanged() follows every batch,
// replaceOrder() and reload; isComplete() (or stateChanged) says whether the walk has finished.
// Campaign and Products show names from a TrNameCache (setNameCache); its changed() repaints those two columns with
// one dataChanged.
class TrOrderModel : public PagedRowModel<TrOrderRow> {
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
public:
    using Column = TrOrderSchema::Column;
    enum Role {
        StatusRole = Qt::UserRole + 20, // int(TrOrderStatus)
        CampaignIdRole,                 // QString
        PendingRole,                    // bool: status is PENDING APPROVAL (approve/reject allowed)
        CreatedMsRole,                  // qint64 UTC msecs (-1 unknown)
        FieldErrorsRole,                // bool: some values could not be read (the detail fetch shows which)
    };

    explicit TrOrderModel(TremendousClient* client, QObject* parent = nullptr);
    TrOrderModel(TremendousClient* client, const TrOrderQuery& filters, QObject* parent = nullptr);
    ~TrOrderModel() override;

    // Server-side filters (campaign, external id, created range; offset/limit are the pager's). Next load()/reload().
    void setQuery(const TrOrderQuery& filters);
    TrOrderQuery query() const;

    void setPendingOnly(bool pendingOnly);
    bool pendingOnly() const { return m_pendingOnly; }
    // Only orders of this campaign (local predicate on top of pendingOnly); empty: every campaign.
    void setCampaignFilter(const QString& campaignId);
    QString campaignFilter() const { return m_campaignFilter; }

    int pendingCount() const { return m_pendingCount; } // loaded rows with status PENDING APPROVAL
    bool isPendingCountFinal() const { return isComplete(); }

    void setNameCache(TrNameCache* names);
    TrNameCache* nameCache() const;
    // The Age column's "now" (tests); an invalid QDateTime returns to the live clock. Repaints the Age column.
    void setNow(const QDateTime& now);
    // Repaint the Age column (the tab calls it once a minute).
    void refreshAges();

    // The vendor's new state of an order (after approve/reject or a read-back). Leaves the pending filter when no
    // longer pending. False when the order is not loaded.
    bool replaceOrder(const TrOrder& order);
    const TrOrderRow* findRow(const QString& orderId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pendingCountChanged(int count);

private:
    struct Params {
        TrOrderQuery filters;
    };
    TrOrderModel(TremendousClient* client, std::shared_ptr<Params> params, std::shared_ptr<TrOrderViewContext> view,
                 QObject* parent);
    void applyRowFilter();
    void countNewRows();
    void onNamesChanged();
    void repaintColumns(int first, int last);

    std::shared_ptr<Params> m_params;
    std::shared_ptr<TrOrderViewContext> m_view;
    QMetaObject::Connection m_namesConnection;
    QString m_campaignFilter;
    int m_pendingCount = 0;
    int m_countedRows = 0; // rows [0, m_countedRows) are in m_pendingCount
    bool m_pendingOnly = true;
    bool m_nameColumnSorted = false; // the list was sorted by a name column (its ranks may be kept)
};

} // namespace rd
