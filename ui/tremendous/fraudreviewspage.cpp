#include "ui/tremendous/fraudreviewspage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/fraudreviewmodel.h"
#include "models/tremendous/namecache.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/bulkdialog.h"
#include "ui/tremendous/fraudreviewdetailpane.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

// The Risk column as a coloured badge (red high, amber medium, green low); "…" while the review's details are read.
class RiskBadgeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (text.isEmpty())
            return;
        painter->save();
        const bool loaded = index.data(FraudReviewModel::RiskRole).toInt() >= 0;
        QFont font = opt.font;
        if (!loaded) {
            painter->setPen(opt.palette.color(QPalette::PlaceholderText));
            painter->drawText(opt.rect.adjusted(6, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
            painter->restore();
            return;
        }
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int width = std::min(metrics.horizontalAdvance(text) + 12, opt.rect.width() - 6);
        const int height = std::min(metrics.height() + 2, opt.rect.height() - 4);
        const QRect badge(opt.rect.left() + 4, opt.rect.top() + (opt.rect.height() - height) / 2, width, height);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const Palette::Swatch colours = Palette::badge(
            FraudReviewDetailPane::riskTone(Risk(index.data(FraudReviewModel::RiskRole).toInt())), widget);
        painter->setBrush(colours.background);
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(colours.foreground);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, width - 4));
        painter->restore();
    }
};

} // namespace

FraudReviewsPage::FraudReviewsPage(const AppContext& context, const Account& account, Client* client, ActionFlow* flow,
                                   NameCache* names, QWidget* parent)
    : ListDetailPage(context.settings, u"tremendous/%1/fraud"_s.arg(account.id), parent)
    , m_context(context)
    , m_account(account)
    , m_client(client)
    , m_flow(flow)
    , m_names(names)
    , m_model(new FraudReviewModel(client, this))
    , m_status(new QComboBox(this))
    , m_release(new QPushButton(tr("Re&lease…"), this))
    , m_block(new QPushButton(tr("&Block…"), this))
    , m_detail(new FraudReviewDetailPane(m_model, this))
    , m_releaseAction(new QAction(tr("Release…"), this))
    , m_blockAction(new QAction(tr("Block…"), this))
    , m_listener(new RunObserver(message(), this)) {
    m_model->setAccountLabel(account.label());

    m_status->addItem(tr("Flagged (to review)"), int(StatusChoice::Flagged));
    m_status->addItem(tr("Blocked"), int(StatusChoice::Blocked));
    m_status->addItem(tr("Released"), int(StatusChoice::Released));
    m_status->addItem(tr("All statuses"), int(StatusChoice::All));
    m_status->setToolTip(tr("Which reviews to load from Tremendous"));
    filterEdit()->setPlaceholderText(tr("Search the list: reward, recipient, reason, country, IP (Ctrl+F)"));
    m_release->setToolTip(tr("Release the selected rewards to their recipients (L). One review: a confirmation; "
                             "several: a dry run first."));
    m_block->setToolTip(tr("Block the selected rewards: canceled and refunded (B). One review: a confirmation; "
                           "several: a dry run first."));

    setModel(m_model, TableSetup::Sortable | TableSetup::MultiSelect);
    view()->setItemDelegateForColumn(FraudReviewModel::Column::Risk, new RiskBadgeDelegate(view()));
    view()->setColumnWidth(FraudReviewModel::Column::Risk, 72);
    view()->setColumnWidth(FraudReviewModel::Column::Status, 62);
    view()->setColumnWidth(FraudReviewModel::Column::Redeemed, 125);
    view()->setColumnWidth(FraudReviewModel::Column::AutoBlockIn, 85);
    view()->setColumnWidth(FraudReviewModel::Column::Reasons, 140);
    view()->setColumnWidth(FraudReviewModel::Column::Amount, 72);
    view()->setColumnWidth(FraudReviewModel::Column::Recipient, 150);
    view()->setColumnWidth(FraudReviewModel::Column::Location, 80);
    view()->setColumnWidth(FraudReviewModel::Column::Method, 100);
    view()->horizontalHeader()->setSectionHidden(FraudReviewModel::Column::Method, true);
    view()->horizontalHeader()->setSectionHidden(FraudReviewModel::Column::ReviewedBy, true);
    persistColumns();

    // Keyboard speed: L and B act on the selection while the list has focus (not while typing in the filter).
    m_releaseAction->setShortcut(QKeySequence(Qt::Key_L));
    m_blockAction->setShortcut(QKeySequence(Qt::Key_B));
    for (QAction* action : {m_releaseAction, m_blockAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        view()->addAction(action);
    }
    view()->setContextMenuPolicy(Qt::ActionsContextMenu);

    status()->setTexts(tr("Loading fraud reviews…"), tr("No fraud reviews with this status. The queue is clear."),
                       tr("Not loaded yet."));
    status()->bind(m_model);

    addBeforeFilter(new QLabel(tr("Show:"), this));
    addBeforeFilter(m_status);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_release);
    actions->addWidget(m_block);
    actions->addWidget(makeHint(tr("Select with Shift/Ctrl or Ctrl+A; L releases, B blocks the selection.")));
    actions->addStretch(1);
    addBelowFilter(actions);
    setDetail(m_detail, 3, 2, {820, 460}); // the list wider; the detail wraps to its width

    m_selectTimer.setSingleShot(true);
    m_selectTimer.setInterval(120);
    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(100);
    m_tick.setInterval(30000);

    connect(m_status, &QComboBox::currentIndexChanged, this, &FraudReviewsPage::applyStatusChoice);
    connect(filterEdit(), &QLineEdit::textChanged, m_model, &FraudReviewModel::setFilterText);
    connect(refreshButton(), &QPushButton::clicked, this, &FraudReviewsPage::refresh);
    connect(m_release, &QPushButton::clicked, this, &FraudReviewsPage::releaseSelected);
    connect(m_block, &QPushButton::clicked, this, &FraudReviewsPage::blockSelected);
    connect(m_releaseAction, &QAction::triggered, this, &FraudReviewsPage::releaseSelected);
    connect(m_blockAction, &QAction::triggered, this, &FraudReviewsPage::blockSelected);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FraudReviewsPage::updateActions);
    connect(&m_selectTimer, &QTimer::timeout, this, &FraudReviewsPage::onCurrentChanged);
    connect(view()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { m_visibleTimer.start(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_visibleTimer.start(); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        m_visibleTimer.start();
        updateActions();
    });
    connect(&m_visibleTimer, &QTimer::timeout, this, &FraudReviewsPage::prioritizeVisible);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            view()->viewport()->update(); // the countdown column reads the clock when painted
    });
    m_tick.start();
    connect(m_model, &FraudReviewModel::stateChanged, this, [this](FraudReviewModel::State state) {
        refreshButton()->setEnabled(state != FraudReviewModel::State::Loading);
        if (state != FraudReviewModel::State::Loading)
            restoreCurrent();
    });
    connect(m_detail, &FraudReviewDetailPane::releaseRequested, this,
            [this](const QString& id) { runOn(Action::Release, {id}); });
    connect(m_detail, &FraudReviewDetailPane::blockRequested, this,
            [this](const QString& id) { runOn(Action::Block, {id}); });
    if (m_flow) {
        connect(m_flow, &ActionFlow::fraudReviewChanged, this, &FraudReviewsPage::onReviewChanged);
        connect(m_flow, &ActionFlow::runFinished, this, &FraudReviewsPage::updateActions);
        connect(m_flow, &ActionFlow::declined, this, &FraudReviewsPage::updateActions);
    }
    connect(m_listener, &RunObserver::done, this, &FraudReviewsPage::onRunDone);
    updateActions();
}

