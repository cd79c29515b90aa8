#include "api/core/apierror.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "api/core/urlpolicy.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("rd::ApiError", text, disambiguation, n);
}

// The vendor's own words, made safe to show: one line, no control characters, no HTML page, no URL query strings
// (they may carry tokens), at most 300 characters.
QString safeVendorText(const QString& raw) {
    QString text = raw.simplified();
    if (text.isEmpty() || text.startsWith(u'<'))
        return {};
    text.removeIf(
        [](QChar ch) { return ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format; });
    text = stripUrlQueries(text);
    if (text.size() > 300)
        text = text.left(299) + u'…';
    return text;
}

// The vendor message plus TruCentive's details.full_error_messages when it adds something.
QString vendorText(const ApiError& e) {
    QString text = safeVendorText(e.vendorMessage);
    if (e.details.isObject()) {
        const QJsonValue full = e.details.toObject().value(u"full_error_messages"_s);
        QString extra;
        if (full.isString())
            extra = safeVendorText(full.toString());
        if (!extra.isEmpty() && !text.contains(extra))
            text = text.isEmpty() ? extra : text + u' ' + extra;
    }
    if (text.size() > 300)
        text = text.left(299) + u'…';
    return text;
}

QString credentialWords(Vendor vendor) {
    return vendor == Vendor::Cheetah ? tr("client ID and secret") : tr("API key");
}

QString withVendorText(const QString& sentence, const ApiError& e) {
    const QString text = vendorText(e);
    if (text.isEmpty())
        return sentence;
    return sentence + u' ' + tr("%1 said: “%2”").arg(vendorDisplayName(e.vendor), text);
}

QString unknownOutcomeAdvice(const ApiError& e) {
    return e.action ? tr("The change may or may not have been made. Refresh the record to see its current state "
                         "before trying again.")
                    : tr("Try again in a moment.");
}

QString rejectedMessage(const ApiError& e, const QString& who) {
    const int s = e.httpStatus;
    QString sentence;
    switch (s) {
    case 400:
    case 406:
    case 422:
        sentence = tr("%1 refused the request as invalid. Nothing was changed.").arg(who);
        break;
    case 402:
        sentence = tr("%1 refused the request: the account does not have enough funds. Nothing was changed.").arg(who);
        break;
    case 404:
        sentence = tr("%1 could not find this record. It may have been removed, or the ID is wrong.").arg(who);
        break;
    case 409:
        sentence = tr("%1 refused the request because it conflicts with the record's current state or with "
                      "an earlier request. Nothing was changed. Refresh the record to see its state.")
                       .arg(who);
        break;
    default:
        sentence = tr("%1 refused the request (HTTP status %2). Nothing was changed.").arg(who, QString::number(s));
        break;
    }
    return withVendorText(sentence, e);
}

} // namespace

