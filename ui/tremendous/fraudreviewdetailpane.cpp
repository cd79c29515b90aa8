#include "ui/tremendous/fraudreviewdetailpane.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/tremendous/format.h"
#include "models/tremendous/fraudreviewmodel.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/jsonview.h"
#include "ui/tremendous/actionwords.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

constexpr qint64 kThreeDaysMs = 3LL * 24 * 3600 * 1000;
constexpr int kMaxRelatedIds = 12;

void clearBox(QVBoxLayout* box) {
    while (QLayoutItem* item = box->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QJsonValue optionalDate(const std::optional<QDateTime>& t) {
    return t && t->isValid() ? QJsonValue(t->toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue money(const Money& m) {
    if (!m.valid())
        return QJsonValue();
    return QJsonValue(m.amountText());
}

// The review as RewardDesk read it, with the API's field names (the DTO keeps no raw body). Masked by JsonView.
QJsonObject reviewJson(const FraudReview& r, bool complete) {
    QJsonObject geo{{u"ip"_s, r.geo.ip}, {u"country"_s, r.geo.country}, {u"city"_s, r.geo.city}};
    QJsonObject reward{
        {u"id"_s, r.reward.id},
        {u"order_id"_s, r.reward.orderId},
        {u"created_at"_s, optionalDate(r.reward.createdAt)},
        {u"value"_s,
         QJsonObject{{u"denomination"_s, money(r.reward.value)}, {u"currency_code"_s, r.reward.value.currency}}},
        {u"recipient"_s, QJsonObject{{u"name"_s, r.reward.recipientName},
                                     {u"email"_s, r.reward.recipientEmail},
                                     {u"phone"_s, r.reward.recipientPhone}}},
        {u"delivery"_s,
         QJsonObject{{u"method"_s, r.reward.deliveryMethodRaw}, {u"status"_s, r.reward.deliveryStatusRaw}}},
    };
    QJsonObject o{
        {u"status"_s, r.statusRaw},
        {u"reasons"_s, QJsonArray::fromStringList(r.reasons)},
        {u"device_id"_s, r.deviceId},
        {u"redemption_method"_s, r.redemptionMethod},
        {u"redeemed_at"_s, optionalDate(r.redeemedAt)},
        {u"geo"_s, geo},
        {u"reward"_s, reward},
        {u"reviewed_by"_s, r.reviewedBy.isEmpty() ? QJsonValue() : QJsonValue(r.reviewedBy)},
        {u"reviewed_at"_s, optionalDate(r.reviewedAt)},
    };
    if (complete) {
        o.insert(u"risk"_s, r.riskRaw);
        o.insert(u"redemption_method_account_hash"_s, r.redemptionMethodAccountHash);
        if (r.relatedRewards) {
            const RelatedRewards& rel = *r.relatedRewards;
            o.insert(u"related_rewards"_s,
                     QJsonObject{
                         {u"ids"_s, QJsonArray::fromStringList(rel.ids)},
                         {u"count"_s, rel.count ? QJsonValue(double(*rel.count)) : QJsonValue()},
                         {u"blocked_count"_s, rel.blockedCount ? QJsonValue(double(*rel.blockedCount)) : QJsonValue()},
                         {u"aggregated_value"_s, money(rel.aggregatedValue)},
                         {u"currency_code"_s, rel.aggregatedValue.currency}});
        }
    }
    return o;
}

// What the list row knows, as a (partial) review, until the detail arrives.
FraudReview fromRow(const FraudReviewRow& row) {
    FraudReview r;
    r.status = row.status;
    r.statusRaw = row.status == FraudStatus::Unknown ? row.statusRaw : fraudStatusRaw(row.status);
    r.reasons = row.reasons;
    r.redemptionMethod = row.redemptionMethod;
    if (row.redeemedMs >= 0)
        r.redeemedAt = QDateTime::fromMSecsSinceEpoch(row.redeemedMs, Qt::UTC);
    if (row.reviewedMs >= 0)
        r.reviewedAt = QDateTime::fromMSecsSinceEpoch(row.reviewedMs, Qt::UTC);
    r.reviewedBy = row.reviewedBy;
    r.geo = {row.ip, row.country, row.city};
    r.reward.id = row.rewardId;
    r.reward.orderId = row.orderId;
    r.reward.value = moneyFromCents(row.valueValid ? std::optional<qint64>(row.valueCents) : std::nullopt,
                                    unpackCurrency(row.currency));
    if (row.recipient.contains(u'@'))
        r.reward.recipientEmail = row.recipient;
    else
        r.reward.recipientName = row.recipient;
    return r;
}

} // namespace

FraudReviewDetailPane::FraudReviewDetailPane(FraudReviewModel* model, QWidget* parent)
    : DetailPane(tr("Choose a review in the list to see every signal Tremendous gives about it."), parent)
    , m_model(model) {
    buildUi();
    clearReview();
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, &FraudReviewDetailPane::renderCountdown);
    m_tick.start();
    if (m_model) {
        connect(m_model, &FraudReviewModel::detailLoaded, this, &FraudReviewDetailPane::onDetailLoaded);
        connect(m_model, &FraudReviewModel::detailFailed, this, &FraudReviewDetailPane::onDetailFailed);
    }
}

FraudReviewDetailPane::~FraudReviewDetailPane() = default;

Palette::Tone FraudReviewDetailPane::riskTone(Risk risk) {
    switch (risk) {
    case Risk::High:
        return Palette::riskTone(Palette::Risk::High);
    case Risk::Medium:
        return Palette::riskTone(Palette::Risk::Medium);
    case Risk::Low:
        return Palette::riskTone(Palette::Risk::Low);
    case Risk::Unknown:
        break;
    }
    return Palette::riskTone(Palette::Risk::Unknown);
}

Palette::Tone FraudReviewDetailPane::statusTone(FraudStatus status) {
    switch (status) {
    case FraudStatus::Flagged:
        return Palette::Tone::Warning;
    case FraudStatus::Blocked:
        return Palette::Tone::Error;
    case FraudStatus::Released:
        return Palette::Tone::Success;
    case FraudStatus::Unknown:
        break;
    }
    return Palette::Tone::Neutral;
}

void FraudReviewDetailPane::buildUi() {
    titleLabel()->setWordWrap(true);
    m_statusBadge = makeBadge();
    m_riskBadge = makeBadge();
    auto* badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_riskBadge);
    badgeRow->addWidget(m_statusBadge);
    badgeRow->addStretch(1);

    m_release = new QPushButton(tr("Release…"), content()); // the list has the mnemonics (Alt+L, Alt+B)
    m_block = new QPushButton(tr("Block…"), content());
    m_release->setToolTip(tr("Release the reward to its recipient (confirmation first). Shortcut in the list: L"));
    m_block->setToolTip(tr("Block the reward: it is canceled and refunded (confirmation first). Shortcut in the "
                           "list: B"));
    refreshButton()->setToolTip(tr("Read this review again from Tremendous."));
    copyIdButton()->hide(); // the reward id is in the title and the forms
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_release);
    actions->addWidget(m_block);
    actions->addStretch(1);
    actions->addWidget(refreshButton());

    m_countdown = new QLabel(content());
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setWordWrap(true);
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);

    auto* reasonsBox = new QGroupBox(tr("Why Tremendous flagged it"), content());
    m_reasons = new QVBoxLayout(reasonsBox);
    m_reasons->setSpacing(2);
    auto box = [this](const QString& title, QFormLayout*& form) {
        auto* group = new QGroupBox(title, content());
        form = makeForm(group, true);
        return group;
    };
    QGroupBox* redemptionBox = box(tr("Redemption"), m_redemption);
    QGroupBox* relatedBox = box(tr("Related rewards"), m_related);
    relatedBox->setToolTip(tr("Other rewards Tremendous links to this one (same device, IP, payout account or "
                              "e-mail)."));
    QGroupBox* reviewBox = box(tr("Review"), m_reviewForm);
    QGroupBox* rewardBox = box(tr("Reward"), m_reward);
    QGroupBox* recipientBox = box(tr("Recipient"), m_recipient);

    QVBoxLayout* rows = contentLayout();
    rows->addWidget(titleLabel());
    rows->addLayout(badgeRow);
    rows->addLayout(actions);
    rows->addWidget(m_countdown);
    rows->addWidget(actionHint());
    rows->addWidget(message());
    rows->addWidget(fieldErrorsLabel());
    for (QGroupBox* group : {reasonsBox, redemptionBox, relatedBox, reviewBox, rewardBox, recipientBox})
        rows->addWidget(group);
    finishContent(tr("Show as JSON"), tr("Hide JSON"));
    scrollArea()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps to the pane's width

    connect(m_release, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT releaseRequested(m_id);
    });
    connect(m_block, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT blockRequested(m_id);
    });
}

