#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "api/accounts/accountstore.h"
#include "api/accounts/accountvalidation.h"

#include <memory>

using namespace Qt::StringLiterals;
using rd::Account;
using rd::AccountStore;
using rd::Environment;
using rd::Vendor;

namespace {

Account makeAccount(Vendor vendor, Environment environment, const QString& name, const QString& secretHint = {}) {
    Account account;
    account.vendor = vendor;
    account.environment = environment;
    account.baseUrl = environment == Environment::Demo ? QUrl(u"http://127.0.0.1:45123"_s)
                      : vendor == Vendor::Cheetah      ? QUrl(u"https://mycompany.cheetahedp.com"_s)
                                                       : Account::defaultBaseUrl(vendor, environment);
    account.displayName = name;
    account.secretHint = secretHint;
    return account;
}

QByteArray fileContents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAccountStore : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString settingsPath() const { return m_dir->filePath(u"rewarddesk.ini"_s); }
    std::unique_ptr<QSettings> openSettings() const {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void roundTrip() {
        QString tremendousId, cheetahId;
        {
            auto settings = openSettings();
            AccountStore store(settings.get());
            QVERIFY(store.list().isEmpty());
            QSignalSpy added(&store, &AccountStore::accountAdded);

            tremendousId = store.add(makeAccount(Vendor::Tremendous, Environment::Production, u"Payouts"_s, u"9f3a"_s));
            QVERIFY(!tremendousId.isEmpty());
            QVERIFY(!tremendousId.contains(QLatin1Char('{')));
            cheetahId = store.add(makeAccount(Vendor::Cheetah, Environment::Sandbox, QString()));
            QVERIFY(!cheetahId.isEmpty());
            QCOMPARE(added.size(), 2);
            QCOMPARE(added.at(0).at(0).toString(), tremendousId);
            QCOMPARE(store.find(cheetahId)->displayName, u"Cheetah Loyalty (sandbox)"_s); // empty name -> label()
        }
        auto settings = openSettings();
        AccountStore reloaded(settings.get());
        QCOMPARE(reloaded.list().size(), 2);
        const auto tremendous = reloaded.find(tremendousId);
        QVERIFY(tremendous);
        QCOMPARE(tremendous->vendor, Vendor::Tremendous);
        QCOMPARE(tremendous->environment, Environment::Production);
        QCOMPARE(tremendous->baseUrl, QUrl(u"https://api.tremendous.com/api/v2"_s));
        QCOMPARE(tremendous->displayName, u"Payouts"_s);
        QCOMPARE(tremendous->secretHint, u"9f3a"_s);
        const auto cheetah = reloaded.find(cheetahId);
        QVERIFY(cheetah);
        QCOMPARE(cheetah->vendor, Vendor::Cheetah);
        QCOMPARE(cheetah->environment, Environment::Sandbox);
        QCOMPARE(cheetah->baseUrl, QUrl(u"https://mycompany.cheetahedp.com"_s));
        QVERIFY(!reloaded.find(u"no-such-id"_s));

        // Stable keys in the file (what other versions will read).
        const QByteArray contents = fileContents(settingsPath());
        QVERIFY(contents.contains("vendor=tremendous"));
        QVERIFY(contents.contains("environment=production"));
        QVERIFY(contents.contains("vendor=cheetah"));
        QVERIFY(contents.contains("environment=sandbox"));
    }

    void listOrderAndAccountsFor() {
        auto settings = openSettings();
        AccountStore store(settings.get());
        const QString trigg = store.add(makeAccount(Vendor::Trigg, Environment::Production, u"Trigg main"_s));
        const QString b = store.add(makeAccount(Vendor::Tremendous, Environment::Sandbox, u"beta"_s));
        const QString a = store.add(makeAccount(Vendor::Tremendous, Environment::Production, u"Alpha"_s));
        const QString tru = store.add(makeAccount(Vendor::TruCentive, Environment::Production, u"Tru"_s));
        QStringList ids;
        for (const Account& account : store.list())
            ids.append(account.id);
        QCOMPARE(ids, (QStringList{tru, a, b, trigg})); // vendor order, then name (case-insensitive)
        const QList<Account> tremendous = store.accountsFor(Vendor::Tremendous);
        QCOMPARE(tremendous.size(), 2);
        QCOMPARE(tremendous.at(0).id, a);
        QCOMPARE(tremendous.at(1).id, b);
        QVERIFY(store.accountsFor(Vendor::Cheetah).isEmpty());
    }

    void demoAccountsStayInMemory() {
        QString demoId;
        {
            auto settings = openSettings();
            AccountStore store(settings.get());
            QSignalSpy added(&store, &AccountStore::accountAdded);
            demoId = store.add(makeAccount(Vendor::Trigg, Environment::Demo, u"Demo Trigg"_s, u"demo"_s));
            QVERIFY(!demoId.isEmpty());
            QCOMPARE(added.size(), 1);
            QVERIFY(store.find(demoId)->isDemo());
            QCOMPARE(store.list().size(), 1);
            // A persisted one next to it, so the file exists and the check below means something.
            QVERIFY(!store.add(makeAccount(Vendor::Trigg, Environment::Production, u"Real"_s)).isEmpty());
        }
        const QByteArray contents = fileContents(settingsPath());
        QVERIFY(contents.contains("vendor=trigg"));
        QVERIFY(!contents.contains(demoId.toUtf8()));
        QVERIFY(!contents.contains("Demo Trigg"));
        QVERIFY(!contents.contains("demo"));

        auto settings = openSettings();
        AccountStore reloaded(settings.get());
        QCOMPARE(reloaded.list().size(), 1);
        QVERIFY(!reloaded.find(demoId));
    }

    void demoAccountMustBeLocal() {
        auto settings = openSettings();
        AccountStore store(settings.get());
        Account demo = makeAccount(Vendor::Trigg, Environment::Demo, u"Demo"_s);
        demo.baseUrl = QUrl(u"https://api.oculos.no/v4"_s);
        QString error;
        QVERIFY(store.add(demo, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void noSecretInSettingsFile() {
        const QString secret = u"PROD_settings-canary-7c1d2e3f4a5b6c7d8e9f"_s;
        auto settings = openSettings();
        {
            AccountStore store(settings.get());
            Account account =
                makeAccount(Vendor::Tremendous, Environment::Production, u"Payouts"_s, rd::secretHint(secret));
            QVERIFY(!store.add(account).isEmpty());
            Account other = makeAccount(Vendor::Cheetah, Environment::Production, u"Loyalty"_s,
                                        rd::secretHint(u"cheetah-client-secret-0123456789"_s));
            const QString otherId = store.add(other);
            other.id = otherId;
            other.displayName = u"Loyalty (renamed)"_s;
            QVERIFY(store.update(other));
        }
        settings->sync();
        const QByteArray contents = fileContents(settingsPath());
        QVERIFY(contents.contains("secretHint=8e9f")); // the hint (last four) is there...
        QVERIFY(contents.contains("secretHint=6789"));
        QVERIFY(contents.contains("Loyalty (renamed)"));
        for (const QString& s : {secret, u"cheetah-client-secret-0123456789"_s}) {
            QVERIFY(!contents.contains(s.toUtf8()));            // ...the secret is not,
            QVERIFY(!contents.contains(s.left(12).toUtf8()));   // nor a part of it beyond the hint,
            QVERIFY(!contents.contains(s.toUtf8().toBase64())); // nor an encoding of it.
        }
    }

    void refusesWhatMustNotBeStored() {
        auto settings = openSettings();
        AccountStore store(settings.get());
        QSignalSpy added(&store, &AccountStore::accountAdded);
        QString error;

        Account withKeyInUrl = makeAccount(Vendor::TruCentive, Environment::Production, u"Tru"_s);
        withKeyInUrl.baseUrl = QUrl(u"https://app.trucentive.com/api/v1?api_key=SECRET123"_s);
        QVERIFY(store.add(withKeyInUrl, &error).isEmpty());
        QVERIFY(!error.isEmpty());

        Account userInfo = makeAccount(Vendor::Cheetah, Environment::Production, u"C"_s);
        userInfo.baseUrl = QUrl(u"https://user:SECRET123@mycompany.cheetahedp.com"_s);
        QVERIFY(store.add(userInfo).isEmpty());

        Account fullSecretAsHint = makeAccount(Vendor::Trigg, Environment::Production, u"T"_s, u"SECRET123"_s);
        QVERIFY(store.add(fullSecretAsHint).isEmpty());

        Account badId = makeAccount(Vendor::Trigg, Environment::Production, u"T"_s);
        badId.id = u"../evil"_s;
        QVERIFY(store.add(badId).isEmpty());

        Account noUrl = makeAccount(Vendor::Cheetah, Environment::Production, u"C"_s);
        noUrl.baseUrl = QUrl();
        QVERIFY(store.add(noUrl).isEmpty());

        QCOMPARE(added.size(), 0);
        QVERIFY(store.list().isEmpty());
        QVERIFY(!fileContents(settingsPath()).contains("SECRET123"));

        const QString id = store.add(makeAccount(Vendor::Trigg, Environment::Production, u"T"_s));
        Account duplicate = makeAccount(Vendor::Trigg, Environment::Production, u"T2"_s);
        duplicate.id = id;
        QVERIFY(store.add(duplicate, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void updateAndDemoTransitions() {
        auto settings = openSettings();
        AccountStore store(settings.get());
        QSignalSpy changed(&store, &AccountStore::accountChanged);
        const QString id = store.add(makeAccount(Vendor::Tremendous, Environment::Sandbox, u"Test org"_s));
        Account account = *store.find(id);
        account.environment = Environment::Production;
        account.baseUrl = Account::defaultBaseUrl(Vendor::Tremendous, Environment::Production);
        QVERIFY(store.update(account));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), id);
        QVERIFY(fileContents(settingsPath()).contains("environment=production"));

        // A production account must not point at the sandbox host.
        Account wrongHost = account;
        wrongHost.baseUrl = Account::defaultBaseUrl(Vendor::Tremendous, Environment::Sandbox);
        QString error;
        QVERIFY(!store.update(wrongHost, &error));
        QVERIFY(error.contains(u"testflight.tremendous.com"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.find(id)->baseUrl, account.baseUrl);

        // Becoming a demo account drops it from the file.
        account.environment = Environment::Demo;
        account.baseUrl = QUrl(u"http://127.0.0.1:40000"_s);
        QVERIFY(store.update(account));
        QVERIFY(!fileContents(settingsPath()).contains(id.toUtf8()));
        QVERIFY(store.find(id)->isDemo());

        Account unknown = account;
        unknown.id = u"unknown-id"_s;
        QVERIFY(!store.update(unknown));
    }

    void remove() {
        QString keep, drop;
        {
            auto settings = openSettings();
            AccountStore store(settings.get());
            keep = store.add(makeAccount(Vendor::Trigg, Environment::Production, u"Keep"_s));
            drop = store.add(makeAccount(Vendor::Trigg, Environment::Sandbox, u"Drop"_s));
            QSignalSpy removed(&store, &AccountStore::accountRemoved);
            QVERIFY(store.remove(drop));
            QCOMPARE(removed.size(), 1);
            QCOMPARE(removed.at(0).at(0).toString(), drop);
            QVERIFY(!store.remove(drop));
            QCOMPARE(removed.size(), 1);
            QVERIFY(!store.find(drop));
        }
        QVERIFY(!fileContents(settingsPath()).contains(drop.toUtf8()));
        auto settings = openSettings();
        AccountStore reloaded(settings.get());
        QCOMPARE(reloaded.list().size(), 1);
        QCOMPARE(reloaded.list().first().id, keep);
    }

    void skipsUnreadableEntries() {
        {
            auto settings = openSettings();
            settings->setValue(u"accounts/good-1/vendor"_s, u"trigg"_s);
            settings->setValue(u"accounts/good-1/environment"_s, u"production"_s);
            settings->setValue(u"accounts/good-1/baseUrl"_s, u"https://api.oculos.no/v4"_s);
            settings->setValue(u"accounts/bad-vendor/vendor"_s, u"acme"_s);
            settings->setValue(u"accounts/bad-vendor/environment"_s, u"production"_s);
            settings->setValue(u"accounts/demo-1/vendor"_s, u"trigg"_s);
            settings->setValue(u"accounts/demo-1/environment"_s, u"demo"_s); // never persisted: ignored if found
        }
        auto settings = openSettings();
        AccountStore store(settings.get());
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().id, u"good-1"_s);
        QCOMPARE(store.list().first().vendor, Vendor::Trigg);
    }

    void labelsAndVendorFacts() {
        Account account = makeAccount(Vendor::Tremendous, Environment::Production, u"x"_s);
        QCOMPARE(account.label(), u"Tremendous (production)"_s);
        account.environment = Environment::Sandbox;
        QCOMPARE(account.label(), u"Tremendous (sandbox)"_s);
        account.vendor = Vendor::Trigg;
        account.environment = Environment::Demo;
        QCOMPARE(account.label(), u"Trigg (demo)"_s);

        QCOMPARE(Account::secretNames(Vendor::TruCentive), QList<QByteArray>{"api_key"});
        QCOMPARE(Account::secretNames(Vendor::Tremendous), QList<QByteArray>{"api_key"});
        QCOMPARE(Account::secretNames(Vendor::Trigg), QList<QByteArray>{"api_key"});
        QCOMPARE(Account::secretNames(Vendor::Cheetah), (QList<QByteArray>{"client_id", "client_secret"}));

        QCOMPARE(Account::defaultBaseUrl(Vendor::TruCentive, Environment::Production),
                 QUrl(u"https://app.trucentive.com/api/v1"_s));
        QCOMPARE(Account::defaultBaseUrl(Vendor::TruCentive, Environment::Sandbox),
                 QUrl(u"https://app.trucentive.com/api/v1"_s));
        QCOMPARE(Account::defaultBaseUrl(Vendor::Tremendous, Environment::Production),
                 QUrl(u"https://api.tremendous.com/api/v2"_s));
        QCOMPARE(Account::defaultBaseUrl(Vendor::Tremendous, Environment::Sandbox),
                 QUrl(u"https://testflight.tremendous.com/api/v2"_s));
        QVERIFY(Account::defaultBaseUrl(Vendor::Cheetah, Environment::Production).isEmpty());
        QVERIFY(Account::defaultBaseUrl(Vendor::Cheetah, Environment::Sandbox).isEmpty());
        QCOMPARE(Account::defaultBaseUrl(Vendor::Trigg, Environment::Production), QUrl(u"https://api.oculos.no/v4"_s));
        QCOMPARE(Account::defaultBaseUrl(Vendor::Trigg, Environment::Sandbox),
                 QUrl(u"https://api.staging.oculos.no/v4"_s));
        QVERIFY(Account::defaultBaseUrl(Vendor::Trigg, Environment::Demo).isEmpty());
        // Every documented default passes the URL rules for its own environment.
        for (Vendor vendor : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Trigg})
            for (Environment environment : {Environment::Production, Environment::Sandbox})
                QVERIFY(rd::validateAccountUrl(vendor, environment, Account::defaultBaseUrl(vendor, environment)).ok());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
