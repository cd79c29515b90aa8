#include "ui/accounts/accounteditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

#include "api/accounts/accountstore.h"
#include "api/accounts/accountvalidation.h"
#include "api/credentials/credentialstore.h"
#include "api/session/accountsessions.h"
#include "api/session/connectiontester.h"
#include "ui/common/messageboxes.h"
#include "ui/common/palette.h"

namespace rd {

namespace {
QString secretLabel(const QByteArray& name) {
    if (name == SecretName::ClientId)
        return AccountEditDialog::tr("Client ID");
    if (name == SecretName::ClientSecret)
        return AccountEditDialog::tr("Client secret");
    return AccountEditDialog::tr("API key");
}

QString environmentLabel(Vendor vendor, Environment environment) {
    if (environment == Environment::Production)
        return AccountEditDialog::tr("Production");
    switch (vendor) {
    case Vendor::Tremendous:
        return AccountEditDialog::tr("Sandbox (testflight)");
    case Vendor::Trigg:
        return AccountEditDialog::tr("Staging / sandbox");
    case Vendor::Cheetah:
        return AccountEditDialog::tr("Test tenant");
    case Vendor::TruCentive:
        return AccountEditDialog::tr("Test account");
    }
    return {};
}

QString urlHint(Vendor vendor) {
    switch (vendor) {
    case Vendor::TruCentive:
        return AccountEditDialog::tr("The documented address is https://app.trucentive.com/api/v1; TruCentive says "
                                     "yours may differ.");
    case Vendor::Tremendous:
        return AccountEditDialog::tr("Set by the environment: testflight for sandbox keys (TEST_…), api for "
                                     "production keys (PROD_…).");
    case Vendor::Cheetah:
        return AccountEditDialog::tr("Your program's own address, e.g. https://mycompany.cheetahedp.com. The client "
                                     "ID and secret are under Admin > OAuth Applications.");
    case Vendor::Trigg:
        return AccountEditDialog::tr("Production https://api.oculos.no/v4, staging https://api.staging.oculos.no/v4.");
    }
    return {};
}
} // namespace

AccountEditDialog::AccountEditDialog(AccountStore* accounts, AccountSessions* sessions, ConnectionTester* tester,
                                     const std::optional<Account>& existing, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_sessions(sessions)
    , m_tester(tester)
    , m_isNew(!existing)
    , m_form(new QFormLayout)
    , m_vendor(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_urlHint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(m_isNew ? tr("Add account") : tr("Edit account"));
    setMinimumWidth(560);
    if (existing) {
        m_account = *existing;
        m_urlEdited = true;
    } else {
        m_account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    for (Vendor v : {Vendor::TruCentive, Vendor::Tremendous, Vendor::Cheetah, Vendor::Trigg})
        m_vendor->addItem(vendorDisplayName(v), int(v));
    m_vendor->setCurrentIndex(m_vendor->findData(int(m_account.vendor)));
    m_vendor->setEnabled(m_isNew);
    m_name->setText(m_account.displayName);
    m_name->setPlaceholderText(tr("e.g. Rewards team, production"));
    m_baseUrl->setText(m_account.baseUrl.toString());
    m_urlHint->setWordWrap(true);
    m_urlHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form->addRow(tr("Vendor"), m_vendor);
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Environment"), m_environment);
    m_form->addRow(tr("Base URL"), m_baseUrl);
    m_form->addRow(QString(), m_urlHint);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_status, 1);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this] {
        m_urlEdited = false;
        rebuildForVendor();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, &AccountEditDialog::updateDefaultUrl);
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] { m_urlEdited = true; });
    connect(m_testButton, &QPushButton::clicked, this, &AccountEditDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountEditDialog::reject);
    rebuildForVendor();
}

AccountEditDialog::~AccountEditDialog() {
    m_tester->cancel();
}

QPushButton* AccountEditDialog::saveButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

QString AccountEditDialog::statusText() const {
    return m_status->text();
}

