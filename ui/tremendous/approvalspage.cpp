#include "ui/tremendous/approvalspage.h"

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
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/tremendous/namecache.h"
#include "models/tremendous/ordermodel.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/actionwords.h"
#include "ui/tremendous/log.h"
#include "ui/tremendous/orderdetailpane.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

ApprovalsPage::ApprovalsPage(Client* client, ActionFlow* flow, NameCache* names, ClipboardGuard* clipboard,
                             QSettings* settings, const QString& settingsPrefix, QWidget* parent)
    : ListDetailPage(settings, settingsPrefix + u"/approvals"_s, parent)
    , m_client(client)
    , m_flow(flow)
    , m_model(new OrderModel(client, this))
    , m_showAll(new QCheckBox(tr("Show all orders"), this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_selectAll(new QPushButton(tr("Select all pending"), this))
    , m_selection(new QLabel(this))
    , m_listener(new RunObserver(message(), this))
    , m_detail(new OrderDetailPane(client, flow, names, clipboard, this)) {
    m_model->setNameCache(names);

    filterEdit()->setPlaceholderText(tr("Search the list: order ID, external ID, recipient, campaign, channel"));
    filterEdit()->setClearButtonEnabled(true);
    filterEdit()->setAccessibleName(tr("Search orders"));
    m_showAll->setToolTip(tr("Show every order, not only those waiting for approval (Tremendous has no status "
                             "filter: RewardDesk reads every order and filters them itself)."));
    m_approve->setToolTip(tr("Approve the selected orders (A). One order: a confirmation; several: a summary first."));
    m_reject->setToolTip(tr("Reject the selected orders (R). Nothing is sent to their recipients."));
    m_selectAll->setToolTip(tr("Select every order waiting for approval in the list (Ctrl+Shift+A)."));
    for (QPushButton* button : {m_approve, m_reject, m_selectAll})
        button->setAutoDefault(false);
    m_selection->setTextFormat(Qt::PlainText);

    setModel(m_model, TableSetup::Sortable | TableSetup::MultiSelect);
    using Column = OrderModel::Column;
    // Widths from the font (never ResizeToContents over the rows): what the longest usual value needs.
    const QFontMetrics metrics = view()->fontMetrics();
    auto fits = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    view()->setColumnWidth(
        Column::Created, fits(QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat)));
    view()->setColumnWidth(Column::Age, fits(tr("59 min")));
    view()->setColumnWidth(Column::OrderId, fits(u"W2MO8FSAY6SZHWZ"_s));
    view()->setColumnWidth(Column::ExternalId, fits(u"crm-1000000000"_s));
    view()->setColumnWidth(Column::Status, fits(tr("Pending approval")));
    view()->setColumnWidth(Column::Amount, fits(u"$12,345.00"_s));
    view()->setColumnWidth(Column::Recipients, 160);
    view()->setColumnWidth(Column::Products, 110);
    view()->setColumnWidth(Column::Campaign, 110);
    view()->setColumnWidth(Column::Channel, fits(u"EMBED"_s));
    // In the detail pane; one right-click on the header brings them into the list.
    view()->horizontalHeader()->setSectionHidden(Column::ExternalId, true);
    view()->horizontalHeader()->setSectionHidden(Column::Status, true);
    view()->horizontalHeader()->setSortIndicator(Column::Created, Qt::DescendingOrder); // newest first
    persistColumns();
    status()->bind(m_model);
    // The queue is filtered locally from every order read: "8 shown of 1,000" would read as 8 of 1,000 pending.
    status()->setCountFormatter([this] {
        if (!m_model->pendingOnly())
            return m_model->countText();
        const QString read = tr("%n order(s) read", nullptr, m_model->loadedCount());
        return m_model->filterText().isEmpty()
                   ? tr("%1 waiting · %2").arg(QLocale().toString(m_model->pendingCount()), read)
                   : tr("%1 shown of %2 waiting · %3")
                         .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->pendingCount()),
                              read);
    });
    connect(m_model, &OrderModel::pendingCountChanged, status(), &ListStatusBar::refresh);

    setListTitle(tr("Orders waiting for approval"));
    addAfterFilter(m_showAll);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_approve);
    actionRow->addWidget(m_reject);
    actionRow->addWidget(m_selectAll);
    actionRow->addWidget(m_selection, 1);
    addBelowFilter(actionRow);
    addFooter(makeHint(tr("A approve · R reject · Enter details · Shift/Ctrl+click to select several")));
    setDetail(m_detail, 5, 4, {800, 480});
    setShowAll(false);

    // Keyboard: the letters act on the list's selection only while the list has the focus (so typing in the search
    // box never approves anything).
    auto addKey = [this](const QKeySequence& key, void (ApprovalsPage::*slot)()) {
        auto* shortcut = new QShortcut(key, view());
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addKey(QKeySequence(Qt::Key_A), &ApprovalsPage::approveSelected);
    addKey(QKeySequence(Qt::Key_R), &ApprovalsPage::rejectSelected);
    auto* selectAllKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    selectAllKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAllKey, &QShortcut::activated, this, &ApprovalsPage::selectAllPending);

    m_selectTimer.setSingleShot(true);
    m_selectTimer.setInterval(150);
    m_ageTimer.setInterval(60 * 1000);

    connect(filterEdit(), &QLineEdit::textChanged, m_model, &OrderModel::setFilterText);
    connect(m_showAll, &QCheckBox::toggled, this, &ApprovalsPage::setShowAll);
    connect(refreshButton(), &QPushButton::clicked, this, &ApprovalsPage::refresh);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::rejectSelected);
    connect(m_selectAll, &QPushButton::clicked, this, &ApprovalsPage::selectAllPending);
    connect(m_model, &OrderModel::pendingCountChanged, this, &ApprovalsPage::pendingCountChanged);
    connect(m_model, &OrderModel::pendingCountChanged, this, &ApprovalsPage::badgeChanged);
    connect(m_model, &OrderModel::stateChanged, this, &ApprovalsPage::onStateChanged);
    connect(m_model, &OrderModel::layoutChanged, this, &ApprovalsPage::updateSelection);
    connect(m_model, &OrderModel::rowsInserted, this, [this] {
        if (!m_keepCurrent.isEmpty()) {
            // After a reload: the order that was current comes back as soon as its page arrives.
            if (m_model->indexForId(m_keepCurrent).isValid()) {
                selectId(m_keepCurrent, true);
                m_keepCurrent.clear();
            }
            return;
        }
        // The first rows: make the newest order current so A/R/Enter work at once.
        if (!view()->currentIndex().isValid() && m_model->rowCount() > 0)
            selectId(m_model->index(0, 0).data(OrderModel::RowIdRole).toString(), true);
    });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalsPage::updateSelection);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(&m_selectTimer, &QTimer::timeout, this, [this] {
        const QModelIndex current = view()->currentIndex();
        if (!current.isValid())
            return;
        const QString id = current.data(OrderModel::RowIdRole).toString();
        if (!id.isEmpty() && (id != m_detail->orderId() || !m_detail->order()))
            m_detail->loadOrder(id);
    });
    connect(view(), &QTableView::activated, this, &ApprovalsPage::openCurrent);
    connect(&m_ageTimer, &QTimer::timeout, m_model, &OrderModel::refreshAges);
    connect(m_detail, &OrderDetailPane::orderLoaded, this, [this](const Order& order) {
        m_model->replaceOrder(order); // a fresher copy: the row changes in place
    });
    if (m_flow) {
        connect(m_flow, &ActionFlow::orderChanged, this, &ApprovalsPage::onOrderChanged);
        // A run anywhere in the tab disables Approve/Reject until it is over (one run at a time).
        connect(m_flow, &ActionFlow::runningChanged, this, &ApprovalsPage::updateSelection);
        connect(m_flow, &ActionFlow::runFinished, this, &ApprovalsPage::updateSelection);
        // The end of a run started here (m_listener watches only those).
        connect(m_listener, &RunObserver::done, this, [this](bool ran) {
            updateSelection();
            if (ran)
                restoreCurrent();
            if (isVisible())
                view()->setFocus(Qt::OtherFocusReason); // the next order is one key away
        });
    }
    updateSelection();
}

