// FraudReviewRow, bulkItem() and FraudReviewSchema (the rows of FraudReviewModel: parsing, columns, sorting).
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

#include "models/common/jsonpage.h"
#include "models/common/stringinterner.h"
#include "models/tremendous/format.h"
#include "models/tremendous/fraudreviewmodel.h"
#include "models/tremendous/fraudviewcontext.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

constexpr qint64 kAutoBlockMs = 30LL * 24 * 3600 * 1000;

int clampToInt(qint64 n) {
    return n > INT_MAX ? INT_MAX : int(n);
}

QString fraudStatusRaw(const FraudReviewRow& row) {
    return row.status == FraudStatus::Unknown ? row.statusRaw : fraudStatusRaw(row.status);
}

QColor riskColorImpl(std::optional<Risk> risk) {
    if (!risk)
        return QColor(0x9e, 0x9e, 0x9e); // not read yet / failed
    switch (*risk) {
    case Risk::High:
        return QColor(0xc6, 0x28, 0x28);
    case Risk::Medium:
        return QColor(0xe0, 0x8a, 0x00);
    case Risk::Low:
        return QColor(0x2e, 0x7d, 0x32);
    case Risk::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

QColor riskColor(std::optional<Risk> risk) {
    return riskColorImpl(risk);
}

// ---- row ------------------------------------------------------------------------------------------------------

FraudReviewRow FraudReviewRow::fromReview(const FraudReview& review) {
    FraudReviewRow row;
    row.rewardId = review.reward.id;
    row.orderId = review.reward.orderId;
    row.status = review.status;
    if (review.status == FraudStatus::Unknown)
        row.statusRaw = review.statusRaw;
    row.reasons = review.reasons;
    row.country = review.geo.country;
    row.city = review.geo.city;
    row.ip = review.geo.ip;
    row.redemptionMethod = review.redemptionMethod;
    row.recipient = review.reward.recipientDisplay();
    row.reviewedBy = review.reviewedBy;
    row.redeemedMs = msecsOf(review.redeemedAt);
    row.reviewedMs = msecsOf(review.reviewedAt);
    row.valueValid = review.reward.value.valid();
    row.valueCents = review.reward.value.cents.value_or(0);
    row.currency = packCurrency(review.reward.value.currency);
    row.hasFieldErrors = !review.fieldErrors.isEmpty() || !review.reward.fieldErrors.isEmpty();
    return row;
}

qint64 FraudReviewRow::autoBlockMs() const {
    return redeemedMs < 0 ? -1 : redeemedMs + kAutoBlockMs;
}

BulkItem bulkItem(const FraudReviewRow& row) {
    BulkItem item;
    item.objectId = row.rewardId;
    const QString currency = unpackCurrency(row.currency);
    item.amount = Money::fromCents(row.valueValid ? std::optional<qint64>(row.valueCents) : std::nullopt, currency);
    item.recipient = row.recipient;
    const QString money = row.valueValid
                              ? plainMoneyText(row.valueCents, currency)
                              : QCoreApplication::translate("rd::tremendous::FraudReviewModel", "unknown amount");
    item.summary = row.recipient.isEmpty() ? money
                                           : QCoreApplication::translate("rd::tremendous::FraudReviewModel", "%1 to %2",
                                                                         "bulk summary: amount, recipient")
                                                 .arg(money, row.recipient);
    if (row.rewardId.isEmpty())
        item.blockedReason =
            QCoreApplication::translate("rd::tremendous::FraudReviewModel", "the review has no reward ID");
    else if (row.status == FraudStatus::Unknown)
        item.blockedReason = QCoreApplication::translate("rd::tremendous::FraudReviewModel", "unknown status (%1)")
                                 .arg(row.statusRaw.isEmpty()
                                          ? QCoreApplication::translate("rd::tremendous::FraudReviewModel", "missing")
                                          : row.statusRaw);
    else if (row.status != FraudStatus::Flagged)
        item.blockedReason = QCoreApplication::translate("rd::tremendous::FraudReviewModel", "status is %1, not %2",
                                                         "status is blocked, not flagged")
                                 .arg(fraudStatusRaw(row.status), fraudStatusRaw(FraudStatus::Flagged));
    return item;
}

// ---- schema ---------------------------------------------------------------------------------------------------

FraudReviewSchema::FraudReviewSchema(std::shared_ptr<const FraudViewContext> view)
    : m_view(std::move(view)) {
    Q_ASSERT(m_view);
}

ParsedPage<FraudReviewRow> FraudReviewSchema::parsePage(const QByteArray& body, PagingStyle style) const {
    int index = 0;
    StringInterner interner;
    ParsedPage<FraudReviewRow> page =
        parseJsonRows<FraudReviewRow>(body, style, u"fraud_reviews", u"reward"_s, [&](const QJsonObject& item) {
            FraudReviewRow row =
                FraudReviewRow::fromReview(parseFraudReview(item, u"fraud_reviews[%1]"_s.arg(index++)));
            for (QString& reason : row.reasons)
                interner.apply(&reason);
            interner.apply(&row.country);
            interner.apply(&row.city);
            interner.apply(&row.redemptionMethod);
            interner.apply(&row.reviewedBy);
            interner.apply(&row.statusRaw);
            return row;
        });
    if (page.error.isEmpty()) {
        for (size_t i = 0; i < page.rows.size(); ++i) {
            if (page.rows[i].rewardId.isEmpty()) {
                page.error = QCoreApplication::translate("rd::tremendous::FraudReviewModel",
                                                         "Fraud review %1 of the page has no reward ID.")
                                 .arg(i + 1);
                page.rows.clear();
                break;
            }
        }
    }
    return page;
}

QString FraudReviewSchema::searchText(const FraudReviewRow& row) const {
    return row.rewardId + u' ' + row.orderId + u' ' + row.recipient + u' ' + row.country + u' ' + row.city + u' ' +
           row.ip + u' ' + row.redemptionMethod + u' ' + row.reviewedBy + u' ' +
           fraudStatusDisplay(fraudStatusRaw(row)) + u' ' + row.reasons.join(u' ');
}

QVariant FraudReviewSchema::headerData(int column, int role) const {
    if (role == Qt::ToolTipRole) {
        switch (Column(column)) {
        case Risk:
            return QCoreApplication::translate("rd::tremendous::FraudReviewModel",
                                               "Tremendous's risk assessment (read from each review's details)");
        case Redeemed:
            return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "In your time zone (%1)")
                .arg(localZoneName());
        case AutoBlockIn:
            return QCoreApplication::translate(
                "rd::tremendous::FraudReviewModel",
                "Tremendous blocks a reward automatically when its review stays flagged for 30 days");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Risk:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Risk");
    case Status:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Status");
    case Redeemed:
        return titleWithZone(QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Redeemed"));
    case AutoBlockIn:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Auto-block in");
    case Reasons:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Reasons");
    case Amount:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Amount");
    case Recipient:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Recipient");
    case Location:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Country / City");
    case Method:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Method");
    case ReviewedBy:
        return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "Reviewed by");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FraudReviewSchema::data(const FraudReviewRow& row, int column, int role) const {
    if (column == Risk && (role == Qt::DisplayRole || role == Qt::ForegroundRole || role == Qt::ToolTipRole)) {
        const DetailState state = m_view->state(row.rewardId);
        if (state != DetailState::Loaded) {
            if (role == Qt::ForegroundRole)
                return riskColor(std::nullopt);
            if (role == Qt::ToolTipRole)
                return state == DetailState::Failed
                           ? QCoreApplication::translate("rd::tremendous::FraudReviewModel",
                                                         "The review's details could not be read. Select it to retry.")
                           : QCoreApplication::translate("rd::tremendous::FraudReviewModel",
                                                         "Reading the review's details…");
            return state == DetailState::Failed ? u"?"_s : u"…"_s;
        }
        const FraudReview* found = m_view->find(row.rewardId);
        if (!found)
            return {};
        const FraudReview& detail = *found;
        if (role == Qt::ForegroundRole)
            return riskColor(detail.risk);
        if (role == Qt::ToolTipRole) {
            if (!detail.relatedRewards || !detail.relatedRewards->count)
                return {};
            const int related = clampToInt(*detail.relatedRewards->count);
            return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "%n related reward(s), %1 blocked",
                                               nullptr, related)
                .arg(QLocale().toString(detail.relatedRewards->blockedCount.value_or(0)));
        }
        return riskDisplay(detail.riskRaw);
    }
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Risk:
            return {};
        case Status:
            return fraudStatusDisplay(fraudStatusRaw(row));
        case Redeemed:
            return formatDateTimeNoZoneMs(row.redeemedMs);
        case AutoBlockIn:
            return row.isFlagged() ? formatCountdown(row.autoBlockMs(), m_view->now()) : QString();
        case Reasons:
            if (row.reasons.isEmpty())
                return {};
            if (row.reasons.size() == 1)
                return row.reasons.first();
            return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "%1 (+%2)",
                                               "first reason, number of other reasons")
                .arg(row.reasons.first(), QString::number(row.reasons.size() - 1));
        case Amount:
            return row.valueValid ? formatCents(row.valueCents, unpackCurrency(row.currency))
                                  : QCoreApplication::translate("rd::tremendous::FraudReviewModel", "invalid amount");
        case Recipient:
            return row.recipient;
        case Location:
            if (row.city.isEmpty())
                return row.country;
            if (row.country.isEmpty())
                return row.city;
            return QCoreApplication::translate("rd::tremendous::FraudReviewModel", "%1 / %2", "country / city")
                .arg(row.country, row.city);
        case Method:
            return row.redemptionMethod;
        case ReviewedBy:
            return row.reviewedBy;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(column)) {
        case Reasons: {
            QStringList lines;
            lines.reserve(row.reasons.size());
            for (const QString& reason : row.reasons)
                lines.append(u"• "_s + fraudReasonExplanation(reason));
            return lines.join(u'\n');
        }
        case Redeemed:
            return formatDateTimeMs(row.redeemedMs);
        case AutoBlockIn:
            return row.isFlagged() ? formatDateTimeMs(row.autoBlockMs()) : QString();
        case Location:
            return row.ip;
        case ReviewedBy:
            return formatDateTimeMs(row.reviewedMs);
        default:
            return row.hasFieldErrors ? QCoreApplication::translate(
                                            "rd::tremendous::FraudReviewModel",
                                            "Some values of this review could not be read; open it to see which.")
                                      : QVariant();
        }
    }
    if (role == Qt::ForegroundRole && column == AutoBlockIn && row.isFlagged() && row.autoBlockMs() >= 0 &&
        row.autoBlockMs() - m_view->now() < 3LL * 24 * 3600 * 1000)
        return QColor(0xc6, 0x28, 0x28); // three days or less left (or overdue)
    if (role == Qt::TextAlignmentRole && column == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

PagedTableModel::SortKind FraudReviewSchema::sortKind(int column) const {
    switch (Column(column)) {
    case Risk:
    case Redeemed:
    case AutoBlockIn:
    case Amount:
        return PagedTableModel::SortKind::Number;
    default:
        return PagedTableModel::SortKind::Text;
    }
}

QString FraudReviewSchema::sortText(const FraudReviewRow& row, int column) const {
    switch (Column(column)) {
    case Reasons:
        return row.reasons.isEmpty() ? QString() : row.reasons.first();
    default:
        return data(row, column, Qt::DisplayRole).toString();
    }
}

double FraudReviewSchema::sortNumber(const FraudReviewRow& row, int column) const {
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    switch (Column(column)) {
    case Risk: {
        const FraudReview* detail =
            m_view->state(row.rewardId) == DetailState::Loaded ? m_view->find(row.rewardId) : nullptr;
        if (!detail)
            return none;
        switch (detail->risk) {
        case Risk::High:
            return 3;
        case Risk::Medium:
            return 2;
        case Risk::Low:
            return 1;
        case Risk::Unknown:
            break;
        }
        return 0;
    }
    case Redeemed:
        return row.redeemedMs < 0 ? none : double(row.redeemedMs);
    case AutoBlockIn:
        return row.isFlagged() && row.redeemedMs >= 0 ? double(row.autoBlockMs()) : none;
    case Amount:
        return row.valueValid ? double(row.valueCents) : none;
    default:
        return none;
    }
}

} // namespace rd::tremendous
