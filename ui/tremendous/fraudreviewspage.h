#pragma once

#include <QPointer>
#include <QTimer>

#include "api/accounts/account.h"
#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendoustypes.h"
#include "ui/appcontext.h"
#include "ui/common/listdetailpage.h"

class QAction;
class QComboBox;
class QPushButton;

namespace rd::tremendous {

class ActionFlow;
class RunObserver;
class FraudReviewDetailPane;
class FraudReviewModel;
class NameCache;
class Client;

// The "Fraud reviews" page of the Tremendous tab: the morning's fraud queue, cleared from the keyboard.
//  - Status selector (Flagged by default, Blocked, Released, All: a server-side filter), a filter box over the loaded
//    rows, a sortable table (FraudReviewModel) with a coloured risk badge and the 30-day auto-block countdown, and
//    the list's status line (loading, empty, error + Retry, count).
//  - Multi-select (Shift/Ctrl, Ctrl+A); "Release…" (L) and "Block…" (B) act on the selection: one review -> its
//    confirmation, several -> the dry-run summary and the bulk results (ActionFlow). Rows update in place as the
//    results come in (a reviewed row leaves the Flagged queue, and the next row becomes current so the agent can go
//    on); focus stays in the list; the result of every click is shown in the strip above the list.
//  - The detail pane (FraudReviewDetailPane) follows the current row.
// Risk needs GET /fraud_reviews/{id} per review: the model reads them in the background, rows on screen first.
class FraudReviewsPage : public ListDetailPage {
    Q_OBJECT
public:
    enum class StatusChoice { Flagged, Blocked, Released, All };

    FraudReviewsPage(const AppContext& context, const Account& account, Client* client, ActionFlow* flow,
                     NameCache* names, QWidget* parent = nullptr);
    ~FraudReviewsPage() override;

    void refresh() override; // reloads the list (keeps the current review current when it is still there)
    void ensureLoaded() override;
    QString pageTitle() const override;
    QString pageToolTip() const override;
    void setStatusChoice(StatusChoice choice);

    // The actions on the selected rows (or the current row); false when nothing started (see the message strip).
    bool releaseSelected();
    bool blockSelected();
    QStringList selectedIds() const; // in list order

    // Test seams.
    FraudReviewModel* model() const { return m_model; }
    QComboBox* statusCombo() const { return m_status; }
    QPushButton* releaseButton() const { return m_release; }
    QPushButton* blockButton() const { return m_block; }
    ListStatusBar* statusBar() const { return status(); }
    FraudReviewDetailPane* detailPane() const { return m_detail; }
    QAction* releaseAction() const { return m_releaseAction; }
    QAction* blockAction() const { return m_blockAction; }

private:
    bool runOn(Action action, const QStringList& ids);
    void applyStatusChoice();
    void updateActions();
    void onCurrentChanged();
    void onReviewChanged(const FraudReview& review);
    void onRunDone();
    void prioritizeVisible();
    void restoreCurrent();

    AppContext m_context;
    Account m_account;
    QPointer<Client> m_client;
    QPointer<ActionFlow> m_flow;
    QPointer<NameCache> m_names;
    FraudReviewModel* m_model;
    bool m_loadedOnce = false;
    QString m_keepCurrent; // re-selected after a reload
    int m_anchorRow = -1;  // the first selected row when an action started (the next row becomes current after)
    QTimer m_selectTimer;
    QTimer m_visibleTimer;
    QTimer m_tick; // repaints the countdown column

    QComboBox* m_status;
    QPushButton* m_release;
    QPushButton* m_block;
    FraudReviewDetailPane* m_detail;
    QAction* m_releaseAction;
    QAction* m_blockAction;
    RunObserver* m_listener;
};

} // namespace rd::tremendous
