#include "trbulksummarydialog.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/confirmationdialog.h"
#include "common/environmentbanner.h"
#include "tractionwords.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int kMaxReasonLength = 500;
constexpr int kMaxBlockedInText = 20;

QList<QPair<QString, QString>> summaryFacts(const TrBulkSummaryDialog::Summary& s) {
    const TrBulkDryRun& d = s.dryRun;
    QList<QPair<QString, QString>> facts;
    facts << qMakePair(TrBulkSummaryDialog::tr("Will be %1").arg(trActionPastTense(s.action)),
                       TrActionWords::objectCount(s.action, d.actionable));
    QString total = TrActionWords::totals(d.totalsByCurrency);
    if (d.withoutAmount > 0)
        total = TrBulkSummaryDialog::tr("%1  (+ %n without a known amount)", nullptr, d.withoutAmount).arg(total);
    facts << qMakePair(TrBulkSummaryDialog::tr("Total value"), total);
    if (s.action == TrAction::Resend) {
        QString to = TrBulkSummaryDialog::tr("each reward's current e-mail address or phone number");
        if (!s.resendTarget.updatedEmail.isEmpty())
            to = s.resendTarget.updatedEmail;
        else if (!s.resendTarget.updatedPhone.isEmpty())
            to = s.resendTarget.updatedPhone;
        facts << qMakePair(TrBulkSummaryDialog::tr("Send to"), to);
    }
    facts << qMakePair(TrBulkSummaryDialog::tr("Cannot take the action"),
                       d.blocked.isEmpty()
                           ? TrBulkSummaryDialog::tr("none")
                           : TrBulkSummaryDialog::tr("%n (skipped, listed below)", nullptr, int(d.blocked.size())));
    const qint64 ms = qint64(s.interval.count());
    facts << qMakePair(TrBulkSummaryDialog::tr("Pace"),
                       TrBulkSummaryDialog::tr("one request at a time, at most one every %1 ms: %2")
                           .arg(ms)
                           .arg(TrActionWords::eta(d.actionable, ms)));
    return facts;
}

QString summaryQuestion(const TrBulkSummaryDialog::Summary& s) {
    return TrBulkSummaryDialog::tr("%1 %2?").arg(trActionVerb(s.action),
                                                 TrActionWords::objectCount(s.action, s.dryRun.actionable));
}

QString howItRuns() {
    return TrBulkSummaryDialog::tr("Each item is journaled, then sent once; nothing is retried automatically. An item "
                                   "whose outcome is unknown is read back from Tremendous. You can stop the run "
                                   "between items.");
}

} // namespace

QString TrBulkSummaryDialog::plainText(const Summary& s) {
    QStringList lines;
    lines << summaryQuestion(s);
    lines << tr("Environment: %1").arg(EnvironmentBanner::badge(s.account.environment));
    lines << tr("Account: %1").arg(s.account.label());
    for (const auto& [label, value] : summaryFacts(s))
        lines << tr("%1: %2").arg(label, value);
    for (const auto& [id, reason] : s.dryRun.blocked)
        lines << tr("Skipped %1: %2").arg(id, reason);
    lines << TrActionWords::consequence(s.action);
    return lines.join(u'\n');
}

TrBulkSummaryDialog* TrBulkSummaryDialog::ask(QWidget* parent, const Summary& summary, Done done) {
    if (ConfirmationDialog::hasQueuedAnswer()) {
        // One seam for every confirmation: hand the same facts to ConfirmationDialog, which answers from the queue.
        Confirmation c;
        c.title = tr("%1: dry run").arg(trActionVerb(summary.action));
        c.question = summaryQuestion(summary);
        c.facts = summaryFacts(summary);
        int shown = 0;
        for (const auto& [id, reason] : summary.dryRun.blocked) {
            if (++shown > kMaxBlockedInText) {
                c.warnings << tr("… and %n more skipped", nullptr,
                                 int(summary.dryRun.blocked.size()) - kMaxBlockedInText);
                break;
            }
            c.warnings << tr("Skipped %1: %2").arg(id, reason);
        }
        c.warnings << TrActionWords::consequence(summary.action) << howItRuns();
        c.confirmLabel = TrActionWords::confirmLabel(summary.action, summary.dryRun.actionable);
        c.environment = summary.account.environment;
        c.accountLabel = summary.account.label();
        ConfirmationDialog::ask(parent, c, std::move(done));
        return nullptr;
    }
    auto* dialog = new TrBulkSummaryDialog(parent, summary, std::move(done));
    dialog->open();
    return dialog;
}

