#include "ui/trucentive/sessionsview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include "models/trucentive/sessionmodel.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

SessionsView::SessionsView(Client* client, QSettings* settings, const QString& settingsPrefix, QWidget* parent)
    : ListDetailPage(settings, settingsPrefix + u"/sessions"_s, parent)
    , m_model(new SessionModel(client, this)) {
    auto* intro = new QLabel(tr("Successful logins to this TruCentive account, newest first. An address or e-mail "
                                "you do not recognise may mean someone else has the account's password."),
                             this);
    intro->setWordWrap(true);
    addAboveFilter(intro);
    filterEdit()->setPlaceholderText(tr("Search the loaded sessions: IP address or e-mail"));

    setModel(m_model, TableSetup::Sortable | TableSetup::MultiSelect);
    view()->setColumnWidth(SessionModel::Column::Ip, 200);
    persistColumns();
    status()->setTexts(tr("Loading sessions…"), tr("TruCentive reports no sessions for this account."),
                       tr("Not loaded yet."));
    status()->bind(m_model);

    connect(filterEdit(), &QLineEdit::textChanged, m_model, &SessionModel::setFilterText);
    connect(refreshButton(), &QPushButton::clicked, this, &SessionsView::refresh);
    connect(m_model, &SessionModel::stateChanged, this, [this](PagedTableModel::State state) {
        refreshButton()->setEnabled(state != PagedTableModel::State::Loading);
    });
}

void SessionsView::ensureLoaded() {
    if (m_loadedOnce)
        return;
    refresh();
}

void SessionsView::refresh() {
    m_loadedOnce = true;
    m_model->reload();
}

QString SessionsView::pageTitle() const {
    return tr("Sessions");
}

QString SessionsView::pageToolTip() const {
    return tr("Who logged in to this TruCentive account");
}

bool SessionsView::focusSearch() {
    return false; // Ctrl+F finds an envelope
}

} // namespace rd::trucentive
