#include "models/trucentive/instrumentmodel.h"

#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"
#include "models/common/displayformat.h"

namespace rd::trucentive {

InstrumentModel::InstrumentModel(Client* client, QObject* parent)
    : LoadOnceListModel(Vendor::TruCentive, ColumnCount, parent)
    , m_client(client) {}

InstrumentModel::~InstrumentModel() = default;

void InstrumentModel::setProject(const QString& projectUuid) {
    if (projectUuid == m_projectUuid && state() != State::Error && state() != State::Idle)
        return;
    cancelLoad();
    clearError();
    m_projectUuid = projectUuid;
    if (projectUuid.isEmpty()) {
        show({});
        setState(State::Idle);
        return;
    }
    if (auto it = m_cache.constFind(projectUuid); it != m_cache.constEnd()) {
        show(*it);
        return;
    }
    show({});
    startLoad<QList<Instrument>>(
        m_client,
        [this, projectUuid](Done<QList<Instrument>> done) {
            return m_client->instruments(projectUuid, this, std::move(done));
        },
        [this, projectUuid](QList<Instrument> instruments) {
            m_cache.insert(projectUuid, instruments);
            show(std::move(instruments));
        },
        [this](const ApiError& error) {
            return apiErrorMessage(error, Operation::Lookup, m_client ? m_client->accountLabel() : QString());
        });
}

void InstrumentModel::reload() {
    const QString project = m_projectUuid;
    m_cache.remove(project);
    m_projectUuid.clear();
    setProject(project);
}

void InstrumentModel::setInstruments(const QString& projectUuid, QList<Instrument> instruments) {
    m_cache.insert(projectUuid, instruments);
    if (projectUuid == m_projectUuid) {
        cancelLoad();
        show(std::move(instruments));
    }
}

void InstrumentModel::show(QList<Instrument> instruments) {
    beginResetModel();
    m_instruments = std::move(instruments);
    endResetModel();
    if (!m_projectUuid.isEmpty())
        finishLoad(m_instruments.isEmpty());
}

QString InstrumentModel::countText() const {
    return tr("%n instrument(s)", nullptr, int(m_instruments.size()));
}

const Instrument* InstrumentModel::instrumentAt(int row) const {
    return row >= 0 && row < m_instruments.size() ? &m_instruments[row] : nullptr;
}

int InstrumentModel::rowOf(const QString& uuid) const {
    for (int i = 0; i < m_instruments.size(); ++i) {
        if (m_instruments[i].uuid == uuid || m_instruments[i].id == uuid)
            return i;
    }
    return -1;
}

QVariant InstrumentModel::data(const QModelIndex& index, int role) const {
    if (!isItemIndex(index))
        return {};
    const Instrument& i = m_instruments[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return i.name.isEmpty() ? tr("(no name)") : i.name;
        case Description:
            return i.description.simplified();
        case Uuid:
            return i.uuid;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (!i.fieldErrors.isEmpty())
            return fieldErrorsText(i.fieldErrors);
        if (index.column() == Description)
            return i.description;
        break;
    case UuidRole:
        return i.uuid;
    default:
        break;
    }
    return {};
}

QVariant InstrumentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Instrument");
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
