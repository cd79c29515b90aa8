#pragma once

#include <QPointer>

#include <functional>
#include <optional>

#include "api/core/callhandle.h"
#include "api/trucentive/envelopeopener.h"
#include "api/trucentive/trucentivetypes.h"
#include "ui/common/detailpane.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class ClipboardGuard;
} // namespace rd

namespace rd::trucentive {

class Client;

// The right-hand pane of "Projects & envelopes": one envelope with every field in the user's locale and time zone,
// its timeline (created, delivered, viewed, opened, expires), addresses, custom fields, test-mode flag and the raw
// JSON (links masked), plus the actions its state allows.
//  - The redeem URL and the redemption URL are money: they are fetched only when the agent presses "Reveal links"
//    (GET /envelope with show_url/redemption_url), kept only while the same envelope is shown, and copied through
//    the ClipboardGuard (cleared after 20 s if unchanged). They never reach a log, the journal or the JSON view.
//  - "Open envelope…" and "Send replacement…" are requests to the tab (openRequested / sendReplacementRequested);
//    the tab runs the flows and reports back with setOpenBusy() / showOpenProgress().
//  - Open is enabled only for a known state that can be opened (Envelope::canOpen), when no action on the envelope
//    is in flight or unresolved in the journal (lockCheck), and never while the envelope is loading.
class EnvelopeDetailPane : public DetailPane {
    Q_OBJECT
public:
    // Returns why actions on an envelope are blocked (e.g. an unknown outcome in the journal), or empty.
    using LockCheck = std::function<QString(const QString& envelopeId)>;

    EnvelopeDetailPane(Client* client, ClipboardGuard* clipboard, QWidget* parent = nullptr);
    ~EnvelopeDetailPane() override;

    void setLockCheck(LockCheck check) { m_lockCheck = std::move(check); }

    void loadEnvelope(const QString& envelopeId); // GET /envelope; shows loading, then the envelope or an error
    void setEnvelope(const Envelope& envelope);   // shows it; revealed links are kept only for the same envelope
    void refresh() override;                      // loads the shown envelope again
    QString shownId() const override { return envelopeId(); }
    void clearEnvelope();
    std::optional<Envelope> envelope() const { return m_envelope; }
    QString envelopeId() const;
    bool isLoading() const { return m_loadCall.isActive(); }

    void revealLinks();
    void copyLink();
    void copyRedemptionLink();
    bool linksRevealed() const { return m_revealedFor.has_value(); }

    // Feedback from the open flow for the shown envelope.
    void setOpenBusy(bool busy);
    void showOpenProgress(EnvelopeOpener::Phase phase, const QString& message);
    void updateActions();

    // Test seams.
    QPushButton* openButton() const { return m_open; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* copyLinkButton() const { return m_copyLink; }
    QPushButton* copyRedemptionButton() const { return m_copyRedemption; }
    QLineEdit* linkEdit() const { return m_link; }
    QLineEdit* redemptionLinkEdit() const { return m_redemptionLink; }
    QLabel* stateBadge() const { return m_stateBadge; }
    QString detailsText() const; // every label shown in the details and timeline, for assertions

Q_SIGNALS:
    void openRequested(const rd::trucentive::Envelope& envelope);
    void sendReplacementRequested(const rd::trucentive::Envelope& envelope);
    void envelopeLoaded(const rd::trucentive::Envelope& envelope); // a fresh copy arrived (lookup, refresh, reveal)
    void envelopeShown(const QString& envelopeId);                 // the pane now shows this envelope (any source)

private:
    void buildUi();
    void showFields();
    void showLinks();
    void onLoaded(const QString& id, const ApiResult<Envelope>& result, bool reveal);
    void showError(const ApiError& error, bool lookup);
    void addRow(QFormLayout* form, const QString& label, const QString& value, bool selectable = false) {
        addFormRow(form, label, value, selectable);
    }

    QPointer<Client> m_client;
    QPointer<ClipboardGuard> m_clipboard;
    LockCheck m_lockCheck;
    std::optional<Envelope> m_envelope;
    QString m_loadingId;
    // Revealed links: only for this envelope id.
    std::optional<QString> m_revealedFor;
    std::optional<QString> m_url;
    std::optional<QString> m_redemptionUrl;
    CallHandle m_loadCall;
    CallHandle m_revealCall;
    bool m_openBusy = false;
    bool m_loadMessage = false; // the message strip shows our own loading line

    QLabel* m_stateBadge = nullptr;
    QLabel* m_testBadge = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_send = nullptr;
    QFormLayout* m_details = nullptr;
    QFormLayout* m_timeline = nullptr;
    QLineEdit* m_link = nullptr;
    QLineEdit* m_redemptionLink = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_copyLink = nullptr;
    QPushButton* m_copyRedemption = nullptr;
};

} // namespace rd::trucentive
