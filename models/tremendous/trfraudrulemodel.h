#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

#include "common/pagedtablemodel.h"
#include "core/callhandle.h"
#include "tremendous/tremendoustypes.h"

namespace rd {

class TremendousClient;

// The organization's fraud rules (GET /fraud_rules), read-only (issue 4): a small unpaged list, loaded whole and
// shown with one model reset. The list states reuse PagedTableModel::State (Idle, Loading, Loaded, Empty, Error).
class TrFraudRuleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rule, Type, Config, ColumnCount };
    enum Role {
        RuleTypeRole = Qt::UserRole + 20, // QString: the raw rule_type
        ConfigJsonRole,                   // QString: the config as indented JSON (for a tooltip or the detail pane)
    };
    using State = PagedTableModel::State;

    // `client` may be null (setRules() only).
    explicit TrFraudRuleModel(TremendousClient* client, QObject* parent = nullptr);
    ~TrFraudRuleModel() override;

    void load(); // a load in flight is cancelled first
    void setRules(QList<TrFraudRule> rules);

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    std::optional<ApiError> error() const { return m_error; }
    const QList<TrFraudRule>& rules() const { return m_rules; }

    // "Countries: US, CA", "IPs: 10.0.0.0/8 +2", "Over 5 rewards in 30 days"... (the known config keys, the rest as
    // "key: value"); "no settings" for an empty config.
    static QString configSummary(const TrFraudRule& rule, const QLocale& locale = QLocale());

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(rd::PagedTableModel::State state);

private:
    void setState(State state);

    QPointer<TremendousClient> m_client;
    QList<TrFraudRule> m_rules;
    QStringList m_summaries; // configSummary() per rule, computed once
    State m_state = State::Idle;
    QString m_errorMessage;
    std::optional<ApiError> m_error;
    CallHandle m_call;
};

} // namespace rd
