#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

#include "api/core/apierror.h"
#include "api/core/callhandle.h"
#include "api/tremendous/tremendoustypes.h"

namespace rd::tremendous {

class Client;

// Campaign and product names for the Tremendous tab. Loads GET /campaigns and GET /products once per tab (reload();
// both requests at once, small unpaged lists), then answers by id on the GUI thread in O(1). changed() is emitted once
// when both lists have arrived (or one of them, if the other failed: names that could be resolved are shown, ids
// otherwise) so the order model repaints its name columns with ONE dataChanged over those columns.
class NameCache : public QObject {
    Q_OBJECT
public:
    // `client` may be null (setData() only, e.g. in tests).
    explicit NameCache(Client* client, QObject* parent = nullptr);
    ~NameCache() override;

    void reload(); // requests in flight are cancelled first
    // Replaces everything at once (tests, or data obtained elsewhere); emits changed().
    void setData(QList<Campaign> campaigns, QList<Product> products);

    bool isLoading() const { return m_waitingCampaigns || m_waitingProducts; }
    bool hasData() const { return m_loaded; }               // at least one list arrived
    QString errorMessage() const { return m_errorMessage; } // translated; empty when both lists loaded

    // Empty when unknown.
    QString campaignName(const QString& campaignId) const;
    // The name, or the id itself when the name is not known (yet).
    QString campaignDisplay(const QString& campaignId) const;
    QString productName(const QString& productId) const; // empty when unknown
    // The campaign's products as names (ids for unknown products), in the campaign's order.
    QStringList productNames(const QString& campaignId) const;
    // The same joined for a table cell: "Amazon.com, Visa Prepaid Card" (precomputed, no allocation per paint).
    QString productNamesText(const QString& campaignId) const;

    const QList<Campaign>& campaigns() const { return m_campaigns; }
    const QList<Product>& products() const { return m_products; }

Q_SIGNALS:
    void changed();
    void loadFailed(const QString& message); // translated; the ids stay visible

private:
    void onCampaigns(ApiResult<QList<Campaign>> result);
    void onProducts(ApiResult<QList<Product>> result);
    void rebuild();
    void finishIfDone();

    QPointer<Client> m_client;
    QList<Campaign> m_campaigns;
    QList<Product> m_products;
    QHash<QString, QString> m_campaignNames;   // campaign id -> name
    QHash<QString, QString> m_productNames;    // product id -> name
    QHash<QString, QString> m_productsText;    // campaign id -> "name, name"
    QHash<QString, QStringList> m_productList; // campaign id -> names
    CallHandle m_campaignCall;
    CallHandle m_productCall;
    QString m_errorMessage;
    bool m_loaded = false;
    bool m_waitingCampaigns = false;
    bool m_waitingProducts = false;
};

} // namespace rd::tremendous
