#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace rd {

// A message shown where something happened (design.md section 6: "errors are shown where they happened, in words a
// support agent understands, with what to do next"): a coloured strip with the text, an optional link (e.g.
// "Open Accounts") and a close button. Plain text only: vendor words can never inject markup. Shared by every
// vendor tab.
class InlineMessage : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Progress, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit InlineMessage(QWidget* parent = nullptr);

    // Shows the strip. `linkId` is what linkActivated() carries when the link is clicked.
    void showMessage(Kind kind, const QString& text, const QString& linkText = {}, const QString& linkId = {});
    void clearMessage(); // hides it
    void setClosable(bool closable);

    Kind kind() const { return m_kind; }
    QString text() const;
    QString linkId() const { return m_linkId; }
    bool hasMessage() const { return !isHidden(); }

Q_SIGNALS:
    void linkActivated(const QString& linkId);

private:
    Kind m_kind = Kind::Info;
    QString m_linkId;
    QLabel* m_text;
    QLabel* m_link;
    QToolButton* m_close;
};

} // namespace rd
