#include "ui/common/listdetailpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/common/detailpane.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/liststatusbar.h"
#include "ui/common/tablesetup.h"

using namespace Qt::StringLiterals;

namespace rd {

ListDetailPage::ListDetailPage(QSettings* settings, const QString& settingsKey, QWidget* parent)
    : VendorPage(parent)
    , m_settings(settings)
    , m_key(settingsKey)
    , m_listSide(new QWidget(this))
    , m_listLayout(new QVBoxLayout(m_listSide))
    , m_filterRow(new QHBoxLayout)
    , m_filter(new QLineEdit(m_listSide))
    , m_refresh(new QPushButton(tr("Refresh"), m_listSide))
    , m_message(new InlineMessage(m_listSide))
    , m_view(new QTableView(m_listSide))
    , m_status(new ListStatusBar(m_listSide))
    , m_split(new QSplitter(Qt::Horizontal, this)) {
    m_filter->setClearButtonEnabled(true);
    m_refresh->setAutoDefault(false);
    m_filterRow->addWidget(m_filter, 1);
    m_filterRow->addWidget(m_refresh);

    m_listLayout->setContentsMargins(8, 8, 4, 4);
    m_listLayout->addLayout(m_filterRow);
    m_listLayout->addWidget(m_message);
    m_listLayout->addWidget(m_view, 1);
    m_listLayout->addWidget(m_status);

    m_split->addWidget(m_listSide);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            Q_EMIT accountsRequested();
    });
}

ListDetailPage::~ListDetailPage() = default;

bool ListDetailPage::focusSearch() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
    return true;
}

void ListDetailPage::setDetail(QWidget* detail, int listStretch, int detailStretch, const QList<int>& sizes) {
    m_detail = detail;
    m_split->addWidget(detail);
    if (auto* pane = qobject_cast<DetailPane*>(detail))
        connect(pane, &DetailPane::accountsRequested, this, &VendorPage::accountsRequested);
    m_split->setStretchFactor(0, listStretch);
    m_split->setStretchFactor(1, detailStretch);
    m_split->setSizes(sizes);
    if (!m_settings || m_key.isEmpty())
        return;
    const QString key = m_key + u"/split"_s;
    const QByteArray state = m_settings->value(key).toByteArray();
    if (!state.isEmpty())
        m_split->restoreState(state);
    connect(m_split, &QSplitter::splitterMoved, this, [this, key] { m_settings->setValue(key, m_split->saveState()); });
}

void ListDetailPage::setModel(QAbstractItemModel* model, int tableOptions) {
    m_view->setModel(model);
    TableSetup::apply(m_view, tableOptions);
    TableSetup::addColumnChooser(m_view);
    TableSetup::addCopyAction(m_view);
}

void ListDetailPage::persistColumns() {
    TableSetup::persistHeader(m_view, m_settings, m_key.isEmpty() ? QString() : m_key + u"/header"_s);
}

void ListDetailPage::setListTitle(const QString& title) {
    auto* label = new QLabel(title, m_listSide);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    addAboveFilter(label);
}

void ListDetailPage::addAboveFilter(QWidget* widget) {
    m_listLayout->insertWidget(m_aboveFilter++, widget);
}

void ListDetailPage::addAboveFilter(QLayout* layout) {
    m_listLayout->insertLayout(m_aboveFilter++, layout);
}

void ListDetailPage::addSpacingAboveFilter(int spacing) {
    m_listLayout->insertSpacing(m_aboveFilter++, spacing);
}

void ListDetailPage::addBeforeFilter(QWidget* widget) {
    m_filterRow->insertWidget(m_beforeFilter++, widget);
}

void ListDetailPage::addAfterFilter(QWidget* widget) {
    m_filterRow->insertWidget(m_filterRow->indexOf(m_refresh), widget);
}

void ListDetailPage::addBelowFilter(QWidget* widget) {
    m_listLayout->insertWidget(m_aboveFilter + 1 + m_belowFilter++, widget);
}

void ListDetailPage::addBelowFilter(QLayout* layout) {
    m_listLayout->insertLayout(m_aboveFilter + 1 + m_belowFilter++, layout);
}

void ListDetailPage::addAboveStatus(QWidget* widget, int stretch) {
    m_listLayout->insertWidget(m_listLayout->indexOf(m_status), widget, stretch);
}

void ListDetailPage::hideFilterRow() {
    m_filter->hide();
    m_refresh->hide();
}

void ListDetailPage::addFooter(QWidget* widget) {
    m_listLayout->addWidget(widget);
}

QLabel* ListDetailPage::makeHint(const QString& text) {
    auto* hint = new QLabel(text, m_listSide);
    hint->setTextFormat(Qt::PlainText);
    QPalette pal = hint->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    hint->setPalette(pal);
    return hint;
}

} // namespace rd