TrBulkSummaryDialog::TrBulkSummaryDialog(QWidget* parent, const Summary& summary, Done done)
    : QDialog(parent)
    , m_summary(summary)
    , m_done(std::move(done))
    , m_banner(new EnvironmentBanner(this))
    , m_blocked(new QTableWidget(this))
    , m_reason(new QLineEdit(this))
    , m_confirm(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("%1: dry run").arg(trActionVerb(summary.action)));
    m_banner->setEnvironment(summary.account.environment, summary.account.label());

    auto* heading = new QLabel(summaryQuestion(summary), this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    auto* note = new QLabel(tr("Nothing has been sent yet. This is what the run would do:"), this);
    note->setTextFormat(Qt::PlainText);

    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto& [label, value] : summaryFacts(summary)) {
        auto* valueLabel = new QLabel(value, this);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(tr("%1:").arg(label), valueLabel);
    }
    auto* environment = new QLabel(EnvironmentBanner::badge(summary.account.environment), this);
    QPalette pal = environment->palette();
    pal.setColor(QPalette::WindowText, EnvironmentBanner::colour(summary.account.environment));
    environment->setPalette(pal);
    QFont bold = environment->font();
    bold.setBold(true);
    environment->setFont(bold);
    facts->addRow(tr("Environment:"), environment);

    // The rows that cannot take the action, with the reason (skipped without sending anything).
    auto* blockedTitle = new QLabel(tr("Skipped (cannot be %1):").arg(trActionPastTense(summary.action)), this);
    m_blocked->setColumnCount(2);
    m_blocked->setHorizontalHeaderLabels({TrActionWords::objectLabel(summary.action), tr("Why")});
    m_blocked->setRowCount(int(summary.dryRun.blocked.size()));
    for (int row = 0; row < summary.dryRun.blocked.size(); ++row) {
        const auto& [id, reason] = summary.dryRun.blocked.at(row);
        auto* idItem = new QTableWidgetItem(id);
        auto* reasonItem = new QTableWidgetItem(reason);
        reasonItem->setToolTip(reason);
        m_blocked->setItem(row, 0, idItem);
        m_blocked->setItem(row, 1, reasonItem);
    }
    m_blocked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_blocked->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blocked->verticalHeader()->hide();
    m_blocked->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_blocked->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_blocked->horizontalHeader()->setStretchLastSection(true);
    m_blocked->setColumnWidth(0, 170);
    m_blocked->setWordWrap(false);
    const int visibleRows = qBound(1, int(summary.dryRun.blocked.size()), 6);
    m_blocked->setFixedHeight(m_blocked->horizontalHeader()->sizeHint().height() +
                              visibleRows * m_blocked->verticalHeader()->defaultSectionSize() + 4);
    blockedTitle->setVisible(!summary.dryRun.blocked.isEmpty());
    m_blocked->setVisible(!summary.dryRun.blocked.isEmpty());

    auto* warning = new QLabel(TrActionWords::consequence(summary.action) + u"\n"_s + howItRuns(), this);
    warning->setTextFormat(Qt::PlainText);
    warning->setWordWrap(true);
    warning->setObjectName(u"bulkWarning"_s);
    warning->setStyleSheet(u"QLabel#bulkWarning { background: #fff4e5; color: #663c00; "
                           "border: 1px solid #ffcc80; border-radius: 4px; padding: 6px; }"_s);

    auto* reasonLabel = new QLabel(tr("Reason (required, kept in the audit log for every item):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("e.g. ticket number, or \"morning approval queue\""));
    m_reason->setMaxLength(kMaxReasonLength);
    m_reason->setClearButtonEnabled(true);

    m_confirm->setText(TrActionWords::confirmLabel(summary.action, summary.dryRun.actionable));
    m_confirm->setAutoDefault(false); // Enter in the reason field must not start a money move by accident
    m_cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_banner);
    auto* body = new QVBoxLayout;
    body->setContentsMargins(16, 8, 16, 0);
    body->setSpacing(10);
    body->addWidget(heading);
    body->addWidget(note);
    body->addLayout(facts);
    body->addWidget(blockedTitle);
    body->addWidget(m_blocked);
    body->addWidget(warning);
    body->addWidget(reasonLabel);
    body->addWidget(m_reason);
    body->addLayout(buttons);
    layout->addLayout(body);
    setMinimumWidth(qBound(560, m_banner->sizeHint().width() + 8, 900));

    auto update = [this] {
        m_confirm->setEnabled(!m_reason->text().trimmed().isEmpty() && m_summary.dryRun.actionable > 0);
    };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    connect(m_confirm, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { answer(false); });
    connect(this, &QDialog::rejected, this, [this] { answer(false); });
    m_reason->setFocus();
    update();
}

void TrBulkSummaryDialog::answer(bool confirmed) {
    if (m_answered)
        return;
    if (confirmed && !m_confirm->isEnabled())
        return;
    m_answered = true;
    const QString reason = m_reason->text().trimmed();
    Done done = std::move(m_done);
    if (confirmed)
        accept();
    else
        reject();
    if (done)
        done(confirmed, reason);
}

} // namespace rd
