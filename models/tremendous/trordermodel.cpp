#include "trordermodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>

#include "common/jsonpage.h"
#include "models/common/stringinterner.h"
#include "trformat.h"
#include "trnamecache.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString rowStatusRaw(const TrOrderRow& row) {
    return row.status == TrOrderStatus::Unknown ? row.statusRaw : trOrderStatusRaw(row.status);
}

quint16 clamp16(qsizetype n) {
    return quint16(std::min<qsizetype>(n, std::numeric_limits<quint16>::max()));
}

} // namespace

// ---- row ------------------------------------------------------------------------------------------------------

TrOrderRow TrOrderRow::fromOrder(const TrOrder& order) {
    TrOrderRow row;
    row.id = order.id;
    row.externalId = order.externalId;
    row.campaignId = order.campaignId;
    row.status = order.status;
    if (order.status == TrOrderStatus::Unknown)
        row.statusRaw = order.statusRaw;
    row.channel = order.channelRaw;
    row.createdMs = msecsOf(order.createdAt);
    row.rewardCount = clamp16(order.rewards.size());
    row.hasFieldErrors = !order.fieldErrors.isEmpty();

    if (!order.rewards.isEmpty()) {
        row.firstRecipient = order.rewards.first().recipientDisplay();
        if (order.rewards.size() == 1) {
            row.recipientCount = row.firstRecipient.isEmpty() ? 0 : 1;
        } else {
            QSet<QString> seen;
            for (const TrReward& reward : order.rewards) {
                const QString who = reward.recipientDisplay();
                if (!who.isEmpty())
                    seen.insert(who.toCaseFolded());
            }
            row.recipientCount = clamp16(seen.size());
        }
        for (const TrReward& reward : order.rewards) {
            if (!reward.fieldErrors.isEmpty())
                row.hasFieldErrors = true;
        }
    }

    if (order.payment && order.payment->total.valid()) {
        row.amountSource = AmountSource::Payment;
        row.amountCents = *order.payment->total.cents;
        const QString currency =
            order.payment->total.currency.isEmpty() ? order.payment->currency : order.payment->total.currency;
        row.currency = packCurrency(currency);
    } else if (!order.payment && !order.rewards.isEmpty()) {
        // No payment block (it is optional in the schema): the rewards' values, when they agree on a currency.
        qint64 sum = 0;
        const QString currency = order.rewards.first().value.currency;
        bool ok = true;
        for (const TrReward& reward : order.rewards) {
            if (!reward.value.valid() || reward.value.currency != currency) {
                ok = false;
                break;
            }
            sum += *reward.value.cents;
        }
        if (ok) {
            row.amountSource = AmountSource::Rewards;
            row.amountCents = sum;
            row.currency = packCurrency(currency);
        }
    }
    return row;
}

TrBulkItem bulkItem(const TrOrderRow& row) {
    TrBulkItem item;
    item.objectId = row.id;
    const QString currency = unpackCurrency(row.currency);
    item.amount = Money::fromCents(
        row.amountSource == TrOrderRow::AmountSource::Payment ? std::optional<qint64>(row.amountCents) : std::nullopt,
        currency);
    item.recipient = row.firstRecipient;
    const QString money = row.amountSource == TrOrderRow::AmountSource::None
                              ? QCoreApplication::translate("rd::TrOrderModel", "unknown amount")
                              : plainMoneyText(row.amountCents, currency);
    if (row.firstRecipient.isEmpty())
        item.summary = money;
    else if (row.recipientCount > 1)
        item.summary = QCoreApplication::translate("rd::TrOrderModel", "%1 to %2 (+%3)",
                                                   "bulk summary: amount, first recipient, more recipients")
                           .arg(money, row.firstRecipient, QString::number(row.recipientCount - 1));
    else
        item.summary = QCoreApplication::translate("rd::TrOrderModel", "%1 to %2", "bulk summary: amount, recipient")
                           .arg(money, row.firstRecipient);

    if (row.id.isEmpty())
        item.blockedReason = QCoreApplication::translate("rd::TrOrderModel", "the order has no ID");
    else if (row.status == TrOrderStatus::Unknown)
        item.blockedReason =
            QCoreApplication::translate("rd::TrOrderModel", "unknown status (%1)")
                .arg(row.statusRaw.isEmpty() ? QCoreApplication::translate("rd::TrOrderModel", "missing")
                                             : row.statusRaw);
    else if (row.status != TrOrderStatus::PendingApproval)
        item.blockedReason = QCoreApplication::translate("rd::TrOrderModel", "status is %1, not %2",
                                                         "status is EXECUTED, not Pending approval")
                                 .arg(trOrderStatusRaw(row.status),
                                      trOrderStatusDisplay(trOrderStatusRaw(TrOrderStatus::PendingApproval)));
    return item;
}

