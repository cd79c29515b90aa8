#include "trfraudreviewmodel.h"

#include <QColor>
#include <QDateTime>
#include <QSet>

#include <algorithm>

#include "tremendous/tremendousactions.h"
#include "trformat.h"
#include "trfraudviewcontext.h"

using namespace Qt::StringLiterals;

namespace rd {

struct TrFraudReviewModel::Params {
    TrFraudReviewQuery filters;
};

namespace {

constexpr int kApplyIntervalMs = 300; // finished reads are shown at most this often (one dataChanged per batch)
constexpr int kMaxPriority = 200;     // ids queued by prioritize()

} // namespace

// ---- model ----------------------------------------------------------------------------------------------------

namespace {

PagedModelOptions reviewOptions() {
    PagedModelOptions options;
    options.style = PagingStyle::OffsetLimit;
    options.pageSize = 100; // the schema's maximum
    options.loadAll = true;
    return options;
}

} // namespace

TrFraudReviewModel::TrFraudReviewModel(TremendousClient* client, QObject* parent)
    : TrFraudReviewModel(client, std::make_shared<Params>(), std::make_shared<TrFraudViewContext>(), parent) {}

TrFraudReviewModel::TrFraudReviewModel(TremendousClient* client, std::shared_ptr<Params> params,
                                       std::shared_ptr<TrFraudViewContext> view, QObject* parent)
    : PagedRowModel<TrFraudReviewRow>(
          std::make_shared<TrFraudReviewSchema>(view),
          [client = QPointer<TremendousClient>(client), params](const Pager& pager, QObject* context, PageDone done) {
              if (!client) {
                  done(noClientError(Vendor::Tremendous));
                  return CallHandle();
              }
              return client->fraudReviewsPage(pager, params->filters, context, std::move(done));
          },
          reviewOptions(), parent)
    , m_client(client)
    , m_params(std::move(params))
    , m_view(std::move(view)) {
    setAccountLabel(client ? client->accountLabel() : QString());
    m_params->filters.status = trFraudStatusRaw(TrFraudStatus::Flagged);
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early: the pace is a promise
    m_applyTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &TrFraudReviewModel::prefetchNext);
    connect(&m_applyTimer, &QTimer::timeout, this, &TrFraudReviewModel::applyBatch);
    connect(this, &PagedTableModel::countChanged, this, &TrFraudReviewModel::onRowsChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TrFraudReviewModel::resetDetails);
    applyRowFilter();
}

TrFraudReviewModel::~TrFraudReviewModel() {
    m_inFlight.cancel();
}

void TrFraudReviewModel::setStatusFilter(std::optional<TrFraudStatus> status) {
    if (status == statusFilter())
        return;
    m_params->filters.status =
        status ? std::optional<QString>(trFraudStatusRaw(*status)) : std::optional<QString>(std::nullopt);
    applyRowFilter();
    if (state() != State::Idle)
        reload();
}

std::optional<TrFraudStatus> TrFraudReviewModel::statusFilter() const {
    if (!m_params->filters.status)
        return std::nullopt;
    return trFraudStatusFromRaw(*m_params->filters.status);
}

void TrFraudReviewModel::setQuery(const TrFraudReviewQuery& filters) {
    const std::optional<QString> status = m_params->filters.status;
    m_params->filters = filters;
    m_params->filters.status = status;
}

void TrFraudReviewModel::applyRowFilter() {
    // The server filters by status; the same predicate here lets a reviewed row leave the queue (replaceReview).
    const std::optional<TrFraudStatus> status = statusFilter();
    if (!status) {
        setRowFilter({});
        return;
    }
    setRowFilter([status = *status](const TrFraudReviewRow& row) { return row.status == status; });
}

void TrFraudReviewModel::setPrefetchEnabled(bool enabled) {
    m_prefetchEnabled = enabled;
    if (enabled)
        schedulePrefetch();
    else
        m_paceTimer.stop();
}

void TrFraudReviewModel::setPrefetchInterval(std::chrono::milliseconds interval) {
    m_intervalMs = std::max<qint64>(0, interval.count());
}

std::chrono::milliseconds TrFraudReviewModel::prefetchInterval() const {
    return std::chrono::milliseconds(m_intervalMs);
}

void TrFraudReviewModel::resetDetails() {
    m_inFlight.cancel();
    m_inFlight = {};
    m_inFlightId.clear();
    m_paceTimer.stop();
    m_applyTimer.stop();
    m_view->details.clear();
    m_view->states.clear();
    m_priority.clear();
    m_urgent.clear();
    m_changed.clear();
    m_scanRow = 0;
    m_stopped = false;
}

