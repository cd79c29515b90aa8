#pragma once

#include <QObject>
#include <QPointer>

namespace rd {

class InlineMessage;
class TrActionFlow;

// Shows the TrActionFlow's messages in one InlineMessage, only for the runs started by its owner (the tab has one
// flow for every page: a page shows the results of its own clicks, not another page's). begin() before
// TrActionFlow::run(); the messages go to the strip until the run finishes or the confirmation is declined. A
// message right after an item's final outcome is a result (Success, or Error when the flow says so); the others are
// progress lines.
class TrFlowListener : public QObject {
    Q_OBJECT
public:
    TrFlowListener(TrActionFlow* flow, InlineMessage* target, QObject* parent);

    void begin();
    void end() { m_listening = false; }
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // The run started after begin() is over (finished, declined, or refused by run()).
    void done();

private:
    QPointer<TrActionFlow> m_flow;
    InlineMessage* m_target;
    bool m_listening = false;
    bool m_finalSeen = false;
};

} // namespace rd
