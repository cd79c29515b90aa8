#pragma once

#include "common/pagedrowmodel.h"
#include "trucentive/trucentivetypes.h"

namespace rd {

class TruCentiveClient;

// "Who logged in to our account": GET /sessions?page=N (newest first, bare arrays, no metadata), on the paged base
// with PagingStyle::PageOnly: the first page, then one page per fetchMore() (the view asks when scrolled to the end;
// the status bar's "Load more" too), until an empty or short page. Sessions have no id: a row's id is "ip email".
class TcSessionSchema : public RowSchema<TcSession> {
public:
    enum Column { Ip, Email, ColumnCount };

    ParsedPage<TcSession> parsePage(const QByteArray& body, PagingStyle style) const override;
    QString searchText(const TcSession& row) const override;
    int columnCount() const override { return ColumnCount; }
    QVariant headerData(int column, int role) const override;
    QVariant data(const TcSession& row, int column, int role) const override;
    QString id(const TcSession& row) const override;
    QString sortText(const TcSession& row, int column) const override;
};

class TcSessionModel : public PagedRowModel<TcSession> {
    Q_OBJECT
public:
    using Column = TcSessionSchema::Column;
    // pageSize: what a full page holds (the API does not say; the first page's size is what counts for paging).
    explicit TcSessionModel(TruCentiveClient* client, QObject* parent = nullptr);
};

} // namespace rd
