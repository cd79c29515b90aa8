#include "models/common/jsonpage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include "api/core/jsonreader.h"

namespace rd {

namespace {

QByteArray itemIdentity(const QJsonValue& item, const QString& idKey) {
    const QJsonValue id = item.toObject().value(idKey);
    if (id.isString())
        return id.toString().toUtf8();
    if (id.isDouble())
        return QByteArray::number(id.toDouble(), 'g', 17);
    // No usable id: the item's own content identifies it.
    return item.isObject() ? QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact);
}

} // namespace

QString nonObjectItemError(qsizetype index) {
    return QCoreApplication::translate("rd::JsonPage", "item %1 of the page is not an object").arg(index + 1);
}

JsonPage readJsonPage(const QByteArray& body, PagingStyle style, QStringView itemsPath, const QString& idKey) {
    JsonPage page;
    QString technical;
    const std::optional<QJsonDocument> document = parseJson(body, &technical);
    if (!document) {
        page.error = QCoreApplication::translate("rd::JsonPage", "not JSON: %1").arg(technical);
        return page;
    }
    QJsonObject root;
    QJsonValue items;
    if (itemsPath.isEmpty()) {
        if (!document->isArray()) {
            page.error = QCoreApplication::translate("rd::JsonPage", "expected a list of items");
            return page;
        }
        items = document->array();
    } else {
        if (!document->isObject()) {
            page.error =
                QCoreApplication::translate("rd::JsonPage", "expected an object holding \"%1\"").arg(itemsPath);
            return page;
        }
        root = document->object();
        items = root;
        for (const QStringView key : itemsPath.split(u'.'))
            items = items.toObject().value(key);
        if (!items.isArray()) {
            page.error = QCoreApplication::translate("rd::JsonPage", "\"%1\" is missing or not a list").arg(itemsPath);
            return page;
        }
    }
    page.items = items.toArray();
    QByteArray fingerprint;
    if (!page.items.isEmpty()) {
        fingerprint = QByteArray::number(page.items.size()) + '\x1f' + itemIdentity(page.items.first(), idKey) +
                      '\x1f' + itemIdentity(page.items.last(), idKey);
    }
    page.meta = readPageMeta(style, root, int(page.items.size()), fingerprint);
    return page;
}

} // namespace rd
