#pragma once

#include <QString>

class QSettings;
class QTableView;

namespace rd {

// The house rules for list views (design.md sections 4 and 6), in one place for every vendor tab:
//  - apply(): fixed row heights from the font (never ResizeToContents), no word wrap, whole-row selection (multi-
//    select when asked), sortable columns starting in load order, elided text, alternating rows, a stretching last
//    column;
//  - addColumnChooser(): a right-click menu on the header to show or hide columns (at least one stays);
//  - persistHeader(): restores the header (order, widths, hidden columns, sort) from QSettings under `key` and saves
//    it whenever it changes (UI state only, never data);
//  - addCopyAction(): Ctrl+C copies the selected rows' visible cells as tab-separated text.
// Call them after setModel().
class TableSetup {
public:
    enum Option { Sortable = 0x1, MultiSelect = 0x2 };

    static void apply(QTableView* view, int options = Sortable);
    static void addColumnChooser(QTableView* view);
    static void persistHeader(QTableView* view, QSettings* settings, const QString& key);
    static void addCopyAction(QTableView* view);
    // The text addCopyAction() copies (test seam).
    static QString selectedRowsText(const QTableView* view);
};

} // namespace rd
