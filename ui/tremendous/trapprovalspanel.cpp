#include "trapprovalspanel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "common/inlinemessage.h"
#include "common/liststatusbar.h"
#include "common/tablesetup.h"
#include "tractionflow.h"
#include "tractionwords.h"
#include "tremendous/trnamecache.h"
#include "tremendous/trordermodel.h"
#include "trlog.h"
#include "trorderdetailpane.h"

using namespace Qt::StringLiterals;

namespace rd {

TrApprovalsPanel::TrApprovalsPanel(TremendousClient* client, TrActionFlow* flow, TrNameCache* names,
                                   ClipboardGuard* clipboard, QSettings* settings, const QString& settingsPrefix,
                                   QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_flow(flow)
    , m_model(new TrOrderModel(client, this))
    , m_settings(settings)
    , m_prefix(settingsPrefix)
    , m_filter(new QLineEdit(this))
    , m_showAll(new QCheckBox(tr("Show all orders"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_selectAll(new QPushButton(tr("Select all pending"), this))
    , m_selection(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_listener(new TrRunObserver(m_message, this))
    , m_view(new QTableView(this))
    , m_status(new ListStatusBar(this))
    , m_detail(new TrOrderDetailPane(client, flow, names, clipboard, this))
    , m_split(new QSplitter(Qt::Horizontal, this)) {
    m_model->setNameCache(names);

    m_filter->setPlaceholderText(tr("Search the list: order ID, external ID, recipient, campaign, channel"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search orders"));
    m_showAll->setToolTip(tr("Show every order, not only those waiting for approval (Tremendous has no status "
                             "filter: RewardDesk reads every order and filters them itself)."));
    m_approve->setToolTip(tr("Approve the selected orders (A). One order: a confirmation; several: a summary first."));
    m_reject->setToolTip(tr("Reject the selected orders (R). Nothing is sent to their recipients."));
    m_selectAll->setToolTip(tr("Select every order waiting for approval in the list (Ctrl+Shift+A)."));
    for (QPushButton* button : {m_refresh, m_approve, m_reject, m_selectAll})
        button->setAutoDefault(false);
    m_selection->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    TableSetup::apply(m_view, TableSetup::Sortable | TableSetup::MultiSelect);
    TableSetup::addColumnChooser(m_view);
    TableSetup::addCopyAction(m_view);
    using Column = TrOrderModel::Column;
    // Widths from the font (never ResizeToContents over the rows): what the longest usual value needs.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto fits = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_view->setColumnWidth(
        Column::Created, fits(QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat)));
    m_view->setColumnWidth(Column::Age, fits(tr("59 min")));
    m_view->setColumnWidth(Column::OrderId, fits(u"W2MO8FSAY6SZHWZ"_s));
    m_view->setColumnWidth(Column::ExternalId, fits(u"crm-1000000000"_s));
    m_view->setColumnWidth(Column::Status, fits(tr("Pending approval")));
    m_view->setColumnWidth(Column::Amount, fits(u"$12,345.00"_s));
    m_view->setColumnWidth(Column::Recipients, 160);
    m_view->setColumnWidth(Column::Products, 110);
    m_view->setColumnWidth(Column::Campaign, 110);
    m_view->setColumnWidth(Column::Channel, fits(u"EMBED"_s));
    // In the detail pane; one right-click on the header brings them into the list.
    m_view->horizontalHeader()->setSectionHidden(Column::ExternalId, true);
    m_view->horizontalHeader()->setSectionHidden(Column::Status, true);
    m_view->horizontalHeader()->setSortIndicator(Column::Created, Qt::DescendingOrder); // newest first
    TableSetup::persistHeader(m_view, m_settings, m_prefix + u"/approvalsHeader"_s);
    m_status->bind(m_model);
    // The queue is filtered locally from every order read: "8 shown of 1,000" would read as 8 of 1,000 pending.
    m_status->setCountFormatter([this] {
        if (!m_model->pendingOnly())
            return m_model->countText();
        const QString read = tr("%n order(s) read", nullptr, m_model->loadedCount());
        return m_model->filterText().isEmpty()
                   ? tr("%1 waiting · %2").arg(QLocale().toString(m_model->pendingCount()), read)
                   : tr("%1 shown of %2 waiting · %3")
                         .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->pendingCount()),
                              read);
    });
    connect(m_model, &TrOrderModel::pendingCountChanged, m_status, &ListStatusBar::refresh);

    auto* title = new QLabel(tr("Orders waiting for approval"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showAll);
    filterRow->addWidget(m_refresh);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_approve);
    actionRow->addWidget(m_reject);
    actionRow->addWidget(m_selectAll);
    actionRow->addWidget(m_selection, 1);
    auto* keys = new QLabel(tr("A approve · R reject · Enter details · Shift/Ctrl+click to select several"), this);
    keys->setTextFormat(Qt::PlainText);
    QPalette hint = keys->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    keys->setPalette(hint);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 4);
    leftLayout->addWidget(title);
    leftLayout->addLayout(filterRow);
    leftLayout->addLayout(actionRow);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(keys);
    m_split->addWidget(left);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 5);
    m_split->setStretchFactor(1, 4);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({800, 480});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    if (m_settings)
        m_split->restoreState(m_settings->value(m_prefix + u"/approvalsSplit"_s).toByteArray());
    setShowAll(false);

    // Keyboard: the letters act on the list's selection only while the list has the focus (so typing in the search
    // box never approves anything).
    auto addKey = [this](const QKeySequence& key, void (TrApprovalsPanel::*slot)()) {
        auto* shortcut = new QShortcut(key, m_view);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addKey(QKeySequence(Qt::Key_A), &TrApprovalsPanel::approveSelected);
    addKey(QKeySequence(Qt::Key_R), &TrApprovalsPanel::rejectSelected);
    auto* selectAllKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    selectAllKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAllKey, &QShortcut::activated, this, &TrApprovalsPanel::selectAllPending);

    m_selectTimer.setSingleShot(true);
    m_selectTimer.setInterval(150);
    m_ageTimer.setInterval(60 * 1000);

    connect(m_filter, &QLineEdit::textChanged, m_model, &TrOrderModel::setFilterText);
    connect(m_showAll, &QCheckBox::toggled, this, &TrApprovalsPanel::setShowAll);
    connect(m_refresh, &QPushButton::clicked, this, &TrApprovalsPanel::refresh);
    connect(m_approve, &QPushButton::clicked, this, &TrApprovalsPanel::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &TrApprovalsPanel::rejectSelected);
    connect(m_selectAll, &QPushButton::clicked, this, &TrApprovalsPanel::selectAllPending);
    connect(m_model, &TrOrderModel::pendingCountChanged, this, &TrApprovalsPanel::pendingCountChanged);
    connect(m_model, &TrOrderModel::stateChanged, this, &TrApprovalsPanel::onStateChanged);
    connect(m_model, &TrOrderModel::layoutChanged, this, &TrApprovalsPanel::updateSelection);
    connect(m_model, &TrOrderModel::rowsInserted, this, [this] {
        if (!m_keepCurrent.isEmpty()) {
            // After a reload: the order that was current comes back as soon as its page arrives.
            if (m_model->indexForId(m_keepCurrent).isValid()) {
                selectId(m_keepCurrent, true);
                m_keepCurrent.clear();
            }
            return;
        }
        // The first rows: make the newest order current so A/R/Enter work at once.
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            selectId(m_model->index(0, 0).data(TrOrderModel::RowIdRole).toString(), true);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrApprovalsPanel::updateSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(&m_selectTimer, &QTimer::timeout, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        const QString id = current.data(TrOrderModel::RowIdRole).toString();
        if (!id.isEmpty() && (id != m_detail->orderId() || !m_detail->order()))
            m_detail->loadOrder(id);
    });
    connect(m_view, &QTableView::activated, this, &TrApprovalsPanel::openCurrent);
    connect(&m_ageTimer, &QTimer::timeout, m_model, &TrOrderModel::refreshAges);
    connect(m_detail, &TrOrderDetailPane::orderLoaded, this, [this](const TrOrder& order) {
        m_model->replaceOrder(order); // a fresher copy: the row changes in place
    });
    connect(m_detail, &TrOrderDetailPane::accountsRequested, this, &TrApprovalsPanel::accountsRequested);
    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            Q_EMIT accountsRequested();
    });
    if (m_flow) {
        connect(m_flow, &TrActionFlow::orderChanged, this, &TrApprovalsPanel::onOrderChanged);
        // A run anywhere in the tab disables Approve/Reject until it is over (one run at a time).
        connect(m_flow, &TrActionFlow::runningChanged, this, &TrApprovalsPanel::updateSelection);
        connect(m_flow, &TrActionFlow::runFinished, this, &TrApprovalsPanel::updateSelection);
        // The end of a run started here (m_listener watches only those).
        connect(m_listener, &TrRunObserver::done, this, [this](bool ran) {
            updateSelection();
            if (ran)
                restoreCurrent();
            if (isVisible())
                m_view->setFocus(Qt::OtherFocusReason); // the next order is one key away
        });
    }
    updateSelection();
}

TrApprovalsPanel::~TrApprovalsPanel() {
    if (m_settings)
        m_settings->setValue(m_prefix + u"/approvalsSplit"_s, m_split->saveState());
}

void TrApprovalsPanel::ensureLoaded() {
    if (m_loadedOnce)
        return;
    m_loadedOnce = true;
    m_ageTimer.start();
    m_model->load();
}

void TrApprovalsPanel::refresh() {
    m_loadedOnce = true;
    m_ageTimer.start();
    const QModelIndex current = m_view->currentIndex();
    m_keepCurrent = current.isValid() ? current.data(TrOrderModel::RowIdRole).toString() : QString();
    m_model->reload();
    if (m_detail->order())
        m_detail->refresh();
}

void TrApprovalsPanel::focusList() {
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void TrApprovalsPanel::focusSearch() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int TrApprovalsPanel::pendingCount() const {
    return m_model->pendingCount();
}

void TrApprovalsPanel::setShowAll(bool showAll) {
    if (m_showAll->isChecked() != showAll) {
        m_showAll->setChecked(showAll); // toggled() comes back here
        return;
    }
    m_model->setPendingOnly(!showAll);
    // Every order: its status matters; the queue: every row is pending.
    m_view->horizontalHeader()->setSectionHidden(TrOrderModel::Column::Status, !showAll);
    if (showAll)
        m_status->setTexts(tr("Reading orders…"), tr("This account has no orders."), tr("Not loaded yet."));
    else
        m_status->setTexts(tr("Reading orders to find those waiting for approval…"),
                           tr("No orders are waiting for approval."), tr("Not loaded yet."));
    updateSelection();
}

QStringList TrApprovalsPanel::selectedIds() const {
    QStringList ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        ids << index.data(TrOrderModel::RowIdRole).toString();
    return ids;
}

QList<TrBulkItem> TrApprovalsPanel::selectedItems() const {
    QList<TrBulkItem> items;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        if (const TrOrderRow* row = m_model->rowAt(index))
            items << bulkItem(*row);
    }
    return items;
}

void TrApprovalsPanel::updateSelection() {
    const QList<TrBulkItem> items = selectedItems();
    const TrBulkDryRun dry = TrBulkRunner::dryRun(items);
    const bool running = m_flow && m_flow->isRunning();
    const bool can = dry.actionable > 0 && !running && m_flow;
    m_approve->setEnabled(can);
    m_reject->setEnabled(can);
    m_approve->setText(items.size() > 1 ? tr("Approve %n…", nullptr, dry.actionable) : tr("Approve…"));
    m_reject->setText(items.size() > 1 ? tr("Reject %n…", nullptr, dry.actionable) : tr("Reject…"));
    m_selectAll->setEnabled(m_model->pendingCount() > 0);
    if (items.isEmpty()) {
        m_selection->setText(m_model->rowCount() > 0 ? tr("Nothing selected") : QString());
        return;
    }
    QString text = tr("%n selected", nullptr, int(items.size()));
    if (!dry.totalsByCurrency.isEmpty())
        text += tr(" · %1").arg(TrActionWords::totals(dry.totalsByCurrency));
    if (!dry.blocked.isEmpty())
        text += tr(" · %n not pending", nullptr, int(dry.blocked.size()));
    m_selection->setText(text);
}

QString TrApprovalsPanel::neighbourAfterSelection() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    QSet<int> selected;
    int last = -1;
    int first = m_model->rowCount();
    for (const QModelIndex& index : rows) {
        selected.insert(index.row());
        last = std::max(last, index.row());
        first = std::min(first, index.row());
    }
    for (int row = last + 1; row < m_model->rowCount(); ++row) {
        if (!selected.contains(row))
            return m_model->index(row, 0).data(TrOrderModel::RowIdRole).toString();
    }
    for (int row = first - 1; row >= 0; --row) {
        if (!selected.contains(row))
            return m_model->index(row, 0).data(TrOrderModel::RowIdRole).toString();
    }
    return {};
}

