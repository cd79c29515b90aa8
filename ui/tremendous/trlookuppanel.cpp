#include "trlookuppanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "common/inlinemessage.h"
#include "common/liststatusbar.h"
#include "common/tablesetup.h"
#include "tractionflow.h"
#include "tremendous/tremendousclient.h"
#include "tremendous/trrewardmodel.h"
#include "trlog.h"
#include "trorderdetailpane.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

int digitCount(const QString& text) {
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits;
}

// "+1 555 123 4567", "(555) 123-4567", "+15551234567": a phone number when it starts with + or is written with
// separators, and has 7 to 15 digits. Plain digits stay an ID (external IDs are often numeric); the Find box can
// force the recipient reading.
bool looksLikePhone(const QString& text) {
    static const QRegularExpression shape(u"^\\+?[0-9 ()./-]+$"_s);
    if (!shape.match(text).hasMatch())
        return false;
    const int digits = digitCount(text);
    if (digits < 7 || digits > 15)
        return false;
    return text.startsWith(u'+') || text.contains(QRegularExpression(u"[ ()./-]"_s));
}

} // namespace

TrLookupPanel::Query TrLookupPanel::parseInput(const QString& input, Kind forced) {
    Query q;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        q.problem = tr("Type an order ID, an external ID, a recipient's e-mail or phone, or label=value for a custom "
                       "field.");
        return q;
    }
    Kind kind = forced;
    if (kind == Kind::Auto) {
        const qsizetype eq = text.indexOf(u'=');
        if (eq > 0 && !text.left(eq).contains(u'@'))
            kind = Kind::CustomField;
        else if (text.contains(u'@') || looksLikePhone(text))
            kind = Kind::Recipient;
        else
            kind = Kind::Order;
    }
    q.kind = kind;
    switch (kind) {
    case Kind::CustomField: {
        const qsizetype eq = text.indexOf(u'=');
        q.label = eq > 0 ? text.left(eq).trimmed() : QString();
        q.value = eq > 0 ? text.mid(eq + 1).trimmed() : QString();
        if (q.label.isEmpty() || q.value.isEmpty())
            q.problem = tr("Write a custom field as label=value, e.g. employee_id=12345.");
        break;
    }
    case Kind::Recipient:
        q.text = text;
        if (text.contains(u'@')) {
            const qsizetype at = text.indexOf(u'@');
            if (at <= 0 || at == text.size() - 1 || text.contains(u' '))
                q.problem = tr("“%1” is not a complete e-mail address.").arg(text);
        } else if (digitCount(text) < 7) {
            q.problem = tr("“%1” is neither an e-mail address nor a phone number.").arg(text);
        }
        break;
    case Kind::Order:
        q.text = text;
        if (text.contains(u'/') || text.size() > 200)
            q.problem = tr("“%1” cannot be an order ID or external ID.").arg(text.left(60));
        break;
    case Kind::Auto:
        break;
    }
    return q;
}

