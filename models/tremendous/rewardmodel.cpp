#include "models/tremendous/rewardmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMutex>

#include <cmath>
#include <limits>

#include "models/common/jsonpage.h"
#include "models/tremendous/format.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

// What the walk keeps (read by the parse workers: immutable once published).
struct RewardCriteria {
    RewardModel::Mode mode = RewardModel::Mode::FailedDeliveries;
    RewardModel::Match match = RewardModel::Match::Exact;
    QString query;  // as typed
    QString folded; // case-folded, trimmed
    QString digits; // the digits of a phone-like query (empty for an e-mail)
    QString label;  // ByCustomField
    QString value;
};

namespace {

QString digitsOf(QStringView text) {
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

bool matches(const RewardCriteria& c, const RewardRow& row) {
    switch (c.mode) {
    case RewardModel::Mode::FailedDeliveries:
        return row.delivery == DeliveryStatus::Failed;
    case RewardModel::Mode::ByRecipient: {
        if (c.folded.isEmpty())
            return false;
        const bool contains = c.match == RewardModel::Match::Contains;
        if (!row.recipientEmail.isEmpty()) {
            const QString email = row.recipientEmail.trimmed().toCaseFolded();
            if (contains ? email.contains(c.folded) : email == c.folded)
                return true;
        }
        if (!c.digits.isEmpty() && !row.recipientPhone.isEmpty()) {
            const QString phone = digitsOf(row.recipientPhone);
            // Exact: the same number, with or without the country code ("+1 555 0100" finds "5550100" and back).
            if (contains ? phone.contains(c.digits)
                         : (phone == c.digits ||
                            (phone.size() > c.digits.size() && c.digits.size() >= 7 && phone.endsWith(c.digits)) ||
                            (c.digits.size() > phone.size() && phone.size() >= 7 && c.digits.endsWith(phone))))
                return true;
        }
        return false;
    }
    case RewardModel::Mode::ByCustomField:
        return true; // the server filtered
    }
    return true;
}

QString deliveryRaw(const RewardRow& row) {
    return row.delivery == DeliveryStatus::Unknown ? row.deliveryRaw : deliveryStatusRaw(row.delivery);
}

QString methodRaw(const RewardRow& row) {
    return row.method == DeliveryMethod::Unknown ? row.methodRaw : deliveryMethodRaw(row.method);
}

qint64 currentMs(qint64 nowMs) {
    return nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// The criteria of the current walk (published under a mutex for the parse workers) and GUI-thread state.
struct RewardModel::Params {
    std::shared_ptr<const RewardCriteria> criteria() const {
        QMutexLocker lock(&mutex);
        return current;
    }
    void publish(RewardCriteria c) {
        auto next = std::make_shared<const RewardCriteria>(std::move(c));
        QMutexLocker lock(&mutex);
        current = std::move(next);
    }

    mutable QMutex mutex;
    std::shared_ptr<const RewardCriteria> current = std::make_shared<const RewardCriteria>();
    // GUI thread only.
    qint64 requestedUpTo = 0;    // items before the last page asked for (the walk's progress)
    std::optional<qint64> total; // the server's total_count
    qint64 nowMs = -1;           // -1: the live clock
    bool rowFilter = false;      // a loaded row was hidden (removeReward/replaceReward/setHiddenIds)
    QSet<QString> hidden;        // setHiddenIds()
};

// ---- row ------------------------------------------------------------------------------------------------------

RewardRow RewardRow::fromReward(const Reward& reward) {
    RewardRow row;
    row.id = reward.id;
    row.orderId = reward.orderId;
    row.recipient = reward.recipientDisplay();
    row.recipientEmail = reward.recipientEmail;
    row.recipientPhone = reward.recipientPhone;
    if (!reward.customFields.isEmpty()) {
        QStringList parts;
        parts.reserve(reward.customFields.size());
        for (const CustomField& field : reward.customFields)
            parts.append(field.label + u": "_s + field.value.value_or(QString()));
        row.customFields = parts.join(u"; "_s);
    }
    row.method = reward.deliveryMethod;
    if (row.method == DeliveryMethod::Unknown)
        row.methodRaw = reward.deliveryMethodRaw;
    row.delivery = reward.deliveryStatus;
    if (row.delivery == DeliveryStatus::Unknown)
        row.deliveryRaw = reward.deliveryStatusRaw;
    row.createdMs = msecsOf(reward.createdAt);
    row.expiresMs = msecsOf(reward.expiresAt);
    row.valueValid = reward.value.valid();
    row.valueCents = reward.value.cents.value_or(0);
    row.currency = packCurrency(reward.value.currency);
    row.hasFieldErrors = !reward.fieldErrors.isEmpty();
    return row;
}

BulkItem bulkItem(const RewardRow& row, qint64 nowMs) {
    BulkItem item;
    item.objectId = row.id;
    const QString currency = unpackCurrency(row.currency);
    item.amount = Money::fromCents(row.valueValid ? std::optional<qint64>(row.valueCents) : std::nullopt, currency);
    item.recipient = row.recipient;
    const QString money = row.valueValid ? plainMoneyText(row.valueCents, currency)
                                         : QCoreApplication::translate("rd::tremendous::RewardModel", "unknown amount");
    item.summary = row.recipient.isEmpty() ? money
                                           : QCoreApplication::translate("rd::tremendous::RewardModel", "%1 to %2",
                                                                         "bulk summary: amount, recipient")
                                                 .arg(money, row.recipient);
    if (row.id.isEmpty())
        item.blockedReason = QCoreApplication::translate("rd::tremendous::RewardModel", "the reward has no ID");
    else if (row.delivery == DeliveryStatus::Unknown)
        item.blockedReason =
            QCoreApplication::translate("rd::tremendous::RewardModel", "unknown delivery status (%1)")
                .arg(row.deliveryRaw.isEmpty() ? QCoreApplication::translate("rd::tremendous::RewardModel", "missing")
                                               : row.deliveryRaw);
    else if (row.delivery != DeliveryStatus::Failed)
        item.blockedReason = QCoreApplication::translate("rd::tremendous::RewardModel", "delivery is %1, not %2",
                                                         "delivery is SUCCEEDED, not FAILED")
                                 .arg(deliveryStatusRaw(row.delivery), deliveryStatusRaw(DeliveryStatus::Failed));
    else if (row.isExpired(currentMs(nowMs)))
        item.blockedReason = QCoreApplication::translate("rd::tremendous::RewardModel", "the reward expired on %1")
                                 .arg(formatDateTimeMs(row.expiresMs));
    return item;
}

// ---- schema ---------------------------------------------------------------------------------------------------

class RewardSchema : public RowSchema<RewardRow> {
public:
    using Column = RewardModel::Column;
    explicit RewardSchema(std::shared_ptr<const RewardModel::Params> params)
        : m_params(std::move(params)) {}

    ParsedPage<RewardRow> parsePage(const QByteArray& body, PagingStyle style) const override {
        const std::shared_ptr<const RewardCriteria> criteria = m_params->criteria();
        int index = 0;
        ParsedPage<RewardRow> page =
            parseJsonRows<RewardRow>(body, style, u"rewards", u"id"_s, [&](const QJsonObject& item) {
                return RewardRow::fromReward(parseReward(item, u"rewards[%1]"_s.arg(index++)));
            });
        if (!page.error.isEmpty())
            return page;
        for (size_t i = 0; i < page.rows.size(); ++i) {
            if (page.rows[i].id.isEmpty()) {
                page.error =
                    QCoreApplication::translate("rd::tremendous::RewardModel", "Reward %1 of the page has no ID.")
                        .arg(i + 1);
                page.rows.clear();
                return page;
            }
        }
        // Walking modes: keep only the matches (meta.itemCount still counts the page as sent, for the pager).
        if (criteria->mode != RewardModel::Mode::ByCustomField) {
            std::vector<RewardRow> kept;
            for (RewardRow& row : page.rows) {
                if (matches(*criteria, row))
                    kept.push_back(std::move(row));
            }
            page.rows = std::move(kept);
        }
        return page;
    }

    QString searchText(const RewardRow& row) const override {
        return row.id + u' ' + row.orderId + u' ' + row.recipient + u' ' + row.recipientEmail + u' ' +
               row.recipientPhone + u' ' + row.customFields + u' ' + deliveryStatusDisplay(deliveryRaw(row)) + u' ' +
               deliveryMethodDisplay(methodRaw(row));
    }

    int columnCount() const override { return RewardModel::ColumnCount; }

    QVariant headerData(int column, int role) const override {
        if (role == Qt::ToolTipRole && (column == Column::Created || column == Column::Expires))
            return QCoreApplication::translate("rd::tremendous::RewardModel", "In your time zone (%1)")
                .arg(localZoneName());
        if (role != Qt::DisplayRole)
            return {};
        switch (Column(column)) {
        case Column::Created:
            return titleWithZone(QCoreApplication::translate("rd::tremendous::RewardModel", "Created"));
        case Column::RewardId:
            return QCoreApplication::translate("rd::tremendous::RewardModel", "Reward ID");
        case Column::OrderId:
            return QCoreApplication::translate("rd::tremendous::RewardModel", "Order ID");
        case Column::Recipient:
            return QCoreApplication::translate("rd::tremendous::RewardModel", "Recipient");
        case Column::Method:
            return QCoreApplication::translate("rd::tremendous::RewardModel", "Method");
        case Column::Delivery:
            return QCoreApplication::translate("rd::tremendous::RewardModel", "Delivery");
        case Column::Amount:
            return QCoreApplication::translate("rd::tremendous::RewardModel", "Amount");
        case Column::Expires:
            return titleWithZone(QCoreApplication::translate("rd::tremendous::RewardModel", "Expires"));
        case Column::CustomFields:
            return QCoreApplication::translate("rd::tremendous::RewardModel", "Custom fields");
        case Column::ColumnCount:
            break;
        }
        return {};
    }

    QVariant data(const RewardRow& row, int column, int role) const override {
        if (role == Qt::DisplayRole) {
            switch (Column(column)) {
            case Column::Created:
                return formatDateTimeNoZoneMs(row.createdMs);
            case Column::RewardId:
                return row.id;
            case Column::OrderId:
                return row.orderId;
            case Column::Recipient:
                return row.recipient;
            case Column::Method:
                return deliveryMethodDisplay(methodRaw(row));
            case Column::Delivery:
                return deliveryStatusDisplay(deliveryRaw(row));
            case Column::Amount:
                return row.valueValid ? formatCents(row.valueCents, unpackCurrency(row.currency))
                                      : QCoreApplication::translate("rd::tremendous::RewardModel", "invalid amount");
            case Column::Expires:
                if (row.expiresMs < 0)
                    return row.hasFieldErrors ? QString()
                                              : QCoreApplication::translate("rd::tremendous::RewardModel", "never");
                return formatDateTimeNoZoneMs(row.expiresMs);
            case Column::CustomFields:
                return row.customFields;
            case Column::ColumnCount:
                break;
            }
            return {};
        }
        if (role == Qt::ToolTipRole) {
            if (row.hasFieldErrors)
                return QCoreApplication::translate(
                    "rd::tremendous::RewardModel",
                    "Some values of this reward could not be read; open it to see which.");
            if (column == Column::Expires && row.isExpired(currentMs(m_params->nowMs)))
                return QCoreApplication::translate("rd::tremendous::RewardModel",
                                                   "Expired: it can no longer be resent.");
            if (column == Column::CustomFields)
                return row.customFields;
            return {};
        }
        if (role == Qt::ForegroundRole && column == Column::Expires && row.isExpired(currentMs(m_params->nowMs)))
            return QColor(0xc6, 0x28, 0x28);
        if (role == Qt::TextAlignmentRole && column == Column::Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    QString id(const RewardRow& row) const override { return row.id; }

    PagedTableModel::SortKind sortKind(int column) const override {
        switch (Column(column)) {
        case Column::Created:
        case Column::Amount:
        case Column::Expires:
            return PagedTableModel::SortKind::Number;
        default:
            return PagedTableModel::SortKind::Text;
        }
    }

    double sortNumber(const RewardRow& row, int column) const override {
        constexpr double none = std::numeric_limits<double>::quiet_NaN();
        switch (Column(column)) {
        case Column::Created:
            return row.createdMs < 0 ? none : double(row.createdMs);
        case Column::Expires:
            return row.expiresMs < 0 ? none : double(row.expiresMs);
        case Column::Amount:
            return row.valueValid ? double(row.valueCents) : none;
        default:
            return none;
        }
    }

private:
    std::shared_ptr<const RewardModel::Params> m_params;
};

// ---- model ----------------------------------------------------------------------------------------------------

namespace {

PagedModelOptions rewardOptions() {
    PagedModelOptions options;
    options.style = PagingStyle::OffsetLimit;
    options.pageSize = 500; // the documented maximum
    options.loadAll = true;
    return options;
}

} // namespace

RewardModel::RewardModel(Client* client, QObject* parent)
    : RewardModel(client, std::make_shared<Params>(), parent) {}

RewardModel::RewardModel(Client* client, std::shared_ptr<Params> params, QObject* parent)
    : PagedRowModel<RewardRow>(
          std::make_shared<RewardSchema>(params),
          [client = QPointer<Client>(client), params](const Pager& pager, QObject* context, PageDone done) {
              if (!client) {
                  done(noClientError(Vendor::Tremendous));
                  return CallHandle();
              }
              params->requestedUpTo = pager.offset();
              if (pager.totalItems())
                  params->total = pager.totalItems();
              if (auto* model = qobject_cast<RewardModel*>(context))
                  Q_EMIT model->progressChanged();
              RewardQuery query;
              const std::shared_ptr<const RewardCriteria> criteria = params->criteria();
              if (criteria->mode == Mode::ByCustomField)
                  query.customFields.append({criteria->label, criteria->value});
              return client->rewardsPage(pager, query, context, std::move(done));
          },
          rewardOptions(), parent)
    , m_params(std::move(params)) {
    setAccountLabel(client ? client->accountLabel() : QString());
    sort(Column::Created, Qt::DescendingOrder);
    connect(this, &PagedTableModel::stateChanged, this, &RewardModel::progressChanged);
}

RewardModel::~RewardModel() = default;

void RewardModel::showFailedDeliveries() {
    RewardCriteria c;
    c.mode = Mode::FailedDeliveries;
    m_params->publish(std::move(c));
    m_params->requestedUpTo = 0;
    m_params->total.reset();
    m_params->rowFilter = !m_params->hidden.isEmpty();
    applyRowFilter();
    reload();
}

void RewardModel::findByRecipient(const QString& emailOrPhone, Match match) {
    RewardCriteria c;
    c.mode = Mode::ByRecipient;
    c.match = match;
    c.query = emailOrPhone.trimmed();
    c.folded = c.query.toCaseFolded();
    // A phone-like query (no '@', no letters, at least 4 digits) is also compared by its digits.
    bool letters = false;
    for (const QChar ch : c.query) {
        if (ch.isLetter() || ch == u'@')
            letters = true;
    }
    const QString digits = digitsOf(c.query);
    if (!letters && digits.size() >= 4)
        c.digits = digits;
    m_params->publish(std::move(c));
    m_params->requestedUpTo = 0;
    m_params->total.reset();
    m_params->rowFilter = !m_params->hidden.isEmpty();
    applyRowFilter();
    reload();
}

void RewardModel::findByCustomField(const QString& label, const QString& value) {
    RewardCriteria c;
    c.mode = Mode::ByCustomField;
    c.label = label.trimmed();
    c.value = value;
    m_params->publish(std::move(c));
    m_params->requestedUpTo = 0;
    m_params->total.reset();
    m_params->rowFilter = !m_params->hidden.isEmpty();
    applyRowFilter();
    reload();
}

RewardModel::Mode RewardModel::mode() const {
    return m_params->criteria()->mode;
}

QString RewardModel::recipientQuery() const {
    return m_params->criteria()->query;
}

RewardModel::Match RewardModel::recipientMatch() const {
    return m_params->criteria()->match;
}

QPair<QString, QString> RewardModel::customFieldQuery() const {
    const auto c = m_params->criteria();
    return {c->label, c->value};
}

qint64 RewardModel::scannedCount() const {
    if (isComplete())
        return m_params->total.value_or(m_params->requestedUpTo);
    return m_params->requestedUpTo;
}

std::optional<qint64> RewardModel::scanTotal() const {
    return m_params->total;
}

QString RewardModel::progressText() const {
    const QLocale locale;
    const int found = loadedCount();
    if (state() == State::Idle)
        return {};
    if (mode() == Mode::ByCustomField || isComplete())
        return tr("%n reward(s) found", nullptr, found);
    const std::optional<qint64> total = m_params->total;
    const QString searched = locale.toString(m_params->requestedUpTo);
    if (total)
        return tr("Searched %1 of %2 rewards: %n found", nullptr, found).arg(searched, locale.toString(*total));
    return tr("Searched %1 rewards: %n found", nullptr, found).arg(searched);
}

void RewardModel::reserveRows(qsizetype count) {
    // A walk keeps only its matches: reserving for every reward of the account would waste megabytes.
    if (mode() == Mode::ByCustomField)
        PagedRowModel<RewardRow>::reserveRows(count);
}

void RewardModel::applyRowFilter() {
    if (!m_params->rowFilter) {
        setRowFilter({});
        return;
    }
    const bool failedOnly = mode() == Mode::FailedDeliveries;
    setRowFilter([failedOnly, hidden = m_params->hidden](const RewardRow& row) {
        return !row.removed && (!failedOnly || row.delivery == DeliveryStatus::Failed) && !hidden.contains(row.id);
    });
}

bool RewardModel::replaceReward(const Reward& reward) {
    if (!findRow(reward.id))
        return false;
    RewardRow row = RewardRow::fromReward(reward);
    if (!m_params->rowFilter && mode() == Mode::FailedDeliveries && row.delivery != DeliveryStatus::Failed) {
        m_params->rowFilter = true;
        applyRowFilter();
    }
    return replaceRow(reward.id, std::move(row));
}

bool RewardModel::removeReward(const QString& rewardId) {
    const RewardRow* found = findRow(rewardId);
    if (!found)
        return false;
    RewardRow row = *found;
    row.removed = true;
    if (!m_params->rowFilter) {
        m_params->rowFilter = true;
        applyRowFilter();
    }
    return replaceRow(rewardId, std::move(row));
}

void RewardModel::setHiddenIds(const QSet<QString>& ids) {
    if (ids == m_params->hidden)
        return;
    m_params->hidden = ids;
    m_params->rowFilter = m_params->rowFilter || !ids.isEmpty();
    applyRowFilter();
}

const RewardRow* RewardModel::findRow(const QString& rewardId) const {
    for (const RewardRow& row : rows()) {
        if (row.id == rewardId)
            return &row;
    }
    return nullptr;
}

void RewardModel::setNow(const QDateTime& now) {
    m_params->nowMs = now.isValid() ? now.toMSecsSinceEpoch() : -1;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Column::Expires), index(rowCount() - 1, Column::Expires),
                           {Qt::ForegroundRole, Qt::ToolTipRole});
}

qint64 RewardModel::nowMs() const {
    return currentMs(m_params->nowMs);
}

QVariant RewardModel::data(const QModelIndex& index, int role) const {
    switch (role) {
    case DeliveryRole:
    case MethodRole:
    case ExpiredRole:
    case OrderIdRole:
    case FieldErrorsRole: {
        const RewardRow* row = rowAt(index);
        if (!row)
            return {};
        if (role == DeliveryRole)
            return int(row->delivery);
        if (role == MethodRole)
            return int(row->method);
        if (role == ExpiredRole)
            return row->isExpired(nowMs());
        if (role == OrderIdRole)
            return row->orderId;
        return row->hasFieldErrors;
    }
    default:
        return PagedRowModel<RewardRow>::data(index, role);
    }
}

} // namespace rd::tremendous
