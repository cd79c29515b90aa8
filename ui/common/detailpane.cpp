#include "ui/common/detailpane.h"

#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

#include "ui/common/inlinemessage.h"
#include "ui/common/jsonview.h"

using namespace Qt::StringLiterals;

namespace rd {

DetailPane::DetailPane(const QString& placeholder, QWidget* parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(placeholder, this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_title(new QLabel(m_content))
    , m_copyId(new QToolButton(m_content))
    , m_refresh(new QPushButton(tr("Refresh"), m_content))
    , m_message(new InlineMessage(m_content))
    , m_actionHint(new QLabel(m_content))
    , m_fieldErrors(new QLabel(m_content))
    , m_jsonToggle(new QToolButton(m_content))
    , m_json(new JsonView(m_content)) {
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(24);

    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setAutoRaise(true);
    m_refresh->setAutoDefault(false);

    m_actionHint->setWordWrap(true);
    m_actionHint->setTextFormat(Qt::PlainText);
    Palette::styleText(m_actionHint, Palette::Tone::Warning);
    m_fieldErrors->setWordWrap(true);
    m_fieldErrors->setTextFormat(Qt::PlainText);
    Palette::styleBanner(m_fieldErrors, Palette::Tone::Warning);
    m_fieldErrors->hide();

    m_jsonToggle->setCheckable(true);
    m_jsonToggle->setAutoRaise(true);
    m_json->setMinimumHeight(180);
    m_json->hide();

    m_layout->setContentsMargins(8, 8, 8, 8);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll, 1);
    m_scroll->hide();

    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        const QString id = shownId();
        if (!id.isEmpty())
            QGuiApplication::clipboard()->setText(id);
    });
    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            Q_EMIT accountsRequested();
    });
}

DetailPane::~DetailPane() = default;

void DetailPane::addHeader(QLayout* titleRow, QLayout* actionRow) {
    m_layout->addLayout(titleRow);
    m_layout->addLayout(actionRow);
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_actionHint);
    m_layout->addWidget(m_fieldErrors);
}

void DetailPane::finishContent(const QString& showJson, const QString& hideJson) {
    const QString show = showJson.isEmpty() ? tr("Show raw JSON") : showJson;
    const QString hide = hideJson.isEmpty() ? tr("Hide raw JSON") : hideJson;
    m_jsonToggle->setText(show);
    connect(m_jsonToggle, &QToolButton::toggled, this, [this, show, hide](bool on) {
        m_json->setVisible(on);
        m_jsonToggle->setText(on ? hide : show);
    });
    m_layout->addWidget(m_jsonToggle, 0, Qt::AlignLeft);
    m_layout->addWidget(m_json);
    m_layout->addStretch(1);
    hideUnplaced();
}

void DetailPane::finishContentWithoutJson() {
    m_layout->addStretch(1);
    hideUnplaced();
}

void DetailPane::hideUnplaced() {
    // A child no layout manages would sit over the pane's top-left corner.
    const std::function<bool(const QLayout*, const QWidget*)> placed = [&placed](const QLayout* layout,
                                                                                 const QWidget* widget) {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem* item = layout->itemAt(i);
            if (item->widget() == widget || (item->layout() && placed(item->layout(), widget)))
                return true;
            if (item->widget() && item->widget()->layout() && placed(item->widget()->layout(), widget))
                return true;
        }
        return false;
    };
    for (QWidget* part : std::initializer_list<QWidget*>{m_title, m_copyId, m_refresh, m_message, m_actionHint,
                                                         m_fieldErrors, m_jsonToggle, m_json}) {
        if (!placed(m_layout, part)) {
            part->hide();
            part->setEnabled(false);
        }
    }
}

void DetailPane::showContent(bool show) {
    m_scroll->setVisible(show);
    m_placeholder->setVisible(!show);
}

QLabel* DetailPane::makeBadge(const QString& text) {
    auto* badge = new QLabel(text, m_content);
    badge->setTextFormat(Qt::PlainText);
    return badge;
}

void DetailPane::setBadge(QLabel* badge, const QString& text, Palette::Tone tone) {
    badge->setText(text);
    Palette::styleBadge(badge, tone);
}

void DetailPane::clearBadge(QLabel* badge) {
    badge->clear();
    badge->setStyleSheet({});
}

void DetailPane::setFieldErrors(const QString& intro, const QStringList& errors) {
    m_fieldErrors->setVisible(!errors.isEmpty() && m_fieldErrors->isEnabled());
    m_fieldErrors->setText(errors.isEmpty() ? QString() : intro + u'\n' + errors.join(u'\n'));
}

QFormLayout* DetailPane::makeForm(QGroupBox* box, bool labelsRight) {
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (labelsRight)
        form->setLabelAlignment(Qt::AlignRight);
    return form;
}

QLabel* DetailPane::addFormRow(QFormLayout* form, const QString& label, const QString& value, bool selectable) {
    auto* field = new QLabel(value, m_content);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    if (selectable)
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
    return field;
}

void DetailPane::clearForm(QFormLayout* form) {
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QString DetailPane::formText(const QFormLayout* form) {
    QStringList lines;
    for (int row = 0; row < form->rowCount(); ++row) {
        const QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
        const QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        const auto* label = qobject_cast<const QLabel*>(labelItem ? labelItem->widget() : nullptr);
        const auto* field = qobject_cast<const QLabel*>(fieldItem ? fieldItem->widget() : nullptr);
        lines << QString((label ? label->text() : QString()) + u' ' + (field ? field->text() : QString())).trimmed();
    }
    return lines.join(u'\n');
}

} // namespace rd