void TrFraudReviewModel::onRowsChanged() {
    if (loadedCount() < m_scanRow)
        m_scanRow = 0;
    schedulePrefetch();
}

void TrFraudReviewModel::prioritize(int firstRow, int lastRow) {
    firstRow = std::max(0, firstRow);
    lastRow = std::min(rowCount() - 1, lastRow);
    if (lastRow < firstRow)
        return;
    lastRow = std::min(lastRow, firstRow + kMaxPriority - 1);
    // The visible rows go to the front, top row first; ids queued earlier stay behind them.
    for (int viewRow = lastRow; viewRow >= firstRow; --viewRow) {
        const TrFraudReviewRow* row = rowAt(index(viewRow, 0));
        if (row && row->isFlagged() && m_view->state(row->rewardId) == TrDetailState::NotLoaded)
            m_priority.push_front(row->rewardId);
    }
    while (int(m_priority.size()) > kMaxPriority)
        m_priority.pop_back();
    schedulePrefetch();
}

void TrFraudReviewModel::requestDetail(const QString& rewardId) {
    if (rewardId.isEmpty())
        return;
    const TrDetailState state = m_view->state(rewardId);
    if (state == TrDetailState::Loaded || state == TrDetailState::Loading)
        return;
    m_view->states.remove(rewardId); // Failed: try again
    // Asked for by a person (the detail pane): next in line, even when background reads are off or stopped; still
    // within the pace.
    m_urgent = rewardId;
    schedulePrefetch();
}

QString TrFraudReviewModel::nextToFetch() {
    if (!m_urgent.isEmpty()) {
        QString id = std::exchange(m_urgent, QString());
        if (m_view->state(id) == TrDetailState::NotLoaded)
            return id;
    }
    if (!m_prefetchEnabled || m_stopped)
        return {};
    while (!m_priority.empty()) {
        QString id = std::move(m_priority.front());
        m_priority.pop_front();
        if (m_view->state(id) == TrDetailState::NotLoaded)
            return id;
    }
    const std::vector<TrFraudReviewRow>& all = rows();
    while (m_scanRow < int(all.size())) {
        const TrFraudReviewRow& row = all[size_t(m_scanRow++)];
        if (row.isFlagged() && m_view->state(row.rewardId) == TrDetailState::NotLoaded)
            return row.rewardId;
    }
    return {};
}

