#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

#include "api/accounts/account.h"
#include "api/trucentive/envelopeopener.h"
#include "api/trucentive/trucentivetypes.h"

class QWidget;

namespace rd {

class ActionJournal;
} // namespace rd

namespace rd::trucentive {

class Adapter;
class Client;

// "Open envelope" from confirmation to result:
//   start(envelope) -> ConfirmationDialog (envelope, recipient, project, state, environment, reason)
//     -> a run of one on the action engine (api/actions/actionrunner.h) with Adapter's Open: the
//        journal entry ("envelope"/<id>/"open") first (a second action on the envelope is refused: Busy), then
//        EnvelopeOpener: POST /envelopes/:id/open (safe to retry: the transport retries 429/503), then polls
//        GET /envelope until the state changes or the time limit passes ("queued", "checking", the result)
//     -> the journal entry is completed with the POST's outcome (Succeeded = queued; a 400 such as "the envelope is
//        locked" = NotApplied, in plain words; unknown = Unknown, resolved later by reading the envelope back).
// This class is the confirmation and the presentation: it owns no protocol. One open per envelope at a time
// (busy()); openers of different envelopes may run side by side. Nothing blocks: the confirmation answers through a
// callback, the engine and the opener through signals.
class OpenFlow : public QObject {
    Q_OBJECT
public:
    OpenFlow(Client* client, ActionJournal* journal, const Account& account, QWidget* dialogParent,
             QObject* parent = nullptr);
    ~OpenFlow() override;

    // Test seam / tuning: poll interval, backoff and time limit of the openers started from now on.
    void setOpenerOptions(const EnvelopeOpener::Options& options);
    EnvelopeOpener::Options openerOptions() const;

    void start(const Envelope& envelope);
    bool isBusy(const QString& envelopeId) const { return m_busy.contains(envelopeId); }
    // The journal entry of the last open started for `envelopeId` (empty before the journal accepted it).
    QString lastEntryId(const QString& envelopeId) const { return m_entries.value(envelopeId); }

    // Why an action on the envelope is blocked by the journal (an unresolved earlier action), or empty.
    QString lockReason(const QString& envelopeId) const;

Q_SIGNALS:
    void busyChanged(const QString& envelopeId, bool busy);
    void progress(const QString& envelopeId, rd::trucentive::EnvelopeOpener::Phase phase, const QString& message);
    void envelopeUpdated(const rd::trucentive::Envelope& envelope);
    // Once per start() that got past the confirmation: the final phase (Failed also for a refused journal entry).
    void finished(const QString& envelopeId, rd::trucentive::EnvelopeOpener::Phase phase, const QString& message);

private:
    void confirmed(const Envelope& envelope, const QString& reason);
    void setBusy(const QString& envelopeId, bool busy);
    void fail(const QString& envelopeId, const QString& message);

    QPointer<Client> m_client;
    QPointer<ActionJournal> m_journal;
    Account m_account;
    QPointer<QWidget> m_dialogParent;
    Adapter* m_adapter; // child: it outlives the runs (the opener watches after the run ends)
    QHash<QString, bool> m_busy;
    QHash<QString, QString> m_entries;
};

} // namespace rd::trucentive
