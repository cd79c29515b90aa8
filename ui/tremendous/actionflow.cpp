#include "ui/tremendous/actionflow.h"

#include <QWidget>

#include "api/journal/actionjournal.h"
#include "ui/common/confirmationdialog.h"
#include "ui/common/inlinemessage.h"
#include "ui/tremendous/actionwords.h"
#include "ui/tremendous/bulkdialog.h"
#include "ui/tremendous/bulksummarydialog.h"
#include "ui/tremendous/log.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

using Outcome = BulkItemResult::Outcome;

bool isFinal(Outcome outcome) {
    switch (outcome) {
    case Outcome::Succeeded:
    case Outcome::AlreadyHandled:
    case Outcome::NotApplied:
    case Outcome::Unknown:
    case Outcome::Skipped:
        return true;
    case Outcome::Pending:
    case Outcome::Running:
    case Outcome::Reconciling:
        break;
    }
    return false;
}

} // namespace

RunObserver::RunObserver(InlineMessage* strip, QObject* parent)
    : QObject(parent)
    , m_strip(strip) {}

void RunObserver::begin() {
    m_observing = true;
    m_finalSeen = false;
}

void RunObserver::post(const QString& text, bool error) {
    if (m_strip) {
        InlineMessage::Kind kind = InlineMessage::Kind::Progress;
        if (error)
            kind = InlineMessage::Kind::Error;
        else if (m_finalSeen)
            kind = InlineMessage::Kind::Success;
        m_strip->showMessage(kind, text);
    }
    Q_EMIT message(text, error);
}

void RunObserver::end(bool ran) {
    if (!m_observing)
        return;
    m_observing = false;
    Q_EMIT done(ran);
}

