#include "ui/tremendous/bulksummarydialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/confirmationdialog.h"
#include "ui/tremendous/actionwords.h"

using namespace Qt::StringLiterals;

namespace rd::tremendous {

namespace {

constexpr int kMaxBlockedInText = 20;

QList<QPair<QString, QString>> summaryFacts(const BulkSummaryDialog::Summary& s) {
    const BulkDryRun& d = s.dryRun;
    QList<QPair<QString, QString>> facts;
    facts << qMakePair(BulkSummaryDialog::tr("Will be %1").arg(actionPastTense(s.action)),
                       ActionWords::objectCount(s.action, d.actionable));
    QString total = ActionWords::totals(d.totalsByCurrency);
    if (d.withoutAmount > 0)
        total = BulkSummaryDialog::tr("%1  (+ %n without a known amount)", nullptr, d.withoutAmount).arg(total);
    facts << qMakePair(BulkSummaryDialog::tr("Total value"), total);
    if (s.action == Action::Resend) {
        QString to = BulkSummaryDialog::tr("each reward's current e-mail address or phone number");
        if (!s.resendTarget.updatedEmail.isEmpty())
            to = s.resendTarget.updatedEmail;
        else if (!s.resendTarget.updatedPhone.isEmpty())
            to = s.resendTarget.updatedPhone;
        facts << qMakePair(BulkSummaryDialog::tr("Send to"), to);
    }
    facts << qMakePair(BulkSummaryDialog::tr("Cannot take the action"),
                       d.blocked.isEmpty()
                           ? BulkSummaryDialog::tr("none")
                           : BulkSummaryDialog::tr("%n (skipped, listed below)", nullptr, int(d.blocked.size())));
    const qint64 ms = qint64(s.interval.count());
    facts << qMakePair(BulkSummaryDialog::tr("Pace"),
                       BulkSummaryDialog::tr("one request at a time, at most one every %1 ms: %2")
                           .arg(ms)
                           .arg(ActionWords::eta(d.actionable, ms)));
    return facts;
}

QString summaryQuestion(const BulkSummaryDialog::Summary& s) {
    return BulkSummaryDialog::tr("%1 %2?").arg(actionVerb(s.action),
                                               ActionWords::objectCount(s.action, s.dryRun.actionable));
}

QString howItRuns() {
    return BulkSummaryDialog::tr("Each item is journaled, then sent once; nothing is retried automatically. An item "
                                 "whose outcome is unknown is read back from Tremendous. You can stop the run "
                                 "between items.");
}

} // namespace

Confirmation BulkSummaryDialog::confirmation(const Summary& summary) {
    Confirmation c;
    c.title = tr("%1: dry run").arg(actionVerb(summary.action));
    c.question = summaryQuestion(summary);
    c.note = tr("Nothing has been sent yet. This is what the run would do:");
    c.facts = summaryFacts(summary);
    int shown = 0;
    for (const auto& [id, reason] : summary.dryRun.blocked) {
        if (++shown > kMaxBlockedInText) {
            c.extra.text << tr("… and %n more skipped", nullptr,
                               int(summary.dryRun.blocked.size()) - kMaxBlockedInText);
            break;
        }
        c.extra.text << tr("Skipped %1: %2").arg(id, reason);
    }
    c.extra.build = [summary](QWidget* parent) -> QWidget* { return new BulkSummaryDialog(summary, parent); };
    c.warnings << ActionWords::consequence(summary.action) + u"\n"_s + howItRuns();
    c.confirmLabel = ActionWords::confirmLabel(summary.action, summary.dryRun.actionable);
    c.canConfirm = summary.dryRun.actionable > 0;
    c.reasonLabel = tr("Reason (required, kept in the audit log for every item):");
    c.reasonPlaceholder = tr("e.g. ticket number, or \"morning approval queue\"");
    c.environment = summary.account.environment;
    c.accountLabel = summary.account.label();
    c.minimumWidth = 560;
    return c;
}

QString BulkSummaryDialog::plainText(const Summary& summary) {
    return ConfirmationDialog::plainText(confirmation(summary));
}

ConfirmationDialog* BulkSummaryDialog::ask(QWidget* parent, const Summary& summary, Done done) {
    return ConfirmationDialog::ask(parent, confirmation(summary), std::move(done));
}

BulkSummaryDialog::BulkSummaryDialog(const Summary& summary, QWidget* parent)
    : QWidget(parent)
    , m_summary(summary)
    , m_blocked(new QTableWidget(this)) {
    // The rows that cannot take the action, with the reason (skipped without sending anything).
    auto* blockedTitle = new QLabel(tr("Skipped (cannot be %1):").arg(actionPastTense(summary.action)), this);
    m_blocked->setColumnCount(2);
    m_blocked->setHorizontalHeaderLabels({ActionWords::objectLabel(summary.action), tr("Why")});
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(blockedTitle);
    layout->addWidget(m_blocked);
    setVisible(!summary.dryRun.blocked.isEmpty());
}

ConfirmationDialog* BulkSummaryDialog::dialog() const {
    return qobject_cast<ConfirmationDialog*>(parentWidget());
}

QLineEdit* BulkSummaryDialog::reasonEdit() const {
    return dialog() ? dialog()->reasonEdit() : nullptr;
}

QPushButton* BulkSummaryDialog::confirmButton() const {
    return dialog() ? dialog()->confirmButton() : nullptr;
}

QPushButton* BulkSummaryDialog::cancelButton() const {
    return dialog() ? dialog()->cancelButton() : nullptr;
}

} // namespace rd::tremendous
