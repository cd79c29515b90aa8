#pragma once

#include <QGroupBox>
#include <QList>

#include <optional>

#include "tremendous/tremendoustypes.h"

class QLabel;
class QTableWidget;

namespace rd {

class ClipboardGuard;
class TrActionFlow;
class TremendousClient;
class TrRewardActions;

// The rewards of one order in the order detail (TrOrderDetailPane): a small table (recipient, value, delivery method
// and status, custom fields, reward id; failed deliveries in red, the whole text of a cell on hover), a line about
// the selected reward (id, recipient, value, name, expiry) and TrRewardActions for it (resend, cancel, generate
// link). An order has a handful of rewards: a QTableWidget with fixed row heights, at most 8 rows tall.
class TrOrderRewardsView : public QGroupBox {
    Q_OBJECT
public:
    TrOrderRewardsView(TremendousClient* client, TrActionFlow* flow, ClipboardGuard* clipboard,
                       QWidget* parent = nullptr);

    // Shows the rewards; `selectRewardId` (or the first reward) becomes the selected one.
    void setRewards(const QList<TrReward>& rewards, const QString& selectRewardId);
    void clear();
    void selectReward(const QString& rewardId);
    QString selectedRewardId() const;
    void updateActions();

    QTableWidget* table() const { return m_table; }
    TrRewardActions* actions() const { return m_actions; }

private:
    void onSelectionChanged();

    QList<TrReward> m_rewards;
    QTableWidget* m_table;
    QLabel* m_line;
    TrRewardActions* m_actions;
};

} // namespace rd
