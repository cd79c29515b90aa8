#include "ui/trucentive/envelopespage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"
#include "models/trucentive/envelopefeedmodel.h"
#include "models/trucentive/projectmodel.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {
constexpr int kHour = 3600;
}

EnvelopesPage::EnvelopesPage(Client* client, ProjectModel* projects, QSettings* settings, const QString& settingsPrefix,
                             QWidget* parent)
    : ListDetailPage(settings, settingsPrefix + u"/envelopes"_s, parent)
    , m_client(client)
    , m_projects(projects)
    , m_model(new EnvelopeFeedModel(client, this))
    , m_prefix(settingsPrefix)
    , m_lookup(new QLineEdit(this))
    , m_lookupButton(new QPushButton(tr("Look up"), this))
    , m_lookupMessage(new InlineMessage(this))
    , m_feed(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_customHours(new QSpinBox(this))
    , m_autoRefresh(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_project(new QComboBox(this)) {
    m_lookup->setPlaceholderText(tr("Envelope ID, or paste a redemption link"));
    m_lookup->setClearButtonEnabled(true);
    m_lookup->setMaxLength(2000);
    m_lookup->setAccessibleName(tr("Envelope ID"));
    auto* lookupLabel = new QLabel(tr("Find &envelope:"), this);
    lookupLabel->setBuddy(m_lookup);

    m_feed->addItem(tr("Viewed envelopes"), int(Client::Feed::Viewed));
    m_feed->addItem(tr("Opened envelopes"), int(Client::Feed::Opened));
    m_window->addItem(tr("in the last hour"), kHour);
    m_window->addItem(tr("in the last 24 hours"), 24 * kHour);
    m_window->addItem(tr("in the last 7 days"), 7 * 24 * kHour);
    m_window->addItem(tr("in a custom window…"), 0);
    m_customHours->setRange(1, 90 * 24);
    m_customHours->setValue(48);
    m_customHours->setSuffix(tr(" hours"));
    m_customHours->setAccelerated(true);
    m_autoRefresh->addItem(tr("Auto-refresh off"), 0);
    m_autoRefresh->addItem(tr("Refresh every 30 s"), 30);
    m_autoRefresh->addItem(tr("Refresh every minute"), 60);
    m_autoRefresh->addItem(tr("Refresh every 5 minutes"), 300);

    filterEdit()->setPlaceholderText(tr("Search the list: ID, address, project, state"));
    m_state->addItem(tr("All states"), -1);
    for (EnvelopeState state : {EnvelopeState::Delivered, EnvelopeState::Viewed, EnvelopeState::Opened,
                                EnvelopeState::Approved, EnvelopeState::Locked, EnvelopeState::Expired}) {
        static const char* const raw[] = {"", "delivered", "approved", "viewed", "opened", "locked", "expired"};
        m_state->addItem(envelopeStateDisplay(QString::fromLatin1(raw[int(state)])), int(state));
    }
    m_state->addItem(tr("Unknown states"), int(EnvelopeState::Unknown));
    m_project->addItem(tr("All projects"), QString());
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_project->setMaximumWidth(220);

    setModel(m_model, TableSetup::Sortable | TableSetup::MultiSelect);
    view()->setColumnWidth(EnvelopeFeedModel::Column::Id, 165);
    view()->setColumnWidth(EnvelopeFeedModel::Column::State, 75);
    view()->setColumnWidth(EnvelopeFeedModel::Column::Recipient, 185);
    view()->setColumnWidth(EnvelopeFeedModel::Column::Project, 135);
    view()->setColumnWidth(EnvelopeFeedModel::Column::Viewed, 125);
    view()->setColumnWidth(EnvelopeFeedModel::Column::Opened, 125);
    view()->setColumnWidth(EnvelopeFeedModel::Column::Delivered, 125);
    view()->setColumnWidth(EnvelopeFeedModel::Column::Expires, 125);
    // Shown in the detail pane; one right-click on the header brings them into the list.
    view()->horizontalHeader()->setSectionHidden(EnvelopeFeedModel::Column::Delivered, true);
    view()->horizontalHeader()->setSectionHidden(EnvelopeFeedModel::Column::Expires, true);
    persistColumns();
    status()->setTexts(tr("Loading envelopes…"),
                       tr("No envelopes in this window. Choose a longer window or the "
                          "other feed."),
                       tr("Not loaded yet."));
    status()->bind(m_model);

    auto* lookupRow = new QHBoxLayout;
    lookupRow->addWidget(lookupLabel);
    lookupRow->addWidget(m_lookup, 1);
    lookupRow->addWidget(m_lookupButton);
    auto* feedTitle = new QLabel(tr("Recent activity"), this);
    QFont bold = feedTitle->font();
    bold.setBold(true);
    feedTitle->setFont(bold);
    auto* feedRow = new QHBoxLayout;
    feedRow->addWidget(m_feed);
    feedRow->addWidget(m_window);
    feedRow->addWidget(m_customHours);
    feedRow->addStretch(1);
    feedRow->addWidget(m_autoRefresh);

    addAboveFilter(lookupRow);
    addAboveFilter(m_lookupMessage);
    addSpacingAboveFilter(6);
    addAboveFilter(feedTitle);
    addAboveFilter(feedRow);
    addAfterFilter(m_state);
    addAfterFilter(m_project);

    // Restore the agent's choices.
    if (QSettings* saved = this->settings()) {
        m_feed->setCurrentIndex(qBound(0, saved->value(m_prefix + u"/feed"_s, 0).toInt(), m_feed->count() - 1));
        m_window->setCurrentIndex(qBound(0, saved->value(m_prefix + u"/window"_s, 1).toInt(), m_window->count() - 1));
        m_customHours->setValue(saved->value(m_prefix + u"/customHours"_s, 48).toInt());
    } else {
        m_window->setCurrentIndex(1);
    }
    m_customHours->setVisible(m_window->currentData().toInt() == 0);
    m_model->setFeed(Client::Feed(m_feed->currentData().toInt()), sinceSeconds());

    m_autoTimer.setSingleShot(false);
    m_selectTimer.setSingleShot(true);
    m_selectTimer.setInterval(150);

    connect(m_lookup, &QLineEdit::returnPressed, this, [this] { lookUp(m_lookup->text()); });
    connect(m_lookupButton, &QPushButton::clicked, this, [this] { lookUp(m_lookup->text()); });
    connect(m_lookupMessage, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            Q_EMIT accountsRequested();
    });
    connect(m_feed, &QComboBox::currentIndexChanged, this, &EnvelopesPage::applyFeedChoice);
    connect(m_window, &QComboBox::currentIndexChanged, this, &EnvelopesPage::applyFeedChoice);
    connect(m_customHours, &QSpinBox::editingFinished, this, &EnvelopesPage::applyFeedChoice);
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this, &EnvelopesPage::updateAutoRefresh);
    connect(refreshButton(), &QPushButton::clicked, this, &EnvelopesPage::refresh);
    connect(filterEdit(), &QLineEdit::textChanged, m_model, &EnvelopeFeedModel::setFilterText);
    connect(m_state, &QComboBox::currentIndexChanged, this, &EnvelopesPage::applyFilters);
    connect(m_project, &QComboBox::currentIndexChanged, this, &EnvelopesPage::applyFilters);
    connect(m_projects, &ProjectModel::stateChanged, this, &EnvelopesPage::fillProjectFilter);
    connect(m_model, &EnvelopeFeedModel::stateChanged, this, &EnvelopesPage::onStateChanged);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(&m_selectTimer, &QTimer::timeout, this, &EnvelopesPage::onCurrentChanged);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        // Only what the agent can see, and never on top of a load in flight.
        if (isVisible() && m_model->state() != EnvelopeFeedModel::State::Loading)
            refresh();
    });
    fillProjectFilter();
}

