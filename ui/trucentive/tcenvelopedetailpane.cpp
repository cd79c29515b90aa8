#include "tcenvelopedetailpane.h"

#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/clipboardguard.h"
#include "common/inlinemessage.h"
#include "common/jsonview.h"
#include "trucentive/tcformat.h"
#include "trucentive/trucentiveclient.h"
#include "trucentive/trucentiveerrors.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString badgeStyle(const QString& background, const QString& foreground) {
    return u"QLabel { background: %1; color: %2; border-radius: 3px; padding: 1px 6px; font-weight: bold; }"_s.arg(
        background, foreground);
}

QString stateColour(TcEnvelopeState state) {
    switch (state) {
    case TcEnvelopeState::Opened:
        return u"#2e7d32"_s;
    case TcEnvelopeState::Locked:
    case TcEnvelopeState::Expired:
        return u"#b01e23"_s;
    case TcEnvelopeState::Viewed:
    case TcEnvelopeState::Delivered:
    case TcEnvelopeState::Approved:
        return u"#1f5f99"_s;
    case TcEnvelopeState::Unknown:
        break;
    }
    return u"#6d6d6d"_s;
}

void clearForm(QFormLayout* form) {
    while (form->rowCount() > 0)
        form->removeRow(0);
}

} // namespace

TcEnvelopeDetailPane::TcEnvelopeDetailPane(TruCentiveClient* client, ClipboardGuard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_clipboard(clipboard) {
    buildUi();
    clearEnvelope();
    if (m_clipboard) {
        connect(m_clipboard, &ClipboardGuard::expired, this, [this](bool removed) {
            if (removed && m_message->kind() == InlineMessage::Kind::Info && m_message->hasMessage())
                m_message->showMessage(InlineMessage::Kind::Info, tr("The link was removed from the clipboard."));
        });
    }
}

TcEnvelopeDetailPane::~TcEnvelopeDetailPane() {
    m_loadCall.cancel();
    m_revealCall.cancel();
}

void TcEnvelopeDetailPane::buildUi() {
    m_placeholder = new QLabel(tr("Look up an envelope by its ID or a pasted redemption link, or choose one in the "
                                  "list, to see what happened to it."),
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
    m_stateBadge = new QLabel(m_content);
    m_testBadge = new QLabel(tr("TEST MODE"), m_content);
    m_testBadge->setStyleSheet(badgeStyle(u"#b36b00"_s, u"white"_s));
    m_copyId = new QToolButton(m_content);
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setAutoRaise(true);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_copyId);
    titleRow->addStretch(1);
    titleRow->addWidget(m_stateBadge);
    titleRow->addWidget(m_testBadge);

    m_open = new QPushButton(tr("Open envelope…"), m_content);
    m_send = new QPushButton(tr("Send replacement…"), m_content);
    m_refresh = new QPushButton(tr("Refresh"), m_content);
    m_open->setToolTip(tr("Ask TruCentive to open this envelope for its recipient (confirmation first)."));
    m_send->setToolTip(tr("Send a new reward to the same recipient (form and confirmation first)."));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_send);
    actions->addStretch(1);
    actions->addWidget(m_refresh);

    m_message = new InlineMessage(m_content);
    m_actionHint = new QLabel(m_content);
    m_actionHint->setWordWrap(true);
    m_actionHint->setTextFormat(Qt::PlainText);
    QPalette hintPalette = m_actionHint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0x66, 0x3c, 0x00));
    m_actionHint->setPalette(hintPalette);

    auto* detailsBox = new QGroupBox(tr("Details"), m_content);
    m_details = new QFormLayout(detailsBox);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* timelineBox = new QGroupBox(tr("Timeline (your time zone)"), m_content);
    m_timeline = new QFormLayout(timelineBox);
    m_fieldErrors = new QLabel(m_content);
    m_fieldErrors->setWordWrap(true);
    m_fieldErrors->setTextFormat(Qt::PlainText);
    m_fieldErrors->setStyleSheet(u"QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffcc80; "
                                 "border-radius: 4px; padding: 6px; }"_s);

    auto* linksBox = new QGroupBox(tr("Links (money: anyone with a link can redeem the reward)"), m_content);
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

    m_jsonToggle = new QToolButton(m_content);
    m_jsonToggle->setText(tr("Show raw JSON"));
    m_jsonToggle->setCheckable(true);
    m_jsonToggle->setAutoRaise(true);
    m_json = new JsonView(m_content);
    m_json->setMinimumHeight(180);
    m_json->hide();

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(8, 8, 8, 8);
    content->addLayout(titleRow);
    content->addLayout(actions);
    content->addWidget(m_message);
    content->addWidget(m_actionHint);
    content->addWidget(m_fieldErrors);
    content->addWidget(detailsBox);
    content->addWidget(timelineBox);
    content->addWidget(linksBox);
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

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_envelope)
            Q_EMIT openRequested(*m_envelope);
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_envelope)
            Q_EMIT sendReplacementRequested(*m_envelope);
    });
    connect(m_refresh, &QPushButton::clicked, this, &TcEnvelopeDetailPane::refresh);
    connect(m_reveal, &QPushButton::clicked, this, &TcEnvelopeDetailPane::revealLinks);
    connect(m_copyLink, &QPushButton::clicked, this, &TcEnvelopeDetailPane::copyLink);
    connect(m_copyRedemption, &QPushButton::clicked, this, &TcEnvelopeDetailPane::copyRedemptionLink);
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (!envelopeId().isEmpty())
            QGuiApplication::clipboard()->setText(envelopeId());
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

