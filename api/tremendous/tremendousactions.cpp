#include "api/tremendous/tremendousactions.h"

#include <QCoreApplication>

#include "api/core/vendortext.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

QString who(const QString& accountLabel) {
    return accountLabel.isEmpty() ? vendorDisplayName(Vendor::Tremendous) : accountLabel;
}

QString keyRejected(const QString& accountLabel) {
    return QCoreApplication::translate("rd::TremendousErrors",
                                       "The API key for %1 was rejected. Open File > Accounts to replace it.")
        .arg(who(accountLabel));
}

QString nothingChanged() {
    return QCoreApplication::translate("rd::TremendousErrors", "Nothing was changed.");
}

QString notFound(Action action, const QString& id) {
    switch (action) {
    case Action::Approve:
    case Action::Reject:
        return QCoreApplication::translate("rd::TremendousErrors", "Tremendous has no order %1.").arg(id);
    case Action::Release:
    case Action::Block:
        return QCoreApplication::translate("rd::TremendousErrors", "Tremendous has no fraud review %1.").arg(id);
    case Action::Resend:
    case Action::Cancel:
        break;
    }
    return QCoreApplication::translate("rd::TremendousErrors", "Tremendous has no reward %1.").arg(id);
}

QString unknownOutcome(Action action) {
    switch (action) {
    case Action::Approve:
        return QCoreApplication::translate(
            "rd::TremendousErrors",
            "RewardDesk cannot tell whether the approval went through; it is reading the order back.");
    case Action::Reject:
        return QCoreApplication::translate(
            "rd::TremendousErrors",
            "RewardDesk cannot tell whether the rejection went through; it is reading the order back.");
    case Action::Release:
        return QCoreApplication::translate(
            "rd::TremendousErrors",
            "RewardDesk cannot tell whether the release went through; it is reading the fraud review back.");
    case Action::Block:
        return QCoreApplication::translate(
            "rd::TremendousErrors",
            "RewardDesk cannot tell whether the block went through; it is reading the fraud review back.");
    case Action::Resend:
        return QCoreApplication::translate(
            "rd::TremendousErrors",
            "RewardDesk cannot tell whether the resend went through; it is reading the reward back.");
    case Action::Cancel:
        break;
    }
    return QCoreApplication::translate(
        "rd::TremendousErrors",
        "RewardDesk cannot tell whether the cancellation went through; it is reading the reward back.");
}

// "Tremendous refused to approve order X: <message>." for 400/409/422 with the vendor's message.
QString refusedWith(Action action, const QString& id, const QString& words) {
    switch (action) {
    case Action::Approve:
        return QCoreApplication::translate("rd::TremendousErrors", "Tremendous refused to approve order %1: %2.")
            .arg(id, words);
    case Action::Reject:
        return QCoreApplication::translate("rd::TremendousErrors", "Tremendous refused to reject order %1: %2.")
            .arg(id, words);
    case Action::Release:
        return QCoreApplication::translate("rd::TremendousErrors",
                                           "Tremendous refused to release the fraud review of reward %1: %2.")
            .arg(id, words);
    case Action::Block:
        return QCoreApplication::translate("rd::TremendousErrors",
                                           "Tremendous refused to block the fraud review of reward %1: %2.")
            .arg(id, words);
    case Action::Resend:
        return QCoreApplication::translate("rd::TremendousErrors", "Tremendous refused to resend reward %1: %2.")
            .arg(id, words);
    case Action::Cancel:
        break;
    }
    return QCoreApplication::translate("rd::TremendousErrors", "Tremendous refused to cancel reward %1: %2.")
        .arg(id, words);
}

} // namespace

QString actionName(Action action) {
    switch (action) {
    case Action::Approve:
        return u"approve"_s;
    case Action::Reject:
        return u"reject"_s;
    case Action::Release:
        return u"release"_s;
    case Action::Block:
        return u"block"_s;
    case Action::Resend:
        return u"resend"_s;
    case Action::Cancel:
        return u"cancel"_s;
    }
    return {};
}

std::optional<Action> actionFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    for (Action a : {Action::Approve, Action::Reject, Action::Release, Action::Block, Action::Resend, Action::Cancel}) {
        if (actionName(a) == n)
            return a;
    }
    return std::nullopt;
}

QString actionObjectType(Action action) {
    switch (action) {
    case Action::Approve:
    case Action::Reject:
        return u"order"_s;
    case Action::Release:
    case Action::Block:
        return u"fraud_review"_s;
    case Action::Resend:
    case Action::Cancel:
        break;
    }
    return u"reward"_s;
}

