#include "ui/trucentive/envelopedetailpane.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "api/trucentive/trucentiveclient.h"
#include "api/trucentive/trucentiveerrors.h"
#include "models/trucentive/format.h"
#include "ui/common/clipboardguard.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/jsonview.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

Palette::Tone stateTone(EnvelopeState state) {
    switch (state) {
    case EnvelopeState::Opened:
        return Palette::Tone::Success;
    case EnvelopeState::Locked:
    case EnvelopeState::Expired:
        return Palette::Tone::Error;
    case EnvelopeState::Viewed:
    case EnvelopeState::Delivered:
    case EnvelopeState::Approved:
        return Palette::Tone::Info;
    case EnvelopeState::Unknown:
        break;
    }
    return Palette::Tone::Neutral;
}

} // namespace

EnvelopeDetailPane::EnvelopeDetailPane(Client* client, ClipboardGuard* clipboard, QWidget* parent)
    : DetailPane(tr("Look up an envelope by its ID or a pasted redemption link, or choose one in the list, to see "
                    "what happened to it."),
                 parent)
    , m_client(client)
    , m_clipboard(clipboard) {
    buildUi();
    clearEnvelope();
    if (m_clipboard) {
        connect(m_clipboard, &ClipboardGuard::expired, this, [this](bool removed) {
            if (removed && message()->kind() == InlineMessage::Kind::Info && message()->hasMessage())
                message()->showMessage(InlineMessage::Kind::Info, tr("The link was removed from the clipboard."));
        });
    }
}

EnvelopeDetailPane::~EnvelopeDetailPane() {
    m_loadCall.cancel();
    m_revealCall.cancel();
}

void EnvelopeDetailPane::buildUi() {
    m_stateBadge = makeBadge();
    m_testBadge = makeBadge();
    setBadge(m_testBadge, tr("TEST MODE"), Palette::Tone::Warning);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(titleLabel());
    titleRow->addWidget(copyIdButton());
    titleRow->addStretch(1);
    titleRow->addWidget(m_stateBadge);
    titleRow->addWidget(m_testBadge);

    m_open = new QPushButton(tr("Open envelope…"), content());
    m_send = new QPushButton(tr("Send replacement…"), content());
    m_open->setToolTip(tr("Ask TruCentive to open this envelope for its recipient (confirmation first)."));
    m_send->setToolTip(tr("Send a new reward to the same recipient (form and confirmation first)."));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_send);
    actions->addStretch(1);
    actions->addWidget(refreshButton());

    auto* detailsBox = new QGroupBox(tr("Details"), content());
    m_details = makeForm(detailsBox);
    auto* timelineBox = new QGroupBox(tr("Timeline (your time zone)"), content());
    m_timeline = new QFormLayout(timelineBox);

    auto* linksBox = new QGroupBox(tr("Links (money: anyone with a link can redeem the reward)"), content());
    m_link = new QLineEdit(linksBox);
    m_redemptionLink = new QLineEdit(linksBox);
    for (QLineEdit* edit : {m_link, m_redemptionLink}) {
        edit->setReadOnly(true);
        edit->setContextMenuPolicy(Qt::NoContextMenu); // copying goes through the clipboard guard only
        edit->setDragEnabled(false);
    }
    m_reveal = new QPushButton(tr("Reveal links"), linksBox);
    m_copyLink = new QPushButton(tr("Copy link"), linksBox);
    m_copyRedemption = new QPushButton(tr("Copy link"), linksBox);
    m_copyLink->setToolTip(tr("Copies the redeem link; the clipboard is cleared after 20 seconds if unchanged."));
    m_copyRedemption->setToolTip(m_copyLink->toolTip());
    auto* links = new QGridLayout(linksBox);
    links->addWidget(new QLabel(tr("Redeem link:"), linksBox), 0, 0);
    links->addWidget(m_link, 0, 1);
    links->addWidget(m_copyLink, 0, 2);
    links->addWidget(new QLabel(tr("Redemption link:"), linksBox), 1, 0);
    links->addWidget(m_redemptionLink, 1, 1);
    links->addWidget(m_copyRedemption, 1, 2);
    links->addWidget(m_reveal, 2, 0, 1, 3, Qt::AlignLeft);
    links->setColumnStretch(1, 1);

    addHeader(titleRow, actions);
    contentLayout()->addWidget(detailsBox);
    contentLayout()->addWidget(timelineBox);
    contentLayout()->addWidget(linksBox);
    finishContent();

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_envelope)
            Q_EMIT openRequested(*m_envelope);
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_envelope)
            Q_EMIT sendReplacementRequested(*m_envelope);
    });
    connect(m_reveal, &QPushButton::clicked, this, &EnvelopeDetailPane::revealLinks);
    connect(m_copyLink, &QPushButton::clicked, this, &EnvelopeDetailPane::copyLink);
    connect(m_copyRedemption, &QPushButton::clicked, this, &EnvelopeDetailPane::copyRedemptionLink);
}

