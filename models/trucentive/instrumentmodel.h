#pragma once

#include <QHash>
#include <QList>
#include <QPointer>

#include "api/trucentive/trucentivetypes.h"
#include "models/common/loadoncelistmodel.h"

namespace rd::trucentive {

class Client;

// The instruments (reward types) one project offers (GET /project/instruments?project_uuid=). setProject() shows a
// project's instruments, loading them the first time; answers are cached per project for the model's life (reload()
// asks again). A small list: one model reset per change. States and errors: LoadOnceListModel.
class InstrumentModel : public LoadOnceListModel {
    Q_OBJECT
public:
    enum Column { Name, Description, Uuid, ColumnCount };
    enum Role { UuidRole = Qt::UserRole };
    explicit InstrumentModel(Client* client, QObject* parent = nullptr);
    ~InstrumentModel() override;

    // Shows `projectUuid`'s instruments (cached, or loaded now). An empty uuid clears the list (state Idle).
    void setProject(const QString& projectUuid);
    QString projectUuid() const { return m_projectUuid; }
    void reload(); // forgets the cache of the current project and loads it again
    // Sets a project's instruments directly (tests; or a caller that already has them).
    void setInstruments(const QString& projectUuid, QList<Instrument> instruments);

    QString countText() const;

    const QList<Instrument>& instruments() const { return m_instruments; }
    const Instrument* instrumentAt(int row) const;
    int rowOf(const QString& uuid) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_instruments.size()); }
    void show(QList<Instrument> instruments);

    QPointer<Client> m_client;
    QString m_projectUuid;
    QList<Instrument> m_instruments;
    QHash<QString, QList<Instrument>> m_cache;
};

} // namespace rd::trucentive
