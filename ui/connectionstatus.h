#pragma once

#include <QHash>
#include <QWidget>

#include "api/core/vendor.h"

class QHBoxLayout;
class QLabel;

namespace rd {

class AccountSessions;
class AccountStore;
class HttpTransport;

// The status bar's right side: one coloured dot per account (credentials ready / missing / storage unavailable,
// then reachable or not after the last request) and the number of requests in flight.
class ConnectionStatus : public QWidget {
    Q_OBJECT
public:
    ConnectionStatus(AccountStore* accounts, AccountSessions* sessions, HttpTransport* transport,
                     QWidget* parent = nullptr);

    // For tests and tooltips: the text shown for an account.
    QString describe(const QString& accountId) const;
    QString inFlightText() const;

private:
    enum class Reach { Untried, Reachable, Unreachable };
    void rebuild();
    void refresh(const QString& accountId);

    AccountStore* m_accounts;
    AccountSessions* m_sessions;
    QHBoxLayout* m_layout;
    QLabel* m_inFlight;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, Reach> m_reach; // by account label (what the transport reports)
};

} // namespace rd
