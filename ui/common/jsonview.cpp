#include "ui/common/jsonview.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rd {

JsonView::JsonView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_keys(defaultMaskedKeys()) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("No data"));
    setAccessibleName(tr("Raw JSON"));
}

QSet<QString> JsonView::defaultMaskedKeys() {
    return {u"url"_s,           u"redemption_url"_s, u"redeem_url"_s,    u"link"_s,          u"api_key"_s,
            u"apikey"_s,        u"token"_s,          u"access_token"_s,  u"refresh_token"_s, u"secret"_s,
            u"client_secret"_s, u"password"_s,       u"authorization"_s, u"x-api-key"_s};
}

void JsonView::setMaskedKeys(const QSet<QString>& keys) {
    m_keys = keys;
}

QJsonValue JsonView::masked(const QJsonValue& value, const QSet<QString>& keys, const QString& mask) {
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (keys.contains(it.key().toLower())) {
                if (!it.value().isNull())
                    it.value() = mask;
            } else if (it.value().isObject() || it.value().isArray()) {
                it.value() = masked(it.value(), keys, mask);
            }
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = masked(array.at(i), keys, mask);
        return array;
    }
    return value;
}

void JsonView::setJson(const QJsonValue& value) {
    const QJsonValue shown = masked(value, m_keys, tr("•••• hidden"));
    QJsonDocument doc;
    if (shown.isObject())
        doc.setObject(shown.toObject());
    else if (shown.isArray())
        doc.setArray(shown.toArray());
    else {
        setPlainText(shown.toVariant().toString());
        return;
    }
    setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void JsonView::clearJson() {
    clear();
}

} // namespace rd
