#include "tcprojectmodel.h"

#include <QLocale>

#include "tcformat.h"
#include "trucentive/trucentiveclient.h"
#include "trucentive/trucentiveerrors.h"

using namespace Qt::StringLiterals;

namespace rd {

TcProjectModel::TcProjectModel(TruCentiveClient* client, QObject* parent)
    : LoadOnceListModel(Vendor::TruCentive, ColumnCount, parent)
    , m_client(client) {}

TcProjectModel::~TcProjectModel() = default;

void TcProjectModel::load() {
    startLoad<QList<TcProject>>(
        m_client, [this](Done<QList<TcProject>> done) { return m_client->projects(this, std::move(done)); },
        [this](QList<TcProject> projects) { setProjects(std::move(projects)); },
        [this](const ApiError& error) {
            return tcErrorMessage(error, TcOperation::Lookup, m_client ? m_client->accountLabel() : QString());
        });
}

void TcProjectModel::setProjects(QList<TcProject> projects) {
    beginResetModel();
    m_projects = std::move(projects);
    endResetModel();
    finishLoad(m_projects.isEmpty());
}

void TcProjectModel::clear() {
    cancelLoad();
    beginResetModel();
    m_projects.clear();
    endResetModel();
    setState(State::Idle);
}

QString TcProjectModel::countText() const {
    return tr("%n project(s)", nullptr, int(m_projects.size()));
}

const TcProject* TcProjectModel::projectAt(int row) const {
    return row >= 0 && row < m_projects.size() ? &m_projects[row] : nullptr;
}

const TcProject* TcProjectModel::findProject(const QString& uuid) const {
    return projectAt(rowOf(uuid));
}

int TcProjectModel::rowOf(const QString& uuid) const {
    if (uuid.isEmpty())
        return -1;
    for (int i = 0; i < m_projects.size(); ++i) {
        if (m_projects[i].uuid == uuid || m_projects[i].id == uuid)
            return i;
    }
    return -1;
}

QVariant TcProjectModel::data(const QModelIndex& index, int role) const {
    if (!isItemIndex(index))
        return {};
    const TcProject& p = m_projects[index.row()];
    const auto msecs = [](const std::optional<QDateTime>& t) -> QVariant {
        return t && t->isValid() ? QVariant(double(t->toMSecsSinceEpoch())) : QVariant(-1.0);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return p.name.isEmpty() ? tr("(no name)") : p.name;
        case Value:
            return tcProjectValueText(p);
        case TestMode:
            return tcTestModeText(p.testMode);
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

QVariant TcProjectModel::headerData(int section, Qt::Orientation orientation, int role) const {
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

} // namespace rd
