#include "ui/common/environmentbanner.h"

#include <QHBoxLayout>
#include <QLabel>

#include "ui/common/palette.h"

namespace rd {

EnvironmentBanner::EnvironmentBanner(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_label);
    m_label->setTextFormat(Qt::PlainText);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    setAutoFillBackground(true);
    setAccessibleName(tr("Environment"));
    setEnvironment(Environment::Demo);
}

QColor EnvironmentBanner::colour(Environment environment, const QWidget* context) {
    return Palette::environment(environment, context);
}

QString EnvironmentBanner::badge(Environment environment) {
    switch (environment) {
    case Environment::Production:
        return tr("PRODUCTION");
    case Environment::Sandbox:
        return tr("SANDBOX");
    case Environment::Demo:
        return tr("DEMO");
    }
    return {};
}

void EnvironmentBanner::apply(Environment environment, const QString& text) {
    m_environment = environment;
    // The banner paints its own Window colour, so the light or dark choice comes from where it sits.
    const QWidget* context = parentWidget();
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colour(environment, context));
    pal.setColor(QPalette::WindowText, Palette::badge(Palette::Tone::Neutral, context).foreground);
    setPalette(pal);
    m_label->setPalette(pal);
    m_label->setText(text);
}

void EnvironmentBanner::setEnvironment(Environment environment, const QString& accountLabel) {
    QString text;
    switch (environment) {
    case Environment::Production:
        text = tr("PRODUCTION: actions move real money.");
        break;
    case Environment::Sandbox:
        text = tr("SANDBOX: the vendor's test system; no real money moves.");
        break;
    case Environment::Demo:
        text = tr("DEMO: sample data from RewardDesk's built-in sandbox; nothing reaches a vendor.");
        break;
    }
    if (!accountLabel.isEmpty())
        text = tr("%1   Account: %2").arg(text, accountLabel);
    apply(environment, text);
}

void EnvironmentBanner::setSummary(const QList<Environment>& environments) {
    if (environments.contains(Environment::Production)) {
        apply(Environment::Production, tr("PRODUCTION accounts are configured: their actions move real money."));
    } else if (environments.contains(Environment::Sandbox)) {
        apply(Environment::Sandbox, tr("SANDBOX accounts only: no real money moves."));
    } else if (environments.contains(Environment::Demo)) {
        setEnvironment(Environment::Demo);
    } else {
        apply(Environment::Demo, tr("No accounts yet. Open File > Accounts to add one, or start with --demo."));
    }
}

QString EnvironmentBanner::text() const {
    return m_label->text();
}

} // namespace rd
