#include "sandboxonly.h"

#include <QCoreApplication>
#include <QTextStream>

#include "sandboxserver.h"

using namespace Qt::StringLiterals;

namespace rd {

static QString tr(const char* text) {
    return QCoreApplication::translate("rd::SandboxOnly", text);
}

int runSandboxOnly(quint16 port, quint64 seed, int size) {
    QTextStream err(stderr);
    if (!QCoreApplication::instance()) {
        err << "runSandboxOnly needs a QCoreApplication\n";
        return 1;
    }
    SandboxServer server(seed, size);
    if (!server.listen(port)) {
        err << tr("The sandbox could not listen on 127.0.0.1:%1: %2").arg(port).arg(server.errorString()) << '\n';
        return 1;
    }

    QTextStream out(stdout);
    const QString root = u"http://127.0.0.1:%1"_s.arg(server.port());
    out << tr("RewardDesk sandbox on %1 (seed %2, %3 records per resource)").arg(root).arg(seed).arg(size) << "\n\n";

    const DemoCredentials truCentive = SandboxServer::demoCredentials(Vendor::TruCentive);
    const DemoCredentials tremendous = SandboxServer::demoCredentials(Vendor::Tremendous);
    const DemoCredentials cheetah = SandboxServer::demoCredentials(Vendor::Cheetah);
    const DemoCredentials trigg = SandboxServer::demoCredentials(Vendor::Trigg);
    const QString stellar = u"Accept: application/vnd.stellar-v1+json"_s;

    out << "TruCentive  " << server.baseUrl(Vendor::TruCentive).toString() << '\n'
        << "    " << tr("API key: %1").arg(QString::fromLatin1(truCentive.apiKey)) << '\n'
        << "    curl -H 'Authorization: " << truCentive.apiKey << "' " << server.baseUrl(Vendor::TruCentive).toString()
        << "/me\n\n";
    out << "Tremendous  " << server.baseUrl(Vendor::Tremendous).toString() << '\n'
        << "    " << tr("API key: %1").arg(QString::fromLatin1(tremendous.apiKey)) << '\n'
        << "    curl -H 'Authorization: Bearer " << tremendous.apiKey << "' "
        << server.baseUrl(Vendor::Tremendous).toString() << "/funding_sources\n\n";
    out << "Cheetah     " << server.baseUrl(Vendor::Cheetah).toString() << '\n'
        << "    " << tr("Client ID: %1").arg(QString::fromLatin1(cheetah.clientId)) << '\n'
        << "    " << tr("Client secret: %1").arg(QString::fromLatin1(cheetah.clientSecret)) << '\n'
        << "    curl -X POST -H '" << stellar << "' -F grant_type=client_credentials -F client_id=" << cheetah.clientId
        << " -F client_secret=" << cheetah.clientSecret << ' ' << server.baseUrl(Vendor::Cheetah).toString()
        << "/oauth/token\n"
        << "    curl -H '" << stellar << "' -H 'Authorization: Bearer <access_token>' '"
        << server.baseUrl(Vendor::Cheetah).toString() << "/program/api/members?page=1&per_page=10'\n\n";
    out << "Trigg       " << server.baseUrl(Vendor::Trigg).toString() << '\n'
        << "    " << tr("API key: %1").arg(QString::fromLatin1(trigg.apiKey)) << '\n'
        << "    curl -H 'x-api-key: " << trigg.apiKey << "' '" << server.baseUrl(Vendor::Trigg).toString()
        << "/customers?mobilePhone=" << QString(server.triggCustomerPhone(0)).replace(u'+', "%2B"_L1) << "'\n"
        << "    curl -H 'x-api-key: " << trigg.apiKey << "' " << server.baseUrl(Vendor::Trigg).toString()
        << "/customers/id/" << server.triggCustomerId(0) << "\n\n";
    out << tr("Faults") << ":  curl -X POST " << root << "/_sandbox/faults -d "
        << "'{\"type\":\"rate_limit\",\"path\":\"/tremendous/api/v2/funding_sources\",\"count\":1}'\n"
        << "         " << tr("types") << ": latency rate_limit server_error redirect truncated_body malformed_json "
        << "html_error trickle late_reply drop_after_apply;  GET/DELETE " << root << "/_sandbox/faults\n\n"
        << tr("Press Ctrl+C to stop.") << '\n';
    out.flush();
    return QCoreApplication::exec();
}

} // namespace rd
