#include "ui/tremendous/resenddialog.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "ui/common/palette.h"
#include "ui/tremendous/actionwords.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {
constexpr int kMaxEmail = 254;
constexpr int kMaxPhoneInput = 32;
} // namespace

QString ResendDialog::emailProblem(const QString& email) {
    const QString text = email.trimmed();
    if (text.isEmpty())
        return tr("Type the new e-mail address.");
    if (text.size() > kMaxEmail)
        return tr("That e-mail address is too long.");
    static const QRegularExpression pattern(u"^[^\\s@]+@[^\\s@]+\\.[^\\s@.]+$"_s);
    if (!pattern.match(text).hasMatch())
        return tr("That is not an e-mail address (name@example.com).");
    return {};
}

QString ResendDialog::normalizedPhone(const QString& phone) {
    QString out;
    const QString text = phone.trimmed();
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128)
            out += c;
        else if (c == u'+' && out.isEmpty() && i == 0)
            out += c;
    }
    return out;
}

QString ResendDialog::phoneProblem(const QString& phone) {
    const QString text = phone.trimmed();
    if (text.isEmpty())
        return tr("Type the new phone number.");
    static const QRegularExpression allowed(u"^\\+?[0-9 ().\\-]+$"_s);
    if (text.size() > kMaxPhoneInput || !allowed.match(text).hasMatch())
        return tr("A phone number has only digits, an optional leading +, and spaces, dashes, dots or brackets.");
    const QString digits = normalizedPhone(text).remove(u'+');
    if (digits.size() < 7 || digits.size() > 15)
        return tr("A phone number has 7 to 15 digits (with the country code, e.g. +1 555 010 0199).");
    return {};
}

ResendDialog* ResendDialog::ask(QWidget* parent, const Reward& reward, Done done) {
    auto* dialog = new ResendDialog(parent, reward, std::move(done));
    dialog->open();
    return dialog;
}

ResendDialog::ResendDialog(QWidget* parent, const Reward& reward, Done done)
    : QDialog(parent)
    , m_reward(reward)
    , m_done(std::move(done))
    , m_same(new QRadioButton(this))
    , m_emailChoice(new QRadioButton(tr("To a new &e-mail address:"), this))
    , m_phoneChoice(new QRadioButton(tr("To a new &phone number:"), this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_continue(new QPushButton(tr("Continue…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Resend reward %1").arg(reward.id));

    auto* heading = new QLabel(tr("Resend reward %1").arg(reward.id), this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);

    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    auto addFact = [this, facts](const QString& label, const QString& value) {
        auto* field = new QLabel(value, this);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(label, field);
    };
    addFact(tr("Value:"), ActionWords::money(reward.value));
    addFact(tr("Recipient:"), reward.recipientName.isEmpty() ? tr("not reported") : reward.recipientName);
    addFact(tr("E-mail address:"), reward.recipientEmail.isEmpty() ? tr("none") : reward.recipientEmail);
    addFact(tr("Phone number:"), reward.recipientPhone.isEmpty() ? tr("none") : reward.recipientPhone);
    addFact(tr("Delivery:"), tr("%1, %2").arg(deliveryMethodDisplay(reward.deliveryMethodRaw),
                                              deliveryStatusDisplay(reward.deliveryStatusRaw)));

    const QString current = reward.recipientDisplay();
    m_same->setText(current.isEmpty() ? tr("To the &same address as before")
                                      : tr("To the &same address as before (%1)").arg(current));
    auto* group = new QButtonGroup(this);
    group->addButton(m_same);
    group->addButton(m_emailChoice);
    group->addButton(m_phoneChoice);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setMaxLength(kMaxEmail);
    m_email->setAccessibleName(tr("New e-mail address"));
    m_phone->setPlaceholderText(tr("+1 555 010 0199"));
    m_phone->setMaxLength(kMaxPhoneInput);
    m_phone->setAccessibleName(tr("New phone number"));

    // updated_email is for rewards delivered by e-mail, updated_phone for rewards delivered by SMS (the API docs).
    const bool email = reward.deliveryMethod != DeliveryMethod::Phone;
    const bool phone = reward.deliveryMethod != DeliveryMethod::Email;
    m_emailChoice->setEnabled(email);
    m_phoneChoice->setEnabled(phone);
    if (!email)
        m_emailChoice->setToolTip(tr("This reward is delivered by SMS: Tremendous takes only a new phone number."));
    if (!phone)
        m_phoneChoice->setToolTip(tr("This reward is delivered by e-mail: Tremendous takes only a new e-mail "
                                     "address."));
    m_same->setChecked(true);

    auto* choices = new QGridLayout;
    choices->addWidget(m_same, 0, 0, 1, 2);
    choices->addWidget(m_emailChoice, 1, 0);
    choices->addWidget(m_email, 1, 1);
    choices->addWidget(m_phoneChoice, 2, 0);
    choices->addWidget(m_phone, 2, 1);
    choices->setColumnStretch(1, 1);

    auto* oneOnly = new QLabel(tr("Tremendous takes one new address per resend: an e-mail address or a phone number, "
                                  "not both."),
                               this);
    oneOnly->setWordWrap(true);
    oneOnly->setTextFormat(Qt::PlainText);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    Palette::styleText(m_problem, Palette::Tone::Error);

    m_continue->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_continue);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addLayout(facts);
    layout->addWidget(new QLabel(tr("Send it again:"), this));
    layout->addLayout(choices);
    layout->addWidget(oneOnly);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    setMinimumWidth(520);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (!on)
            return;
        revalidate();
        if (m_emailChoice->isChecked())
            m_email->setFocus();
        else if (m_phoneChoice->isChecked())
            m_phone->setFocus();
    });
    // Typing into a field chooses it.
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        if (m_emailChoice->isEnabled())
            m_emailChoice->setChecked(true);
        revalidate();
    });
    connect(m_phone, &QLineEdit::textEdited, this, [this] {
        if (m_phoneChoice->isEnabled())
            m_phoneChoice->setChecked(true);
        revalidate();
    });
    connect(m_email, &QLineEdit::textChanged, this, &ResendDialog::revalidate);
    connect(m_phone, &QLineEdit::textChanged, this, &ResendDialog::revalidate);
    connect(m_continue, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { answer(false); });
    connect(this, &QDialog::rejected, this, [this] { answer(false); });
    revalidate();
}

