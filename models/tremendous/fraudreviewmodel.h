#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>

#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendoustypes.h"
#include "models/common/pagedrowmodel.h"

namespace rd::tremendous {

// One fraud review of GET /fraud_reviews (its id is the REWARD id), lean. List pages carry no `risk` and no
// `related_rewards`: those come from GET /fraud_reviews/{id}, which FraudReviewModel reads in the background and
// keeps beside the rows (FraudReviewModel::detail()).
struct FraudReviewRow {
    QString rewardId;
    QString orderId;
    QString statusRaw;   // kept only when status is Unknown
    QStringList reasons; // as sent (strings shared per page)
    QString country;
    QString city;
    QString ip;
    QString redemptionMethod; // open enum, shown as sent
    QString recipient;        // e-mail, else phone, else name
    QString reviewedBy;
    qint64 redeemedMs = -1; // UTC msecs; -1 unknown
    qint64 reviewedMs = -1;
    qint64 valueCents = 0;
    quint32 currency = 0; // packCurrency()
    FraudStatus status = FraudStatus::Unknown;
    bool valueValid = false;
    bool hasFieldErrors = false;

    static FraudReviewRow fromReview(const FraudReview& review);
    bool isFlagged() const { return status == FraudStatus::Flagged; }
    // redeemed_at + 30 days (Tremendous blocks reviews left flagged that long); -1 when unknown.
    qint64 autoBlockMs() const;
};

// The row as one item of a release/block run: objectId = reward id, amount = the reward's value, blockedReason when
// the review is not flagged ("status is blocked, not flagged", "unknown status (X)").
BulkItem bulkItem(const FraudReviewRow& row);

// Where the background detail read of a row stands.
enum class DetailState : quint8 { NotLoaded, Loading, Loaded, Failed };

struct FraudViewContext; // GUI-thread state the schema's data() reads (details, clock); defined in the .cpp

class FraudReviewSchema : public RowSchema<FraudReviewRow> {
public:
    enum Column {
        Risk,
        Status,
        Redeemed,
        AutoBlockIn,
        Reasons,
        Amount,
        Recipient,
        Location,
        Method,
        ReviewedBy,
        ColumnCount
    };

    explicit FraudReviewSchema(std::shared_ptr<const FraudViewContext> view);

    ParsedPage<FraudReviewRow> parsePage(const QByteArray& body, PagingStyle style) const override;
    QString searchText(const FraudReviewRow& row) const override;
    int columnCount() const override { return ColumnCount; }
    QVariant headerData(int column, int role) const override;
    QVariant data(const FraudReviewRow& row, int column, int role) const override;
    QString id(const FraudReviewRow& row) const override { return row.rewardId; }
    PagedTableModel::SortKind sortKind(int column) const override;
    QString sortText(const FraudReviewRow& row, int column) const override;
    double sortNumber(const FraudReviewRow& row, int column) const override;

private:
    std::shared_ptr<const FraudViewContext> m_view;
};

// The Fraud reviews queue. Server-side status filter (flagged by default; setStatusFilter() reloads;
// nullopt = every status), pages of 100 (the documented maximum), loadAll.
//
// Risk: list items carry no risk, so the model reads GET /fraud_reviews/{id} for the FLAGGED rows in the background:
// one request in flight at a time, at most one request per prefetchInterval() (250 ms: 4 requests/s, well under
// Tremendous's 10/s shared with the tab's own calls), rows the UI reported visible with prioritize() first, then in
// list order. Results are applied in batches (at most every 300 ms): one dataChanged spanning the changed rows per
// batch (plus one layout change when the list is sorted by risk). The full review is cached: detail() answers the
// detail pane at once; requestDetail() puts one review (of any status) at the head of the queue, and detailLoaded()
// tells when it arrived. A failed read shows "?" and is not retried until reload() (or requestDetail()).
class FraudReviewModel : public PagedRowModel<FraudReviewRow> {
    Q_OBJECT
public:
    using Column = FraudReviewSchema::Column;
    enum Role {
        RiskRole = Qt::UserRole + 20, // int(Risk); -1 while the detail is not loaded
        RiskColorRole,                // QColor for the risk badge (red high, amber medium, green low, grey unknown)
        StatusRole,                   // int(FraudStatus)
        DetailStateRole,              // int(DetailState)
        AutoBlockMsRole,              // qint64 UTC msecs of the automatic block (-1 unknown / not flagged)
        FieldErrorsRole,              // bool
    };

