// The palette helper: on a light and on a dark window (Fusion's default and a dark QPalette) every badge, banner and
// coloured text keeps a readable contrast (WCAG ratios: 4.5 for banner text, 3 for bold badges and coloured text on
// the window), the dark variant is chosen from the widget's palette, and the environment colours stay distinct.
#include <QApplication>
#include <QLabel>
#include <QTest>

#include <cmath>

#include "ui/common/environmentbanner.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/palette.h"
#include "ui/darkpalette.h"

using namespace rd;

namespace {

double channel(double c) {
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const Palette::Tone kTones[] = {Palette::Tone::Neutral, Palette::Tone::Info, Palette::Tone::Success,
                                Palette::Tone::Warning, Palette::Tone::Error};

} // namespace

class TestPalette : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readable_data();
    void readable();
    void followsTheWidgetsPalette();
    void environmentsDiffer();
};

void TestPalette::readable_data() {
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestPalette::readable() {
    QFETCH(bool, dark);
    QWidget widget;
    widget.setPalette(dark ? test::darkPalette() : QPalette(QColor(0xef, 0xef, 0xef)));
    QCOMPARE(Palette::isDark(&widget), dark);
    const QColor window = widget.palette().color(QPalette::Window);
    for (Palette::Tone tone : kTones) {
        const Palette::Swatch badge = Palette::badge(tone, &widget);
        QVERIFY2(contrast(badge.foreground, badge.background) >= 3.0, qPrintable(badge.background.name()));
        const Palette::Swatch banner = Palette::banner(tone, &widget);
        QVERIFY2(contrast(banner.foreground, banner.background) >= 4.5, qPrintable(banner.background.name()));
        if (tone != Palette::Tone::Neutral) {
            const QColor text = Palette::text(tone, &widget);
            QVERIFY2(contrast(text, window) >= 3.0, qPrintable(text.name()));
        }
    }
    for (Environment environment : {Environment::Demo, Environment::Sandbox, Environment::Production}) {
        const QColor text = Palette::environmentText(environment, &widget);
        QVERIFY2(contrast(text, window) >= 3.0, qPrintable(text.name()));
    }
}

void TestPalette::followsTheWidgetsPalette() {
    QWidget light;
    light.setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    QWidget dark;
    dark.setPalette(test::darkPalette());
    QVERIFY(Palette::banner(Palette::Tone::Warning, &light).background !=
            Palette::banner(Palette::Tone::Warning, &dark).background);
    // A dark window gets a dark banner, a light window a light one.
    QVERIFY(luminance(Palette::banner(Palette::Tone::Warning, &dark).background) < 0.1);
    QVERIFY(luminance(Palette::banner(Palette::Tone::Warning, &light).background) > 0.8);

    // An inline message on a dark window: its text colour comes from the dark variant.
    auto* message = new InlineMessage(&dark);
    message->showMessage(InlineMessage::Kind::Error, QStringLiteral("The API key was rejected."));
    QVERIFY(message->styleSheet().contains(Palette::banner(Palette::Tone::Error, &dark).foreground.name()));
}

void TestPalette::environmentsDiffer() {
    QWidget widget;
    const QColor demo = Palette::environment(Environment::Demo, &widget);
    const QColor sandbox = Palette::environment(Environment::Sandbox, &widget);
    const QColor production = Palette::environment(Environment::Production, &widget);
    QVERIFY(demo != sandbox && sandbox != production && demo != production);
    QCOMPARE(EnvironmentBanner::colour(Environment::Production, &widget), production);
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
