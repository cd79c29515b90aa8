#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

#include "api/core/vendor.h"
#include "api/sandbox/democredentials.h"

namespace rd {

class FaultInjector;
class SandboxHttpServer;
class SandboxTruCentive;
class SandboxTremendous;
class SandboxCheetah;
class SandboxTrigg;

// The built-in sandbox (design.md section 5): the four simulated vendors on one loopback port, each under its own
// prefix, following the vendor docs (paths, auth headers, error bodies, paging):
//   TruCentive  http://127.0.0.1:PORT/trucentive/api/v1
//   Tremendous  http://127.0.0.1:PORT/tremendous/api/v2
//   Cheetah     http://127.0.0.1:PORT/cheetah          (tenant base_url: /cheetah/oauth/token, /cheetah/program/api)
//   Trigg       http://127.0.0.1:PORT/trigg/v4
// Data is generated deterministically from seed and size (records per resource), on demand. Faults are injected per
// route through faults() or the control routes (see SandboxHttpServer). Lives in one thread (SandboxHost runs it in
// its own); all members except faults(), port() and the counters must be used from that thread.
// It never includes client code or DTOs: it is written from the vendor docs on its own, so a misreading on one side
// is caught by the other.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(quint64 seed = 1, int size = 100, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:`port` (0 = any free port). Returns false (see errorString()) on failure.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QString errorString() const;
    QUrl baseUrl(Vendor vendor) const;
    static QString pathPrefix(Vendor vendor); // "/trucentive/api/v1", ...

    // Fixed public sample values (see DemoCredentials).
    static DemoCredentials demoCredentials(Vendor vendor);
    // Replaces what a vendor accepts (e.g. canary credentials for the secret-leak test).
    void setCredentials(Vendor vendor, const DemoCredentials& credentials);
    DemoCredentials credentials(Vendor vendor) const;

    // Regenerates all data from a new seed / size and drops every state change (issued tokens included).
    void reset(quint64 seed, int size);
    quint64 seed() const { return m_seed; }
    int size() const { return m_size; }

    // Cheetah token lifetime (default 7200 s); tests use short ones.
    void setCheetahTokenLifetime(std::chrono::milliseconds lifetime);
    void expireCheetahTokens();

    // Sample lookup keys (Trigg has no list endpoint): customer `index`'s mobile phone and GUID.
    QString triggCustomerPhone(int index) const;
    QString triggCustomerId(int index) const;

    // The TruCentive vendor: sample envelope ids (samples()), async delay and clock seams for tests. Server thread.
    SandboxTruCentive* truCentive() { return m_truCentive.get(); }
    // The Tremendous vendor: settings (approvals via API, balance), sample ids, async delay and clock seams. Server
    // thread.
    SandboxTremendous* tremendous() { return m_tremendous.get(); }

    FaultInjector* faults();
    SandboxHttpServer* http() { return m_http; }

private:
    quint64 m_seed;
    int m_size;
    // The vendors outlive the HTTP server (declared first, destroyed last): routes capture them.
    std::unique_ptr<SandboxTruCentive> m_truCentive;
    std::unique_ptr<SandboxTremendous> m_tremendous;
    std::unique_ptr<SandboxCheetah> m_cheetah;
    std::unique_ptr<SandboxTrigg> m_trigg;
    SandboxHttpServer* m_http;
};

} // namespace rd
