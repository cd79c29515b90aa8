#include "ui/common/liststatusbar.h"
#include "ui/common/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace rd {

ListStatusBar::ListStatusBar(QWidget* parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_text(new QLabel(this))
    , m_count(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_more(new QPushButton(tr("Load more"), this)) {
    m_loadingText = tr("Loading…");
    m_emptyText = tr("Nothing to show.");
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(60, 10);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_retry->setAutoDefault(false);
    m_more->setAutoDefault(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_busy);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_more);
    layout->addWidget(m_count);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_model) {
            if (m_model->state() == State::Stopped)
                m_model->reload();
            else
                m_model->retry();
        }
        Q_EMIT retryRequested();
    });
    connect(m_more, &QPushButton::clicked, this, [this] {
        if (m_model && m_model->canFetchMore({}))
            m_model->fetchMore({});
        Q_EMIT loadMoreRequested();
    });
    setState(State::Idle);
}

void ListStatusBar::setTexts(const QString& loading, const QString& empty, const QString& idle) {
    m_loadingText = loading;
    m_emptyText = empty;
    m_idleText = idle;
    setState(m_state, m_count->text(),
             m_state == State::Error || m_state == State::Stopped ? m_text->text() : QString());
}

void ListStatusBar::setState(State state, const QString& count, const QString& error) {
    m_state = state;
    QString text;
    bool isError = false;
    switch (state) {
    case State::Idle:
        text = m_idleText;
        break;
    case State::Loading:
        text = m_loadingText;
        break;
    case State::MoreAvailable:
        text = tr("More available: scroll down or press Load more.");
        break;
    case State::Loaded:
        text.clear();
        break;
    case State::Empty:
        text = m_emptyText;
        break;
    case State::Error:
        text = error.isEmpty() ? tr("The list could not be loaded.") : error;
        isError = true;
        break;
    case State::Stopped:
        text = error.isEmpty() ? tr("Loading stopped.") : error;
        isError = true;
        break;
    }
    m_text->setText(text);
    Palette::styleText(m_text, isError ? Palette::Tone::Error : Palette::Tone::Neutral);
    m_busy->setVisible(state == State::Loading);
    m_retry->setVisible(isError);
    m_retry->setText(state == State::Stopped ? tr("Reload") : tr("Retry"));
    m_more->setVisible(state == State::MoreAvailable);
    m_count->setText(state == State::Empty || state == State::Idle ? QString() : count);
}

void ListStatusBar::bind(PagedTableModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    connect(model, &PagedTableModel::stateChanged, this, &ListStatusBar::followModel);
    connect(model, &PagedTableModel::countChanged, this, &ListStatusBar::followModel);
    followModel();
}

void ListStatusBar::followModel() {
    if (!m_model)
        return;
    // "0 loaded" beside an error says nothing the error does not.
    const bool nothing = m_model->loadedCount() == 0 && m_model->state() == State::Error;
    const QString count = m_countFormatter ? m_countFormatter() : m_model->countText();
    setState(m_model->state(), nothing ? QString() : count, m_model->errorMessage());
}

void ListStatusBar::setCountFormatter(std::function<QString()> formatter) {
    m_countFormatter = std::move(formatter);
    followModel();
}

QString ListStatusBar::text() const {
    return m_text->text();
}

QString ListStatusBar::countText() const {
    return m_count->text();
}

} // namespace rd
