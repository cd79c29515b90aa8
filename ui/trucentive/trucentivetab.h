#pragma once

#include <QPointer>

#include "api/core/callhandle.h"
#include "ui/common/vendortabshell.h"

class QLabel;
class QPushButton;

namespace rd {

class ClipboardGuard;
} // namespace rd

namespace rd::trucentive {

class EnvelopeDetailPane;
class EnvelopesPage;
class OpenFlow;
class ProjectModel;
class ProjectsPage;
class SendDialog;
class SendFlow;
class SessionsView;
class Client;
struct Envelope;
struct SendPrefill;

// The TruCentive tab: for a support agent asked "my gift never arrived" or "the link says locked". On the shared
// VendorTabShell (environment badge, session gating, pages with Alt+N, last page, F5, Ctrl+F):
//   header     who the API key belongs to (GET /me), "Send envelope…"
//   Envelopes  find the envelope (ID, pasted link, the viewed/opened feeds) | its detail, links and actions
//   Projects   projects and the selected project's instruments
//   Sessions   who logged in to the account
// It builds its own Client over the shared transport (the endpoint comes from AccountSessions on every
// request, so a replaced key is used at once). Every action is confirmed (ConfirmationDialog), journaled before it
// is sent, and one per object at a time. F5 also reads the shown envelope again; Ctrl+F focuses the envelope lookup.
class Tab : public VendorTabShell {
    Q_OBJECT
public:
    Tab(const AppContext& context, const Account& account, QWidget* parent = nullptr);
    ~Tab() override;

    // Opens the send dialog (one at a time), optionally prefilled (a replacement, or a project).
    void openSendDialog(const SendPrefill& prefill);
    void openSendDialog();
    // Shows an envelope by ID in the detail pane (Envelopes page).
    void showEnvelope(const QString& envelopeId);

    // Test seams.
    Client* client() const { return m_client; }
    ClipboardGuard* clipboardGuard() const { return m_clipboard; }
    ProjectModel* projectModel() const { return m_projects; }
    EnvelopesPage* envelopesPanel() const { return m_envelopes; }
    EnvelopeDetailPane* detailPane() const { return m_detail; }
    ProjectsPage* projectsPanel() const { return m_projectsPanel; }
    SessionsView* sessionsView() const { return m_sessions; }
    OpenFlow* openFlow() const { return m_openFlow; }
    SendFlow* sendFlow() const { return m_sendFlow; }
    SendDialog* sendDialog() const;
    QLabel* identityLabel() const { return m_identity; }

protected:
    void onStarted() override;
    void onNotConnected() override;
    void onRefresh() override;
    void onKeyReplaced() override;

private:
    void buildUi();
    void connectParts();
    void loadIdentity();
    void onEnvelopeSent(const Envelope& envelope);

    Client* m_client;
    ClipboardGuard* m_clipboard;
    ProjectModel* m_projects;
    OpenFlow* m_openFlow = nullptr;
    SendFlow* m_sendFlow = nullptr;
    CallHandle m_meCall;
    bool m_identityLoaded = false;

    QLabel* m_identity = nullptr;
    QPushButton* m_sendButton = nullptr;
    EnvelopesPage* m_envelopes = nullptr;
    EnvelopeDetailPane* m_detail = nullptr;
    ProjectsPage* m_projectsPanel = nullptr;
    SessionsView* m_sessions = nullptr;
    QPointer<SendDialog> m_sendDialog;
};

} // namespace rd::trucentive
