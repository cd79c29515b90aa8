#include "trorderdetailpane.h"

#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "common/inlinemessage.h"
#include "common/jsonview.h"
#include "core/httptransport.h"
#include "tractionflow.h"
#include "tremendous/tremendousclient.h"
#include "tremendous/trformat.h"
#include "tremendous/trnamecache.h"
#include "tremendous/trordermodel.h"
#include "trlog.h"
#include "trorderrewardsview.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString badgeStyle(const QString& background) {
    return u"QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 6px; font-weight: bold; }"_s.arg(
        background);
}

QString statusColour(TrOrderStatus status) {
    switch (status) {
    case TrOrderStatus::PendingApproval:
        return u"#a35200"_s;
    case TrOrderStatus::Executed:
        return u"#2e7d32"_s;
    case TrOrderStatus::Canceled:
    case TrOrderStatus::Failed:
        return u"#b01e23"_s;
    case TrOrderStatus::Open:
    case TrOrderStatus::PendingInternalPaymentApproval:
    case TrOrderStatus::PendingSettlement:
        return u"#1f5f99"_s;
    case TrOrderStatus::Unknown:
        break;
    }
    return u"#6d6d6d"_s;
}

void clearForm(QFormLayout* form) {
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QString formText(const QFormLayout* form) {
    QStringList lines;
    for (int row = 0; row < form->rowCount(); ++row) {
        const auto* label = qobject_cast<const QLabel*>(
            form->itemAt(row, QFormLayout::LabelRole) ? form->itemAt(row, QFormLayout::LabelRole)->widget() : nullptr);
        const auto* field = qobject_cast<const QLabel*>(
            form->itemAt(row, QFormLayout::FieldRole) ? form->itemAt(row, QFormLayout::FieldRole)->widget() : nullptr);
        lines << (label ? label->text() : QString()) + u' ' + (field ? field->text() : QString());
    }
    return lines.join(u'\n');
}

} // namespace

TrOrderDetailPane::TrOrderDetailPane(TremendousClient* client, TrActionFlow* flow, TrNameCache* names,
                                     ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_flow(flow)
    , m_names(names) {
    buildUi(clipboard);
    m_listener = new TrRunObserver(m_message, this);
    if (m_names)
        connect(m_names, &TrNameCache::changed, this, [this] {
            if (m_order)
                showFields();
        });
    if (m_flow) {
        // A run anywhere in the tab disables the buttons (one run at a time) and re-enables them at its end.
        connect(m_flow, &TrActionFlow::runFinished, this, &TrOrderDetailPane::updateActions);
        connect(m_flow, &TrActionFlow::runningChanged, this, &TrOrderDetailPane::updateActions);
        // The vendor's new state of the shown order, in place; a resent or canceled reward: read the order again.
        connect(m_flow, &TrActionFlow::orderChanged, this, [this](const TrOrder& order) {
            if (m_order && m_order->id == order.id)
                setOrder(order);
        });
        connect(m_flow, &TrActionFlow::rewardChanged, this, [this](const QString& rewardId) {
            if (containsReward(rewardId) && !m_loadCall.isActive())
                fetch(m_order->id, true);
        });
    }
    clearOrder();
}

TrOrderDetailPane::~TrOrderDetailPane() {
    m_loadCall.cancel();
}

void TrOrderDetailPane::buildUi(ClipboardGuard* clipboard) {
    m_placeholder = new QLabel(tr("Choose an order in the list, or look one up by its ID or external ID, to see its "
                                  "payment, rewards and delivery states."),
                               this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(24);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_statusBadge = new QLabel(m_content);
    m_statusBadge->setTextFormat(Qt::PlainText);
    m_copyId = new QToolButton(m_content);
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setAutoRaise(true);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_statusBadge);
    titleRow->addStretch(1);

    m_approve = new QPushButton(tr("Approve…"), m_content);
    m_reject = new QPushButton(tr("Reject…"), m_content);
    m_refresh = new QPushButton(tr("Refresh"), m_content);
    m_approve->setToolTip(tr("Approve this order so Tremendous sends its rewards (confirmation and reason first)."));
    m_reject->setToolTip(tr("Reject this order: nothing is sent (confirmation and reason first)."));
    for (QPushButton* button : {m_approve, m_reject, m_refresh})
        button->setAutoDefault(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addStretch(1);
    actions->addWidget(m_copyId);
    actions->addWidget(m_refresh);

    m_message = new InlineMessage(m_content);
    m_actionHint = new QLabel(m_content);
    m_actionHint->setWordWrap(true);
    m_actionHint->setTextFormat(Qt::PlainText);
    QPalette hintPalette = m_actionHint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0x66, 0x3c, 0x00));
    m_actionHint->setPalette(hintPalette);
    m_fieldErrors = new QLabel(m_content);
    m_fieldErrors->setWordWrap(true);
    m_fieldErrors->setTextFormat(Qt::PlainText);
    m_fieldErrors->setStyleSheet(u"QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffcc80; "
                                 "border-radius: 4px; padding: 6px; }"_s);

    auto* detailsBox = new QGroupBox(tr("Order"), m_content);
    m_details = new QFormLayout(detailsBox);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* paymentBox = new QGroupBox(tr("Payment"), m_content);
    m_payment = new QFormLayout(paymentBox);
    m_payment->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_rewardsView = new TrOrderRewardsView(m_client, m_flow, clipboard, m_content);

    m_jsonToggle = new QToolButton(m_content);
    m_jsonToggle->setText(tr("Show raw JSON"));
    m_jsonToggle->setCheckable(true);
    m_jsonToggle->setAutoRaise(true);
    m_json = new JsonView(m_content);
    m_json->setMinimumHeight(180);
    m_json->hide();

    auto* columns = new QHBoxLayout;
    columns->addWidget(detailsBox, 3);
    columns->addWidget(paymentBox, 2);

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(8, 8, 8, 8);
    content->addLayout(titleRow);
    content->addLayout(actions);
    content->addWidget(m_message);
    content->addWidget(m_actionHint);
    content->addWidget(m_fieldErrors);
    content->addLayout(columns);
    content->addWidget(m_rewardsView);
    content->addWidget(m_jsonToggle, 0, Qt::AlignLeft);
    content->addWidget(m_json);
    content->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(scroll, 1);

    connect(m_approve, &QPushButton::clicked, this, &TrOrderDetailPane::approve);
    connect(m_reject, &QPushButton::clicked, this, &TrOrderDetailPane::reject);
    connect(m_refresh, &QPushButton::clicked, this, &TrOrderDetailPane::refresh);
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (!orderId().isEmpty())
            QGuiApplication::clipboard()->setText(orderId());
    });
    connect(m_jsonToggle, &QToolButton::toggled, this, [this](bool on) {
        m_json->setVisible(on);
        m_jsonToggle->setText(on ? tr("Hide raw JSON") : tr("Show raw JSON"));
    });
    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            Q_EMIT accountsRequested();
    });
    scroll->hide();
}

