#include "ui/tremendous/lookuppage.h"

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
#include <QTableView>
#include <QVBoxLayout>

#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/rewardmodel.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/log.h"
#include "ui/tremendous/orderdetailpane.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

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

LookupPage::Query LookupPage::parseInput(const QString& input, Kind forced) {
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

LookupPage::LookupPage(Client* client, ActionFlow* flow, NameCache* names, ClipboardGuard* clipboard,
                       QSettings* settings, const QString& settingsPrefix, QWidget* parent)
    : ListDetailPage(settings, settingsPrefix + u"/lookup"_s, parent)
    , m_client(client)
    , m_flow(flow)
    , m_model(new RewardModel(client, this))
    , m_prefix(settingsPrefix)
    , m_kind(new QComboBox(this))
    , m_input(new QLineEdit(this))
    , m_find(new QPushButton(tr("Find"), this))
    , m_partial(new QCheckBox(tr("Partial e-mail/phone"), this))
    , m_hint(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progressRow(new QWidget(this))
    , m_detail(new OrderDetailPane(client, flow, names, clipboard, this)) {
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

    setModel(m_model, TableSetup::Sortable);
    const QFontMetrics metrics = view()->fontMetrics();
    auto fits = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    const QString dateSample = QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat);
    view()->setColumnWidth(RewardModel::Created, fits(dateSample));
    view()->setColumnWidth(RewardModel::RewardId, fits(u"W2MO8FSAY6SZHWZ"_s));
    view()->setColumnWidth(RewardModel::OrderId, fits(u"W2MO8FSAY6SZHWZ"_s));
    view()->setColumnWidth(RewardModel::Recipient, 170);
    view()->setColumnWidth(RewardModel::Method, fits(tr("E-mail")));
    view()->setColumnWidth(RewardModel::Delivery, fits(tr("Delivery failed")));
    view()->setColumnWidth(RewardModel::Amount, fits(u"$1,250.00"_s));
    view()->setColumnWidth(RewardModel::Expires, fits(dateSample));
    // In the order detail beside the list; one right-click on the header brings them into the list.
    view()->horizontalHeader()->setSectionHidden(RewardModel::Method, true);
    view()->horizontalHeader()->setSectionHidden(RewardModel::Expires, true);
    // The amount next to the recipient: both are what an agent compares with what the customer says.
    view()->horizontalHeader()->moveSection(view()->horizontalHeader()->visualIndex(RewardModel::Amount),
                                            view()->horizontalHeader()->visualIndex(RewardModel::Recipient) + 1);
    persistColumns();
    status()->bind(m_model);
    status()->setTexts(tr("Searching rewards…"), tr("No rewards match."), QString());

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(label);
    inputRow->addWidget(m_kind);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_find);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_partial);
    optionsRow->addStretch(1);
    auto* progressRow = new QHBoxLayout(m_progressRow);
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    // The list comes from the search above it: no filter box; the hint stands where the results go.
    hideFilterRow();
    addAboveFilter(inputRow);
    addAboveFilter(optionsRow);
    addBelowFilter(m_progressRow);
    addAboveStatus(m_hint, 1);
    setDetail(m_detail, 5, 4, {760, 520});
    if (settings)
        m_partial->setChecked(settings->value(m_prefix + u"/lookupPartial"_s, false).toBool());
    showResults(false, tr("Rewards found by recipient or custom field are listed here; an order ID or external ID "
                          "opens the order on the right."));
    m_stop->hide();

    m_selectTimer.setSingleShot(true);
    m_selectTimer.setInterval(150);

    connect(m_input, &QLineEdit::returnPressed, this, [this] { lookUp(m_input->text()); });
    connect(m_find, &QPushButton::clicked, this, [this] { lookUp(m_input->text()); });
    connect(m_stop, &QPushButton::clicked, this, &LookupPage::stopSearch);
    connect(m_partial, &QCheckBox::toggled, this, [this](bool on) {
        if (QSettings* saved = this->settings())
            saved->setValue(m_prefix + u"/lookupPartial"_s, on);
    });
    connect(m_model, &RewardModel::progressChanged, this, &LookupPage::onModelState);
    connect(m_model, &RewardModel::stateChanged, this, &LookupPage::onModelState);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_selectTimer.start(); });
    connect(&m_selectTimer, &QTimer::timeout, this, &LookupPage::onCurrentChanged);
    connect(view(), &QTableView::activated, this, [this] {
        m_selectTimer.stop();
        onCurrentChanged();
    });
    connect(m_detail, &OrderDetailPane::orderLoaded, this, &LookupPage::onOrderLoaded);
    if (m_flow)
        connect(m_flow, &ActionFlow::rewardChanged, this, &LookupPage::onRewardChanged);
}

