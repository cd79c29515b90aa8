#include "api/accounts/accountstore.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include "api/accounts/accountvalidation.h"

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccounts, "rewarddesk.accounts")

namespace rd {

namespace {

const QString Group = u"accounts"_s;
const QString VendorKey = u"vendor"_s;
const QString EnvironmentKey = u"environment"_s;
const QString BaseUrlKey = u"baseUrl"_s;
const QString DisplayNameKey = u"displayName"_s;
const QString SecretHintKey = u"secretHint"_s;

bool isValidId(const QString& id) {
    // Ids become settings groups and keychain keys.
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,128}$"_s);
    return pattern.match(id).hasMatch();
}

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

} // namespace

AccountStore::AccountStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings) {
    Q_ASSERT(m_settings);
    load();
}

AccountStore::~AccountStore() = default;

void AccountStore::load() {
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    for (const QString& id : ids) {
        m_settings->beginGroup(id);
        Account account;
        account.id = id;
        const QString vendor = m_settings->value(VendorKey).toString();
        const QString environment = m_settings->value(EnvironmentKey).toString();
        const bool known = isValidId(id) && vendorFromKey(vendor, &account.vendor) &&
                           environmentFromKey(environment, &account.environment) && !account.isDemo();
        account.baseUrl = QUrl(m_settings->value(BaseUrlKey).toString(), QUrl::StrictMode);
        account.displayName = m_settings->value(DisplayNameKey).toString();
        account.secretHint = m_settings->value(SecretHintKey).toString().left(4);
        m_settings->endGroup();
        if (!known) {
            qCWarning(lcAccounts) << "skipped stored account" << id << "with vendor" << vendor << "and environment"
                                  << environment;
            continue;
        }
        if (const Validation url = validateAccountUrl(account.vendor, account.environment, account.baseUrl); !url.ok())
            qCWarning(lcAccounts) << "stored account" << id << "has a base URL that will be refused:" << url.message;
        m_accounts.insert(id, account);
    }
    m_settings->endGroup();
    qCInfo(lcAccounts) << "loaded" << m_accounts.size() << "accounts";
}

QList<Account> AccountStore::list() const {
    QList<Account> accounts = m_accounts.values();
    std::sort(accounts.begin(), accounts.end(), [](const Account& a, const Account& b) {
        if (a.vendor != b.vendor)
            return int(a.vendor) < int(b.vendor);
        if (const int byName = a.displayName.compare(b.displayName, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.id < b.id;
    });
    return accounts;
}

std::optional<Account> AccountStore::find(const QString& id) const {
    const auto it = m_accounts.constFind(id);
    if (it == m_accounts.cend())
        return std::nullopt;
    return it.value();
}

QList<Account> AccountStore::accountsFor(Vendor vendor) const {
    QList<Account> accounts = list();
    accounts.removeIf([vendor](const Account& account) { return account.vendor != vendor; });
    return accounts;
}

bool AccountStore::check(Account& account, QString* error) const {
    if (!isValidId(account.id)) {
        setError(error, tr("Internal error: invalid account id."));
        return false;
    }
    if (const Validation url = validateAccountUrl(account.vendor, account.environment, account.baseUrl); !url.ok()) {
        setError(error, url.message);
        return false;
    }
    if (account.secretHint.size() > 4) {
        // Only a hint of the secret may be stored, never more (design.md section 3).
        setError(error, tr("Internal error: a secret hint has at most four characters."));
        return false;
    }
    if (account.displayName.trimmed().isEmpty())
        account.displayName = account.label();
    return true;
}

QString AccountStore::add(Account account, QString* error) {
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!check(account, error))
        return {};
    if (m_accounts.contains(account.id)) {
        setError(error, tr("An account with this id already exists."));
        return {};
    }
    m_accounts.insert(account.id, account);
    if (!account.isDemo())
        save(account);
    qCInfo(lcAccounts) << "added" << account.id << vendorKey(account.vendor) << environmentKey(account.environment)
                       << (account.isDemo() ? "(memory only)" : "(saved)");
    Q_EMIT accountAdded(account.id);
    return account.id;
}

bool AccountStore::update(Account account, QString* error) {
    if (!m_accounts.contains(account.id)) {
        setError(error, tr("This account no longer exists."));
        return false;
    }
    if (!check(account, error))
        return false;
    m_accounts.insert(account.id, account);
    if (account.isDemo())
        erase(account.id);
    else
        save(account);
    qCInfo(lcAccounts) << "changed" << account.id << vendorKey(account.vendor) << environmentKey(account.environment);
    Q_EMIT accountChanged(account.id);
    return true;
}

bool AccountStore::remove(const QString& id) {
    if (!m_accounts.remove(id))
        return false;
    erase(id);
    qCInfo(lcAccounts) << "removed" << id;
    Q_EMIT accountRemoved(id);
    return true;
}

void AccountStore::save(const Account& account) {
    m_settings->beginGroup(Group);
    m_settings->remove(account.id);
    m_settings->beginGroup(account.id);
    m_settings->setValue(VendorKey, vendorKey(account.vendor));
    m_settings->setValue(EnvironmentKey, environmentKey(account.environment));
    m_settings->setValue(BaseUrlKey, account.baseUrl.toString());
    m_settings->setValue(DisplayNameKey, account.displayName);
    m_settings->setValue(SecretHintKey, account.secretHint);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcAccounts) << "could not write the settings file" << m_settings->fileName();
}

void AccountStore::erase(const QString& id) {
    m_settings->beginGroup(Group);
    m_settings->remove(id);
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace rd