void FraudReviewDetailPane::refresh() {
    if (m_model && !m_id.isEmpty()) {
        message()->showMessage(InlineMessage::Kind::Progress, tr("Reading review %1…").arg(m_id));
        m_model->requestDetail(m_id);
    }
}

void FraudReviewDetailPane::clearReview() {
    m_id.clear();
    m_review.reset();
    m_complete = false;
    showContent(false);
    message()->clearMessage();
}

void FraudReviewDetailPane::showReview(const QString& rewardId) {
    if (rewardId.isEmpty()) {
        clearReview();
        return;
    }
    if (rewardId != m_id)
        message()->clearMessage();
    m_id = rewardId;
    const FraudReview* detail = m_model ? m_model->detail(rewardId) : nullptr;
    if (detail) {
        m_review = *detail;
        m_complete = true;
    } else if (const FraudReviewRow* row = m_model ? m_model->findRow(rewardId) : nullptr) {
        m_review = fromRow(*row);
        m_complete = false;
        m_model->requestDetail(rewardId);
    } else if (!m_review || m_review->id() != rewardId) {
        clearReview();
        return;
    }
    render();
}

void FraudReviewDetailPane::setReview(const FraudReview& review) {
    if (review.id() != m_id)
        message()->clearMessage();
    m_id = review.id();
    m_review = review;
    m_complete = !review.riskRaw.isEmpty() || review.relatedRewards.has_value();
    if (!m_complete && m_model) {
        if (const FraudReview* detail = m_model->detail(m_id)) {
            m_review = *detail;
            m_complete = true;
        }
    }
    render();
}

