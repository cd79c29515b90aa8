#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

#include "common/pagedtablemodel.h"
#include "core/callhandle.h"
#include "trucentive/trucentivetypes.h"

namespace rd {

class TruCentiveClient;

// The instruments (reward types) one project offers (GET /project/instruments?project_uuid=). setProject() shows a
// project's instruments, loading them the first time; answers are cached per project for the model's life (reload()
// asks again). A small list: one model reset per change. States as TcProjectModel.
class TcInstrumentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Description, Uuid, ColumnCount };
    enum Role { UuidRole = Qt::UserRole };
    using State = PagedTableModel::State;

    explicit TcInstrumentModel(TruCentiveClient* client, QObject* parent = nullptr);
    ~TcInstrumentModel() override;

    // Shows `projectUuid`'s instruments (cached, or loaded now). An empty uuid clears the list (state Idle).
    void setProject(const QString& projectUuid);
    QString projectUuid() const { return m_projectUuid; }
    void reload(); // forgets the cache of the current project and loads it again
    // Sets a project's instruments directly (tests; or a caller that already has them).
    void setInstruments(const QString& projectUuid, QList<TcInstrument> instruments);

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    QString countText() const;

    const QList<TcInstrument>& instruments() const { return m_instruments; }
    const TcInstrument* instrumentAt(int row) const;
    int rowOf(const QString& uuid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(rd::PagedTableModel::State state);

private:
    void show(QList<TcInstrument> instruments);
    void setState(State state);

    QPointer<TruCentiveClient> m_client;
    QString m_projectUuid;
    QList<TcInstrument> m_instruments;
    QHash<QString, QList<TcInstrument>> m_cache;
    State m_state = State::Idle;
    QString m_errorMessage;
    CallHandle m_call;
};

} // namespace rd
