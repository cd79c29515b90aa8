#pragma once

#include <QString>
#include <QStringList>

#include "api/sandbox/sandboxtremendousdata.h"

namespace rd {

class SandboxJsonWriter;

// The details of the sandbox's Tremendous fraud reviews (reasons, risk, geo, device, redemption method, related
// rewards), generated from (seed, review index) on demand, and their JSON shapes: the list item
// (ListFraudReviews200ResponseFraudReviewsInner) and the single review (GetFraudReview200ResponseFraudReview, which
// adds risk and related_rewards). Reasons come from the documented FraudReviewReason list, except the scenarios
// VelocityCheck and OverAmountVelocity, whose "Velocity check" is deliberately not in it (clients must tolerate open
// enums). reviewed_by and reviewed_at are written only when the status is not flagged (as the spec says).
struct TremendousReviewDetail {
    QStringList reasons;
    QString risk;     // high | medium | low
    QString deviceId; // empty: unknown (omitted)
    QString ip;
    QString country;
    QString city;
    QString redemptionMethod;
    QString accountHash; // empty: the method has no destination account (omitted)
    QStringList relatedIds;
    int relatedCount = 0;
    int relatedBlocked = 0;
    qint64 relatedUsdCents = 0;
};

class SandboxTremendousFraud {
public:
    explicit SandboxTremendousFraud(const SandboxTremendousData& data)
        : m_data(data) {}

    TremendousReviewDetail detail(const TremendousReviewPlan& plan) const;
    // `order` is the review's order as it is now (reward 0 is the reviewed reward); `state` the review's current state.
    void write(SandboxJsonWriter& json, const TremendousReviewPlan& plan, const TremendousReviewState& state,
               const TremendousOrder& order, bool single) const;

private:
    const SandboxTremendousData& m_data;
};

} // namespace rd
