#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include "models/common/pagesource.h"

namespace rd {

// The items and paging metadata of one JSON list page, read with the project's JSON rules (depth cap, see
// core/jsonreader.h). Thread-safe: meant for RowSchema::parsePage in the parse worker.
struct JsonPage {
    QJsonArray items;
    PageMeta meta; // readPageMeta(style, root, items.size(), fingerprint of the first and last item)
    QString error; // non-empty when the body is not a list page of that shape (never contains the body)
};

// `itemsPath`: dot-separated keys from the root object to the item array ("orders", "data.members", "data"); empty
// for a bare top-level array (TruCentive sessions). `idKey`: the items' id field, used for the page fingerprint
// that lets the Pager notice a server repeating a page (items without that field are fingerprinted by content).
JsonPage readJsonPage(const QByteArray& body, PagingStyle style, QStringView itemsPath, const QString& idKey);
QString nonObjectItemError(qsizetype index); // "item 3 is not an object"

// readJsonPage() + one `convert(const QJsonObject& item) -> Row` per item. A non-object item makes the page an error.
// Field-level problems are the converter's business (design.md: a missing or mistyped amount or status is a parse
// error for that field, shown as such, never a silent 0).
template <typename Row, typename Convert>
ParsedPage<Row> parseJsonRows(const QByteArray& body, PagingStyle style, QStringView itemsPath, const QString& idKey,
                              Convert convert) {
    JsonPage page = readJsonPage(body, style, itemsPath, idKey);
    ParsedPage<Row> out;
    out.meta = page.meta;
    out.error = std::move(page.error);
    if (!out.error.isEmpty())
        return out;
    out.rows.reserve(size_t(page.items.size()));
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        const QJsonValue item = page.items.at(i);
        if (!item.isObject()) {
            out.error = nonObjectItemError(i);
            out.rows.clear();
            return out;
        }
        out.rows.push_back(convert(item.toObject()));
    }
    return out;
}

} // namespace rd
