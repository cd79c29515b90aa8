#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

#include "accounts/account.h"
#include "trucentive/envelopeopener.h"
#include "trucentive/trucentivetypes.h"

class QWidget;

namespace rd {

class ActionJournal;
class TruCentiveClient;
struct ActionTicket;

// "Open envelope" from confirmation to result (issue 3):
//   start(envelope) -> ConfirmationDialog (envelope, recipient, project, state, environment, reason)
//     -> ActionJournal::beginAction ("envelope"/<id>/"open"; a second action on the envelope is refused: Busy)
//     -> EnvelopeOpener: POST /envelopes/:id/open (safe to retry: the transport retries 429/503), then polls
//        GET /envelope until the state changes or the time limit passes ("queued", "checking", the result)
//     -> the journal entry is completed with the POST's outcome (Succeeded = queued; a 400 such as "the envelope is
//        locked" = NotApplied, in plain words; unknown = Unknown, resolved later by reading the envelope back).
// One open per envelope at a time (busy()); openers of different envelopes may run side by side. Nothing blocks:
// the confirmation answers through a callback, the opener through signals.
class TcOpenFlow : public QObject {
    Q_OBJECT
public:
    TcOpenFlow(TruCentiveClient* client, ActionJournal* journal, const Account& account, QWidget* dialogParent,
               QObject* parent = nullptr);
    ~TcOpenFlow() override;

    // Test seam / tuning: poll interval, backoff and time limit of the openers started from now on.
    void setOpenerOptions(const EnvelopeOpener::Options& options) { m_options = options; }
    EnvelopeOpener::Options openerOptions() const { return m_options; }

    void start(const TcEnvelope& envelope);
    bool isBusy(const QString& envelopeId) const { return m_busy.contains(envelopeId); }
    // The journal entry of the last open started for `envelopeId` (empty before the journal accepted it).
    QString lastEntryId(const QString& envelopeId) const { return m_entries.value(envelopeId); }

    // Why an action on the envelope is blocked by the journal (an unresolved earlier action), or empty.
    QString lockReason(const QString& envelopeId) const;

Q_SIGNALS:
    void busyChanged(const QString& envelopeId, bool busy);
    void progress(const QString& envelopeId, rd::EnvelopeOpener::Phase phase, const QString& message);
    void envelopeUpdated(const rd::TcEnvelope& envelope);
    // Once per start() that got past the confirmation: the final phase (Failed also for a refused journal entry).
    void finished(const QString& envelopeId, rd::EnvelopeOpener::Phase phase, const QString& message);

private:
    void confirmed(const TcEnvelope& envelope, const QString& reason);
    void run(const TcEnvelope& envelope, const ActionTicket& ticket);
    void setBusy(const QString& envelopeId, bool busy);
    void fail(const QString& envelopeId, const QString& message);

    QPointer<TruCentiveClient> m_client;
    QPointer<ActionJournal> m_journal;
    Account m_account;
    QPointer<QWidget> m_dialogParent;
    EnvelopeOpener::Options m_options;
    QHash<QString, bool> m_busy;
    QHash<QString, QString> m_entries;
};

} // namespace rd
