#pragma once

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

#include "api/core/callhandle.h"
#include "api/trucentive/trucentivetypes.h"
#include "ui/common/listdetailpage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace rd {

class InlineMessage;
} // namespace rd

namespace rd::trucentive {

class EnvelopeFeedModel;
class ProjectModel;
class Client;

// The left-hand side of "Projects & envelopes": finding the envelope.
//  - Lookup by ID: typed or pasted, whitespace trimmed, or the ID inside a pasted redemption link
//    (parseEnvelopeIdInput). Errors in words right under the box ("No envelope with that ID").
//  - The recent feeds: viewed or opened envelopes over the last hour, 24 hours, 7 days or a custom number of hours,
//    with optional auto-refresh (only while the list is visible and idle).
//  - Search within the loaded rows (ID, address, project, state) plus state and project filters; sortable columns.
// Choosing a row (debounced) emits envelopeSelected(id); a successful lookup emits envelopeFound(envelope).
class EnvelopesPage : public ListDetailPage {
    Q_OBJECT
public:
    enum class Window { LastHour, Last24Hours, Last7Days, Custom };

    EnvelopesPage(Client* client, ProjectModel* projects, QSettings* settings, const QString& settingsPrefix,
                  QWidget* parent = nullptr);
    ~EnvelopesPage() override;

    void ensureLoaded() override; // loads the feed the first time
    void refresh() override;      // reloads the feed (keeps the selected envelope selected when it is still there)
    bool focusSearch() override;  // the envelope lookup
    QString pageTitle() const override;
    void lookUp(const QString& input);
    void showFeedFor(const QString& text); // e.g. after an unknown send: at least 24 hours, filtered
    // Makes the list's current row match the envelope the detail pane shows (none when it is not in the list).
    void syncSelection(const QString& envelopeId);

    void setWindow(Window window, int customHours = 0);
    int sinceSeconds() const;
    // Test seam: replaces the interval of every auto-refresh choice.
    void setAutoRefreshInterval(std::chrono::milliseconds interval);

    // Test seams.
    QLineEdit* lookupEdit() const { return m_lookup; }
    QPushButton* lookupButton() const { return m_lookupButton; }
    InlineMessage* lookupMessage() const { return m_lookupMessage; }
    EnvelopeFeedModel* feedModel() const { return m_model; }
    QComboBox* feedCombo() const { return m_feed; }
    QComboBox* windowCombo() const { return m_window; }
    QSpinBox* customHours() const { return m_customHours; }
    QComboBox* autoRefreshCombo() const { return m_autoRefresh; }
    QComboBox* stateCombo() const { return m_state; }
    QComboBox* projectCombo() const { return m_project; }
    QTimer* autoRefreshTimer() { return &m_autoTimer; }

Q_SIGNALS:
    void envelopeFound(const rd::trucentive::Envelope& envelope);
    void envelopeSelected(const QString& envelopeId);

private:
    void applyFeedChoice();
    void applyFilters();
    void fillProjectFilter();
    void updateAutoRefresh();
    void onCurrentChanged();
    void onStateChanged();

    QPointer<Client> m_client;
    ProjectModel* m_projects;
    EnvelopeFeedModel* m_model;
    QString m_prefix;
    CallHandle m_lookupCall;
    QString m_keepSelected; // re-selected after a reload
    bool m_loadedOnce = false;
    std::optional<std::chrono::milliseconds> m_autoInterval;
    QTimer m_autoTimer;
    QTimer m_selectTimer;

    QLineEdit* m_lookup;
    QPushButton* m_lookupButton;
    InlineMessage* m_lookupMessage;
    QComboBox* m_feed;
    QComboBox* m_window;
    QSpinBox* m_customHours;
    QComboBox* m_autoRefresh;
    QComboBox* m_state;
    QComboBox* m_project;
};

} // namespace rd::trucentive
