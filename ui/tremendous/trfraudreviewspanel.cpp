#include "trfraudreviewspanel.h"

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

#include "common/inlinemessage.h"
#include "common/liststatusbar.h"
#include "common/tablesetup.h"
#include "tractionflow.h"
#include "trbulkdialog.h"
#include "tremendous/tremendousclient.h"
#include "tremendous/trfraudreviewmodel.h"
#include "tremendous/trnamecache.h"
#include "trfraudreviewdetailpane.h"

using namespace Qt::StringLiterals;

namespace rd {

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
        const bool loaded = index.data(TrFraudReviewModel::RiskRole).toInt() >= 0;
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
            TrFraudReviewDetailPane::riskTone(TrRisk(index.data(TrFraudReviewModel::RiskRole).toInt())), widget);
        painter->setBrush(colours.background);
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(colours.foreground);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, width - 4));
        painter->restore();
    }
};

} // namespace

TrFraudReviewsPanel::TrFraudReviewsPanel(const AppContext& context, const Account& account, TremendousClient* client,
                                         TrActionFlow* flow, TrNameCache* names, QWidget* parent)
    : ListDetailPage(context.settings, u"tremendous/%1/fraud"_s.arg(account.id), parent)
    , m_context(context)
    , m_account(account)
    , m_client(client)
    , m_flow(flow)
    , m_names(names)
    , m_model(new TrFraudReviewModel(client, this))
    , m_status(new QComboBox(this))
    , m_release(new QPushButton(tr("Re&lease…"), this))
    , m_block(new QPushButton(tr("&Block…"), this))
    , m_detail(new TrFraudReviewDetailPane(m_model, this))
    , m_releaseAction(new QAction(tr("Release…"), this))
    , m_blockAction(new QAction(tr("Block…"), this))
    , m_listener(new TrRunObserver(message(), this)) {
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
    view()->setItemDelegateForColumn(TrFraudReviewModel::Column::Risk, new RiskBadgeDelegate(view()));
    view()->setColumnWidth(TrFraudReviewModel::Column::Risk, 72);
    view()->setColumnWidth(TrFraudReviewModel::Column::Status, 62);
    view()->setColumnWidth(TrFraudReviewModel::Column::Redeemed, 125);
    view()->setColumnWidth(TrFraudReviewModel::Column::AutoBlockIn, 85);
    view()->setColumnWidth(TrFraudReviewModel::Column::Reasons, 140);
    view()->setColumnWidth(TrFraudReviewModel::Column::Amount, 72);
    view()->setColumnWidth(TrFraudReviewModel::Column::Recipient, 150);
    view()->setColumnWidth(TrFraudReviewModel::Column::Location, 80);
    view()->setColumnWidth(TrFraudReviewModel::Column::Method, 100);
    view()->horizontalHeader()->setSectionHidden(TrFraudReviewModel::Column::Method, true);
    view()->horizontalHeader()->setSectionHidden(TrFraudReviewModel::Column::ReviewedBy, true);
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

    connect(m_status, &QComboBox::currentIndexChanged, this, &TrFraudReviewsPanel::applyStatusChoice);
    connect(filterEdit(), &QLineEdit::textChanged, m_model, &TrFraudReviewModel::setFilterText);
    connect(refreshButton(), &QPushButton::clicked, this, &TrFraudReviewsPanel::refresh);
    connect(m_release, &QPushButton::clicked, this, &TrFraudReviewsPanel::releaseSelected);
    connect(m_block, &QPushButton::clicked, this, &TrFraudReviewsPanel::blockSelected);
    connect(m_releaseAction, &QAction::triggered, this, &TrFraudReviewsPanel::releaseSelected);
    connect(m_blockAction, &QAction::triggered, this, &TrFraudReviewsPanel::blockSelected);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrFraudReviewsPanel::updateActions);
    connect(&m_selectTimer, &QTimer::timeout, this, &TrFraudReviewsPanel::onCurrentChanged);
    connect(view()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { m_visibleTimer.start(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_visibleTimer.start(); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        m_visibleTimer.start();
        updateActions();
    });
    connect(&m_visibleTimer, &QTimer::timeout, this, &TrFraudReviewsPanel::prioritizeVisible);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            view()->viewport()->update(); // the countdown column reads the clock when painted
    });
    m_tick.start();
    connect(m_model, &TrFraudReviewModel::stateChanged, this, [this](TrFraudReviewModel::State state) {
        refreshButton()->setEnabled(state != TrFraudReviewModel::State::Loading);
        if (state != TrFraudReviewModel::State::Loading)
            restoreCurrent();
    });
    connect(m_detail, &TrFraudReviewDetailPane::releaseRequested, this,
            [this](const QString& id) { runOn(TrAction::Release, {id}); });
    connect(m_detail, &TrFraudReviewDetailPane::blockRequested, this,
            [this](const QString& id) { runOn(TrAction::Block, {id}); });
    if (m_flow) {
        connect(m_flow, &TrActionFlow::fraudReviewChanged, this, &TrFraudReviewsPanel::onReviewChanged);
        connect(m_flow, &TrActionFlow::runFinished, this, &TrFraudReviewsPanel::updateActions);
        connect(m_flow, &TrActionFlow::declined, this, &TrFraudReviewsPanel::updateActions);
    }
    connect(m_listener, &TrRunObserver::done, this, &TrFraudReviewsPanel::onRunDone);
    updateActions();
}

