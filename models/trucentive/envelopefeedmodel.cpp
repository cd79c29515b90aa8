#include "models/trucentive/envelopefeedmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>

#include <cmath>
#include <limits>

#include "models/common/jsonpage.h"
#include "models/trucentive/format.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

qint64 msecs(const std::optional<QDateTime>& t) {
    return t && t->isValid() ? t->toMSecsSinceEpoch() : -1;
}

QString dateText(qint64 ms) {
    if (ms < 0)
        return {};
    return formatDateTimeNoZone(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

EnvelopeRow EnvelopeRow::fromEnvelope(const Envelope& e) {
    EnvelopeRow row;
    row.id = e.key();
    row.stateRaw = e.stateRaw;
    row.state = e.state;
    row.recipient = e.addresses.isEmpty() ? QString() : e.addresses.first().deliveryAddress;
    QStringList all;
    all.reserve(e.addresses.size());
    for (const Address& a : e.addresses)
        all.append(a.deliveryAddress);
    row.allAddresses = all.join(u' ');
    row.addressCount = qint16(qMin<qsizetype>(e.addresses.size(), std::numeric_limits<qint16>::max()));
    row.projectUuid = e.projectUuid;
    row.projectName = e.projectName;
    row.deliveredMs = msecs(e.deliveredAt);
    row.viewedMs = msecs(e.viewedAt);
    row.openedMs = msecs(e.openedAt);
    row.expiresMs = msecs(e.expiresAt);
    row.testMode = e.testMode ? qint8(*e.testMode ? 1 : 0) : qint8(-1);
    row.hasFieldErrors = !e.fieldErrors.isEmpty();
    return row;
}

// ---- schema ---------------------------------------------------------------------------------------------------

ParsedPage<EnvelopeRow> EnvelopeFeedSchema::parsePage(const QByteArray& body, PagingStyle style) const {
    int index = 0;
    ParsedPage<EnvelopeRow> page =
        parseJsonRows<EnvelopeRow>(body, style, {}, u"id"_s, [&index](const QJsonObject& item) {
            const Envelope envelope = envelopeFromJson(item, u"envelopes[%1]"_s.arg(index++));
            return EnvelopeRow::fromEnvelope(envelope);
        });
    if (page.error.isEmpty()) {
        // An item without an id cannot be looked up or acted on: the page is not of the documented shape.
        for (size_t i = 0; i < page.rows.size(); ++i) {
            if (page.rows[i].id.isEmpty()) {
                page.error = QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel",
                                                         "Envelope %1 in the list has no ID.")
                                 .arg(i + 1);
                page.rows.clear();
                return page;
            }
        }
        // The feed is the whole window in one answer: report it complete so no second page is asked for.
        page.meta.totalItems = page.meta.itemCount;
    }
    return page;
}

QString EnvelopeFeedSchema::searchText(const EnvelopeRow& row) const {
    return row.id + u' ' + row.allAddresses + u' ' + row.projectName + u' ' + row.projectUuid + u' ' +
           envelopeStateDisplay(row.stateRaw) + u' ' + row.stateRaw;
}

QVariant EnvelopeFeedSchema::headerData(int column, int role) const {
    const bool isTime = column == Viewed || column == Opened || column == Delivered || column == Expires;
    if (role == Qt::ToolTipRole && isTime)
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "In your time zone (%1)")
            .arg(localZoneName());
    if (role != Qt::DisplayRole)
        return {};
    if (isTime) {
        const QString zone = localZoneName();
        const QString title =
            column == Viewed      ? QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Viewed")
            : column == Opened    ? QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Opened")
            : column == Delivered ? QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Delivered")
                                  : QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Expires");
        return zone.isEmpty()
                   ? title
                   : QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "%1 (%2)").arg(title, zone);
    }
    switch (Column(column)) {
    case Id:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Envelope");
    case State:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "State");
    case Recipient:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Recipient");
    case Project:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Project");
    case Viewed:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Viewed");
    case Opened:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Opened");
    case Delivered:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Delivered");
    case Expires:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Expires");
    case TestMode:
        return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Mode");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EnvelopeFeedSchema::data(const EnvelopeRow& row, int column, int role) const {
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Id:
            return row.id;
        case State:
            return envelopeStateDisplay(row.stateRaw);
        case Recipient:
            return row.addressCount > 1 ? QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "%1 +%2")
                                              .arg(row.recipient, QString::number(row.addressCount - 1))
                                        : row.recipient;
        case Project:
            return row.projectName.isEmpty() ? row.projectUuid : row.projectName;
        case Viewed:
            return dateText(row.viewedMs);
        case Opened:
            return dateText(row.openedMs);
        case Delivered:
            return dateText(row.deliveredMs);
        case Expires:
            return dateText(row.expiresMs);
        case TestMode:
            return row.testMode < 0 ? QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "unknown")
                   : row.testMode   ? QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Test")
                                    : QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel", "Live");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (row.hasFieldErrors)
            return QCoreApplication::translate("rd::trucentive::EnvelopeFeedModel",
                                               "Some values of this envelope could not be read; open it to see which.");
        if (column == Recipient)
            return row.allAddresses;
        return {};
    }
    if (role == Qt::FontRole && column == Id) {
        QFont font;
        font.setFamily(u"monospace"_s);
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    return {};
}

