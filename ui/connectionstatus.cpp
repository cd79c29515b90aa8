#include "ui/connectionstatus.h"

#include <QHBoxLayout>
#include <QLabel>

#include "api/accounts/accountstore.h"
#include "api/core/httptransport.h"
#include "api/session/accountsessions.h"
#include "ui/common/palette.h"

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
    Palette::Tone tone = Palette::Tone::Neutral;
    switch (m_sessions->state(accountId)) {
    case AccountSessions::State::Loading:
        break;
    case AccountSessions::State::NoCredential:
    case AccountSessions::State::StorageUnavailable:
        tone = Palette::Tone::Warning;
        break;
    case AccountSessions::State::Ready:
        switch (m_reach.value(account->label(), Reach::Untried)) {
        case Reach::Untried:
            tone = Palette::Tone::Info;
            break;
        case Reach::Reachable:
            tone = Palette::Tone::Success;
            break;
        case Reach::Unreachable:
            tone = Palette::Tone::Error;
            break;
        }
        break;
    }
    // A dot on the status bar: the badge colour reads on both light and dark windows.
    const QColor colour = Palette::badge(tone, label).background;
    const QString text = describe(accountId);
    label->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                       .arg(colour.name(), vendorDisplayName(account->vendor).toHtmlEscaped()));
    label->setToolTip(text);
    label->setAccessibleName(text);
}

} // namespace rd
