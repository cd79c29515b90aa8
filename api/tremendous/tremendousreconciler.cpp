#include "api/tremendous/tremendousreconciler.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendousclient.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

using Done = std::function<void(const ReadBack&)>;

ReadBack verdict(ReconcileResult::Verdict v, const QString& message) {
    ReadBack r;
    r.result = {v, message};
    return r;
}

QString shownStatus(const QString& raw) {
    const QString s = raw.simplified().left(60);
    return s.isEmpty() ? QCoreApplication::translate("rd::tremendous::Reconciler", "(no status)") : s;
}

QString readFailed(const QString& what, const ApiError& e, const QString& label) {
    return QCoreApplication::translate("rd::tremendous::Reconciler", "The %1 could not be read back: %2")
        .arg(what, lookupErrorMessage(e, label));
}

// approve / reject from the order's status.
ReadBack judgeOrder(Action action, const Order& order) {
    const QString status = shownStatus(order.statusRaw);
    ReadBack r;
    r.order = order;
    if (action == Action::Approve) {
        switch (order.status) {
        case OrderStatus::PendingApproval:
            r.result = {
                ReconcileResult::NotApplied,
                QCoreApplication::translate("rd::tremendous::Reconciler", "The order is still %1: it was not approved.")
                    .arg(status)};
            break;
        case OrderStatus::Canceled:
            r.result = {ReconcileResult::NotApplied,
                        QCoreApplication::translate("rd::tremendous::Reconciler",
                                                    "The order is %1: it was rejected or canceled, not approved.")
                            .arg(status)};
            break;
        case OrderStatus::Failed:
            r.result = {ReconcileResult::Applied,
                        QCoreApplication::translate("rd::tremendous::Reconciler",
                                                    "The order is now %1: it was approved, but its payment then "
                                                    "failed.")
                            .arg(status)};
            break;
        // OPEN is not defined by the Tremendous docs (only listed as a status); it is kept as Applied because the
        // order is no longer PENDING APPROVAL, so the approval did happen.
        case OrderStatus::Executed:
        case OrderStatus::Open:
        case OrderStatus::PendingSettlement:
        case OrderStatus::PendingInternalPaymentApproval:
            r.result = {ReconcileResult::Applied, QCoreApplication::translate("rd::tremendous::Reconciler",
                                                                              "The order is now %1: it was approved.")
                                                      .arg(status)};
            break;
        case OrderStatus::Unknown:
            r.result = {ReconcileResult::StillUnknown,
                        QCoreApplication::translate("rd::tremendous::Reconciler",
                                                    "The order's status (%1) is not one RewardDesk knows. Check the "
                                                    "order in the Tremendous dashboard.")
                            .arg(status)};
            break;
        }
        return r;
    }
    // Reject
    switch (order.status) {
    case OrderStatus::Canceled:
        r.result = {ReconcileResult::Applied,
                    QCoreApplication::translate("rd::tremendous::Reconciler", "The order is now %1: it was rejected.")
                        .arg(status)};
        break;
    case OrderStatus::PendingApproval:
        r.result = {
            ReconcileResult::NotApplied,
            QCoreApplication::translate("rd::tremendous::Reconciler", "The order is still %1: it was not rejected.")
                .arg(status)};
        break;
    case OrderStatus::Unknown:
        r.result = {ReconcileResult::StillUnknown,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The order's status (%1) is not one RewardDesk knows. Check the order "
                                                "in the Tremendous dashboard.")
                        .arg(status)};
        break;
    default:
        r.result = {ReconcileResult::NotApplied,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The order is %1: it was approved meanwhile, not rejected.")
                        .arg(status)};
        break;
    }
    return r;
}