ApprovalsPage::~ApprovalsPage() = default;

QString ApprovalsPage::pageTitle() const {
    return tr("Approvals");
}

QString ApprovalsPage::pageBadge() const {
    const int count = pendingCount();
    return count > 0 ? QLocale().toString(count) : QString();
}

QString ApprovalsPage::pageToolTip() const {
    return tr("Orders waiting for approval");
}

void ApprovalsPage::ensureLoaded() {
    if (m_loadedOnce)
        return;
    m_loadedOnce = true;
    m_ageTimer.start();
    m_model->load();
}

void ApprovalsPage::refresh() {
    m_loadedOnce = true;
    m_ageTimer.start();
    const QModelIndex current = view()->currentIndex();
    m_keepCurrent = current.isValid() ? current.data(OrderModel::RowIdRole).toString() : QString();
    m_model->reload();
    if (m_detail->order())
        m_detail->refresh();
}

void ApprovalsPage::focusList() {
    view()->setFocus(Qt::ShortcutFocusReason);
}

int ApprovalsPage::pendingCount() const {
    return m_model->pendingCount();
}

void ApprovalsPage::setShowAll(bool showAll) {
    if (m_showAll->isChecked() != showAll) {
        m_showAll->setChecked(showAll); // toggled() comes back here
        return;
    }
    m_model->setPendingOnly(!showAll);
    // Every order: its status matters; the queue: every row is pending.
    view()->horizontalHeader()->setSectionHidden(OrderModel::Column::Status, !showAll);
    if (showAll)
        status()->setTexts(tr("Reading orders…"), tr("This account has no orders."), tr("Not loaded yet."));
    else
        status()->setTexts(tr("Reading orders to find those waiting for approval…"),
                           tr("No orders are waiting for approval."), tr("Not loaded yet."));
    updateSelection();
}