QString EnvelopeDetailPane::envelopeId() const {
    return m_envelope ? m_envelope->key() : QString();
}

void EnvelopeDetailPane::clearEnvelope() {
    m_loadCall.cancel();
    m_revealCall.cancel();
    m_envelope.reset();
    m_revealedFor.reset();
    m_url.reset();
    m_redemptionUrl.reset();
    m_openBusy = false;
    showContent(false);
    message()->clearMessage();
    updateActions();
}

void EnvelopeDetailPane::loadEnvelope(const QString& envelopeId) {
    if (!m_client || envelopeId.isEmpty())
        return;
    m_loadCall.cancel();
    m_loadingId = envelopeId;
    message()->showMessage(InlineMessage::Kind::Progress, tr("Loading envelope %1…").arg(envelopeId));
    m_loadMessage = true;
    if (!m_envelope) {
        // Show the pane (with the loading message) even before the first envelope arrives.
        showContent(true);
        titleLabel()->setText(tr("Envelope %1").arg(envelopeId));
    }
    m_loadCall = m_client->envelope(envelopeId, this, [this, envelopeId](ApiResult<Envelope> result) {
        m_loadCall.markFinished();
        onLoaded(envelopeId, result, false);
    });
    updateActions();
}

void EnvelopeDetailPane::refresh() {
    if (m_envelope)
        loadEnvelope(m_envelope->key());
    else if (!m_loadingId.isEmpty())
        loadEnvelope(m_loadingId);
}

void EnvelopeDetailPane::onLoaded(const QString& id, const ApiResult<Envelope>& result, bool reveal) {
    if (!result.ok()) {
        showError(result.error(), !reveal);
        updateActions();
        return;
    }
    Envelope envelope = result.value();
    if (reveal) {
        m_revealedFor = envelope.key();
        m_url = envelope.url;
        m_redemptionUrl = envelope.redemptionUrl;
    }
    // The links stay in m_url/m_redemptionUrl only; the envelope kept for display never carries them.
    envelope.url.reset();
    envelope.redemptionUrl.reset();
    Q_UNUSED(id)
    // Clear only our own "Loading…" line: an open's progress or result stays until the next action.
    if (m_loadMessage)
        message()->clearMessage();
    m_loadMessage = false;
    setEnvelope(envelope);
    if (reveal) {
        if (!m_url && !m_redemptionUrl)
            message()->showMessage(InlineMessage::Kind::Warning,
                                   tr("TruCentive sent no link for this envelope. A redemption link exists only "
                                      "once the envelope is open and its reward has an external redemption page."));
        else
            message()->showMessage(InlineMessage::Kind::Info,
                                   tr("Links revealed. Anyone with a link can redeem the reward: share it only "
                                      "with the recipient."));
    }
    Q_EMIT envelopeLoaded(envelope);
}

void EnvelopeDetailPane::showError(const ApiError& error, bool lookup) {
    const ErrorText text = errorText(error, Operation::EnvelopeLookup, m_client ? m_client->accountLabel() : QString());
    m_loadMessage = false;
    const QString prefix = lookup ? QString() : tr("The links could not be fetched. ");
    if (text.suggestion == ErrorText::Suggestion::OpenAccounts)
        message()->showMessage(InlineMessage::Kind::Error, prefix + text.message, tr("Open Accounts"), u"accounts"_s);
    else
        message()->showMessage(InlineMessage::Kind::Error, prefix + text.message);
}