void TrApprovalsPanel::runOnSelection(TrAction action) {
    if (!m_flow)
        return;
    QList<TrBulkItem> items = selectedItems();
    if (items.isEmpty()) {
        // Nothing selected but a current row: act on it (the row the keyboard is on).
        const QModelIndex current = m_view->currentIndex();
        if (const TrOrderRow* row = current.isValid() ? m_model->rowAt(current) : nullptr) {
            m_view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            items << bulkItem(*row);
        }
    }
    if (items.isEmpty())
        return;
    m_nextAfterAction = neighbourAfterSelection();
    qCDebug(lcTrUi) << "approvals:" << trActionName(action) << items.size() << "order(s)";
    m_flow->run(action, items, {}, m_listener); // the outcome (or the refusal) shows in the strip above this list
    updateSelection();
}

void TrApprovalsPanel::approveSelected() {
    runOnSelection(TrAction::Approve);
}

void TrApprovalsPanel::rejectSelected() {
    runOnSelection(TrAction::Reject);
}

void TrApprovalsPanel::selectAllPending() {
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(TrOrderModel::PendingRole).toBool())
            selection.select(index, m_model->index(row, m_model->columnCount() - 1));
    }
    QItemSelectionModel* selectionModel = m_view->selectionModel();
    if (selection.isEmpty()) {
        selectionModel->clearSelection();
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const bool currentSelected = current.isValid() && selection.contains(current);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!currentSelected)
        selectionModel->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
    m_view->setFocus(Qt::OtherFocusReason);
}

