#include "ui/trucentive/senddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "api/trucentive/trucentiveclient.h"
#include "models/trucentive/format.h"
#include "models/trucentive/instrumentmodel.h"
#include "models/trucentive/projectmodel.h"
#include "ui/common/environmentbanner.h"
#include "ui/common/inlinemessage.h"
#include "ui/trucentive/sendflow.h"

using namespace Qt::StringLiterals;

namespace rd::trucentive {

namespace {

// One-line hints are not word-wrapped: a wrapped label in a dialog's form reserves the height of its narrowest
// layout (a visible gap). Hints that can be long (errors, earlier sends) wrap.
QLabel* hintLabel(QWidget* parent, bool wrap = true) {
    auto* label = new QLabel(parent);
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

// "$ 5,50 " -> "5.50": what agents type, in what TruCentive expects (dollars and cents with a point).
QString normalisedAmount(QString text) {
    text = text.trimmed();
    if (text.startsWith(u'$'))
        text = text.mid(1).trimmed();
    text.remove(u' ');
    if (text.count(u',') == 1 && !text.contains(u'.'))
        text.replace(u',', u'.');
    return text;
}

} // namespace

SendDialog::SendDialog(Client* client, ProjectModel* projects, SendFlow* flow, const Account& account, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projects(projects)
    , m_instruments(new InstrumentModel(client, this))
    , m_flow(flow)
    , m_account(account)
    , m_banner(new EnvironmentBanner(this))
    , m_project(new QComboBox(this))
    , m_projectHint(hintLabel(this))
    , m_instrument(new QComboBox(this))
    , m_instrumentHint(hintLabel(this, false))
    , m_amount(new QLineEdit(this))
    , m_amountHint(hintLabel(this, false))
    , m_address(new QLineEdit(this))
    , m_recentHint(hintLabel(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_customBox(new QGroupBox(tr("Custom fields of the project"), this))
    , m_customForm(new QFormLayout(m_customBox))
    , m_noCustomFields(hintLabel(m_customBox))
    , m_batch(new QCheckBox(tr("Batch: TruCentive does not deliver it; you pass the link on (Reveal links)"), this))
    , m_message(new InlineMessage(this))
    , m_sendButton(new QPushButton(tr("Review and send…"), this))
    , m_closeButton(new QPushButton(tr("Close"), this)) {
    setWindowTitle(tr("Send envelope — %1").arg(account.label()));
    setWindowModality(Qt::WindowModal);
    m_banner->setEnvironment(account.environment, account.label());
    setMinimumWidth(qBound(560, m_banner->sizeHint().width() + 8, 900)); // the environment strip reads in full

    m_project->setModel(m_projects);
    m_project->setModelColumn(ProjectModel::Name);
    m_project->setPlaceholderText(tr("Choose a project"));
    m_project->setCurrentIndex(-1);
    m_instrument->setModel(m_instruments);
    m_instrument->setModelColumn(InstrumentModel::Name);
    m_instrument->setPlaceholderText(tr("Choose an instrument"));
    m_amount->setPlaceholderText(tr("e.g. 5.50"));
    m_amount->setMaxLength(20);
    m_address->setPlaceholderText(tr("e-mail address or phone number"));
    m_address->setMaxLength(254);
    m_firstName->setPlaceholderText(tr("optional"));
    m_lastName->setPlaceholderText(tr("optional"));
    m_noCustomFields->setText(tr("This project has no custom fields."));
    m_customForm->addRow(m_noCustomFields);
    m_batch->setToolTip(tr("batch_allowed: TruCentive will not e-mail the recipient. Fetch the link from the envelope "
                           "and send it yourself."));

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(QString(), m_projectHint);
    form->addRow(tr("&Instrument:"), m_instrument);
    form->addRow(QString(), m_instrumentHint);
    form->addRow(tr("&Amount (US$):"), m_amount);
    form->addRow(QString(), m_amountHint);
    form->addRow(tr("&Recipient:"), m_address);
    form->addRow(QString(), m_recentHint);
    auto* names = new QHBoxLayout;
    names->addWidget(m_firstName);
    auto* lastLabel = new QLabel(tr("&Last name:"), this);
    lastLabel->setBuddy(m_lastName);
    names->addWidget(lastLabel);
    names->addWidget(m_lastName);
    auto* firstLabel = new QLabel(tr("&First name:"), this);
    firstLabel->setBuddy(m_firstName);
    form->addRow(firstLabel, names);
    for (QLabel* hint : {m_projectHint, m_instrumentHint, m_amountHint, m_recentHint})
        form->setRowVisible(hint, false);

    m_sendButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_sendButton);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(16, 10, 16, 0);
    body->addLayout(form);
    body->addWidget(m_customBox);
    body->addWidget(m_batch);
    body->addWidget(m_message);
    body->addStretch(1);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);

    // A combo box selects its first row after a model reset: keep the agent's choice (or none) instead, so a
    // project or an instrument is always chosen deliberately. Connected after setModel(): runs after the combo's own.
    connect(m_projects, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const Project* project = selectedProject();
        m_keptProject = project ? project->uuid : QString();
        m_resetting = true;
    });
    connect(m_projects, &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        m_project->setCurrentIndex(m_projects->rowOf(m_keptProject));
        onProjectChanged();
    });
    connect(m_instruments, &QAbstractItemModel::modelReset, this, &SendDialog::chooseInstrument);
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_resetting)
            onProjectChanged();
    });
    connect(m_projects, &ProjectModel::stateChanged, this, &SendDialog::onProjectsState);
    connect(m_instruments, &InstrumentModel::stateChanged, this, &SendDialog::updateInstrumentState);
    connect(m_instrument, &QComboBox::currentIndexChanged, this, [this] {
        updateInstrumentState();
        revalidate();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &SendDialog::revalidate);
    connect(m_address, &QLineEdit::textChanged, this, &SendDialog::revalidate);
    connect(m_address, &QLineEdit::editingFinished, this, &SendDialog::updateRecentHint);
    connect(m_sendButton, &QPushButton::clicked, this, &SendDialog::submit);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"feeds") {
            Q_EMIT checkFeedsRequested(m_address->text().trimmed());
            reject();
        } else if (id == u"accounts") {
            Q_EMIT accountsRequested();
        }
    });
    if (m_flow)
        connect(m_flow, &SendFlow::busyChanged, this, &SendDialog::updateButtons);

    if (m_projects->state() == ProjectModel::State::Idle || m_projects->state() == ProjectModel::State::Error)
        m_projects->load();
    onProjectsState();
    onProjectChanged();
}