QStringList ApprovalsPage::selectedIds() const {
    QStringList ids;
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        ids << index.data(OrderModel::RowIdRole).toString();
    return ids;
}

QList<BulkItem> ApprovalsPage::selectedItems() const {
    QList<BulkItem> items;
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        if (const OrderRow* row = m_model->rowAt(index))
            items << bulkItem(*row);
    }
    return items;
}

void ApprovalsPage::updateSelection() {
    const QList<BulkItem> items = selectedItems();
    const BulkDryRun dry = BulkRunner::dryRun(items);
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
        text += tr(" · %1").arg(ActionWords::totals(dry.totalsByCurrency));
    if (!dry.blocked.isEmpty())
        text += tr(" · %n not pending", nullptr, int(dry.blocked.size()));
    m_selection->setText(text);
}

QString ApprovalsPage::neighbourAfterSelection() const {
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
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
            return m_model->index(row, 0).data(OrderModel::RowIdRole).toString();
    }
    for (int row = first - 1; row >= 0; --row) {
        if (!selected.contains(row))
            return m_model->index(row, 0).data(OrderModel::RowIdRole).toString();
    }
    return {};
}

void ApprovalsPage::runOnSelection(Action action) {
    if (!m_flow)
        return;
    QList<BulkItem> items = selectedItems();
    if (items.isEmpty()) {
        // Nothing selected but a current row: act on it (the row the keyboard is on).
        const QModelIndex current = view()->currentIndex();
        if (const OrderRow* row = current.isValid() ? m_model->rowAt(current) : nullptr) {
            view()->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            items << bulkItem(*row);
        }
    }
    if (items.isEmpty())
        return;
    m_nextAfterAction = neighbourAfterSelection();
    qCDebug(lcTrUi) << "approvals:" << actionName(action) << items.size() << "order(s)";
    m_flow->run(action, items, {}, m_listener); // the outcome (or the refusal) shows in the strip above this list
    updateSelection();
}

void ApprovalsPage::approveSelected() {
    runOnSelection(Action::Approve);
}

void ApprovalsPage::rejectSelected() {
    runOnSelection(Action::Reject);
}

void ApprovalsPage::selectAllPending() {
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(OrderModel::PendingRole).toBool())
            selection.select(index, m_model->index(row, m_model->columnCount() - 1));
    }
    QItemSelectionModel* selectionModel = view()->selectionModel();
    if (selection.isEmpty()) {
        selectionModel->clearSelection();
        return;
    }
    const QModelIndex current = view()->currentIndex();
    const bool currentSelected = current.isValid() && selection.contains(current);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!currentSelected)
        selectionModel->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
    view()->setFocus(Qt::OtherFocusReason);
}

void ApprovalsPage::openCurrent() {
    m_selectTimer.stop();
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(OrderModel::RowIdRole).toString();
    if (!id.isEmpty())
        m_detail->loadOrder(id);
}

void ApprovalsPage::onOrderChanged(const Order& order) {
    const QModelIndex before = view()->currentIndex();
    const QString currentId = before.isValid() ? before.data(OrderModel::RowIdRole).toString() : QString();
    m_model->replaceOrder(order);
    // The acted order left the queue (pending only): the current row goes on to the next order.
    if (!view()->currentIndex().isValid() || (!currentId.isEmpty() && m_model->pendingOnly() && currentId == order.id &&
                                              order.status != OrderStatus::PendingApproval))
        restoreCurrent();
    updateSelection();
}

void ApprovalsPage::restoreCurrent() {
    const QModelIndex current = view()->currentIndex();
    if (current.isValid())
        return;
    if (!m_nextAfterAction.isEmpty() && m_model->indexForId(m_nextAfterAction).isValid()) {
        // Only when nothing else is selected: during a bulk run the remaining selection stays as it is.
        selectId(m_nextAfterAction, view()->selectionModel()->selectedRows().isEmpty());
        return;
    }
    if (m_model->rowCount() > 0 && view()->selectionModel()->selectedRows().isEmpty())
        selectId(m_model->index(0, 0).data(OrderModel::RowIdRole).toString(), true);
}

void ApprovalsPage::selectId(const QString& id, bool clearSelection) {
    const QModelIndex index = m_model->indexForId(id);
    if (!index.isValid())
        return;
    const auto flags = clearSelection ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                                      : QItemSelectionModel::SelectionFlags(QItemSelectionModel::NoUpdate);
    view()->selectionModel()->setCurrentIndex(index, flags);
    view()->scrollTo(index);
}

void ApprovalsPage::onStateChanged() {
    refreshButton()->setEnabled(m_model->state() != OrderModel::State::Loading);
    updateSelection();
    if (m_model->state() == OrderModel::State::Loading || m_keepCurrent.isEmpty())
        return;
    const QString keep = m_keepCurrent;
    if (m_model->indexForId(keep).isValid() || m_model->isComplete()) {
        m_keepCurrent.clear();
        if (m_model->indexForId(keep).isValid())
            selectId(keep, true);
    }
}

} // namespace rd::tremendous
