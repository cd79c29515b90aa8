#pragma once

#include <QList>
#include <QString>

#include "ui/common/vendorpage.h"

class QAbstractItemModel;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace rd {

class InlineMessage;
class ListStatusBar;

// The list-with-detail page every vendor tab has: a list column (rows the page adds, the filter row with the search
// box and Refresh, the page's inline message, the table, the status bar under it, a footer) beside a detail pane in
// a splitter. The table follows the house rules (TableSetup); the column layout and the splitter sizes are UI state
// kept in settings under one key per page (<settingsKey>/header, <settingsKey>/split) and saved as they change.
// The page still decides what Refresh, the first load and the search do; focusSearch() defaults to the filter box.
class ListDetailPage : public VendorPage {
    Q_OBJECT
public:
    ListDetailPage(QSettings* settings, const QString& settingsKey, QWidget* parent = nullptr);
    ~ListDetailPage() override;

    bool focusSearch() override;

    // Test seams (and what pages build on).
    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* refreshButton() const { return m_refresh; }
    InlineMessage* message() const { return m_message; }
    QTableView* view() const { return m_view; }
    ListStatusBar* status() const { return m_status; }
    QSplitter* splitter() const { return m_split; }
    QWidget* detailWidget() const { return m_detail; }

    // Puts the detail pane beside the list (list : detail stretch, first sizes) and restores the saved sizes. A
    // DetailPane's accountsRequested() becomes the page's.
    void setDetail(QWidget* detail, int listStretch, int detailStretch, const QList<int>& sizes);

protected:
    // The table's model with the house rules (TableSetup::Option flags), the column chooser and Ctrl+C.
    void setModel(QAbstractItemModel* model, int tableOptions);
    // Restores the saved column layout and saves it as it changes: call it after the default widths and hidden
    // columns are set, so a saved layout wins over them.
    void persistColumns();
    // A bold title over the list.
    void setListTitle(const QString& title);
    // Rows above the filter row, in order.
    void addAboveFilter(QWidget* widget);
    void addAboveFilter(QLayout* layout);
    void addSpacingAboveFilter(int spacing);
    // Hides the search box and Refresh (a page whose list comes from its own search).
    void hideFilterRow();
    // Widgets in the filter row: before the search box (a "Show:" choice), or between it and Refresh.
    void addBeforeFilter(QWidget* widget);
    void addAfterFilter(QWidget* widget);
    // Rows between the filter row and the message (actions on the selection), in order.
    void addBelowFilter(QWidget* widget);
    void addBelowFilter(QLayout* layout);
    // A line between the table and the status bar (e.g. the progress of a long walk).
    void addAboveStatus(QWidget* widget, int stretch = 0);
    // A line under the status bar (e.g. the keyboard keys).
    void addFooter(QWidget* widget);
    // A hint in the placeholder text colour (the keys of the list).
    QLabel* makeHint(const QString& text);
    QSettings* settings() const { return m_settings; }

private:
    QSettings* m_settings;
    QString m_key;
    QWidget* m_listSide;
    QVBoxLayout* m_listLayout;
    QHBoxLayout* m_filterRow;
    int m_aboveFilter = 0; // rows inserted above the filter row
    int m_belowFilter = 0; // rows inserted between the filter row and the message
    int m_beforeFilter = 0;
    QLineEdit* m_filter;
    QPushButton* m_refresh;
    InlineMessage* m_message;
    QTableView* m_view;
    ListStatusBar* m_status;
    QSplitter* m_split;
    QWidget* m_detail = nullptr;
};

} // namespace rd