LookupPage::~LookupPage() = default;

QString LookupPage::pageTitle() const {
    return tr("Lookup");
}

QString LookupPage::pageToolTip() const {
    return tr("Find an order or a recipient's rewards");
}

void LookupPage::setKind(Kind kind) {
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
}

void LookupPage::showResults(bool show, const QString& hint) {
    if (!hint.isEmpty())
        m_hint->setText(hint);
    m_resultsShown = show;
    m_hint->setVisible(!show);
    view()->setVisible(show);
    status()->setVisible(show);
    m_progressRow->setVisible(show);
}

bool LookupPage::focusSearch() {
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
    return true;
}

void LookupPage::lookUp(const QString& input) {
    const Query q = parseInput(input, Kind(m_kind->currentData().toInt()));
    if (!q.problem.isEmpty()) {
        message()->showMessage(InlineMessage::Kind::Error, q.problem);
        return;
    }
    message()->clearMessage();
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
        status()->setTexts(tr("Reading every reward to find this recipient…"),
                           tr("No reward went to %1. Check the spelling, or try a partial match.").arg(q.text),
                           QString());
        m_model->findByRecipient(q.text,
                                 m_partial->isChecked() ? RewardModel::Match::Contains : RewardModel::Match::Exact);
        view()->setFocus(Qt::OtherFocusReason);
        break;
    case Kind::CustomField:
        qCDebug(lcTrUi) << "lookup: rewards by custom field";
        m_searched = true;
        showResults(true);
        status()->setTexts(tr("Asking Tremendous for rewards with %1 = %2…").arg(q.label, q.value),
                           tr("No reward has the custom field %1 = %2.").arg(q.label, q.value), QString());
        m_model->findByCustomField(q.label, q.value);
        view()->setFocus(Qt::OtherFocusReason);
        break;
    case Kind::Auto:
        break;
    }
    onModelState();
}

void LookupPage::refresh() {
    if (m_searched && resultsShown())
        m_model->reload();
    if (m_detail->order())
        m_detail->refresh();
}

void LookupPage::stopSearch() {
    m_model->cancelLoading();
    onModelState();
}

void LookupPage::onModelState() {
    const bool loading = m_model->state() == RewardModel::State::Loading;
    const bool walking = m_model->mode() != RewardModel::Mode::ByCustomField;
    m_stop->setVisible(loading && m_searched);
    m_find->setEnabled(true);
    m_progress->setVisible(m_searched);
    if (m_searched)
        m_progress->setText(walking ? m_model->progressText() : m_model->countText());
    // The first match becomes current, so Enter/arrow keys work at once and its order shows.
    if (m_searched && !view()->currentIndex().isValid() && m_model->rowCount() > 0)
        view()->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void LookupPage::onCurrentChanged() {
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const QString rewardId = current.data(RewardModel::RowIdRole).toString();
    const QString orderId = current.data(RewardModel::OrderIdRole).toString();
    if (orderId.isEmpty()) {
        message()->showMessage(InlineMessage::Kind::Warning,
                               tr("Tremendous reported no order for reward %1.").arg(rewardId));
        return;
    }
    if (m_detail->orderId() == orderId && !m_detail->isLoading())
        m_detail->selectReward(rewardId);
    else
        m_detail->loadOrder(orderId, rewardId);
}

void LookupPage::onOrderLoaded(const Order& order) {
    // The order's rewards are fresher than the list's copies: replace them in place.
    for (const Reward& reward : order.rewards) {
        if (m_model->findRow(reward.id))
            m_model->replaceReward(reward);
    }
}

void LookupPage::onRewardChanged(const QString& rewardId) {
    if (!m_client || !m_model->findRow(rewardId) || m_detail->containsReward(rewardId))
        return; // the detail pane reads the order again, and onOrderLoaded() updates the row
    // Bound to this panel: a closed tab never receives the answer.
    m_client->reward(rewardId, this, [this](ApiResult<Reward> result) {
        if (result.ok())
            m_model->replaceReward(result.value());
    });
}

} // namespace rd::tremendous
