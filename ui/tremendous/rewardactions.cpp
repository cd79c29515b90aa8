#include "ui/tremendous/rewardactions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "api/tremendous/tremendousclient.h"
#include "ui/common/clipboardguard.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/palette.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/actionwords.h"
#include "ui/tremendous/log.h"
#include "ui/tremendous/resenddialog.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

RewardActions::RewardActions(Client* client, ActionFlow* flow, ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_flow(flow)
    , m_clipboard(clipboard)
    , m_resend(new QPushButton(tr("&Resend…"), this))
    , m_cancel(new QPushButton(tr("Cance&l reward…"), this))
    , m_generate(new QPushButton(tr("&Generate link"), this))
    , m_linkRow(new QWidget(this))
    , m_linkEdit(new QLineEdit(m_linkRow))
    , m_reveal(new QPushButton(tr("Reveal"), m_linkRow))
    , m_copy(new QPushButton(tr("Copy"), m_linkRow))
    , m_hint(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_listener(new RunObserver(m_message, this)) {
    m_resend->setToolTip(tr("Deliver the reward again, to the same or an updated address (confirmation first)."));
    m_generate->setToolTip(tr("Ask Tremendous for a redemption link for this reward. The link is money: anyone with "
                              "it can redeem the reward."));
    m_linkEdit->setReadOnly(true);
    m_linkEdit->setContextMenuPolicy(Qt::NoContextMenu); // copying goes through the clipboard guard only
    m_linkEdit->setDragEnabled(false);
    m_linkEdit->setAccessibleName(tr("Redemption link"));
    m_reveal->setCheckable(true);
    m_copy->setToolTip(tr("Copies the link; the clipboard is cleared after 20 seconds if unchanged."));
    auto* linkLayout = new QHBoxLayout(m_linkRow);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(new QLabel(tr("Link:"), m_linkRow));
    linkLayout->addWidget(m_linkEdit, 1);
    linkLayout->addWidget(m_reveal);
    linkLayout->addWidget(m_copy);
    m_linkRow->hide();

    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    Palette::styleText(m_hint, Palette::Tone::Warning);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_generate);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addWidget(m_linkRow);
    layout->addWidget(m_message);

    connect(m_resend, &QPushButton::clicked, this, &RewardActions::resend);
    connect(m_cancel, &QPushButton::clicked, this, &RewardActions::cancelReward);
    connect(m_generate, &QPushButton::clicked, this, &RewardActions::generateLink);
    connect(m_reveal, &QPushButton::toggled, this, &RewardActions::setLinkRevealed);
    connect(m_copy, &QPushButton::clicked, this, &RewardActions::copyLink);
    connect(m_listener, &RunObserver::done, this, &RewardActions::updateActions);
    if (m_flow)
        connect(m_flow, &ActionFlow::runFinished, this, &RewardActions::updateActions);
    if (m_clipboard) {
        connect(m_clipboard, &ClipboardGuard::expired, this, [this](bool removed) {
            if (removed && m_link)
                m_message->showMessage(InlineMessage::Kind::Info, tr("The link was removed from the clipboard."));
        });
    }
    updateActions();
}

RewardActions::~RewardActions() {
    m_linkCall.cancel();
}

void RewardActions::setReward(std::optional<Reward> reward) {
    const bool same = reward && m_reward && reward->id == m_reward->id;
    if (!same) {
        m_linkCall.cancel();
        m_link.reset();
        m_revealed = false;
        if (!m_listener->isObserving())
            m_message->clearMessage();
    }
    m_reward = std::move(reward);
    showLink();
    updateActions();
}

QString RewardActions::cannotReason(Action action) const {
    if (!m_reward || m_reward->id.isEmpty())
        return tr("no reward is shown");
    const Reward& r = *m_reward;
    if (r.deliveryStatus == DeliveryStatus::Unknown)
        return tr("its delivery status is %1").arg(deliveryStatusDisplay(r.deliveryStatusRaw));
    if (r.deliveryStatus != DeliveryStatus::Failed)
        return tr("its delivery is %1, not failed: Tremendous resends and cancels only rewards whose delivery failed")
            .arg(deliveryStatusDisplay(r.deliveryStatusRaw));
    if (action == Action::Cancel && r.expiresAt && *r.expiresAt <= QDateTime::currentDateTimeUtc())
        return tr("it has expired: Tremendous cancels only rewards that have not expired");
    if (m_flow) {
        const QString lock = m_flow->lockReason(action, r.id);
        if (!lock.isEmpty())
            return lock;
    }
    return {};
}

BulkItem RewardActions::item() const {
    BulkItem item;
    if (!m_reward)
        return item;
    item.objectId = m_reward->id;
    item.amount = m_reward->value;
    item.recipient = m_reward->recipientDisplay();
    item.summary = item.recipient.isEmpty() ? ActionWords::money(m_reward->value)
                                            : tr("%1 to %2").arg(ActionWords::money(m_reward->value), item.recipient);
    return item;
}

void RewardActions::updateActions() {
    const bool have = m_reward && !m_reward->id.isEmpty();
    const bool running = m_flow && m_flow->isRunning();
    const QString resendWhy = cannotReason(Action::Resend);
    const QString cancelWhy = cannotReason(Action::Cancel);
    m_resend->setEnabled(have && !running && resendWhy.isEmpty());
    m_cancel->setEnabled(have && !running && cancelWhy.isEmpty());
    m_resend->setToolTip(resendWhy.isEmpty() ? tr("Deliver the reward again, to the same or an updated address "
                                                  "(confirmation first).")
                                             : tr("Cannot resend: %1.").arg(resendWhy));
    m_cancel->setToolTip(cancelWhy.isEmpty() ? tr("Cancel the reward and refund its amount (confirmation first).")
                                             : tr("Cannot cancel: %1.").arg(cancelWhy));
    m_generate->setEnabled(have && !m_linkCall.isActive());
    m_generate->setText(m_link ? tr("&Generate new link") : tr("&Generate link"));
    m_copy->setEnabled(m_link.has_value() && m_clipboard);
    m_reveal->setEnabled(m_link.has_value());

    QString hint;
    if (have && !running && !resendWhy.isEmpty() && resendWhy == cancelWhy)
        hint = tr("Resend and cancel are not available: %1.").arg(resendWhy);
    else if (have && !running && resendWhy.isEmpty() && !cancelWhy.isEmpty())
        hint = tr("Cancel is not available: %1.").arg(cancelWhy);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void RewardActions::startFlow(Action action, const ResendTarget& target) {
    if (!m_flow || !m_reward)
        return;
    BulkItem it = item();
    it.blockedReason = cannotReason(action);
    m_flow->run(action, {it}, target, m_listener); // the outcome (or why not) shows in this strip
    updateActions();
}

void RewardActions::resend() {
    if (!m_reward || !m_flow)
        return;
    if (const QString why = cannotReason(Action::Resend); !why.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning, ActionWords::cannot(Action::Resend, m_reward->id, why));
        return;
    }
    const QString id = m_reward->id;
    ResendDialog::ask(this, *m_reward, [this, id](bool ok, const ResendTarget& target) {
        if (ok && m_reward && m_reward->id == id)
            startFlow(Action::Resend, target);
    });
}

void RewardActions::cancelReward() {
    startFlow(Action::Cancel);
}

void RewardActions::generateLink() {
    if (!m_client || !m_reward || m_reward->id.isEmpty() || m_linkCall.isActive())
        return;
    const QString id = m_reward->id;
    m_message->showMessage(InlineMessage::Kind::Progress, tr("Asking Tremendous for a link to reward %1…").arg(id));
    m_linkCall = m_client->generateRewardLink(id, this, [this, id](ApiResult<RewardLink> result) {
        m_linkCall.markFinished();
        if (!m_reward || m_reward->id != id) {
            updateActions();
            return;
        }
        if (!result.ok()) {
            qCInfo(lcTrUi).noquote() << u"generate_link for reward %1 failed"_s.arg(id);
            m_message->showMessage(
                InlineMessage::Kind::Error,
                tr("No link was generated. %1")
                    .arg(lookupErrorMessage(result.error(), m_client ? m_client->accountLabel() : QString())));
            updateActions();
            return;
        }
        if (result.value().link.isEmpty()) {
            m_message->showMessage(InlineMessage::Kind::Warning, tr("Tremendous answered without a link."));
            updateActions();
            return;
        }
        m_link = result.value().link;
        m_revealed = false;
        qCInfo(lcTrUi).noquote() << u"generate_link for reward %1 succeeded"_s.arg(id); // never the link
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("Link generated for reward %1. It is hidden: Reveal shows it, Copy puts it on the "
                                  "clipboard for 20 seconds. Anyone with the link can redeem the reward.")
                                   .arg(id));
        showLink();
        updateActions();
        Q_EMIT linkGenerated(id);
    });
    updateActions();
}

void RewardActions::setLinkRevealed(bool revealed) {
    m_revealed = revealed && m_link.has_value();
    showLink();
}

void RewardActions::showLink() {
    m_linkRow->setVisible(m_link.has_value());
    {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(m_revealed);
    }
    m_reveal->setText(m_revealed ? tr("Hide") : tr("Reveal"));
    if (!m_link)
        m_linkEdit->clear();
    else
        m_linkEdit->setText(m_revealed ? *m_link : tr("•••••••• hidden: press Reveal"));
    m_linkEdit->setCursorPosition(0);
    m_copy->setEnabled(m_link.has_value() && m_clipboard);
    m_reveal->setEnabled(m_link.has_value());
}

void RewardActions::copyLink() {
    if (!m_clipboard || !m_link)
        return;
    m_clipboard->copy(*m_link);
    m_message->showMessage(InlineMessage::Kind::Info,
                           tr("Link copied. The clipboard is cleared in %n second(s) unless you copy something else.",
                              nullptr, int(m_clipboard->clearDelay().count() / 1000)));
}

} // namespace rd::tremendous
