#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace rd {

class ClipboardGuard;
class InlineMessage;
class ListStatusBar;
class TrActionFlow;
class TremendousClient;
class TrNameCache;
class TrOrderDetailPane;
class TrRewardModel;
struct TrOrder;

// The Lookup page of the Tremendous tab (issue 4): "where is my reward?". One input takes
//   an order ID or an external ID  -> GET /orders/{id} (the API accepts both) -> the order detail on the right;
//   an e-mail address or a phone number (starting with +, or written with separators) -> TrRewardModel ByRecipient:
//     every reward is read (GET /rewards has no recipient filter), with the progress shown and Stop;
//   "label=value"                  -> TrRewardModel ByCustomField (Tremendous filters by custom field).
// The "Find" box can force one reading when the input is ambiguous (a numeric external ID, a label with "@").
// A reward row opens its order in the detail pane with that reward selected, so its delivery state and its actions
// (TrRewardActions: resend, cancel, generate link) are right there.
class TrLookupPanel : public QWidget {
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

    TrLookupPanel(TremendousClient* client, TrActionFlow* flow, TrNameCache* names, ClipboardGuard* clipboard,
                  QSettings* settings, const QString& settingsPrefix, QWidget* parent = nullptr);
    ~TrLookupPanel() override;

    void lookUp(const QString& input);
    void setKind(Kind kind);
    void focusSearch();
    void refresh(); // the last lookup again, and the order shown
    void stopSearch();

    // Test seams.
    QLineEdit* lookupEdit() const { return m_input; }
    QPushButton* lookupButton() const { return m_find; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* partialCheck() const { return m_partial; }
    InlineMessage* message() const { return m_message; }
    TrRewardModel* rewardModel() const { return m_model; }
    QTableView* view() const { return m_view; }
    ListStatusBar* status() const { return m_status; }
    QLabel* progressLabel() const { return m_progress; }
    QPushButton* stopButton() const { return m_stop; }
    TrOrderDetailPane* detailPane() const { return m_detail; }
    QSplitter* splitter() const { return m_split; }
    bool resultsShown() const;

Q_SIGNALS:
    void accountsRequested();

private:
    void showResults(bool show, const QString& hint = {});
    void onCurrentChanged();
    void onModelState();
    void onRewardChanged(const QString& rewardId);
    void onOrderLoaded(const TrOrder& order);

    QPointer<TremendousClient> m_client;
    QPointer<TrActionFlow> m_flow;
    TrRewardModel* m_model;
    QSettings* m_settings;
    QString m_prefix;
    QString m_lastInput;
    bool m_searched = false; // the model holds the results of a search
    QTimer m_selectTimer;

    QComboBox* m_kind;
    QLineEdit* m_input;
    QPushButton* m_find;
    QCheckBox* m_partial;
    InlineMessage* m_message;
    QStackedWidget* m_results;
    QLabel* m_hint;
    QLabel* m_progress;
    QPushButton* m_stop;
    QTableView* m_view;
    ListStatusBar* m_status;
    TrOrderDetailPane* m_detail;
    QSplitter* m_split;
};

} // namespace rd
