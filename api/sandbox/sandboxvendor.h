#pragma once

#include <QString>

#include "api/sandbox/democredentials.h"

namespace rd {

class SandboxHttpServer;

// One simulated vendor of the sandbox: its routes, auth checks, error bodies and data generators, written from that
// vendor's docs alone (never from client code or DTOs). Each vendor lives in its own sandbox<vendor>.{h,cpp}.
// Data is generated on demand from (seed, size) with SandboxRandom::forRecord; state changed by actions is kept in
// the module's own override tables and cleared by reset().
class SandboxVendor {
public:
    virtual ~SandboxVendor() = default;

    // Registers the routes under `prefix` (e.g. "/tremendous/api/v2") and the prefix's error formatter.
    virtual void install(SandboxHttpServer* http, const QString& prefix) = 0;
    // New seed/size: drops every state change.
    virtual void reset(quint64 seed, int size) {
        m_seed = seed;
        m_size = size;
    }
    void setCredentials(const DemoCredentials& credentials) { m_credentials = credentials; }
    const DemoCredentials& credentials() const { return m_credentials; }
    quint64 seed() const { return m_seed; }
    int size() const { return m_size; }

protected:
    DemoCredentials m_credentials;
    quint64 m_seed = 1;
    int m_size = 100;
};

} // namespace rd