// release / block from the review's status.
ReadBack judgeReview(Action action, const FraudReview& review) {
    ReadBack r;
    r.fraudReview = review;
    const FraudStatus target = action == Action::Release ? FraudStatus::Released : FraudStatus::Blocked;
    const QString by = review.reviewedBy.trimmed().isEmpty()
                           ? QCoreApplication::translate("rd::tremendous::Reconciler", "someone else")
                           : review.reviewedBy.simplified().left(80);
    if (review.status == target) {
        r.result = {
            ReconcileResult::Applied,
            action == Action::Release
                ? QCoreApplication::translate("rd::tremendous::Reconciler", "The fraud review is now released.")
                : QCoreApplication::translate("rd::tremendous::Reconciler", "The fraud review is now blocked.")};
    } else if (review.status == FraudStatus::Flagged) {
        r.result = {ReconcileResult::NotApplied,
                    action == Action::Release
                        ? QCoreApplication::translate("rd::tremendous::Reconciler",
                                                      "The fraud review is still flagged: it was not released.")
                        : QCoreApplication::translate("rd::tremendous::Reconciler",
                                                      "The fraud review is still flagged: it was not blocked.")};
    } else if (review.status == FraudStatus::Blocked) {
        r.result = {ReconcileResult::NotApplied,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The fraud review was already blocked by %1, not released.")
                        .arg(by)};
    } else if (review.status == FraudStatus::Released) {
        r.result = {ReconcileResult::NotApplied,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The fraud review was already released by %1, not blocked.")
                        .arg(by)};
    } else {
        r.result = {ReconcileResult::StillUnknown,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The fraud review's status (%1) is not one RewardDesk knows. Check it "
                                                "in the Tremendous dashboard.")
                        .arg(shownStatus(review.statusRaw))};
    }
    return r;
}

ReadBack judgeResend(const Reward& reward) {
    ReadBack r;
    r.reward = reward;
    const QString status = shownStatus(reward.deliveryStatusRaw);
    switch (reward.deliveryStatus) {
    case DeliveryStatus::Failed:
        r.result = {ReconcileResult::NotApplied,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The reward's delivery still shows %1: it was not resent.")
                        .arg(status)};
        break;
    case DeliveryStatus::Scheduled:
    case DeliveryStatus::Pending:
    case DeliveryStatus::Succeeded:
        r.result = {ReconcileResult::Applied,
                    QCoreApplication::translate("rd::tremendous::Reconciler", "The reward's delivery is now %1: it was "
                                                                              "resent.")
                        .arg(status)};
        break;
    case DeliveryStatus::Unknown:
        r.result = {ReconcileResult::StillUnknown,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The reward's delivery status (%1) is not one RewardDesk knows. Check "
                                                "it in the Tremendous dashboard.")
                        .arg(status)};
        break;
    }
    return r;
}

ReadBack judgeCancel(const Reward& reward, const Order& order) {
    ReadBack r;
    r.reward = reward;
    r.order = order;
    const QString status = shownStatus(order.statusRaw);
    if (order.status == OrderStatus::Canceled) {
        r.result = {ReconcileResult::Applied,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The reward's order is now %1: the reward was canceled.")
                        .arg(status)};
        return r;
    }
    const std::optional<Money> refund = order.payment ? order.payment->refund : std::nullopt;
    if (refund && refund->valid() && *refund->cents > 0) {
        // A refund on the order is this reward's only when the order has no other reward, and it can be compared
        // with the reward's value only in the same, known currency (an empty currency is not comparable).
        const bool onlyThisReward =
            order.rewards.size() == 1 &&
            (order.rewards.first().id.isEmpty() || reward.id.isEmpty() || order.rewards.first().id == reward.id);
        const bool sameCurrency =
            !refund->currency.trimmed().isEmpty() && !reward.value.currency.trimmed().isEmpty() &&
            refund->currency.trimmed().compare(reward.value.currency.trimmed(), Qt::CaseInsensitive) == 0;
        if (onlyThisReward && sameCurrency && reward.value.valid() && *refund->cents >= *reward.value.cents) {
            r.result = {ReconcileResult::Applied,
                        QCoreApplication::translate("rd::tremendous::Reconciler",
                                                    "The reward's order shows a refund of %1 %2: the reward was "
                                                    "canceled.")
                            .arg(refund->currency, refund->amountText())};
            return r;
        }
        const QString unknownCurrency = QCoreApplication::translate("rd::tremendous::Reconciler", "(no currency)");
        const QString refundCurrency = refund->currency.trimmed().isEmpty() ? unknownCurrency : refund->currency;
        const QString rewardValue =
            reward.value.valid()
                ? QString((reward.value.currency.trimmed().isEmpty() ? unknownCurrency : reward.value.currency) + u' ' +
                          reward.value.amountText())
                : QCoreApplication::translate("rd::tremendous::Reconciler", "not reported");
        QString why;
        if (!sameCurrency)
            why = QCoreApplication::translate("rd::tremendous::Reconciler",
                                              "the refund and the reward are not in the same known currency, so "
                                              "they cannot be compared");
        else if (order.rewards.size() != 1)
            why = QCoreApplication::translate("rd::tremendous::Reconciler",
                                              "the order has %n reward(s), so the refund may belong to another one",
                                              nullptr, int(order.rewards.size()));
        else if (!onlyThisReward)
            why = QCoreApplication::translate("rd::tremendous::Reconciler", "the order's reward is not this one");
        else
            why = QCoreApplication::translate("rd::tremendous::Reconciler", "the refund does not cover the reward");
        r.result = {ReconcileResult::StillUnknown,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The reward's order is %1 and shows a refund of %2 %3; this reward "
                                                "is worth %4, but %5. RewardDesk cannot tell whether this reward was "
                                                "canceled: check the order in the Tremendous dashboard.")
                        .arg(status, refundCurrency, refund->amountText(), rewardValue, why)};
        return r;
    }
    if (order.status == OrderStatus::Unknown) {
        r.result = {ReconcileResult::StillUnknown,
                    QCoreApplication::translate("rd::tremendous::Reconciler",
                                                "The order's status (%1) is not one RewardDesk knows. Check the reward "
                                                "in the Tremendous dashboard.")
                        .arg(status)};
        return r;
    }
    r.result = {ReconcileResult::NotApplied,
                QCoreApplication::translate("rd::tremendous::Reconciler",
                                            "The reward's order is %1 and shows no refund for it: the reward was not "
                                            "canceled.")
                    .arg(status)};
    return r;
}

