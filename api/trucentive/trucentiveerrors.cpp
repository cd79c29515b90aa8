#include "api/trucentive/trucentiveerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "api/core/vendortext.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

// The most specific vendor text: details.full_error_messages when present, else the error message.
QString vendorWords(const ApiError& e) {
    const QString full = safeText(fullErrorMessages(e));
    if (!full.isEmpty())
        return full;
    return safeText(e.vendorMessage);
}

bool isEnvelopeOperation(Operation op) {
    return op == Operation::EnvelopeLookup || op == Operation::Open;
}

QString unknownDeliverText() {
    return QCoreApplication::translate(
        "rd::TruCentiveErrors",
        "RewardDesk cannot tell whether the envelope was sent. Check the viewed/opened feeds or look the "
        "envelope up before sending again.");
}

QString unknownOpenText() {
    return QCoreApplication::translate(
        "rd::TruCentiveErrors",
        "RewardDesk cannot tell whether the envelope was queued for opening. Opening is safe to retry: look "
        "the envelope up to see its state, then open it again if it is still not open.");
}

} // namespace

QString fullErrorMessages(const ApiError& error) {
    QJsonValue full;
    if (error.details.isObject())
        full = error.details.toObject().value(u"full_error_messages"_s);
    else if (error.details.isString())
        full = error.details;
    if (full.isString())
        return full.toString().simplified();
    if (full.isArray()) {
        QStringList parts;
        const QJsonArray array = full.toArray();
        for (const QJsonValue& v : array) {
            if (v.isString() && !v.toString().trimmed().isEmpty())
                parts << v.toString().simplified();
        }
        return parts.join(u"; "_s);
    }
    return {};
}

bool isInsufficientFunds(const ApiError& error) {
    const QString needle = u"exceeds available funds"_s;
    return error.vendorMessage.contains(needle, Qt::CaseInsensitive) ||
           fullErrorMessages(error).contains(needle, Qt::CaseInsensitive);
}

ApiError refusedLocally(const QString& problem, bool action) {
    return refusedLocally(Vendor::TruCentive, problem, action);
}

ErrorText errorText(const ApiError& e, Operation op, const QString& accountLabel) {
    using S = ErrorText::Suggestion;
    const QString who = accountLabel.isEmpty() ? vendorDisplayName(Vendor::TruCentive) : accountLabel;

    if (isRefusedLocally(e)) {
        const QString problem = e.vendorMessage.trimmed();
        if (op == Operation::Deliver)
            return {QCoreApplication::translate("rd::TruCentiveErrors", "The envelope was not sent: %1").arg(problem),
                    S::None};
        return {QCoreApplication::translate("rd::TruCentiveErrors", "Nothing was sent: %1").arg(problem), S::None};
    }

    switch (e.kind) {
    case ErrorKind::Auth: {
        QString text =
            QCoreApplication::translate("rd::TruCentiveErrors",
                                        "The API key for %1 was rejected. Open File > Accounts to replace it.")
                .arg(who);
        if (op == Operation::Deliver)
            text += u' ' + QCoreApplication::translate("rd::TruCentiveErrors", "Nothing was sent.");
        else if (op == Operation::Open)
            text += u' ' + QCoreApplication::translate("rd::TruCentiveErrors", "Nothing was changed.");
        return {text, S::OpenAccounts};
    }
    case ErrorKind::NoCredential:
    case ErrorKind::InvalidUrl:
        return {e.userMessage(who), S::OpenAccounts};
    case ErrorKind::RateLimited:
        return {e.userMessage(who), S::RetryLater};
    default:
        break;
    }

    if (e.failure == FailureClass::Rejected && e.kind == ErrorKind::Http) {
        if (e.httpStatus == 404 && isEnvelopeOperation(op))
            return {QCoreApplication::translate("rd::TruCentiveErrors",
                                                "No envelope with that ID. Check the ID and try again."),
                    S::CheckEnvelope};
        if (op == Operation::Deliver && isInsufficientFunds(e))
            return {QCoreApplication::translate(
                        "rd::TruCentiveErrors",
                        "The project's funds are used up; add funds in TruCentive or choose another project. Nothing "
                        "was sent."),
                    S::None};
        const QString words = vendorWords(e);
        if (e.httpStatus == 400 || !words.isEmpty()) {
            switch (op) {
            case Operation::Open:
                if (!words.isEmpty())
                    return {
                        QCoreApplication::translate("rd::TruCentiveErrors",
                                                    "TruCentive could not open the envelope: %1. Nothing was changed.")
                            .arg(words),
                        S::None};
                return {QCoreApplication::translate("rd::TruCentiveErrors",
                                                    "TruCentive could not open the envelope. Nothing was changed."),
                        S::None};
            case Operation::Deliver:
                if (!words.isEmpty())
                    return {QCoreApplication::translate("rd::TruCentiveErrors",
                                                        "TruCentive did not send the envelope: %1. Nothing was sent.")
                                .arg(words),
                            S::None};
                return {QCoreApplication::translate("rd::TruCentiveErrors",
                                                    "TruCentive did not send the envelope. Nothing was sent."),
                        S::None};
            case Operation::Lookup:
            case Operation::EnvelopeLookup:
                if (!words.isEmpty())
                    return {QCoreApplication::translate("rd::TruCentiveErrors", "TruCentive refused the request: %1.")
                                .arg(words),
                            S::None};
                break;
            }
        }
        return {e.userMessage(who), S::None};
    }

    if (e.failure == FailureClass::Unknown) {
        if (op == Operation::Deliver)
            return {unknownDeliverText(), S::CheckBeforeResend};
        if (op == Operation::Open)
            return {unknownOpenText(), S::CheckEnvelope};
        if (e.kind == ErrorKind::ServerError && e.httpStatus == 503)
            return {
                QCoreApplication::translate("rd::TruCentiveErrors",
                                            "%1 is temporarily offline for maintenance (HTTP 503). Try again later.")
                    .arg(who),
                S::RetryLater};
    }
    return {e.userMessage(who), S::None};
}

} // namespace rd::trucentive