SendDialog::~SendDialog() = default;

void SendDialog::prefill(const SendPrefill& prefill) {
    m_address->setText(prefill.address);
    m_firstName->setText(prefill.firstName);
    m_lastName->setText(prefill.lastName);
    m_pending = prefill;
    onProjectsState();
}

void SendDialog::onProjectsState() {
    switch (m_projects->state()) {
    case ProjectModel::State::Loading:
        m_projectHint->setText(tr("Loading projects…"));
        break;
    case ProjectModel::State::Error:
        m_projectHint->setText(m_projects->errorMessage());
        break;
    case ProjectModel::State::Empty:
        m_projectHint->setText(tr("This account has no projects."));
        break;
    default:
        m_projectHint->clear();
        break;
    }
    if (m_projects->hasLoaded() && m_pending && !m_pending->projectUuid.isEmpty()) {
        const int row = m_projects->rowOf(m_pending->projectUuid);
        if (row < 0) {
            m_projectHint->setText(tr("The envelope's project is not in this account's project list; choose one."));
            m_pending->projectUuid.clear();
        } else if (m_project->currentIndex() != row) {
            m_project->setCurrentIndex(row); // onProjectChanged applies the rest of the prefill
        } else {
            onProjectChanged();
        }
    }
    m_form->setRowVisible(m_projectHint, !m_projectHint->text().isEmpty());
    updateButtons();
}

