#pragma once

#include "ui/common/vendorpage.h"

class QLabel;
class QPushButton;
class QSettings;
class QTableView;

namespace rd {

class JsonView;
class ListStatusBar;
} // namespace rd

namespace rd::tremendous {

class Client;
class FraudRuleModel;

// The Fraud rules page of the Tremendous tab: the organization's rules (GET /fraud_rules), read-only, with
// a header that says what they do and where they are changed (the Tremendous dashboard), each rule in words
// ("Review redemptions from these countries") with a summary of its settings, and the selected rule's settings as
// JSON below. Loaded the first time the page is shown; Refresh (or F5) reads them again.
class FraudRulesView : public VendorPage {
    Q_OBJECT
public:
    FraudRulesView(Client* client, QSettings* settings, const QString& settingsPrefix, QWidget* parent = nullptr);

    void ensureLoaded() override;
    void refresh() override;
    bool focusSearch() override;
    QString pageTitle() const override;
    QString pageToolTip() const override;

    // Test seams.
    FraudRuleModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ListStatusBar* status() const { return m_status; }
    JsonView* configView() const { return m_config; }
    QPushButton* refreshButton() const { return m_refresh; }

private:
    void onStateChanged();
    void onCurrentChanged();

    FraudRuleModel* m_model;
    QTableView* m_view;
    ListStatusBar* m_status;
    QLabel* m_configTitle;
    JsonView* m_config;
    QPushButton* m_refresh;
};

} // namespace rd::tremendous
