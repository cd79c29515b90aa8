#include "models/trucentive/sessionmodel.h"

#include <QCoreApplication>
#include <QPointer>

#include "api/trucentive/trucentiveclient.h"
#include "models/common/displayformat.h"
#include "models/common/jsonpage.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

PagedModelOptions sessionOptions() {
    PagedModelOptions options;
    options.style = PagingStyle::PageOnly;
    options.pageSize = 25;
    options.loadAll = false;
    return options;
}

} // namespace

ParsedPage<Session> SessionSchema::parsePage(const QByteArray& body, PagingStyle style) const {
    int index = 0;
    // No id field: the page fingerprint is taken from the items' content.
    return parseJsonRows<Session>(body, style, {}, QString(), [&index](const QJsonObject& item) {
        return sessionFromJson(item, u"sessions[%1]"_s.arg(index++));
    });
}

QString SessionSchema::searchText(const Session& row) const {
    return row.ip + u' ' + row.email;
}

QVariant SessionSchema::headerData(int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Ip:
        return QCoreApplication::translate("rd::trucentive::SessionModel", "IP address");
    case Email:
        return QCoreApplication::translate("rd::trucentive::SessionModel", "E-mail");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionSchema::data(const Session& row, int column, int role) const {
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Ip:
            return row.ip.isEmpty() ? QCoreApplication::translate("rd::trucentive::SessionModel", "(not reported)")
                                    : row.ip;
        case Email:
            return row.email.isEmpty() ? QCoreApplication::translate("rd::trucentive::SessionModel", "(not reported)")
                                       : row.email;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && !row.fieldErrors.isEmpty())
        return fieldErrorsText(row.fieldErrors);
    return {};
}

QString SessionSchema::id(const Session& row) const {
    return row.ip + u' ' + row.email;
}

QString SessionSchema::sortText(const Session& row, int column) const {
    return column == Ip ? row.ip : row.email;
}

SessionModel::SessionModel(Client* client, QObject* parent)
    : PagedRowModel<Session>(
          std::make_shared<SessionSchema>(),
          [client = QPointer<Client>(client)](const Pager& pager, QObject* context, PageDone done) {
              if (!client) {
                  ApiError error;
                  error.failure = FailureClass::NotSent;
                  error.kind = ErrorKind::NoCredential;
                  done(error);
                  return CallHandle();
              }
              return client->sessionsPage(pager, context, std::move(done));
          },
          sessionOptions(), parent) {}

} // namespace rd::trucentive
