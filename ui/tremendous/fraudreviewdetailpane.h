#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <optional>

#include "api/tremendous/tremendoustypes.h"
#include "ui/common/detailpane.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rd::tremendous {

class FraudReviewModel;

// The right-hand pane of "Fraud reviews": every signal Tremendous gives about one review, so an agent can
// decide without opening the dashboard:
//  - status and risk badges, and for a flagged review the 30-day automatic block as a countdown from redeemed_at
//    ("Auto-blocks in 3 d 4 h (on 12 Dec 14:05)", "Auto-block overdue…"), refreshed every 30 s;
//  - why it was flagged: each reason with a one-line plain-language explanation (fraudReasonExplanation);
//  - the redemption: when, method, IP, country and city, device id, payout account fingerprint;
//  - related rewards (count, blocked count, total value, ids), the review (reviewed by and at), the reward (id,
//    order, value, delivery, dates) and the recipient;
//  - the record as JSON (masked keys), values that could not be read.
// The full review comes from the model's detail cache (FraudReviewModel::detail(), read in the background); until
// it arrives the pane shows what the list row has and asks the model for it first (requestDetail()).
// "Release…" and "Block…" are requests to the panel (releaseRequested / blockRequested).
class FraudReviewDetailPane : public DetailPane {
    Q_OBJECT
public:
    explicit FraudReviewDetailPane(FraudReviewModel* model, QWidget* parent = nullptr);
    ~FraudReviewDetailPane() override;

    // Shows the review with this reward id (from the model's row and detail cache).
    void showReview(const QString& rewardId);
    // Shows this review (e.g. the answer of a release/block): complete when it carries the detail fields.
    void setReview(const FraudReview& review);
    void clearReview();
    void refresh() override; // reads the review's details again
    QString shownId() const override { return m_id; }
    QString reviewId() const { return m_id; }
    std::optional<FraudReview> review() const { return m_review; }
    bool isComplete() const { return m_complete; }
    void setActionsEnabled(bool enabled);
    void setLockReason(const QString& reason); // an unresolved action in the journal: the actions stay disabled

    // The countdown's "now" (tests); invalid: the live clock.
    void setNow(const QDateTime& now);
    static QString countdownText(const QDateTime& autoBlockAt, const QDateTime& now);
    static Palette::Tone riskTone(Risk risk);
    static Palette::Tone statusTone(FraudStatus status);

    // Test seams.
    QPushButton* releaseButton() const { return m_release; }
    QPushButton* blockButton() const { return m_block; }
    QLabel* statusBadge() const { return m_statusBadge; }
    QLabel* riskBadge() const { return m_riskBadge; }
    QLabel* countdownLabel() const { return m_countdown; }
    QString detailsText() const; // every label shown in the forms and the reasons, for assertions

Q_SIGNALS:
    void releaseRequested(const QString& rewardId);
    void blockRequested(const QString& rewardId);

private:
    void buildUi();
    void render();
    void renderCountdown();
    void updateButtons();
    void onDetailLoaded(const QString& rewardId);
    void onDetailFailed(const QString& rewardId, const QString& error);
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& value, bool selectable = true) {
        return addFormRow(form, label, value, selectable);
    }

    QPointer<FraudReviewModel> m_model;
    QString m_id;
    std::optional<FraudReview> m_review;
    bool m_complete = false;
    bool m_actionsEnabled = true;
    QString m_lockReason;
    QDateTime m_now;
    QTimer m_tick;

    QLabel* m_statusBadge = nullptr;
    QLabel* m_riskBadge = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_block = nullptr;
    QLabel* m_countdown = nullptr;
    QVBoxLayout* m_reasons = nullptr;
    QFormLayout* m_redemption = nullptr;
    QFormLayout* m_related = nullptr;
    QFormLayout* m_reviewForm = nullptr;
    QFormLayout* m_reward = nullptr;
    QFormLayout* m_recipient = nullptr;
};

} // namespace rd::tremendous
