#include "models/trucentive/projectmodel.h"

#include <QLocale>

#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"
#include "models/trucentive/format.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

ProjectModel::ProjectModel(Client* client, QObject* parent)
    : LoadOnceListModel(Vendor::TruCentive, ColumnCount, parent)
    , m_client(client) {}

ProjectModel::~ProjectModel() = default;

void ProjectModel::load() {
    startLoad<QList<Project>>(
        m_client, [this](Done<QList<Project>> done) { return m_client->projects(this, std::move(done)); },
        [this](QList<Project> projects) { setProjects(std::move(projects)); },
        [this](const ApiError& error) {
            return apiErrorMessage(error, Operation::Lookup, m_client ? m_client->accountLabel() : QString());
        });
}

void ProjectModel::setProjects(QList<Project> projects) {
    beginResetModel();
    m_projects = std::move(projects);
    endResetModel();
    finishLoad(m_projects.isEmpty());
}

void ProjectModel::clear() {
    cancelLoad();
    beginResetModel();
    m_projects.clear();
    endResetModel();
    setState(State::Idle);
}

QString ProjectModel::countText() const {
    return tr("%n project(s)", nullptr, int(m_projects.size()));
}

const Project* ProjectModel::projectAt(int row) const {
    return row >= 0 && row < m_projects.size() ? &m_projects[row] : nullptr;
}

const Project* ProjectModel::findProject(const QString& uuid) const {
    return projectAt(rowOf(uuid));
}

int ProjectModel::rowOf(const QString& uuid) const {
    if (uuid.isEmpty())
        return -1;
    for (int i = 0; i < m_projects.size(); ++i) {
        if (m_projects[i].uuid == uuid || m_projects[i].id == uuid)
            return i;
    }
    return -1;
}

QVariant ProjectModel::data(const QModelIndex& index, int role) const {
    if (!isItemIndex(index))
        return {};
    const Project& p = m_projects[index.row()];
    const auto msecs = [](const std::optional<QDateTime>& t) -> QVariant {
        return t && t->isValid() ? QVariant(double(t->toMSecsSinceEpoch())) : QVariant(-1.0);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return p.name.isEmpty() ? tr("(no name)") : p.name;
        case Value:
            return projectValueText(p);
        case TestMode:
            return testModeText(p.testMode);
        case Starts:
            return formatDateTime(p.startsAt, tr("unreadable"));
        case Expires:
            return p.expiresAt ? formatDateTime(*p.expiresAt, tr("unreadable")) : tr("never");
        case CustomFields:
            return p.customFields.isEmpty() ? tr("none") : p.customFields.join(u", "_s);
        case Description:
            return p.description.simplified();
        case Uuid:
            return p.uuid;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Value:
            return p.minValue.valid() ? QVariant(double(*p.minValue.cents)) : QVariant(-1.0);
        case Starts:
            return msecs(p.startsAt.isValid() ? std::optional<QDateTime>(p.startsAt) : std::nullopt);
        case Expires:
            return p.expiresAt ? msecs(p.expiresAt) : QVariant(1e18); // "never" sorts last
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (!p.fieldErrors.isEmpty())
            return fieldErrorsText(p.fieldErrors);
        if (index.column() == Description)
            return p.description;
        if (index.column() == Value && p.isFixedValue())
            return tr("Fixed value: the amount of a send is ignored by TruCentive.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UuidRole:
        return p.uuid;
    case FieldErrorsRole:
        return p.fieldErrors;
    default:
        break;
    }
    return {};
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Project");
    case Value:
        return tr("Value");
    case TestMode:
        return tr("Mode");
    case Starts:
        return tr("Starts");
    case Expires:
        return tr("Expires");
    case CustomFields:
        return tr("Custom fields");
    case Description:
        return tr("Description");
    case Uuid:
        return tr("UUID");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rd::trucentive
