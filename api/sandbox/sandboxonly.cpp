#include "api/sandbox/sandboxonly.h"

#include <QCoreApplication>
#include <QTextStream>

#include "api/sandbox/sandboxserver.h"
#include "api/sandbox/sandboxtremendous.h"
#include "api/sandbox/sandboxtrucentive.h"

using namespace Qt::StringLiterals;

namespace rd {

int runSandboxOnly(quint16 port, quint64 seed, int size) {
    QTextStream err(stderr);
    if (!QCoreApplication::instance()) {
        err << "runSandboxOnly needs a QCoreApplication\n";
        return 1;
    }
    SandboxServer server(seed, size);
    if (!server.listen(port)) {
        err << QCoreApplication::translate("rd::SandboxOnly", "The sandbox could not listen on 127.0.0.1:%1: %2")
                   .arg(port)
                   .arg(server.errorString())
            << '\n';
        return 1;
    }

    QTextStream out(stdout);
    const QString root = u"http://127.0.0.1:%1"_s.arg(server.port());
    out << QCoreApplication::translate("rd::SandboxOnly", "RewardDesk sandbox on %1 (seed %2, %3 records per resource)")
               .arg(root)
               .arg(seed)
               .arg(size)
        << "\n\n";

    const DemoCredentials truCentive = SandboxServer::demoCredentials(Vendor::TruCentive);
    const DemoCredentials tremendous = SandboxServer::demoCredentials(Vendor::Tremendous);
    const DemoCredentials cheetah = SandboxServer::demoCredentials(Vendor::Cheetah);
    const DemoCredentials trigg = SandboxServer::demoCredentials(Vendor::Trigg);
    const QString stellar = u"Accept: application/vnd.stellar-v1+json"_s;

    const QString tcBase = server.baseUrl(Vendor::TruCentive).toString();
    const QString tcAuth = u"curl -H 'Authorization: "_s + QString::fromLatin1(truCentive.apiKey) + u"' "_s;
    const SandboxTruCentive::Samples samples = server.truCentive()->samples();
    out << "TruCentive  " << tcBase << '\n'
        << "    "
        << QCoreApplication::translate("rd::SandboxOnly", "API key: %1").arg(QString::fromLatin1(truCentive.apiKey))
        << '\n'
        << "    " << tcAuth << tcBase << "/me\n"
        << "    " << tcAuth << "'" << tcBase << "/envelope?envelope_uuid=" << samples.viewed << "&show_url=true'\n"
        << "    " << tcAuth << "-X POST " << tcBase << "/envelopes/" << samples.delivered << "/open\n"
        << "    "
        << QCoreApplication::translate(
               "rd::SandboxOnly",
               "Sample envelopes: opened %1 (no redemption URL: %2), viewed %3, delivered %4, sms %5, "
               "locked %6, expired %7, test mode %8, batch (approved) %9")
               .arg(samples.opened, samples.openedWithoutRedemptionUrl, samples.viewed, samples.delivered, samples.sms,
                    samples.locked, samples.expired, samples.testMode, samples.approved)
        << '\n'
        << "    "
        << QCoreApplication::translate("rd::SandboxOnly", "Low balance project %1 (instrument %2): %3 cents left")
               .arg(samples.lowBalanceProjectUuid, samples.lowBalanceInstrumentUuid)
               .arg(samples.lowBalanceCents)
        << "\n\n";
    const QString trBase = server.baseUrl(Vendor::Tremendous).toString();
    const QString trAuth = u"curl -H 'Authorization: Bearer "_s + QString::fromLatin1(tremendous.apiKey) + u"' "_s;
    const QString pendingOrder = server.tremendous()->pendingApprovalOrderIds(1).value(0);
    const QString flaggedReview = server.tremendous()->flaggedReviewIds(1).value(0);
    const QString failedReward = server.tremendous()->failedRewardIds(1).value(0);
    out << "Tremendous  " << trBase << '\n'
        << "    "
        << QCoreApplication::translate("rd::SandboxOnly", "API key: %1").arg(QString::fromLatin1(tremendous.apiKey))
        << '\n'
        << "    " << trAuth << trBase << "/funding_sources\n"
        << "    " << trAuth << "'" << trBase << "/orders?limit=20'\n"
        << "    " << trAuth << "-X POST " << trBase << "/order_approvals/" << pendingOrder << "/approve\n"
        << "    " << trAuth << "-X PUT " << trBase << "/fraud_reviews/" << flaggedReview << "/release\n"
        << "    " << trAuth << "-X POST " << trBase << "/rewards/" << failedReward << "/resend\n"
        << "    "
        << QCoreApplication::translate("rd::SandboxOnly",
                                       "Samples: order pending approval %1, flagged fraud review (reward id) %2, "
                                       "reward with a failed delivery %3")
               .arg(pendingOrder, flaggedReview, failedReward)
        << '\n'
        << "    " << QCoreApplication::translate("rd::SandboxOnly", "Organization settings") << ":  curl -X POST "
        << root << "/_sandbox/tremendous -d '{\"approvals_via_api\":false,\"balance_cents\":100}'\n\n";
    out << "Cheetah     " << server.baseUrl(Vendor::Cheetah).toString() << '\n'
        << "    "
        << QCoreApplication::translate("rd::SandboxOnly", "Client ID: %1").arg(QString::fromLatin1(cheetah.clientId))
        << '\n'
        << "    "
        << QCoreApplication::translate("rd::SandboxOnly", "Client secret: %1")
               .arg(QString::fromLatin1(cheetah.clientSecret))
        << '\n'
        << "    curl -X POST -H '" << stellar << "' -F grant_type=client_credentials -F client_id=" << cheetah.clientId
        << " -F client_secret=" << cheetah.clientSecret << ' ' << server.baseUrl(Vendor::Cheetah).toString()
        << "/oauth/token\n"
        << "    curl -H '" << stellar << "' -H 'Authorization: Bearer <access_token>' '"
        << server.baseUrl(Vendor::Cheetah).toString() << "/program/api/members?page=1&per_page=10'\n\n";
    out << "Trigg       " << server.baseUrl(Vendor::Trigg).toString() << '\n'
        << "    "
        << QCoreApplication::translate("rd::SandboxOnly", "API key: %1").arg(QString::fromLatin1(trigg.apiKey)) << '\n'
        << "    curl -H 'x-api-key: " << trigg.apiKey << "' '" << server.baseUrl(Vendor::Trigg).toString()
        << "/customers?mobilePhone=" << QString(server.triggCustomerPhone(0)).replace(u'+', "%2B"_L1) << "'\n"
        << "    curl -H 'x-api-key: " << trigg.apiKey << "' " << server.baseUrl(Vendor::Trigg).toString()
        << "/customers/id/" << server.triggCustomerId(0) << "\n\n";
    out << QCoreApplication::translate("rd::SandboxOnly", "Faults") << ":  curl -X POST " << root
        << "/_sandbox/faults -d "
        << "'{\"type\":\"rate_limit\",\"path\":\"/tremendous/api/v2/funding_sources\",\"count\":1}'\n"
        << "         " << QCoreApplication::translate("rd::SandboxOnly", "types")
        << ": latency rate_limit server_error redirect truncated_body malformed_json "
        << "html_error trickle late_reply drop_after_apply;  GET/DELETE " << root << "/_sandbox/faults\n\n"
        << QCoreApplication::translate("rd::SandboxOnly", "Press Ctrl+C to stop.") << '\n';
    out.flush();
    return QCoreApplication::exec();
}

} // namespace rd
