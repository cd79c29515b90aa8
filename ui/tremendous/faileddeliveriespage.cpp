#include "ui/tremendous/faileddeliveriespage.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "api/journal/actionjournal.h"
#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/format.h"
#include "models/tremendous/rewardmodel.h"
#include "ui/common/clipboardguard.h"
#include "ui/common/detailpane.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/bulkdialog.h"
#include "ui/tremendous/log.h"
#include "ui/tremendous/resenddialog.h"
#include "ui/tremendous/rewardactions.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

QString deliveryStatusRaw(const RewardRow& row) {
    switch (row.delivery) {
    case DeliveryStatus::Scheduled:
        return u"SCHEDULED"_s;
    case DeliveryStatus::Failed:
        return u"FAILED"_s;
    case DeliveryStatus::Succeeded:
        return u"SUCCEEDED"_s;
    case DeliveryStatus::Pending:
        return u"PENDING"_s;
    case DeliveryStatus::Unknown:
        break;
    }
    return row.deliveryRaw;
}

QString deliveryMethodRaw(const RewardRow& row) {
    switch (row.method) {
    case DeliveryMethod::Email:
        return u"EMAIL"_s;
    case DeliveryMethod::Link:
        return u"LINK"_s;
    case DeliveryMethod::Phone:
        return u"PHONE"_s;
    case DeliveryMethod::Unknown:
        break;
    }
    return row.methodRaw;
}

// What the list row knows, as a reward, until GET /rewards/{id} answers.
Reward fromRow(const RewardRow& row) {
    Reward r;
    r.id = row.id;
    r.orderId = row.orderId;
    r.value = moneyFromCents(row.valueValid ? std::optional<qint64>(row.valueCents) : std::nullopt,
                             unpackCurrency(row.currency));
    r.recipientEmail = row.recipientEmail;
    r.recipientPhone = row.recipientPhone;
    if (row.recipientEmail.isEmpty() && row.recipientPhone.isEmpty())
        r.recipientName = row.recipient;
    r.deliveryMethod = row.method;
    r.deliveryMethodRaw = deliveryMethodRaw(row);
    r.deliveryStatus = row.delivery;
    r.deliveryStatusRaw = deliveryStatusRaw(row);
    if (row.createdMs >= 0)
        r.createdAt = QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC);
    if (row.expiresMs >= 0)
        r.expiresAt = QDateTime::fromMSecsSinceEpoch(row.expiresMs, Qt::UTC);
    return r;
}

} // namespace

