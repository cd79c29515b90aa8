#include "tcsessionsview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include "common/liststatusbar.h"
#include "common/tablesetup.h"
#include "trucentive/tcsessionmodel.h"

using namespace Qt::StringLiterals;

namespace rd {

TcSessionsView::TcSessionsView(TruCentiveClient* client, QSettings* settings, const QString& settingsPrefix,
                               QWidget* parent)
    : ListDetailPage(settings, settingsPrefix + u"/sessions"_s, parent)
    , m_model(new TcSessionModel(client, this)) {
    auto* intro = new QLabel(tr("Successful logins to this TruCentive account, newest first. An address or e-mail "
                                "you do not recognise may mean someone else has the account's password."),
                             this);
    intro->setWordWrap(true);
    addAboveFilter(intro);
    filterEdit()->setPlaceholderText(tr("Search the loaded sessions: IP address or e-mail"));

    setModel(m_model, TableSetup::Sortable | TableSetup::MultiSelect);
    view()->setColumnWidth(TcSessionModel::Column::Ip, 200);
    persistColumns();
    status()->setTexts(tr("Loading sessions…"), tr("TruCentive reports no sessions for this account."),
                       tr("Not loaded yet."));
    status()->bind(m_model);

    connect(filterEdit(), &QLineEdit::textChanged, m_model, &TcSessionModel::setFilterText);
    connect(refreshButton(), &QPushButton::clicked, this, &TcSessionsView::refresh);
    connect(m_model, &TcSessionModel::stateChanged, this, [this](PagedTableModel::State state) {
        refreshButton()->setEnabled(state != PagedTableModel::State::Loading);
    });
}

void TcSessionsView::ensureLoaded() {
    if (m_loadedOnce)
        return;
    refresh();
}

void TcSessionsView::refresh() {
    m_loadedOnce = true;
    m_model->reload();
}

QString TcSessionsView::pageTitle() const {
    return tr("Sessions");
}

QString TcSessionsView::pageToolTip() const {
    return tr("Who logged in to this TruCentive account");
}

bool TcSessionsView::focusSearch() {
    return false; // Ctrl+F finds an envelope
}

} // namespace rd
