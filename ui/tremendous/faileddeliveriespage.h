#pragma once

#include <QSet>

#include <QPointer>
#include <QTimer>

#include <optional>

#include "api/accounts/account.h"
#include "api/core/callhandle.h"
#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendoustypes.h"
#include "ui/appcontext.h"
#include "ui/common/listdetailpage.h"

class QAction;
class QFormLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace rd {

class ClipboardGuard;
class DetailPane;
class InlineMessage;
class ListStatusBar;
} // namespace rd

namespace rd::tremendous {

class ActionFlow;
class RunObserver;
class RewardActions;
class RewardModel;
class Client;

// The "Failed deliveries" page of the Tremendous tab: every reward whose delivery.status is FAILED
// (RewardModel in FailedDeliveries mode walks GET /rewards, which has no status filter, and keeps the failed ones;
// the line under the list says how far the walk is).
//  - Resend… (R): one reward -> ResendDialog (the same address, or one updated e-mail or phone) -> confirmation;
//    several -> the dry run and the bulk results, each to its current address.
//  - Cancel… (C): one -> confirmation; several -> dry run and bulk results.
//  - The right-hand side shows the current reward (read in full with GET /rewards/{id}) and the reward actions
//    widget (RewardActions: resend, cancel, generate link, masked until revealed, copied through the clipboard
//    guard).
// After an action the reward is read back: a resent reward whose delivery is no longer FAILED leaves the list, a
// canceled one leaves it at once; the next row becomes current and the focus stays in the list.
class FailedDeliveriesPage : public ListDetailPage {
    Q_OBJECT
public:
    FailedDeliveriesPage(const AppContext& context, const Account& account, Client* client, ActionFlow* flow,
                         ClipboardGuard* clipboard, QWidget* parent = nullptr);
    ~FailedDeliveriesPage() override;

    void refresh() override;
    void ensureLoaded() override;
    QString pageTitle() const override;
    QString pageToolTip() const override;

    bool resendSelected();
    bool cancelSelected();
    QStringList selectedIds() const; // in list order
    QSet<QString> canceledThroughJournal() const;

    // Test seams.
    RewardModel* model() const { return m_model; }
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* cancelButton() const { return m_cancel; }
    ListStatusBar* statusBar() const { return status(); }
    QLabel* progressLabel() const { return m_progress; }
    RewardActions* rewardActions() const { return m_actions; }
    QString shownRewardId() const { return m_shown ? m_shown->id : QString(); }
    QString detailsText() const;

private:
    bool runOn(Action action, const QStringList& ids, const ResendTarget& target = {});
    void updateActions();
    void onCurrentChanged();
    void showReward(const Reward& reward, bool complete);
    void loadReward(const QString& id);
    void onItemFinished(Action action, const QString& rewardId, const BulkItemResult& result);
    void readBack(const QString& rewardId);
    void advanceIfLost();
    void onRunDone();

    AppContext m_context;
    Account m_account;
    QPointer<Client> m_client;
    QPointer<ActionFlow> m_flow;
    QPointer<ClipboardGuard> m_clipboard;
    RewardModel* m_model;
    std::optional<Reward> m_shown;
    bool m_loadedOnce = false;
    int m_anchorRow = -1;
    CallHandle m_detailCall;
    QTimer m_selectTimer;

    QPushButton* m_resend;
    QPushButton* m_cancel;
    QLabel* m_progress;
    DetailPane* m_detail;
    QFormLayout* m_form;
    RewardActions* m_actions;
    QAction* m_resendAction;
    QAction* m_cancelAction;
    RunObserver* m_listener;
};

} // namespace rd::tremendous
