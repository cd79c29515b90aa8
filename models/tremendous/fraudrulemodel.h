#pragma once

#include <QList>
#include <QPointer>

#include "api/tremendous/tremendoustypes.h"
#include "models/common/loadoncelistmodel.h"

namespace rd::tremendous {

class Client;

// The organization's fraud rules (GET /fraud_rules), read-only: a small unpaged list, loaded whole and
// shown with one model reset. States and errors: LoadOnceListModel.
class FraudRuleModel : public LoadOnceListModel {
    Q_OBJECT
public:
    enum Column { Rule, Type, Config, ColumnCount };
    enum Role {
        RuleTypeRole = Qt::UserRole + 20, // QString: the raw rule_type
        ConfigJsonRole,                   // QString: the config as indented JSON (for a tooltip or the detail pane)
    };
    // `client` may be null (setRules() only).
    explicit FraudRuleModel(Client* client, QObject* parent = nullptr);
    ~FraudRuleModel() override;

    void load(); // a load in flight is cancelled first
    void setRules(QList<FraudRule> rules);

    const QList<FraudRule>& rules() const { return m_rules; }

    // "Countries: US, CA", "IPs: 10.0.0.0/8 +2", "Over 5 rewards in 30 days"... (the known config keys, the rest as
    // "key: value"); "no settings" for an empty config.
    static QString configSummary(const FraudRule& rule, const QLocale& locale = QLocale());

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_rules.size()); }

    QPointer<Client> m_client;
    QList<FraudRule> m_rules;
    QStringList m_summaries; // configSummary() per rule, computed once
};

} // namespace rd::tremendous