FraudReviewsPage::~FraudReviewsPage() = default;

void FraudReviewsPage::ensureLoaded() {
    if (m_loadedOnce)
        return;
    refresh();
}

void FraudReviewsPage::refresh() {
    m_loadedOnce = true;
    const QModelIndex current = view()->currentIndex();
    m_keepCurrent = current.isValid() ? current.data(FraudReviewModel::RowIdRole).toString() : m_detail->reviewId();
    m_model->reload();
}

void FraudReviewsPage::setStatusChoice(StatusChoice choice) {
    const int index = m_status->findData(int(choice));
    if (index == m_status->currentIndex())
        applyStatusChoice();
    else
        m_status->setCurrentIndex(index);
}

void FraudReviewsPage::applyStatusChoice() {
    switch (StatusChoice(m_status->currentData().toInt())) {
    case StatusChoice::Flagged:
        m_model->setStatusFilter(FraudStatus::Flagged);
        break;
    case StatusChoice::Blocked:
        m_model->setStatusFilter(FraudStatus::Blocked);
        break;
    case StatusChoice::Released:
        m_model->setStatusFilter(FraudStatus::Released);
        break;
    case StatusChoice::All:
        m_model->setStatusFilter(std::nullopt);
        break;
    }
    if (!m_loadedOnce || m_model->state() == FraudReviewModel::State::Idle)
        refresh();
}