QString actionVerb(Action action) {
    switch (action) {
    case Action::Approve:
        return QCoreApplication::translate("rd::TremendousErrors", "Approve");
    case Action::Reject:
        return QCoreApplication::translate("rd::TremendousErrors", "Reject");
    case Action::Release:
        return QCoreApplication::translate("rd::TremendousErrors", "Release");
    case Action::Block:
        return QCoreApplication::translate("rd::TremendousErrors", "Block");
    case Action::Resend:
        return QCoreApplication::translate("rd::TremendousErrors", "Resend");
    case Action::Cancel:
        break;
    }
    return QCoreApplication::translate("rd::TremendousErrors", "Cancel");
}

QString actionPastTense(Action action) {
    switch (action) {
    case Action::Approve:
        return QCoreApplication::translate("rd::TremendousErrors", "approved");
    case Action::Reject:
        return QCoreApplication::translate("rd::TremendousErrors", "rejected");
    case Action::Release:
        return QCoreApplication::translate("rd::TremendousErrors", "released");
    case Action::Block:
        return QCoreApplication::translate("rd::TremendousErrors", "blocked");
    case Action::Resend:
        return QCoreApplication::translate("rd::TremendousErrors", "resent");
    case Action::Cancel:
        break;
    }
    return QCoreApplication::translate("rd::TremendousErrors", "canceled");
}

QString actionErrorMessage(Action action, const QString& objectId, const ApiError& e, const QString& accountLabel) {
    const QString id = objectId.trimmed();
    if (isRefusedLocally(e)) {
        return QCoreApplication::translate("rd::TremendousErrors", "Nothing was sent: %1")
            .arg(e.vendorMessage.trimmed());
    }
    if (e.kind == ErrorKind::NoCredential || e.kind == ErrorKind::InvalidUrl)
        return e.userMessage(who(accountLabel));

    if (e.isRejected()) {
        const int s = e.httpStatus;
        if (s == 401 || (e.kind == ErrorKind::Auth && s != 403))
            return keyRejected(accountLabel) + u' ' + nothingChanged();
        if (s == 403) {
            if (action == Action::Approve || action == Action::Reject)
                return QCoreApplication::translate("rd::TremendousErrors",
                                                   "Approvals via API is turned off for this organization (Tremendous "
                                                   "dashboard > Order approvals). Nothing was changed.");
            const QString words = safeText(e.vendorMessage);
            QString text = QCoreApplication::translate(
                               "rd::TremendousErrors",
                               "%1 did not allow this action (HTTP 403). Nothing was changed. Check the API key's role "
                               "and the organization's settings in the Tremendous dashboard.")
                               .arg(who(accountLabel));
            if (!words.isEmpty())
                text += u' ' + QCoreApplication::translate("rd::TremendousErrors", "Tremendous said: “%1”.").arg(words);
            return text;
        }
        if (s == 402)
            return QCoreApplication::translate("rd::TremendousErrors",
                                               "Insufficient funds: the Tremendous balance cannot pay for this order. "
                                               "Add funds, then try again. Nothing was changed.");
        if (s == 404)
            return notFound(action, id);
        if (s == 429 || e.kind == ErrorKind::RateLimited)
            return QCoreApplication::translate(
                "rd::TremendousErrors",
                "Tremendous is limiting requests; nothing was changed. Try again in a few seconds.");
        if (s == 400 || s == 409 || s == 422) {
            const QString words = safeText(e.vendorMessage);
            if (!words.isEmpty())
                return refusedWith(action, id, words) + u' ' + nothingChanged();
            return QCoreApplication::translate("rd::TremendousErrors",
                                               "Tremendous refused the request (HTTP %1). Nothing was changed.")
                .arg(s);
        }
        return e.userMessage(who(accountLabel));
    }
    if (e.isUnknown())
        return unknownOutcome(action);
    return e.userMessage(who(accountLabel));
}

QString lookupErrorMessage(const ApiError& e, const QString& accountLabel) {
    if (isRefusedLocally(e)) {
        return QCoreApplication::translate("rd::TremendousErrors", "Nothing was sent: %1")
            .arg(e.vendorMessage.trimmed());
    }
    if (e.isRejected()) {
        if (e.httpStatus == 401)
            return keyRejected(accountLabel);
        if (e.httpStatus == 404)
            return QCoreApplication::translate("rd::TremendousErrors",
                                               "Tremendous has no record with this ID. Check the ID and try again.");
        if (e.httpStatus == 429 || e.kind == ErrorKind::RateLimited)
            return QCoreApplication::translate("rd::TremendousErrors",
                                               "Tremendous is limiting requests. Wait a few seconds, then refresh.");
    }
    return e.userMessage(who(accountLabel));
}

bool mayBeAlreadyHandled(const ApiError& error) {
    return error.isRejected() && (error.httpStatus == 409 || error.httpStatus == 422);
}

ApiError refusedLocally(const QString& problem, bool action) {
    return refusedLocally(Vendor::Tremendous, problem, action);
}

} // namespace rd::tremendous
