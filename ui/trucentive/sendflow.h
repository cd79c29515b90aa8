#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

#include "api/accounts/account.h"
#include "api/trucentive/trucentiveerrors.h"
#include "api/trucentive/trucentivetypes.h"

class QWidget;

namespace rd {

class ActionJournal;
} // namespace rd

namespace rd::trucentive {

class Adapter;
class Client;

// "Send envelope" from confirmation to result. Sending is NOT idempotent:
//   send() -> ConfirmationDialog (amount, recipient, project, instrument, delivery, custom fields, environment, a
//             warning when this address got a send from RewardDesk in the last 24 hours, reason)
//          -> a run of one on the action engine (api/actions/actionrunner.h) with Adapter's Deliver:
//             the journal entry ("delivery"/"<project>/<address>"/"deliver": a second send of the same project to
//             the same address is refused while the first one's outcome is not known) first, then
//             POST /envelope/deliver, exactly once (RequestKind::Action: never retried, not even on 429/503)
//          -> `done` gets Sent (with the new envelope), Rejected (the vendor's words, e.g. "Exceeds available funds"
//             explained), Unknown (check the feeds or the envelope before sending again), Refused (the journal would
//             not start it) or Cancelled.
// This class is the confirmation and the presentation: it owns no protocol. Only one send at a time (isBusy()).
class SendFlow : public QObject {
    Q_OBJECT
public:
    struct Result {
        enum class Kind { Sent, Cancelled, Refused, Rejected, Unknown };
        Kind kind = Kind::Cancelled;
        Envelope envelope; // Sent
        QString message;   // translated, for the agent (empty for Cancelled)
        ErrorText::Suggestion suggestion = ErrorText::Suggestion::None;
    };
    using Done = std::function<void(const Result&)>;

    SendFlow(Client* client, ActionJournal* journal, const Account& account, QObject* parent = nullptr);

    // `dialogParent` hosts the confirmation. `done` runs once, only while this flow lives.
    void send(QWidget* dialogParent, const DeliverRequest& request, const Project& project,
              const Instrument& instrument, Done done);
    bool isBusy() const { return m_busy; }

    // Sends from this app to `address` (any project) in the last 24 hours whose outcome is not "not applied", as
    // sentences for the confirmation ("RewardDesk sent a reward to … 2 hours ago (Project X, by anna)").
    QStringList recentSends(const QString& address) const;

    // "$5.00 Amazon Gift Card to j@x.com (Test Project)": the journal summary and the confirmation heading.
    static QString summary(const DeliverRequest& request, const Project& project, const Instrument& instrument);

Q_SIGNALS:
    void busyChanged(bool busy);
    void sent(const rd::trucentive::Envelope& envelope);

private:
    void deliver(const DeliverRequest& request, const Project& project, const Instrument& instrument,
                 const QString& reason, Done done);
    void setBusy(bool busy);

    QPointer<Client> m_client;
    QPointer<ActionJournal> m_journal;
    Account m_account;
    Adapter* m_adapter; // child
    bool m_busy = false;
};

} // namespace rd::trucentive
