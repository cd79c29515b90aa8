#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace rd {

class AccountListModel;
struct AppContext;

// The start page: every account with its environment, credential state and connection, "Test all connections",
// and the way to Accounts. Shown when no vendor tab is open.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(const AppContext& context, QWidget* parent = nullptr);

    void testAll();
    AccountListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void manageAccountsRequested();

private:
    void testNext(QStringList remaining);
    void updateIntro();

    const AppContext& m_context;
    AccountListModel* m_model;
    QTableView* m_table;
    QLabel* m_intro;
};

} // namespace rd
