#include "trfaileddeliveriespanel.h"

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

#include "common/clipboardguard.h"
#include "common/detailpane.h"
#include "common/inlinemessage.h"
#include "common/liststatusbar.h"
#include "common/tablesetup.h"
#include "journal/actionjournal.h"
#include "tractionflow.h"
#include "trbulkdialog.h"
#include "tremendous/tremendousclient.h"
#include "tremendous/trformat.h"
#include "tremendous/trrewardmodel.h"
#include "trlog.h"
#include "trresenddialog.h"
#include "trrewardactions.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString deliveryStatusRaw(const TrRewardRow& row) {
    switch (row.delivery) {
    case TrDeliveryStatus::Scheduled:
        return u"SCHEDULED"_s;
    case TrDeliveryStatus::Failed:
        return u"FAILED"_s;
    case TrDeliveryStatus::Succeeded:
        return u"SUCCEEDED"_s;
    case TrDeliveryStatus::Pending:
        return u"PENDING"_s;
    case TrDeliveryStatus::Unknown:
        break;
    }
    return row.deliveryRaw;
}

QString deliveryMethodRaw(const TrRewardRow& row) {
    switch (row.method) {
    case TrDeliveryMethod::Email:
        return u"EMAIL"_s;
    case TrDeliveryMethod::Link:
        return u"LINK"_s;
    case TrDeliveryMethod::Phone:
        return u"PHONE"_s;
    case TrDeliveryMethod::Unknown:
        break;
    }
    return row.methodRaw;
}

// What the list row knows, as a reward, until GET /rewards/{id} answers.
TrReward fromRow(const TrRewardRow& row) {
    TrReward r;
    r.id = row.id;
    r.orderId = row.orderId;
    r.value = trMoneyFromCents(row.valueValid ? std::optional<qint64>(row.valueCents) : std::nullopt,
                               trUnpackCurrency(row.currency));
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

TrFailedDeliveriesPanel::TrFailedDeliveriesPanel(const AppContext& context, const Account& account,
                                                 TremendousClient* client, TrActionFlow* flow,
                                                 ClipboardGuard* clipboard, QWidget* parent)
    : ListDetailPage(context.settings, u"tremendous/%1/failed"_s.arg(account.id), parent)
    , m_context(context)
    , m_account(account)
    , m_client(client)
    , m_flow(flow)
    , m_clipboard(clipboard)
    , m_model(new TrRewardModel(client, this))
    , m_resend(new QPushButton(tr("Resend…"), this))
    , m_cancel(new QPushButton(tr("Cancel…"), this))
    , m_progress(new QLabel(this))
    , m_detail(
          new DetailPane(tr("Choose a reward in the list to see it and resend, cancel or get a link for it."), this))
    , m_form(nullptr)
    , m_actions(nullptr)
    , m_resendAction(new QAction(tr("Resend…"), this))
    , m_cancelAction(new QAction(tr("Cancel reward…"), this))
    , m_listener(new TrRunObserver(message(), this)) {
    m_model->setAccountLabel(account.label());
    filterEdit()->setPlaceholderText(tr("Search the list: reward, order, recipient, custom fields (Ctrl+F)"));
    m_resend->setToolTip(tr("Deliver the selected rewards again (R). One reward: choose the same or an updated "
                            "address; several: a dry run first."));
    m_cancel->setToolTip(tr("Cancel the selected rewards and refund them (C). One: a confirmation; several: a dry "
                            "run first."));

    setModel(m_model, TableSetup::Sortable | TableSetup::MultiSelect);
    view()->setColumnWidth(TrRewardModel::Created, 122);
    view()->setColumnWidth(TrRewardModel::RewardId, 145);
    view()->setColumnWidth(TrRewardModel::OrderId, 145);
    view()->setColumnWidth(TrRewardModel::Recipient, 170);
    view()->setColumnWidth(TrRewardModel::Method, 75);
    view()->setColumnWidth(TrRewardModel::Delivery, 110);
    view()->setColumnWidth(TrRewardModel::Amount, 80);
    view()->setColumnWidth(TrRewardModel::Expires, 115);
    // Shown in the detail; every row here is "failed" anyway. One right-click on the header brings them back.
    view()->horizontalHeader()->setSectionHidden(TrRewardModel::OrderId, true);
    view()->horizontalHeader()->setSectionHidden(TrRewardModel::Delivery, true);
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
    m_actions = new TrRewardActions(client, flow, clipboard, m_detail->content());
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
    connect(filterEdit(), &QLineEdit::textChanged, m_model, &TrRewardModel::setFilterText);
    connect(refreshButton(), &QPushButton::clicked, this, &TrFailedDeliveriesPanel::refresh);
    connect(m_resend, &QPushButton::clicked, this, &TrFailedDeliveriesPanel::resendSelected);
    connect(m_cancel, &QPushButton::clicked, this, &TrFailedDeliveriesPanel::cancelSelected);
    connect(m_resendAction, &QAction::triggered, this, &TrFailedDeliveriesPanel::resendSelected);
    connect(m_cancelAction, &QAction::triggered, this, &TrFailedDeliveriesPanel::cancelSelected);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrFailedDeliveriesPanel::updateActions);
    connect(&m_selectTimer, &QTimer::timeout, this, &TrFailedDeliveriesPanel::onCurrentChanged);
    // How far the walk through every reward is ("Searched 12,500 of 100,000 rewards: 12 found"), while it goes on.
    connect(m_model, &TrRewardModel::progressChanged, this, [this] { m_progress->setText(m_model->progressText()); });
    connect(m_model, &TrRewardModel::stateChanged, this, [this](TrRewardModel::State state) {
        const bool loading = state == TrRewardModel::State::Loading;
        refreshButton()->setEnabled(!loading);
        m_progress->setText(m_model->progressText());
        m_progress->setVisible(loading);
    });
    m_progress->hide();
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TrFailedDeliveriesPanel::updateActions);
    if (m_flow) {
        connect(m_flow, &TrActionFlow::itemFinished, this, &TrFailedDeliveriesPanel::onItemFinished);
        connect(m_flow, &TrActionFlow::runFinished, this, &TrFailedDeliveriesPanel::updateActions);
        connect(m_flow, &TrActionFlow::declined, this, &TrFailedDeliveriesPanel::updateActions);
    }
    connect(m_listener, &TrRunObserver::done, this, &TrFailedDeliveriesPanel::onRunDone);
    updateActions();
}

