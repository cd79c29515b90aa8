#pragma once

#include <QPointer>

#include "api/credentials/credentialstore.h"

namespace rd::detail {

// A caller's callback bound to its context object: delivered only while the context lives (a null context means
// "no guard": delivered while the store lives). Internal to the credential stores.
class GuardedCallback {
public:
    GuardedCallback() = default;
    GuardedCallback(QObject* context, CredentialStore::Callback done)
        : m_context(context)
        , m_guarded(context != nullptr)
        , m_done(std::move(done)) {}

    bool alive() const { return !m_guarded || m_context; }

    void operator()(const CredentialResult& result) const {
        if (alive() && m_done)
            m_done(result);
    }

private:
    QPointer<QObject> m_context;
    bool m_guarded = false;
    CredentialStore::Callback m_done;
};

} // namespace rd::detail
