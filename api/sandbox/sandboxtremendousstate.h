#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

#include "api/sandbox/sandboxtremendousdata.h"

class QObject;

namespace rd {

class SandboxTremendousFraud;

// What the sandbox's Tremendous organization looks like now: the generated data (SandboxTremendousData) plus the
// records actions changed (override tables per order and per fraud review), the balance, the "approvals via API"
// switch, and the asynchronous delivery after approve/resend. SandboxTremendous (the HTTP side) decides what an
// action does and records it here. reset() drops every override and restores the settings; a pending delivery of an
// earlier generation does nothing. Server thread only.
class SandboxTremendousState {
public:
    static constexpr qint64 kDefaultBalanceCents = 25000000; // USD 250,000.00
    static constexpr int kDefaultAsyncDelayMs = 2000;

    SandboxTremendousState();
    ~SandboxTremendousState();

    void reset(quint64 seed, int size);
    // The clock (ms since the epoch; default the wall clock). Also restarts the data's start time from it.
    void setClock(std::function<qint64()> nowMs);
    qint64 now() const { return m_clock(); }
    // The HTTP server: the context of the delivery timers (it lives in the sandbox's thread, goes first).
    void setTimerContext(QObject* context) { m_timerContext = context; }

    const SandboxTremendousData& data() const { return *m_data; }
    const SandboxTremendousFraud& fraud() const { return *m_fraud; }

    TremendousOrder order(quint64 index) const; // the changed record, else the generated one
    void setOrder(quint64 index, const TremendousOrder& order) { m_orders.insert(index, order); }
    TremendousReviewState review(int review) const;
    void setReview(int review, const TremendousReviewState& state) { m_reviews.insert(review, state); }

    bool approvalsViaApi() const { return m_approvalsViaApi; }
    void setApprovalsViaApi(bool enabled) { m_approvalsViaApi = enabled; }
    qint64 balanceCents() const { return m_balanceCents; }
    void setBalanceCents(qint64 cents) { m_balanceCents = cents; }
    void setAsyncDelay(int ms) { m_asyncDelayMs = ms; }
    quint64 nextLinkNumber() { return m_linkCounter++; }

    // Cancels reward n of `order` and refunds its USD value (payment.refund grows; the balance is credited when the
    // order was EXECUTED, i.e. paid); the order becomes CANCELED when all its rewards are. The caller stores `order`.
    void cancelAndRefund(TremendousOrder& order, int n);
    // After the async delay, the PENDING/SCHEDULED rewards of EXECUTED order `index` (those in `rewards`, all when
    // empty) are delivered: SUCCEEDED, or FAILED when the e-mail is still on a bouncing sample domain.
    void deliverLater(quint64 index, const QList<int>& rewards);

    QStringList pendingApprovalOrderIds(int n) const;
    QStringList flaggedReviewIds(int n) const;
    QStringList failedRewardIds(int n) const;

private:
    void rebuild(quint64 seed, int size);

    quint64 m_seed = 1;
    int m_size = 100;
    std::unique_ptr<SandboxTremendousData> m_data;
    std::unique_ptr<SandboxTremendousFraud> m_fraud;
    QHash<quint64, TremendousOrder> m_orders;    // orders an action changed, by index
    QHash<int, TremendousReviewState> m_reviews; // reviews an action changed, by review index
    bool m_approvalsViaApi = true;
    qint64 m_balanceCents = kDefaultBalanceCents;
    int m_asyncDelayMs = kDefaultAsyncDelayMs;
    quint64 m_generation = 0;
    quint64 m_linkCounter = 0;
    QPointer<QObject> m_timerContext;
    std::function<qint64()> m_clock;
};

} // namespace rd
