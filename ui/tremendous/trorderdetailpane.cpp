#include "trorderdetailpane.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
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

Palette::Tone statusTone(TrOrderStatus status) {
    switch (status) {
    case TrOrderStatus::PendingApproval:
        return Palette::Tone::Warning;
    case TrOrderStatus::Executed:
        return Palette::Tone::Success;
    case TrOrderStatus::Canceled:
    case TrOrderStatus::Failed:
        return Palette::Tone::Error;
    case TrOrderStatus::Open:
    case TrOrderStatus::PendingInternalPaymentApproval:
    case TrOrderStatus::PendingSettlement:
        return Palette::Tone::Info;
    case TrOrderStatus::Unknown:
        break;
    }
    return Palette::Tone::Neutral;
}

} // namespace

TrOrderDetailPane::TrOrderDetailPane(TremendousClient* client, TrActionFlow* flow, TrNameCache* names,
                                     ClipboardGuard* clipboard, QWidget* parent)
    : DetailPane(tr("Choose an order in the list, or look one up by its ID or external ID, to see its payment, "
                    "rewards and delivery states."),
                 parent)
    , m_client(client)
    , m_flow(flow)
    , m_names(names) {
    buildUi(clipboard);
    m_listener = new TrRunObserver(message(), this);
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
    m_statusBadge = makeBadge();
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(titleLabel());
    titleRow->addWidget(m_statusBadge);
    titleRow->addStretch(1);

    m_approve = new QPushButton(tr("Approve…"), content());
    m_reject = new QPushButton(tr("Reject…"), content());
    m_approve->setToolTip(tr("Approve this order so Tremendous sends its rewards (confirmation and reason first)."));
    m_reject->setToolTip(tr("Reject this order: nothing is sent (confirmation and reason first)."));
    for (QPushButton* button : {m_approve, m_reject})
        button->setAutoDefault(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addStretch(1);
    actions->addWidget(copyIdButton());
    actions->addWidget(refreshButton());

    auto* detailsBox = new QGroupBox(tr("Order"), content());
    m_details = makeForm(detailsBox);
    auto* paymentBox = new QGroupBox(tr("Payment"), content());
    m_payment = makeForm(paymentBox);
    m_rewardsView = new TrOrderRewardsView(m_client, m_flow, clipboard, content());
    auto* columns = new QHBoxLayout;
    columns->addWidget(detailsBox, 3);
    columns->addWidget(paymentBox, 2);

    addHeader(titleRow, actions);
    contentLayout()->addLayout(columns);
    contentLayout()->addWidget(m_rewardsView);
    finishContent();

    connect(m_approve, &QPushButton::clicked, this, &TrOrderDetailPane::approve);
    connect(m_reject, &QPushButton::clicked, this, &TrOrderDetailPane::reject);
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
    message()->clearMessage();
    jsonView()->clearJson();
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
        jsonView()->clearJson();
    }
    m_loadingId = id;
    message()->showMessage(InlineMessage::Kind::Progress, tr("Loading order %1…").arg(id));
    m_loadMessage = true;
    if (!m_order) {
        showContent(true);
        titleLabel()->setText(tr("Order %1").arg(id));
        clearBadge(m_statusBadge);
        clearForm(m_details);
        clearForm(m_payment);
        m_rewardsView->clear();
        setFieldErrors({}, {});
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
            message()->showMessage(InlineMessage::Kind::Error, text, tr("Open Accounts"), u"accounts"_s);
        else
            message()->showMessage(InlineMessage::Kind::Error, text);
        if (!m_order)
            titleLabel()->setText(tr("Order %1").arg(requested));
        updateActions();
        return;
    }
    if (m_loadMessage)
        message()->clearMessage();
    m_loadMessage = false;
    const QString select = m_pendingRewardSelection.isEmpty() ? selectedRewardId() : m_pendingRewardSelection;
    m_pendingRewardSelection.clear();
    TrOrder order = std::move(result).value();
    m_order = order;
    m_loadingId = order.id;
    if (!raw.isEmpty())
        jsonView()->setJson(raw);
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
        message()->clearMessage();
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
    titleLabel()->setText(tr("Order %1").arg(o.id));
    setBadge(m_statusBadge, trOrderStatusDisplay(o.statusRaw), statusTone(o.status));

    const QString none = tr("—");
    auto add = [this](QFormLayout* form, const QString& label, const QString& value, bool selectable = false) {
        addFormRow(form, label, value, selectable);
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
    setFieldErrors(tr("Some values Tremendous sent could not be read and are shown as unknown:"), errors);
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
    refreshButton()->setEnabled(loaded || !m_loadingId.isEmpty());
    copyIdButton()->setEnabled(loaded);
    const bool showHint = loaded && !reason.isEmpty() && m_order->status != TrOrderStatus::Executed &&
                          m_order->status != TrOrderStatus::Canceled;
    actionHint()->setVisible(showHint || (loaded && m_order->status == TrOrderStatus::Unknown));
    actionHint()->setText(reason);
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
        message()->showMessage(InlineMessage::Kind::Warning, reason);
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
    return titleLabel()->text() + u'\n' + m_statusBadge->text() + u'\n' + formText(m_details);
}

QString TrOrderDetailPane::paymentText() const {
    return formText(m_payment);
}

} // namespace rd