void FraudReviewDetailPane::onDetailLoaded(const QString& rewardId) {
    if (rewardId != m_id || !m_model)
        return;
    if (const FraudReview* detail = m_model->detail(rewardId)) {
        if (message()->kind() == InlineMessage::Kind::Progress || message()->kind() == InlineMessage::Kind::Error)
            message()->clearMessage();
        m_review = *detail;
        m_complete = true;
        render();
    }
}

void FraudReviewDetailPane::onDetailFailed(const QString& rewardId, const QString& error) {
    if (rewardId != m_id)
        return;
    message()->showMessage(InlineMessage::Kind::Error,
                           tr("The review's details (risk, related rewards) could not be read. %1").arg(error));
}

void FraudReviewDetailPane::setActionsEnabled(bool enabled) {
    m_actionsEnabled = enabled;
    updateButtons();
}

void FraudReviewDetailPane::setLockReason(const QString& reason) {
    m_lockReason = reason;
    updateButtons();
}

void FraudReviewDetailPane::setNow(const QDateTime& now) {
    m_now = now;
    renderCountdown();
}

QString FraudReviewDetailPane::countdownText(const QDateTime& autoBlockAt, const QDateTime& now) {
    if (!autoBlockAt.isValid())
        return tr("Tremendous blocks reviews left flagged for 30 days; the redemption date is unknown, so the "
                  "deadline is too.");
    const QString when = QLocale().toString(autoBlockAt.toLocalTime(), u"d MMM HH:mm"_s);
    const qint64 due = autoBlockAt.toMSecsSinceEpoch();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (due <= nowMs)
        return tr("Auto-block overdue (was due on %1): Tremendous blocks it automatically.").arg(when);
    return tr("Auto-blocks in %1 (on %2)").arg(formatCountdown(due, nowMs), when);
}

