#include "environmentbanner.h"

#include <QHBoxLayout>
#include <QLabel>

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

QColor EnvironmentBanner::colour(Environment environment) {
    switch (environment) {
    case Environment::Production:
        return QColor(0xB0, 0x1E, 0x23); // red: real money
    case Environment::Sandbox:
        return QColor(0xB3, 0x6B, 0x00); // amber: vendor test systems
    case Environment::Demo:
        return QColor(0x1F, 0x5F, 0x99); // blue: the built-in sandbox
    }
    return Qt::gray;
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
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colour(environment));
    pal.setColor(QPalette::WindowText, Qt::white);
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
