#pragma once

#include <QWidget>

#include "api/core/vendor.h"

class QLabel;

namespace rd {

// The strip at the top of the window (and of every confirmation dialog) that says where actions go:
// DEMO (built-in sandbox), SANDBOX, or PRODUCTION in its own colour (design.md section 3: production is always
// visible).
class EnvironmentBanner : public QWidget {
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget* parent = nullptr);

    // Shows one environment with a short explanation; `accountLabel` may be empty.
    void setEnvironment(Environment environment, const QString& accountLabel = {});
    // Shows a summary when no single account is current (e.g. the overview): the most dangerous environment wins.
    void setSummary(const QList<Environment>& environments);
    QString text() const;
    Environment environment() const { return m_environment; }

    // The colour on `context`'s palette (light or dark); the application palette's without one.
    static QColor colour(Environment environment, const QWidget* context = nullptr);
    static QString badge(Environment environment); // "DEMO", "SANDBOX", "PRODUCTION" (translated)

private:
    void apply(Environment environment, const QString& text);

    QLabel* m_label;
    Environment m_environment = Environment::Demo;
};

} // namespace rd
