#pragma once

#include <QPointer>

#include <functional>
#include <memory>

namespace rd {

// A cancellable handle to one call in flight. Copyable; cancelling a finished call does nothing.
// Cancelling means the callback is never invoked. (A cancelled action may still have reached the vendor:
// callers of actions do not cancel them, they wait for the outcome.)
class CallHandle {
public:
    CallHandle() = default;
    explicit CallHandle(std::function<void()> cancel)
        : m_state(std::make_shared<State>(std::move(cancel))) {}

    void cancel() const {
        if (m_state && m_state->cancel) {
            auto fn = std::move(m_state->cancel);
            m_state->cancel = nullptr;
            fn();
        }
    }
    bool isActive() const { return m_state && m_state->cancel; }
    // Called by the owner when the call completes, so isActive() turns false.
    void markFinished() const {
        if (m_state)
            m_state->cancel = nullptr;
    }

private:
    struct State {
        explicit State(std::function<void()> c)
            : cancel(std::move(c)) {}
        std::function<void()> cancel;
    };
    std::shared_ptr<State> m_state;
};

} // namespace rd