const Project* SendDialog::selectedProject() const {
    return m_projects->projectAt(m_project->currentIndex());
}

const Instrument* SendDialog::selectedInstrument() const {
    return m_instruments->instrumentAt(m_instrument->currentIndex());
}

void SendDialog::onProjectChanged() {
    const Project* project = selectedProject();
    m_instruments->setProject(project ? project->uuid : QString());
    rebuildCustomFields();
    updateAmountHint();
    if (project && m_pending && m_pending->projectUuid == project->uuid) {
        for (const auto& [name, value] : m_pending->customFields) {
            if (QLineEdit* edit = m_customEdits.value(name))
                edit->setText(value);
        }
    }
    updateInstrumentState();
    revalidate();
}

void SendDialog::updateInstrumentState() {
    switch (m_instruments->state()) {
    case InstrumentModel::State::Loading:
        m_instrumentHint->setText(tr("Loading the project's instruments…"));
        break;
    case InstrumentModel::State::Error:
        m_instrumentHint->setText(m_instruments->errorMessage());
        break;
    case InstrumentModel::State::Empty:
        m_instrumentHint->setText(tr("This project offers no instruments."));
        break;
    case InstrumentModel::State::Idle:
        m_instrumentHint->setText(tr("Choose a project first."));
        break;
    default: {
        const Instrument* instrument = selectedInstrument();
        m_instrumentHint->setText(instrument ? instrument->description.simplified() : QString());
        break;
    }
    }
    m_form->setRowVisible(m_instrumentHint, !m_instrumentHint->text().isEmpty());
    updateButtons();
}

void SendDialog::chooseInstrument() {
    int row = -1;
    if (m_pending && !m_pending->instrumentUuid.isEmpty() && m_pending->projectUuid == m_instruments->projectUuid())
        row = m_instruments->rowOf(m_pending->instrumentUuid);
    if (row < 0 && m_instruments->rowCount() == 1)
        row = 0; // the only choice
    m_instrument->setCurrentIndex(row);
    updateInstrumentState();
}

void SendDialog::rebuildCustomFields() {
    while (m_customForm->rowCount() > 1)
        m_customForm->removeRow(1);
    m_customEdits.clear();
    const Project* project = selectedProject();
    const QStringList names = project ? project->customFields : QStringList();
    m_noCustomFields->setVisible(names.isEmpty());
    m_noCustomFields->setText(project ? tr("This project has no custom fields.") : tr("Choose a project first."));
    for (const QString& name : names) {
        auto* edit = new QLineEdit(m_customBox);
        edit->setPlaceholderText(tr("optional; left out when empty"));
        edit->setMaxLength(200);
        m_customForm->addRow(tr("%1:").arg(name), edit);
        m_customEdits.insert(name, edit);
    }
}

void SendDialog::updateAmountHint() {
    m_form->setRowVisible(m_amountHint, true);
    const Project* project = selectedProject();
    if (!project) {
        m_amount->setEnabled(true);
        m_amountHint->setText(tr("Choose a project to see its allowed amounts."));
        return;
    }
    if (project->isFixedValue()) {
        m_amount->setText(project->minValue.amountText());
        m_amount->setEnabled(false);
        m_amountHint->setText(tr("This project has a fixed value of %1: TruCentive ignores the amount and sends that "
                                 "value.")
                                  .arg(formatUsd(project->minValue)));
        return;
    }
    m_amount->setEnabled(true);
    if (project->minValue.valid() && project->maxValue.valid())
        m_amountHint->setText(
            tr("Between %1 and %2 for this project.").arg(formatUsd(project->minValue), formatUsd(project->maxValue)));
    else
        m_amountHint->setText(tr("The project's value range could not be read: TruCentive checks the amount."));
}

