#include "api/journal/journalentry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
struct StateName {
    JournalState state;
    QLatin1StringView key;
};
constexpr StateName kStates[] = {
    {JournalState::Sending, "sending"_L1},
    {JournalState::Succeeded, "succeeded"_L1},
    {JournalState::NotApplied, "not_applied"_L1},
    {JournalState::Unknown, "unknown"_L1},
    {JournalState::ReconciledApplied, "reconciled_applied"_L1},
    {JournalState::ReconciledNotApplied, "reconciled_not_applied"_L1},
    {JournalState::Abandoned, "abandoned"_L1},
};
} // namespace

QString journalStateKey(JournalState state) {
    for (const StateName& s : kStates) {
        if (s.state == state)
            return s.key;
    }
    return u"unknown"_s;
}

bool journalStateFromKey(QStringView key, JournalState* out) {
    for (const StateName& s : kStates) {
        if (key == s.key) {
            if (out)
                *out = s.state;
            return true;
        }
    }
    return false;
}

QString journalStateDisplayName(JournalState state) {
    switch (state) {
    case JournalState::Sending:
        return QCoreApplication::translate("rd::JournalState", "Sending");
    case JournalState::Succeeded:
        return QCoreApplication::translate("rd::JournalState", "Succeeded");
    case JournalState::NotApplied:
        return QCoreApplication::translate("rd::JournalState", "Not applied");
    case JournalState::Unknown:
        return QCoreApplication::translate("rd::JournalState", "Outcome unknown");
    case JournalState::ReconciledApplied:
        return QCoreApplication::translate("rd::JournalState", "Applied (checked)");
    case JournalState::ReconciledNotApplied:
        return QCoreApplication::translate("rd::JournalState", "Not applied (checked)");
    case JournalState::Abandoned:
        return QCoreApplication::translate("rd::JournalState", "Abandoned");
    }
    return QCoreApplication::translate("rd::JournalState", "Outcome unknown");
}

QString ObjectRef::lockKey() const {
    // U+001F (unit separator) cannot appear in ids a vendor hands out, so the key is unambiguous.
    return accountId + QChar(0x1f) + objectType + QChar(0x1f) + objectId;
}

} // namespace rd