void EnvelopeDetailPane::setEnvelope(const Envelope& envelope) {
    if (m_revealedFor && *m_revealedFor != envelope.key()) {
        m_revealedFor.reset();
        m_url.reset();
        m_redemptionUrl.reset();
    }
    if (m_envelope && m_envelope->key() != envelope.key()) {
        m_openBusy = false;
        // Another envelope: what the strip said was about the previous one.
        if (!m_loadMessage)
            message()->clearMessage();
    }
    m_envelope = envelope;
    m_envelope->url.reset();
    m_envelope->redemptionUrl.reset();
    m_loadingId = envelope.key();
    showFields();
    showLinks();
    updateActions();
    showContent(true);
    Q_EMIT envelopeShown(envelope.key());
}

void EnvelopeDetailPane::showFields() {
    const Envelope& e = *m_envelope;
    titleLabel()->setText(tr("Envelope %1").arg(e.key()));
    setBadge(m_stateBadge, e.stateDisplay(), stateTone(e.state));
    m_testBadge->setVisible(e.testMode.value_or(false));

    clearForm(m_details);
    const QString none = tr("—");
    addRow(m_details, tr("State:"), e.stateDisplay());
    addRow(m_details, tr("Project:"),
           e.projectName.isEmpty() ? e.projectUuid : tr("%1  (%2)").arg(e.projectName, e.projectUuid), true);
    addRow(m_details, tr("Mode:"),
           e.testMode ? (*e.testMode ? tr("Test mode: no real reward") : tr("Live")) : tr("unknown (not reported)"));
    QStringList addresses;
    for (const Address& address : e.addresses)
        addresses << addressText(address);
    addRow(m_details, e.addresses.size() > 1 ? tr("Recipients:") : tr("Recipient:"),
           addresses.isEmpty() ? tr("no delivery address reported") : addresses.join(u'\n'), true);
    QStringList fields;
    for (const auto& [name, value] : e.customFields)
        fields << tr("%1 = %2").arg(name, value);
    addRow(m_details, tr("Custom fields:"), fields.isEmpty() ? none : fields.join(u'\n'), true);
    addRow(m_details, tr("ID:"), e.key(), true);

    clearForm(m_timeline);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TimelineEvent& event : envelopeTimeline(e, now)) {
        QString value = event.when ? formatDateTime(*event.when) : event.note;
        if (event.when && !event.note.isEmpty())
            value = tr("%1  ·  %2").arg(value, event.note);
        addRow(m_timeline, tr("%1:").arg(event.label), value);
    }

    setFieldErrors(tr("Some values TruCentive sent could not be read and are shown as unknown:"), e.fieldErrors);
    jsonView()->setJson(e.maskedRaw());
}

void EnvelopeDetailPane::showLinks() {
    const bool revealed = m_revealedFor.has_value();
    const QString hidden = tr("•••••••• hidden: press Reveal links");
    m_link->setText(revealed ? m_url.value_or(tr("(none sent)")) : hidden);
    m_redemptionLink->setText(revealed ? m_redemptionUrl.value_or(tr("(none: not open, or no external page)"))
                                       : hidden);
    m_link->setCursorPosition(0);
    m_redemptionLink->setCursorPosition(0);
}

void EnvelopeDetailPane::revealLinks() {
    if (!m_client || !m_envelope || m_revealCall.isActive())
        return;
    const QString id = m_envelope->key();
    const bool askRedemption = m_envelope->isOpened();
    message()->showMessage(InlineMessage::Kind::Progress, tr("Fetching the links…"));
    m_loadMessage = true;
    m_revealCall = m_client->envelope(id, true, askRedemption, this, [this, id](ApiResult<Envelope> result) {
        m_revealCall.markFinished();
        onLoaded(id, result, true);
    });
    updateActions();
}

