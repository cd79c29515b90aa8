#pragma once

#include <QPointer>
#include <QTimer>

#include "accounts/account.h"
#include "appcontext.h"
#include "tremendous/tremendousactions.h"
#include "tremendous/tremendoustypes.h"
#include "ui/common/listdetailpage.h"

class QAction;
class QComboBox;
class QPushButton;

namespace rd {

class TrActionFlow;
class TrRunObserver;
class TrFraudReviewDetailPane;
class TrFraudReviewModel;
class TrNameCache;
class TremendousClient;

// The "Fraud reviews" page of the Tremendous tab (issue 4): the morning's fraud queue, cleared from the keyboard.
//  - Status selector (Flagged by default, Blocked, Released, All: a server-side filter), a filter box over the loaded
//    rows, a sortable table (TrFraudReviewModel) with a coloured risk badge and the 30-day auto-block countdown, and
//    the list's status line (loading, empty, error + Retry, count).
//  - Multi-select (Shift/Ctrl, Ctrl+A); "Release…" (L) and "Block…" (B) act on the selection: one review -> its
//    confirmation, several -> the dry-run summary and the bulk results (TrActionFlow). Rows update in place as the
//    results come in (a reviewed row leaves the Flagged queue, and the next row becomes current so the agent can go
//    on); focus stays in the list; the result of every click is shown in the strip above the list.
//  - The detail pane (TrFraudReviewDetailPane) follows the current row.
// Risk needs GET /fraud_reviews/{id} per review: the model reads them in the background, rows on screen first.
class TrFraudReviewsPanel : public ListDetailPage {
    Q_OBJECT
public:
    enum class StatusChoice { Flagged, Blocked, Released, All };

    TrFraudReviewsPanel(const AppContext& context, const Account& account, TremendousClient* client, TrActionFlow* flow,
                        TrNameCache* names, QWidget* parent = nullptr);
    ~TrFraudReviewsPanel() override;

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
    TrFraudReviewModel* model() const { return m_model; }
    QComboBox* statusCombo() const { return m_status; }
    QPushButton* releaseButton() const { return m_release; }
    QPushButton* blockButton() const { return m_block; }
    ListStatusBar* statusBar() const { return status(); }
    TrFraudReviewDetailPane* detailPane() const { return m_detail; }
    QAction* releaseAction() const { return m_releaseAction; }
    QAction* blockAction() const { return m_blockAction; }

private:
    bool runOn(TrAction action, const QStringList& ids);
    void applyStatusChoice();
    void updateActions();
    void onCurrentChanged();
    void onReviewChanged(const TrFraudReview& review);
    void onRunDone();
    void prioritizeVisible();
    void restoreCurrent();

    AppContext m_context;
    Account m_account;
    QPointer<TremendousClient> m_client;
    QPointer<TrActionFlow> m_flow;
    QPointer<TrNameCache> m_names;
    TrFraudReviewModel* m_model;
    bool m_loadedOnce = false;
    QString m_keepCurrent; // re-selected after a reload
    int m_anchorRow = -1;  // the first selected row when an action started (the next row becomes current after)
    QTimer m_selectTimer;
    QTimer m_visibleTimer;
    QTimer m_tick; // repaints the countdown column

    QComboBox* m_status;
    QPushButton* m_release;
    QPushButton* m_block;
    TrFraudReviewDetailPane* m_detail;
    QAction* m_releaseAction;
    QAction* m_blockAction;
    TrRunObserver* m_listener;
};

} // namespace rd
