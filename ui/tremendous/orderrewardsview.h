#pragma once

#include <QGroupBox>
#include <QList>

#include <optional>

#include "api/tremendous/tremendoustypes.h"

class QLabel;
class QTableWidget;

namespace rd {

class ClipboardGuard;
} // namespace rd

namespace rd::tremendous {

class ActionFlow;
class Client;
class RewardActions;

// The rewards of one order in the order detail (OrderDetailPane): a small table (recipient, value, delivery method
// and status, custom fields, reward id; failed deliveries in red, the whole text of a cell on hover), a line about
// the selected reward (id, recipient, value, name, expiry) and RewardActions for it (resend, cancel, generate
// link). An order has a handful of rewards: a QTableWidget with fixed row heights, at most 8 rows tall.
class OrderRewardsView : public QGroupBox {
    Q_OBJECT
public:
    OrderRewardsView(Client* client, ActionFlow* flow, ClipboardGuard* clipboard, QWidget* parent = nullptr);

    // Shows the rewards; `selectRewardId` (or the first reward) becomes the selected one.
    void setRewards(const QList<Reward>& rewards, const QString& selectRewardId);
    void clear();
    void selectReward(const QString& rewardId);
    QString selectedRewardId() const;
    void updateActions();

    QTableWidget* table() const { return m_table; }
    RewardActions* actions() const { return m_actions; }

private:
    void onSelectionChanged();

    QList<Reward> m_rewards;
    QTableWidget* m_table;
    QLabel* m_line;
    RewardActions* m_actions;
};

} // namespace rd::tremendous
