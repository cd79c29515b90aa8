#pragma once

#include <QLoggingCategory>

// "rewarddesk.journal": the action journal, its reconciliation and the audit model.
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