PagedTableModel::SortKind EnvelopeFeedSchema::sortKind(int column) const {
    switch (Column(column)) {
    case Viewed:
    case Opened:
    case Delivered:
    case Expires:
        return PagedTableModel::SortKind::Number;
    default:
        return PagedTableModel::SortKind::Text;
    }
}

QString EnvelopeFeedSchema::sortText(const EnvelopeRow& row, int column) const {
    switch (Column(column)) {
    case Recipient:
        return row.recipient;
    case Project:
        return row.projectName;
    default:
        return data(row, column, Qt::DisplayRole).toString();
    }
}

double EnvelopeFeedSchema::sortNumber(const EnvelopeRow& row, int column) const {
    qint64 ms = -1;
    switch (Column(column)) {
    case Viewed:
        ms = row.viewedMs;
        break;
    case Opened:
        ms = row.openedMs;
        break;
    case Delivered:
        ms = row.deliveredMs;
        break;
    case Expires:
        ms = row.expiresMs;
        break;
    default:
        break;
    }
    return ms < 0 ? std::numeric_limits<double>::quiet_NaN() : double(ms);
}

// ---- model ----------------------------------------------------------------------------------------------------

namespace {

PagedModelOptions feedOptions() {
    PagedModelOptions options;
    options.style = PagingStyle::PageOnly; // not sent: the feeds are not paged (see parsePage)
    options.pageSize = 1;
    options.loadAll = false;
    return options;
}

} // namespace

EnvelopeFeedModel::EnvelopeFeedModel(Client* client, QObject* parent)
    : EnvelopeFeedModel(client, std::make_shared<Params>(), parent) {}

EnvelopeFeedModel::EnvelopeFeedModel(Client* client, std::shared_ptr<Params> params, QObject* parent)
    : PagedRowModel<EnvelopeRow>(
          std::make_shared<EnvelopeFeedSchema>(),
          [client = QPointer<Client>(client), params](const Pager&, QObject* context, PageDone done) {
              if (!client) {
                  ApiError error;
                  error.failure = FailureClass::NotSent;
                  error.kind = ErrorKind::NoCredential;
                  done(error);
                  return CallHandle();
              }
              return client->feedRaw(params->feed, params->sinceSeconds, context, std::move(done));
          },
          feedOptions(), parent)
    , m_params(std::move(params)) {
    setAccountLabel(client ? client->accountLabel() : QString());
}

void EnvelopeFeedModel::setFeed(Client::Feed feed, int sinceSeconds) {
    m_params->feed = feed;
    m_params->sinceSeconds = qMax(1, sinceSeconds);
}

Client::Feed EnvelopeFeedModel::feed() const {
    return m_params->feed;
}

int EnvelopeFeedModel::sinceSeconds() const {
    return m_params->sinceSeconds;
}

void EnvelopeFeedModel::setStateFilter(std::optional<EnvelopeState> state) {
    if (state == m_stateFilter)
        return;
    m_stateFilter = state;
    applyRowFilter();
}

void EnvelopeFeedModel::setProjectFilter(const QString& projectUuid) {
    if (projectUuid == m_projectFilter)
        return;
    m_projectFilter = projectUuid;
    applyRowFilter();
}

void EnvelopeFeedModel::applyRowFilter() {
    if (!m_stateFilter && m_projectFilter.isEmpty()) {
        setRowFilter({});
        return;
    }
    setRowFilter([state = m_stateFilter, project = m_projectFilter](const EnvelopeRow& row) {
        return (!state || row.state == *state) && (project.isEmpty() || row.projectUuid == project);
    });
}

bool EnvelopeFeedModel::updateEnvelope(const Envelope& envelope) {
    return replaceRow(envelope.key(), EnvelopeRow::fromEnvelope(envelope));
}

QVariant EnvelopeFeedModel::data(const QModelIndex& index, int role) const {
    if (role == StateRole || role == ProjectUuidRole) {
        const EnvelopeRow* row = rowAt(index);
        if (!row)
            return {};
        return role == StateRole ? QVariant(int(row->state)) : QVariant(row->projectUuid);
    }
    return PagedRowModel<EnvelopeRow>::data(index, role);
}

} // namespace rd::trucentive