bool isNotFound(const ApiError& e) {
    return e.isRejected() && e.httpStatus == 404;
}

} // namespace

Reconciler::Reconciler(HttpTransport* transport, EndpointResolver resolver, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_resolver(std::move(resolver)) {}

Reconciler::~Reconciler() = default;

void Reconciler::setTimeouts(std::chrono::milliseconds transferTimeout, std::chrono::milliseconds deadline) {
    m_transferTimeout = transferTimeout;
    m_deadline = deadline;
}

void Reconciler::reconcile(const JournalEntry& entry, QObject* context,
                           std::function<void(const ReconcileResult&)> done) {
    readBack(entry, context, [done = std::move(done)](const ReadBack& r) {
        ReconcileResult result = r.result;
        const ReadObject read{r.order, r.fraudReview, r.reward};
        if (!read.isEmpty())
            result.object = QVariant::fromValue(read);
        result.requests = r.requests;
        done(result);
    });
}

void Reconciler::readBack(const JournalEntry& entry, QObject* context, Done done) {
    QObject* owner = context ? context : this;
    // Every answer arrives later from the event loop, only while the context lives (as transport answers do).
    auto answerLater = [owner](Done d, ReadBack r) {
        QTimer::singleShot(0, owner, [d = std::move(d), r = std::move(r)] { d(r); });
    };

    const std::optional<Action> action = actionFromName(entry.action);
    if (!action || entry.objectType != actionObjectType(*action) || entry.objectId.trimmed().isEmpty()) {
        answerLater(std::move(done),
                    verdict(ReconcileResult::StillUnknown,
                            QCoreApplication::translate("rd::tremendous::Reconciler",
                                                        "RewardDesk does not know how to check this Tremendous action "
                                                        "(%1 on %2). Check it in the Tremendous dashboard.")
                                .arg(entry.action.left(40), entry.objectType.left(40))));
        return;
    }
    const std::optional<Endpoint> endpoint = m_resolver ? m_resolver(entry.accountId) : std::nullopt;
    if (!endpoint || !m_transport) {
        answerLater(std::move(done),
                    verdict(ReconcileResult::StillUnknown,
                            QCoreApplication::translate("rd::tremendous::Reconciler",
                                                        "The Tremendous account is not ready (its API key is missing "
                                                        "or still loading), so the action could not be checked. Try "
                                                        "again later.")));
        return;
    }

    // One client per read-back, owned by the context: it goes away with it (no answer then, by contract).
    auto* client = new Client(m_transport, *endpoint, owner);
    client->setTimeouts(m_transferTimeout, m_deadline);
    QPointer<Client> guard(client);
    const QString label = endpoint->accountLabel.isEmpty() ? entry.accountLabel : endpoint->accountLabel;
    const QString id = entry.objectId.trimmed();
    const Action a = *action;
    // Requests sent by this read-back (each client call below is one request), reported with the verdict.
    auto sent = std::make_shared<int>(0);
    auto finish = [guard, sent, done = std::move(done)](const ReadBack& r) {
        if (guard)
            guard->deleteLater();
        ReadBack counted = r;
        counted.requests = *sent;
        done(counted);
    };

    switch (a) {
    case Action::Approve:
    case Action::Reject:
        ++*sent;
        client->order(id, owner, [a, id, label, finish](ApiResult<Order> r) {
            if (!r.ok()) {
                if (isNotFound(r.error()))
                    finish(verdict(ReconcileResult::NotApplied,
                                   QCoreApplication::translate("rd::tremendous::Reconciler",
                                                               "Tremendous has no order %1, so nothing was changed.")
                                       .arg(id)));
                else
                    finish(verdict(ReconcileResult::StillUnknown,
                                   readFailed(QCoreApplication::translate("rd::tremendous::Reconciler", "order"),
                                              r.error(), label)));
                return;
            }
            finish(judgeOrder(a, r.value()));
        });
        return;
    case Action::Release:
    case Action::Block:
        ++*sent;
        client->fraudReview(id, owner, [a, id, label, finish](ApiResult<FraudReview> r) {
            if (!r.ok()) {
                if (isNotFound(r.error()))
                    finish(verdict(ReconcileResult::NotApplied,
                                   QCoreApplication::translate(
                                       "rd::tremendous::Reconciler",
                                       "Tremendous has no fraud review for reward %1, so nothing was changed.")
                                       .arg(id)));
                else
                    finish(verdict(ReconcileResult::StillUnknown,
                                   readFailed(QCoreApplication::translate("rd::tremendous::Reconciler", "fraud review"),
                                              r.error(), label)));
                return;
            }
            finish(judgeReview(a, r.value()));
        });
        return;
    case Action::Resend:
        ++*sent;
        client->reward(id, owner, [id, label, finish](ApiResult<Reward> r) {
            if (!r.ok()) {
                if (isNotFound(r.error()))
                    finish(verdict(ReconcileResult::NotApplied,
                                   QCoreApplication::translate("rd::tremendous::Reconciler",
                                                               "Tremendous has no reward %1, so nothing was resent.")
                                       .arg(id)));
                else
                    finish(verdict(ReconcileResult::StillUnknown,
                                   readFailed(QCoreApplication::translate("rd::tremendous::Reconciler", "reward"),
                                              r.error(), label)));
                return;
            }
            finish(judgeResend(r.value()));
        });
        return;
    case Action::Cancel:
        ++*sent;
        client->reward(id, owner, [guard, owner, id, label, sent, finish](ApiResult<Reward> r) {
            if (!r.ok()) {
                if (isNotFound(r.error()))
                    finish(verdict(ReconcileResult::StillUnknown,
                                   QCoreApplication::translate(
                                       "rd::tremendous::Reconciler",
                                       "Tremendous no longer shows reward %1, so RewardDesk cannot tell whether it was "
                                       "canceled. Check its order in the Tremendous dashboard.")
                                       .arg(id)));
                else
                    finish(verdict(ReconcileResult::StillUnknown,
                                   readFailed(QCoreApplication::translate("rd::tremendous::Reconciler", "reward"),
                                              r.error(), label)));
                return;
            }
            const Reward reward = r.value();
            if (reward.orderId.isEmpty() || !guard) {
                ReadBack rb = verdict(ReconcileResult::StillUnknown,
                                      QCoreApplication::translate("rd::tremendous::Reconciler",
                                                                  "The reward does not name its order, so RewardDesk "
                                                                  "cannot tell whether it was canceled. Check it in "
                                                                  "the Tremendous dashboard."));
                rb.reward = reward;
                finish(rb);
                return;
            }
            ++*sent;
            guard->order(reward.orderId, owner, [reward, label, finish](ApiResult<Order> o) {
                if (!o.ok()) {
                    ReadBack rb =
                        verdict(ReconcileResult::StillUnknown,
                                readFailed(QCoreApplication::translate("rd::tremendous::Reconciler", "reward's order"),
                                           o.error(), label));
                    rb.reward = reward;
                    finish(rb);
                    return;
                }
                finish(judgeCancel(reward, o.value()));
            });
        });
        return;
    }
}

} // namespace rd::tremendous