FailedDeliveriesPage::FailedDeliveriesPage(const AppContext& context, const Account& account, Client* client,
                                           ActionFlow* flow, ClipboardGuard* clipboard, QWidget* parent)
    : ListDetailPage(context.settings, u"tremendous/%1/failed"_s.arg(account.id), parent)
    , m_context(context)
    , m_account(account)
    , m_client(client)
    , m_flow(flow)
    , m_clipboard(clipboard)
    , m_model(new RewardModel(client, this))
    , m_resend(new QPushButton(tr("Resend…"), this))
    , m_cancel(new QPushButton(tr("Cancel…"), this))
    , m_progress(new QLabel(this))
    , m_detail(
          new DetailPane(tr("Choose a reward in the list to see it and resend, cancel or get a link for it."), this))
    , m_form(nullptr)
    , m_actions(nullptr)
    , m_resendAction(new QAction(tr("Resend…"), this))
    , m_cancelAction(new QAction(tr("Cancel reward…"), this))
    , m_listener(new RunObserver(message(), this)) {
    m_model->setAccountLabel(account.label());
    filterEdit()->setPlaceholderText(tr("Search the list: reward, order, recipient, custom fields (Ctrl+F)"));
    m_resend->setToolTip(tr("Deliver the selected rewards again (R). One reward: choose the same or an updated "
                            "address; several: a dry run first."));
    m_cancel->setToolTip(tr("Cancel the selected rewards and refund them (C). One: a confirmation; several: a dry "
                            "run first."));

    setModel(m_model, TableSetup::Sortable | TableSetup::MultiSelect);
    view()->setColumnWidth(RewardModel::Created, 122);
    view()->setColumnWidth(RewardModel::RewardId, 145);
    view()->setColumnWidth(RewardModel::OrderId, 145);
    view()->setColumnWidth(RewardModel::Recipient, 170);
    view()->setColumnWidth(RewardModel::Method, 75);
    view()->setColumnWidth(RewardModel::Delivery, 110);
    view()->setColumnWidth(RewardModel::Amount, 80);
    view()->setColumnWidth(RewardModel::Expires, 115);
    // Shown in the detail; every row here is "failed" anyway. One right-click on the header brings them back.
    view()->horizontalHeader()->setSectionHidden(RewardModel::OrderId, true);
    view()->horizontalHeader()->setSectionHidden(RewardModel::Delivery, true);
    persistColumns();
    m_resendAction->setShortcut(QKeySequence(Qt::Key_R));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_C));
    for (QAction* action : {m_resendAction, m_cancelAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        view()->addAction(action);
    }
    view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    status()->setTexts(tr("Looking for failed deliveries…"), tr("No reward has a failed delivery."),
                       tr("Not loaded yet."));
    status()->bind(m_model);
    m_progress->setTextFormat(Qt::PlainText);
    QLabel* keys = makeHint(tr("Select with Shift/Ctrl or Ctrl+A; R resends, C cancels the selection."));
    m_progress->setPalette(keys->palette());
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_resend);
    actions->addWidget(m_cancel);
    actions->addWidget(keys);
    actions->addStretch(1);
    addBelowFilter(actions);
    addAboveStatus(m_progress);

    // The detail side: the reward and its actions.
    m_actions = new RewardActions(client, flow, clipboard, m_detail->content());
    auto* box = new QGroupBox(tr("Reward"), m_detail->content());
    m_form = m_detail->makeForm(box, true);
    m_detail->contentLayout()->addWidget(m_detail->titleLabel());
    m_detail->contentLayout()->addWidget(m_actions);
    m_detail->contentLayout()->addWidget(box);
    m_detail->finishContentWithoutJson();
    m_detail->scrollArea()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setDetail(m_detail, 3, 2, {820, 460}); // the list wider; the detail wraps to its width

    m_selectTimer.setSingleShot(true);
    m_selectTimer.setInterval(150);
    connect(filterEdit(), &QLineEdit::textChanged, m_model, &RewardModel::setFilterText);
    connect(refreshButton(), &QPushButton::clicked, this, &FailedDeliveriesPage::refresh);
    connect(m_resend, &QPushButton::clicked, this, &FailedDeliveriesPage::resendSelected);
    connect(m_cancel, &QPushButton::clicked, this, &FailedDeliveriesPage::cancelSelected);
    connect(m_resendAction, &QAction::triggered, this, &FailedDeliveriesPage::resendSelected);
    connect(m_cancelAction, &QAction::triggered, this, &FailedDeliveriesPage::cancelSelected);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FailedDeliveriesPage::updateActions);
    connect(&m_selectTimer, &QTimer::timeout, this, &FailedDeliveriesPage::onCurrentChanged);
    // How far the walk through every reward is ("Searched 12,500 of 100,000 rewards: 12 found"), while it goes on.
    connect(m_model, &RewardModel::progressChanged, this, [this] { m_progress->setText(m_model->progressText()); });
    connect(m_model, &RewardModel::stateChanged, this, [this](RewardModel::State state) {
        const bool loading = state == RewardModel::State::Loading;
        refreshButton()->setEnabled(!loading);
        m_progress->setText(m_model->progressText());
        m_progress->setVisible(loading);
    });
    m_progress->hide();
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &FailedDeliveriesPage::updateActions);
    if (m_flow) {
        connect(m_flow, &ActionFlow::itemFinished, this, &FailedDeliveriesPage::onItemFinished);
        connect(m_flow, &ActionFlow::runFinished, this, &FailedDeliveriesPage::updateActions);
        connect(m_flow, &ActionFlow::declined, this, &FailedDeliveriesPage::updateActions);
    }
    connect(m_listener, &RunObserver::done, this, &FailedDeliveriesPage::onRunDone);
    updateActions();
}

FailedDeliveriesPage::~FailedDeliveriesPage() {
    m_detailCall.cancel();
}

void FailedDeliveriesPage::ensureLoaded() {
    if (!m_loadedOnce)
        refresh();
}

void FailedDeliveriesPage::refresh() {
    m_loadedOnce = true;
    m_model->setHiddenIds(canceledThroughJournal());
    m_model->showFailedDeliveries();
}

