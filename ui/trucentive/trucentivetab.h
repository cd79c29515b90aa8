#pragma once

#include <QPointer>

#include "core/callhandle.h"
#include "ui/common/vendortabshell.h"

class QLabel;
class QPushButton;

namespace rd {

class ClipboardGuard;
class TcEnvelopeDetailPane;
class TcEnvelopesPanel;
class TcOpenFlow;
class TcProjectModel;
class TcProjectsPanel;
class TcSendDialog;
class TcSendFlow;
class TcSessionsView;
class TruCentiveClient;
struct TcEnvelope;
struct TcSendPrefill;

// The TruCentive tab: for a support agent asked "my gift never arrived" or "the link says locked". On the shared
// VendorTabShell (environment badge, session gating, pages with Alt+N, last page, F5, Ctrl+F):
//   header     who the API key belongs to (GET /me), "Send envelope…"
//   Envelopes  find the envelope (ID, pasted link, the viewed/opened feeds) | its detail, links and actions
//   Projects   projects and the selected project's instruments
//   Sessions   who logged in to the account
// It builds its own TruCentiveClient over the shared transport (the endpoint comes from AccountSessions on every
// request, so a replaced key is used at once). Every action is confirmed (ConfirmationDialog), journaled before it
// is sent, and one per object at a time. F5 also reads the shown envelope again; Ctrl+F focuses the envelope lookup.
class TruCentiveTab : public VendorTabShell {
    Q_OBJECT
public:
    TruCentiveTab(const AppContext& context, const Account& account, QWidget* parent = nullptr);
    ~TruCentiveTab() override;

    // Opens the send dialog (one at a time), optionally prefilled (a replacement, or a project).
    void openSendDialog(const TcSendPrefill& prefill);
    void openSendDialog();
    // Shows an envelope by ID in the detail pane (Envelopes page).
    void showEnvelope(const QString& envelopeId);

    // Test seams.
    TruCentiveClient* client() const { return m_client; }
    ClipboardGuard* clipboardGuard() const { return m_clipboard; }
    TcProjectModel* projectModel() const { return m_projects; }
    TcEnvelopesPanel* envelopesPanel() const { return m_envelopes; }
    TcEnvelopeDetailPane* detailPane() const { return m_detail; }
    TcProjectsPanel* projectsPanel() const { return m_projectsPanel; }
    TcSessionsView* sessionsView() const { return m_sessions; }
    TcOpenFlow* openFlow() const { return m_openFlow; }
    TcSendFlow* sendFlow() const { return m_sendFlow; }
    TcSendDialog* sendDialog() const;
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
    void onEnvelopeSent(const TcEnvelope& envelope);

    TruCentiveClient* m_client;
    ClipboardGuard* m_clipboard;
    TcProjectModel* m_projects;
    TcOpenFlow* m_openFlow = nullptr;
    TcSendFlow* m_sendFlow = nullptr;
    CallHandle m_meCall;
    bool m_identityLoaded = false;

    QLabel* m_identity = nullptr;
    QPushButton* m_sendButton = nullptr;
    TcEnvelopesPanel* m_envelopes = nullptr;
    TcEnvelopeDetailPane* m_detail = nullptr;
    TcProjectsPanel* m_projectsPanel = nullptr;
    TcSessionsView* m_sessions = nullptr;
    QPointer<TcSendDialog> m_sendDialog;
};

} // namespace rd