QString ApiError::userMessage(const QString& accountLabel) const {
    const QString who = accountLabel.isEmpty() ? vendorDisplayName(vendor) : accountLabel;
    const QString brand = vendorDisplayName(vendor);

    switch (kind) {
    case ErrorKind::InvalidUrl:
        return tr("The address configured for %1 is missing, malformed or not secure (only https addresses are "
                  "allowed). "
                  "Nothing was sent. Open File > Accounts to correct it.")
            .arg(who);
    case ErrorKind::NoCredential:
        return tr("No %1 is stored for %2. Nothing was sent. Open File > Accounts to enter it.")
            .arg(credentialWords(vendor), who);
    case ErrorKind::Auth:
        // TruCentive documents 403 as "your API key is wrong"; a refused token request (NotSent) is always about
        // the client ID and secret; elsewhere 403 means "not allowed".
        if (httpStatus == 403 && vendor != Vendor::TruCentive && failure != FailureClass::NotSent) {
            return withVendorText(tr("%1 did not allow this request. Nothing was changed. The %2 may lack the "
                                     "permission for it: check the account's settings with %3, or open File > "
                                     "Accounts to use another one.")
                                      .arg(who, credentialWords(vendor), brand),
                                  *this);
        }
        if (vendor == Vendor::Cheetah)
            return tr("The client ID and secret for %1 were rejected. Open File > Accounts to replace them.").arg(who);
        return tr("The API key for %1 was rejected. Open File > Accounts to replace it.").arg(who);
    case ErrorKind::HostNotFound:
        return tr("%1 could not be reached: its server name was not found. Nothing was sent. Check the internet "
                  "connection and the account's address in File > Accounts.")
            .arg(who);
    case ErrorKind::ConnectionRefused:
        return tr("%1 refused the connection. Nothing was sent. The service may be down: try again in a few minutes.")
            .arg(who);
    case ErrorKind::Tls:
        return tr("The secure connection to %1 could not be established (certificate or encryption problem). "
                  "Nothing was sent. Check the computer's date and time and any network proxy; if it keeps "
                  "happening, contact your IT support.")
            .arg(who);
    case ErrorKind::Network:
        if (failure == FailureClass::NotSent)
            return tr("%1 could not be reached. Nothing was sent. Check the internet connection and try again.")
                .arg(who);
        return tr("The connection to %1 was lost before the answer was complete.").arg(who) + u' ' +
               unknownOutcomeAdvice(*this);
    case ErrorKind::Timeout:
        if (failure == FailureClass::NotSent)
            return tr("%1 could not be reached in time. Nothing was sent. Check the internet connection and try "
                      "again.")
                .arg(who);
        return tr("%1 did not answer in time.").arg(who) + u' ' + unknownOutcomeAdvice(*this);
    case ErrorKind::Redirect:
        return tr("%1 answered with a redirect to another address. RewardDesk never follows redirects, so nothing "
                  "was sent there. Check the account's address in File > Accounts.")
            .arg(who);
    case ErrorKind::RateLimited:
        if (retryAfterSeconds > 0)
            return tr("%1 is receiving too many requests right now. Nothing was changed. Wait %n second(s) and try "
                      "again.",
                      nullptr, retryAfterSeconds)
                .arg(who);
        return tr("%1 is receiving too many requests right now. Nothing was changed. Wait a minute and try again.")
            .arg(who);
    case ErrorKind::Http:
        if (failure == FailureClass::Rejected)
            return rejectedMessage(*this, who);
        return withVendorText(
                   tr("%1 answered with an unexpected status (HTTP %2).").arg(who, QString::number(httpStatus)),
                   *this) +
               u' ' + unknownOutcomeAdvice(*this);
    case ErrorKind::ServerError:
        return withVendorText(tr("%1 had a problem on its side (HTTP %2).").arg(who, QString::number(httpStatus)),
                              *this) +
               u' ' + (action ? unknownOutcomeAdvice(*this) : tr("Try again in a few minutes."));
    case ErrorKind::TooLarge:
        return tr("The answer from %1 was larger than RewardDesk accepts, so it was not read.").arg(who) + u' ' +
               (action ? unknownOutcomeAdvice(*this) : tr("Narrow the search or use smaller pages."));
    case ErrorKind::Parse:
        return tr("%1 sent an answer RewardDesk could not read. The details were written to the log.").arg(who) + u' ' +
               (action ? unknownOutcomeAdvice(*this) : tr("Try again; if it keeps happening, report it."));
    case ErrorKind::Cancelled:
        if (failure == FailureClass::NotSent)
            return tr("The request to %1 was cancelled before it was sent.").arg(who);
        return tr("The request to %1 was cancelled.").arg(who) + u' ' + unknownOutcomeAdvice(*this);
    case ErrorKind::Busy:
        return tr("Another action on this record is still in progress. Wait for it to finish, then try again.");
    }
    return tr("The request to %1 failed.").arg(who);
}

ApiError noClientError(Vendor vendor) {
    ApiError error;
    error.failure = FailureClass::NotSent;
    error.kind = ErrorKind::NoCredential;
    error.vendor = vendor;
    error.technical = u"no %1 client"_s.arg(vendorDisplayName(vendor));
    return error;
}

ApiError refusedLocally(Vendor vendor, const QString& problem, bool action) {
    ApiError e;
    e.failure = FailureClass::NotSent;
    e.kind = ErrorKind::Http;
    e.vendor = vendor;
    e.httpStatus = 0;
    e.vendorMessage = problem;
    e.technical = u"refused locally: invalid request"_s;
    e.action = action;
    return e;
}

bool isRefusedLocally(const ApiError& error) {
    return error.failure == FailureClass::NotSent && error.kind == ErrorKind::Http && error.httpStatus == 0;
}

} // namespace rd
