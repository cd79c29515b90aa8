#pragma once

#include <QList>
#include <QPointer>

#include "models/common/loadoncelistmodel.h"
#include "tremendous/tremendoustypes.h"

namespace rd {

class TremendousClient;

// The organization's fraud rules (GET /fraud_rules), read-only (issue 4): a small unpaged list, loaded whole and
// shown with one model reset. States and errors: LoadOnceListModel.
class TrFraudRuleModel : public LoadOnceListModel {
    Q_OBJECT
public:
    enum Column { Rule, Type, Config, ColumnCount };
    enum Role {
        RuleTypeRole = Qt::UserRole + 20, // QString: the raw rule_type
        ConfigJsonRole,                   // QString: the config as indented JSON (for a tooltip or the detail pane)
    };
    // `client` may be null (setRules() only).
    explicit TrFraudRuleModel(TremendousClient* client, QObject* parent = nullptr);
    ~TrFraudRuleModel() override;

    void load(); // a load in flight is cancelled first
    void setRules(QList<TrFraudRule> rules);

    const QList<TrFraudRule>& rules() const { return m_rules; }

    // "Countries: US, CA", "IPs: 10.0.0.0/8 +2", "Over 5 rewards in 30 days"... (the known config keys, the rest as
    // "key: value"); "no settings" for an empty config.
    static QString configSummary(const TrFraudRule& rule, const QLocale& locale = QLocale());

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_rules.size()); }

    QPointer<TremendousClient> m_client;
    QList<TrFraudRule> m_rules;
    QStringList m_summaries; // configSummary() per rule, computed once
};

} // namespace rd
