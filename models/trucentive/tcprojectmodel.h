#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

#include "common/pagedtablemodel.h"
#include "core/callhandle.h"
#include "trucentive/trucentivetypes.h"

namespace rd {

class TruCentiveClient;

// The account's projects (GET /projects): a small list (a handful to a few hundred), loaded whole, replaced with one
// model reset. Sort through a QSortFilterProxyModel on SortRole (small lists only; the big lists use the paged
// base). The list states reuse PagedTableModel::State (Idle, Loading, Loaded, Empty, Error) so the same status bar
// shows them.
class TcProjectModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, TestMode, Starts, Expires, CustomFields, Description, Uuid, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // QString, or a number for dates and amounts
        UuidRole,                // QString: the project's uuid
        FieldErrorsRole,         // QStringList: what could not be read
    };
    using State = PagedTableModel::State;

    // `client` may be null (setProjects() only, e.g. in tests).
    explicit TcProjectModel(TruCentiveClient* client, QObject* parent = nullptr);
    ~TcProjectModel() override;

    void load(); // GET /projects; a load in flight is cancelled first
    void setProjects(QList<TcProject> projects);
    void clear();

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    std::optional<ApiError> error() const { return m_error; }
    QString countText() const;
    bool hasLoaded() const { return m_state == State::Loaded || m_state == State::Empty; }

    const QList<TcProject>& projects() const { return m_projects; }
    const TcProject* projectAt(int row) const;
    const TcProject* findProject(const QString& uuid) const;
    int rowOf(const QString& uuid) const; // -1 when unknown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(rd::PagedTableModel::State state);

private:
    void setState(State state);

    QPointer<TruCentiveClient> m_client;
    QList<TcProject> m_projects;
    State m_state = State::Idle;
    QString m_errorMessage;
    std::optional<ApiError> m_error;
    CallHandle m_call;
};

} // namespace rd