TrFraudReviewsPanel::~TrFraudReviewsPanel() = default;

void TrFraudReviewsPanel::ensureLoaded() {
    if (m_loadedOnce)
        return;
    refresh();
}

void TrFraudReviewsPanel::refresh() {
    m_loadedOnce = true;
    const QModelIndex current = view()->currentIndex();
    m_keepCurrent = current.isValid() ? current.data(TrFraudReviewModel::RowIdRole).toString() : m_detail->reviewId();
    m_model->reload();
}

void TrFraudReviewsPanel::setStatusChoice(StatusChoice choice) {
    const int index = m_status->findData(int(choice));
    if (index == m_status->currentIndex())
        applyStatusChoice();
    else
        m_status->setCurrentIndex(index);
}

void TrFraudReviewsPanel::applyStatusChoice() {
    switch (StatusChoice(m_status->currentData().toInt())) {
    case StatusChoice::Flagged:
        m_model->setStatusFilter(TrFraudStatus::Flagged);
        break;
    case StatusChoice::Blocked:
        m_model->setStatusFilter(TrFraudStatus::Blocked);
        break;
    case StatusChoice::Released:
        m_model->setStatusFilter(TrFraudStatus::Released);
        break;
    case StatusChoice::All:
        m_model->setStatusFilter(std::nullopt);
        break;
    }
    if (!m_loadedOnce || m_model->state() == TrFraudReviewModel::State::Idle)
        refresh();
}

QStringList TrFraudReviewsPanel::selectedIds() const {
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : std::as_const(rows))
        ids << index.data(TrFraudReviewModel::RowIdRole).toString();
    if (ids.isEmpty() && view()->currentIndex().isValid())
        ids << view()->currentIndex().data(TrFraudReviewModel::RowIdRole).toString();
    ids.removeAll(QString());
    return ids;
}

bool TrFraudReviewsPanel::releaseSelected() {
    return runOn(TrAction::Release, selectedIds());
}

bool TrFraudReviewsPanel::blockSelected() {
    return runOn(TrAction::Block, selectedIds());
}

bool TrFraudReviewsPanel::runOn(TrAction action, const QStringList& ids) {
    if (!m_flow)
        return false;
    if (ids.isEmpty()) {
        message()->showMessage(InlineMessage::Kind::Info, tr("Select one or more reviews first."));
        return false;
    }
    QList<TrBulkItem> items;
    for (const QString& id : ids) {
        if (const TrFraudReviewRow* row = m_model->findRow(id)) {
            items << bulkItem(*row);
        } else if (const std::optional<TrFraudReview> shown = m_detail->review(); shown && shown->id() == id) {
            items << bulkItem(TrFraudReviewRow::fromReview(*shown));
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

void TrFraudReviewsPanel::onReviewChanged(const TrFraudReview& review) {
    m_model->replaceReview(review); // in place; leaves the list when it no longer matches the status shown
    if (review.id() == m_detail->reviewId())
        m_detail->setReview(review);
}

void TrFraudReviewsPanel::onRunDone() {
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
    const TrBulkDialog* dialog = m_flow ? m_flow->bulkDialog() : nullptr;
    if (isVisible() && (!dialog || !dialog->isVisible()))
        view()->setFocus(Qt::OtherFocusReason);
}

void TrFraudReviewsPanel::restoreCurrent() {
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

void TrFraudReviewsPanel::onCurrentChanged() {
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(TrFraudReviewModel::RowIdRole).toString();
    if (id.isEmpty())
        return;
    m_detail->showReview(id);
    updateActions();
}

void TrFraudReviewsPanel::prioritizeVisible() {
    if (m_model->rowCount() == 0)
        return;
    const int first = std::max(0, view()->rowAt(0));
    int last = view()->rowAt(view()->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->prioritize(first, last);
}

void TrFraudReviewsPanel::updateActions() {
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
    m_detail->setLockReason(m_flow && !shown.isEmpty() ? m_flow->lockReason(TrAction::Release, shown) : QString());
}

QString TrFraudReviewsPanel::pageTitle() const {
    return tr("Fraud reviews");
}

QString TrFraudReviewsPanel::pageToolTip() const {
    return tr("Rewards held for fraud review");
}

} // namespace rd
