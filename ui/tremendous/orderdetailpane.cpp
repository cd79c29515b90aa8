#include "ui/tremendous/orderdetailpane.h"

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

#include "api/core/httptransport.h"
#include "api/tremendous/tremendousclient.h"
#include "models/tremendous/format.h"
#include "models/tremendous/namecache.h"
#include "models/tremendous/ordermodel.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/jsonview.h"
#include "ui/tremendous/actionflow.h"
#include "ui/tremendous/log.h"
#include "ui/tremendous/orderrewardsview.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

Palette::Tone statusTone(OrderStatus status) {
    switch (status) {
    case OrderStatus::PendingApproval:
        return Palette::Tone::Warning;
    case OrderStatus::Executed:
        return Palette::Tone::Success;
    case OrderStatus::Canceled:
    case OrderStatus::Failed:
        return Palette::Tone::Error;
    case OrderStatus::Open:
    case OrderStatus::PendingInternalPaymentApproval:
    case OrderStatus::PendingSettlement:
        return Palette::Tone::Info;
    case OrderStatus::Unknown:
        break;
    }
    return Palette::Tone::Neutral;
}

} // namespace

OrderDetailPane::OrderDetailPane(Client* client, ActionFlow* flow, NameCache* names, ClipboardGuard* clipboard,
                                 QWidget* parent)
    : DetailPane(tr("Choose an order in the list, or look one up by its ID or external ID, to see its payment, "
                    "rewards and delivery states."),
                 parent)
    , m_client(client)
    , m_flow(flow)
    , m_names(names) {
    buildUi(clipboard);
    m_listener = new RunObserver(message(), this);
    if (m_names)
        connect(m_names, &NameCache::changed, this, [this] {
            if (m_order)
                showFields();
        });
    if (m_flow) {
        // A run anywhere in the tab disables the buttons (one run at a time) and re-enables them at its end.
        connect(m_flow, &ActionFlow::runFinished, this, &OrderDetailPane::updateActions);
        connect(m_flow, &ActionFlow::runningChanged, this, &OrderDetailPane::updateActions);
        // The vendor's new state of the shown order, in place; a resent or canceled reward: read the order again.
        connect(m_flow, &ActionFlow::orderChanged, this, [this](const Order& order) {
            if (m_order && m_order->id == order.id)
                setOrder(order);
        });
        connect(m_flow, &ActionFlow::rewardChanged, this, [this](const QString& rewardId) {
            if (containsReward(rewardId) && !m_loadCall.isActive())
                fetch(m_order->id, true);
        });
    }
    clearOrder();
}

OrderDetailPane::~OrderDetailPane() {
    m_loadCall.cancel();
}

void OrderDetailPane::buildUi(ClipboardGuard* clipboard) {
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
    m_rewardsView = new OrderRewardsView(m_client, m_flow, clipboard, content());
    auto* columns = new QHBoxLayout;
    columns->addWidget(detailsBox, 3);
    columns->addWidget(paymentBox, 2);

    addHeader(titleRow, actions);
    contentLayout()->addLayout(columns);
    contentLayout()->addWidget(m_rewardsView);
    finishContent();

    connect(m_approve, &QPushButton::clicked, this, &OrderDetailPane::approve);
    connect(m_reject, &QPushButton::clicked, this, &OrderDetailPane::reject);
}

bool OrderDetailPane::containsReward(const QString& rewardId) const {
    if (!m_order || rewardId.isEmpty())
        return false;
    for (const Reward& reward : m_order->rewards) {
        if (reward.id == rewardId)
            return true;
    }
    return false;
}