TrLookupPanel::TrLookupPanel(TremendousClient* client, TrActionFlow* flow, TrNameCache* names,
                             ClipboardGuard* clipboard, QSettings* settings, const QString& settingsPrefix,
                             QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_flow(flow)
    , m_model(new TrRewardModel(client, this))
    , m_settings(settings)
    , m_prefix(settingsPrefix)
    , m_kind(new QComboBox(this))
    , m_input(new QLineEdit(this))
    , m_find(new QPushButton(tr("Find"), this))
    , m_partial(new QCheckBox(tr("Partial e-mail/phone"), this))
    , m_message(new InlineMessage(this))
    , m_results(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_view(new QTableView(this))
    , m_status(new ListStatusBar(this))
    , m_detail(new TrOrderDetailPane(client, flow, names, clipboard, this))
    , m_split(new QSplitter(Qt::Horizontal, this)) {
    m_kind->addItem(tr("Anything"), int(Kind::Auto));
    m_kind->addItem(tr("Order ID / external ID"), int(Kind::Order));
    m_kind->addItem(tr("Recipient e-mail / phone"), int(Kind::Recipient));
    m_kind->addItem(tr("Custom field label=value"), int(Kind::CustomField));
    m_kind->setToolTip(tr("“Anything” decides from what you type; choose a kind when the input is ambiguous."));
    m_input->setPlaceholderText(tr("Order ID, external ID, e-mail, +phone, or label=value"));
    m_input->setClearButtonEnabled(true);
    m_input->setMaxLength(500);
    m_input->setAccessibleName(tr("Look up"));
    m_partial->setToolTip(tr("Match recipients whose e-mail or phone contains what you typed."));
    m_find->setAutoDefault(false);
    m_stop->setAutoDefault(false);
    m_stop->setToolTip(tr("Stop reading rewards; the matches found so far stay."));
    auto* label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_input);

    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(24);
    m_hint->setTextFormat(Qt::PlainText);
    m_progress->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    TableSetup::apply(m_view, TableSetup::Sortable);
    TableSetup::addColumnChooser(m_view);
    TableSetup::addCopyAction(m_view);
    const QFontMetrics metrics = m_view->fontMetrics();
    auto fits = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    const QString dateSample = QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat);
    m_view->setColumnWidth(TrRewardModel::Created, fits(dateSample));
    m_view->setColumnWidth(TrRewardModel::RewardId, fits(u"W2MO8FSAY6SZHWZ"_s));
    m_view->setColumnWidth(TrRewardModel::OrderId, fits(u"W2MO8FSAY6SZHWZ"_s));
    m_view->setColumnWidth(TrRewardModel::Recipient, 170);
    m_view->setColumnWidth(TrRewardModel::Method, fits(tr("E-mail")));
    m_view->setColumnWidth(TrRewardModel::Delivery, fits(tr("Delivery failed")));
    m_view->setColumnWidth(TrRewardModel::Amount, fits(u"$1,250.00"_s));
    m_view->setColumnWidth(TrRewardModel::Expires, fits(dateSample));
    // In the order detail beside the list; one right-click on the header brings them into the list.
    m_view->horizontalHeader()->setSectionHidden(TrRewardModel::Method, true);
    m_view->horizontalHeader()->setSectionHidden(TrRewardModel::Expires, true);
    // The amount next to the recipient: both are what an agent compares with what the customer says.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(TrRewardModel::Amount),
                                            m_view->horizontalHeader()->visualIndex(TrRewardModel::Recipient) + 1);
    TableSetup::persistHeader(m_view, m_settings, m_prefix + u"/lookupHeader"_s);
    m_status->bind(m_model);
    m_status->setTexts(tr("Searching rewards…"), tr("No rewards match."), QString());

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(label);
    inputRow->addWidget(m_kind);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_find);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_partial);
    optionsRow->addStretch(1);

    auto* resultsPage = new QWidget(m_results);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    auto* resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(progressRow);
    resultsLayout->addWidget(m_view, 1);
    resultsLayout->addWidget(m_status);
    m_results->addWidget(m_hint);
    m_results->addWidget(resultsPage);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 4);
    leftLayout->addLayout(inputRow);
    leftLayout->addLayout(optionsRow);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_results, 1);
    m_split->addWidget(left);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 5);
    m_split->setStretchFactor(1, 4);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({760, 520});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    if (m_settings) {
        m_split->restoreState(m_settings->value(m_prefix + u"/lookupSplit"_s).toByteArray());
        m_partial->setChecked(m_settings->value(m_prefix + u"/lookupPartial"_s, false).toBool());
    }
    showResults(false, tr("Rewards found by recipient or custom field are listed here; an order ID or external ID "
                          "opens the order on the right."));
    m_stop->hide();

    m_selectTimer.setSingleShot(true);
    m_selectTimer.setInterval(150);

    connect(m_input, &QLineEdit::returnPressed, this, [this] { lookUp(m_input->text()); });
    connect(m_find, &QPushButton::clicked, this, [this] { lookUp(m_input->text()); });
    connect(m_stop, &QPushButton::clicked, this, &TrLookupPanel::stopSearch);
    connect(m_partial, &QCheckBox::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setValue(m_prefix + u"/lookupPartial"_s, on);
    });
    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            Q_EMIT accountsRequested();
    });
    connect(m_model, &TrRewardModel::progressChanged, this, &TrLookupPanel::onModelState);
    connect(m_model, &TrRewardModel::stateChanged, this, &TrLookupPanel::onModelState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(&m_selectTimer, &QTimer::timeout, this, &TrLookupPanel::onCurrentChanged);
    connect(m_view, &QTableView::activated, this, [this] {
        m_selectTimer.stop();
        onCurrentChanged();
    });
    connect(m_detail, &TrOrderDetailPane::accountsRequested, this, &TrLookupPanel::accountsRequested);
    connect(m_detail, &TrOrderDetailPane::orderLoaded, this, &TrLookupPanel::onOrderLoaded);
    if (m_flow)
        connect(m_flow, &TrActionFlow::rewardChanged, this, &TrLookupPanel::onRewardChanged);
}

