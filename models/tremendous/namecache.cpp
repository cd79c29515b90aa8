#include "models/tremendous/namecache.h"

#include <QCoreApplication>

#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/format.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

NameCache::NameCache(Client* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

NameCache::~NameCache() {
    m_campaignCall.cancel();
    m_productCall.cancel();
}

void NameCache::reload() {
    m_campaignCall.cancel();
    m_productCall.cancel();
    m_errorMessage.clear();
    if (!m_client) {
        m_waitingCampaigns = m_waitingProducts = false;
        return;
    }
    m_waitingCampaigns = m_waitingProducts = true;
    // Both at once: two small unpaged lists. The client calls back later from the event loop (never synchronously
    // with a result that would race the second request).
    m_campaignCall =
        m_client->campaigns(this, [this](ApiResult<QList<Campaign>> result) { onCampaigns(std::move(result)); });
    m_productCall =
        m_client->products(this, [this](ApiResult<QList<Product>> result) { onProducts(std::move(result)); });
}

void NameCache::setData(QList<Campaign> campaigns, QList<Product> products) {
    m_campaignCall.cancel();
    m_productCall.cancel();
    m_waitingCampaigns = m_waitingProducts = false;
    m_campaigns = std::move(campaigns);
    m_products = std::move(products);
    m_errorMessage.clear();
    m_loaded = true;
    rebuild();
    Q_EMIT changed();
}

void NameCache::onCampaigns(ApiResult<QList<Campaign>> result) {
    m_waitingCampaigns = false;
    if (result.ok()) {
        m_campaigns = std::move(result).value();
        m_loaded = true;
    } else {
        const QString account = m_client ? m_client->accountLabel() : QString();
        m_errorMessage = tr("Campaign names could not be read; campaign IDs are shown instead. %1")
                             .arg(lookupErrorMessage(result.error(), account));
        qCWarning(lcModelsTremendous) << "campaign names failed:" << result.error().technical;
    }
    finishIfDone();
}

void NameCache::onProducts(ApiResult<QList<Product>> result) {
    m_waitingProducts = false;
    if (result.ok()) {
        m_products = std::move(result).value();
        m_loaded = true;
    } else {
        const QString account = m_client ? m_client->accountLabel() : QString();
        m_errorMessage = tr("Product names could not be read; product IDs are shown instead. %1")
                             .arg(lookupErrorMessage(result.error(), account));
        qCWarning(lcModelsTremendous) << "product names failed:" << result.error().technical;
    }
    finishIfDone();
}

void NameCache::finishIfDone() {
    if (m_waitingCampaigns || m_waitingProducts)
        return;
    rebuild();
    qCDebug(lcModelsTremendous) << "names:" << m_campaigns.size() << "campaigns," << m_products.size() << "products";
    if (!m_errorMessage.isEmpty())
        Q_EMIT loadFailed(m_errorMessage);
    Q_EMIT changed();
}

void NameCache::rebuild() {
    m_campaignNames.clear();
    m_productNames.clear();
    m_productsText.clear();
    m_productList.clear();
    m_campaignNames.reserve(m_campaigns.size());
    for (const Campaign& campaign : std::as_const(m_campaigns)) {
        if (!campaign.id.isEmpty() && !campaign.name.isEmpty())
            m_campaignNames.insert(campaign.id, campaign.name);
    }
    m_productNames.reserve(m_products.size());
    for (const Product& product : std::as_const(m_products)) {
        if (!product.id.isEmpty() && !product.name.isEmpty())
            m_productNames.insert(product.id, product.name);
    }
    const QString separator = tr(", ", "between product names");
    for (const Campaign& campaign : std::as_const(m_campaigns)) {
        if (campaign.id.isEmpty())
            continue;
        QStringList names;
        names.reserve(campaign.productIds.size());
        for (const QString& productId : campaign.productIds)
            names.append(m_productNames.value(productId, productId));
        m_productsText.insert(campaign.id, names.join(separator));
        m_productList.insert(campaign.id, std::move(names));
    }
}

QString NameCache::campaignName(const QString& campaignId) const {
    return m_campaignNames.value(campaignId);
}

QString NameCache::campaignDisplay(const QString& campaignId) const {
    const auto it = m_campaignNames.constFind(campaignId);
    return it == m_campaignNames.cend() ? campaignId : *it;
}

QString NameCache::productName(const QString& productId) const {
    return m_productNames.value(productId);
}

QStringList NameCache::productNames(const QString& campaignId) const {
    return m_productList.value(campaignId);
}

QString NameCache::productNamesText(const QString& campaignId) const {
    return m_productsText.value(campaignId);
}

} // namespace rd::tremendous