void TrApprovalsPanel::openCurrent() {
    m_selectTimer.stop();
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(TrOrderModel::RowIdRole).toString();
    if (!id.isEmpty())
        m_detail->loadOrder(id);
}

void TrApprovalsPanel::onOrderChanged(const TrOrder& order) {
    const QModelIndex before = m_view->currentIndex();
    const QString currentId = before.isValid() ? before.data(TrOrderModel::RowIdRole).toString() : QString();
    m_model->replaceOrder(order);
    // The acted order left the queue (pending only): the current row goes on to the next order.
    if (!m_view->currentIndex().isValid() || (!currentId.isEmpty() && m_model->pendingOnly() && currentId == order.id &&
                                              order.status != TrOrderStatus::PendingApproval))
        restoreCurrent();
    updateSelection();
}

void TrApprovalsPanel::restoreCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return;
    if (!m_nextAfterAction.isEmpty() && m_model->indexForId(m_nextAfterAction).isValid()) {
        // Only when nothing else is selected: during a bulk run the remaining selection stays as it is.
        selectId(m_nextAfterAction, m_view->selectionModel()->selectedRows().isEmpty());
        return;
    }
    if (m_model->rowCount() > 0 && m_view->selectionModel()->selectedRows().isEmpty())
        selectId(m_model->index(0, 0).data(TrOrderModel::RowIdRole).toString(), true);
}

void TrApprovalsPanel::selectId(const QString& id, bool clearSelection) {
    const QModelIndex index = m_model->indexForId(id);
    if (!index.isValid())
        return;
    const auto flags = clearSelection ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                                      : QItemSelectionModel::SelectionFlags(QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->setCurrentIndex(index, flags);
    m_view->scrollTo(index);
}

void TrApprovalsPanel::onStateChanged() {
    m_refresh->setEnabled(m_model->state() != TrOrderModel::State::Loading);
    updateSelection();
    if (m_model->state() == TrOrderModel::State::Loading || m_keepCurrent.isEmpty())
        return;
    const QString keep = m_keepCurrent;
    if (m_model->indexForId(keep).isValid() || m_model->isComplete()) {
        m_keepCurrent.clear();
        if (m_model->indexForId(keep).isValid())
            selectId(keep, true);
    }
}

} // namespace rd
