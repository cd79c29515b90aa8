#include "api/sandbox/sandboxserver.h"

#include <QHostAddress>
#include <QJsonObject>

#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxcheetah.h"
#include "api/sandbox/sandboxhttpserver.h"
#include "api/sandbox/sandboxtremendous.h"
#include "api/sandbox/sandboxtrigg.h"
#include "api/sandbox/sandboxtrucentive.h"

using namespace Qt::StringLiterals;

namespace rd {

SandboxServer::SandboxServer(quint64 seed, int size, QObject* parent)
    : QObject(parent)
    , m_seed(seed)
    , m_size(size)
    , m_truCentive(std::make_unique<SandboxTruCentive>())
    , m_tremendous(std::make_unique<SandboxTremendous>())
    , m_cheetah(std::make_unique<SandboxCheetah>())
    , m_trigg(std::make_unique<SandboxTrigg>())
    , m_http(new SandboxHttpServer(this)) {
    const auto setUp = [this](SandboxVendor* vendor, Vendor which) {
        vendor->setCredentials(demoCredentials(which));
        vendor->reset(m_seed, m_size);
        vendor->install(m_http, pathPrefix(which));
    };
    setUp(m_truCentive.get(), Vendor::TruCentive);
    setUp(m_tremendous.get(), Vendor::Tremendous);
    setUp(m_cheetah.get(), Vendor::Cheetah);
    setUp(m_trigg.get(), Vendor::Trigg);

    m_http->route("GET", u"/_sandbox"_s, [this](const SandboxRequest&) {
        QJsonObject vendors;
        for (Vendor v : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg})
            vendors.insert(pathPrefix(v).section(u'/', 1, 1), baseUrl(v).toString());
        QJsonObject body;
        body.insert("vendors"_L1, vendors);
        body.insert("seed"_L1, QString::number(m_seed));
        body.insert("size"_L1, m_size);
        return SandboxResponse::json(200, body);
    });
}

SandboxServer::~SandboxServer() {
    delete m_http; // connections and routes go before the vendors the routes capture
    m_http = nullptr;
}

bool SandboxServer::listen(quint16 port) {
    return m_http->listen(QHostAddress(QHostAddress::LocalHost), port);
}

quint16 SandboxServer::port() const {
    return m_http->port();
}

QString SandboxServer::errorString() const {
    return m_http->errorString();
}

QString SandboxServer::pathPrefix(Vendor vendor) {
    switch (vendor) {
    case Vendor::TruCentive:
        return u"/trucentive/api/v1"_s;
    case Vendor::Tremendous:
        return u"/tremendous/api/v2"_s;
    case Vendor::Cheetah:
        return u"/cheetah"_s;
    case Vendor::Trigg:
        return u"/trigg/v4"_s;
    }
    return {};
}

QUrl SandboxServer::baseUrl(Vendor vendor) const {
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    url.setPath(pathPrefix(vendor));
    return url;
}

DemoCredentials SandboxServer::demoCredentials(Vendor vendor) {
    switch (vendor) {
    case Vendor::TruCentive:
        return {"tc_demo_4f8a2c9e71b35d06", {}, {}};
    case Vendor::Tremendous:
        return {"TEST_demo_Rk7Qm2Xv9Lp4Wt8Zn3Bc", {}, {}};
    case Vendor::Cheetah:
        return {{}, "demo_client_8d3f1a6c", "demo_secret_5b9e2d7f4a1c8e03"};
    case Vendor::Trigg:
        return {"trigg_demo_2c7e9a4f1b8d6e35", {}, {}};
    }
    return {};
}

void SandboxServer::setCredentials(Vendor vendor, const DemoCredentials& credentials) {
    switch (vendor) {
    case Vendor::TruCentive:
        m_truCentive->setCredentials(credentials);
        break;
    case Vendor::Tremendous:
        m_tremendous->setCredentials(credentials);
        break;
    case Vendor::Cheetah:
        m_cheetah->setCredentials(credentials);
        break;
    case Vendor::Trigg:
        m_trigg->setCredentials(credentials);
        break;
    }
}

DemoCredentials SandboxServer::credentials(Vendor vendor) const {
    switch (vendor) {
    case Vendor::TruCentive:
        return m_truCentive->credentials();
    case Vendor::Tremendous:
        return m_tremendous->credentials();
    case Vendor::Cheetah:
        return m_cheetah->credentials();
    case Vendor::Trigg:
        return m_trigg->credentials();
    }
    return {};
}

void SandboxServer::reset(quint64 seed, int size) {
    m_seed = seed;
    m_size = size;
    m_truCentive->reset(seed, size);
    m_tremendous->reset(seed, size);
    m_cheetah->reset(seed, size);
    m_trigg->reset(seed, size);
}

void SandboxServer::setCheetahTokenLifetime(std::chrono::milliseconds lifetime) {
    m_cheetah->setTokenLifetime(lifetime);
}

void SandboxServer::expireCheetahTokens() {
    m_cheetah->expireAllTokens();
}

QString SandboxServer::triggCustomerPhone(int index) const {
    return m_trigg->phoneOf(index);
}

QString SandboxServer::triggCustomerId(int index) const {
    return m_trigg->idOf(index);
}

FaultInjector* SandboxServer::faults() {
    return m_http->faults();
}

} // namespace rd
