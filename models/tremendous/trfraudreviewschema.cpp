// TrFraudReviewRow, bulkItem() and TrFraudReviewSchema (the rows of TrFraudReviewModel: parsing, columns, sorting).
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

#include "common/jsonpage.h"
#include "models/common/stringinterner.h"
#include "trformat.h"
#include "trfraudreviewmodel.h"
#include "trfraudviewcontext.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr qint64 kAutoBlockMs = 30LL * 24 * 3600 * 1000;

int clampToInt(qint64 n) {
    return n > INT_MAX ? INT_MAX : int(n);
}

QString fraudStatusRaw(const TrFraudReviewRow& row) {
    return row.status == TrFraudStatus::Unknown ? row.statusRaw : trFraudStatusRaw(row.status);
}

QColor riskColorImpl(std::optional<TrRisk> risk) {
    if (!risk)
        return QColor(0x9e, 0x9e, 0x9e); // not read yet / failed
    switch (*risk) {
    case TrRisk::High:
        return QColor(0xc6, 0x28, 0x28);
    case TrRisk::Medium:
        return QColor(0xe0, 0x8a, 0x00);
    case TrRisk::Low:
        return QColor(0x2e, 0x7d, 0x32);
    case TrRisk::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

QColor trRiskColor(std::optional<TrRisk> risk) {
    return riskColorImpl(risk);
}

// ---- row ------------------------------------------------------------------------------------------------------

TrFraudReviewRow TrFraudReviewRow::fromReview(const TrFraudReview& review) {
    TrFraudReviewRow row;
    row.rewardId = review.reward.id;
    row.orderId = review.reward.orderId;
    row.status = review.status;
    if (review.status == TrFraudStatus::Unknown)
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

qint64 TrFraudReviewRow::autoBlockMs() const {
    return redeemedMs < 0 ? -1 : redeemedMs + kAutoBlockMs;
}

TrBulkItem bulkItem(const TrFraudReviewRow& row) {
    TrBulkItem item;
    item.objectId = row.rewardId;
    const QString currency = unpackCurrency(row.currency);
    item.amount = Money::fromCents(row.valueValid ? std::optional<qint64>(row.valueCents) : std::nullopt, currency);
    item.recipient = row.recipient;
    const QString money = row.valueValid ? plainMoneyText(row.valueCents, currency)
                                         : QCoreApplication::translate("rd::TrFraudReviewModel", "unknown amount");
    item.summary = row.recipient.isEmpty() ? money
                                           : QCoreApplication::translate("rd::TrFraudReviewModel", "%1 to %2",
                                                                         "bulk summary: amount, recipient")
                                                 .arg(money, row.recipient);
    if (row.rewardId.isEmpty())
        item.blockedReason = QCoreApplication::translate("rd::TrFraudReviewModel", "the review has no reward ID");
    else if (row.status == TrFraudStatus::Unknown)
        item.blockedReason =
            QCoreApplication::translate("rd::TrFraudReviewModel", "unknown status (%1)")
                .arg(row.statusRaw.isEmpty() ? QCoreApplication::translate("rd::TrFraudReviewModel", "missing")
                                             : row.statusRaw);
    else if (row.status != TrFraudStatus::Flagged)
        item.blockedReason = QCoreApplication::translate("rd::TrFraudReviewModel", "status is %1, not %2",
                                                         "status is blocked, not flagged")
                                 .arg(trFraudStatusRaw(row.status), trFraudStatusRaw(TrFraudStatus::Flagged));
    return item;
}

// ---- schema ---------------------------------------------------------------------------------------------------

TrFraudReviewSchema::TrFraudReviewSchema(std::shared_ptr<const TrFraudViewContext> view)
    : m_view(std::move(view)) {
    Q_ASSERT(m_view);
}

ParsedPage<TrFraudReviewRow> TrFraudReviewSchema::parsePage(const QByteArray& body, PagingStyle style) const {
    int index = 0;
    StringInterner interner;
    ParsedPage<TrFraudReviewRow> page =
        parseJsonRows<TrFraudReviewRow>(body, style, u"fraud_reviews", u"reward"_s, [&](const QJsonObject& item) {
            TrFraudReviewRow row =
                TrFraudReviewRow::fromReview(trParseFraudReview(item, u"fraud_reviews[%1]"_s.arg(index++)));
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
                page.error = QCoreApplication::translate("rd::TrFraudReviewModel",
                                                         "Fraud review %1 of the page has no reward ID.")
                                 .arg(i + 1);
                page.rows.clear();
                break;
            }
        }
    }
    return page;
}

QString TrFraudReviewSchema::searchText(const TrFraudReviewRow& row) const {
    return row.rewardId + u' ' + row.orderId + u' ' + row.recipient + u' ' + row.country + u' ' + row.city + u' ' +
           row.ip + u' ' + row.redemptionMethod + u' ' + row.reviewedBy + u' ' +
           trFraudStatusDisplay(fraudStatusRaw(row)) + u' ' + row.reasons.join(u' ');
}

QVariant TrFraudReviewSchema::headerData(int column, int role) const {
    if (role == Qt::ToolTipRole) {
        switch (Column(column)) {
        case Risk:
            return QCoreApplication::translate("rd::TrFraudReviewModel",
                                               "Tremendous's risk assessment (read from each review's details)");
        case Redeemed:
            return QCoreApplication::translate("rd::TrFraudReviewModel", "In your time zone (%1)").arg(localZoneName());
        case AutoBlockIn:
            return QCoreApplication::translate(
                "rd::TrFraudReviewModel",
                "Tremendous blocks a reward automatically when its review stays flagged for 30 days");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Risk:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Risk");
    case Status:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Status");
    case Redeemed:
        return titleWithZone(QCoreApplication::translate("rd::TrFraudReviewModel", "Redeemed"));
    case AutoBlockIn:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Auto-block in");
    case Reasons:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Reasons");
    case Amount:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Amount");
    case Recipient:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Recipient");
    case Location:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Country / City");
    case Method:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Method");
    case ReviewedBy:
        return QCoreApplication::translate("rd::TrFraudReviewModel", "Reviewed by");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrFraudReviewSchema::data(const TrFraudReviewRow& row, int column, int role) const {
    if (column == Risk && (role == Qt::DisplayRole || role == Qt::ForegroundRole || role == Qt::ToolTipRole)) {
        const TrDetailState state = m_view->state(row.rewardId);
        if (state != TrDetailState::Loaded) {
            if (role == Qt::ForegroundRole)
                return trRiskColor(std::nullopt);
            if (role == Qt::ToolTipRole)
                return state == TrDetailState::Failed
                           ? QCoreApplication::translate("rd::TrFraudReviewModel",
                                                         "The review's details could not be read. Select it to retry.")
                           : QCoreApplication::translate("rd::TrFraudReviewModel", "Reading the review's details…");
            return state == TrDetailState::Failed ? u"?"_s : u"…"_s;
        }
        const TrFraudReview* found = m_view->find(row.rewardId);
        if (!found)
            return {};
        const TrFraudReview& detail = *found;
        if (role == Qt::ForegroundRole)
            return trRiskColor(detail.risk);
        if (role == Qt::ToolTipRole) {
            if (!detail.relatedRewards || !detail.relatedRewards->count)
                return {};
            const int related = clampToInt(*detail.relatedRewards->count);
            return QCoreApplication::translate("rd::TrFraudReviewModel", "%n related reward(s), %1 blocked", nullptr,
                                               related)
                .arg(QLocale().toString(detail.relatedRewards->blockedCount.value_or(0)));
        }
        return trRiskDisplay(detail.riskRaw);
    }
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Risk:
            return {};
        case Status:
            return trFraudStatusDisplay(fraudStatusRaw(row));
        case Redeemed:
            return formatDateTimeNoZoneMs(row.redeemedMs);
        case AutoBlockIn:
            return row.isFlagged() ? trCountdownText(row.autoBlockMs(), m_view->now()) : QString();
        case Reasons:
            if (row.reasons.isEmpty())
                return {};
            if (row.reasons.size() == 1)
                return row.reasons.first();
            return QCoreApplication::translate("rd::TrFraudReviewModel", "%1 (+%2)",
                                               "first reason, number of other reasons")
                .arg(row.reasons.first(), QString::number(row.reasons.size() - 1));
        case Amount:
            return row.valueValid ? formatCents(row.valueCents, unpackCurrency(row.currency))
                                  : QCoreApplication::translate("rd::TrFraudReviewModel", "invalid amount");
        case Recipient:
            return row.recipient;
        case Location:
            if (row.city.isEmpty())
                return row.country;
            if (row.country.isEmpty())
                return row.city;
            return QCoreApplication::translate("rd::TrFraudReviewModel", "%1 / %2", "country / city")
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
                lines.append(u"• "_s + trFraudReasonExplanation(reason));
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
                                            "rd::TrFraudReviewModel",
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

PagedTableModel::SortKind TrFraudReviewSchema::sortKind(int column) const {
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

QString TrFraudReviewSchema::sortText(const TrFraudReviewRow& row, int column) const {
    switch (Column(column)) {
    case Reasons:
        return row.reasons.isEmpty() ? QString() : row.reasons.first();
    default:
        return data(row, column, Qt::DisplayRole).toString();
    }
}

double TrFraudReviewSchema::sortNumber(const TrFraudReviewRow& row, int column) const {
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    switch (Column(column)) {
    case Risk: {
        const TrFraudReview* detail =
            m_view->state(row.rewardId) == TrDetailState::Loaded ? m_view->find(row.rewardId) : nullptr;
        if (!detail)
            return none;
        switch (detail->risk) {
        case TrRisk::High:
            return 3;
        case TrRisk::Medium:
            return 2;
        case TrRisk::Low:
            return 1;
        case TrRisk::Unknown:
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

} // namespace rd
