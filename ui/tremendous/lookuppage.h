#pragma once

#include <QPointer>
#include <QTimer>

#include "ui/common/listdetailpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace rd {

class ClipboardGuard;
} // namespace rd

namespace rd::tremendous {

class ActionFlow;
class Client;
class NameCache;
class OrderDetailPane;
class RewardModel;
struct Order;

// The Lookup page of the Tremendous tab: "where is my reward?". One input takes
//   an order ID or an external ID  -> GET /orders/{id} (the API accepts both) -> the order detail on the right;
//   an e-mail address or a phone number (starting with +, or written with separators) -> RewardModel ByRecipient:
//     every reward is read (GET /rewards has no recipient filter), with the progress shown and Stop;
//   "label=value"                  -> RewardModel ByCustomField (Tremendous filters by custom field).
// The "Find" box can force one reading when the input is ambiguous (a numeric external ID, a label with "@").
// A reward row opens its order in the detail pane with that reward selected, so its delivery state and its actions
// (RewardActions: resend, cancel, generate link) are right there.
class LookupPage : public ListDetailPage {
    Q_OBJECT
public:
    enum class Kind { Auto, Order, Recipient, CustomField };

    // What an input means; `problem` (translated) is set when it cannot be looked up as typed.
    struct Query {
        Kind kind = Kind::Auto;
        QString text;  // order id / external id / e-mail / phone (trimmed)
        QString label; // custom field
        QString value;
        QString problem;
    };
    static Query parseInput(const QString& input, Kind forced = Kind::Auto);

    LookupPage(Client* client, ActionFlow* flow, NameCache* names, ClipboardGuard* clipboard, QSettings* settings,
               const QString& settingsPrefix, QWidget* parent = nullptr);
    ~LookupPage() override;

    void lookUp(const QString& input);
    void setKind(Kind kind);
    bool focusSearch() override;
    void refresh() override; // the last lookup again, and the order shown
    QString pageTitle() const override;
    QString pageToolTip() const override;
    void stopSearch();

    // Test seams.
    QLineEdit* lookupEdit() const { return m_input; }
    QPushButton* lookupButton() const { return m_find; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* partialCheck() const { return m_partial; }
    RewardModel* rewardModel() const { return m_model; }
    QLabel* progressLabel() const { return m_progress; }
    QPushButton* stopButton() const { return m_stop; }
    OrderDetailPane* detailPane() const { return m_detail; }
    bool resultsShown() const { return m_resultsShown; }

private:
    void showResults(bool show, const QString& hint = {});
    void onCurrentChanged();
    void onModelState();
    void onRewardChanged(const QString& rewardId);
    void onOrderLoaded(const Order& order);

    QPointer<Client> m_client;
    QPointer<ActionFlow> m_flow;
    RewardModel* m_model;
    QString m_prefix;
    QString m_lastInput;
    bool m_searched = false; // the model holds the results of a search
    bool m_resultsShown = false;
    QTimer m_selectTimer;

    QComboBox* m_kind;
    QLineEdit* m_input;
    QPushButton* m_find;
    QCheckBox* m_partial;
    QLabel* m_hint;
    QLabel* m_progress;
    QPushButton* m_stop;
    QWidget* m_progressRow;
    OrderDetailPane* m_detail;
};

} // namespace rd::tremendous