void AccountEditDialog::rebuildForVendor() {
    const auto vendor = Vendor(m_vendor->currentData().toInt());
    for (QWidget* row : std::as_const(m_secretRows))
        m_form->removeRow(row);
    m_secretRows.clear();
    m_secretEdits.clear();

    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    for (Environment e : {Environment::Production, Environment::Sandbox})
        m_environment->addItem(environmentLabel(vendor, e), int(e));
    const int envIndex = m_environment->findData(int(m_account.environment));
    m_environment->setCurrentIndex(envIndex >= 0 ? envIndex : 0);
    m_environment->setEnabled(!m_account.isDemo());
    m_urlHint->setText(urlHint(vendor));

    for (const QByteArray& name : Account::secretNames(vendor)) {
        auto* edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password); // Qt disables copy and cut in password mode
        edit->setAttribute(Qt::WA_InputMethodEnabled, false);
        edit->setObjectName(QString::fromLatin1(name));
        if (!m_isNew && vendor == m_account.vendor) {
            edit->setPlaceholderText(name == Account::secretNames(vendor).constLast() && !m_account.secretHint.isEmpty()
                                         ? tr("Stored (••••%1). Leave empty to keep it.").arg(m_account.secretHint)
                                         : tr("Stored. Leave empty to keep it."));
        }
        m_form->addRow(secretLabel(name), edit);
        m_secretRows.append(edit);
        m_secretEdits.insert(name, edit);
    }
    updateDefaultUrl();
}

void AccountEditDialog::updateDefaultUrl() {
    if (m_urlEdited || m_account.isDemo())
        return;
    const auto vendor = Vendor(m_vendor->currentData().toInt());
    const auto environment = Environment(m_environment->currentData().toInt());
    m_baseUrl->setText(Account::defaultBaseUrl(vendor, environment).toString());
}

Account AccountEditDialog::accountFromForm() const {
    Account account = m_account;
    account.vendor = Vendor(m_vendor->currentData().toInt());
    if (!account.isDemo())
        account.environment = Environment(m_environment->currentData().toInt());
    account.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    account.displayName = m_name->text().trimmed();
    if (account.displayName.isEmpty())
        account.displayName = vendorDisplayName(account.vendor);
    return account;
}

QHash<QByteArray, QByteArray> AccountEditDialog::typedSecrets() const {
    QHash<QByteArray, QByteArray> secrets;
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it) {
        const QByteArray value = it.value()->text().trimmed().toUtf8();
        if (!value.isEmpty())
            secrets.insert(it.key(), value);
    }
    return secrets;
}

QString AccountEditDialog::validate(const Account& account, const QHash<QByteArray, QByteArray>& typed) const {
    const Validation url = validateAccountUrl(account.vendor, account.environment, account.baseUrl);
    if (!url.ok())
        return url.message;
    for (const QByteArray& name : Account::secretNames(account.vendor)) {
        if (!typed.contains(name)) {
            if (m_isNew || account.vendor != m_account.vendor)
                return tr("Enter the %1.").arg(secretLabel(name));
            continue;
        }
        const Validation secret = validateSecret(account.vendor, account.environment, QString::fromLatin1(name),
                                                 QString::fromUtf8(typed.value(name)));
        if (!secret.ok())
            return secret.message;
    }
    return {};
}

void AccountEditDialog::setStatus(const QString& text, bool error) {
    Palette::styleText(m_status, error ? Palette::Tone::Error : Palette::Tone::Neutral);
    m_status->setText(text);
}

void AccountEditDialog::setBusy(bool busy, const QString& status) {
    m_testButton->setEnabled(!busy);
    saveButton()->setEnabled(!busy);
    if (!status.isEmpty())
        setStatus(status, false);
}

