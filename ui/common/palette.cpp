#include "ui/common/palette.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Light variants are the colours the app has always used; dark variants keep the same hue with the lightness turned
// around so that text keeps at least the contrast it has on a light window.
struct Pair {
    QColor light;
    QColor dark;
};

QColor pick(const Pair& pair, bool dark) {
    return dark ? pair.dark : pair.light;
}

Pair badgeBackground(Palette::Tone tone) {
    switch (tone) {
    case Palette::Tone::Info:
        return {QColor(0x1f, 0x5f, 0x99), QColor(0x1f, 0x5f, 0x99)};
    case Palette::Tone::Success:
        return {QColor(0x2e, 0x7d, 0x32), QColor(0x2a, 0x6e, 0x2e)};
    case Palette::Tone::Warning:
        return {QColor(0xb3, 0x6b, 0x00), QColor(0x9a, 0x5c, 0x00)};
    case Palette::Tone::Error:
        return {QColor(0xb0, 0x1e, 0x23), QColor(0xa8, 0x1d, 0x22)};
    case Palette::Tone::Neutral:
        break;
    }
    return {QColor(0x6d, 0x6d, 0x6d), QColor(0x5c, 0x5c, 0x5c)};
}

struct BannerPair {
    Palette::Swatch light;
    Palette::Swatch dark;
};

BannerPair bannerColours(Palette::Tone tone) {
    switch (tone) {
    case Palette::Tone::Success:
        return {{QColor(0xe9, 0xf6, 0xec), QColor(0xa9, 0xd8, 0xb4), QColor(0x1d, 0x5a, 0x2c)},
                {QColor(0x17, 0x30, 0x1d), QColor(0x3d, 0x7a, 0x4b), QColor(0xcd, 0xee, 0xd5)}};
    case Palette::Tone::Warning:
        return {{QColor(0xff, 0xf4, 0xe5), QColor(0xff, 0xcc, 0x80), QColor(0x66, 0x3c, 0x00)},
                {QColor(0x3a, 0x2a, 0x10), QColor(0x8a, 0x62, 0x20), QColor(0xff, 0xe0, 0xb2)}};
    case Palette::Tone::Error:
        return {{QColor(0xfd, 0xec, 0xea), QColor(0xf3, 0xb6, 0xb1), QColor(0x7a, 0x1a, 0x14)},
                {QColor(0x3d, 0x1a, 0x18), QColor(0x8c, 0x3a, 0x34), QColor(0xff, 0xd5, 0xd0)}};
    case Palette::Tone::Neutral:
    case Palette::Tone::Info:
        break;
    }
    return {{QColor(0xe8, 0xf1, 0xfb), QColor(0xb6, 0xd0, 0xee), QColor(0x0b, 0x3a, 0x66)},
            {QColor(0x16, 0x28, 0x3d), QColor(0x2f, 0x5a, 0x88), QColor(0xcf, 0xe3, 0xfa)}};
}

Pair textColour(Palette::Tone tone) {
    switch (tone) {
    case Palette::Tone::Info:
        return {QColor(0x1f, 0x5f, 0x99), QColor(0x90, 0xca, 0xf9)};
    case Palette::Tone::Success:
        return {QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc7, 0x84)};
    case Palette::Tone::Warning:
        return {QColor(0x66, 0x3c, 0x00), QColor(0xff, 0xcc, 0x80)};
    case Palette::Tone::Error:
        return {QColor(0xb0, 0x1e, 0x23), QColor(0xff, 0x8a, 0x80)};
    case Palette::Tone::Neutral:
        break;
    }
    return {QColor(0x6d, 0x6d, 0x6d), QColor(0xa8, 0xa8, 0xa8)};
}

} // namespace

bool Palette::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

bool Palette::isDark(const QWidget* widget) {
    return isDark(widget ? widget->palette() : QApplication::palette());
}

Palette::Swatch Palette::badge(Tone tone, const QWidget* widget) {
    const QColor background = pick(badgeBackground(tone), isDark(widget));
    return {background, background, QColor(0xff, 0xff, 0xff)};
}

Palette::Swatch Palette::banner(Tone tone, const QWidget* widget) {
    const BannerPair pair = bannerColours(tone);
    return isDark(widget) ? pair.dark : pair.light;
}

QColor Palette::text(Tone tone, const QWidget* widget) {
    return pick(textColour(tone), isDark(widget));
}

Palette::Tone Palette::environmentTone(Environment environment) {
    switch (environment) {
    case Environment::Production:
        return Tone::Error; // red: real money
    case Environment::Sandbox:
        return Tone::Warning; // amber: vendor test systems
    case Environment::Demo:
        return Tone::Info; // blue: the built-in sandbox
    }
    return Tone::Neutral;
}

QColor Palette::environment(Environment environment, const QWidget* widget) {
    return badge(environmentTone(environment), widget).background;
}

QColor Palette::environmentText(Environment environment, const QWidget* widget) {
    // On a light window the strong badge colour reads as text; on a dark one it needs the light text variant.
    return isDark(widget) ? text(environmentTone(environment), widget) : Palette::environment(environment, widget);
}

Palette::Tone Palette::riskTone(Risk risk) {
    switch (risk) {
    case Risk::High:
        return Tone::Error;
    case Risk::Medium:
        return Tone::Warning;
    case Risk::Low:
        return Tone::Success;
    case Risk::Unknown:
        break;
    }
    return Tone::Neutral;
}

QString Palette::badgeStyleSheet(const Swatch& swatch) {
    return u"QLabel { background: %1; color: %2; border-radius: 3px; padding: 1px 6px; font-weight: bold; }"_s.arg(
        swatch.background.name(), swatch.foreground.name());
}

QString Palette::bannerStyleSheet(const Swatch& swatch, const QString& selector) {
    return u"%1 { background: %2; color: %3; border: 1px solid %4; border-radius: 4px; padding: 6px; }"_s.arg(
        selector, swatch.background.name(), swatch.foreground.name(), swatch.border.name());
}

void Palette::styleBadge(QLabel* label, Tone tone) {
    label->setStyleSheet(badgeStyleSheet(badge(tone, label)));
}

void Palette::styleEnvironmentBadge(QLabel* label, Environment environment) {
    const QColor background = Palette::environment(environment, label);
    label->setStyleSheet(badgeStyleSheet({background, background, badge(Tone::Neutral, label).foreground}));
}

void Palette::styleBanner(QLabel* label, Tone tone) {
    label->setStyleSheet(bannerStyleSheet(banner(tone, label)));
}

void Palette::styleText(QWidget* widget, Tone tone) {
    const QWidget* parent = widget->parentWidget();
    QPalette pal = widget->palette();
    const QPalette base = parent ? parent->palette() : QApplication::palette();
    const QColor colour = tone == Tone::Neutral ? base.color(QPalette::WindowText) : text(tone, widget);
    pal.setColor(QPalette::WindowText, colour);
    pal.setColor(QPalette::Text, tone == Tone::Neutral ? base.color(QPalette::Text) : colour);
    widget->setPalette(pal);
}

} // namespace rd
