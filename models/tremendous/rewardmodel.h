#pragma once

#include <QSet>

#include <QPointer>

#include <memory>
#include <optional>

#include "api/tremendous/bulkrunner.h"
#include "api/tremendous/tremendousclient.h"
#include "api/tremendous/tremendoustypes.h"
#include "models/common/pagedrowmodel.h"

namespace rd::tremendous {

// One reward of GET /rewards, lean.
struct RewardRow {
    QString id;
    QString orderId;
    QString recipient;      // e-mail, else phone, else name (what an agent recognises)
    QString recipientEmail; // empty when the reward went to a phone or has no e-mail
    QString recipientPhone;
    QString customFields;  // "label: value; label: value" (compact, for the cell and the search)
    QString methodRaw;     // kept only when the method is Unknown
    QString deliveryRaw;   // kept only when the delivery status is Unknown
    qint64 createdMs = -1; // UTC msecs; -1 unknown
    qint64 expiresMs = -1; // -1: does not expire (or unknown: see hasFieldErrors)
    qint64 valueCents = 0;
    quint32 currency = 0; // packCurrency()
    DeliveryMethod method = DeliveryMethod::Unknown;
    DeliveryStatus delivery = DeliveryStatus::Unknown;
    bool valueValid = false;
    bool hasFieldErrors = false;
    bool removed = false; // removeReward(): hidden by the row filter (the paged base has no row removal)

    static RewardRow fromReward(const Reward& reward);
    bool isExpired(qint64 nowMs) const { return expiresMs >= 0 && expiresMs <= nowMs; }
};

// The row as one item of a resend/cancel run: objectId = reward id, amount = value, blockedReason when the delivery
// did not fail ("delivery is Succeeded, not Failed") or the reward has expired. `nowMs` -1: the current time.
BulkItem bulkItem(const RewardRow& row, qint64 nowMs = -1);

class RewardSchema;

// Rewards of the Tremendous tab, in one of three modes:
//  - FailedDeliveries: walk every reward (pages of 500, loadAll; GET /rewards has no status filter) and keep only
//    those whose delivery.status is FAILED: the Failed deliveries queue.
//  - ByRecipient: walk every reward and keep those whose recipient e-mail or phone matches (case-insensitive, exact
//    or contains; phones compared by their digits): the Lookup tab's "rewards by recipient".
//  - ByCustomField: GET /rewards?<label>=<value> (the server filters), loadAll.
// In the walking modes the non-matching rewards are dropped in the parse worker, so 100,000 rewards cost the memory
// of the matches only; progressText() says how far the walk is ("Searched 12,500 of 100,000 rewards") because
// countText() counts matches.
// Each set*() call chooses the mode and the criteria and reloads.
class RewardModel : public PagedRowModel<RewardRow> {
    Q_OBJECT
public:
    enum class Mode { FailedDeliveries, ByRecipient, ByCustomField };
    Q_ENUM(Mode)
    enum class Match { Exact, Contains };
    enum Column { Created, RewardId, OrderId, Recipient, Method, Delivery, Amount, Expires, CustomFields, ColumnCount };
    enum Role {
        DeliveryRole = Qt::UserRole + 20, // int(DeliveryStatus)
        MethodRole,                       // int(DeliveryMethod)
        ExpiredRole,                      // bool
        OrderIdRole,                      // QString
        FieldErrorsRole,                  // bool
    };

    explicit RewardModel(Client* client, QObject* parent = nullptr); // FailedDeliveries, not loaded
    ~RewardModel() override;

    void showFailedDeliveries();                                                   // reloads
    void findByRecipient(const QString& emailOrPhone, Match match = Match::Exact); // reloads
    void findByCustomField(const QString& label, const QString& value);            // reloads
    Mode mode() const;
    QString recipientQuery() const;
    Match recipientMatch() const;
    QPair<QString, QString> customFieldQuery() const;

    // How far the walk is: rewards read so far and the server's total (walking modes; the pages' own count in
    // ByCustomField). progressChanged() follows each page.
    qint64 scannedCount() const;
    std::optional<qint64> scanTotal() const;
    QString progressText() const; // "Searched 12,500 of 100,000 rewards: 12 found", "12 rewards"

    // After a resend/cancel/read-back: the reward's new state. In FailedDeliveries a reward whose delivery is no
    // longer FAILED leaves the list. False when not loaded.
    bool replaceReward(const Reward& reward);
    // Hides a loaded reward (e.g. canceled: it leaves the failed queue). False when not loaded.
    bool removeReward(const QString& rewardId);
    const RewardRow* findRow(const QString& rewardId) const;
    // Rewards to leave out whatever the vendor says (e.g. canceled through RewardDesk: a reward has no status of its
    // own, so a canceled one still reads delivery FAILED). Kept across reloads; an empty set shows everything.
    void setHiddenIds(const QSet<QString>& ids);

    // The Expires colouring / bulkItem()'s "now" (tests); invalid: the live clock.
    void setNow(const QDateTime& now);
    qint64 nowMs() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progressChanged();

protected:
    void reserveRows(qsizetype count) override; // walking modes keep few rows: no reservation for the whole walk

private:
    friend class RewardSchema;
    struct Params;
    RewardModel(Client* client, std::shared_ptr<Params> params, QObject* parent);
    void applyRowFilter();

    std::shared_ptr<Params> m_params;
};

} // namespace rd::tremendous
