#pragma once

#include <QSet>
#include <QString>

#include "api/actions/actionrunner.h"

// Internal to rewarddesk_api_actions: shared by actionrunner.cpp (the run) and actionreport.cpp (dry run, CSV).
namespace rd::actions {

using Outcome = ActionItemResult::Outcome;

// Why start() will not send an item (shared with dryRun() so the counts match): blocked, no id, or an object listed
// earlier in the run. `seen` collects the ids that will be sent.
enum class SkipKind { None, Blocked, NoId, Duplicate };
SkipKind skipKind(const ActionItem& item, QSet<QString>& seen);

} // namespace rd::actions
