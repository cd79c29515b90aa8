#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

#include "accounts/account.h"
#include "trucentive/trucentiveerrors.h"
#include "trucentive/trucentivetypes.h"

class QWidget;

namespace rd {

class ActionJournal;
class TruCentiveActionAdapter;
class TruCentiveClient;

// "Send envelope" from confirmation to result. Sending is NOT idempotent:
//   send() -> ConfirmationDialog (amount, recipient, project, instrument, delivery, custom fields, environment, a
//             warning when this address got a send from RewardDesk in the last 24 hours, reason)
//          -> a run of one on the action engine (api/actions/actionrunner.h) with TruCentiveActionAdapter's Deliver:
//             the journal entry ("delivery"/"<project>/<address>"/"deliver": a second send of the same project to
//             the same address is refused while the first one's outcome is not known) first, then
//             POST /envelope/deliver, exactly once (RequestKind::Action: never retried, not even on 429/503)
//          -> `done` gets Sent (with the new envelope), Rejected (the vendor's words, e.g. "Exceeds available funds"
//             explained), Unknown (check the feeds or the envelope before sending again), Refused (the journal would
//             not start it) or Cancelled.
// This class is the confirmation and the presentation: it owns no protocol. Only one send at a time (isBusy()).
class TcSendFlow : public QObject {
    Q_OBJECT
public:
    struct Result {
        enum class Kind { Sent, Cancelled, Refused, Rejected, Unknown };
        Kind kind = Kind::Cancelled;
        TcEnvelope envelope; // Sent
        QString message;     // translated, for the agent (empty for Cancelled)
        TcErrorText::Suggestion suggestion = TcErrorText::Suggestion::None;
    };
    using Done = std::function<void(const Result&)>;

    TcSendFlow(TruCentiveClient* client, ActionJournal* journal, const Account& account, QObject* parent = nullptr);

    // `dialogParent` hosts the confirmation. `done` runs once, only while this flow lives.
    void send(QWidget* dialogParent, const TcDeliverRequest& request, const TcProject& project,
              const TcInstrument& instrument, Done done);
    bool isBusy() const { return m_busy; }

    // Sends from this app to `address` (any project) in the last 24 hours whose outcome is not "not applied", as
    // sentences for the confirmation ("RewardDesk sent a reward to … 2 hours ago (Project X, by anna)").
    QStringList recentSends(const QString& address) const;

    // "$5.00 Amazon Gift Card to j@x.com (Test Project)": the journal summary and the confirmation heading.
    static QString summary(const TcDeliverRequest& request, const TcProject& project, const TcInstrument& instrument);

Q_SIGNALS:
    void busyChanged(bool busy);
    void sent(const rd::TcEnvelope& envelope);

private:
    void deliver(const TcDeliverRequest& request, const TcProject& project, const TcInstrument& instrument,
                 const QString& reason, Done done);
    void setBusy(bool busy);

    QPointer<TruCentiveClient> m_client;
    QPointer<ActionJournal> m_journal;
    Account m_account;
    TruCentiveActionAdapter* m_adapter; // child
    bool m_busy = false;
};

} // namespace rd
