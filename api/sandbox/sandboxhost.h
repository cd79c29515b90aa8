#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include "api/core/vendor.h"

class QThread;

namespace rd {

class FaultInjector;
class SandboxServer;

// Runs a SandboxServer in its own QThread, so sandbox latency, trickles and data generation never touch the GUI
// thread (`rewarddesk --demo`, and tests that want the server off their own thread).
//   host.start(0, seed, size);  ->  ready(port) or failed(error), delivered in the host's thread.
// The server lives in the sandbox thread: from other threads use only the host's accessors below (faults() is
// thread-safe, port() and baseUrl() are fixed once ready). The destructor stops the thread and waits for it; that
// wait is the one blocking call here and is acceptable because the host is destroyed at application exit (or at the
// end of a test), when the sandbox has nothing left to answer.
class SandboxHost : public QObject {
    Q_OBJECT
public:
    explicit SandboxHost(QObject* parent = nullptr);
    ~SandboxHost() override;

    // Starts once; a second call while started emits failed().
    void start(quint16 port = 0, quint64 seed = 1, int size = 100);
    bool isReady() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl(Vendor vendor) const; // invalid until ready
    FaultInjector* faults() const;     // null until started

Q_SIGNALS:
    void ready(quint16 port);
    void failed(const QString& error);

private:
    void onListened(bool ok, quint16 port, const QString& error);

    QThread* m_thread = nullptr;
    SandboxServer* m_server = nullptr; // owned by the sandbox thread (deleted there when it finishes)
    FaultInjector* m_faults = nullptr;
    quint16 m_port = 0;
};

} // namespace rd
