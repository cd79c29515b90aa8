#pragma once

#include <QJsonValue>
#include <QPlainTextEdit>
#include <QSet>

namespace rd {

// A read-only, monospaced view of a record's raw JSON with secrets masked (design.md section 6: "a raw JSON view with
// secrets masked"). Every value whose key is in maskedKeys() (case-insensitive, at any depth) is replaced by a mask
// before it is shown, so a redeemable link or a token never reaches the screen or a "select all + copy" through
// here. Shared by every vendor tab.
class JsonView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit JsonView(QWidget* parent = nullptr);

    // url, redemption_url, api_key, token, secret, password, authorization, ... (lower case).
    static QSet<QString> defaultMaskedKeys();
    void setMaskedKeys(const QSet<QString>& keys); // lower case
    QSet<QString> maskedKeys() const { return m_keys; }

    void setJson(const QJsonValue& value);
    void clearJson();
    // The text shown (masked, indented).
    QString jsonText() const { return toPlainText(); }

    // `value` with every masked key's non-null value replaced by `mask`, recursively.
    static QJsonValue masked(const QJsonValue& value, const QSet<QString>& keys, const QString& mask);

private:
    QSet<QString> m_keys;
};

} // namespace rd
