#include "models/tremendous/format.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcModelsTremendous, "rewarddesk.models.tremendous")

using namespace Qt::StringLiterals;

namespace rd::tremendous {

QString ageText(qint64 thenMs, qint64 nowMs) {
    // Comparisons are written with >= here: lupdate's parser reads "x < n) return translate(" as the start of a
    // template argument list and never finishes.
    if (!(thenMs >= 0 && nowMs >= 0))
        return {};
    const qint64 seconds = (nowMs - thenMs) / 1000;
    const int days = int(seconds / 86400);
    const int hours = int(seconds / 3600);
    const int minutes = int(seconds / 60);
    if (days >= 1)
        return QCoreApplication::translate("rd::TrFormat", "%n d", "age in days", days);
    if (hours >= 1)
        return QCoreApplication::translate("rd::TrFormat", "%n h", "age in hours", hours);
    if (minutes >= 1)
        return QCoreApplication::translate("rd::TrFormat", "%n min", "age in minutes", minutes);
    return QCoreApplication::translate("rd::TrFormat", "just now");
}

QString formatCountdown(qint64 dueMs, qint64 nowMs) {
    if (!(dueMs >= 0 && nowMs >= 0))
        return {};
    const qint64 left = (dueMs - nowMs) / 1000;
    if (left <= 0)
        return QCoreApplication::translate("rd::TrFormat", "overdue");
    const int days = int(left / 86400);
    const int hours = int(left % 86400 / 3600);
    const int minutes = int(left % 3600 / 60);
    if (days > 0) {
        const QString d = QCoreApplication::translate("rd::TrFormat", "%n d", "time left in days", days);
        if (hours == 0)
            return d;
        return QCoreApplication::translate("rd::TrFormat", "%1 %2", "days, hours left")
            .arg(d, QCoreApplication::translate("rd::TrFormat", "%n h", "time left in hours", hours));
    }
    if (hours > 0) {
        const QString h = QCoreApplication::translate("rd::TrFormat", "%n h", "time left in hours", hours);
        if (minutes == 0)
            return h;
        return QCoreApplication::translate("rd::TrFormat", "%1 %2", "hours, minutes left")
            .arg(h, QCoreApplication::translate("rd::TrFormat", "%n min", "time left in minutes", minutes));
    }
    if (minutes > 0)
        return QCoreApplication::translate("rd::TrFormat", "%n min", "time left in minutes", minutes);
    return QCoreApplication::translate("rd::TrFormat", "< 1 min");
}

} // namespace rd::tremendous
