#include "api/core/vendorclient.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "api/core/httptransport.h"

using namespace Qt::StringLiterals;

namespace rd {

VendorClient::VendorClient(const Traits& traits, HttpTransport* transport, EndpointProvider provider, QObject* parent)
    : QObject(parent)
    , m_traits(traits)
    , m_transport(transport)
    , m_provider(std::move(provider)) {
    Q_ASSERT(m_transport);
    Q_ASSERT(m_traits.category);
}

VendorClient::~VendorClient() = default;

VendorClient::EndpointProvider VendorClient::fixedEndpoint(const Endpoint& endpoint) {
    return [endpoint] { return std::optional<Endpoint>(endpoint); };
}

QString VendorClient::accountLabel() const {
    if (m_accountLabel.isEmpty()) {
        if (auto endpoint = currentEndpoint())
            m_accountLabel = endpoint->accountLabel;
    }
    return m_accountLabel;
}

std::optional<Endpoint> VendorClient::currentEndpoint() const {
    return m_provider ? m_provider() : std::nullopt;
}

void VendorClient::setTimeouts(std::chrono::milliseconds transferTimeout, std::chrono::milliseconds deadline) {
    m_transferTimeout = transferTimeout;
    m_deadline = deadline;
}

HttpRequest VendorClient::makeRequest(const QByteArray& method, const QString& path, RequestKind kind,
                                      const QString& label) const {
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.kind = kind;
    r.label = label;
    r.transferTimeout = m_transferTimeout;
    r.deadline = m_deadline;
    r.maxBodyBytes = m_traits.maxBodyBytes;
    return r;
}

CallHandle VendorClient::deliverLater(ApiError error, QObject* context, std::function<void(ApiError)> deliver) {
    error.vendor = m_traits.vendor;
    auto cancelled = std::make_shared<bool>(false);
    CallHandle handle([cancelled] { *cancelled = true; });
    // Later, from the event loop, like every transport answer; not at all once `context` is gone.
    QTimer::singleShot(0, context ? context : this, [cancelled, handle, error, deliver = std::move(deliver)] {
        if (*cancelled)
            return;
        handle.markFinished();
        deliver(error);
    });
    return handle;
}

CallHandle VendorClient::send(HttpRequest request, QObject* context, RawCallback done) {
    const std::optional<Endpoint> endpoint = currentEndpoint();
    if (!endpoint) {
        ApiError e;
        e.failure = FailureClass::NotSent;
        e.kind = ErrorKind::NoCredential;
        e.action = request.kind != RequestKind::Lookup;
        e.technical = u"the account has no usable endpoint (credentials missing or still loading)"_s;
        qCInfo(m_traits.category).noquote() << request.label << u"not sent: the account is not ready"_s;
        return refuse<HttpResponse>(std::move(e), context, std::move(done));
    }
    if (endpoint->vendor != m_traits.vendor)
        qCWarning(m_traits.category) << "endpoint of another vendor used with the" << vendorKey(m_traits.vendor)
                                     << "client";
    m_accountLabel = endpoint->accountLabel;
    return m_transport->send(*endpoint, request, context ? context : this, std::move(done));
}

ApiError VendorClient::parseFailure(const Traits& traits, ApiError error, const QString& requestId, bool action,
                                    const QString& label) {
    if (error.requestId.isEmpty())
        error.requestId = requestId;
    error.vendor = traits.vendor;
    error.action = error.action || action;
    // technical never contains the body: parse errors are built from field paths and offsets only.
    qCWarning(traits.category).noquote() << label << u"answer could not be read:"_s << error.technical
                                         << u"(request %1)"_s.arg(error.requestId);
    return error;
}

void VendorClient::runInWorker(QObject* owner, std::shared_ptr<const bool> cancelled,
                               std::function<std::shared_ptr<void>()> work,
                               std::function<void(std::shared_ptr<void>)> finished) {
    using Result = std::shared_ptr<void>;
    auto* watcher = new QFutureWatcher<Result>(owner); // dies with the owner: no callback then
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [watcher, cancelled = std::move(cancelled), finished = std::move(finished)] {
                         watcher->deleteLater();
                         if (*cancelled)
                             return;
                         finished(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace rd