qint64 TrOrderViewContext::now() const {
    return nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
}

// ---- schema ---------------------------------------------------------------------------------------------------

TrOrderSchema::TrOrderSchema(std::shared_ptr<const TrOrderViewContext> view)
    : m_view(std::move(view)) {
    Q_ASSERT(m_view);
}

ParsedPage<TrOrderRow> TrOrderSchema::parsePage(const QByteArray& body, PagingStyle style) const {
    int index = 0;
    StringInterner interner;
    ParsedPage<TrOrderRow> page =
        parseJsonRows<TrOrderRow>(body, style, u"orders", u"id"_s, [&](const QJsonObject& item) {
            TrOrderRow row = TrOrderRow::fromOrder(trParseOrder(item, u"orders[%1]"_s.arg(index++)));
            interner.apply(&row.campaignId);
            interner.apply(&row.channel);
            interner.apply(&row.statusRaw);
            return row;
        });
    if (page.error.isEmpty()) {
        // An order without an id cannot be looked up or acted on: the page is not of the documented shape.
        for (size_t i = 0; i < page.rows.size(); ++i) {
            if (page.rows[i].id.isEmpty()) {
                page.error =
                    QCoreApplication::translate("rd::TrOrderModel", "Order %1 of the page has no ID.").arg(i + 1);
                page.rows.clear();
                break;
            }
        }
    }
    return page;
}

QString TrOrderSchema::searchText(const TrOrderRow& row) const {
    // Lean on purpose (target P3: it is kept for every row): no campaign id (TrOrderModel::setCampaignFilter) and
    // only the first recipient.
    const QString status = trOrderStatusDisplay(rowStatusRaw(row));
    QString text;
    text.reserve(row.id.size() + row.externalId.size() + row.firstRecipient.size() + status.size() +
                 row.channel.size() + 4);
    text += row.id;
    text += u' ';
    text += row.externalId;
    text += u' ';
    text += row.firstRecipient;
    text += u' ';
    text += status;
    text += u' ';
    text += row.channel;
    return text;
}

