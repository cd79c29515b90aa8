#include "ui/tremendous/orderrewardsview.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/tremendous/format.h"
#include "ui/common/palette.h"
#include "ui/common/tablesetup.h"
#include "ui/tremendous/rewardactions.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

enum Column { RecipientCol, ValueCol, MethodCol, DeliveryCol, CustomFieldsCol, RewardIdCol, ColumnCount };

QString customFieldsText(const Reward& reward) {
    QStringList parts;
    for (const CustomField& field : reward.customFields)
        parts << u"%1: %2"_s.arg(field.label.isEmpty() ? field.id : field.label, field.value.value_or(u"—"_s));
    return parts.join(u"; "_s);
}

} // namespace

OrderRewardsView::OrderRewardsView(Client* client, ActionFlow* flow, ClipboardGuard* clipboard, QWidget* parent)
    : QGroupBox(tr("Rewards"), parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_line(new QLabel(this))
    , m_actions(new RewardActions(client, flow, clipboard, this)) {
    m_table->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Value"), tr("Method"), tr("Delivery"), tr("Custom fields"), tr("Reward")});
    TableSetup::apply(m_table, 0);
    TableSetup::addCopyAction(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Widths from the font (never ResizeToContents over the rows).
    const QFontMetrics metrics = m_table->fontMetrics();
    auto fits = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_table->setColumnWidth(RecipientCol, 165);
    m_table->setColumnWidth(ValueCol, fits(u"$1,250.00"_s));
    m_table->setColumnWidth(MethodCol, fits(tr("E-mail")));
    m_table->setColumnWidth(DeliveryCol, fits(tr("Delivery failed")));
    m_table->setColumnWidth(CustomFieldsCol, 140);
    m_table->setColumnWidth(RewardIdCol, fits(u"W2MO8FSAY6SZHWZ"_s));
    m_line->setTextFormat(Qt::PlainText);
    m_line->setWordWrap(true);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_line);
    layout->addWidget(m_actions);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OrderRewardsView::onSelectionChanged);
    clear();
}

void OrderRewardsView::clear() {
    setRewards({}, {});
}

void OrderRewardsView::setRewards(const QList<Reward>& rewards, const QString& selectRewardId) {
    m_rewards = rewards;
    setTitle(tr("Rewards (%n)", nullptr, int(rewards.size())));
    QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(rewards.size()));
    int selectRow = rewards.isEmpty() ? -1 : 0;
    for (int row = 0; row < rewards.size(); ++row) {
        const Reward& r = rewards.at(row);
        const QString cells[ColumnCount] = {
            r.recipientDisplay(),
            formatMoney(r.value),
            deliveryMethodDisplay(r.deliveryMethodRaw),
            deliveryStatusDisplay(r.deliveryStatusRaw),
            customFieldsText(r),
            r.id,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            // Narrow cells: the whole text on hover.
            item->setToolTip(column == RecipientCol && !r.recipientName.isEmpty()
                                 ? tr("%1 (%2)").arg(cells[column], r.recipientName)
                                 : cells[column]);
            if (column == DeliveryCol && r.deliveryStatus == DeliveryStatus::Failed)
                item->setForeground(Palette::text(Palette::Tone::Error, m_table));
            m_table->setItem(row, column, item);
        }
        if (!selectRewardId.isEmpty() && r.id == selectRewardId)
            selectRow = row;
    }
    const int visibleRows = qBound(3, int(rewards.size()), 8);
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * visibleRows +
                            m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2);
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    block.unblock();
    onSelectionChanged();
}

void OrderRewardsView::selectReward(const QString& rewardId) {
    for (int row = 0; row < m_rewards.size(); ++row) {
        if (m_rewards.at(row).id == rewardId) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            return;
        }
    }
}

QString OrderRewardsView::selectedRewardId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const int row = rows.first().row();
    return row >= 0 && row < m_rewards.size() ? m_rewards.at(row).id : QString();
}

void OrderRewardsView::updateActions() {
    m_actions->updateActions();
}

void OrderRewardsView::onSelectionChanged() {
    std::optional<Reward> reward;
    const QString id = selectedRewardId();
    for (const Reward& r : m_rewards) {
        if (!id.isEmpty() && r.id == id)
            reward = r;
    }
    if (reward) {
        QString line =
            tr("Reward %1 · %2 · %3").arg(reward->id, reward->recipientDisplay(), formatMoney(reward->value));
        if (!reward->recipientName.isEmpty())
            line += tr(" · %1").arg(reward->recipientName);
        if (reward->expiresAt)
            line += tr(" · expires %1").arg(formatDateTime(*reward->expiresAt));
        m_line->setText(line);
    } else {
        m_line->setText(m_rewards.isEmpty() ? tr("This order has no rewards.")
                                            : tr("Choose a reward to resend, cancel or generate its link."));
    }
    m_actions->setReward(reward);
}

} // namespace rd::tremendous