EnvelopesPage::~EnvelopesPage() {
    m_lookupCall.cancel();
}

int EnvelopesPage::sinceSeconds() const {
    const int seconds = m_window->currentData().toInt();
    return seconds > 0 ? seconds : m_customHours->value() * kHour;
}

void EnvelopesPage::setWindow(Window window, int customHours) {
    if (customHours > 0)
        m_customHours->setValue(customHours);
    m_window->setCurrentIndex(int(window)); // applyFeedChoice() follows (or call it when the index did not change)
    applyFeedChoice();
}

void EnvelopesPage::setAutoRefreshInterval(std::chrono::milliseconds interval) {
    m_autoInterval = interval;
    updateAutoRefresh();
}

void EnvelopesPage::applyFeedChoice() {
    m_customHours->setVisible(m_window->currentData().toInt() == 0);
    const auto feed = Client::Feed(m_feed->currentData().toInt());
    if (QSettings* saved = this->settings()) {
        saved->setValue(m_prefix + u"/feed"_s, m_feed->currentIndex());
        saved->setValue(m_prefix + u"/window"_s, m_window->currentIndex());
        saved->setValue(m_prefix + u"/customHours"_s, m_customHours->value());
    }
    if (feed == m_model->feed() && sinceSeconds() == m_model->sinceSeconds() && m_loadedOnce)
        return;
    m_model->setFeed(feed, sinceSeconds());
    if (m_loadedOnce)
        refresh();
}

void EnvelopesPage::updateAutoRefresh() {
    const int seconds = m_autoRefresh->currentData().toInt();
    if (seconds <= 0) {
        m_autoTimer.stop();
        return;
    }
    // The seam (setAutoRefreshInterval) replaces the chosen interval, e.g. in tests.
    m_autoTimer.start(m_autoInterval.value_or(std::chrono::milliseconds(qint64(seconds) * 1000)));
}

