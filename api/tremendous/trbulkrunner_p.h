#pragma once

#include <QSet>
#include <QString>

#include "trbulkrunner.h"

// Internal to rewarddesk_api_tremendous: shared by trbulkrunner.cpp (the run) and trbulkreport.cpp (dry run, CSV).
namespace rd::trbulk {

using Outcome = TrBulkItemResult::Outcome;

// Why start() will not send an item (shared with dryRun() so the counts match): blocked, no id, or an object listed
// earlier in the run. `seen` collects the ids that will be sent.
enum class SkipKind { None, Blocked, NoId, Duplicate };
SkipKind skipKind(const TrBulkItem& item, QSet<QString>& seen);

} // namespace rd::trbulk
