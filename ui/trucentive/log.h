#pragma once

#include <QLoggingCategory>

// The TruCentive tab's logging category ("rewarddesk.ui.trucentive"): envelope ids, phases and counts only; never a
// key, a delivery address or a redeem link.
Q_DECLARE_LOGGING_CATEGORY(lcTcUi)
