#include "models/tremendous/ordermodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>

#include "models/common/jsonpage.h"
#include "models/common/stringinterner.h"
#include "models/tremendous/format.h"
#include "models/tremendous/namecache.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

QString rowStatusRaw(const OrderRow& row) {
    return row.status == OrderStatus::Unknown ? row.statusRaw : orderStatusRaw(row.status);
}

quint16 clamp16(qsizetype n) {
    return quint16(std::min<qsizetype>(n, std::numeric_limits<quint16>::max()));
}

} // namespace

// ---- row ------------------------------------------------------------------------------------------------------

OrderRow OrderRow::fromOrder(const Order& order) {
    OrderRow row;
    row.id = order.id;
    row.externalId = order.externalId;
    row.campaignId = order.campaignId;
    row.status = order.status;
    if (order.status == OrderStatus::Unknown)
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
            for (const Reward& reward : order.rewards) {
                const QString who = reward.recipientDisplay();
                if (!who.isEmpty())
                    seen.insert(who.toCaseFolded());
            }
            row.recipientCount = clamp16(seen.size());
        }
        for (const Reward& reward : order.rewards) {
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
        for (const Reward& reward : order.rewards) {
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

BulkItem bulkItem(const OrderRow& row) {
    BulkItem item;
    item.objectId = row.id;
    const QString currency = unpackCurrency(row.currency);
    item.amount = Money::fromCents(
        row.amountSource == OrderRow::AmountSource::Payment ? std::optional<qint64>(row.amountCents) : std::nullopt,
        currency);
    item.recipient = row.firstRecipient;
    const QString money = row.amountSource == OrderRow::AmountSource::None
                              ? QCoreApplication::translate("rd::tremendous::OrderModel", "unknown amount")
                              : plainMoneyText(row.amountCents, currency);
    if (row.firstRecipient.isEmpty())
        item.summary = money;
    else if (row.recipientCount > 1)
        item.summary = QCoreApplication::translate("rd::tremendous::OrderModel", "%1 to %2 (+%3)",
                                                   "bulk summary: amount, first recipient, more recipients")
                           .arg(money, row.firstRecipient, QString::number(row.recipientCount - 1));
    else
        item.summary =
            QCoreApplication::translate("rd::tremendous::OrderModel", "%1 to %2", "bulk summary: amount, recipient")
                .arg(money, row.firstRecipient);

    if (row.id.isEmpty())
        item.blockedReason = QCoreApplication::translate("rd::tremendous::OrderModel", "the order has no ID");
    else if (row.status == OrderStatus::Unknown)
        item.blockedReason =
            QCoreApplication::translate("rd::tremendous::OrderModel", "unknown status (%1)")
                .arg(row.statusRaw.isEmpty() ? QCoreApplication::translate("rd::tremendous::OrderModel", "missing")
                                             : row.statusRaw);
    else if (row.status != OrderStatus::PendingApproval)
        item.blockedReason =
            QCoreApplication::translate("rd::tremendous::OrderModel", "status is %1, not %2",
                                        "status is EXECUTED, not Pending approval")
                .arg(orderStatusRaw(row.status), orderStatusDisplay(orderStatusRaw(OrderStatus::PendingApproval)));
    return item;
}

qint64 OrderViewContext::now() const {
    return nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
}

// ---- schema ---------------------------------------------------------------------------------------------------

OrderSchema::OrderSchema(std::shared_ptr<const OrderViewContext> view)
    : m_view(std::move(view)) {
    Q_ASSERT(m_view);
}

ParsedPage<OrderRow> OrderSchema::parsePage(const QByteArray& body, PagingStyle style) const {
    int index = 0;
    StringInterner interner;
    ParsedPage<OrderRow> page = parseJsonRows<OrderRow>(body, style, u"orders", u"id"_s, [&](const QJsonObject& item) {
        OrderRow row = OrderRow::fromOrder(parseOrder(item, u"orders[%1]"_s.arg(index++)));
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
                    QCoreApplication::translate("rd::tremendous::OrderModel", "Order %1 of the page has no ID.")
                        .arg(i + 1);
                page.rows.clear();
                break;
            }
        }
    }
    return page;
}

QString OrderSchema::searchText(const OrderRow& row) const {
    // Lean on purpose (target P3: it is kept for every row): no campaign id (OrderModel::setCampaignFilter) and
    // only the first recipient.
    const QString status = orderStatusDisplay(rowStatusRaw(row));
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

QVariant OrderSchema::headerData(int column, int role) const {
    if (role == Qt::ToolTipRole) {
        switch (Column(column)) {
        case Created:
            return QCoreApplication::translate("rd::tremendous::OrderModel", "In your time zone (%1)")
                .arg(localZoneName());
        case Age:
            return QCoreApplication::translate("rd::tremendous::OrderModel", "Time since the order was created");
        case Products:
            return QCoreApplication::translate("rd::tremendous::OrderModel", "The products of the order's campaign");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Created:
        return titleWithZone(QCoreApplication::translate("rd::tremendous::OrderModel", "Created"));
    case Age:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "Age");
    case OrderId:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "Order ID");
    case ExternalId:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "External ID");
    case Status:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "Status");
    case Amount:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "Amount");
    case Recipients:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "Recipients");
    case Products:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "Products");
    case Campaign:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "Campaign");
    case Channel:
        return QCoreApplication::translate("rd::tremendous::OrderModel", "Channel");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderSchema::data(const OrderRow& row, int column, int role) const {
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Created:
            return formatDateTimeNoZoneMs(row.createdMs);
        case Age:
            return ageText(row.createdMs, m_view->now());
        case OrderId:
            return row.id;
        case ExternalId:
            return row.externalId;
        case Status:
            return orderStatusDisplay(rowStatusRaw(row));
        case Amount:
            if (row.amountSource == OrderRow::AmountSource::None)
                return row.hasFieldErrors ? QCoreApplication::translate("rd::tremendous::OrderModel", "unreadable")
                                          : QString();
            return formatCents(row.amountCents, unpackCurrency(row.currency));
        case Recipients:
            return row.recipientCount > 1 ? QCoreApplication::translate("rd::tremendous::OrderModel", "%1 +%2",
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
            return QCoreApplication::translate("rd::tremendous::OrderModel",
                                               "Some values of this order could not be read; open it to see which.");
        switch (Column(column)) {
        case Created:
        case Age:
            return formatDateTimeMs(row.createdMs);
        case Recipients:
            if (row.recipientCount <= 1)
                return {};
            return QCoreApplication::translate("rd::tremendous::OrderModel",
                                               "%1 and %2 more (%n reward(s)); open the order to see them all",
                                               "first recipient, other recipients, rewards", row.rewardCount)
                .arg(row.firstRecipient, QString::number(row.recipientCount - 1));
        case Amount:
            return row.amountSource == OrderRow::AmountSource::Rewards
                       ? QCoreApplication::translate(
                             "rd::tremendous::OrderModel",
                             "The order has no payment details: this is the sum of its rewards.")
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

PagedTableModel::SortKind OrderSchema::sortKind(int column) const {
    switch (Column(column)) {
    case Created:
    case Age:
    case Amount:
        return PagedTableModel::SortKind::Number;
    default:
        return PagedTableModel::SortKind::Text;
    }
}

QString OrderSchema::sortText(const OrderRow& row, int column) const {
    switch (Column(column)) {
    case Recipients:
        return row.firstRecipient;
    case Status:
        return orderStatusDisplay(rowStatusRaw(row));
    default:
        return data(row, column, Qt::DisplayRole).toString();
    }
}

double OrderSchema::sortNumber(const OrderRow& row, int column) const {
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    switch (Column(column)) {
    case Created:
        return row.createdMs < 0 ? none : double(row.createdMs);
    case Age: // youngest first when ascending
        return row.createdMs < 0 ? none : -double(row.createdMs);
    case Amount:
        return row.amountSource == OrderRow::AmountSource::None ? none : double(row.amountCents);
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

OrderModel::OrderModel(Client* client, QObject* parent)
    : OrderModel(client, OrderQuery{}, parent) {}

OrderModel::OrderModel(Client* client, const OrderQuery& filters, QObject* parent)
    : OrderModel(client, std::make_shared<Params>(Params{filters}), std::make_shared<OrderViewContext>(), parent) {}

OrderModel::OrderModel(Client* client, std::shared_ptr<Params> params, std::shared_ptr<OrderViewContext> view,
                       QObject* parent)
    : PagedRowModel<OrderRow>(
          std::make_shared<OrderSchema>(view),
          [client = QPointer<Client>(client), params](const Pager& pager, QObject* context, PageDone done) {
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
    connect(this, &PagedTableModel::countChanged, this, &OrderModel::countNewRows);
    connect(this, &QAbstractItemModel::modelReset, this, &OrderModel::countNewRows);
    connect(this, &PagedTableModel::sortApplied, this, [this](int column) {
        if (column == Column::Products || column == Column::Campaign)
            m_nameColumnSorted = true;
    });
    sort(Column::Created, Qt::DescendingOrder); // newest first
    applyRowFilter();
}

OrderModel::~OrderModel() = default;

void OrderModel::setQuery(const OrderQuery& filters) {
    m_params->filters = filters;
}

OrderQuery OrderModel::query() const {
    return m_params->filters;
}

void OrderModel::setPendingOnly(bool pendingOnly) {
    if (pendingOnly == m_pendingOnly)
        return;
    m_pendingOnly = pendingOnly;
    applyRowFilter();
}

void OrderModel::setCampaignFilter(const QString& campaignId) {
    if (campaignId == m_campaignFilter)
        return;
    m_campaignFilter = campaignId;
    applyRowFilter();
}

void OrderModel::applyRowFilter() {
    if (!m_pendingOnly && m_campaignFilter.isEmpty()) {
        setRowFilter({});
        return;
    }
    setRowFilter([pending = m_pendingOnly, campaign = m_campaignFilter](const OrderRow& row) {
        return (!pending || row.status == OrderStatus::PendingApproval) &&
               (campaign.isEmpty() || row.campaignId == campaign);
    });
}

void OrderModel::countNewRows() {
    const int count = loadedCount();
    int pending = m_pendingCount;
    if (count < m_countedRows) { // reloaded
        pending = 0;
        m_countedRows = 0;
    }
    const std::vector<OrderRow>& all = rows();
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

void OrderModel::setNameCache(NameCache* names) {
    if (m_view->names == names)
        return;
    disconnect(m_namesConnection);
    m_view->names = names;
    if (names)
        m_namesConnection = connect(names, &NameCache::changed, this, &OrderModel::onNamesChanged);
    onNamesChanged();
}

NameCache* OrderModel::nameCache() const {
    return m_view->names;
}

void OrderModel::onNamesChanged() {
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

void OrderModel::repaintColumns(int first, int last) {
    const int count = rowCount();
    if (count > 0)
        Q_EMIT dataChanged(index(0, first), index(count - 1, last), {Qt::DisplayRole, Qt::ToolTipRole});
}

void OrderModel::setNow(const QDateTime& now) {
    m_view->nowMs = now.isValid() ? now.toMSecsSinceEpoch() : -1;
    refreshAges();
}

void OrderModel::refreshAges() {
    repaintColumns(Column::Age, Column::Age);
}

bool OrderModel::replaceOrder(const Order& order) {
    const std::vector<OrderRow>& all = rows();
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].id != order.id)
            continue;
        OrderRow row = OrderRow::fromOrder(order);
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

const OrderRow* OrderModel::findRow(const QString& orderId) const {
    for (const OrderRow& row : rows()) {
        if (row.id == orderId)
            return &row;
    }
    return nullptr;
}

QVariant OrderModel::data(const QModelIndex& index, int role) const {
    switch (role) {
    case StatusRole:
    case CampaignIdRole:
    case PendingRole:
    case CreatedMsRole:
    case FieldErrorsRole: {
        const OrderRow* row = rowAt(index);
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
        return PagedRowModel<OrderRow>::data(index, role);
    }
}

} // namespace rd::tremendous
