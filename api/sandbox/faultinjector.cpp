#include "api/sandbox/faultinjector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
struct KindName {
    Fault::Kind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {
    {Fault::Kind::Latency, "latency"},
    {Fault::Kind::RateLimit, "rate_limit"},
    {Fault::Kind::ServerError, "server_error"},
    {Fault::Kind::Redirect, "redirect"},
    {Fault::Kind::TruncatedBody, "truncated_body"},
    {Fault::Kind::MalformedJson, "malformed_json"},
    {Fault::Kind::HtmlError, "html_error"},
    {Fault::Kind::Trickle, "trickle"},
    {Fault::Kind::LateReply, "late_reply"},
    {Fault::Kind::DropAfterApply, "drop_after_apply"},
};
} // namespace

int Fault::effectiveDelayMs() const {
    if (delayMs >= 0)
        return delayMs;
    switch (kind) {
    case Kind::Latency:
        return 1000;
    case Kind::LateReply:
        return 30000;
    default:
        return 0;
    }
}

int Fault::effectiveStatus() const {
    if (status > 0)
        return status;
    switch (kind) {
    case Kind::RateLimit:
        return 429;
    case Kind::ServerError:
        return 500;
    case Kind::Redirect:
        return 302;
    case Kind::HtmlError:
        return 502;
    default:
        return 0;
    }
}

bool Fault::matches(const QByteArray& requestMethod, const QString& requestPath, const QString& routePattern) const {
    if (!method.isEmpty() && method != "*" && method != requestMethod)
        return false;
    if (path.isEmpty() || path == "*"_L1)
        return true;
    if (path.endsWith(u'*'))
        return requestPath.startsWith(QStringView(path).chopped(1));
    return path == requestPath || (!routePattern.isEmpty() && path == routePattern);
}

QString Fault::kindName(Kind kind) {
    for (const KindName& k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<Fault::Kind> Fault::kindFromName(const QString& name) {
    for (const KindName& k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

static bool readInt(const QJsonObject& object, const char* key, int minimum, int maximum, int* out, QString* error) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    const double d = value.toDouble(-1e300);
    if (!value.isDouble() || d != static_cast<double>(static_cast<long long>(d)) || d < minimum || d > maximum) {
        *error = u"\"%1\" must be an integer from %2 to %3"_s.arg(QLatin1String(key)).arg(minimum).arg(maximum);
        return false;
    }
    *out = static_cast<int>(d);
    return true;
}

std::optional<Fault> Fault::fromJson(const QJsonObject& object, QString* error) {
    Fault fault;
    const std::optional<Kind> kind = kindFromName(object.value("type"_L1).toString());
    if (!kind) {
        QStringList names;
        for (const KindName& k : kKindNames)
            names.append(QString::fromLatin1(k.name));
        *error = u"\"type\" must be one of: %1"_s.arg(names.join(", "_L1));
        return std::nullopt;
    }
    fault.kind = *kind;
    fault.method = object.value("method"_L1).toString().toUpper().toLatin1();
    fault.path = object.value("path"_L1).toString();
    if (fault.path.isEmpty()) {
        *error = u"\"path\" is required (a route pattern, a concrete path, a prefix ending in *, or *)"_s;
        return std::nullopt;
    }
    constexpr int kMaxMs = 10 * 60 * 1000;
    if (!readInt(object, "count", 1, 1000000, &fault.count, error) ||
        !readInt(object, "delay_ms", 0, kMaxMs, &fault.delayMs, error) ||
        !readInt(object, "retry_after", 0, 86400, &fault.retryAfterSeconds, error) ||
        !readInt(object, "chunk_bytes", 1, 1 << 20, &fault.chunkBytes, error) ||
        !readInt(object, "interval_ms", 1, kMaxMs, &fault.intervalMs, error) ||
        !readInt(object, "status", 100, 599, &fault.status, error))
        return std::nullopt;
    if (object.value("always"_L1).toBool())
        fault.count = -1;
    if (fault.status != 0) {
        const bool ok = (fault.kind == Kind::ServerError && fault.status >= 500) ||
                        (fault.kind == Kind::Redirect && fault.status >= 300 && fault.status < 400) ||
                        (fault.kind == Kind::HtmlError && fault.status >= 400) ||
                        (fault.kind == Kind::RateLimit && fault.status == 429);
        if (!ok) {
            *error = u"\"status\" %1 does not fit the fault type"_s.arg(fault.status);
            return std::nullopt;
        }
    }
    const QString location = object.value("location"_L1).toString();
    if (!location.isEmpty()) {
        fault.location = QUrl(location, QUrl::StrictMode);
        if (!fault.location.isValid()) {
            *error = u"\"location\" is not a valid URL"_s;
            return std::nullopt;
        }
    }
    return fault;
}

QJsonObject Fault::toJson() const {
    QJsonObject o;
    o.insert("id"_L1, id);
    o.insert("type"_L1, kindName(kind));
    o.insert("method"_L1, method.isEmpty() ? u"*"_s : QString::fromLatin1(method));
    o.insert("path"_L1, path);
    o.insert("count"_L1, count < 0 ? QJsonValue(u"always"_s) : QJsonValue(count));
    o.insert("delay_ms"_L1, effectiveDelayMs());
    if (effectiveStatus() != 0)
        o.insert("status"_L1, effectiveStatus());
    if (kind == Kind::RateLimit)
        o.insert("retry_after"_L1, retryAfterSeconds);
    if (kind == Kind::Redirect && location.isValid())
        o.insert("location"_L1, location.toString());
    if (kind == Kind::Trickle) {
        o.insert("chunk_bytes"_L1, chunkBytes);
        o.insert("interval_ms"_L1, intervalMs);
    }
    return o;
}

int FaultInjector::add(Fault fault) {
    QMutexLocker lock(&m_mutex);
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault.id;
}

bool FaultInjector::remove(int id) {
    QMutexLocker lock(&m_mutex);
    return m_faults.removeIf([id](const Fault& f) { return f.id == id; }) > 0;
}

void FaultInjector::clear() {
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

QList<Fault> FaultInjector::faults() const {
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

QJsonArray FaultInjector::toJson() const {
    QJsonArray array;
    const QList<Fault> list = faults();
    for (const Fault& f : list)
        array.append(f.toJson());
    return array;
}

std::optional<Fault> FaultInjector::take(const QByteArray& method, const QString& path, const QString& routePattern) {
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& f = m_faults[i];
        if (!f.matches(method, path, routePattern))
            continue;
        const Fault taken = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

int FaultInjector::inject(Fault::Kind kind, const QString& path, int count, const QByteArray& method) {
    Fault fault;
    fault.kind = kind;
    fault.path = path;
    fault.count = count;
    fault.method = method;
    return add(fault);
}

} // namespace rd
