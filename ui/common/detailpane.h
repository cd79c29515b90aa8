#pragma once

#include <QStringList>
#include <QWidget>

#include "ui/common/palette.h"

class QFormLayout;
class QGroupBox;
class QLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace rd {

class InlineMessage;
class JsonView;

// The right-hand side of a list-with-detail page: one object, shown in full. It owns what every vendor's detail
// shares: the placeholder while nothing is shown, a scroll area, the title, badges coloured from Palette, Copy ID,
// Refresh, the inline message (its "Open Accounts" link becomes accountsRequested()), an action hint, the banner
// listing values that could not be read, and the raw JSON with secrets masked (JsonView) behind a toggle.
// The pane adds its own rows to contentLayout() in reading order, then calls finishContent(); parts it did not place
// (e.g. Copy ID) stay hidden. A vendor pane derives from it; a simple one may also be built on an instance.
class DetailPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailPane(const QString& placeholder, QWidget* parent = nullptr);
    ~DetailPane() override;

    virtual void refresh() {}                      // the Refresh button: read the shown object again
    virtual QString shownId() const { return {}; } // what Copy ID copies; empty while nothing is shown

    // Test seams.
    QLabel* titleLabel() const { return m_title; }
    InlineMessage* message() const { return m_message; }
    QLabel* actionHint() const { return m_actionHint; }
    QLabel* fieldErrorsLabel() const { return m_fieldErrors; }
    QPushButton* refreshButton() const { return m_refresh; }
    QToolButton* copyIdButton() const { return m_copyId; }
    JsonView* jsonView() const { return m_json; }

    QWidget* content() const { return m_content; }
    QVBoxLayout* contentLayout() const { return m_layout; }
    // The usual top of a pane: the title row and the action row the pane built, then the message, the action hint
    // and the field-error banner.
    void addHeader(QLayout* titleRow, QLayout* actionRow);
    // The JSON toggle ("Show raw JSON" / "Hide raw JSON" unless told) and view at the end, then a stretch.
    void finishContent(const QString& showJson = {}, const QString& hideJson = {});
    // The end of a pane that has no JSON to show.
    void finishContentWithoutJson();
    // The placeholder or the scroll area.
    void showContent(bool show);
    QScrollArea* scrollArea() const { return m_scroll; }

    QLabel* makeBadge(const QString& text = {});
    static void setBadge(QLabel* badge, const QString& text, Palette::Tone tone);
    static void clearBadge(QLabel* badge);
    // Shows `intro` and the values that could not be read in the banner; hidden when there are none.
    void setFieldErrors(const QString& intro, const QStringList& errors);

    // A titled group with a form (labels right-aligned when asked) and helpers to fill and read it.
    QFormLayout* makeForm(QGroupBox* box, bool labelsRight = false);
    QLabel* addFormRow(QFormLayout* form, const QString& label, const QString& value, bool selectable = false);
    static void clearForm(QFormLayout* form);
    static QString formText(const QFormLayout* form); // "Label: value" per line

Q_SIGNALS:
    void accountsRequested();

private:
    void hideUnplaced();

    QLabel* m_placeholder;
    QScrollArea* m_scroll;
    QWidget* m_content;
    QVBoxLayout* m_layout;
    QLabel* m_title;
    QToolButton* m_copyId;
    QPushButton* m_refresh;
    InlineMessage* m_message;
    QLabel* m_actionHint;
    QLabel* m_fieldErrors;
    QToolButton* m_jsonToggle;
    JsonView* m_json;
};

} // namespace rd
