#pragma once

#include <QHash>
#include <QList>
#include <QObject>

#include "api/accounts/account.h"

#include <optional>

class QSettings;

namespace rd {

// The accounts RewardDesk knows, persisted in QSettings group "accounts" (one subgroup per id: vendor,
// environment, baseUrl, displayName, secretHint). Never a secret: secrets live in the CredentialStore under the
// account id. Demo accounts (Environment::Demo) are kept in memory only and never written.
// Removing an account here does not touch its secrets: call CredentialStore::removeAll(id) as well.
class AccountStore : public QObject {
    Q_OBJECT
public:
    // Loads the persisted accounts from `settings` (not owned; must outlive the store).
    explicit AccountStore(QSettings* settings, QObject* parent = nullptr);
    ~AccountStore() override;

    // Every account, demo ones included, ordered by vendor, then display name, then id.
    QList<Account> list() const;
    std::optional<Account> find(const QString& id) const;
    QList<Account> accountsFor(Vendor vendor) const;

    // Adds an account; an empty id gets a new UUID, an empty display name gets label(). Refused (empty result,
    // *error set to a translated reason) when the id exists or is malformed, the base URL fails
    // validateAccountUrl(), or secretHint is longer than four characters. Returns the id.
    QString add(Account account, QString* error = nullptr);
    // Replaces an existing account (same rules as add()). An account that becomes a demo account is dropped from the
    // settings file; one that stops being a demo account is written.
    bool update(Account account, QString* error = nullptr);
    bool remove(const QString& id);

Q_SIGNALS:
    void accountAdded(const QString& id);
    void accountChanged(const QString& id);
    void accountRemoved(const QString& id);

private:
    void load();
    bool check(Account& account, QString* error) const;
    void save(const Account& account);
    void erase(const QString& id);

    QSettings* m_settings;
    QHash<QString, Account> m_accounts;
};

} // namespace rd
