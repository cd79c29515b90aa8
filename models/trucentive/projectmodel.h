#pragma once

#include <QList>
#include <QPointer>

#include "api/trucentive/trucentivetypes.h"
#include "models/common/loadoncelistmodel.h"

namespace rd::trucentive {

class Client;

// The account's projects (GET /projects): a small list (a handful to a few hundred), loaded whole, replaced with one
// model reset. Sort through a QSortFilterProxyModel on SortRole (small lists only; the big lists use the paged
// base). States and errors: LoadOnceListModel.
class ProjectModel : public LoadOnceListModel {
    Q_OBJECT
public:
    enum Column { Name, Value, TestMode, Starts, Expires, CustomFields, Description, Uuid, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // QString, or a number for dates and amounts
        UuidRole,                // QString: the project's uuid
        FieldErrorsRole,         // QStringList: what could not be read
    };
    // `client` may be null (setProjects() only, e.g. in tests).
    explicit ProjectModel(Client* client, QObject* parent = nullptr);
    ~ProjectModel() override;

    void load(); // GET /projects; a load in flight is cancelled first
    void setProjects(QList<Project> projects);
    void clear();

    QString countText() const;

    const QList<Project>& projects() const { return m_projects; }
    const Project* projectAt(int row) const;
    const Project* findProject(const QString& uuid) const;
    int rowOf(const QString& uuid) const; // -1 when unknown

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_projects.size()); }

    QPointer<Client> m_client;
    QList<Project> m_projects;
};

} // namespace rd::trucentive
