#include "connectionstatus.h"

#include <QHBoxLayout>
#include <QLabel>

#include "accounts/accountstore.h"
#include "core/httptransport.h"
#include "session/accountsessions.h"

namespace rd {

ConnectionStatus::ConnectionStatus(AccountStore* accounts, AccountSessions* sessions, HttpTransport* transport,
                                   QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_sessions(sessions)
    , m_layout(new QHBoxLayout(this))
    , m_inFlight(new QLabel(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_inFlight);
    connect(m_accounts, &AccountStore::accountAdded, this, &ConnectionStatus::rebuild);
    connect(m_accounts, &AccountStore::accountRemoved, this, &ConnectionStatus::rebuild);
    connect(m_accounts, &AccountStore::accountChanged, this, &ConnectionStatus::rebuild);
    connect(m_sessions, &AccountSessions::sessionChanged, this, &ConnectionStatus::refresh);
    connect(transport, &HttpTransport::inFlightChanged, this, [this](int count) {
        m_inFlight->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count) : QString());
    });
    connect(transport, &HttpTransport::endpointResult, this,
            [this](Vendor, const QString& accountLabel, bool reachable) {
                m_reach[accountLabel] = reachable ? Reach::Reachable : Reach::Unreachable;
                for (const Account& account : m_accounts->list()) {
                    if (account.label() == accountLabel)
                        refresh(account.id);
                }
            });
    rebuild();
}

QString ConnectionStatus::inFlightText() const {
    return m_inFlight->text();
}

void ConnectionStatus::rebuild() {
    qDeleteAll(m_labels);
    m_labels.clear();
    int index = 0;
    for (const Account& account : m_accounts->list()) {
        auto* label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        m_layout->insertWidget(index++, label);
        m_labels.insert(account.id, label);
        refresh(account.id);
    }
}

QString ConnectionStatus::describe(const QString& accountId) const {
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account)
        return {};
    switch (m_sessions->state(accountId)) {
    case AccountSessions::State::Loading:
        return tr("%1: reading credentials").arg(account->label());
    case AccountSessions::State::NoCredential:
        return tr("%1: no credentials").arg(account->label());
    case AccountSessions::State::StorageUnavailable:
        return tr("%1: secure storage unavailable").arg(account->label());
    case AccountSessions::State::Ready:
        break;
    }
    switch (m_reach.value(account->label(), Reach::Untried)) {
    case Reach::Untried:
        return tr("%1: ready").arg(account->label());
    case Reach::Reachable:
        return tr("%1: connected").arg(account->label());
    case Reach::Unreachable:
        return tr("%1: not reachable").arg(account->label());
    }
    return {};
}

void ConnectionStatus::refresh(const QString& accountId) {
    QLabel* label = m_labels.value(accountId);
    if (!label)
        return;
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account)
        return;
    QColor colour(0x88, 0x88, 0x88);
    switch (m_sessions->state(accountId)) {
    case AccountSessions::State::Loading:
        break;
    case AccountSessions::State::NoCredential:
    case AccountSessions::State::StorageUnavailable:
        colour = QColor(0xC7, 0x7C, 0x02);
        break;
    case AccountSessions::State::Ready:
        switch (m_reach.value(account->label(), Reach::Untried)) {
        case Reach::Untried:
            colour = QColor(0x5A, 0x8F, 0xC8);
            break;
        case Reach::Reachable:
            colour = QColor(0x2E, 0x8B, 0x3E);
            break;
        case Reach::Unreachable:
            colour = QColor(0xC0, 0x29, 0x2E);
            break;
        }
        break;
    }
    const QString text = describe(accountId);
    label->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                       .arg(colour.name(), vendorDisplayName(account->vendor).toHtmlEscaped()));
    label->setToolTip(text);
    label->setAccessibleName(text);
}

} // namespace rd
