#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSettings;
class QTableView;

namespace rd {

class ListStatusBar;
class TcSessionModel;
class TruCentiveClient;

// "Who logged in to our account": the account's sessions (IP address and e-mail), newest first, a page at a time
// (scrolling to the end or "Load more" asks for the next page), searchable within the loaded rows.
class TcSessionsView : public QWidget {
    Q_OBJECT
public:
    TcSessionsView(TruCentiveClient* client, QSettings* settings, const QString& settingsPrefix,
                   QWidget* parent = nullptr);

    void ensureLoaded();
    void refresh();

    TcSessionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ListStatusBar* status() const { return m_status; }
    QLineEdit* filterEdit() const { return m_filter; }

private:
    TcSessionModel* m_model;
    QTableView* m_view;
    ListStatusBar* m_status;
    QLineEdit* m_filter;
    QPushButton* m_refresh;
    bool m_loadedOnce = false;
};

} // namespace rd