void ResendDialog::setChoice(Choice choice) {
    switch (choice) {
    case Choice::Same:
        m_same->setChecked(true);
        break;
    case Choice::Email:
        m_emailChoice->setChecked(true);
        break;
    case Choice::Phone:
        m_phoneChoice->setChecked(true);
        break;
    }
    revalidate();
}

ResendDialog::Choice ResendDialog::choice() const {
    if (m_emailChoice->isChecked())
        return Choice::Email;
    if (m_phoneChoice->isChecked())
        return Choice::Phone;
    return Choice::Same;
}

ResendTarget ResendDialog::target() const {
    ResendTarget target;
    if (choice() == Choice::Email)
        target.updatedEmail = m_email->text().trimmed();
    else if (choice() == Choice::Phone)
        target.updatedPhone = normalizedPhone(m_phone->text());
    return target;
}

QString ResendDialog::problem() const {
    switch (choice()) {
    case Choice::Same:
        if (m_reward.recipientDisplay().isEmpty())
            return tr("Tremendous reported no address for this reward: type a new e-mail address or phone number.");
        return {};
    case Choice::Email:
        if (!m_emailChoice->isEnabled())
            return m_emailChoice->toolTip();
        return emailProblem(m_email->text());
    case Choice::Phone:
        if (!m_phoneChoice->isEnabled())
            return m_phoneChoice->toolTip();
        return phoneProblem(m_phone->text());
    }
    return {};
}

void ResendDialog::revalidate() {
    const QString text = problem();
    // "Type the new …" is not an error yet: only say what is wrong once something was typed.
    const bool typed = (choice() == Choice::Email && !m_email->text().trimmed().isEmpty()) ||
                       (choice() == Choice::Phone && !m_phone->text().trimmed().isEmpty()) || choice() == Choice::Same;
    m_problem->setText(typed ? text : QString());
    m_problem->setVisible(typed && !text.isEmpty());
    m_continue->setEnabled(text.isEmpty());
}

void ResendDialog::answer(bool ok) {
    if (m_answered)
        return;
    if (ok && !problem().isEmpty())
        return;
    m_answered = true;
    const ResendTarget chosen = target();
    Done done = std::move(m_done);
    if (ok)
        accept();
    else
        reject();
    if (done)
        done(ok, chosen);
}

} // namespace rd::tremendous