ActionFlow::ActionFlow(const AppContext& context, const Account& account, Client* client, ActionReconciler* reconciler,
                       QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_account(account)
    , m_client(client)
    , m_reconciler(reconciler)
    , m_dialogParent(dialogParent) {}

ActionFlow::~ActionFlow() {
    // A run cut short by closing the tab: nothing further is sent. A single run's runner is our child and is destroyed
    // with us; its destructor completes an item whose request is still in flight as Unknown in the journal (locked;
    // never left SENDING), and JournalReconciler reads that object back later, once its
    // settle time has passed (45 s in the app), so a request still on its way lands before the read-back. A bulk run's
    // runner belongs to its dialog and ends between items after this cancel().
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

BulkDialog* ActionFlow::bulkDialog() const {
    return m_dialog.data();
}

bool ActionFlow::isRunning() const {
    return m_confirming || (m_runner && m_runner->isRunning());
}

QString ActionFlow::lockReason(Action action, const QString& objectId) const {
    if (!m_context.journal || objectId.isEmpty())
        return {};
    const ObjectRef object{m_account.id, actionObjectType(action), objectId};
    if (!m_context.journal->isLocked(object))
        return {};
    return tr("an earlier action on it has no known outcome yet (RewardDesk is reading it back; see View > Audit "
              "log)");
}

void ActionFlow::say(const QString& text, bool error) {
    if (m_observer)
        m_observer->post(text, error);
}

bool ActionFlow::run(Action action, const QList<BulkItem>& requested, const ResendTarget& target,
                     RunObserver* observer) {
    if (isRunning()) {
        // Another run owns the flow: the refusal goes to this caller only.
        if (observer)
            observer->post(tr("Another Tremendous action is still being confirmed or running. Wait for it to finish, "
                              "then try again."),
                           true);
        return false;
    }
    m_observer = observer;
    if (m_observer)
        m_observer->begin();
    const bool asked = confirm(action, requested, target);
    if (!asked && m_observer) {
        m_observer->m_observing = false; // refused: the message said why; no done()
        m_observer = nullptr;
    }
    return asked;
}

bool ActionFlow::confirm(Action action, const QList<BulkItem>& requested, const ResendTarget& target) {
    if (!m_client || !m_context.journal) {
        say(tr("The Tremendous connection is not available: nothing was sent."), true);
        return false;
    }
    if (requested.isEmpty())
        return false;
    QList<BulkItem> items = requested;
    for (BulkItem& item : items) {
        if (item.blockedReason.isEmpty())
            item.blockedReason = lockReason(action, item.objectId);
    }
    const BulkDryRun dry = BulkRunner::dryRun(items);
    if (dry.actionable == 0) {
        if (items.size() == 1) {
            const QString reason = dry.blocked.isEmpty() ? items.first().blockedReason : dry.blocked.first().second;
            say(ActionWords::cannot(action, items.first().objectId, reason), true);
        } else {
            QStringList reasons;
            for (const auto& [id, reason] : dry.blocked.mid(0, 3))
                reasons << tr("%1: %2").arg(id, reason);
            if (dry.blocked.size() > 3)
                reasons << tr("…");
            say(tr("None of the %1 can be %2. %3")
                    .arg(ActionWords::objectCount(action, int(items.size())), actionPastTense(action),
                         reasons.join(u"; "_s)),
                true);
        }
        return false;
    }
    const bool hasTarget = !target.updatedEmail.trimmed().isEmpty() || !target.updatedPhone.trimmed().isEmpty();
    if (action == Action::Resend && hasTarget && dry.actionable > 1) {
        // An updated address belongs to one recipient: never send several rewards to it.
        say(tr("A reward can be resent to a new address only one at a time: select a single reward. "
               "Nothing was sent."),
            true);
        return false;
    }
    m_confirming = true;
    Q_EMIT runningChanged(true);
    if (items.size() == 1)
        confirmSingle(action, items.first(), target);
    else
        confirmBulk(action, items, target);
    return true;
}

void ActionFlow::confirmSingle(Action action, const BulkItem& item, const ResendTarget& target) {
    Confirmation c;
    c.title = ActionWords::confirmLabel(action);
    c.question = ActionWords::question(action, item.objectId);
    c.facts << qMakePair(ActionWords::objectLabel(action), item.objectId);
    c.facts << qMakePair(tr("Amount"), ActionWords::money(item.amount));
    c.facts << qMakePair(tr("Recipient"), item.recipient.isEmpty() ? tr("not reported") : item.recipient);
    if (action == Action::Resend) {
        QString to = tr("the same address as before");
        if (!target.updatedEmail.isEmpty())
            to = tr("new e-mail address %1").arg(target.updatedEmail);
        else if (!target.updatedPhone.isEmpty())
            to = tr("new phone number %1").arg(target.updatedPhone);
        c.facts << qMakePair(tr("Send to"), to);
    }
    c.warnings << ActionWords::consequence(action);
    c.confirmLabel = ActionWords::confirmLabel(action);
    c.environment = m_account.environment;
    c.accountLabel = m_account.label();
    ConfirmationDialog::ask(m_dialogParent, c, [this, action, item, target](bool ok, const QString& reason) {
        m_confirming = false;
        if (ok) {
            start(action, {item}, target, reason, true);
        } else {
            Q_EMIT runningChanged(false);
            if (m_observer)
                m_observer->end(false);
            Q_EMIT declined(action);
        }
    });
}

void ActionFlow::confirmBulk(Action action, const QList<BulkItem>& items, const ResendTarget& target) {
    BulkSummaryDialog::Summary summary;
    summary.action = action;
    summary.account = m_account;
    summary.items = items;
    summary.dryRun = BulkRunner::dryRun(items);
    summary.interval = m_interval;
    summary.resendTarget = target;
    BulkSummaryDialog::ask(m_dialogParent, summary, [this, action, items, target](bool ok, const QString& reason) {
        m_confirming = false;
        if (ok) {
            start(action, items, target, reason, false);
        } else {
            Q_EMIT runningChanged(false);
            if (m_observer)
                m_observer->end(false);
            Q_EMIT declined(action);
        }
    });
}

void ActionFlow::start(Action action, const QList<BulkItem>& items, const ResendTarget& target, const QString& reason,
                       bool single) {
    if (!m_client || !m_context.journal) {
        say(tr("The Tremendous connection is not available: nothing was sent."), true);
        Q_EMIT runningChanged(false);
        if (m_observer)
            m_observer->end(false);
        return;
    }
    // The previous single run's results are no longer needed (a bulk run's runner belongs to its dialog).
    if (m_runner && !m_runner->isRunning() && m_runner->parent() == this)
        m_runner->deleteLater();

    auto* runner = new BulkRunner(m_client, m_context.journal, m_reconciler, m_account, action, items, this);
    runner->setReason(reason);
    runner->setInterval(m_interval);
    runner->setReadBackSettleDelay(m_settleDelay);
    if (action == Action::Resend)
        runner->setResendTarget(target);
    connect(runner, &BulkRunner::orderChanged, this, &ActionFlow::orderChanged);
    connect(runner, &BulkRunner::fraudReviewChanged, this, &ActionFlow::fraudReviewChanged);
    connect(runner, &BulkRunner::rewardChanged, this, &ActionFlow::rewardChanged);
    connect(runner, &BulkRunner::finished, this, [this, runner, single] { onRunFinished(runner, single); });
    m_runner = runner;
    qCInfo(lcTrUi).noquote() << u"%1 run of %2 item(s) starts"_s.arg(actionName(action)).arg(items.size());

    connect(runner, &BulkRunner::itemChanged, this, [this, runner](int index) {
        if (index < 0 || index >= runner->results().size())
            return;
        const BulkItemResult result = runner->results().at(index);
        if (!isFinal(result.outcome))
            return;
        if (m_observer) // the message that follows is this item's result
            m_observer->itemFinal();
        Q_EMIT itemFinished(runner->action(), runner->items().at(index).objectId, result);
    });
    if (single) {
        connect(runner, &BulkRunner::itemChanged, this,
                [this, runner](int index) { onSingleItemChanged(runner, index); });
    } else {
        auto* dialog = new BulkDialog(runner, m_dialogParent); // takes the runner
        m_dialog = dialog;
        dialog->show();
        dialog->raise();
    }
    runner->start();
}

void ActionFlow::onSingleItemChanged(BulkRunner* runner, int index) {
    if (index < 0 || index >= runner->results().size())
        return;
    const BulkItemResult& result = runner->results().at(index);
    const Action action = runner->action();
    const BulkItem& item = runner->items().at(index);
    const QString& id = item.objectId;
    switch (result.outcome) {
    case Outcome::Pending:
        return;
    case Outcome::Running:
        say(ActionWords::progress(action, id), false);
        return;
    case Outcome::Reconciling:
        if (result.httpStatus == 409 || result.httpStatus == 422) {
            // Tremendous did answer: it refused, most likely because the object is no longer in the state the row
            // showed. Reading it back says whether it is already in the target state.
            say(tr("Tremendous refused this for %1; checking whether it was already %2…")
                    .arg(ActionWords::objectPhrase(action, id), actionPastTense(action)),
                false);
        } else {
            say(tr("No clear answer from Tremendous for %1: reading it back to see what happened…")
                    .arg(ActionWords::objectPhrase(action, id)),
                false);
        }
        return;
    case Outcome::Succeeded: {
        if (result.warning) {
            // Applied, but the vendor reports a state the agent must look at (e.g. an approved order that FAILED).
            say(result.message, true);
            return;
        }
        QString text = ActionWords::succeeded(action, id);
        if (result.confirmedByReadBack && !result.message.isEmpty()) // not confirmed by a 2xx answer
            text += u' ' + result.message;
        say(text, false);
        return;
    }
    case Outcome::AlreadyHandled:
        if (result.warning) { // already approved, but the order FAILED or was CANCELED: the agent must look
            say(result.message, true);
            return;
        }
        say(ActionWords::alreadyHandled(action, id), false);
        return;
    case Outcome::NotApplied:
        say(result.message.isEmpty() ? tr("%1 was not %2; nothing was changed.")
                                           .arg(ActionWords::subject(action, id), actionPastTense(action))
                                     : result.message,
            true);
        return;
    case Outcome::Unknown:
        // The runner's own line repeats the lock; the results list and the audit log keep the read-back details.
        say(ActionWords::unknown(action, id), true);
        return;
    case Outcome::Skipped:
        say(result.message.isEmpty() ? tr("%1 was not sent.").arg(ActionWords::subject(action, id)) : result.message,
            true);
        return;
    }
}

void ActionFlow::onRunFinished(BulkRunner* runner, bool single) {
    int applied = 0;
    int notApplied = 0;
    int unknown = 0;
    int skipped = 0;
    int warnings = 0;
    for (const BulkItemResult& result : runner->results()) {
        if (result.warning)
            ++warnings;
        if (result.applied())
            ++applied;
        else if (result.outcome == Outcome::NotApplied)
            ++notApplied;
        else if (result.outcome == Outcome::Unknown)
            ++unknown;
        else if (result.outcome == Outcome::Skipped)
            ++skipped;
    }
    const Action action = runner->action();
    qCInfo(lcTrUi).noquote() << u"%1 run finished: %2 applied, %3 not applied, %4 unknown, %5 skipped"_s
                                    .arg(actionName(action))
                                    .arg(applied)
                                    .arg(notApplied)
                                    .arg(unknown)
                                    .arg(skipped);
    if (!single) {
        QString text = tr("%1 %2: %3 %4 · %5 not applied · %6 unknown")
                           .arg(actionVerb(action), ActionWords::objectCount(action, int(runner->items().size())))
                           .arg(applied)
                           .arg(actionPastTense(action))
                           .arg(notApplied)
                           .arg(unknown);
        if (skipped > 0)
            text += tr(" · %n skipped", nullptr, skipped);
        if (warnings > 0)
            text += tr(" · %n to check (applied, but Tremendous reports a problem)", nullptr, warnings);
        if (runner->isCancelled())
            text += tr(" (stopped by you)");
        say(text, notApplied > 0 || unknown > 0 || warnings > 0);
    } else if (!runner->results().isEmpty() && !isFinal(runner->results().first().outcome)) {
        say(ActionWords::unknown(action, runner->items().first().objectId), true);
    }
    Q_EMIT runningChanged(false);
    if (m_observer)
        m_observer->end(true);
    Q_EMIT runFinished(action, applied, notApplied, unknown);
}

} // namespace rd::tremendous
