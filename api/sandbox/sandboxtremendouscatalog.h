#pragma once

#include <QString>

class QJsonObject;

namespace rd {

class SandboxJsonWriter;
class SandboxTremendousData;

// The sandbox's fixed Tremendous account objects, from the seed: eight products (ListProductsResponseProductsInner),
// six campaigns (ListCampaigns200ResponseCampaignsInner; the orders' campaign_id refer to them), the active fraud
// rules (ListFraudRules200ResponseFraudRulesInner; config only for the rules that take one, as the spec says) and the
// four funding sources (ListFundingSources200ResponseFundingSourcesInner: balance, credit_card, bank_account and a
// commercial invoice; each meta carries only the fields the spec documents for its method).
class SandboxTremendousCatalog {
public:
    static constexpr int kProductCount = 8;
    static constexpr int kFundingSourceCount = 4; // balance, credit_card, bank_account, invoice

    static QString productId(quint64 seed, int product);
    static void writeProducts(SandboxJsonWriter& json, quint64 seed);
    static void writeCampaigns(SandboxJsonWriter& json, const SandboxTremendousData& data);
    static void writeFraudRules(SandboxJsonWriter& json);
    // Funding source `index`; the balance (index 0) shows `balanceCents` as available.
    static QJsonObject fundingSource(quint64 seed, int index, qint64 balanceCents);
};

} // namespace rd
