#pragma once

#include <QString>

#include <optional>

#include "api/core/apierror.h"

namespace rd::tremendous {

// The six Tremendous actions that move money, their journal conventions and their words.
//
// Journal (ActionIntent / JournalEntry, vendor Tremendous):
//   approve / reject : objectType "order",        objectId = order id
//   release / block  : objectType "fraud_review", objectId = reward id
//   resend / cancel  : objectType "reward",       objectId = reward id
// action = actionName(). Reconciler reads these back. generate_link is not journaled: it moves no money
// (it is still an Action request: never retried).
enum class Action { Approve, Reject, Release, Block, Resend, Cancel };

QString actionName(Action action); // "approve", ... (journal value, not translated)
std::optional<Action> actionFromName(const QString& name);
QString actionObjectType(Action action); // "order" | "fraud_review" | "reward"
QString actionVerb(Action action);       // translated: "Approve", "Reject", "Release", "Block", ...
QString actionPastTense(Action action);  // translated: "approved", "rejected", ...

// Plain words for a failed action (translated, context "rd::TremendousErrors"):
//  - 403 on approve/reject: "Approvals via API is turned off for this organization (Tremendous dashboard > Order
//    approvals). Nothing was changed."
//  - 402: "Insufficient funds: the Tremendous balance cannot pay for this order. Add funds, then try again. Nothing
//    was changed."
//  - 401: the API key for <account> was rejected: open File > Accounts.
//  - 404: "Tremendous has no <order|fraud review|reward> <id>."
//  - 422 / 400: the vendor's `errors.message`, then "Nothing was changed."
//  - 429: "Tremendous is limiting requests; nothing was changed. Try again in a few seconds."
//  - Unknown: "RewardDesk cannot tell whether the <action> went through; it is reading the <object> back."
//  - everything else: ApiError::userMessage().
QString actionErrorMessage(Action action, const QString& objectId, const ApiError& error,
                           const QString& accountLabel = {});
// Plain words for a failed lookup (list or detail).
QString lookupErrorMessage(const ApiError& error, const QString& accountLabel = {});
// True when a Rejected error may mean "someone already handled it" (404 is not; 409 and 422 are): the caller then
// reads the object back and shows what the vendor says instead of failing.
bool mayBeAlreadyHandled(const ApiError& error);
// A locally refused request (invalid input): NotSent, technical "refused locally: ...".
ApiError refusedLocally(const QString& problem, bool action);

} // namespace rd::tremendous
