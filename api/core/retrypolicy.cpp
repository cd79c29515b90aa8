#include "api/core/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace rd {

bool shouldRetry(RequestKind kind, const ApiError& error, std::chrono::milliseconds retryAfterCap) {
    if (kind == RequestKind::Action)
        return false;
    switch (error.kind) {
    case ErrorKind::InvalidUrl:
    case ErrorKind::NoCredential:
    case ErrorKind::Auth:
    case ErrorKind::Tls:
    case ErrorKind::Redirect:
    case ErrorKind::Http:
    case ErrorKind::TooLarge:
    case ErrorKind::Parse:
    case ErrorKind::Cancelled:
    case ErrorKind::Busy:
        return false;
    case ErrorKind::RateLimited:
        return error.retryAfterSeconds < 0 || std::chrono::seconds(error.retryAfterSeconds) <=
                                                  std::chrono::duration_cast<std::chrono::seconds>(retryAfterCap);
    case ErrorKind::ServerError:
        if (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504)
            return true;
        return kind == RequestKind::Lookup;
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        if (error.failure == FailureClass::NotSent)
            return true;
        return kind == RequestKind::Lookup;
    }
    return false;
}

int parseRetryAfter(const QByteArray& value, const QDateTime& now) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600 * 365));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (IMF-fixdate).
    const QString text = QString::fromLatin1(v);
    QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 delta = now.secsTo(when);
    return delta <= 0 ? 0 : int(qMin<qint64>(delta, 24 * 3600 * 365));
}

std::chrono::milliseconds retryDelay(int nextAttempt, std::chrono::milliseconds base, int retryAfterSeconds) {
    if (retryAfterSeconds > 0)
        return std::chrono::seconds(retryAfterSeconds);
    const int shift = qBound(0, nextAttempt - 2, 16);
    const qint64 d = base.count() << shift;
    if (d <= 1)
        return std::chrono::milliseconds(qMax<qint64>(0, d));
    const qint64 half = d / 2;
    return std::chrono::milliseconds(half + QRandomGenerator::global()->bounded(half + 1));
}

} // namespace rd
