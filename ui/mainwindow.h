#pragma once

#include <QMainWindow>
#include <QPointer>

#include "ui/appcontext.h"

class QLabel;
class QTabWidget;

namespace rd {

class AccountsDialog;
class AuditDialog;
class ConnectionStatus;
class EnvironmentBanner;
class OverviewPage;
class VendorTab;

// The tab host and nothing more: environment banner, the overview (Ctrl+0), one tab per vendor account whose tab is
// built (Ctrl+1..4), menus, status bar, and remembering where the user left off.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // One tab per account whose vendor has a built tab, kept in step with the account store.
    void syncTabs();
    // Shows a persistent notice in the status bar (e.g. "secure storage unavailable").
    void setStorageNotice(const QString& text);

    void showAccounts();
    void showAudit();
    void refreshCurrent();
    void focusSearch();

    // Test seams.
    EnvironmentBanner* banner() const { return m_banner; }
    OverviewPage* overview() const { return m_overview; }
    QTabWidget* tabs() const { return m_tabs; }
    AccountsDialog* accountsDialog() const;
    AuditDialog* auditDialog() const;
    ConnectionStatus* connectionStatus() const { return m_connection; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateBanner();
    void restoreState();
    VendorTab* currentTab() const;
    int m_restoreTab = -1; // the tab to reopen once tabs exist

    AppContext m_context;
    EnvironmentBanner* m_banner;
    OverviewPage* m_overview;
    QTabWidget* m_tabs;
    ConnectionStatus* m_connection;
    QLabel* m_storageNotice;
    QPointer<AccountsDialog> m_accountsDialog;
    QPointer<AuditDialog> m_auditDialog;
};

} // namespace rd