    explicit FraudReviewModel(Client* client, QObject* parent = nullptr);
    ~FraudReviewModel() override;

    // nullopt: every status. Reloads when it changes (and the model was loaded before).
    void setStatusFilter(std::optional<FraudStatus> status);
    std::optional<FraudStatus> statusFilter() const;
    // Further server-side filters (created/redeemed ranges; status, offset and limit are set by the model).
    void setQuery(const FraudReviewQuery& filters);

    // The background risk reads.
    void setPrefetchEnabled(bool enabled); // default true
    bool prefetchEnabled() const { return m_prefetchEnabled; }
    void setPrefetchInterval(std::chrono::milliseconds interval); // default 250 ms (tests may shorten it)
    std::chrono::milliseconds prefetchInterval() const;
    // View rows [firstRow, lastRow] are on screen: read their details first.
    void prioritize(int firstRow, int lastRow);
    // Reads this review's detail as soon as the request in flight is done (any status; again if it failed).
    void requestDetail(const QString& rewardId);
    int detailsInFlight() const { return m_inFlightId.isEmpty() ? 0 : 1; }
    int detailRequestCount() const { return m_requestCount; } // requests sent since construction (tests, status bar)

    const FraudReview* detail(const QString& rewardId) const; // null until loaded
    DetailState detailState(const QString& rewardId) const;

    // The vendor's new state of a review (after release/block or a read-back). Also refreshes the cached detail when
    // the review carries the detail fields (release/block answers do). Leaves the list when it no longer matches the
    // status filter. False when not loaded.
    bool replaceReview(const FraudReview& review);
    const FraudReviewRow* findRow(const QString& rewardId) const;

    // The Auto-block column's "now" (tests); invalid: the live clock.
    void setNow(const QDateTime& now);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void detailRequested(const QString& rewardId); // a background or requested read started
    void detailLoaded(const QString& rewardId);
    void detailFailed(const QString& rewardId, const QString& message);

private:
    struct Params;
    FraudReviewModel(Client* client, std::shared_ptr<Params> params, std::shared_ptr<FraudViewContext> view,
                     QObject* parent);
    void applyRowFilter();
    void onRowsChanged();
    void schedulePrefetch();
    void prefetchNext();
    QString nextToFetch();
    void onDetail(const QString& rewardId, ApiResult<FraudReview> result);
    void applyBatch();
    void resetDetails();

    QPointer<Client> m_client;
    std::shared_ptr<Params> m_params;
    std::shared_ptr<FraudViewContext> m_view;
    QTimer m_paceTimer;  // single shot: the next request may start (interval = the remaining wait)
    QTimer m_applyTimer; // single shot: apply the finished reads
    QElapsedTimer m_sinceRequest;
    std::deque<QString> m_priority; // ids to read first (requestDetail, then prioritize)
    QString m_urgent;               // requestDetail(): read even when not flagged
    int m_scanRow = 0;              // source rows before this one were queued in list order
    QString m_inFlightId;
    CallHandle m_inFlight;
    QStringList m_changed; // ids read since the last batch
    int m_requestCount = 0;
    qint64 m_intervalMs = 250; // the pace
    qint64 m_backoffMs = 0;    // after a 429: Retry-After (capped) before the next read
    bool m_prefetchEnabled = true;
    bool m_stopped = false; // the key was rejected (or no client/URL): no more background reads until reload()
};

} // namespace rd::tremendous
