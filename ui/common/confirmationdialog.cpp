#include "ui/common/confirmationdialog.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QQueue>
#include <QVBoxLayout>

#include "ui/common/environmentbanner.h"
#include "ui/common/palette.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct QueuedAnswer {
    bool confirm = false;
    QString reason;
};

QQueue<QueuedAnswer>& queuedAnswers() {
    static QQueue<QueuedAnswer> answers;
    return answers;
}

Confirmation& lastAsked() {
    static Confirmation confirmation;
    return confirmation;
}

constexpr int kMaxReasonLength = 500;

} // namespace

void ConfirmationDialog::setNextAnswer(bool confirm, const QString& reason) {
    queuedAnswers().enqueue({confirm, reason});
}

bool ConfirmationDialog::hasQueuedAnswer() {
    return !queuedAnswers().isEmpty();
}

Confirmation ConfirmationDialog::lastConfirmation() {
    return lastAsked();
}

QString ConfirmationDialog::lastText() {
    return plainText(lastAsked());
}

QString ConfirmationDialog::plainText(const Confirmation& c) {
    QStringList lines;
    lines << c.title;
    lines << tr("Environment: %1").arg(EnvironmentBanner::badge(c.environment));
    if (!c.accountLabel.isEmpty())
        lines << tr("Account: %1").arg(c.accountLabel);
    if (!c.question.isEmpty())
        lines << c.question;
    for (const auto& [label, value] : c.facts)
        lines << tr("%1: %2").arg(label, value);
    lines << c.extra.text;
    lines << c.warnings;
    return lines.join(u'\n');
}

ConfirmationDialog* ConfirmationDialog::ask(QWidget* parent, const Confirmation& confirmation, Done done) {
    lastAsked() = confirmation;
    if (!queuedAnswers().isEmpty()) {
        const QueuedAnswer answer = queuedAnswers().dequeue();
        const bool confirmed = answer.confirm && confirmation.canConfirm &&
                               (!confirmation.reasonRequired || !answer.reason.trimmed().isEmpty());
        QObject* context = parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(qApp);
        QMetaObject::invokeMethod(
            context, [confirmed, reason = answer.reason.trimmed(), done = std::move(done)] { done(confirmed, reason); },
            Qt::QueuedConnection);
        return nullptr;
    }
    auto* dialog = new ConfirmationDialog(parent, confirmation, std::move(done));
    dialog->open();
    return dialog;
}

ConfirmationDialog::ConfirmationDialog(QWidget* parent, const Confirmation& confirmation, Done done)
    : QDialog(parent)
    , m_confirmation(confirmation)
    , m_done(std::move(done))
    , m_banner(new EnvironmentBanner(this))
    , m_reason(new QLineEdit(this))
    , m_confirm(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(confirmation.title);

    m_banner->setEnvironment(confirmation.environment, confirmation.accountLabel);

    auto* heading = new QLabel(confirmation.question.isEmpty() ? confirmation.title : confirmation.question, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);

    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto& [label, value] : confirmation.facts) {
        // Not word-wrapped: a wrapped label in a form of a top-level dialog gets a wrong height (clipped text).
        // Multi-line values carry their own line breaks; the dialog grows with its longest value.
        auto* valueLabel = new QLabel(value, this);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(tr("%1:").arg(label), valueLabel);
    }
    // The environment is a fact too, so it reads in the list and not only in the coloured strip.
    auto* environment = new QLabel(EnvironmentBanner::badge(confirmation.environment), this);
    QPalette pal = environment->palette();
    pal.setColor(QPalette::WindowText, Palette::environmentText(confirmation.environment, this));
    environment->setPalette(pal);
    QFont bold = environment->font();
    bold.setBold(true);
    environment->setFont(bold);
    facts->addRow(tr("Environment:"), environment);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_banner);
    auto* body = new QVBoxLayout;
    body->setContentsMargins(16, 8, 16, 0);
    body->setSpacing(10);
    body->addWidget(heading);
    if (!confirmation.note.isEmpty()) {
        auto* note = new QLabel(confirmation.note, this);
        note->setTextFormat(Qt::PlainText);
        body->addWidget(note);
    }
    body->addLayout(facts);
    if (confirmation.extra.build) {
        m_extra = confirmation.extra.build(this);
        if (m_extra)
            body->addWidget(m_extra);
    }
    for (const QString& warning : confirmation.warnings) {
        auto* label = new QLabel(warning, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setObjectName(u"confirmationWarning"_s);
        label->setStyleSheet(
            Palette::bannerStyleSheet(Palette::banner(Palette::Tone::Warning, this), u"QLabel#confirmationWarning"_s));
        body->addWidget(label);
    }

    QString reasonText = confirmation.reasonLabel;
    if (reasonText.isEmpty())
        reasonText = confirmation.reasonRequired ? tr("Reason (required, kept in the audit log):")
                                                 : tr("Reason (kept in the audit log):");
    auto* reasonLabel = new QLabel(reasonText, this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setPlaceholderText(confirmation.reasonPlaceholder.isEmpty()
                                     ? tr("e.g. ticket number and what the customer reported")
                                     : confirmation.reasonPlaceholder);
    m_reason->setMaxLength(kMaxReasonLength);
    m_reason->setClearButtonEnabled(true);
    body->addWidget(reasonLabel);
    body->addWidget(m_reason);

    m_confirm->setText(confirmation.confirmLabel.isEmpty() ? tr("Confirm") : confirmation.confirmLabel);
    // Enter in the reason field must not confirm a money move by accident: no default button.
    m_confirm->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    body->addLayout(buttons);
    layout->addLayout(body);
    // The environment strip must read in full: at least as wide as its text (bounded for very long labels).
    setMinimumWidth(qBound(confirmation.minimumWidth, m_banner->sizeHint().width() + 8, 900));

    connect(m_reason, &QLineEdit::textChanged, this, &ConfirmationDialog::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { answer(false); });
    connect(this, &QDialog::rejected, this, [this] { answer(false); });
    m_reason->setFocus();
    updateButtons();
}

void ConfirmationDialog::updateButtons() {
    m_confirm->setEnabled(m_confirmation.canConfirm &&
                          (!m_confirmation.reasonRequired || !m_reason->text().trimmed().isEmpty()));
}

void ConfirmationDialog::answer(bool confirmed) {
    if (m_answered)
        return;
    if (confirmed && !m_confirm->isEnabled())
        return;
    m_answered = true;
    const QString reason = m_reason->text().trimmed();
    Done done = std::move(m_done);
    if (confirmed)
        accept();
    else
        reject();
    if (done)
        done(confirmed, reason);
}

} // namespace rd
