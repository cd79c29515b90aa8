#pragma once

#include <memory>
#include <optional>

#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentivetypes.h"
#include "models/common/pagedrowmodel.h"

namespace rd::trucentive {

// One row of the viewed/opened feeds: lean (parsed values, no JSON), design.md section 4. The detail pane fetches
// the full envelope (GET /envelope) when a row is chosen.
struct EnvelopeRow {
    QString id;
    QString stateRaw;
    QString recipient;    // first delivery address
    QString allAddresses; // every delivery address, space-separated (searchable)
    QString projectUuid;
    QString projectName;
    qint64 deliveredMs = -1; // UTC msecs since the epoch; -1: not yet / not reported
    qint64 viewedMs = -1;
    qint64 openedMs = -1;
    qint64 expiresMs = -1;
    EnvelopeState state = EnvelopeState::Unknown;
    qint16 addressCount = 0;
    qint8 testMode = -1; // -1 unknown, 0 live, 1 test
    bool hasFieldErrors = false;

    static EnvelopeRow fromEnvelope(const Envelope& envelope);
};

// The schema of the feeds (GET /envelopes/viewed and /envelopes/opened): a bare JSON array per answer, the whole
// window at once (the feeds are not paged: the page is reported as complete, so the base never asks for a second).
class EnvelopeFeedSchema : public RowSchema<EnvelopeRow> {
public:
    enum Column { Id, State, Recipient, Project, Viewed, Opened, Delivered, Expires, TestMode, ColumnCount };

    ParsedPage<EnvelopeRow> parsePage(const QByteArray& body, PagingStyle style) const override;
    QString searchText(const EnvelopeRow& row) const override;
    int columnCount() const override { return ColumnCount; }
    QVariant headerData(int column, int role) const override;
    QVariant data(const EnvelopeRow& row, int column, int role) const override;
    QString id(const EnvelopeRow& row) const override { return row.id; }
    PagedTableModel::SortKind sortKind(int column) const override;
    QString sortText(const EnvelopeRow& row, int column) const override;
    double sortNumber(const EnvelopeRow& row, int column) const override;
};

// The viewed/opened feed over a chosen window ("envelopes viewed in the last N seconds"), with the paged base's
// states, count, fast filter (id, addresses, project, state) and sort. setFeed() chooses what the next
// load()/reload() asks for. setStateFilter()/setProjectFilter() narrow the loaded rows (typed predicates on top of
// the filter text).
class EnvelopeFeedModel : public PagedRowModel<EnvelopeRow> {
    Q_OBJECT
public:
    using Column = EnvelopeFeedSchema::Column;
    enum { StateRole = Qt::UserRole + 20, ProjectUuidRole };

    explicit EnvelopeFeedModel(Client* client, QObject* parent = nullptr);

    // Takes effect at the next load()/reload(). sinceSeconds > 0.
    void setFeed(Client::Feed feed, int sinceSeconds);
    Client::Feed feed() const;
    int sinceSeconds() const;

    void setStateFilter(std::optional<EnvelopeState> state);
    void setProjectFilter(const QString& projectUuid); // empty: every project
    std::optional<EnvelopeState> stateFilter() const { return m_stateFilter; }
    QString projectFilter() const { return m_projectFilter; }

    // Replaces a loaded row with a fresher copy of the envelope (after a lookup or an open). False when not loaded.
    bool updateEnvelope(const Envelope& envelope);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Params {
        Client::Feed feed = Client::Feed::Viewed;
        int sinceSeconds = 3600;
    };
    EnvelopeFeedModel(Client* client, std::shared_ptr<Params> params, QObject* parent);
    void applyRowFilter();

    std::shared_ptr<Params> m_params;
    std::optional<EnvelopeState> m_stateFilter;
    QString m_projectFilter;
};

} // namespace rd::trucentive
