#include "models/tremendous/fraudrulemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include "api/tremendous/tremendousactions.h"
#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/format.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

constexpr int kListPreview = 3; // list items shown before "+N"

QString valueText(const QJsonValue& value, const QLocale& locale) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? locale.toString(qint64(d)) : locale.toString(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? FraudRuleModel::tr("yes") : FraudRuleModel::tr("no");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// "US, CA, MX +4"
QString listText(const QJsonValue& value, const QLocale& locale) {
    if (!value.isArray())
        return valueText(value, locale);
    const QJsonArray array = value.toArray();
    QStringList shown;
    for (qsizetype i = 0; i < array.size() && i < kListPreview; ++i)
        shown.append(valueText(array.at(i), locale));
    QString text = shown.join(u", "_s);
    if (array.size() > kListPreview)
        text = FraudRuleModel::tr("%1 +%2", "first items, number of other items")
                   .arg(text, locale.toString(array.size() - kListPreview));
    return text;
}

QString periodText(const QJsonValue& period, const QLocale& locale) {
    const QString raw = period.isString() ? period.toString() : valueText(period, locale);
    if (raw == u"all_time")
        return FraudRuleModel::tr("all time");
    bool ok = false;
    const int days = raw.toInt(&ok);
    return ok ? FraudRuleModel::tr("%n day(s)", nullptr, days) : raw;
}

} // namespace

FraudRuleModel::FraudRuleModel(Client* client, QObject* parent)
    : LoadOnceListModel(Vendor::Tremendous, ColumnCount, parent)
    , m_client(client) {}

FraudRuleModel::~FraudRuleModel() = default;

void FraudRuleModel::load() {
    startLoad<QList<FraudRule>>(
        m_client, [this](Done<QList<FraudRule>> done) { return m_client->fraudRules(this, std::move(done)); },
        [this](QList<FraudRule> rules) { setRules(std::move(rules)); },
        [this](const ApiError& error) {
            qCWarning(lcModelsTremendous) << "fraud rules failed:" << error.technical;
            return lookupErrorMessage(error, m_client ? m_client->accountLabel() : QString());
        });
}

void FraudRuleModel::setRules(QList<FraudRule> rules) {
    beginResetModel();
    m_rules = std::move(rules);
    m_summaries.clear();
    m_summaries.reserve(m_rules.size());
    for (const FraudRule& rule : std::as_const(m_rules))
        m_summaries.append(configSummary(rule));
    endResetModel();
    finishLoad(m_rules.isEmpty());
}

QString FraudRuleModel::configSummary(const FraudRule& rule, const QLocale& locale) {
    const QJsonObject& c = rule.config;
    if (c.isEmpty())
        return tr("no settings");
    QStringList parts;
    QStringList handled;
    if (c.contains(u"countries"_s)) {
        const QString list = listText(c.value(u"countries"_s), locale);
        const QString type = c.value(u"type"_s).toString();
        if (type == u"whitelist")
            parts.append(tr("All countries except: %1").arg(list));
        else if (type == u"blacklist")
            parts.append(tr("Countries: %1").arg(list));
        else
            parts.append(tr("Countries (%1): %2").arg(type.isEmpty() ? tr("type missing") : type, list));
        handled << u"countries"_s << u"type"_s;
    }
    if (c.contains(u"ips"_s)) {
        parts.append(tr("IPs: %1").arg(listText(c.value(u"ips"_s), locale)));
        handled << u"ips"_s;
    }
    if (c.contains(u"emails"_s)) {
        parts.append(tr("E-mails: %1").arg(listText(c.value(u"emails"_s), locale)));
        handled << u"emails"_s;
    }
    if (c.contains(u"domains"_s)) {
        parts.append(tr("Domains: %1").arg(listText(c.value(u"domains"_s), locale)));
        handled << u"domains"_s;
    }
    if (c.contains(u"amount"_s)) {
        const QString period = c.contains(u"period"_s) ? periodText(c.value(u"period"_s), locale) : QString();
        const QString amount = valueText(c.value(u"amount"_s), locale);
        if (rule.ruleTypeRaw == u"review_redeemed_rewards_count")
            parts.append(period.isEmpty() ? tr("More than %1 rewards").arg(amount)
                                          : tr("More than %1 rewards in %2").arg(amount, period));
        else if (rule.ruleTypeRaw == u"review_redeemed_rewards_amount")
            parts.append(period.isEmpty()
                             ? tr("More than %1 redeemed (organization currency)").arg(amount)
                             : tr("More than %1 redeemed in %2 (organization currency)").arg(amount, period));
        else
            parts.append(tr("Amount: %1").arg(amount));
        handled << u"amount"_s << u"period"_s;
    }
    if (c.contains(u"skip_apple_private_relay"_s)) {
        parts.append(c.value(u"skip_apple_private_relay"_s).toBool() ? tr("Apple Private Relay not reviewed")
                                                                     : tr("Apple Private Relay reviewed"));
        handled << u"skip_apple_private_relay"_s;
    }
    for (auto it = c.begin(); it != c.end(); ++it) {
        if (!handled.contains(it.key()))
            parts.append(tr("%1: %2", "config key: value").arg(it.key(), listText(it.value(), locale)));
    }
    return parts.join(u"; "_s);
}

QVariant FraudRuleModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FraudRule& rule = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Rule:
            return fraudRuleDisplay(rule.ruleTypeRaw);
        case Type:
            return rule.ruleTypeRaw;
        case Config:
            return m_summaries.value(index.row());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Config)
            return QString::fromUtf8(QJsonDocument(rule.config).toJson(QJsonDocument::Indented));
        return {};
    case RuleTypeRole:
        return rule.ruleTypeRaw;
    case ConfigJsonRole:
        return QString::fromUtf8(QJsonDocument(rule.config).toJson(QJsonDocument::Indented));
    default:
        return {};
    }
}

QVariant FraudRuleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Rule:
        return tr("Rule");
    case Type:
        return tr("Type");
    case Config:
        return tr("Settings");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rd::tremendous
