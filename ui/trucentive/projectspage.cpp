#include "ui/trucentive/projectspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/trucentive/instrumentmodel.h"
#include "models/trucentive/projectmodel.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

ProjectsPage::ProjectsPage(Client* client, ProjectModel* projects, QSettings* settings, const QString& settingsPrefix,
                           QWidget* parent)
    : VendorPage(parent)
    , m_projects(projects)
    , m_instruments(new InstrumentModel(client, this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_instrumentSort(new QSortFilterProxyModel(this))
    , m_projectsView(new QTableView(this))
    , m_instrumentsView(new QTableView(this))
    , m_projectsStatus(new ListStatusBar(this))
    , m_instrumentsStatus(new ListStatusBar(this))
    , m_instrumentsTitle(new QLabel(this))
    , m_send(new QPushButton(tr("Send from this project…"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this)) {
    // Small lists (projects and instruments): a sorting proxy is fine here; the big lists sort in their model.
    m_sort->setSourceModel(m_projects);
    m_sort->setSortRole(ProjectModel::SortRole);
    m_sort->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_projectsView->setModel(m_sort);
    TableSetup::apply(m_projectsView, TableSetup::Sortable);
    TableSetup::addColumnChooser(m_projectsView);
    TableSetup::addCopyAction(m_projectsView);
    m_projectsView->setColumnWidth(ProjectModel::Name, 200);
    m_projectsView->setColumnWidth(ProjectModel::Value, 150);
    m_projectsView->setColumnWidth(ProjectModel::TestMode, 80);
    m_projectsView->setColumnWidth(ProjectModel::Starts, 150);
    m_projectsView->setColumnWidth(ProjectModel::Expires, 150);
    m_projectsView->setColumnWidth(ProjectModel::CustomFields, 170);
    m_projectsView->setColumnWidth(ProjectModel::Description, 260);
    m_projectsView->horizontalHeader()->setSectionHidden(ProjectModel::Uuid, true);
    TableSetup::persistHeader(m_projectsView, settings, settingsPrefix + u"/projectsHeader"_s);
    m_projectsStatus->setTexts(tr("Loading projects…"), tr("This account has no projects."), tr("Not loaded yet."));

    m_instrumentSort->setSourceModel(m_instruments);
    m_instrumentSort->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_instrumentsView->setModel(m_instrumentSort);
    TableSetup::apply(m_instrumentsView, TableSetup::Sortable);
    TableSetup::addColumnChooser(m_instrumentsView);
    TableSetup::addCopyAction(m_instrumentsView);
    m_instrumentsView->setColumnWidth(InstrumentModel::Name, 220);
    m_instrumentsView->setColumnWidth(InstrumentModel::Description, 420);
    TableSetup::persistHeader(m_instrumentsView, settings, settingsPrefix + u"/instrumentsHeader"_s);
    m_instrumentsStatus->setTexts(tr("Loading instruments…"), tr("This project offers no instruments."),
                                  tr("Choose a project to see its instruments."));

    QFont bold = m_instrumentsTitle->font();
    bold.setBold(true);
    m_instrumentsTitle->setFont(bold);
    m_instrumentsTitle->setTextFormat(Qt::PlainText);
    auto* title = new QLabel(tr("Projects"), this);
    title->setFont(bold);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_send);
    top->addWidget(m_refresh);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_projectsView, 1);
    upperLayout->addWidget(m_projectsStatus);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_instrumentsTitle);
    lowerLayout->addWidget(m_instrumentsView, 1);
    lowerLayout->addWidget(m_instrumentsStatus);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(split);

    connect(m_projects, &ProjectModel::stateChanged, this, &ProjectsPage::onProjectsState);
    connect(m_instruments, &InstrumentModel::stateChanged, this, &ProjectsPage::onInstrumentsState);
    connect(m_projectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectsPage::onSelectionChanged);
    connect(m_projectsStatus, &ListStatusBar::retryRequested, m_projects, &ProjectModel::load);
    connect(m_instrumentsStatus, &ListStatusBar::retryRequested, m_instruments, &InstrumentModel::reload);
    connect(m_refresh, &QPushButton::clicked, this, &ProjectsPage::refresh);
    connect(m_send, &QPushButton::clicked, this, [this] { Q_EMIT sendRequested(selectedProjectUuid()); });
    onProjectsState();
    onSelectionChanged();
}

void ProjectsPage::ensureLoaded() {
    if (m_projects->state() == ProjectModel::State::Idle)
        m_projects->load();
}

void ProjectsPage::refresh() {
    m_projects->load();
    if (!m_instruments->projectUuid().isEmpty())
        m_instruments->reload();
}

QString ProjectsPage::selectedProjectUuid() const {
    const QModelIndex current = m_projectsView->currentIndex();
    return current.isValid() ? current.data(ProjectModel::UuidRole).toString() : QString();
}

void ProjectsPage::selectProject(const QString& uuid) {
    const int row = m_projects->rowOf(uuid);
    if (row < 0)
        return;
    const QModelIndex index = m_sort->mapFromSource(m_projects->index(row, 0));
    m_projectsView->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_projectsView->scrollTo(index);
}

void ProjectsPage::onProjectsState() {
    m_projectsStatus->setState(m_projects->state(), m_projects->countText(), m_projects->errorMessage());
    m_refresh->setEnabled(m_projects->state() != ProjectModel::State::Loading);
    if (m_projects->hasLoaded() && !m_projectsView->currentIndex().isValid() && m_sort->rowCount() > 0) {
        m_projectsView->selectionModel()->setCurrentIndex(m_sort->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                                   QItemSelectionModel::Rows);
    }
    onSelectionChanged();
}

void ProjectsPage::onSelectionChanged() {
    const QString uuid = selectedProjectUuid();
    const Project* project = m_projects->findProject(uuid);
    m_instrumentsTitle->setText(project ? tr("Instruments of “%1”").arg(project->name) : tr("Instruments"));
    m_send->setEnabled(project != nullptr);
    // Instruments are asked for only when someone looks (the projects load for every page of the tab).
    if (isVisible())
        m_instruments->setProject(uuid);
    onInstrumentsState();
}

void ProjectsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    onSelectionChanged();
}

void ProjectsPage::onInstrumentsState() {
    m_instrumentsStatus->setState(m_instruments->state(), m_instruments->countText(), m_instruments->errorMessage());
}

QString ProjectsPage::pageTitle() const {
    return tr("Projects");
}

bool ProjectsPage::focusSearch() {
    return false; // Ctrl+F finds an envelope
}

} // namespace rd::trucentive
