#pragma once

#include <QHash>
#include <QList>
#include <QPointer>

#include "models/common/loadoncelistmodel.h"
#include "trucentive/trucentivetypes.h"

namespace rd {

class TruCentiveClient;

// The instruments (reward types) one project offers (GET /project/instruments?project_uuid=). setProject() shows a
// project's instruments, loading them the first time; answers are cached per project for the model's life (reload()
// asks again). A small list: one model reset per change. States and errors: LoadOnceListModel.
class TcInstrumentModel : public LoadOnceListModel {
    Q_OBJECT
public:
    enum Column { Name, Description, Uuid, ColumnCount };
    enum Role { UuidRole = Qt::UserRole };
    explicit TcInstrumentModel(TruCentiveClient* client, QObject* parent = nullptr);
    ~TcInstrumentModel() override;

    // Shows `projectUuid`'s instruments (cached, or loaded now). An empty uuid clears the list (state Idle).
    void setProject(const QString& projectUuid);
    QString projectUuid() const { return m_projectUuid; }
    void reload(); // forgets the cache of the current project and loads it again
    // Sets a project's instruments directly (tests; or a caller that already has them).
    void setInstruments(const QString& projectUuid, QList<TcInstrument> instruments);

    QString countText() const;

    const QList<TcInstrument>& instruments() const { return m_instruments; }
    const TcInstrument* instrumentAt(int row) const;
    int rowOf(const QString& uuid) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_instruments.size()); }
    void show(QList<TcInstrument> instruments);

    QPointer<TruCentiveClient> m_client;
    QString m_projectUuid;
    QList<TcInstrument> m_instruments;
    QHash<QString, QList<TcInstrument>> m_cache;
};

} // namespace rd
