#include "ui/common/vendortabshell.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include "api/accounts/accountstore.h"
#include "api/session/accountsessions.h"
#include "ui/common/environmentbanner.h"
#include "ui/common/inlinemessage.h"
#include "ui/common/palette.h"
#include "ui/common/vendorpage.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr int kMaxPageKeys = 9; // Alt+1 … Alt+9
}

VendorTabShell::VendorTabShell(const AppContext& context, const Account& account, const QString& vendorKey,
                               QWidget* parent)
    : VendorTab(parent)
    , m_context(context)
    , m_account(account)
    , m_vendorName(vendorDisplayName(account.vendor))
    , m_settingsPrefix(u"%1/%2"_s.arg(vendorKey, account.id))
    , m_environment(new QLabel(EnvironmentBanner::badge(account.environment), this))
    , m_header(new QHBoxLayout)
    , m_message(new InlineMessage(this))
    , m_pages(new QTabWidget(this)) {
    Palette::styleEnvironmentBadge(m_environment, account.environment);
    m_environment->setToolTip(tr("Every action on this tab goes to %1.").arg(account.label()));
    m_header->setContentsMargins(8, 6, 8, 0);
    m_header->addWidget(m_environment);
    m_pages->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    auto* messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(8, 0, 8, 0);
    messageRow->addWidget(m_message);
    layout->addLayout(messageRow);
    layout->addWidget(m_pages, 1);

    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString& id) {
        if (id == u"accounts")
            openAccounts();
    });
}

VendorTabShell::~VendorTabShell() {
    if (m_context.settings)
        m_context.settings->setValue(m_settingsPrefix + u"/page"_s, m_pages->currentIndex());
}

QString VendorTabShell::accountName() const {
    return m_account.displayName.isEmpty() ? m_account.label() : m_account.displayName;
}

QString VendorTabShell::tabTitle() const {
    const QString badge = tabBadge();
    return badge.isEmpty() ? accountName() : tr("%1 (%2)").arg(accountName(), badge);
}

void VendorTabShell::addPage(VendorPage* page) {
    m_pageList << page;
    m_pages->addTab(page, page->pageTitle());
    updatePageTab(page);
    connect(page, &VendorPage::badgeChanged, this, [this, page] { updatePageTab(page); });
    connect(page, &VendorPage::accountsRequested, this, &VendorTabShell::openAccounts);
}

VendorPage* VendorTabShell::page(int index) const {
    return m_pageList.value(index);
}

VendorPage* VendorTabShell::currentPage() const {
    return page(m_pages->currentIndex());
}

void VendorTabShell::updatePageTab(VendorPage* page) {
    const int index = int(m_pageList.indexOf(page));
    if (index < 0)
        return;
    const QString badge = page->pageBadge();
    m_pages->setTabText(index, badge.isEmpty() ? page->pageTitle() : tr("%1 (%2)").arg(page->pageTitle(), badge));
    const QString tip = page->pageToolTip();
    if (index < kMaxPageKeys)
        m_pages->setTabToolTip(index,
                               tip.isEmpty() ? tr("Alt+%1").arg(index + 1) : tr("%1 (Alt+%2)").arg(tip).arg(index + 1));
    else
        m_pages->setTabToolTip(index, tip);
}

void VendorTabShell::finishSetup() {
    for (int index = 0; index < m_pages->count() && index < kMaxPageKeys; ++index) {
        auto* key = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, index] { m_pages->setCurrentIndex(index); });
    }
    if (m_context.settings) {
        const int index = m_context.settings->value(m_settingsPrefix + u"/page"_s, 0).toInt();
        if (index >= 0 && index < m_pages->count())
            m_pages->setCurrentIndex(index);
    }
    m_lastTitle = tabTitle();
    connect(m_pages, &QTabWidget::currentChanged, this, &VendorTabShell::ensurePageLoaded);
    if (m_context.sessions)
        connect(m_context.sessions, &AccountSessions::sessionChanged, this, &VendorTabShell::onSessionChanged);
    startIfReady();
}

void VendorTabShell::onSessionChanged(const QString& accountId) {
    if (accountId != m_account.id)
        return;
    if (const std::optional<Account> account = m_context.accounts ? m_context.accounts->find(accountId) : std::nullopt)
        m_account = *account;
    const bool wasStarted = m_started;
    startIfReady();
    if (wasStarted && m_context.sessions->state(m_account.id) == AccountSessions::State::Ready) {
        // A replaced key: read what is visible again.
        onKeyReplaced();
        refresh();
    }
    updateTitle();
}

void VendorTabShell::startIfReady() {
    if (!m_context.sessions) {
        m_message->showMessage(InlineMessage::Kind::Error, tr("The %1 connection is not available.").arg(m_vendorName));
        return;
    }
    switch (m_context.sessions->state(m_account.id)) {
    case AccountSessions::State::Loading:
        m_message->showMessage(InlineMessage::Kind::Progress, tr("Reading the API key from secure storage…"));
        return;
    case AccountSessions::State::NoCredential:
    case AccountSessions::State::StorageUnavailable:
        onNotConnected();
        showAccountsError(m_context.sessions->message(m_account.id));
        return;
    case AccountSessions::State::Ready:
        break;
    }
    if (m_message->kind() != InlineMessage::Kind::Error || !m_started)
        m_message->clearMessage();
    if (m_started)
        return;
    m_started = true;
    onStarted();
    ensurePageLoaded();
}

void VendorTabShell::ensurePageLoaded() {
    if (!m_started)
        return;
    if (VendorPage* page = currentPage())
        page->ensureLoaded();
}

void VendorTabShell::refresh() {
    if (!m_started) {
        startIfReady();
        return;
    }
    onRefresh();
    if (VendorPage* page = currentPage())
        page->refresh();
}

void VendorTabShell::focusSearch() {
    VendorPage* page = currentPage();
    if (page && page->focusSearch())
        return;
    if (m_searchPage) {
        m_pages->setCurrentWidget(m_searchPage);
        m_searchPage->focusSearch();
    }
}

void VendorTabShell::showAccountsError(const QString& text) {
    m_message->showMessage(InlineMessage::Kind::Error, text, tr("Open Accounts"), u"accounts"_s);
}

void VendorTabShell::openAccounts() {
    if (isSignalConnected(QMetaMethod::fromSignal(&VendorTab::accountsRequested))) {
        Q_EMIT accountsRequested();
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Info, tr("Open File > Accounts to check this account's API key."));
}

void VendorTabShell::updateTitle() {
    const QString title = tabTitle();
    if (title != m_lastTitle) {
        m_lastTitle = title;
        Q_EMIT titleChanged();
    }
}

} // namespace rd
