#pragma once

#include <QLoggingCategory>

// The sandbox module's one logging category, "rewarddesk.sandbox" (defined in sandboxhttpserver.cpp). It logs
// method, path (never the query: it may carry api_key / access_token) and status; never a header or body.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
