#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

#include "models/common/pagedtablemodel.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace rd {

// The line under every list (design.md section 4: "every list has visible loading, empty, error and 'more
// available' states, and a count"): a busy indicator while loading, the empty text, the error in words with Retry,
// "more available" with Load more, and the count ("1,250 of 12,400"). Shared by every vendor tab.
// Either bind() it to a PagedTableModel (it then follows the model and drives retry/fetchMore itself), or call
// setState() for a list that is not paged (connect retryRequested/loadMoreRequested yourself).
class ListStatusBar : public QWidget {
    Q_OBJECT
public:
    using State = PagedTableModel::State;

    explicit ListStatusBar(QWidget* parent = nullptr);

    // "Loading envelopes…", "No envelopes were viewed in this window.", "Nothing loaded yet." (Idle).
    void setTexts(const QString& loading, const QString& empty, const QString& idle = {});
    void setState(State state, const QString& count = {}, const QString& error = {});
    void bind(PagedTableModel* model);
    // Replaces the bound model's countText() (e.g. "8 waiting · 1,000 orders read" for a locally filtered queue).
    void setCountFormatter(std::function<QString()> formatter);
    // Shows the bound model's state and count again (when the formatter's inputs change without countChanged()).
    void refresh() { followModel(); }

    State state() const { return m_state; }
    QString text() const;      // the state text shown
    QString countText() const; // the count shown
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* loadMoreButton() const { return m_more; }

Q_SIGNALS:
    void retryRequested();
    void loadMoreRequested();

private:
    void followModel();

    QPointer<PagedTableModel> m_model;
    std::function<QString()> m_countFormatter;
    State m_state = State::Idle;
    QString m_loadingText;
    QString m_emptyText;
    QString m_idleText;
    QProgressBar* m_busy;
    QLabel* m_text;
    QLabel* m_count;
    QPushButton* m_retry;
    QPushButton* m_more;
};

} // namespace rd
