#include "api/session/connectiontester.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "api/core/authprovider.h"
#include "api/core/httptransport.h"
#include "api/session/accountsessions.h"

namespace rd {

namespace {

// A number no Trigg customer has: the lookup proves the key without touching customer data.
constexpr char kTriggProbePhone[] = "+4700000000";

QString describeSuccess(Vendor vendor, const QByteArray& body) {
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    switch (vendor) {
    case Vendor::TruCentive: {
        const QString name = root.value(QLatin1String("name")).toString();
        const QString email = root.value(QLatin1String("email")).toString();
        if (!name.isEmpty() || !email.isEmpty())
            return ConnectionTester::tr("Connected as %1 (%2).").arg(name, email);
        return ConnectionTester::tr("Connected. The API key was accepted.");
    }
    case Vendor::Tremendous: {
        const QJsonArray sources = root.value(QLatin1String("funding_sources")).toArray();
        for (const QJsonValue& value : sources) {
            const QJsonObject source = value.toObject();
            if (source.value(QLatin1String("method")).toString() != QLatin1String("balance"))
                continue;
            const QJsonObject meta = source.value(QLatin1String("meta")).toObject();
            const QJsonValue cents = meta.value(QLatin1String("available_cents"));
            if (cents.isDouble()) {
                // Tremendous balances are in the organization's currency (USD unless it says otherwise).
                const QString currency = meta.value(QLatin1String("currency_code")).toString(QStringLiteral("USD"));
                const QString amount =
                    currency + QLatin1Char(' ') + QLocale().toString(cents.toDouble() / 100.0, 'f', 2);
                return ConnectionTester::tr("Connected. Balance available: %1.").arg(amount);
            }
        }
        return ConnectionTester::tr("Connected. The API key was accepted (%n funding source(s)).", nullptr,
                                    int(sources.size()));
    }
    case Vendor::Cheetah:
        return ConnectionTester::tr("Connected. The client credentials were accepted and an access token was issued.");
    case Vendor::Trigg:
        return ConnectionTester::tr("Connected. The API key was accepted.");
    }
    return {};
}
} // namespace

ConnectionTester::ConnectionTester(HttpTransport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport) {}

ConnectionTester::~ConnectionTester() {
    cancel();
}

void ConnectionTester::cancel() {
    ++m_generation;
    m_call.cancel();
    m_call = {};
    if (m_auth)
        m_auth->deleteLater();
    m_auth = nullptr;
    m_done = nullptr;
}

void ConnectionTester::finish(const ConnectionResult& result) {
    ConnectionResult out = result;
    out.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    Done done = std::move(m_done);
    QPointer<QObject> context = m_context;
    cancel();
    if (done && context)
        done(out);
}

void ConnectionTester::test(const Account& account, const QHash<QByteArray, QByteArray>& secrets, QObject* context,
                            Done done) {
    cancel();
    m_context = context;
    m_done = std::move(done);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    const int generation = m_generation;

    m_auth = AccountSessions::createAuthProvider(account, secrets, m_transport, this);
    if (!m_auth) {
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    finish({false, ConnectionTester::tr("Enter the credentials first."), 0});
            },
            Qt::QueuedConnection);
        return;
    }

    const Vendor vendor = account.vendor;
    const QString label = account.label();
    if (vendor == Vendor::Cheetah) {
        // The token request itself is the cheap, read-only check.
        m_auth->acquire([this, generation, label](std::optional<ApiError> error, HeaderList) {
            if (generation != m_generation)
                return;
            if (error)
                finish({false, error->userMessage(label), 0});
            else
                finish({true, describeSuccess(Vendor::Cheetah, {}), 0});
        });
        return;
    }

    HttpRequest request;
    request.label = QStringLiteral("test connection");
    request.maxAttempts = 1;
    request.deadline = std::chrono::seconds(20);
    switch (vendor) {
    case Vendor::TruCentive:
        request.path = QStringLiteral("/me");
        break;
    case Vendor::Tremendous:
        request.path = QStringLiteral("/funding_sources");
        break;
    case Vendor::Trigg:
        request.path = QStringLiteral("/customers");
        request.query.addQueryItem(QStringLiteral("mobilePhone"), QString::fromLatin1(kTriggProbePhone));
        break;
    case Vendor::Cheetah:
        break;
    }
    m_call = m_transport->send(AccountSessions::makeEndpoint(account, m_auth), request, this,
                               [this, generation, vendor, label](ApiResult<HttpResponse> result) {
                                   if (generation != m_generation)
                                       return;
                                   if (result.ok()) {
                                       finish({true, describeSuccess(vendor, result.value().body), 0});
                                       return;
                                   }
                                   const ApiError& error = result.error();
                                   if (vendor == Vendor::Trigg && error.httpStatus == 404) {
                                       finish({true, describeSuccess(vendor, {}), 0});
                                       return;
                                   }
                                   finish({false, error.userMessage(label), 0});
                               });
}

} // namespace rd