void TrOrderDetailPane::showContent(bool show) {
    m_scroll->setVisible(show);
    m_placeholder->setVisible(!show);
}

bool TrOrderDetailPane::containsReward(const QString& rewardId) const {
    if (!m_order || rewardId.isEmpty())
        return false;
    for (const TrReward& reward : m_order->rewards) {
        if (reward.id == rewardId)
            return true;
    }
    return false;
}

void TrOrderDetailPane::clearOrder() {
    m_loadCall.cancel();
    m_order.reset();
    m_loadingId.clear();
    m_pendingRewardSelection.clear();
    m_message->clearMessage();
    m_json->clearJson();
    m_rewardsView->clear();
    showContent(false);
    updateActions();
}

void TrOrderDetailPane::loadOrder(const QString& idOrExternalId, const QString& selectRewardId) {
    const QString id = idOrExternalId.trimmed();
    if (!m_client || id.isEmpty())
        return;
    m_pendingRewardSelection = selectRewardId;
    if (m_order && m_order->id != id && m_order->externalId != id) {
        // Another order: what the strip and the buttons said was about the previous one.
        m_order.reset();
        m_json->clearJson();
    }
    m_loadingId = id;
    m_message->showMessage(InlineMessage::Kind::Progress, tr("Loading order %1…").arg(id));
    m_loadMessage = true;
    if (!m_order) {
        showContent(true);
        m_title->setText(tr("Order %1").arg(id));
        m_statusBadge->clear();
        m_statusBadge->setStyleSheet({});
        clearForm(m_details);
        clearForm(m_payment);
        m_rewardsView->clear();
        m_fieldErrors->hide();
    }
    fetch(id, false);
    updateActions();
}

void TrOrderDetailPane::fetch(const QString& idOrExternalId, bool quiet) {
    m_loadCall.cancel();
    const QString requested = idOrExternalId;
    const std::optional<Endpoint> endpoint = m_client->currentEndpoint();
    HttpTransport* transport = m_client->transport();
    if (!endpoint || !transport) {
        // The client says in its own words why nothing can be sent (credentials missing or still loading).
        m_loadCall = m_client->order(requested, this, [this, requested, quiet](ApiResult<TrOrder> result) {
            m_loadCall.markFinished();
            onLoaded(requested, std::move(result), {}, quiet);
        });
        return;
    }
    HttpRequest request;
    request.method = "GET";
    request.path = u"/orders/"_s + QString::fromLatin1(QUrl::toPercentEncoding(requested));
    request.kind = RequestKind::Lookup;
    request.label = u"order details"_s;
    request.maxBodyBytes = 16 * 1024 * 1024;
    // Not the id: what the agent typed may be an external id that carries personal data.
    qCDebug(lcTrUi) << "order detail: reading an order";
    m_loadCall = transport->send(*endpoint, request, this, [this, requested, quiet](ApiResult<HttpResponse> response) {
        m_loadCall.markFinished();
        if (!response.ok()) {
            onLoaded(requested, response.error(), {}, quiet);
            return;
        }
        ApiResult<TrOrder> parsed = trParseOrderAnswer(response.value().body);
        QJsonObject raw;
        if (parsed.ok())
            raw = QJsonDocument::fromJson(response.value().body).object().value(u"order"_s).toObject();
        onLoaded(requested, std::move(parsed), raw, quiet);
    });
}

