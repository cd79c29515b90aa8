#include "api/journal/journallog.h"

Q_LOGGING_CATEGORY(lcJournal, "rewarddesk.journal")