void EnvelopeDetailPane::copyLink() {
    if (m_clipboard && m_url && linksRevealed()) {
        m_clipboard->copy(*m_url);
        message()->showMessage(InlineMessage::Kind::Info,
                               tr("Redeem link copied. The clipboard is cleared in %n second(s) unless you copy "
                                  "something else.",
                                  nullptr, int(m_clipboard->clearDelay().count() / 1000)));
    }
}

void EnvelopeDetailPane::copyRedemptionLink() {
    if (m_clipboard && m_redemptionUrl && linksRevealed()) {
        m_clipboard->copy(*m_redemptionUrl);
        message()->showMessage(InlineMessage::Kind::Info,
                               tr("Redemption link copied. The clipboard is cleared in %n second(s) unless you "
                                  "copy something else.",
                                  nullptr, int(m_clipboard->clearDelay().count() / 1000)));
    }
}

void EnvelopeDetailPane::setOpenBusy(bool busy) {
    m_openBusy = busy;
    updateActions();
}

void EnvelopeDetailPane::showOpenProgress(EnvelopeOpener::Phase phase, const QString& message) {
    using Phase = EnvelopeOpener::Phase;
    InlineMessage::Kind kind = InlineMessage::Kind::Progress;
    QString text = message;
    switch (phase) {
    case Phase::Opened:
        kind = InlineMessage::Kind::Success;
        break;
    case Phase::Failed:
        kind = InlineMessage::Kind::Error;
        break;
    case Phase::Changed:
    case Phase::TimedOut:
        kind = InlineMessage::Kind::Warning;
        break;
    case Phase::Queued:
        text = tr("Open: queued. %1").arg(message);
        break;
    default:
        break;
    }
    if (phase == Phase::Opened)
        text = tr("Open: done. %1").arg(message);
    else if (phase == Phase::Failed)
        text = tr("Open: failed. %1").arg(message);
    m_loadMessage = false;
    this->message()->showMessage(kind, text);
}

void EnvelopeDetailPane::updateActions() {
    const bool have = m_envelope.has_value();
    const bool loading = m_loadCall.isActive();
    const QString lock = have && m_lockCheck ? m_lockCheck(m_envelope->key()) : QString();
    const bool canOpen = have && m_envelope->canOpen();
    m_open->setEnabled(canOpen && !loading && !m_openBusy && lock.isEmpty());
    m_send->setEnabled(have && !loading);
    refreshButton()->setEnabled(have && !loading && !m_revealCall.isActive());
    m_reveal->setEnabled(have && !loading && !m_revealCall.isActive());
    copyIdButton()->setEnabled(have);
    const bool revealed = linksRevealed();
    m_copyLink->setEnabled(revealed && m_url.has_value());
    m_copyRedemption->setEnabled(revealed && m_redemptionUrl.has_value());
    m_reveal->setText(revealed ? tr("Fetch links again") : tr("Reveal links"));

    QString hint;
    if (have && !lock.isEmpty()) {
        hint = lock;
    } else if (have && !canOpen && !m_openBusy) {
        switch (m_envelope->state) {
        case EnvelopeState::Opened:
            hint = tr("This envelope is already open.");
            break;
        case EnvelopeState::Locked:
            hint = tr("This envelope is locked: TruCentive will not open it. Send a replacement if the recipient "
                      "should still get a reward.");
            break;
        case EnvelopeState::Expired:
            hint = tr("This envelope has expired and cannot be opened. Send a replacement if the recipient should "
                      "still get a reward.");
            break;
        case EnvelopeState::Unknown:
            hint = tr("RewardDesk does not know the state “%1”, so it offers no action. Check the envelope in "
                      "TruCentive.")
                       .arg(m_envelope->stateRaw.simplified().left(60));
            break;
        default:
            if (m_envelope->isOpened())
                hint = tr("This envelope is already open.");
            break;
        }
    }
    actionHint()->setText(hint);
    actionHint()->setVisible(!hint.isEmpty());
}

QString EnvelopeDetailPane::detailsText() const {
    return formText(m_details) + u'\n' + formText(m_timeline);
}

} // namespace rd::trucentive
