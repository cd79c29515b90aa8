#pragma once

#include "ui/common/listdetailpage.h"

class QSettings;

namespace rd::trucentive {

class SessionModel;
class Client;

// "Who logged in to our account": the account's sessions (IP address and e-mail), newest first, a page at a time
// (scrolling to the end or "Load more" asks for the next page), searchable within the loaded rows.
class SessionsView : public ListDetailPage {
    Q_OBJECT
public:
    SessionsView(Client* client, QSettings* settings, const QString& settingsPrefix, QWidget* parent = nullptr);

    void ensureLoaded() override;
    void refresh() override;
    bool focusSearch() override;
    QString pageTitle() const override;
    QString pageToolTip() const override;

    SessionModel* model() const { return m_model; }

private:
    SessionModel* m_model;
    bool m_loadedOnce = false;
};

} // namespace rd::trucentive