TrFailedDeliveriesPanel::~TrFailedDeliveriesPanel() {
    m_detailCall.cancel();
}

void TrFailedDeliveriesPanel::ensureLoaded() {
    if (!m_loadedOnce)
        refresh();
}

void TrFailedDeliveriesPanel::refresh() {
    m_loadedOnce = true;
    m_model->setHiddenIds(canceledThroughJournal());
    m_model->showFailedDeliveries();
}

QSet<QString> TrFailedDeliveriesPanel::canceledThroughJournal() const {
    // A reward has no status of its own: a canceled one still reads delivery FAILED and would come back on every
    // refresh. The journal knows which ones were canceled from RewardDesk (by anyone using this journal).
    QSet<QString> ids;
    if (!m_context.journal)
        return ids;
    const QString objectType = trActionObjectType(TrAction::Cancel);
    const QString action = trActionName(TrAction::Cancel);
    for (const JournalEntry& entry : m_context.journal->entries()) {
        if (entry.accountId == m_account.id && entry.objectType == objectType && entry.action == action &&
            (entry.state == JournalState::Succeeded || entry.state == JournalState::ReconciledApplied))
            ids.insert(entry.objectId);
    }
    return ids;
}

QStringList TrFailedDeliveriesPanel::selectedIds() const {
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : std::as_const(rows))
        ids << index.data(TrRewardModel::RowIdRole).toString();
    if (ids.isEmpty() && view()->currentIndex().isValid())
        ids << view()->currentIndex().data(TrRewardModel::RowIdRole).toString();
    ids.removeAll(QString());
    return ids;
}

bool TrFailedDeliveriesPanel::resendSelected() {
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return runOn(TrAction::Resend, ids);
    // One reward: the same address, or an updated one (asked first; the flow's confirmation follows).
    const TrRewardRow* row = m_model->findRow(ids.first());
    if (!row)
        return false;
    const TrBulkItem item = bulkItem(*row, m_model->nowMs());
    if (!item.blockedReason.isEmpty())
        return runOn(TrAction::Resend, ids); // the flow says why it cannot
    const TrReward reward = m_shown && m_shown->id == row->id ? *m_shown : fromRow(*row);
    const QString id = reward.id;
    TrResendDialog::ask(this, reward, [this, id](bool ok, const TrResendTarget& target) {
        if (ok)
            runOn(TrAction::Resend, {id}, target);
        else
            view()->setFocus(Qt::OtherFocusReason);
    });
    return true;
}

bool TrFailedDeliveriesPanel::cancelSelected() {
    return runOn(TrAction::Cancel, selectedIds());
}

