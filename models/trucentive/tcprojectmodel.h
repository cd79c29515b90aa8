#pragma once

#include <QList>
#include <QPointer>

#include "models/common/loadoncelistmodel.h"
#include "trucentive/trucentivetypes.h"

namespace rd {

class TruCentiveClient;

// The account's projects (GET /projects): a small list (a handful to a few hundred), loaded whole, replaced with one
// model reset. Sort through a QSortFilterProxyModel on SortRole (small lists only; the big lists use the paged
// base). States and errors: LoadOnceListModel.
class TcProjectModel : public LoadOnceListModel {
    Q_OBJECT
public:
    enum Column { Name, Value, TestMode, Starts, Expires, CustomFields, Description, Uuid, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // QString, or a number for dates and amounts
        UuidRole,                // QString: the project's uuid
        FieldErrorsRole,         // QStringList: what could not be read
    };
    // `client` may be null (setProjects() only, e.g. in tests).
    explicit TcProjectModel(TruCentiveClient* client, QObject* parent = nullptr);
    ~TcProjectModel() override;

    void load(); // GET /projects; a load in flight is cancelled first
    void setProjects(QList<TcProject> projects);
    void clear();

    QString countText() const;

    const QList<TcProject>& projects() const { return m_projects; }
    const TcProject* projectAt(int row) const;
    const TcProject* findProject(const QString& uuid) const;
    int rowOf(const QString& uuid) const; // -1 when unknown

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_projects.size()); }

    QPointer<TruCentiveClient> m_client;
    QList<TcProject> m_projects;
};

} // namespace rd
