#include "models/tremendous/fraudreviewmodel.h"

#include <QColor>
#include <QDateTime>
#include <QSet>

#include <algorithm>

#include "api/tremendous/tremendousactions.h"
#include "models/tremendous/format.h"
#include "models/tremendous/fraudviewcontext.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

struct FraudReviewModel::Params {
    FraudReviewQuery filters;
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

FraudReviewModel::FraudReviewModel(Client* client, QObject* parent)
    : FraudReviewModel(client, std::make_shared<Params>(), std::make_shared<FraudViewContext>(), parent) {}

FraudReviewModel::FraudReviewModel(Client* client, std::shared_ptr<Params> params,
                                   std::shared_ptr<FraudViewContext> view, QObject* parent)
    : PagedRowModel<FraudReviewRow>(
          std::make_shared<FraudReviewSchema>(view),
          [client = QPointer<Client>(client), params](const Pager& pager, QObject* context, PageDone done) {
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
    m_params->filters.status = fraudStatusRaw(FraudStatus::Flagged);
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early: the pace is a promise
    m_applyTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &FraudReviewModel::prefetchNext);
    connect(&m_applyTimer, &QTimer::timeout, this, &FraudReviewModel::applyBatch);
    connect(this, &PagedTableModel::countChanged, this, &FraudReviewModel::onRowsChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &FraudReviewModel::resetDetails);
    applyRowFilter();
}

FraudReviewModel::~FraudReviewModel() {
    m_inFlight.cancel();
}

void FraudReviewModel::setStatusFilter(std::optional<FraudStatus> status) {
    if (status == statusFilter())
        return;
    m_params->filters.status =
        status ? std::optional<QString>(fraudStatusRaw(*status)) : std::optional<QString>(std::nullopt);
    applyRowFilter();
    if (state() != State::Idle)
        reload();
}

std::optional<FraudStatus> FraudReviewModel::statusFilter() const {
    if (!m_params->filters.status)
        return std::nullopt;
    return fraudStatusFromRaw(*m_params->filters.status);
}

void FraudReviewModel::setQuery(const FraudReviewQuery& filters) {
    const std::optional<QString> status = m_params->filters.status;
    m_params->filters = filters;
    m_params->filters.status = status;
}

void FraudReviewModel::applyRowFilter() {
    // The server filters by status; the same predicate here lets a reviewed row leave the queue (replaceReview).
    const std::optional<FraudStatus> status = statusFilter();
    if (!status) {
        setRowFilter({});
        return;
    }
    setRowFilter([status = *status](const FraudReviewRow& row) { return row.status == status; });
}

void FraudReviewModel::setPrefetchEnabled(bool enabled) {
    m_prefetchEnabled = enabled;
    if (enabled)
        schedulePrefetch();
    else
        m_paceTimer.stop();
}

void FraudReviewModel::setPrefetchInterval(std::chrono::milliseconds interval) {
    m_intervalMs = std::max<qint64>(0, interval.count());
}

std::chrono::milliseconds FraudReviewModel::prefetchInterval() const {
    return std::chrono::milliseconds(m_intervalMs);
}

void FraudReviewModel::resetDetails() {
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

void FraudReviewModel::onRowsChanged() {
    if (loadedCount() < m_scanRow)
        m_scanRow = 0;
    schedulePrefetch();
}

void FraudReviewModel::prioritize(int firstRow, int lastRow) {
    firstRow = std::max(0, firstRow);
    lastRow = std::min(rowCount() - 1, lastRow);
    if (lastRow < firstRow)
        return;
    lastRow = std::min(lastRow, firstRow + kMaxPriority - 1);
    // The visible rows go to the front, top row first; ids queued earlier stay behind them.
    for (int viewRow = lastRow; viewRow >= firstRow; --viewRow) {
        const FraudReviewRow* row = rowAt(index(viewRow, 0));
        if (row && row->isFlagged() && m_view->state(row->rewardId) == DetailState::NotLoaded)
            m_priority.push_front(row->rewardId);
    }
    while (int(m_priority.size()) > kMaxPriority)
        m_priority.pop_back();
    schedulePrefetch();
}

void FraudReviewModel::requestDetail(const QString& rewardId) {
    if (rewardId.isEmpty())
        return;
    const DetailState state = m_view->state(rewardId);
    if (state == DetailState::Loaded || state == DetailState::Loading)
        return;
    m_view->states.remove(rewardId); // Failed: try again
    // Asked for by a person (the detail pane): next in line, even when background reads are off or stopped; still
    // within the pace.
    m_urgent = rewardId;
    schedulePrefetch();
}

QString FraudReviewModel::nextToFetch() {
    if (!m_urgent.isEmpty()) {
        QString id = std::exchange(m_urgent, QString());
        if (m_view->state(id) == DetailState::NotLoaded)
            return id;
    }
    if (!m_prefetchEnabled || m_stopped)
        return {};
    while (!m_priority.empty()) {
        QString id = std::move(m_priority.front());
        m_priority.pop_front();
        if (m_view->state(id) == DetailState::NotLoaded)
            return id;
    }
    const std::vector<FraudReviewRow>& all = rows();
    while (m_scanRow < int(all.size())) {
        const FraudReviewRow& row = all[size_t(m_scanRow++)];
        if (row.isFlagged() && m_view->state(row.rewardId) == DetailState::NotLoaded)
            return row.rewardId;
    }
    return {};
}

void FraudReviewModel::schedulePrefetch() {
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

void FraudReviewModel::prefetchNext() {
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
    m_view->states.insert(id, DetailState::Loading);
    ++m_requestCount;
    m_sinceRequest.start();
    Q_EMIT detailRequested(id);
    m_inFlight =
        m_client->fraudReview(id, this, [this, id](ApiResult<FraudReview> result) { onDetail(id, std::move(result)); });
}

void FraudReviewModel::onDetail(const QString& rewardId, ApiResult<FraudReview> result) {
    if (rewardId != m_inFlightId)
        return;
    m_inFlight = {};
    m_inFlightId.clear();
    if (result.ok()) {
        m_view->details.insert(rewardId, std::move(result).value());
        m_view->states.insert(rewardId, DetailState::Loaded);
        m_changed.append(rewardId);
        Q_EMIT detailLoaded(rewardId);
    } else {
        const ApiError& error = result.error();
        m_view->states.insert(rewardId, DetailState::Failed);
        m_changed.append(rewardId);
        qCInfo(lcModelsTremendous) << "fraud review detail failed:" << error.technical;
        if (error.kind == ErrorKind::RateLimited)
            m_backoffMs = error.retryAfterSeconds > 0 ? std::min(error.retryAfterSeconds, 60) * 1000LL : 1000;
        else if (error.kind == ErrorKind::Auth || error.kind == ErrorKind::NoCredential ||
                 error.kind == ErrorKind::InvalidUrl)
            m_stopped = true; // every further read would fail the same way; reload() starts over
        Q_EMIT detailFailed(rewardId, lookupErrorMessage(error, m_client ? m_client->accountLabel() : QString()));
    }
    if (!m_applyTimer.isActive())
        m_applyTimer.start(kApplyIntervalMs);
    schedulePrefetch();
}

void FraudReviewModel::applyBatch() {
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
    const std::vector<FraudReviewRow>& all = rows();
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

const FraudReview* FraudReviewModel::detail(const QString& rewardId) const {
    if (m_view->state(rewardId) != DetailState::Loaded)
        return nullptr;
    const auto it = m_view->details.constFind(rewardId);
    return it == m_view->details.cend() ? nullptr : &*it;
}

DetailState FraudReviewModel::detailState(const QString& rewardId) const {
    return m_view->state(rewardId);
}

bool FraudReviewModel::replaceReview(const FraudReview& review) {
    const QString id = review.id();
    if (!findRow(id))
        return false;
    const bool hasDetailFields = !review.riskRaw.isEmpty() || review.relatedRewards.has_value();
    const auto it = m_view->details.find(id);
    if (hasDetailFields) {
        m_view->details.insert(id, review);
        m_view->states.insert(id, DetailState::Loaded);
    } else if (it != m_view->details.end()) {
        // Keep what only the detail answer carries; take the rest from the fresher review.
        FraudReview merged = review;
        merged.riskRaw = it->riskRaw;
        merged.risk = it->risk;
        merged.relatedRewards = it->relatedRewards;
        *it = std::move(merged);
    }
    replaceRow(id, FraudReviewRow::fromReview(review));
    if (m_view->state(id) == DetailState::Loaded)
        Q_EMIT detailLoaded(id);
    return true;
}

const FraudReviewRow* FraudReviewModel::findRow(const QString& rewardId) const {
    for (const FraudReviewRow& row : rows()) {
        if (row.rewardId == rewardId)
            return &row;
    }
    return nullptr;
}

void FraudReviewModel::setNow(const QDateTime& now) {
    m_view->nowMs = now.isValid() ? now.toMSecsSinceEpoch() : -1;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Column::AutoBlockIn), index(rowCount() - 1, Column::AutoBlockIn),
                           {Qt::DisplayRole, Qt::ForegroundRole});
}

QVariant FraudReviewModel::data(const QModelIndex& index, int role) const {
    switch (role) {
    case RiskRole:
    case RiskColorRole:
    case StatusRole:
    case DetailStateRole:
    case AutoBlockMsRole:
    case FieldErrorsRole: {
        const FraudReviewRow* row = rowAt(index);
        if (!row)
            return {};
        const DetailState state = m_view->state(row->rewardId);
        const FraudReview* detail = state == DetailState::Loaded ? m_view->find(row->rewardId) : nullptr;
        if (role == RiskRole)
            return detail ? int(detail->risk) : -1;
        if (role == RiskColorRole)
            return riskColor(detail ? std::optional<Risk>(detail->risk) : std::nullopt);
        if (role == StatusRole)
            return int(row->status);
        if (role == DetailStateRole)
            return int(state);
        if (role == AutoBlockMsRole)
            return row->isFlagged() ? row->autoBlockMs() : qint64(-1);
        return row->hasFieldErrors;
    }
    default:
        return PagedRowModel<FraudReviewRow>::data(index, role);
    }
}

} // namespace rd::tremendous
