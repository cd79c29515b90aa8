#include "tcsessionsview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "common/liststatusbar.h"
#include "common/tablesetup.h"
#include "trucentive/tcsessionmodel.h"

using namespace Qt::StringLiterals;

namespace rd {

TcSessionsView::TcSessionsView(TruCentiveClient* client, QSettings* settings, const QString& settingsPrefix,
                               QWidget* parent)
    : QWidget(parent)
    , m_model(new TcSessionModel(client, this))
    , m_view(new QTableView(this))
    , m_status(new ListStatusBar(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this)) {
    auto* intro = new QLabel(tr("Successful logins to this TruCentive account, newest first. An address or e-mail "
                                "you do not recognise may mean someone else has the account's password."),
                             this);
    intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Search the loaded sessions: IP address or e-mail"));
    m_filter->setClearButtonEnabled(true);

    m_view->setModel(m_model);
    TableSetup::apply(m_view, TableSetup::Sortable | TableSetup::MultiSelect);
    TableSetup::addColumnChooser(m_view);
    TableSetup::addCopyAction(m_view);
    m_view->setColumnWidth(TcSessionModel::Column::Ip, 200);
    TableSetup::persistHeader(m_view, settings, settingsPrefix + u"/sessionsHeader"_s);
    m_status->setTexts(tr("Loading sessions…"), tr("TruCentive reports no sessions for this account."),
                       tr("Not loaded yet."));
    m_status->bind(m_model);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_model, &TcSessionModel::setFilterText);
    connect(m_refresh, &QPushButton::clicked, this, &TcSessionsView::refresh);
    connect(m_model, &TcSessionModel::stateChanged, this,
            [this](PagedTableModel::State state) { m_refresh->setEnabled(state != PagedTableModel::State::Loading); });
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

} // namespace rd
