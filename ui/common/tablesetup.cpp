#include "ui/common/tablesetup.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd {

void TableSetup::apply(QTableView* view, int options) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode((options & MultiSelect) ? QAbstractItemView::ExtendedSelection
                                                   : QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setAlternatingRowColors(true);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (options & Sortable) {
        // Start in load order (-1): enabling sorting would otherwise sort by column 0 at once.
        header->setSortIndicator(-1, Qt::AscendingOrder);
        view->setSortingEnabled(true);
    }
}

void TableSetup::addColumnChooser(QTableView* view) {
    QHeaderView* header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view, header](const QPoint& pos) {
        QAbstractItemModel* model = view->model();
        if (!model)
            return;
        auto* menu = new QMenu(view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addSection(QTableView::tr("Columns"));
        const int columns = model->columnCount();
        for (int column = 0; column < columns; ++column) {
            QAction* action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            QObject::connect(action, &QAction::toggled, view, [header, column, columns](bool on) {
                if (!on) {
                    int shown = 0;
                    for (int c = 0; c < columns; ++c)
                        shown += header->isSectionHidden(c) ? 0 : 1;
                    if (shown <= 1)
                        return; // keep at least one column
                }
                header->setSectionHidden(column, !on);
            });
        }
        menu->popup(header->mapToGlobal(pos));
    });
}

void TableSetup::persistHeader(QTableView* view, QSettings* settings, const QString& key) {
    if (!settings || key.isEmpty())
        return;
    QHeaderView* header = view->horizontalHeader();
    const QByteArray state = settings->value(key).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    auto save = [header, settings, key] { settings->setValue(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, view, save);
    QObject::connect(header, &QHeaderView::sectionMoved, view, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, save);
    QObject::connect(header, &QHeaderView::sectionCountChanged, view, save);
}

QString TableSetup::selectedRowsText(const QTableView* view) {
    const QAbstractItemModel* model = view->model();
    if (!model || !view->selectionModel())
        return {};
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    const QHeaderView* header = view->horizontalHeader();
    QStringList lines;
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (header->isSectionHidden(column))
                continue;
            cells << model->index(row.row(), column).data().toString().simplified();
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

void TableSetup::addCopyAction(QTableView* view) {
    auto* copy = new QAction(QTableView::tr("Copy rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(copy);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectedRowsText(view);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
}

} // namespace rd
