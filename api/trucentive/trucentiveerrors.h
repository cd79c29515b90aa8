#pragma once

#include <QString>

#include "api/core/apierror.h"

namespace rd::trucentive {

// Plain support-agent words for TruCentive failures. Translated with the fixed context
// "rd::TruCentiveErrors".
//
//  - 403 (the doc: "Your API key is wrong"): "The API key for <account> was rejected. Open File > Accounts to replace
//    it." (suggestion OpenAccounts, so the tab can show a link).
//  - 404 on an envelope (lookup or open): "No envelope with that ID." with a hint to check it.
//  - 400: the vendor's own message in plain words, with details.full_error_messages (a string, or a list of strings)
//    when present: "TruCentive could not open the envelope: Envelope cannot be opened because the envelope is
//    locked. Nothing was changed."
//  - "Exceeds available funds" on deliver: explained ("The project's funds are used up; ... Nothing was sent.").
//  - deliver with an Unknown outcome: "RewardDesk cannot tell whether the envelope was sent. Check the viewed/opened
//    feeds or look the envelope up before sending again." (suggestion CheckBeforeResend).
//  - 429 / 503 and everything else: ApiError::userMessage() (the transport has already retried what may be
//    retried); 503 adds the doc's "offline for maintenance" reading.
//  - a request refused locally (invalid input, see Client::deliver): "Nothing was sent. <problem>".
enum class Operation {
    Lookup,         // me, projects, instruments, feeds, sessions
    EnvelopeLookup, // GET /envelope
    Open,           // POST /envelopes/:id/open
    Deliver,        // POST /envelope/deliver
};

struct ErrorText {
    enum class Suggestion {
        None,
        OpenAccounts,      // show a link/button to File > Accounts
        RetryLater,        // rate limited or maintenance: try again later
        CheckBeforeResend, // unknown deliver outcome: check the feeds / envelope first
        CheckEnvelope,     // look the envelope up (unknown open outcome, wrong id)
    };
    QString message; // one or two sentences for the agent
    Suggestion suggestion = Suggestion::None;
};

ErrorText errorText(const ApiError& error, Operation operation, const QString& accountLabel = {});
inline QString apiErrorMessage(const ApiError& error, Operation operation, const QString& accountLabel = {}) {
    return errorText(error, operation, accountLabel).message;
}

// details.full_error_messages as one line ("a; b" for a list); empty when absent.
QString fullErrorMessages(const ApiError& error);
// True when the vendor said "Exceeds available funds" (error or details, case-insensitive).
bool isInsufficientFunds(const ApiError& error);
// The error the client uses for a locally refused request: NotSent, kind Http, httpStatus 0, vendorMessage = the
// translated problem, technical "refused locally: ...".
ApiError refusedLocally(const QString& problem, bool action);

} // namespace rd::trucentive