void TcEnvelopeDetailPane::showContent(bool show) {
    m_scroll->setVisible(show);
    m_placeholder->setVisible(!show);
}

QString TcEnvelopeDetailPane::envelopeId() const {
    return m_envelope ? m_envelope->key() : QString();
}

void TcEnvelopeDetailPane::clearEnvelope() {
    m_loadCall.cancel();
    m_revealCall.cancel();
    m_envelope.reset();
    m_revealedFor.reset();
    m_url.reset();
    m_redemptionUrl.reset();
    m_openBusy = false;
    showContent(false);
    m_message->clearMessage();
    updateActions();
}

void TcEnvelopeDetailPane::loadEnvelope(const QString& envelopeId) {
    if (!m_client || envelopeId.isEmpty())
        return;
    m_loadCall.cancel();
    m_loadingId = envelopeId;
    m_message->showMessage(InlineMessage::Kind::Progress, tr("Loading envelope %1…").arg(envelopeId));
    m_loadMessage = true;
    if (!m_envelope) {
        // Show the pane (with the loading message) even before the first envelope arrives.
        showContent(true);
        m_title->setText(tr("Envelope %1").arg(envelopeId));
    }
    m_loadCall = m_client->envelope(envelopeId, this, [this, envelopeId](ApiResult<TcEnvelope> result) {
        m_loadCall.markFinished();
        onLoaded(envelopeId, result, false);
    });
    updateActions();
}

void TcEnvelopeDetailPane::refresh() {
    if (m_envelope)
        loadEnvelope(m_envelope->key());
    else if (!m_loadingId.isEmpty())
        loadEnvelope(m_loadingId);
}

void TcEnvelopeDetailPane::onLoaded(const QString& id, const ApiResult<TcEnvelope>& result, bool reveal) {
    if (!result.ok()) {
        showError(result.error(), !reveal);
        updateActions();
        return;
    }
    TcEnvelope envelope = result.value();
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
        m_message->clearMessage();
    m_loadMessage = false;
    setEnvelope(envelope);
    if (reveal) {
        if (!m_url && !m_redemptionUrl)
            m_message->showMessage(InlineMessage::Kind::Warning,
                                   tr("TruCentive sent no link for this envelope. A redemption link exists only "
                                      "once the envelope is open and its reward has an external redemption page."));
        else
            m_message->showMessage(InlineMessage::Kind::Info,
                                   tr("Links revealed. Anyone with a link can redeem the reward: share it only "
                                      "with the recipient."));
    }
    Q_EMIT envelopeLoaded(envelope);
}