TrLookupPanel::~TrLookupPanel() {
    if (m_settings)
        m_settings->setValue(m_prefix + u"/lookupSplit"_s, m_split->saveState());
}

void TrLookupPanel::setKind(Kind kind) {
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
}

bool TrLookupPanel::resultsShown() const {
    return m_results->currentIndex() == 1;
}

void TrLookupPanel::showResults(bool show, const QString& hint) {
    if (!hint.isEmpty())
        m_hint->setText(hint);
    m_results->setCurrentIndex(show ? 1 : 0);
}

void TrLookupPanel::focusSearch() {
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void TrLookupPanel::lookUp(const QString& input) {
    const Query q = parseInput(input, Kind(m_kind->currentData().toInt()));
    if (!q.problem.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Error, q.problem);
        return;
    }
    m_message->clearMessage();
    m_lastInput = input;
    m_input->setText(input.trimmed());
    switch (q.kind) {
    case Kind::Order:
        qCDebug(lcTrUi) << "lookup: order";
        showResults(false, tr("Order “%1” is shown on the right.").arg(q.text));
        m_detail->loadOrder(q.text);
        break;
    case Kind::Recipient:
        qCDebug(lcTrUi) << "lookup: rewards by recipient";
        m_searched = true;
        showResults(true);
        m_status->setTexts(tr("Reading every reward to find this recipient…"),
                           tr("No reward went to %1. Check the spelling, or try a partial match.").arg(q.text),
                           QString());
        m_model->findByRecipient(q.text,
                                 m_partial->isChecked() ? TrRewardModel::Match::Contains : TrRewardModel::Match::Exact);
        m_view->setFocus(Qt::OtherFocusReason);
        break;
    case Kind::CustomField:
        qCDebug(lcTrUi) << "lookup: rewards by custom field";
        m_searched = true;
        showResults(true);
        m_status->setTexts(tr("Asking Tremendous for rewards with %1 = %2…").arg(q.label, q.value),
                           tr("No reward has the custom field %1 = %2.").arg(q.label, q.value), QString());
        m_model->findByCustomField(q.label, q.value);
        m_view->setFocus(Qt::OtherFocusReason);
        break;
    case Kind::Auto:
        break;
    }
    onModelState();
}

void TrLookupPanel::refresh() {
    if (m_searched && resultsShown())
        m_model->reload();
    if (m_detail->order())
        m_detail->refresh();
}

void TrLookupPanel::stopSearch() {
    m_model->cancelLoading();
    onModelState();
}

void TrLookupPanel::onModelState() {
    const bool loading = m_model->state() == TrRewardModel::State::Loading;
    const bool walking = m_model->mode() != TrRewardModel::Mode::ByCustomField;
    m_stop->setVisible(loading && m_searched);
    m_find->setEnabled(true);
    m_progress->setVisible(m_searched);
    if (m_searched)
        m_progress->setText(walking ? m_model->progressText() : m_model->countText());
    // The first match becomes current, so Enter/arrow keys work at once and its order shows.
    if (m_searched && !m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TrLookupPanel::onCurrentChanged() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString rewardId = current.data(TrRewardModel::RowIdRole).toString();
    const QString orderId = current.data(TrRewardModel::OrderIdRole).toString();
    if (orderId.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning,
                               tr("Tremendous reported no order for reward %1.").arg(rewardId));
        return;
    }
    if (m_detail->orderId() == orderId && !m_detail->isLoading())
        m_detail->selectReward(rewardId);
    else
        m_detail->loadOrder(orderId, rewardId);
}

void TrLookupPanel::onOrderLoaded(const TrOrder& order) {
    // The order's rewards are fresher than the list's copies: replace them in place.
    for (const TrReward& reward : order.rewards) {
        if (m_model->findRow(reward.id))
            m_model->replaceReward(reward);
    }
}

void TrLookupPanel::onRewardChanged(const QString& rewardId) {
    if (!m_client || !m_model->findRow(rewardId) || m_detail->containsReward(rewardId))
        return; // the detail pane reads the order again, and onOrderLoaded() updates the row
    // Bound to this panel: a closed tab never receives the answer.
    m_client->reward(rewardId, this, [this](ApiResult<TrReward> result) {
        if (result.ok())
            m_model->replaceReward(result.value());
    });
}

} // namespace rd
