#include "ui/common/inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "ui/common/palette.h"

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

    Palette::Tone tone = Palette::Tone::Info;
    switch (kind) {
    case Kind::Info:
    case Kind::Progress:
        break;
    case Kind::Success:
        tone = Palette::Tone::Success;
        break;
    case Kind::Warning:
        tone = Palette::Tone::Warning;
        break;
    case Kind::Error:
        tone = Palette::Tone::Error;
        break;
    }
    const Palette::Swatch colours = Palette::banner(tone, this);
    setStyleSheet(u"QFrame#inlineMessage { background: %1; border: 1px solid %2; border-radius: 4px; } "
                  "QFrame#inlineMessage QLabel { color: %3; background: transparent; }"_s.arg(
                      colours.background.name(), colours.border.name(), colours.foreground.name()));
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