void AccountEditDialog::testConnection() {
    const Account account = accountFromForm();
    const QHash<QByteArray, QByteArray> typed = typedSecrets();
    const QString error = validate(account, typed);
    if (!error.isEmpty()) {
        setStatus(error, true);
        return;
    }
    setBusy(true, tr("Testing the connection to %1…").arg(account.baseUrl.host()));

    auto run = [this, account](const QHash<QByteArray, QByteArray>& secrets) {
        m_tester->test(account, secrets, this, [this](const ConnectionResult& result) {
            setBusy(false, {});
            setStatus(result.ok ? tr("%1 (%2 ms)").arg(result.message).arg(result.elapsedMs) : result.message,
                      !result.ok);
        });
    };
    // Fields left empty on an existing account: test with the stored secrets, overridden by what was typed.
    if (m_isNew || typed.size() == Account::secretNames(account.vendor).size()) {
        run(typed);
        return;
    }
    m_sessions->readSecrets(
        m_account, this,
        [this, typed, run](const CredentialResult& status, const QHash<QByteArray, QByteArray>& stored) {
            if (status.status != CredentialResult::Status::Ok) {
                setBusy(false, {});
                setStatus(status.status == CredentialResult::Status::NotFound
                              ? tr("No stored credentials: enter them to test.")
                              : status.message,
                          true);
                return;
            }
            QHash<QByteArray, QByteArray> merged = stored;
            for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                merged.insert(it.key(), it.value());
            run(merged);
        });
}

void AccountEditDialog::save() {
    const Account account = accountFromForm();
    const QHash<QByteArray, QByteArray> typed = typedSecrets();
    const QString error = validate(account, typed);
    if (!error.isEmpty()) {
        setStatus(error, true);
        return;
    }
    m_tester->cancel();
    const bool sessionOnly = m_sessions->isSessionOnly(account.id) || account.isDemo();
    writeSecrets(account, typed, sessionOnly);
}

void AccountEditDialog::writeSecrets(const Account& account, const QHash<QByteArray, QByteArray>& secrets,
                                     bool sessionOnly) {
    Account toSave = account;
    const QByteArray hintSource = secrets.value(Account::secretNames(account.vendor).constLast());
    if (!hintSource.isEmpty())
        toSave.secretHint = secretHint(QString::fromUtf8(hintSource));
    if (secrets.isEmpty()) {
        finishSave(toSave);
        return;
    }
    setBusy(true, sessionOnly ? tr("Keeping the credentials for this session…")
                              : tr("Saving the credentials in your system's secure storage…"));
    if (sessionOnly)
        m_sessions->setSessionOnly(account.id, true);
    CredentialStore* store = m_sessions->storeFor(account);
    auto pending = std::make_shared<int>(int(secrets.size()));
    auto failed = std::make_shared<bool>(false);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        store->write(account.id, QString::fromLatin1(it.key()), it.value(), this,
                     [this, toSave, secrets, pending, failed](const CredentialResult& result) {
                         if (*failed)
                             return;
                         if (result.status != CredentialResult::Status::Ok) {
                             *failed = true;
                             setBusy(false, {});
                             setStatus(result.message, true);
                             MessageBoxes::question(
                                 this, tr("Secure storage unavailable"),
                                 tr("%1\n\nUse these credentials for this session only? Nothing will be written to "
                                    "disk; you will need to enter them again next time.")
                                     .arg(result.message),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes,
                                 [this, toSave, secrets](QMessageBox::StandardButton answer) {
                                     if (answer == QMessageBox::Yes)
                                         writeSecrets(toSave, secrets, true);
                                 });
                             return;
                         }
                         if (--*pending == 0)
                             finishSave(toSave);
                     });
    }
}

void AccountEditDialog::finishSave(const Account& account) {
    QString error;
    const bool ok = m_isNew ? !m_accounts->add(account, &error).isEmpty() : m_accounts->update(account, &error);
    if (!ok) {
        setBusy(false, {});
        setStatus(error, true);
        return;
    }
    m_account = account;
    setBusy(false, {});
    Q_EMIT saved(account.id);
    accept();
}

} // namespace rd