QSet<QString> FailedDeliveriesPage::canceledThroughJournal() const {
    // A reward has no status of its own: a canceled one still reads delivery FAILED and would come back on every
    // refresh. The journal knows which ones were canceled from RewardDesk (by anyone using this journal).
    QSet<QString> ids;
    if (!m_context.journal)
        return ids;
    const QString objectType = actionObjectType(Action::Cancel);
    const QString action = actionName(Action::Cancel);
    for (const JournalEntry& entry : m_context.journal->entries()) {
        if (entry.accountId == m_account.id && entry.objectType == objectType && entry.action == action &&
            (entry.state == JournalState::Succeeded || entry.state == JournalState::ReconciledApplied))
            ids.insert(entry.objectId);
    }
    return ids;
}

QStringList FailedDeliveriesPage::selectedIds() const {
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : std::as_const(rows))
        ids << index.data(RewardModel::RowIdRole).toString();
    if (ids.isEmpty() && view()->currentIndex().isValid())
        ids << view()->currentIndex().data(RewardModel::RowIdRole).toString();
    ids.removeAll(QString());
    return ids;
}

bool FailedDeliveriesPage::resendSelected() {
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return runOn(Action::Resend, ids);
    // One reward: the same address, or an updated one (asked first; the flow's confirmation follows).
    const RewardRow* row = m_model->findRow(ids.first());
    if (!row)
        return false;
    const BulkItem item = bulkItem(*row, m_model->nowMs());
    if (!item.blockedReason.isEmpty())
        return runOn(Action::Resend, ids); // the flow says why it cannot
    const Reward reward = m_shown && m_shown->id == row->id ? *m_shown : fromRow(*row);
    const QString id = reward.id;
    ResendDialog::ask(this, reward, [this, id](bool ok, const ResendTarget& target) {
        if (ok)
            runOn(Action::Resend, {id}, target);
        else
            view()->setFocus(Qt::OtherFocusReason);
    });
    return true;
}

bool FailedDeliveriesPage::cancelSelected() {
    return runOn(Action::Cancel, selectedIds());
}

bool FailedDeliveriesPage::runOn(Action action, const QStringList& ids, const ResendTarget& target) {
    if (!m_flow)
        return false;
    if (ids.isEmpty()) {
        message()->showMessage(InlineMessage::Kind::Info, tr("Select one or more rewards first."));
        return false;
    }
    QList<BulkItem> items;
    for (const QString& id : ids) {
        if (const RewardRow* row = m_model->findRow(id))
            items << bulkItem(*row, m_model->nowMs());
    }
    if (items.isEmpty())
        return false;
    int anchor = -1;
    for (const QModelIndex& index : view()->selectionModel()->selectedRows())
        anchor = anchor < 0 ? index.row() : std::min(anchor, index.row());
    m_anchorRow = anchor >= 0 ? anchor : view()->currentIndex().row();
    const bool started = m_flow->run(action, items, target, m_listener);
    updateActions();
    return started;
}

void FailedDeliveriesPage::onItemFinished(Action action, const QString& rewardId, const BulkItemResult& result) {
    if (action != Action::Resend && action != Action::Cancel)
        return;
    if (result.outcome == BulkItemResult::Outcome::Skipped)
        return;
    if (action == Action::Cancel && result.applied()) {
        // A canceled reward is done with: it leaves the failed queue at once. No read-back: its delivery still reads
        // FAILED (a reward has no status of its own), which would bring it back.
        m_model->removeReward(rewardId);
        advanceIfLost();
        return;
    }
    readBack(rewardId);
}

void FailedDeliveriesPage::readBack(const QString& rewardId) {
    if (!m_client)
        return;
    m_client->reward(rewardId, this, [this, rewardId](ApiResult<Reward> result) {
        if (!result.ok()) {
            qCInfo(lcTrUi).noquote() << u"read-back of reward %1 failed"_s.arg(rewardId);
            return;
        }
        const Reward& reward = result.value();
        m_model->replaceReward(reward); // leaves the list when its delivery is no longer FAILED
        if (m_shown && m_shown->id == rewardId)
            showReward(reward, true);
        advanceIfLost();
    });
}

void FailedDeliveriesPage::advanceIfLost() {
    if (m_anchorRow < 0 || m_model->rowCount() == 0)
        return;
    const QModelIndex current = view()->currentIndex();
    if (current.isValid() && !view()->selectionModel()->selectedRows().isEmpty())
        return;
    const QModelIndex next = m_model->index(std::min(m_anchorRow, m_model->rowCount() - 1), 0);
    view()->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view()->scrollTo(next);
}