QStringList FraudReviewsPage::selectedIds() const {
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : std::as_const(rows))
        ids << index.data(FraudReviewModel::RowIdRole).toString();
    if (ids.isEmpty() && view()->currentIndex().isValid())
        ids << view()->currentIndex().data(FraudReviewModel::RowIdRole).toString();
    ids.removeAll(QString());
    return ids;
}

bool FraudReviewsPage::releaseSelected() {
    return runOn(Action::Release, selectedIds());
}

bool FraudReviewsPage::blockSelected() {
    return runOn(Action::Block, selectedIds());
}

bool FraudReviewsPage::runOn(Action action, const QStringList& ids) {
    if (!m_flow)
        return false;
    if (ids.isEmpty()) {
        message()->showMessage(InlineMessage::Kind::Info, tr("Select one or more reviews first."));
        return false;
    }
    QList<BulkItem> items;
    for (const QString& id : ids) {
        if (const FraudReviewRow* row = m_model->findRow(id)) {
            items << bulkItem(*row);
        } else if (const std::optional<FraudReview> shown = m_detail->review(); shown && shown->id() == id) {
            items << bulkItem(FraudReviewRow::fromReview(*shown));
        }
    }
    if (items.isEmpty())
        return false;
    // Where the agent is in the list: after the run the row there becomes current (reviewed rows leave the queue).
    int anchor = -1;
    for (const QModelIndex& index : view()->selectionModel()->selectedRows())
        anchor = anchor < 0 ? index.row() : std::min(anchor, index.row());
    m_anchorRow = anchor >= 0 ? anchor : view()->currentIndex().row();
    const bool started = m_flow->run(action, items, {}, m_listener);
    updateActions();
    return started;
}

void FraudReviewsPage::onReviewChanged(const FraudReview& review) {
    m_model->replaceReview(review); // in place; leaves the list when it no longer matches the status shown
    if (review.id() == m_detail->reviewId())
        m_detail->setReview(review);
}

void FraudReviewsPage::onRunDone() {
    updateActions();
    // The reviewed rows left the Flagged queue: the row now at the agent's place becomes current, so L/B go on.
    const QModelIndex current = view()->currentIndex();
    if ((!current.isValid() || view()->selectionModel()->selectedRows().isEmpty()) && m_model->rowCount() > 0 &&
        m_anchorRow >= 0) {
        const QModelIndex next = m_model->index(std::min(m_anchorRow, m_model->rowCount() - 1), 0);
        view()->selectionModel()->setCurrentIndex(next,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view()->scrollTo(next);
    }
    m_anchorRow = -1;
    // Focus back in the list, unless the bulk results window has it.
    const BulkDialog* dialog = m_flow ? m_flow->bulkDialog() : nullptr;
    if (isVisible() && (!dialog || !dialog->isVisible()))
        view()->setFocus(Qt::OtherFocusReason);
}

void FraudReviewsPage::restoreCurrent() {
    if (m_keepCurrent.isEmpty())
        return;
    const QModelIndex index = m_model->indexForId(m_keepCurrent);
    m_keepCurrent.clear();
    if (index.isValid()) {
        view()->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view()->scrollTo(index);
    }
}

void FraudReviewsPage::onCurrentChanged() {
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(FraudReviewModel::RowIdRole).toString();
    if (id.isEmpty())
        return;
    m_detail->showReview(id);
    updateActions();
}

void FraudReviewsPage::prioritizeVisible() {
    if (m_model->rowCount() == 0)
        return;
    const int first = std::max(0, view()->rowAt(0));
    int last = view()->rowAt(view()->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->prioritize(first, last);
}

void FraudReviewsPage::updateActions() {
    const int count = int(selectedIds().size());
    const bool running = m_flow && m_flow->isRunning();
    const bool enabled = count > 0 && !running && m_flow;
    m_release->setEnabled(enabled);
    m_block->setEnabled(enabled);
    m_releaseAction->setEnabled(enabled);
    m_blockAction->setEnabled(enabled);
    m_release->setText(count > 1 ? tr("Re&lease %1…").arg(count) : tr("Re&lease…"));
    m_block->setText(count > 1 ? tr("&Block %1…").arg(count) : tr("&Block…"));
    m_detail->setActionsEnabled(!running && m_flow);
    const QString shown = m_detail->reviewId();
    m_detail->setLockReason(m_flow && !shown.isEmpty() ? m_flow->lockReason(Action::Release, shown) : QString());
}

QString FraudReviewsPage::pageTitle() const {
    return tr("Fraud reviews");
}

QString FraudReviewsPage::pageToolTip() const {
    return tr("Rewards held for fraud review");
}

} // namespace rd::tremendous
