#pragma once

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

#include "tremendous/tremendoustypes.h"
#include "trfraudreviewmodel.h"

// Internal to the fraud review model and its schema (not for the UI).

namespace rd {

// What the schema's data() reads besides the row: the details read so far and the clock. GUI thread only.
struct TrFraudViewContext {
    QHash<QString, TrFraudReview> details;
    QHash<QString, TrDetailState> states; // absent: NotLoaded
    qint64 nowMs = -1;                    // -1: the live clock
    qint64 now() const { return nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch(); }
    TrDetailState state(const QString& id) const { return states.value(id, TrDetailState::NotLoaded); }
    const TrFraudReview* find(const QString& id) const {
        const auto it = details.constFind(id);
        return it == details.cend() ? nullptr : &*it;
    }
};

// The risk badge's colour: red high, amber medium, green low, darker grey unknown value, grey not read (nullopt).
QColor trRiskColor(std::optional<TrRisk> risk);

} // namespace rd
