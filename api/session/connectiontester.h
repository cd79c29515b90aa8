#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

#include "api/accounts/account.h"
#include "api/core/callhandle.h"

namespace rd {

class AuthProvider;
class HttpTransport;

struct ConnectionResult {
    bool ok = false;
    QString message; // translated, plain words: what happened and what to do
    qint64 elapsedMs = 0;
};

// "Test connection" for an account of any vendor, with secrets that may not be saved yet. One cheap read-only call
// per vendor: TruCentive GET /me, Tremendous GET /funding_sources, Cheetah POST /oauth/token (a token is issued),
// Trigg GET /customers?mobilePhone=<unassigned number> (a 404 "not found" still proves the key was accepted).
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ConnectionResult&)>;

    ConnectionTester(HttpTransport* transport, QObject* parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a running test is cancelled first. `done` runs once, only while `context` lives.
    void test(const Account& account, const QHash<QByteArray, QByteArray>& secrets, QObject* context, Done done);
    void cancel();
    bool isRunning() const { return m_call.isActive() || m_auth; }

private:
    void finish(const ConnectionResult& result);

    HttpTransport* m_transport;
    QPointer<AuthProvider> m_auth;
    CallHandle m_call;
    QPointer<QObject> m_context;
    Done m_done;
    qint64 m_startedMs = 0;
    int m_generation = 0;
};

} // namespace rd