void OrderDetailPane::clearOrder() {
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

void OrderDetailPane::loadOrder(const QString& idOrExternalId, const QString& selectRewardId) {
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

void OrderDetailPane::fetch(const QString& idOrExternalId, bool quiet) {
    m_loadCall.cancel();
    const QString requested = idOrExternalId;
    const std::optional<Endpoint> endpoint = m_client->currentEndpoint();
    HttpTransport* transport = m_client->transport();
    if (!endpoint || !transport) {
        // The client says in its own words why nothing can be sent (credentials missing or still loading).
        m_loadCall = m_client->order(requested, this, [this, requested, quiet](ApiResult<Order> result) {
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
        ApiResult<Order> parsed = parseOrderAnswer(response.value().body);
        QJsonObject raw;
        if (parsed.ok())
            raw = QJsonDocument::fromJson(response.value().body).object().value(u"order"_s).toObject();
        onLoaded(requested, std::move(parsed), raw, quiet);
    });
}

void OrderDetailPane::refresh() {
    if (m_order)
        loadOrder(m_order->id, selectedRewardId());
    else if (!m_loadingId.isEmpty())
        loadOrder(m_loadingId, m_pendingRewardSelection);
}

void OrderDetailPane::onLoaded(const QString& requested, ApiResult<Order> result, const QJsonObject& raw, bool quiet) {
    if (!result.ok()) {
        const ApiError& error = result.error();
        m_loadMessage = false;
        QString text;
        if (error.isRejected() && error.httpStatus == 404)
            text = tr("Tremendous has no order with the ID or external ID “%1”. Check it, or look the recipient up "
                      "by e-mail.")
                       .arg(requested);
        else
            text = lookupErrorMessage(error, m_client ? m_client->accountLabel() : QString());
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
    Order order = std::move(result).value();
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

void OrderDetailPane::setOrder(const Order& order) {
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

void OrderDetailPane::showFields() {
    const Order& o = *m_order;
    titleLabel()->setText(tr("Order %1").arg(o.id));
    setBadge(m_statusBadge, orderStatusDisplay(o.statusRaw), statusTone(o.status));

    const QString none = tr("—");
    auto add = [this](QFormLayout* form, const QString& label, const QString& value, bool selectable = false) {
        addFormRow(form, label, value, selectable);
    };

    clearForm(m_details);
    add(m_details, tr("Status:"), orderStatusDisplay(o.statusRaw));
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
    const qint64 createdMs = msecs(o.createdAt);
    QString created = formatDateTime(o.createdAt, tr("unknown"));
    if (createdMs >= 0)
        created = tr("%1  ·  %2 ago").arg(created, ageText(createdMs, QDateTime::currentMSecsSinceEpoch()));
    add(m_details, tr("Created:"), created);
    add(m_details, tr("External ID:"), o.externalId.isEmpty() ? none : o.externalId, true);
    add(m_details, tr("Invoice:"), o.invoiceId.isEmpty() ? none : o.invoiceId, true);
    add(m_details, tr("Order ID:"), o.id, true);

    clearForm(m_payment);
    if (!o.payment) {
        add(m_payment, tr("Payment:"), tr("not reported by Tremendous"));
    } else {
        const Payment& p = *o.payment;
        add(m_payment, tr("Subtotal:"), formatMoney(p.subtotal));
        add(m_payment, tr("Fees:"), formatMoney(p.fees));
        add(m_payment, tr("Discount:"), formatMoney(p.discount));
        add(m_payment, tr("Total:"), formatMoney(p.total));
        add(m_payment, tr("Refund:"), p.refund ? formatMoney(*p.refund) : tr("none"));
    }

    QStringList errors = o.fieldErrors;
    for (const Reward& reward : o.rewards)
        errors << reward.fieldErrors;
    setFieldErrors(tr("Some values Tremendous sent could not be read and are shown as unknown:"), errors);
}

void OrderDetailPane::selectReward(const QString& rewardId) {
    m_rewardsView->selectReward(rewardId);
}

QString OrderDetailPane::selectedRewardId() const {
    return m_order ? m_rewardsView->selectedRewardId() : QString();
}

QString OrderDetailPane::cannotReason() const {
    if (!m_order)
        return {};
    if (m_order->status == OrderStatus::Unknown)
        return tr("The order's status is %1: RewardDesk does not act on a status it does not know. Check the "
                  "Tremendous dashboard.")
            .arg(orderStatusDisplay(m_order->statusRaw));
    if (!m_order->canApproveOrReject())
        return tr("Only orders pending approval can be approved or rejected; this one is %1.")
            .arg(orderStatusDisplay(m_order->statusRaw));
    if (m_flow) {
        const QString locked = m_flow->lockReason(Action::Approve, m_order->id);
        if (!locked.isEmpty())
            return locked;
    }
    return {};
}

void OrderDetailPane::updateActions() {
    const bool loaded = m_order.has_value();
    const QString reason = cannotReason();
    const bool running = m_flow && m_flow->isRunning();
    const bool can = loaded && reason.isEmpty() && !running && m_flow;
    m_approve->setEnabled(can);
    m_reject->setEnabled(can);
    refreshButton()->setEnabled(loaded || !m_loadingId.isEmpty());
    copyIdButton()->setEnabled(loaded);
    const bool showHint = loaded && !reason.isEmpty() && m_order->status != OrderStatus::Executed &&
                          m_order->status != OrderStatus::Canceled;
    actionHint()->setVisible(showHint || (loaded && m_order->status == OrderStatus::Unknown));
    actionHint()->setText(reason);
    m_approve->setToolTip(reason.isEmpty() ? tr("Approve this order so Tremendous sends its rewards (confirmation and "
                                                "reason first).")
                                           : reason);
    m_reject->setToolTip(reason.isEmpty() ? tr("Reject this order: nothing is sent (confirmation and reason first).")
                                          : reason);
    m_rewardsView->updateActions();
}

void OrderDetailPane::approve() {
    runAction(Action::Approve);
}

void OrderDetailPane::reject() {
    runAction(Action::Reject);
}

void OrderDetailPane::runAction(Action action) {
    if (!m_order || !m_flow)
        return;
    const QString reason = cannotReason();
    if (!reason.isEmpty()) {
        message()->showMessage(InlineMessage::Kind::Warning, reason);
        return;
    }
    qCDebug(lcTrUi) << "order detail:" << actionName(action) << m_order->id;
    m_loadMessage = false;
    // The outcome (or the refusal) shows in this pane's strip.
    m_flow->run(action, {bulkItem(OrderRow::fromOrder(*m_order))}, {}, m_listener);
    updateActions();
}

QTableWidget* OrderDetailPane::rewardsTable() const {
    return m_rewardsView->table();
}

RewardActions* OrderDetailPane::rewardActions() const {
    return m_rewardsView->actions();
}

QString OrderDetailPane::detailsText() const {
    return titleLabel()->text() + u'\n' + m_statusBadge->text() + u'\n' + formText(m_details);
}

QString OrderDetailPane::paymentText() const {
    return formText(m_payment);
}

} // namespace rd::tremendous