void TrOrderDetailPane::refresh() {
    if (m_order)
        loadOrder(m_order->id, selectedRewardId());
    else if (!m_loadingId.isEmpty())
        loadOrder(m_loadingId, m_pendingRewardSelection);
}

void TrOrderDetailPane::onLoaded(const QString& requested, ApiResult<TrOrder> result, const QJsonObject& raw,
                                 bool quiet) {
    if (!result.ok()) {
        const ApiError& error = result.error();
        m_loadMessage = false;
        QString text;
        if (error.isRejected() && error.httpStatus == 404)
            text = tr("Tremendous has no order with the ID or external ID “%1”. Check it, or look the recipient up "
                      "by e-mail.")
                       .arg(requested);
        else
            text = trLookupErrorMessage(error, m_client ? m_client->accountLabel() : QString());
        if (quiet)
            text = tr("The order could not be read again: %1").arg(text);
        const bool accounts =
            error.kind == ErrorKind::NoCredential || (error.kind == ErrorKind::Auth && error.httpStatus == 401);
        if (accounts)
            m_message->showMessage(InlineMessage::Kind::Error, text, tr("Open Accounts"), u"accounts"_s);
        else
            m_message->showMessage(InlineMessage::Kind::Error, text);
        if (!m_order)
            m_title->setText(tr("Order %1").arg(requested));
        updateActions();
        return;
    }
    if (m_loadMessage)
        m_message->clearMessage();
    m_loadMessage = false;
    const QString select = m_pendingRewardSelection.isEmpty() ? selectedRewardId() : m_pendingRewardSelection;
    m_pendingRewardSelection.clear();
    TrOrder order = std::move(result).value();
    m_order = order;
    m_loadingId = order.id;
    if (!raw.isEmpty())
        m_json->setJson(raw);
    showFields();
    m_rewardsView->setRewards(m_order->rewards, select);
    showContent(true);
    updateActions();
    Q_EMIT orderLoaded(order);
    Q_EMIT orderShown(order.id);
}

void TrOrderDetailPane::setOrder(const TrOrder& order) {
    const bool same = m_order && m_order->id == order.id;
    const QString select = same ? selectedRewardId() : QString();
    if (!same)
        m_message->clearMessage();
    m_order = order;
    m_loadingId = order.id;
    showFields();
    m_rewardsView->setRewards(m_order->rewards, select);
    showContent(true);
    updateActions();
    Q_EMIT orderShown(order.id);
    // The raw JSON view shows what Tremendous said last: read it again quietly.
    if (m_client)
        fetch(order.id, true);
}

