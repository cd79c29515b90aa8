#include "tcinstrumentmodel.h"

#include "trucentive/trucentiveclient.h"
#include "trucentive/trucentiveerrors.h"

namespace rd {

TcInstrumentModel::TcInstrumentModel(TruCentiveClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client) {}

TcInstrumentModel::~TcInstrumentModel() {
    m_call.cancel();
}

void TcInstrumentModel::setProject(const QString& projectUuid) {
    if (projectUuid == m_projectUuid && m_state != State::Error && m_state != State::Idle)
        return;
    m_call.cancel();
    m_projectUuid = projectUuid;
    m_errorMessage.clear();
    if (projectUuid.isEmpty()) {
        show({});
        setState(State::Idle);
        return;
    }
    if (auto it = m_cache.constFind(projectUuid); it != m_cache.constEnd()) {
        show(*it);
        return;
    }
    if (!m_client) {
        show({});
        m_errorMessage = tr("The TruCentive connection is not available.");
        setState(State::Error);
        return;
    }
    show({});
    setState(State::Loading);
    m_call = m_client->instruments(projectUuid, this, [this, projectUuid](ApiResult<QList<TcInstrument>> result) {
        m_call.markFinished();
        if (projectUuid != m_projectUuid)
            return;
        if (!result.ok()) {
            m_errorMessage =
                tcErrorMessage(result.error(), TcOperation::Lookup, m_client ? m_client->accountLabel() : QString());
            setState(State::Error);
            return;
        }
        m_cache.insert(projectUuid, result.value());
        show(std::move(result).value());
    });
}

void TcInstrumentModel::reload() {
    const QString project = m_projectUuid;
    m_cache.remove(project);
    m_projectUuid.clear();
    setProject(project);
}

void TcInstrumentModel::setInstruments(const QString& projectUuid, QList<TcInstrument> instruments) {
    m_cache.insert(projectUuid, instruments);
    if (projectUuid == m_projectUuid) {
        m_call.cancel();
        show(std::move(instruments));
    }
}

void TcInstrumentModel::show(QList<TcInstrument> instruments) {
    beginResetModel();
    m_instruments = std::move(instruments);
    endResetModel();
    if (!m_projectUuid.isEmpty())
        setState(m_instruments.isEmpty() ? State::Empty : State::Loaded);
}

void TcInstrumentModel::setState(State state) {
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString TcInstrumentModel::countText() const {
    return tr("%n instrument(s)", nullptr, int(m_instruments.size()));
}

const TcInstrument* TcInstrumentModel::instrumentAt(int row) const {
    return row >= 0 && row < m_instruments.size() ? &m_instruments[row] : nullptr;
}

int TcInstrumentModel::rowOf(const QString& uuid) const {
    for (int i = 0; i < m_instruments.size(); ++i) {
        if (m_instruments[i].uuid == uuid || m_instruments[i].id == uuid)
            return i;
    }
    return -1;
}

int TcInstrumentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_instruments.size());
}

int TcInstrumentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TcInstrumentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_instruments.size() || index.column() >= ColumnCount)
        return {};
    const TcInstrument& i = m_instruments[index.row()];
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
            return tr("Some values could not be read:\n%1").arg(i.fieldErrors.join(QLatin1Char('\n')));
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

QVariant TcInstrumentModel::headerData(int section, Qt::Orientation orientation, int role) const {
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

} // namespace rd
