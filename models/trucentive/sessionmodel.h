#pragma once

#include "api/trucentive/trucentivetypes.h"
#include "models/common/pagedrowmodel.h"

namespace rd::trucentive {

class Client;

// "Who logged in to our account": GET /sessions?page=N (newest first, bare arrays, no metadata), on the paged base
// with PagingStyle::PageOnly: the first page, then one page per fetchMore() (the view asks when scrolled to the end;
// the status bar's "Load more" too), until an empty or short page. Sessions have no id: a row's id is "ip email".
class SessionSchema : public RowSchema<Session> {
public:
    enum Column { Ip, Email, ColumnCount };

    ParsedPage<Session> parsePage(const QByteArray& body, PagingStyle style) const override;
    QString searchText(const Session& row) const override;
    int columnCount() const override { return ColumnCount; }
    QVariant headerData(int column, int role) const override;
    QVariant data(const Session& row, int column, int role) const override;
    QString id(const Session& row) const override;
    QString sortText(const Session& row, int column) const override;
};

class SessionModel : public PagedRowModel<Session> {
    Q_OBJECT
public:
    using Column = SessionSchema::Column;
    // pageSize: what a full page holds (the API does not say; the first page's size is what counts for paging).
    explicit SessionModel(Client* client, QObject* parent = nullptr);
};

} // namespace rd::trucentive
