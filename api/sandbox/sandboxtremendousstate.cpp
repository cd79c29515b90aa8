#include "api/sandbox/sandboxtremendousstate.h"

#include <QDateTime>
#include <QTimer>

#include "api/sandbox/sandboxlog.h"
#include "api/sandbox/sandboxtremendousfraud.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
const char* const kBouncingDomains[] = {"@gmial.com", "@example.con", "@hotmial.com", "@yaho.com"};

bool bouncing(const QString& email) {
    for (const char* domain : kBouncingDomains) {
        if (email.endsWith(QLatin1StringView(domain), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

SandboxTremendousState::SandboxTremendousState()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    rebuild(m_seed, m_size);
}

SandboxTremendousState::~SandboxTremendousState() = default;

void SandboxTremendousState::rebuild(quint64 seed, int size) {
    m_seed = seed;
    m_size = size;
    m_fraud.reset(); // it refers to the data
    m_data = std::make_unique<SandboxTremendousData>(seed, size, m_clock());
    m_fraud = std::make_unique<SandboxTremendousFraud>(*m_data);
}

void SandboxTremendousState::reset(quint64 seed, int size) {
    rebuild(seed, size);
    m_orders.clear();
    m_reviews.clear();
    m_approvalsViaApi = true;
    m_balanceCents = kDefaultBalanceCents;
    m_linkCounter = 0;
    ++m_generation;
}

void SandboxTremendousState::setClock(std::function<qint64()> nowMs) {
    m_clock = std::move(nowMs);
    rebuild(m_seed, m_size);
}

TremendousOrder SandboxTremendousState::order(quint64 index) const {
    const auto it = m_orders.constFind(index);
    return it != m_orders.cend() ? *it : m_data->order(index);
}

TremendousReviewState SandboxTremendousState::review(int review) const {
    const auto it = m_reviews.constFind(review);
    return it != m_reviews.cend() ? *it : m_data->reviewPlan(review).state;
}

void SandboxTremendousState::cancelAndRefund(TremendousOrder& order, int n) {
    TremendousReward& reward = order.rewards[n];
    if (reward.canceled)
        return;
    reward.canceled = true;
    order.refundCents = qMax<qint64>(0, order.refundCents) + reward.usdCents;
    if (order.status == SbxTrOrderStatus::Executed)
        m_balanceCents += reward.usdCents; // it was paid for: the refund goes back to the balance
    bool all = true;
    for (const TremendousReward& r : order.rewards)
        all = all && r.canceled;
    if (all)
        order.status = SbxTrOrderStatus::Canceled;
}

void SandboxTremendousState::deliverLater(quint64 index, const QList<int>& rewards) {
    if (!m_timerContext || m_asyncDelayMs < 0)
        return;
    const quint64 generation = m_generation;
    QTimer::singleShot(m_asyncDelayMs, m_timerContext.data(), [this, generation, index, rewards] {
        if (generation != m_generation)
            return;
        TremendousOrder current = order(index);
        if (current.status != SbxTrOrderStatus::Executed)
            return;
        bool changed = false;
        for (TremendousReward& reward : current.rewards) {
            if (reward.canceled || (!rewards.isEmpty() && !rewards.contains(reward.n)))
                continue;
            if (reward.delivery != SbxTrDelivery::Pending && reward.delivery != SbxTrDelivery::Scheduled)
                continue;
            const TremendousRecipient who = m_data->recipient(index, reward);
            reward.delivery = reward.method == SbxTrMethod::Email && bouncing(who.email) ? SbxTrDelivery::Failed
                                                                                         : SbxTrDelivery::Succeeded;
            changed = true;
        }
        if (changed) {
            m_orders.insert(index, current);
            qCDebug(lcSandbox) << "tremendous: order" << m_data->orderId(index) << "rewards delivered";
        }
    });
}

QStringList SandboxTremendousState::pendingApprovalOrderIds(int n) const {
    QStringList out;
    for (quint64 i = 0; i < static_cast<quint64>(m_data->size()) && out.size() < n; ++i) {
        if (order(i).status == SbxTrOrderStatus::PendingApproval)
            out.append(m_data->orderId(i));
    }
    return out;
}

QStringList SandboxTremendousState::flaggedReviewIds(int n) const {
    QStringList out;
    for (int r : m_data->reviewsByRedemption()) {
        if (out.size() >= n)
            break;
        if (review(r).status == SbxTrReviewStatus::Flagged)
            out.append(m_data->rewardId(m_data->reviewPlan(r).order, 0));
    }
    return out;
}

QStringList SandboxTremendousState::failedRewardIds(int n) const {
    QStringList out;
    const qint64 at = now();
    for (quint64 i = 0; i < static_cast<quint64>(m_data->size()) && out.size() < n; ++i) {
        const TremendousOrder current = order(i);
        for (const TremendousReward& reward : current.rewards) {
            if (reward.delivery == SbxTrDelivery::Failed && !reward.canceled &&
                (reward.expiresAt < 0 || reward.expiresAt > at) && out.size() < n)
                out.append(m_data->rewardId(i, reward.n));
        }
    }
    return out;
}

} // namespace rd
