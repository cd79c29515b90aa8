#include "trucentiveerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "core/vendortext.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// The most specific vendor text: details.full_error_messages when present, else the error message.
QString vendorWords(const ApiError& e) {
    const QString full = safeText(tcFullErrorMessages(e));
    if (!full.isEmpty())
        return full;
    return safeText(e.vendorMessage);
}

bool isEnvelopeOperation(TcOperation op) {
    return op == TcOperation::EnvelopeLookup || op == TcOperation::Open;
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

QString tcFullErrorMessages(const ApiError& error) {
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

bool tcIsInsufficientFunds(const ApiError& error) {
    const QString needle = u"exceeds available funds"_s;
    return error.vendorMessage.contains(needle, Qt::CaseInsensitive) ||
           tcFullErrorMessages(error).contains(needle, Qt::CaseInsensitive);
}

bool tcIsRefusedLocally(const ApiError& error) {
    return isRefusedLocally(error);
}

ApiError tcRefusedLocally(const QString& problem, bool action) {
    return refusedLocally(Vendor::TruCentive, problem, action);
}

TcErrorText tcErrorText(const ApiError& e, TcOperation op, const QString& accountLabel) {
    using S = TcErrorText::Suggestion;
    const QString who = accountLabel.isEmpty() ? vendorDisplayName(Vendor::TruCentive) : accountLabel;

    if (tcIsRefusedLocally(e)) {
        const QString problem = e.vendorMessage.trimmed();
        if (op == TcOperation::Deliver)
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
        if (op == TcOperation::Deliver)
            text += u' ' + QCoreApplication::translate("rd::TruCentiveErrors", "Nothing was sent.");
        else if (op == TcOperation::Open)
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
        if (op == TcOperation::Deliver && tcIsInsufficientFunds(e))
            return {QCoreApplication::translate(
                        "rd::TruCentiveErrors",
                        "The project's funds are used up; add funds in TruCentive or choose another project. Nothing "
                        "was sent."),
                    S::None};
        const QString words = vendorWords(e);
        if (e.httpStatus == 400 || !words.isEmpty()) {
            switch (op) {
            case TcOperation::Open:
                if (!words.isEmpty())
                    return {
                        QCoreApplication::translate("rd::TruCentiveErrors",
                                                    "TruCentive could not open the envelope: %1. Nothing was changed.")
                            .arg(words),
                        S::None};
                return {QCoreApplication::translate("rd::TruCentiveErrors",
                                                    "TruCentive could not open the envelope. Nothing was changed."),
                        S::None};
            case TcOperation::Deliver:
                if (!words.isEmpty())
                    return {QCoreApplication::translate("rd::TruCentiveErrors",
                                                        "TruCentive did not send the envelope: %1. Nothing was sent.")
                                .arg(words),
                            S::None};
                return {QCoreApplication::translate("rd::TruCentiveErrors",
                                                    "TruCentive did not send the envelope. Nothing was sent."),
                        S::None};
            case TcOperation::Lookup:
            case TcOperation::EnvelopeLookup:
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
        if (op == TcOperation::Deliver)
            return {unknownDeliverText(), S::CheckBeforeResend};
        if (op == TcOperation::Open)
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

} // namespace rd
