#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

#include "api/core/callhandle.h"
#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendoustypes.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class ClipboardGuard;
class InlineMessage;
} // namespace rd

namespace rd::tremendous {

class ActionFlow;
class RunObserver;
class Client;

// The actions on one Tremendous reward, shared by the Failed deliveries page and the
// order detail (helper ui1 embeds it):
//  - Resend…: ResendDialog (the same address, or one updated e-mail or phone), then the flow's confirmation;
//  - Cancel…: the flow's confirmation;
//  - Generate link: POST /rewards/{id}/generate_link, only when clicked (an Action request: never retried; not
//    journaled, it moves no money). The link is redeemable money: it is kept only in this widget while the same
//    reward is shown, masked until "Reveal", copied only through the ClipboardGuard (cleared after 20 s if
//    unchanged), and never logged, journaled or put in a JSON view.
// Resend and Cancel are enabled only for a reward whose delivery FAILED (Cancel also not expired), when no run of the
// flow is going on and the journal has no unresolved action on it; the reason shows as a tooltip and a hint. The
// widget shows the outcome of the actions started from it; the host refreshes the reward (setReward) when the flow
// reports a change (ActionFlow::itemFinished / rewardChanged).
class RewardActions : public QWidget {
    Q_OBJECT
public:
    RewardActions(Client* client, ActionFlow* flow, ClipboardGuard* clipboard, QWidget* parent = nullptr);
    ~RewardActions() override;

    // A different reward forgets a generated link; the same reward (a refresh) keeps it.
    void setReward(std::optional<Reward> reward);
    std::optional<Reward> reward() const { return m_reward; }

    void resend();       // asks for the target, then the flow confirms and runs
    void cancelReward(); // the flow confirms and runs
    void generateLink();
    void setLinkRevealed(bool revealed);
    void copyLink();
    bool hasLink() const { return m_link.has_value(); }
    bool isLinkRevealed() const { return m_revealed; }
    void updateActions();

    // Test seams.
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* generateButton() const { return m_generate; }
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* copyButton() const { return m_copy; }
    QLineEdit* linkEdit() const { return m_linkEdit; }
    InlineMessage* message() const { return m_message; }
    QLabel* hintLabel() const { return m_hint; }

Q_SIGNALS:
    void linkGenerated(const QString& rewardId); // never carries the link

private:
    BulkItem item() const;
    QString cannotReason(Action action) const;
    void startFlow(Action action, const ResendTarget& target = {});
    void showLink();

    QPointer<Client> m_client;
    QPointer<ActionFlow> m_flow;
    QPointer<ClipboardGuard> m_clipboard;
    std::optional<Reward> m_reward;
    std::optional<QString> m_link; // for m_reward only
    bool m_revealed = false;
    CallHandle m_linkCall;

    QPushButton* m_resend;
    QPushButton* m_cancel;
    QPushButton* m_generate;
    QWidget* m_linkRow;
    QLineEdit* m_linkEdit;
    QPushButton* m_reveal;
    QPushButton* m_copy;
    QLabel* m_hint;
    InlineMessage* m_message;
    RunObserver* m_listener;
};

} // namespace rd::tremendous
