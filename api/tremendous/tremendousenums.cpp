#include "api/tremendous/tremendoustypes.h"

#include <QCoreApplication>

#include <cstddef>

using namespace Qt::StringLiterals;

// The open enums of tremendoustypes.h (raw value -> enum, display words), the fraud reasons' plain-language lines
// and the fraud rules' names. Parsing is in tremendoustypes.cpp.

namespace rd::tremendous {

namespace {

QString unknownDisplay(const QString& raw) {
    const QString shown = raw.simplified().left(60);
    if (shown.isEmpty())
        return QCoreApplication::translate("rd::TremendousTypes", "unknown (missing)");
    return QCoreApplication::translate("rd::TremendousTypes", "unknown (%1)").arg(shown);
}

// An open enum's documented raw values, read case-insensitively on simplified text; Unknown for anything else.
template <typename E> struct RawValue {
    E value;
    QStringView raw;
};

template <typename E, std::size_t N> E fromRaw(const RawValue<E> (&table)[N], const QString& raw) {
    const QString s = raw.simplified();
    for (const RawValue<E>& entry : table) {
        if (s.compare(entry.raw, Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return E::Unknown;
}

template <typename E, std::size_t N> QString rawOf(const RawValue<E> (&table)[N], E value) {
    for (const RawValue<E>& entry : table) {
        if (entry.value == value)
            return entry.raw.toString();
    }
    return {};
}

constexpr RawValue<OrderStatus> kOrderStatuses[] = {
    {OrderStatus::Canceled, u"CANCELED"},
    {OrderStatus::Open, u"OPEN"},
    {OrderStatus::Executed, u"EXECUTED"},
    {OrderStatus::Failed, u"FAILED"},
    {OrderStatus::PendingApproval, u"PENDING APPROVAL"},
    {OrderStatus::PendingInternalPaymentApproval, u"PENDING INTERNAL PAYMENT APPROVAL"},
    {OrderStatus::PendingSettlement, u"PENDING SETTLEMENT"},
};
constexpr RawValue<DeliveryStatus> kDeliveryStatuses[] = {
    {DeliveryStatus::Scheduled, u"SCHEDULED"},
    {DeliveryStatus::Failed, u"FAILED"},
    {DeliveryStatus::Succeeded, u"SUCCEEDED"},
    {DeliveryStatus::Pending, u"PENDING"},
};
constexpr RawValue<DeliveryMethod> kDeliveryMethods[] = {
    {DeliveryMethod::Email, u"EMAIL"},
    {DeliveryMethod::Link, u"LINK"},
    {DeliveryMethod::Phone, u"PHONE"},
};
constexpr RawValue<FraudStatus> kFraudStatuses[] = {
    {FraudStatus::Flagged, u"flagged"},
    {FraudStatus::Blocked, u"blocked"},
    {FraudStatus::Released, u"released"},
};
constexpr RawValue<Risk> kRisks[] = {
    {Risk::High, u"high"},
    {Risk::Medium, u"medium"},
    {Risk::Low, u"low"},
};

} // namespace

// ---- enums -------------------------------------------------------------------------------------------------------

OrderStatus orderStatusFromRaw(const QString& raw) {
    return fromRaw(kOrderStatuses, raw);
}

QString orderStatusRaw(OrderStatus value) {
    return rawOf(kOrderStatuses, value);
}

QString orderStatusDisplay(const QString& raw) {
    switch (orderStatusFromRaw(raw)) {
    case OrderStatus::Canceled:
        return QCoreApplication::translate("rd::TremendousTypes", "Canceled");
    case OrderStatus::Open:
        return QCoreApplication::translate("rd::TremendousTypes", "Open");
    case OrderStatus::Executed:
        return QCoreApplication::translate("rd::TremendousTypes", "Executed");
    case OrderStatus::Failed:
        return QCoreApplication::translate("rd::TremendousTypes", "Failed");
    case OrderStatus::PendingApproval:
        return QCoreApplication::translate("rd::TremendousTypes", "Pending approval");
    case OrderStatus::PendingInternalPaymentApproval:
        return QCoreApplication::translate("rd::TremendousTypes", "Pending internal payment approval");
    case OrderStatus::PendingSettlement:
        return QCoreApplication::translate("rd::TremendousTypes", "Pending settlement");
    case OrderStatus::Unknown:
        break;
    }
    return unknownDisplay(raw);
}

DeliveryStatus deliveryStatusFromRaw(const QString& raw) {
    return fromRaw(kDeliveryStatuses, raw);
}

QString deliveryStatusRaw(DeliveryStatus value) {
    return rawOf(kDeliveryStatuses, value);
}

QString deliveryStatusDisplay(const QString& raw) {
    switch (deliveryStatusFromRaw(raw)) {
    case DeliveryStatus::Scheduled:
        return QCoreApplication::translate("rd::TremendousTypes", "Scheduled");
    case DeliveryStatus::Failed:
        return QCoreApplication::translate("rd::TremendousTypes", "Delivery failed");
    case DeliveryStatus::Succeeded:
        return QCoreApplication::translate("rd::TremendousTypes", "Delivered");
    case DeliveryStatus::Pending:
        return QCoreApplication::translate("rd::TremendousTypes", "Pending");
    case DeliveryStatus::Unknown:
        break;
    }
    return unknownDisplay(raw);
}

DeliveryMethod deliveryMethodFromRaw(const QString& raw) {
    return fromRaw(kDeliveryMethods, raw);
}

QString deliveryMethodRaw(DeliveryMethod value) {
    return rawOf(kDeliveryMethods, value);
}

QString deliveryMethodDisplay(const QString& raw) {
    switch (deliveryMethodFromRaw(raw)) {
    case DeliveryMethod::Email:
        return QCoreApplication::translate("rd::TremendousTypes", "E-mail");
    case DeliveryMethod::Link:
        return QCoreApplication::translate("rd::TremendousTypes", "Link");
    case DeliveryMethod::Phone:
        return QCoreApplication::translate("rd::TremendousTypes", "Phone (text message)");
    case DeliveryMethod::Unknown:
        break;
    }
    return unknownDisplay(raw);
}

FraudStatus fraudStatusFromRaw(const QString& raw) {
    return fromRaw(kFraudStatuses, raw);
}

QString fraudStatusRaw(FraudStatus status) {
    return rawOf(kFraudStatuses, status);
}

QString fraudStatusDisplay(const QString& raw) {
    switch (fraudStatusFromRaw(raw)) {
    case FraudStatus::Flagged:
        return QCoreApplication::translate("rd::TremendousTypes", "Flagged");
    case FraudStatus::Blocked:
        return QCoreApplication::translate("rd::TremendousTypes", "Blocked");
    case FraudStatus::Released:
        return QCoreApplication::translate("rd::TremendousTypes", "Released");
    case FraudStatus::Unknown:
        break;
    }
    return unknownDisplay(raw);
}

Risk riskFromRaw(const QString& raw) {
    return fromRaw(kRisks, raw);
}

QString riskDisplay(const QString& raw) {
    switch (riskFromRaw(raw)) {
    case Risk::High:
        return QCoreApplication::translate("rd::TremendousTypes", "High");
    case Risk::Medium:
        return QCoreApplication::translate("rd::TremendousTypes", "Medium");
    case Risk::Low:
        return QCoreApplication::translate("rd::TremendousTypes", "Low");
    case Risk::Unknown:
        break;
    }
    return unknownDisplay(raw);
}

// ---- fraud reasons and rules --------------------------------------------------------------------------------------

namespace {

// The explanation of a documented reason (FraudReviewReason), matched case-insensitively on simplified text; empty
// for an undocumented one.
QString knownReasonExplanation(const QString& reason) {
    const QString r = reason.simplified().toLower();
    if (r == u"disallowed ip")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient redeemed from an IP address your fraud rules send to review.");
    if (r == u"disallowed email")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient's e-mail address or its domain is on your fraud rules' review list.");
    if (r == u"disallowed country")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The recipient redeemed from a country your fraud rules send to review.");
    if (r == u"over reward amount limit" || r == u"over reward dollar limit")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient has redeemed more money than your fraud rules allow for one person.");
    if (r == u"over reward count limit")
        return QCoreApplication::translate(
            "rd::TremendousTypes",
            "The recipient has redeemed more rewards than your fraud rules allow for one person.");
    if (r == u"vpn detected")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient redeemed through a VPN or proxy, which hides where they really are.");
    if (r == u"apple private relay")
        return QCoreApplication::translate(
            "rd::TremendousTypes",
            "The recipient redeemed through Apple's iCloud Private Relay, which hides their real IP address.");
    if (r == u"device related to multiple emails")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The device used to redeem has also been used with other e-mail addresses.");
    if (r == u"device or account related to multiple emails")
        return QCoreApplication::translate(
            "rd::TremendousTypes",
            "The device or the payout account used to redeem is linked to other e-mail addresses.");

    // "<X> on a Tremendous fraud list"
    if (r == u"ip on a tremendous fraud list")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The recipient's IP address is on Tremendous's list of known fraud.");
    if (r == u"bank account on a tremendous fraud list")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The recipient's bank account is on Tremendous's list of known fraud.");
    if (r == u"fingerprint on a tremendous fraud list")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient's browser fingerprint is on Tremendous's list of known fraud.");
    if (r == u"email on a tremendous fraud list")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The recipient's e-mail address is on Tremendous's list of known fraud.");
    if (r == u"phone on a tremendous fraud list")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The recipient's phone number is on Tremendous's list of known fraud.");
    if (r == u"device on a tremendous fraud list")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The recipient's device is on Tremendous's list of known fraud.");

    // "<X> related to a blocked reward"
    if (r == u"ip related to a blocked reward")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The recipient's IP address was used for a reward that was blocked before.");
    if (r == u"device related to a blocked reward")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "The recipient's device was used for a reward that was blocked before.");
    if (r == u"bank account related to a blocked reward")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient's bank account was used for a reward that was blocked before.");
    if (r == u"fingerprint related to a blocked reward")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient's browser fingerprint was seen on a reward that was blocked before.");
    if (r == u"email related to a blocked reward")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient's e-mail address was used for a reward that was blocked before.");
    if (r == u"phone related to a blocked reward")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The recipient's phone number was used for a reward that was blocked before.");

    // Allow-list matches: listed for information.
    if (r == u"allowed ip")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The IP address is on your allow list (for information: this lowers the risk).");
    if (r == u"allowed email")
        return QCoreApplication::translate(
            "rd::TremendousTypes",
            "The e-mail address or its domain is on your allow list (for information: this lowers the risk).");
    if (r == u"allowed country")
        return QCoreApplication::translate(
            "rd::TremendousTypes", "The country is on your allow list (for information: this lowers the risk).");
    return {};
}

} // namespace

QString fraudReasonExplanation(const QString& reason) {
    const QString known = knownReasonExplanation(reason);
    if (!known.isEmpty())
        return known;
    const QString shown = reason.simplified().left(80);
    return QCoreApplication::translate("rd::TremendousTypes",
                                       "unknown (%1): not a reason Tremendous documents; check the dashboard.")
        .arg(shown.isEmpty() ? QCoreApplication::translate("rd::TremendousTypes", "empty") : shown);
}

bool fraudReasonKnown(const QString& reason) {
    return !knownReasonExplanation(reason).isEmpty();
}

QString fraudRuleDisplay(const QString& ruleTypeRaw) {
    const QString t = ruleTypeRaw.simplified().toLower();
    if (t == u"review_country")
        return QCoreApplication::translate("rd::TremendousTypes", "Review redemptions from these countries");
    if (t == u"review_ip")
        return QCoreApplication::translate("rd::TremendousTypes", "Review redemptions from these IP addresses");
    if (t == u"review_email")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "Review redemptions by these e-mail addresses or domains");
    if (t == u"review_redeemed_rewards_count")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "Review recipients who redeem more than a number of rewards");
    if (t == u"review_redeemed_rewards_amount")
        return QCoreApplication::translate("rd::TremendousTypes", "Review recipients who redeem more than an amount");
    if (t == u"review_multiple_emails")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "Review devices or accounts used with several e-mail addresses");
    if (t == u"review_vpn")
        return QCoreApplication::translate("rd::TremendousTypes", "Review redemptions through a VPN or proxy");
    if (t == u"review_tremendous_flag_list")
        return QCoreApplication::translate("rd::TremendousTypes", "Review recipients on Tremendous's fraud lists");
    if (t == u"review_previously_blocked_recipients")
        return QCoreApplication::translate("rd::TremendousTypes",
                                           "Review recipients related to a previously blocked reward");
    if (t == u"allow_ip")
        return QCoreApplication::translate("rd::TremendousTypes", "Never review these IP addresses");
    if (t == u"allow_email")
        return QCoreApplication::translate("rd::TremendousTypes", "Never review these e-mail addresses or domains");
    return unknownDisplay(ruleTypeRaw);
}

} // namespace rd::tremendous