bool TrFailedDeliveriesPanel::runOn(TrAction action, const QStringList& ids, const TrResendTarget& target) {
    if (!m_flow)
        return false;
    if (ids.isEmpty()) {
        message()->showMessage(InlineMessage::Kind::Info, tr("Select one or more rewards first."));
        return false;
    }
    QList<TrBulkItem> items;
    for (const QString& id : ids) {
        if (const TrRewardRow* row = m_model->findRow(id))
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

void TrFailedDeliveriesPanel::onItemFinished(TrAction action, const QString& rewardId, const TrBulkItemResult& result) {
    if (action != TrAction::Resend && action != TrAction::Cancel)
        return;
    if (result.outcome == TrBulkItemResult::Outcome::Skipped)
        return;
    if (action == TrAction::Cancel && result.applied()) {
        // A canceled reward is done with: it leaves the failed queue at once. No read-back: its delivery still reads
        // FAILED (a reward has no status of its own), which would bring it back.
        m_model->removeReward(rewardId);
        advanceIfLost();
        return;
    }
    readBack(rewardId);
}

void TrFailedDeliveriesPanel::readBack(const QString& rewardId) {
    if (!m_client)
        return;
    m_client->reward(rewardId, this, [this, rewardId](ApiResult<TrReward> result) {
        if (!result.ok()) {
            qCInfo(lcTrUi).noquote() << u"read-back of reward %1 failed"_s.arg(rewardId);
            return;
        }
        const TrReward& reward = result.value();
        m_model->replaceReward(reward); // leaves the list when its delivery is no longer FAILED
        if (m_shown && m_shown->id == rewardId)
            showReward(reward, true);
        advanceIfLost();
    });
}

void TrFailedDeliveriesPanel::advanceIfLost() {
    if (m_anchorRow < 0 || m_model->rowCount() == 0)
        return;
    const QModelIndex current = view()->currentIndex();
    if (current.isValid() && !view()->selectionModel()->selectedRows().isEmpty())
        return;
    const QModelIndex next = m_model->index(std::min(m_anchorRow, m_model->rowCount() - 1), 0);
    view()->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view()->scrollTo(next);
}

void TrFailedDeliveriesPanel::onRunDone() {
    updateActions();
    advanceIfLost();
    const TrBulkDialog* dialog = m_flow ? m_flow->bulkDialog() : nullptr;
    if (isVisible() && (!dialog || !dialog->isVisible()))
        view()->setFocus(Qt::OtherFocusReason);
}

void TrFailedDeliveriesPanel::onCurrentChanged() {
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(TrRewardModel::RowIdRole).toString();
    const TrRewardRow* row = m_model->findRow(id);
    if (!row)
        return;
    if (!m_shown || m_shown->id != id)
        showReward(fromRow(*row), false);
    loadReward(id);
    updateActions();
}

void TrFailedDeliveriesPanel::loadReward(const QString& id) {
    if (!m_client)
        return;
    m_detailCall.cancel();
    m_detailCall = m_client->reward(id, this, [this, id](ApiResult<TrReward> result) {
        m_detailCall.markFinished();
        if (!m_shown || m_shown->id != id)
            return;
        if (!result.ok()) {
            m_actions->message()->showMessage(InlineMessage::Kind::Warning,
                                              tr("The full reward could not be read; the list's values are shown. %1")
                                                  .arg(trLookupErrorMessage(result.error(), m_account.label())));
            return;
        }
        showReward(result.value(), true);
    });
}

void TrFailedDeliveriesPanel::showReward(const TrReward& reward, bool complete) {
    m_shown = reward;
    m_detail->titleLabel()->setText(tr("Reward %1").arg(reward.id));
    DetailPane::clearForm(m_form);
    const QString none = tr("—");
    auto add = [this](const QString& label, const QString& value) { m_detail->addFormRow(m_form, label, value, true); };
    add(tr("Reward ID:"), reward.id);
    add(tr("Order ID:"), reward.orderId.isEmpty() ? none : reward.orderId);
    add(tr("Value:"), trFormatMoney(reward.value));
    add(tr("Delivery:"), tr("%1, %2").arg(trDeliveryMethodDisplay(reward.deliveryMethodRaw),
                                          trDeliveryStatusDisplay(reward.deliveryStatusRaw)));
    add(tr("Recipient:"), reward.recipientName.isEmpty() ? none : reward.recipientName);
    add(tr("E-mail:"), reward.recipientEmail.isEmpty() ? none : reward.recipientEmail);
    add(tr("Phone:"), reward.recipientPhone.isEmpty() ? none : reward.recipientPhone);
    add(tr("Created:"), trFormatDateTime(reward.createdAt, none));
    add(tr("Expires:"), reward.expiresAt ? trFormatDateTime(*reward.expiresAt) : tr("never"));
    add(tr("Deliver on:"),
        reward.deliverAt.isValid() ? QLocale().toString(reward.deliverAt, QLocale::ShortFormat) : none);
    QStringList fields;
    for (const TrCustomField& field : reward.customFields)
        fields << tr("%1: %2").arg(field.label, field.value.value_or(tr("(empty)")));
    add(tr("Custom fields:"), fields.isEmpty() ? none : fields.join(u'\n'));
    if (!reward.fieldErrors.isEmpty())
        add(tr("Could not read:"), reward.fieldErrors.join(u'\n'));
    if (!complete)
        add(QString(), tr("Reading the full reward…"));
    m_actions->setReward(reward);
    m_detail->showContent(true);
}

QString TrFailedDeliveriesPanel::detailsText() const {
    return DetailPane::formText(m_form);
}

void TrFailedDeliveriesPanel::updateActions() {
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

QString TrFailedDeliveriesPanel::pageTitle() const {
    return tr("Failed deliveries");
}

QString TrFailedDeliveriesPanel::pageToolTip() const {
    return tr("Rewards whose delivery failed");
}

} // namespace rd
