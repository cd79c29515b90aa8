#include "models/common/loadoncelistmodel.h"

namespace rd {

LoadOnceListModel::LoadOnceListModel(Vendor vendor, int columnCount, QObject* parent)
    : QAbstractTableModel(parent)
    , m_vendor(vendor)
    , m_columnCount(columnCount) {}

LoadOnceListModel::~LoadOnceListModel() {
    m_call.cancel();
}

int LoadOnceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : itemCount();
}

int LoadOnceListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columnCount;
}

bool LoadOnceListModel::isItemIndex(const QModelIndex& index) const {
    return index.isValid() && index.row() < itemCount() && index.column() < m_columnCount;
}

void LoadOnceListModel::cancelLoad() {
    m_call.cancel();
}

void LoadOnceListModel::clearError() {
    m_error.reset();
    m_errorMessage.clear();
}

void LoadOnceListModel::finishLoad(bool empty) {
    clearError();
    setState(empty ? State::Empty : State::Loaded);
}

void LoadOnceListModel::failLoad(const ApiError& error, const QString& message) {
    m_error = error;
    m_errorMessage = message;
    setState(State::Error);
}

void LoadOnceListModel::setState(State state) {
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString LoadOnceListModel::noClientMessage() const {
    return tr("The %1 connection is not available.").arg(vendorDisplayName(m_vendor));
}

} // namespace rd