void FraudReviewDetailPane::renderCountdown() {
    if (!m_review || m_review->status != FraudStatus::Flagged) {
        m_countdown->hide();
        return;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const std::optional<QDateTime> at = m_review->autoBlockAt();
    m_countdown->setText(countdownText(at.value_or(QDateTime()), now));
    const bool urgent = at && at->toMSecsSinceEpoch() - now.toMSecsSinceEpoch() < kThreeDaysMs;
    Palette::styleText(m_countdown, urgent ? Palette::Tone::Error : Palette::Tone::Neutral);
    m_countdown->show();
}

void FraudReviewDetailPane::updateButtons() {
    const bool flagged = m_review && m_review->canReleaseOrBlock();
    const bool enabled = flagged && m_actionsEnabled && m_lockReason.isEmpty();
    m_release->setEnabled(enabled);
    m_block->setEnabled(enabled);
    refreshButton()->setEnabled(m_review.has_value());
    QString hint;
    if (m_review && !m_lockReason.isEmpty())
        hint = tr("Release and block are not available: %1.").arg(m_lockReason);
    else if (m_review && m_review->status == FraudStatus::Unknown)
        hint = tr("RewardDesk does not know the status “%1”, so it offers no action. Check the review in the "
                  "Tremendous dashboard.")
                   .arg(m_review->statusRaw.simplified().left(60));
    else if (m_review && !flagged)
        hint = tr("This review is complete (%1): only flagged reviews can be released or blocked.")
                   .arg(fraudStatusDisplay(m_review->statusRaw));
    actionHint()->setText(hint);
    actionHint()->setVisible(!hint.isEmpty());
}

void FraudReviewDetailPane::render() {
    if (!m_review) {
        clearReview();
        return;
    }
    const FraudReview& r = *m_review;
    const QString none = tr("—");
    const QString loading = tr("reading the review's details…");
    titleLabel()->setText(tr("Reward %1").arg(r.id()));
    setBadge(m_statusBadge, fraudStatusDisplay(r.statusRaw), statusTone(r.status));
    if (m_complete)
        setBadge(m_riskBadge, tr("Risk: %1").arg(riskDisplay(r.riskRaw)), riskTone(r.risk));
    else
        setBadge(m_riskBadge, tr("Risk: …"), riskTone(Risk::Unknown));

    clearBox(m_reasons);
    if (r.reasons.isEmpty()) {
        auto* label = new QLabel(tr("Tremendous gave no reason."), content());
        m_reasons->addWidget(label);
    }
    for (const QString& reason : r.reasons) {
        auto* title = new QLabel(reason, content());
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* explanation = new QLabel(fraudReasonExplanation(reason), content());
        explanation->setTextFormat(Qt::PlainText);
        explanation->setWordWrap(true);
        explanation->setContentsMargins(12, 0, 0, 4);
        m_reasons->addWidget(title);
        m_reasons->addWidget(explanation);
    }

    clearForm(m_redemption);
    addRow(m_redemption, tr("Redeemed:"), formatDateTime(r.redeemedAt, none));
    addRow(m_redemption, tr("Method:"), r.redemptionMethod.isEmpty() ? none : r.redemptionMethod);
    addRow(m_redemption, tr("IP address:"), r.geo.ip.isEmpty() ? none : r.geo.ip);
    QString place = r.geo.country;
    if (!r.geo.city.isEmpty())
        place = place.isEmpty() ? r.geo.city : tr("%1, %2").arg(r.geo.city, r.geo.country);
    addRow(m_redemption, tr("Country and city:"), place.isEmpty() ? none : place);
    addRow(m_redemption, tr("Device ID:"),
           m_complete || !r.deviceId.isEmpty() ? (r.deviceId.isEmpty() ? none : r.deviceId) : loading);
    if (m_complete && !r.redemptionMethodAccountHash.isEmpty())
        addRow(m_redemption, tr("Payout account fingerprint:"), r.redemptionMethodAccountHash);

    clearForm(m_related);
    if (!m_complete) {
        addRow(m_related, tr("Related:"), loading, false);
    } else if (!r.relatedRewards) {
        addRow(m_related, tr("Related:"), tr("Tremendous reported none."), false);
    } else {
        const RelatedRewards& rel = *r.relatedRewards;
        addRow(m_related, tr("Count:"), rel.count ? QLocale().toString(*rel.count) : tr("not reported"));
        addRow(m_related, tr("Blocked:"),
               rel.blockedCount ? QLocale().toString(*rel.blockedCount) : tr("not reported"));
        addRow(m_related, tr("Total value:"),
               rel.aggregatedValue.valid() ? formatMoney(rel.aggregatedValue) : tr("not reported"));
        if (!rel.ids.isEmpty()) {
            QStringList ids = rel.ids.mid(0, kMaxRelatedIds);
            QString text = ids.join(u", "_s);
            if (rel.ids.size() > kMaxRelatedIds)
                text = tr("%1 and %n more", nullptr, int(rel.ids.size() - kMaxRelatedIds)).arg(text);
            addRow(m_related, tr("Reward IDs:"), text);
        }
    }

    clearForm(m_reviewForm);
    addRow(m_reviewForm, tr("Status:"), fraudStatusDisplay(r.statusRaw));
    addRow(m_reviewForm, tr("Risk:"), m_complete ? riskDisplay(r.riskRaw) : loading);
    addRow(m_reviewForm, tr("Reviewed by:"),
           r.reviewedBy.isEmpty() ? (r.status == FraudStatus::Flagged ? tr("not reviewed yet") : none) : r.reviewedBy);
    addRow(m_reviewForm, tr("Reviewed at:"), formatDateTime(r.reviewedAt, none));

    clearForm(m_reward);
    addRow(m_reward, tr("Reward ID:"), r.reward.id.isEmpty() ? none : r.reward.id);
    addRow(m_reward, tr("Order ID:"), r.reward.orderId.isEmpty() ? none : r.reward.orderId);
    addRow(m_reward, tr("Value:"), formatMoney(r.reward.value));
    if (m_complete) {
        addRow(m_reward, tr("Created:"), formatDateTime(r.reward.createdAt, none));
        addRow(m_reward, tr("Delivery:"),
               tr("%1, %2").arg(deliveryMethodDisplay(r.reward.deliveryMethodRaw),
                                deliveryStatusDisplay(r.reward.deliveryStatusRaw)));
        addRow(m_reward, tr("Expires:"), r.reward.expiresAt ? formatDateTime(*r.reward.expiresAt) : tr("never"));
    }

    clearForm(m_recipient);
    addRow(m_recipient, tr("Name:"), r.reward.recipientName.isEmpty() ? none : r.reward.recipientName);
    addRow(m_recipient, tr("E-mail:"), r.reward.recipientEmail.isEmpty() ? none : r.reward.recipientEmail);
    addRow(m_recipient, tr("Phone:"), r.reward.recipientPhone.isEmpty() ? none : r.reward.recipientPhone);

    QStringList errors = r.fieldErrors;
    errors << r.reward.fieldErrors;
    setFieldErrors(tr("Some values Tremendous sent could not be read and are shown as unknown:"), errors);
    jsonView()->setJson(reviewJson(r, m_complete));

    renderCountdown();
    updateButtons();
    showContent(true);
}

QString FraudReviewDetailPane::detailsText() const {
    QStringList lines;
    for (int i = 0; i < m_reasons->count(); ++i) {
        if (auto* label = qobject_cast<QLabel*>(m_reasons->itemAt(i)->widget()))
            lines << label->text();
    }
    for (QFormLayout* form : {m_redemption, m_related, m_reviewForm, m_reward, m_recipient})
        lines << formText(form);
    if (!m_countdown->isHidden())
        lines << m_countdown->text();
    return lines.join(u'\n');
}

} // namespace rd::tremendous
