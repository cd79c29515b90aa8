#pragma once

#include <QLoggingCategory>

// The Tremendous tab's logging category ("rewarddesk.ui.tremendous"), shared by every widget in ui/tremendous/:
// order, reward and review ids, actions, counts and outcomes only; never a key, a recipient or a reward link.
// Defined in tremendoustab.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcTrUi)
