#include <QTest>
#include <QUrl>

#include "api/accounts/account.h"
#include "api/accounts/accountvalidation.h"
#include "api/core/urlpolicy.h"

using namespace Qt::StringLiterals;
using rd::Environment;
using rd::Vendor;

class TestAccountValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baseUrl_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("messagePart"); // a word the explanation must contain

        QTest::newRow("https") << u"https://api.tremendous.com/api/v2"_s << true << QString();
        QTest::newRow("https port") << u"https://tenant.example.com:8443/program"_s << true << QString();
        QTest::newRow("https trailing slash") << u"https://api.oculos.no/v4/"_s << true << QString();
        QTest::newRow("spaces around") << u"  https://api.oculos.no/v4  "_s << true << QString();
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/api"_s << true << QString();
        QTest::newRow("http loopback 127/8") << u"http://127.0.0.2:8080"_s << true << QString();
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true << QString();
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true << QString();
        QTest::newRow("https loopback") << u"https://127.0.0.1:8443"_s << true << QString();

        QTest::newRow("empty") << QString() << false << u"Enter"_s;
        QTest::newRow("blank") << u"   "_s << false << u"Enter"_s;
        QTest::newRow("no scheme") << u"api.tremendous.com/api/v2"_s << false << u"https://"_s;
        QTest::newRow("http remote") << u"http://api.tremendous.com/api/v2"_s << false << u"127.0.0.1"_s;
        QTest::newRow("http private lan") << u"http://192.168.1.10/api"_s << false << u"127.0.0.1"_s;
        QTest::newRow("http lookalike") << u"http://127.0.0.1.evil.example/api"_s << false << u"127.0.0.1"_s;
        QTest::newRow("http localhost lookalike") << u"http://localhost.evil.example"_s << false << u"127.0.0.1"_s;
        QTest::newRow("ftp") << u"ftp://api.example.com"_s << false << u"https://"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false << u"https://"_s;
        QTest::newRow("no host") << u"https:///api/v2"_s << false << u"server"_s;
        QTest::newRow("userinfo") << u"https://user:pass@api.example.com"_s << false << u"password"_s;
        QTest::newRow("user only") << u"https://PROD_abc@api.example.com"_s << false << u"password"_s;
        QTest::newRow("query") << u"https://app.trucentive.com/api/v1?api_key=abc"_s << false << u"query"_s;
        QTest::newRow("empty query") << u"https://app.trucentive.com/api/v1?"_s << false << u"query"_s;
        QTest::newRow("fragment") << u"https://api.example.com/v1#token=abc"_s << false << u"fragment"_s;
        QTest::newRow("space inside") << u"https://api.exa mple.com"_s << false << u"valid"_s;
    }

    void baseUrl() {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(QString, messagePart);
        const rd::Validation result = rd::validateBaseUrl(url);
        QCOMPARE(result.ok(), valid);
        if (!valid) {
            QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
            // The explanation never echoes what was typed (it may hold a credential).
            if (url.contains(u"abc"_s) || url.contains(u"pass"_s))
                QVERIFY2(!result.message.contains(u"abc"_s) && !result.message.contains(u"pass@"_s),
                         qPrintable(result.message));
        }
        // The QUrl overload agrees when the text parses.
        const QUrl parsed(url.trimmed(), QUrl::StrictMode);
        if (parsed.isValid() && !url.trimmed().isEmpty())
            QCOMPARE(rd::validateBaseUrl(parsed).ok(), valid);
    }

    void loopbackHosts() {
        QVERIFY(rd::isLoopbackHost(u"127.0.0.1"_s));
        QVERIFY(rd::isLoopbackHost(u"127.255.0.9"_s));
        QVERIFY(rd::isLoopbackHost(u"::1"_s));
        QVERIFY(rd::isLoopbackHost(u"LOCALHOST"_s));
        QVERIFY(!rd::isLoopbackHost(u"10.0.0.1"_s));
        QVERIFY(!rd::isLoopbackHost(u"0.0.0.0"_s));
        QVERIFY(!rd::isLoopbackHost(u"localhost.example.com"_s));
        QVERIFY(!rd::isLoopbackHost(QString()));
    }

    void accountUrlMatchesEnvironment() {
        const QUrl tremendousProd(u"https://api.tremendous.com/api/v2"_s);
        const QUrl tremendousSandbox(u"https://testflight.tremendous.com/api/v2"_s);
        QVERIFY(rd::validateAccountUrl(Vendor::Tremendous, Environment::Production, tremendousProd).ok());
        QVERIFY(rd::validateAccountUrl(Vendor::Tremendous, Environment::Sandbox, tremendousSandbox).ok());
        const rd::Validation prodOnSandboxHost =
            rd::validateAccountUrl(Vendor::Tremendous, Environment::Production, tremendousSandbox);
        QVERIFY(!prodOnSandboxHost.ok());
        QVERIFY2(prodOnSandboxHost.message.contains(u"https://api.tremendous.com/api/v2"_s),
                 qPrintable(prodOnSandboxHost.message));
        QVERIFY(!rd::validateAccountUrl(Vendor::Tremendous, Environment::Sandbox, tremendousProd).ok());

        QVERIFY(
            !rd::validateAccountUrl(Vendor::Trigg, Environment::Production, QUrl(u"https://api.staging.oculos.no/v4"_s))
                 .ok());
        QVERIFY(!rd::validateAccountUrl(Vendor::Trigg, Environment::Sandbox, QUrl(u"https://api.oculos.no/v4"_s)).ok());
        // Hosts RewardDesk knows nothing about are the user's call (TruCentive "may differ", Cheetah tenants).
        QVERIFY(rd::validateAccountUrl(Vendor::Cheetah, Environment::Production, QUrl(u"https://acme.cheetahedp.com"_s))
                    .ok());
        QVERIFY(rd::validateAccountUrl(Vendor::TruCentive, Environment::Sandbox,
                                       QUrl(u"https://eu.trucentive.com/api/v1"_s))
                    .ok());
        // Demo accounts only point at this computer; the base rules still apply to everyone.
        QVERIFY(rd::validateAccountUrl(Vendor::Trigg, Environment::Demo, QUrl(u"http://127.0.0.1:1234/v4"_s)).ok());
        QVERIFY(!rd::validateAccountUrl(Vendor::Trigg, Environment::Demo, QUrl(u"https://api.oculos.no/v4"_s)).ok());
        QVERIFY(
            !rd::validateAccountUrl(Vendor::Trigg, Environment::Production, QUrl(u"http://api.oculos.no/v4"_s)).ok());
    }

    void tremendousKeyPrefixes_data() {
        QTest::addColumn<int>("environment");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("messagePart");

        const int prod = int(Environment::Production);
        const int sandbox = int(Environment::Sandbox);
        const int demo = int(Environment::Demo);
        QTest::newRow("PROD_ on production") << prod << u"PROD_abcdef0123456789"_s << true << QString();
        QTest::newRow("TEST_ on sandbox") << sandbox << u"TEST_abcdef0123456789"_s << true << QString();
        QTest::newRow("TEST_ on production") << prod << u"TEST_abcdef0123456789"_s << false
                                             << u"This is a Tremendous sandbox key (TEST_…) but the account points at "
                                                "production."_s;
        QTest::newRow("PROD_ on sandbox") << sandbox << u"PROD_abcdef0123456789"_s << false
                                          << u"This is a Tremendous production key (PROD_…) but the account points at "
                                             "the sandbox."_s;
        QTest::newRow("unprefixed token on production")
            << prod << u"eyJhbGciOiJIUzI1NiJ9.payload"_s << true << QString();
        QTest::newRow("demo takes anything") << demo << u"TEST_demo-key"_s << true << QString();
    }

    void tremendousKeyPrefixes() {
        QFETCH(int, environment);
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QFETCH(QString, messagePart);
        const rd::Validation result = rd::validateSecret(Vendor::Tremendous, Environment(environment),
                                                         QLatin1String(rd::SecretName::ApiKey), key);
        QCOMPARE(result.ok(), valid);
        if (!valid) {
            QVERIFY2(result.message.startsWith(messagePart), qPrintable(result.message));
            QVERIFY(!result.message.contains(key)); // never echoes the key
        }
    }

    void prefixRulesAreTremendousOnly() {
        QVERIFY(rd::validateSecret(Vendor::Trigg, Environment::Production, u"api_key"_s, u"TEST_whatever"_s).ok());
        QVERIFY(rd::validateSecret(Vendor::TruCentive, Environment::Sandbox, u"api_key"_s, u"PROD_whatever"_s).ok());
        QVERIFY(rd::validateSecret(Vendor::Cheetah, Environment::Production, u"client_secret"_s, u"TEST_x1"_s).ok());
    }

    void secretShape_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty api key") << u"api_key"_s << QString() << u"Enter the API key."_s;
        QTest::newRow("spaces only") << u"api_key"_s << u"   \t "_s << u"Enter the API key."_s;
        QTest::newRow("empty client id") << u"client_id"_s << QString() << u"Enter the client ID."_s;
        QTest::newRow("empty client secret") << u"client_secret"_s << u" "_s << u"Enter the client secret."_s;
        QTest::newRow("newline inside") << u"api_key"_s << u"abc\ndef"_s << u"line break"_s;
        QTest::newRow("trailing newline") << u"api_key"_s << u"abcdef\r\n"_s << u"line break"_s;
        QTest::newRow("leading space") << u"api_key"_s << u" abcdef"_s << u"space"_s;
        QTest::newRow("trailing space") << u"client_secret"_s << u"abcdef "_s << u"space"_s;
        QTest::newRow("too long") << u"api_key"_s << QString(5000, QLatin1Char('a')) << u"too long"_s;
    }

    void secretShape() {
        QFETCH(QString, name);
        QFETCH(QString, secret);
        QFETCH(QString, messagePart);
        for (Vendor vendor : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg}) {
            const rd::Validation result = rd::validateSecret(vendor, Environment::Production, name, secret);
            QVERIFY(!result.ok());
            QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
        }
        QVERIFY(rd::validateSecret(Vendor::Trigg, Environment::Production, name, u"a-good-secret_123"_s).ok());
    }

    void hints() {
        QCOMPARE(rd::secretHint(u"PROD_abcdef0123456789"_s), u"6789"_s);
        QCOMPARE(rd::secretHint(u"12345678"_s), u"5678"_s);
        QCOMPARE(rd::secretHint(u"1234567"_s), QString()); // four of seven characters would give away too much
        QCOMPARE(rd::secretHint(QString()), QString());
        QCOMPARE(rd::secretHint(u"abcdefgh"_s).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestAccountValidation)
#include "tst_accountvalidation.moc"
