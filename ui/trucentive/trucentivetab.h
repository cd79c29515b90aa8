#pragma once

#include <QPointer>

#include "accounts/account.h"
#include "appcontext.h"
#include "core/callhandle.h"
#include "vendortab.h"

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace rd {

class ClipboardGuard;
class InlineMessage;
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

// The TruCentive tab (issue 3): for a support agent asked "my gift never arrived" or "the link says locked".
//   header     who the API key belongs to (GET /me), "Send envelope…"
//   Envelopes  find the envelope (ID, pasted link, the viewed/opened feeds) | its detail, links and actions
//   Projects   projects and the selected project's instruments
//   Sessions   who logged in to the account
// It builds its own TruCentiveClient over the shared transport (the endpoint comes from AccountSessions on every
// request, so a replaced key is used at once) and waits for the account's credentials before loading anything.
// Every action is confirmed (ConfirmationDialog), journaled before it is sent, and one per object at a time.
// F5 refreshes the visible page (and the shown envelope); Ctrl+F focuses the envelope lookup.
class TruCentiveTab : public VendorTab {
    Q_OBJECT
public:
    TruCentiveTab(const AppContext& context, const Account& account, QWidget* parent = nullptr);
    ~TruCentiveTab() override;

    Account account() const override { return m_account; }
    void refresh() override;
    void focusSearch() override;
    QString tabTitle() const override;

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
    QTabWidget* pages() const { return m_pages; }
    QLabel* identityLabel() const { return m_identity; }
    InlineMessage* message() const { return m_message; }

Q_SIGNALS:
    // The agent asked to open File > Accounts (e.g. the API key was rejected). When nothing is connected, the tab
    // triggers the main window's "actionAccounts" itself.
    void manageAccountsRequested();

private:
    void buildUi();
    void connectParts();
    void onSessionChanged(const QString& accountId);
    void startIfReady();
    void loadIdentity();
    void ensurePageLoaded();
    void openAccounts();
    void onEnvelopeSent(const TcEnvelope& envelope);

    AppContext m_context;
    Account m_account;
    QString m_settingsPrefix;
    TruCentiveClient* m_client;
    ClipboardGuard* m_clipboard;
    TcProjectModel* m_projects;
    TcOpenFlow* m_openFlow = nullptr;
    TcSendFlow* m_sendFlow = nullptr;
    CallHandle m_meCall;
    bool m_started = false;
    bool m_identityLoaded = false;

    QLabel* m_identity = nullptr;
    QLabel* m_environment = nullptr;
    QPushButton* m_sendButton = nullptr;
    InlineMessage* m_message = nullptr;
    QTabWidget* m_pages = nullptr;
    QSplitter* m_split = nullptr;
    TcEnvelopesPanel* m_envelopes = nullptr;
    TcEnvelopeDetailPane* m_detail = nullptr;
    TcProjectsPanel* m_projectsPanel = nullptr;
    TcSessionsView* m_sessions = nullptr;
    QPointer<TcSendDialog> m_sendDialog;
};

} // namespace rd