void SendDialog::updateRecentHint() {
    const QStringList recent = m_flow ? m_flow->recentSends(m_address->text()) : QStringList();
    m_recentHint->setText(recent.join(u'\n'));
    m_form->setRowVisible(m_recentHint, !recent.isEmpty());
}

DeliverRequest SendDialog::request() const {
    DeliverRequest r;
    const Project* project = selectedProject();
    const Instrument* instrument = selectedInstrument();
    r.projectUuid = project ? project->uuid : QString();
    r.instrumentUuid = instrument ? instrument->uuid : QString();
    r.amount = project && project->isFixedValue() ? project->minValue.amountText() : normalisedAmount(m_amount->text());
    r.address = m_address->text().trimmed();
    r.firstName = m_firstName->text().trimmed();
    r.lastName = m_lastName->text().trimmed();
    r.batchAllowed = m_batch->isChecked();
    if (project) {
        for (const QString& name : project->customFields) {
            const QLineEdit* edit = m_customEdits.value(name);
            if (edit && !edit->text().trimmed().isEmpty())
                r.customFields.append({name, edit->text().trimmed()});
        }
    }
    return r;
}

QStringList SendDialog::problems() const {
    QStringList out = validateDeliverRequest(request(), selectedProject());
    if (m_instruments->state() == InstrumentModel::State::Loading && !selectedInstrument())
        out.prepend(tr("Wait for the project's instruments to load."));
    return out;
}

void SendDialog::revalidate() {
    if (!m_submitted)
        return;
    const QStringList list = problems();
    if (list.isEmpty()) {
        if (m_message->kind() == InlineMessage::Kind::Error)
            m_message->clearMessage();
    } else {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Nothing was sent. Please fix:\n• %1").arg(list.join(u"\n• "_s)));
    }
}

void SendDialog::submit() {
    if (!m_flow || m_flow->isBusy())
        return;
    m_submitted = true;
    const QStringList list = problems();
    if (!list.isEmpty()) {
        revalidate();
        return;
    }
    const Project project = *selectedProject();
    const Instrument instrument = *selectedInstrument();
    m_message->showMessage(InlineMessage::Kind::Progress, tr("Waiting for your confirmation…"));
    QPointer<SendDialog> self(this);
    m_flow->send(this, request(), project, instrument, [self](const SendFlow::Result& result) {
        if (!self)
            return;
        using Kind = SendFlow::Result::Kind;
        InlineMessage* message = self->m_message;
        switch (result.kind) {
        case Kind::Cancelled:
            message->clearMessage();
            break;
        case Kind::Sent:
            message->showMessage(InlineMessage::Kind::Success, result.message);
            self->accept();
            break;
        case Kind::Unknown:
        case Kind::Refused:
            if (result.suggestion == ErrorText::Suggestion::CheckBeforeResend)
                message->showMessage(InlineMessage::Kind::Warning, result.message, tr("Check the feeds"), u"feeds"_s);
            else
                message->showMessage(InlineMessage::Kind::Error, result.message);
            break;
        case Kind::Rejected:
            if (result.suggestion == ErrorText::Suggestion::OpenAccounts)
                message->showMessage(InlineMessage::Kind::Error, result.message, tr("Open Accounts"), u"accounts"_s);
            else
                message->showMessage(InlineMessage::Kind::Error, result.message);
            break;
        }
        self->updateButtons();
    });
    updateButtons();
}

void SendDialog::updateButtons() {
    const bool busy = m_flow && m_flow->isBusy();
    m_sendButton->setEnabled(!busy && m_projects->hasLoaded());
    m_sendButton->setText(busy ? tr("Sending…") : tr("Review and send…"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_project, m_instrument, m_address, m_firstName, m_lastName,
                                                      m_customBox, m_batch})
        w->setEnabled(!busy);
    if (const Project* project = selectedProject(); !busy)
        m_amount->setEnabled(!project || !project->isFixedValue());
    else
        m_amount->setEnabled(false);
}

} // namespace rd::trucentive
