#include "api/sandbox/sandboxhost.h"

#include <QThread>

#include "api/sandbox/sandboxlog.h"
#include "api/sandbox/sandboxserver.h"

namespace rd {

SandboxHost::SandboxHost(QObject* parent)
    : QObject(parent) {}

SandboxHost::~SandboxHost() {
    if (!m_thread)
        return;
    // Blocking on purpose (see the class comment): only at application exit. The server is deleted in its own
    // thread through finished() -> deleteLater().
    m_thread->quit();
    m_thread->wait();
}

void SandboxHost::start(quint16 port, quint64 seed, int size) {
    if (m_thread) {
        Q_EMIT failed(tr("The sandbox is already running."));
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("rewarddesk-sandbox"));
    m_server = new SandboxServer(seed, size);
    m_faults = m_server->faults();
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->start();

    SandboxServer* server = m_server;
    QMetaObject::invokeMethod(
        server,
        [this, server, port] {
            const bool ok = server->listen(port);
            const quint16 bound = ok ? server->port() : quint16(0);
            const QString error = ok ? QString() : server->errorString();
            // The host outlives the thread (its destructor waits), so `this` is valid as the context here.
            QMetaObject::invokeMethod(
                this, [this, ok, bound, error] { onListened(ok, bound, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SandboxHost::onListened(bool ok, quint16 port, const QString& error) {
    if (!ok) {
        qCWarning(lcSandbox) << "sandbox failed to listen:" << error;
        Q_EMIT failed(tr("The sandbox could not listen on 127.0.0.1: %1").arg(error));
        return;
    }
    m_port = port;
    qCInfo(lcSandbox) << "sandbox listening on 127.0.0.1 port" << port;
    Q_EMIT ready(port);
}

QUrl SandboxHost::baseUrl(Vendor vendor) const {
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(SandboxServer::pathPrefix(vendor));
    return url;
}

FaultInjector* SandboxHost::faults() const {
    return m_faults;
}

} // namespace rd