QVariant TrOrderSchema::headerData(int column, int role) const {
    if (role == Qt::ToolTipRole) {
        switch (Column(column)) {
        case Created:
            return QCoreApplication::translate("rd::TrOrderModel", "In your time zone (%1)").arg(localZoneName());
        case Age:
            return QCoreApplication::translate("rd::TrOrderModel", "Time since the order was created");
        case Products:
            return QCoreApplication::translate("rd::TrOrderModel", "The products of the order's campaign");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Created:
        return titleWithZone(QCoreApplication::translate("rd::TrOrderModel", "Created"));
    case Age:
        return QCoreApplication::translate("rd::TrOrderModel", "Age");
    case OrderId:
        return QCoreApplication::translate("rd::TrOrderModel", "Order ID");
    case ExternalId:
        return QCoreApplication::translate("rd::TrOrderModel", "External ID");
    case Status:
        return QCoreApplication::translate("rd::TrOrderModel", "Status");
    case Amount:
        return QCoreApplication::translate("rd::TrOrderModel", "Amount");
    case Recipients:
        return QCoreApplication::translate("rd::TrOrderModel", "Recipients");
    case Products:
        return QCoreApplication::translate("rd::TrOrderModel", "Products");
    case Campaign:
        return QCoreApplication::translate("rd::TrOrderModel", "Campaign");
    case Channel:
        return QCoreApplication::translate("rd::TrOrderModel", "Channel");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrOrderSchema::data(const TrOrderRow& row, int column, int role) const {
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Created:
            return formatDateTimeNoZoneMs(row.createdMs);
        case Age:
            return trAgeText(row.createdMs, m_view->now());
        case OrderId:
            return row.id;
        case ExternalId:
            return row.externalId;
        case Status:
            return trOrderStatusDisplay(rowStatusRaw(row));
        case Amount:
            if (row.amountSource == TrOrderRow::AmountSource::None)
                return row.hasFieldErrors ? QCoreApplication::translate("rd::TrOrderModel", "unreadable") : QString();
            return formatCents(row.amountCents, unpackCurrency(row.currency));
        case Recipients:
            return row.recipientCount > 1 ? QCoreApplication::translate("rd::TrOrderModel", "%1 +%2",
                                                                        "first recipient, number of other recipients")
                                                .arg(row.firstRecipient, QString::number(row.recipientCount - 1))
                                          : row.firstRecipient;
        case Products:
            return m_view->names ? m_view->names->productNamesText(row.campaignId) : QString();
        case Campaign:
            return m_view->names ? m_view->names->campaignDisplay(row.campaignId) : row.campaignId;
        case Channel:
            return row.channel;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (row.hasFieldErrors)
            return QCoreApplication::translate("rd::TrOrderModel",
                                               "Some values of this order could not be read; open it to see which.");
        switch (Column(column)) {
        case Created:
        case Age:
            return formatDateTimeMs(row.createdMs);
        case Recipients:
            if (row.recipientCount <= 1)
                return {};
            return QCoreApplication::translate("rd::TrOrderModel",
                                               "%1 and %2 more (%n reward(s)); open the order to see them all",
                                               "first recipient, other recipients, rewards", row.rewardCount)
                .arg(row.firstRecipient, QString::number(row.recipientCount - 1));
        case Amount:
            return row.amountSource == TrOrderRow::AmountSource::Rewards
                       ? QCoreApplication::translate(
                             "rd::TrOrderModel", "The order has no payment details: this is the sum of its rewards.")
                       : QVariant();
        case Campaign:
            return row.campaignId;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

PagedTableModel::SortKind TrOrderSchema::sortKind(int column) const {
    switch (Column(column)) {
    case Created:
    case Age:
    case Amount:
        return PagedTableModel::SortKind::Number;
    default:
        return PagedTableModel::SortKind::Text;
    }
}

QString TrOrderSchema::sortText(const TrOrderRow& row, int column) const {
    switch (Column(column)) {
    case Recipients:
        return row.firstRecipient;
    case Status:
        return trOrderStatusDisplay(rowStatusRaw(row));
    default:
        return data(row, column, Qt::DisplayRole).toString();
    }
}

double TrOrderSchema::sortNumber(const TrOrderRow& row, int column) const {
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    switch (Column(column)) {
    case Created:
        return row.createdMs < 0 ? none : double(row.createdMs);
    case Age: // youngest first when ascending
        return row.createdMs < 0 ? none : -double(row.createdMs);
    case Amount:
        return row.amountSource == TrOrderRow::AmountSource::None ? none : double(row.amountCents);
    default:
        return none;
    }
}

// ---- model ----------------------------------------------------------------------------------------------------

namespace {

PagedModelOptions orderOptions() {
    PagedModelOptions options;
    options.style = PagingStyle::OffsetLimit;
    options.pageSize = 500; // the documented maximum
    options.loadAll = true; // pending approvals must be complete: the API cannot filter by status
    options.batchInterval = std::chrono::milliseconds(200);
    return options;
}

} // namespace

TrOrderModel::TrOrderModel(TremendousClient* client, QObject* parent)
    : TrOrderModel(client, TrOrderQuery{}, parent) {}

TrOrderModel::TrOrderModel(TremendousClient* client, const TrOrderQuery& filters, QObject* parent)
    : TrOrderModel(client, std::make_shared<Params>(Params{filters}), std::make_shared<TrOrderViewContext>(), parent) {}

TrOrderModel::TrOrderModel(TremendousClient* client, std::shared_ptr<Params> params,
                           std::shared_ptr<TrOrderViewContext> view, QObject* parent)
    : PagedRowModel<TrOrderRow>(
          std::make_shared<TrOrderSchema>(view),
          [client = QPointer<TremendousClient>(client), params](const Pager& pager, QObject* context, PageDone done) {
              if (!client) {
                  done(noClientError(Vendor::Tremendous));
                  return CallHandle();
              }
              return client->ordersPage(pager, params->filters, context, std::move(done));
          },
          orderOptions(), parent)
    , m_params(std::move(params))
    , m_view(std::move(view)) {
    setAccountLabel(client ? client->accountLabel() : QString());
    connect(this, &PagedTableModel::countChanged, this, &TrOrderModel::countNewRows);
    connect(this, &QAbstractItemModel::modelReset, this, &TrOrderModel::countNewRows);
    connect(this, &PagedTableModel::sortApplied, this, [this](int column) {
        if (column == Column::Products || column == Column::Campaign)
            m_nameColumnSorted = true;
    });
    sort(Column::Created, Qt::DescendingOrder); // newest first
    applyRowFilter();
}

TrOrderModel::~TrOrderModel() = default;

void TrOrderModel::setQuery(const TrOrderQuery& filters) {
    m_params->filters = filters;
}

TrOrderQuery TrOrderModel::query() const {
    return m_params->filters;
}

void TrOrderModel::setPendingOnly(bool pendingOnly) {
    if (pendingOnly == m_pendingOnly)
        return;
    m_pendingOnly = pendingOnly;
    applyRowFilter();
}

void TrOrderModel::setCampaignFilter(const QString& campaignId) {
    if (campaignId == m_campaignFilter)
        return;
    m_campaignFilter = campaignId;
    applyRowFilter();
}

void TrOrderModel::applyRowFilter() {
    if (!m_pendingOnly && m_campaignFilter.isEmpty()) {
        setRowFilter({});
        return;
    }
    setRowFilter([pending = m_pendingOnly, campaign = m_campaignFilter](const TrOrderRow& row) {
        return (!pending || row.status == TrOrderStatus::PendingApproval) &&
               (campaign.isEmpty() || row.campaignId == campaign);
    });
}

void TrOrderModel::countNewRows() {
    const int count = loadedCount();
    int pending = m_pendingCount;
    if (count < m_countedRows) { // reloaded
        pending = 0;
        m_countedRows = 0;
    }
    const std::vector<TrOrderRow>& all = rows();
    for (int row = m_countedRows; row < count; ++row) {
        if (all[size_t(row)].isPending())
            ++pending;
    }
    m_countedRows = count;
    if (pending != m_pendingCount) {
        m_pendingCount = pending;
        Q_EMIT pendingCountChanged(pending);
    }
}

void TrOrderModel::setNameCache(TrNameCache* names) {
    if (m_view->names == names)
        return;
    disconnect(m_namesConnection);
    m_view->names = names;
    if (names)
        m_namesConnection = connect(names, &TrNameCache::changed, this, &TrOrderModel::onNamesChanged);
    onNamesChanged();
}

TrNameCache* TrOrderModel::nameCache() const {
    return m_view->names;
}

void TrOrderModel::onNamesChanged() {
    repaintColumns(Column::Products, Column::Campaign);
    // Ranks of the name columns kept by the base (prepared in the background for big lists, or stashed when a sort by
    // them was left) hold the old names. The base has no call to drop one column's ranks, but it drops them all when
    // a row is replaced: replacing row 0 with itself does that (one more dataChanged, for that row). A sort by a
    // name column is left and re-entered so it is ranked again with the new names.
    const bool ranksMayBeKept =
        m_nameColumnSorted || (options().prepareSorts && loadedCount() >= options().asyncSortThreshold);
    if (loadedCount() == 0 || !ranksMayBeKept)
        return;
    const int column = sortColumn();
    const Qt::SortOrder order = sortOrder();
    const bool sortedByName = column == Column::Products || column == Column::Campaign;
    if (sortedByName)
        sort(-1, order);
    rowReplaced(0, schema().searchText(rows().front()));
    if (sortedByName)
        sort(column, order);
}

void TrOrderModel::repaintColumns(int first, int last) {
    const int count = rowCount();
    if (count > 0)
        Q_EMIT dataChanged(index(0, first), index(count - 1, last), {Qt::DisplayRole, Qt::ToolTipRole});
}

void TrOrderModel::setNow(const QDateTime& now) {
    m_view->nowMs = now.isValid() ? now.toMSecsSinceEpoch() : -1;
    refreshAges();
}

void TrOrderModel::refreshAges() {
    repaintColumns(Column::Age, Column::Age);
}

bool TrOrderModel::replaceOrder(const TrOrder& order) {
    const std::vector<TrOrderRow>& all = rows();
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].id != order.id)
            continue;
        TrOrderRow row = TrOrderRow::fromOrder(order);
        if (int(i) < m_countedRows) {
            const int delta = int(row.isPending()) - int(all[i].isPending());
            m_pendingCount += delta;
            if (delta != 0)
                Q_EMIT pendingCountChanged(m_pendingCount);
        }
        return replaceRow(order.id, std::move(row));
    }
    return false;
}

const TrOrderRow* TrOrderModel::findRow(const QString& orderId) const {
    for (const TrOrderRow& row : rows()) {
        if (row.id == orderId)
            return &row;
    }
    return nullptr;
}

QVariant TrOrderModel::data(const QModelIndex& index, int role) const {
    switch (role) {
    case StatusRole:
    case CampaignIdRole:
    case PendingRole:
    case CreatedMsRole:
    case FieldErrorsRole: {
        const TrOrderRow* row = rowAt(index);
        if (!row)
            return {};
        if (role == StatusRole)
            return int(row->status);
        if (role == CampaignIdRole)
            return row->campaignId;
        if (role == PendingRole)
            return row->isPending();
        if (role == CreatedMsRole)
            return row->createdMs;
        return row->hasFieldErrors;
    }
    default:
        return PagedRowModel<TrOrderRow>::data(index, role);
    }
}

} // namespace rd
