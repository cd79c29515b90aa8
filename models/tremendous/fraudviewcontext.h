#pragma once

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

#include "api/tremendous/tremendoustypes.h"
#include "models/tremendous/fraudreviewmodel.h"

// Internal to the fraud review model and its schema (not for the UI).

namespace rd::tremendous {

// What the schema's data() reads besides the row: the details read so far and the clock. GUI thread only.
struct FraudViewContext {
    QHash<QString, FraudReview> details;
    QHash<QString, DetailState> states; // absent: NotLoaded
    qint64 nowMs = -1;                  // -1: the live clock
    qint64 now() const { return nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch(); }
    DetailState state(const QString& id) const { return states.value(id, DetailState::NotLoaded); }
    const FraudReview* find(const QString& id) const {
        const auto it = details.constFind(id);
        return it == details.cend() ? nullptr : &*it;
    }
};

// The risk badge's colour: red high, amber medium, green low, darker grey unknown value, grey not read (nullopt).
QColor riskColor(std::optional<Risk> risk);

} // namespace rd::tremendous
