#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rd {

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_link(new QLabel(this))
    , m_close(new QToolButton(this)) {
    setObjectName(u"inlineMessage"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_close->setText(u"×"_s);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 4, 5);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_link);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_link, &QLabel::linkActivated, this, [this] { Q_EMIT linkActivated(m_linkId); });
    connect(m_close, &QToolButton::clicked, this, &InlineMessage::clearMessage);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString& text, const QString& linkText, const QString& linkId) {
    m_kind = kind;
    m_linkId = linkId;
    m_text->setText(text);
    m_link->setVisible(!linkText.isEmpty());
    m_link->setText(linkText.isEmpty() ? QString() : u"<a href=\"#\">%1</a>"_s.arg(linkText.toHtmlEscaped()));

    const char* background = "#e8f1fb";
    const char* border = "#b6d0ee";
    const char* foreground = "#0b3a66";
    switch (kind) {
    case Kind::Info:
    case Kind::Progress:
        break;
    case Kind::Success:
        background = "#e9f6ec";
        border = "#a9d8b4";
        foreground = "#1d5a2c";
        break;
    case Kind::Warning:
        background = "#fff4e5";
        border = "#ffcc80";
        foreground = "#663c00";
        break;
    case Kind::Error:
        background = "#fdecea";
        border = "#f3b6b1";
        foreground = "#7a1a14";
        break;
    }
    setStyleSheet(u"QFrame#inlineMessage { background: %1; border: 1px solid %2; border-radius: 4px; } "
                  "QFrame#inlineMessage QLabel { color: %3; background: transparent; }"_s.arg(
                      QLatin1String(background), QLatin1String(border), QLatin1String(foreground)));
    show();
}

void InlineMessage::clearMessage() {
    hide();
    m_text->clear();
    m_linkId.clear();
}

void InlineMessage::setClosable(bool closable) {
    m_close->setVisible(closable);
}

QString InlineMessage::text() const {
    return m_text->text();
}

} // namespace rd
