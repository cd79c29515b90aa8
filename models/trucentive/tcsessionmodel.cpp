#include "tcsessionmodel.h"

#include <QCoreApplication>
#include <QPointer>

#include "common/jsonpage.h"
#include "models/common/displayformat.h"
#include "trucentive/trucentiveclient.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

PagedModelOptions sessionOptions() {
    PagedModelOptions options;
    options.style = PagingStyle::PageOnly;
    options.pageSize = 25;
    options.loadAll = false;
    return options;
}

} // namespace

ParsedPage<TcSession> TcSessionSchema::parsePage(const QByteArray& body, PagingStyle style) const {
    int index = 0;
    // No id field: the page fingerprint is taken from the items' content.
    return parseJsonRows<TcSession>(body, style, {}, QString(), [&index](const QJsonObject& item) {
        return tcSessionFromJson(item, u"sessions[%1]"_s.arg(index++));
    });
}

QString TcSessionSchema::searchText(const TcSession& row) const {
    return row.ip + u' ' + row.email;
}

QVariant TcSessionSchema::headerData(int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Ip:
        return QCoreApplication::translate("rd::TcSessionModel", "IP address");
    case Email:
        return QCoreApplication::translate("rd::TcSessionModel", "E-mail");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TcSessionSchema::data(const TcSession& row, int column, int role) const {
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Ip:
            return row.ip.isEmpty() ? QCoreApplication::translate("rd::TcSessionModel", "(not reported)") : row.ip;
        case Email:
            return row.email.isEmpty() ? QCoreApplication::translate("rd::TcSessionModel", "(not reported)")
                                       : row.email;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && !row.fieldErrors.isEmpty())
        return fieldErrorsText(row.fieldErrors);
    return {};
}

QString TcSessionSchema::id(const TcSession& row) const {
    return row.ip + u' ' + row.email;
}

QString TcSessionSchema::sortText(const TcSession& row, int column) const {
    return column == Ip ? row.ip : row.email;
}

TcSessionModel::TcSessionModel(TruCentiveClient* client, QObject* parent)
    : PagedRowModel<TcSession>(
          std::make_shared<TcSessionSchema>(),
          [client = QPointer<TruCentiveClient>(client)](const Pager& pager, QObject* context, PageDone done) {
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

} // namespace rd