void FailedDeliveriesPage::onRunDone() {
    updateActions();
    advanceIfLost();
    const BulkDialog* dialog = m_flow ? m_flow->bulkDialog() : nullptr;
    if (isVisible() && (!dialog || !dialog->isVisible()))
        view()->setFocus(Qt::OtherFocusReason);
}

void FailedDeliveriesPage::onCurrentChanged() {
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(RewardModel::RowIdRole).toString();
    const RewardRow* row = m_model->findRow(id);
    if (!row)
        return;
    if (!m_shown || m_shown->id != id)
        showReward(fromRow(*row), false);
    loadReward(id);
    updateActions();
}

void FailedDeliveriesPage::loadReward(const QString& id) {
    if (!m_client)
        return;
    m_detailCall.cancel();
    m_detailCall = m_client->reward(id, this, [this, id](ApiResult<Reward> result) {
        m_detailCall.markFinished();
        if (!m_shown || m_shown->id != id)
            return;
        if (!result.ok()) {
            m_actions->message()->showMessage(InlineMessage::Kind::Warning,
                                              tr("The full reward could not be read; the list's values are shown. %1")
                                                  .arg(lookupErrorMessage(result.error(), m_account.label())));
            return;
        }
        showReward(result.value(), true);
    });
}

void FailedDeliveriesPage::showReward(const Reward& reward, bool complete) {
    m_shown = reward;
    m_detail->titleLabel()->setText(tr("Reward %1").arg(reward.id));
    DetailPane::clearForm(m_form);
    const QString none = tr("—");
    auto add = [this](const QString& label, const QString& value) { m_detail->addFormRow(m_form, label, value, true); };
    add(tr("Reward ID:"), reward.id);
    add(tr("Order ID:"), reward.orderId.isEmpty() ? none : reward.orderId);
    add(tr("Value:"), formatMoney(reward.value));
    add(tr("Delivery:"), tr("%1, %2").arg(deliveryMethodDisplay(reward.deliveryMethodRaw),
                                          deliveryStatusDisplay(reward.deliveryStatusRaw)));
    add(tr("Recipient:"), reward.recipientName.isEmpty() ? none : reward.recipientName);
    add(tr("E-mail:"), reward.recipientEmail.isEmpty() ? none : reward.recipientEmail);
    add(tr("Phone:"), reward.recipientPhone.isEmpty() ? none : reward.recipientPhone);
    add(tr("Created:"), formatDateTime(reward.createdAt, none));
    add(tr("Expires:"), reward.expiresAt ? formatDateTime(*reward.expiresAt) : tr("never"));
    add(tr("Deliver on:"),
        reward.deliverAt.isValid() ? QLocale().toString(reward.deliverAt, QLocale::ShortFormat) : none);
    QStringList fields;
    for (const CustomField& field : reward.customFields)
        fields << tr("%1: %2").arg(field.label, field.value.value_or(tr("(empty)")));
    add(tr("Custom fields:"), fields.isEmpty() ? none : fields.join(u'\n'));
    if (!reward.fieldErrors.isEmpty())
        add(tr("Could not read:"), reward.fieldErrors.join(u'\n'));
    if (!complete)
        add(QString(), tr("Reading the full reward…"));
    m_actions->setReward(reward);
    m_detail->showContent(true);
}

QString FailedDeliveriesPage::detailsText() const {
    return DetailPane::formText(m_form);
}

void FailedDeliveriesPage::updateActions() {
    const int count = int(selectedIds().size());
    const bool running = m_flow && m_flow->isRunning();
    const bool enabled = count > 0 && !running && m_flow;
    m_resend->setEnabled(enabled);
    m_cancel->setEnabled(enabled);
    m_resendAction->setEnabled(enabled);
    m_cancelAction->setEnabled(enabled);
    // No mnemonics here: R and C work in the list; Alt+R / Alt+L belong to the reward actions beside it.
    m_resend->setText(count > 1 ? tr("Resend %1…").arg(count) : tr("Resend…"));
    m_cancel->setText(count > 1 ? tr("Cancel %1…").arg(count) : tr("Cancel…"));
    m_actions->updateActions();
}

QString FailedDeliveriesPage::pageTitle() const {
    return tr("Failed deliveries");
}

QString FailedDeliveriesPage::pageToolTip() const {
    return tr("Rewards whose delivery failed");
}

} // namespace rd::tremendous