void TcEnvelopeDetailPane::showError(const ApiError& error, bool lookup) {
    const TcErrorText text =
        tcErrorText(error, TcOperation::EnvelopeLookup, m_client ? m_client->accountLabel() : QString());
    m_loadMessage = false;
    const QString prefix = lookup ? QString() : tr("The links could not be fetched. ");
    if (text.suggestion == TcErrorText::Suggestion::OpenAccounts)
        m_message->showMessage(InlineMessage::Kind::Error, prefix + text.message, tr("Open Accounts"), u"accounts"_s);
    else
        m_message->showMessage(InlineMessage::Kind::Error, prefix + text.message);
}

void TcEnvelopeDetailPane::setEnvelope(const TcEnvelope& envelope) {
    if (m_revealedFor && *m_revealedFor != envelope.key()) {
        m_revealedFor.reset();
        m_url.reset();
        m_redemptionUrl.reset();
    }
    if (m_envelope && m_envelope->key() != envelope.key()) {
        m_openBusy = false;
        // Another envelope: what the strip said was about the previous one.
        if (!m_loadMessage)
            m_message->clearMessage();
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

void TcEnvelopeDetailPane::addRow(QFormLayout* form, const QString& label, const QString& value, bool selectable) {
    auto* field = new QLabel(value, m_content);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    if (selectable)
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
}

void TcEnvelopeDetailPane::showFields() {
    const TcEnvelope& e = *m_envelope;
    m_title->setText(tr("Envelope %1").arg(e.key()));
    m_stateBadge->setText(e.stateDisplay());
    m_stateBadge->setStyleSheet(badgeStyle(stateColour(e.state), u"white"_s));
    m_testBadge->setVisible(e.testMode.value_or(false));

    clearForm(m_details);
    const QString none = tr("—");
    addRow(m_details, tr("State:"), e.stateDisplay());
    addRow(m_details, tr("Project:"),
           e.projectName.isEmpty() ? e.projectUuid : tr("%1  (%2)").arg(e.projectName, e.projectUuid), true);
    addRow(m_details, tr("Mode:"),
           e.testMode ? (*e.testMode ? tr("Test mode: no real reward") : tr("Live")) : tr("unknown (not reported)"));
    QStringList addresses;
    for (const TcAddress& address : e.addresses)
        addresses << tcAddressText(address);
    addRow(m_details, e.addresses.size() > 1 ? tr("Recipients:") : tr("Recipient:"),
           addresses.isEmpty() ? tr("no delivery address reported") : addresses.join(u'\n'), true);
    QStringList fields;
    for (const auto& [name, value] : e.customFields)
        fields << tr("%1 = %2").arg(name, value);
    addRow(m_details, tr("Custom fields:"), fields.isEmpty() ? none : fields.join(u'\n'), true);
    addRow(m_details, tr("ID:"), e.key(), true);

    clearForm(m_timeline);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TcTimelineEvent& event : tcEnvelopeTimeline(e, now)) {
        QString value = event.when ? tcFormatDateTime(*event.when) : event.note;
        if (event.when && !event.note.isEmpty())
            value = tr("%1  ·  %2").arg(value, event.note);
        addRow(m_timeline, tr("%1:").arg(event.label), value);
    }

    m_fieldErrors->setVisible(!e.fieldErrors.isEmpty());
    m_fieldErrors->setText(tr("Some values TruCentive sent could not be read and are shown as unknown:\n%1")
                               .arg(e.fieldErrors.join(u'\n')));
    m_json->setJson(e.maskedRaw());
}

void TcEnvelopeDetailPane::showLinks() {
    const bool revealed = m_revealedFor.has_value();
    const QString hidden = tr("•••••••• hidden: press Reveal links");
    m_link->setText(revealed ? m_url.value_or(tr("(none sent)")) : hidden);
    m_redemptionLink->setText(revealed ? m_redemptionUrl.value_or(tr("(none: not open, or no external page)"))
                                       : hidden);
    m_link->setCursorPosition(0);
    m_redemptionLink->setCursorPosition(0);
}

void TcEnvelopeDetailPane::revealLinks() {
    if (!m_client || !m_envelope || m_revealCall.isActive())
        return;
    const QString id = m_envelope->key();
    const bool askRedemption = m_envelope->isOpened();
    m_message->showMessage(InlineMessage::Kind::Progress, tr("Fetching the links…"));
    m_loadMessage = true;
    m_revealCall = m_client->envelope(id, true, askRedemption, this, [this, id](ApiResult<TcEnvelope> result) {
        m_revealCall.markFinished();
        onLoaded(id, result, true);
    });
    updateActions();
}

void TcEnvelopeDetailPane::copyLink() {
    if (m_clipboard && m_url && linksRevealed()) {
        m_clipboard->copy(*m_url);
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("Redeem link copied. The clipboard is cleared in %n second(s) unless you copy "
                                  "something else.",
                                  nullptr, int(m_clipboard->clearDelay().count() / 1000)));
    }
}