void TrOrderDetailPane::showFields() {
    const TrOrder& o = *m_order;
    m_title->setText(tr("Order %1").arg(o.id));
    m_statusBadge->setText(trOrderStatusDisplay(o.statusRaw));
    m_statusBadge->setStyleSheet(badgeStyle(statusColour(o.status)));

    const QString none = tr("—");
    auto add = [this](QFormLayout* form, const QString& label, const QString& value, bool selectable = false) {
        auto* field = new QLabel(value, m_content);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        if (selectable)
            field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };

    clearForm(m_details);
    add(m_details, tr("Status:"), trOrderStatusDisplay(o.statusRaw));
    add(m_details, tr("Channel:"), o.channelRaw.isEmpty() ? none : o.channelRaw);
    if (o.campaignId.isEmpty()) {
        add(m_details, tr("Campaign:"), tr("none (products chosen per order)"));
    } else {
        const QString name = m_names ? m_names->campaignName(o.campaignId) : QString();
        add(m_details, tr("Campaign:"), name.isEmpty() ? o.campaignId : tr("%1  (%2)").arg(name, o.campaignId), true);
        const QString products = m_names ? m_names->productNamesText(o.campaignId) : QString();
        if (!products.isEmpty())
            add(m_details, tr("Products:"), products);
    }
    const qint64 createdMs = trMsecs(o.createdAt);
    QString created = trFormatDateTime(o.createdAt, tr("unknown"));
    if (createdMs >= 0)
        created = tr("%1  ·  %2 ago").arg(created, trAgeText(createdMs, QDateTime::currentMSecsSinceEpoch()));
    add(m_details, tr("Created:"), created);
    add(m_details, tr("External ID:"), o.externalId.isEmpty() ? none : o.externalId, true);
    add(m_details, tr("Invoice:"), o.invoiceId.isEmpty() ? none : o.invoiceId, true);
    add(m_details, tr("Order ID:"), o.id, true);

    clearForm(m_payment);
    if (!o.payment) {
        add(m_payment, tr("Payment:"), tr("not reported by Tremendous"));
    } else {
        const TrPayment& p = *o.payment;
        add(m_payment, tr("Subtotal:"), trFormatMoney(p.subtotal));
        add(m_payment, tr("Fees:"), trFormatMoney(p.fees));
        add(m_payment, tr("Discount:"), trFormatMoney(p.discount));
        add(m_payment, tr("Total:"), trFormatMoney(p.total));
        add(m_payment, tr("Refund:"), p.refund ? trFormatMoney(*p.refund) : tr("none"));
    }

    QStringList errors = o.fieldErrors;
    for (const TrReward& reward : o.rewards)
        errors << reward.fieldErrors;
    m_fieldErrors->setVisible(!errors.isEmpty());
    m_fieldErrors->setText(
        tr("Some values Tremendous sent could not be read and are shown as unknown:\n%1").arg(errors.join(u'\n')));
}

void TrOrderDetailPane::selectReward(const QString& rewardId) {
    m_rewardsView->selectReward(rewardId);
}

QString TrOrderDetailPane::selectedRewardId() const {
    return m_order ? m_rewardsView->selectedRewardId() : QString();
}

QString TrOrderDetailPane::cannotReason() const {
    if (!m_order)
        return {};
    if (m_order->status == TrOrderStatus::Unknown)
        return tr("The order's status is %1: RewardDesk does not act on a status it does not know. Check the "
                  "Tremendous dashboard.")
            .arg(trOrderStatusDisplay(m_order->statusRaw));
    if (!m_order->canApproveOrReject())
        return tr("Only orders pending approval can be approved or rejected; this one is %1.")
            .arg(trOrderStatusDisplay(m_order->statusRaw));
    if (m_flow) {
        const QString locked = m_flow->lockReason(TrAction::Approve, m_order->id);
        if (!locked.isEmpty())
            return locked;
    }
    return {};
}

void TrOrderDetailPane::updateActions() {
    const bool loaded = m_order.has_value();
    const QString reason = cannotReason();
    const bool running = m_flow && m_flow->isRunning();
    const bool can = loaded && reason.isEmpty() && !running && m_flow;
    m_approve->setEnabled(can);
    m_reject->setEnabled(can);
    m_refresh->setEnabled(loaded || !m_loadingId.isEmpty());
    m_copyId->setEnabled(loaded);
    const bool showHint = loaded && !reason.isEmpty() && m_order->status != TrOrderStatus::Executed &&
                          m_order->status != TrOrderStatus::Canceled;
    m_actionHint->setVisible(showHint || (loaded && m_order->status == TrOrderStatus::Unknown));
    m_actionHint->setText(reason);
    m_approve->setToolTip(reason.isEmpty() ? tr("Approve this order so Tremendous sends its rewards (confirmation and "
                                                "reason first).")
                                           : reason);
    m_reject->setToolTip(reason.isEmpty() ? tr("Reject this order: nothing is sent (confirmation and reason first).")
                                          : reason);
    m_rewardsView->updateActions();
}

void TrOrderDetailPane::approve() {
    runAction(TrAction::Approve);
}

void TrOrderDetailPane::reject() {
    runAction(TrAction::Reject);
}

void TrOrderDetailPane::runAction(TrAction action) {
    if (!m_order || !m_flow)
        return;
    const QString reason = cannotReason();
    if (!reason.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning, reason);
        return;
    }
    qCDebug(lcTrUi) << "order detail:" << trActionName(action) << m_order->id;
    m_loadMessage = false;
    // The outcome (or the refusal) shows in this pane's strip.
    m_flow->run(action, {bulkItem(TrOrderRow::fromOrder(*m_order))}, {}, m_listener);
    updateActions();
}

QTableWidget* TrOrderDetailPane::rewardsTable() const {
    return m_rewardsView->table();
}

TrRewardActions* TrOrderDetailPane::rewardActions() const {
    return m_rewardsView->actions();
}

QString TrOrderDetailPane::detailsText() const {
    return m_title->text() + u'\n' + m_statusBadge->text() + u'\n' + formText(m_details);
}

QString TrOrderDetailPane::paymentText() const {
    return formText(m_payment);
}

} // namespace rd
