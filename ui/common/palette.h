#pragma once

#include <QColor>
#include <QString>

#include "api/core/vendor.h"

class QLabel;
class QPalette;
class QWidget;

namespace rd {

// Every colour the ui layer draws with, in one place, each with a light and a dark variant. The variant follows the
// widget's QPalette (dark when its window colour is dark), so a badge or a banner stays readable when the desktop (or
// the user) picks a dark theme. Widgets ask at the moment they style themselves; nothing else in ui/ names a colour.
class Palette {
public:
    // What a colour says, not what it looks like.
    enum class Tone { Neutral, Info, Success, Warning, Error };
    // A fraud-review risk level, coloured like its tone.
    enum class Risk { Unknown, Low, Medium, High };

    struct Swatch {
        QColor background;
        QColor border;
        QColor foreground;
    };

    static bool isDark(const QPalette& palette);
    static bool isDark(const QWidget* widget); // the application palette when widget is null

    // A small solid badge ("PENDING APPROVAL", "TEST"): strong background, contrasting bold text.
    static Swatch badge(Tone tone, const QWidget* widget);
    // A soft banner (inline messages, warnings in dialogs, field-error lists): tinted background, border, text.
    static Swatch banner(Tone tone, const QWidget* widget);
    // Coloured text on the window background (an error under a list, a hint, a dot in the status bar).
    static QColor text(Tone tone, const QWidget* widget);
    // The environment's own colour (banner and header badge): DEMO blue, SANDBOX amber, PRODUCTION red.
    static QColor environment(Environment environment, const QWidget* widget);
    // The environment's colour as text on the window background (a fact in a confirmation).
    static QColor environmentText(Environment environment, const QWidget* widget);
    static Tone environmentTone(Environment environment);
    static Tone riskTone(Risk risk);

    // Style sheets for the shapes above; `selector` narrows a banner's rule (e.g. "QLabel#bulkWarning").
    static QString badgeStyleSheet(const Swatch& swatch);
    static QString bannerStyleSheet(const Swatch& swatch, const QString& selector = QStringLiteral("QLabel"));

    // Shortcuts that style a label in place.
    static void styleBadge(QLabel* label, Tone tone);
    static void styleEnvironmentBadge(QLabel* label, Environment environment);
    static void styleBanner(QLabel* label, Tone tone);
    static void styleText(QWidget* widget, Tone tone); // sets WindowText and Text; Neutral restores the parent's
};

} // namespace rd
