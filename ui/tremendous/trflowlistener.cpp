#include "trflowlistener.h"

#include "common/inlinemessage.h"
#include "tractionflow.h"

namespace rd {

TrFlowListener::TrFlowListener(TrActionFlow* flow, InlineMessage* target, QObject* parent)
    : QObject(parent)
    , m_flow(flow)
    , m_target(target) {
    if (!m_flow)
        return;
    // itemFinished comes just before the result's actionMessage: it tells a result from a progress line.
    connect(m_flow, &TrActionFlow::itemFinished, this, [this] { m_finalSeen = true; });
    connect(m_flow, &TrActionFlow::actionMessage, this, [this](const QString& text, bool error) {
        if (!m_listening)
            return;
        InlineMessage::Kind kind = InlineMessage::Kind::Progress;
        if (error)
            kind = InlineMessage::Kind::Error;
        else if (m_finalSeen)
            kind = InlineMessage::Kind::Success;
        m_target->showMessage(kind, text);
    });
    auto over = [this] {
        if (!m_listening)
            return;
        m_listening = false;
        Q_EMIT done();
    };
    connect(m_flow, &TrActionFlow::runFinished, this, over);
    connect(m_flow, &TrActionFlow::declined, this, over);
}

void TrFlowListener::begin() {
    m_listening = true;
    m_finalSeen = false;
}

} // namespace rd
