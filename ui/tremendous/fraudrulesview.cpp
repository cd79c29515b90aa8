#include "ui/tremendous/fraudrulesview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/tremendous/fraudrulemodel.h"
#include "ui/common/jsonview.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

FraudRulesView::FraudRulesView(Client* client, QSettings* settings, const QString& settingsPrefix, QWidget* parent)
    : VendorPage(parent)
    , m_model(new FraudRuleModel(client, this))
    , m_view(new QTableView(this))
    , m_status(new ListStatusBar(this))
    , m_configTitle(new QLabel(this))
    , m_config(new JsonView(this))
    , m_refresh(new QPushButton(tr("Refresh"), this)) {
    auto* title = new QLabel(tr("Fraud rules (read-only)"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* explanation =
        new QLabel(tr("Tremendous checks every redemption against these rules. A redemption that matches a review "
                      "rule is held and appears under Fraud reviews, where you release or block it; an allow rule "
                      "lets matching recipients through without review. Rules are changed in the Tremendous "
                      "dashboard (Fraud prevention), not here."),
                   this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    m_refresh->setAutoDefault(false);

    m_view->setModel(m_model);
    TableSetup::apply(m_view, 0);
    TableSetup::addColumnChooser(m_view);
    TableSetup::addCopyAction(m_view);
    m_view->setColumnWidth(FraudRuleModel::Rule, 440);
    m_view->setColumnWidth(FraudRuleModel::Type, 260);
    TableSetup::persistHeader(m_view, settings, settingsPrefix + u"/fraudRulesHeader"_s);
    m_status->setTexts(tr("Loading fraud rules…"),
                       tr("This organization has no fraud rules: Tremendous applies only its own checks."),
                       tr("Not loaded yet."));

    m_configTitle->setTextFormat(Qt::PlainText);
    m_config->setMinimumHeight(120);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_refresh);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_view, 1);
    upperLayout->addWidget(m_status);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_configTitle);
    lowerLayout->addWidget(m_config, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(top);
    layout->addWidget(explanation);
    layout->addWidget(split, 1);

    connect(m_model, &FraudRuleModel::stateChanged, this, &FraudRulesView::onStateChanged);
    connect(m_model, &FraudRuleModel::modelReset, this, &FraudRulesView::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FraudRulesView::onCurrentChanged);
    connect(m_status, &ListStatusBar::retryRequested, m_model, &FraudRuleModel::load);
    connect(m_refresh, &QPushButton::clicked, this, &FraudRulesView::refresh);
    onStateChanged();
    onCurrentChanged();
}

void FraudRulesView::ensureLoaded() {
    if (m_model->state() == FraudRuleModel::State::Idle)
        m_model->load();
}

void FraudRulesView::refresh() {
    m_model->load();
}

void FraudRulesView::onStateChanged() {
    const auto state = m_model->state();
    const int count = m_model->rowCount();
    m_status->setState(state, count > 0 ? tr("%n rule(s)", nullptr, count) : QString(), m_model->errorMessage());
    m_refresh->setEnabled(state != FraudRuleModel::State::Loading);
    if (count > 0 && !m_view->currentIndex().isValid())
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void FraudRulesView::onCurrentChanged() {
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    if (row < 0 || row >= m_model->rules().size()) {
        m_configTitle->setText(tr("Settings of the selected rule"));
        m_config->clearJson();
        return;
    }
    const FraudRule& rule = m_model->rules().at(row);
    m_configTitle->setText(tr("Settings of “%1”").arg(fraudRuleDisplay(rule.ruleTypeRaw)));
    m_config->setJson(rule.config);
}

QString FraudRulesView::pageTitle() const {
    return tr("Fraud rules");
}

QString FraudRulesView::pageToolTip() const {
    return tr("The organization's fraud rules, read-only");
}

bool FraudRulesView::focusSearch() {
    return false; // nothing to search: Ctrl+F goes to Lookup
}

} // namespace rd::tremendous
