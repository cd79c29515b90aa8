#pragma once

#include "ui/common/vendorpage.h"

class QLabel;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace rd {

class ListStatusBar;
} // namespace rd

namespace rd::trucentive {

class InstrumentModel;
class ProjectModel;
class Client;

// The account's projects (name, value range or fixed value, test mode, starts/expires, custom fields, description)
// with the selected project's instruments below. "Send from this project…" starts a send with that project chosen.
class ProjectsPage : public VendorPage {
    Q_OBJECT
public:
    ProjectsPage(Client* client, ProjectModel* projects, QSettings* settings, const QString& settingsPrefix,
                 QWidget* parent = nullptr);

    void ensureLoaded() override;
    void refresh() override;
    bool focusSearch() override;
    QString pageTitle() const override;
    QString selectedProjectUuid() const;
    void selectProject(const QString& uuid);

    // Test seams.
    QTableView* projectsView() const { return m_projectsView; }
    QTableView* instrumentsView() const { return m_instrumentsView; }
    InstrumentModel* instruments() const { return m_instruments; }
    ListStatusBar* projectsStatus() const { return m_projectsStatus; }
    ListStatusBar* instrumentsStatus() const { return m_instrumentsStatus; }
    QPushButton* sendButton() const { return m_send; }

Q_SIGNALS:
    void sendRequested(const QString& projectUuid);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onProjectsState();
    void onSelectionChanged();
    void onInstrumentsState();

    ProjectModel* m_projects;
    InstrumentModel* m_instruments;
    QSortFilterProxyModel* m_sort;
    QSortFilterProxyModel* m_instrumentSort;
    QTableView* m_projectsView;
    QTableView* m_instrumentsView;
    ListStatusBar* m_projectsStatus;
    ListStatusBar* m_instrumentsStatus;
    QLabel* m_instrumentsTitle;
    QPushButton* m_send;
    QPushButton* m_refresh;
};

} // namespace rd::trucentive