void TrFraudReviewModel::schedulePrefetch() {
    if (!m_inFlightId.isEmpty() || m_paceTimer.isActive() || !m_client)
        return;
    if (m_urgent.isEmpty() && (!m_prefetchEnabled || m_stopped))
        return;
    // At most one request per interval, counted from the previous request's start (a 429 stretches it).
    const qint64 gapNs = std::max(m_intervalMs, m_backoffMs) * 1'000'000;
    const qint64 sinceNs = m_sinceRequest.isValid() ? m_sinceRequest.nsecsElapsed() : gapNs;
    const qint64 waitMs = (std::clamp<qint64>(gapNs - sinceNs, 0, gapNs) + 999'999) / 1'000'000;
    m_paceTimer.start(int(waitMs));
}

void TrFraudReviewModel::prefetchNext() {
    if (!m_inFlightId.isEmpty() || !m_client)
        return;
    const qint64 gapNs = std::max(m_intervalMs, m_backoffMs) * 1'000'000;
    if (m_sinceRequest.isValid() && m_sinceRequest.nsecsElapsed() < gapNs) {
        schedulePrefetch(); // woken early
        return;
    }
    const QString id = nextToFetch();
    if (id.isEmpty())
        return;
    m_backoffMs = 0;
    m_inFlightId = id;
    m_view->states.insert(id, TrDetailState::Loading);
    ++m_requestCount;
    m_sinceRequest.start();
    Q_EMIT detailRequested(id);
    m_inFlight = m_client->fraudReview(
        id, this, [this, id](ApiResult<TrFraudReview> result) { onDetail(id, std::move(result)); });
}

void TrFraudReviewModel::onDetail(const QString& rewardId, ApiResult<TrFraudReview> result) {
    if (rewardId != m_inFlightId)
        return;
    m_inFlight = {};
    m_inFlightId.clear();
    if (result.ok()) {
        m_view->details.insert(rewardId, std::move(result).value());
        m_view->states.insert(rewardId, TrDetailState::Loaded);
        m_changed.append(rewardId);
        Q_EMIT detailLoaded(rewardId);
    } else {
        const ApiError& error = result.error();
        m_view->states.insert(rewardId, TrDetailState::Failed);
        m_changed.append(rewardId);
        qCInfo(lcModelsTremendous) << "fraud review detail failed:" << error.technical;
        if (error.kind == ErrorKind::RateLimited)
            m_backoffMs = error.retryAfterSeconds > 0 ? std::min(error.retryAfterSeconds, 60) * 1000LL : 1000;
        else if (error.kind == ErrorKind::Auth || error.kind == ErrorKind::NoCredential ||
                 error.kind == ErrorKind::InvalidUrl)
            m_stopped = true; // every further read would fail the same way; reload() starts over
        Q_EMIT detailFailed(rewardId, trLookupErrorMessage(error, m_client ? m_client->accountLabel() : QString()));
    }
    if (!m_applyTimer.isActive())
        m_applyTimer.start(kApplyIntervalMs);
    schedulePrefetch();
}

void TrFraudReviewModel::applyBatch() {
    if (m_changed.isEmpty())
        return;
    const QSet<QString> changed(m_changed.cbegin(), m_changed.cend());
    m_changed.clear();
    if (sortColumn() == Column::Risk) {
        // Rows move: re-rank by the new risks (one layout change; selection and current row are kept).
        const Qt::SortOrder order = sortOrder();
        sort(-1, order);
        sort(Column::Risk, order);
        return;
    }
    int first = -1;
    int last = -1;
    const int count = rowCount();
    const std::vector<TrFraudReviewRow>& all = rows();
    for (int viewRow = 0; viewRow < count; ++viewRow) {
        const int source = sourceRow(index(viewRow, 0));
        if (source >= 0 && changed.contains(all[size_t(source)].rewardId)) {
            if (first < 0)
                first = viewRow;
            last = viewRow;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, Column::Risk), index(last, Column::Risk),
                           {Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

const TrFraudReview* TrFraudReviewModel::detail(const QString& rewardId) const {
    if (m_view->state(rewardId) != TrDetailState::Loaded)
        return nullptr;
    const auto it = m_view->details.constFind(rewardId);
    return it == m_view->details.cend() ? nullptr : &*it;
}

TrDetailState TrFraudReviewModel::detailState(const QString& rewardId) const {
    return m_view->state(rewardId);
}

bool TrFraudReviewModel::replaceReview(const TrFraudReview& review) {
    const QString id = review.id();
    if (!findRow(id))
        return false;
    const bool hasDetailFields = !review.riskRaw.isEmpty() || review.relatedRewards.has_value();
    const auto it = m_view->details.find(id);
    if (hasDetailFields) {
        m_view->details.insert(id, review);
        m_view->states.insert(id, TrDetailState::Loaded);
    } else if (it != m_view->details.end()) {
        // Keep what only the detail answer carries; take the rest from the fresher review.
        TrFraudReview merged = review;
        merged.riskRaw = it->riskRaw;
        merged.risk = it->risk;
        merged.relatedRewards = it->relatedRewards;
        *it = std::move(merged);
    }
    replaceRow(id, TrFraudReviewRow::fromReview(review));
    if (m_view->state(id) == TrDetailState::Loaded)
        Q_EMIT detailLoaded(id);
    return true;
}

const TrFraudReviewRow* TrFraudReviewModel::findRow(const QString& rewardId) const {
    for (const TrFraudReviewRow& row : rows()) {
        if (row.rewardId == rewardId)
            return &row;
    }
    return nullptr;
}

void TrFraudReviewModel::setNow(const QDateTime& now) {
    m_view->nowMs = now.isValid() ? now.toMSecsSinceEpoch() : -1;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Column::AutoBlockIn), index(rowCount() - 1, Column::AutoBlockIn),
                           {Qt::DisplayRole, Qt::ForegroundRole});
}

QVariant TrFraudReviewModel::data(const QModelIndex& index, int role) const {
    switch (role) {
    case RiskRole:
    case RiskColorRole:
    case StatusRole:
    case DetailStateRole:
    case AutoBlockMsRole:
    case FieldErrorsRole: {
        const TrFraudReviewRow* row = rowAt(index);
        if (!row)
            return {};
        const TrDetailState state = m_view->state(row->rewardId);
        const TrFraudReview* detail = state == TrDetailState::Loaded ? m_view->find(row->rewardId) : nullptr;
        if (role == RiskRole)
            return detail ? int(detail->risk) : -1;
        if (role == RiskColorRole)
            return trRiskColor(detail ? std::optional<TrRisk>(detail->risk) : std::nullopt);
        if (role == StatusRole)
            return int(row->status);
        if (role == DetailStateRole)
            return int(state);
        if (role == AutoBlockMsRole)
            return row->isFlagged() ? row->autoBlockMs() : qint64(-1);
        return row->hasFieldErrors;
    }
    default:
        return PagedRowModel<TrFraudReviewRow>::data(index, role);
    }
}

} // namespace rd