void EnvelopesPage::applyFilters() {
    const int state = m_state->currentData().toInt();
    m_model->setStateFilter(state < 0 ? std::nullopt : std::optional<EnvelopeState>(EnvelopeState(state)));
    m_model->setProjectFilter(m_project->currentData().toString());
}

void EnvelopesPage::fillProjectFilter() {
    const QString current = m_project->currentData().toString();
    QSignalBlocker block(m_project);
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    for (const Project& project : m_projects->projects())
        m_project->addItem(project.name, project.uuid);
    const int index = m_project->findData(current);
    m_project->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void EnvelopesPage::ensureLoaded() {
    if (m_loadedOnce)
        return;
    m_loadedOnce = true;
    m_model->setFeed(Client::Feed(m_feed->currentData().toInt()), sinceSeconds());
    m_model->load();
}

void EnvelopesPage::refresh() {
    m_loadedOnce = true;
    const QModelIndex current = view()->currentIndex();
    m_keepSelected = current.isValid() ? current.data(EnvelopeFeedModel::RowIdRole).toString() : QString();
    m_model->reload();
}

void EnvelopesPage::onStateChanged() {
    const auto state = m_model->state();
    refreshButton()->setEnabled(state != EnvelopeFeedModel::State::Loading);
    if (state == EnvelopeFeedModel::State::Loading || m_keepSelected.isEmpty())
        return;
    const QModelIndex index = m_model->indexForId(m_keepSelected);
    m_keepSelected.clear();
    if (index.isValid()) {
        QSignalBlocker block(view()->selectionModel());
        view()->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view()->viewport()->update();
        view()->scrollTo(index);
    }
}

void EnvelopesPage::onCurrentChanged() {
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(EnvelopeFeedModel::RowIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT envelopeSelected(id);
}

QString EnvelopesPage::pageTitle() const {
    return tr("Envelopes");
}

bool EnvelopesPage::focusSearch() {
    m_lookup->setFocus(Qt::ShortcutFocusReason);
    m_lookup->selectAll();
    return true;
}

void EnvelopesPage::lookUp(const QString& input) {
    const EnvelopeIdInput parsed = parseEnvelopeIdInput(input);
    if (!parsed.ok()) {
        m_lookupMessage->showMessage(InlineMessage::Kind::Error, parsed.problem);
        return;
    }
    // A pasted link is money: keep only the ID in the box.
    m_lookup->setText(parsed.id);
    if (!m_client)
        return;
    m_lookupCall.cancel();
    m_lookupMessage->showMessage(InlineMessage::Kind::Progress, tr("Looking up envelope %1…").arg(parsed.id));
    m_lookupButton->setEnabled(false);
    const QString id = parsed.id;
    m_lookupCall = m_client->envelope(id, this, [this, id](ApiResult<Envelope> result) {
        m_lookupCall.markFinished();
        m_lookupButton->setEnabled(true);
        if (!result.ok()) {
            const ErrorText text =
                errorText(result.error(), Operation::EnvelopeLookup, m_client ? m_client->accountLabel() : QString());
            if (text.suggestion == ErrorText::Suggestion::OpenAccounts)
                m_lookupMessage->showMessage(InlineMessage::Kind::Error, text.message, tr("Open Accounts"),
                                             u"accounts"_s);
            else
                m_lookupMessage->showMessage(InlineMessage::Kind::Error, text.message);
            return;
        }
        m_lookupMessage->clearMessage();
        const Envelope& envelope = result.value();
        m_model->updateEnvelope(envelope);
        syncSelection(envelope.key()); // in the list too when it is loaded, without asking for it again
        Q_EMIT envelopeFound(envelope);
    });
}

void EnvelopesPage::syncSelection(const QString& envelopeId) {
    const QModelIndex current = view()->currentIndex();
    if (current.isValid() && current.data(EnvelopeFeedModel::RowIdRole).toString() == envelopeId)
        return;
    m_selectTimer.stop();
    const QModelIndex index = m_model->indexForId(envelopeId);
    QSignalBlocker block(view()->selectionModel());
    if (index.isValid()) {
        view()->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view()->scrollTo(index);
    } else {
        view()->selectionModel()->clear();
    }
    view()->viewport()->update();
}

void EnvelopesPage::showFeedFor(const QString& text) {
    filterEdit()->setText(text);
    m_state->setCurrentIndex(0);
    m_project->setCurrentIndex(0);
    if (m_window->currentData().toInt() > 0 && m_window->currentData().toInt() < 24 * kHour)
        m_window->setCurrentIndex(1); // at least the last 24 hours
    refresh();
}

} // namespace rd::trucentive