void TcEnvelopeDetailPane::copyRedemptionLink() {
    if (m_clipboard && m_redemptionUrl && linksRevealed()) {
        m_clipboard->copy(*m_redemptionUrl);
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("Redemption link copied. The clipboard is cleared in %n second(s) unless you "
                                  "copy something else.",
                                  nullptr, int(m_clipboard->clearDelay().count() / 1000)));
    }
}

void TcEnvelopeDetailPane::setOpenBusy(bool busy) {
    m_openBusy = busy;
    updateActions();
}

void TcEnvelopeDetailPane::showOpenProgress(EnvelopeOpener::Phase phase, const QString& message) {
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
    m_message->showMessage(kind, text);
}

void TcEnvelopeDetailPane::updateActions() {
    const bool have = m_envelope.has_value();
    const bool loading = m_loadCall.isActive();
    const QString lock = have && m_lockCheck ? m_lockCheck(m_envelope->key()) : QString();
    const bool canOpen = have && m_envelope->canOpen();
    m_open->setEnabled(canOpen && !loading && !m_openBusy && lock.isEmpty());
    m_send->setEnabled(have && !loading);
    m_refresh->setEnabled(have && !loading && !m_revealCall.isActive());
    m_reveal->setEnabled(have && !loading && !m_revealCall.isActive());
    m_copyId->setEnabled(have);
    const bool revealed = linksRevealed();
    m_copyLink->setEnabled(revealed && m_url.has_value());
    m_copyRedemption->setEnabled(revealed && m_redemptionUrl.has_value());
    m_reveal->setText(revealed ? tr("Fetch links again") : tr("Reveal links"));

    QString hint;
    if (have && !lock.isEmpty()) {
        hint = lock;
    } else if (have && !canOpen && !m_openBusy) {
        switch (m_envelope->state) {
        case TcEnvelopeState::Opened:
            hint = tr("This envelope is already open.");
            break;
        case TcEnvelopeState::Locked:
            hint = tr("This envelope is locked: TruCentive will not open it. Send a replacement if the recipient "
                      "should still get a reward.");
            break;
        case TcEnvelopeState::Expired:
            hint = tr("This envelope has expired and cannot be opened. Send a replacement if the recipient should "
                      "still get a reward.");
            break;
        case TcEnvelopeState::Unknown:
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
    m_actionHint->setText(hint);
    m_actionHint->setVisible(!hint.isEmpty());
}

QString TcEnvelopeDetailPane::detailsText() const {
    QStringList lines;
    for (QFormLayout* form : {m_details, m_timeline}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QString line;
            for (auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole}) {
                if (QLayoutItem* item = form->itemAt(row, role)) {
                    if (auto* label = qobject_cast<QLabel*>(item->widget()))
                        line += label->text() + u' ';
                }
            }
            lines << line.trimmed();
        }
    }
    return lines.join(u'\n');
}

} // namespace rd
