#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

#include "api/sandbox/sandboxrandom.h"

namespace rd {

class SandboxJsonWriter;

// The generated TruCentive data of the sandbox (vendor-docs/trucentive-api.txt), from (seed, size, start time).
// Nothing here has state: SandboxTruCentive keeps what actions changed and asks this class for everything else.
//
// Projects and instruments: a fixed handful (see kProjects in the .cpp), uuids from the seed. Among them a
// fixed-value project (min == max), a test_mode project, and "Low balance project" whose balance covers only a few
// sends. Instruments are one account-wide catalogue; each project offers some of them; some have an external
// redemption URL (redemption_url on GET /envelope).
//
// Envelopes 0..size-1 are generated on demand. Their ids look like the docs' "CDVLBYYIOPHLJVWYEF": 18 letters A-Z,
// two check letters + the index through a seeded 64-bit Feistel permutation in base 26 + two check letters, so an id
// maps back to its index without any table, and envelopes created by POST /envelope/deliver get ids of the same form
// (index size, size+1, ...).
//
// Timestamps: envelope i < recentCount() is "recent": its latest event lies within 7 days before the server's start
// time (`startMs`, wall clock), so GET /envelopes/viewed and /opened (windows relative to now) have something to
// show; the others lie in the year before kSandboxReferenceMs (2024-06-01), fixed. So a run is deterministic from
// (seed, size) except for that one start instant. expires_at of envelopes that can still be opened is the end of a
// UTC day 30-180 days after the start day.
//
// Envelopes 0..8 are fixed samples, one of each kind (Sample), so every size >= 9 has them all.
struct TruCentiveProject {
    QString uuid; // "project-<uuid>"; also its id
    QString name;
    QString description;
    qint64 createdAt = 0;
    qint64 startsAt = 0;
    qint64 expiresAt = -1; // -1: null
    qint64 minCents = 0;
    qint64 maxCents = 0;
    bool testMode = false;
    QStringList customFields;
    qint64 balanceCents = 0; // what may be spent (not in the documented shape); test_mode projects spend nothing
    QList<int> instruments;  // indexes into SandboxTruCentiveData::instruments()
    bool fixedValue() const { return minCents == maxCents; }
};

struct TruCentiveInstrument {
    QString uuid; // "inst-<uuid>"; also its id
    QString name;
    QString description;
    QString redemptionUrlBase; // empty: no external redemption URL
};

struct TruCentiveAddress {
    QString uuid; // "addr-<uuid>"
    bool sms = false;
    QString deliveryAddress;
};

struct TruCentiveEnvelope {
    quint64 index = 0;
    QString id;
    int project = 0;
    int instrument = 0;
    QList<TruCentiveAddress> addresses;
    QString state; // "delivered", "viewed", "opened", "approved", "locked", "expired"
    qint64 deliveredAt = -1;
    qint64 openedAt = -1;
    qint64 viewedAt = -1;
    qint64 expiresAt = -1;
    bool testMode = false;
    QList<QPair<QString, QString>> customFields;
    QString firstName; // from POST /envelope/deliver; not in the documented shape
    QString lastName;
};

struct TruCentiveSession {
    QString ip;
    QString email;
};

class SandboxTruCentiveData {
public:
    enum class Sample {
        Opened,                     // opened minutes ago; instrument with an external redemption URL
        Viewed,                     // viewed minutes ago, not opened; a mailto and an sms address
        Delivered,                  // delivered, not viewed
        Sms,                        // delivered by sms only
        Locked,                     // viewed, locked: POST open answers 400
        Expired,                    // expired: POST open is accepted, the opening fails
        TestMode,                   // in the test_mode project, viewed
        Approved,                   // batch (not delivered by TruCentive), url via show_url
        OpenedWithoutRedemptionUrl, // opened; its instrument has no external redemption URL
        Count
    };
    static constexpr int kSampleCount = static_cast<int>(Sample::Count);
    static constexpr int kSessionPageSize = 25;
    static constexpr int kFixedProject = 2;
    static constexpr int kTestProject = 3;
    static constexpr int kLowBalanceProject = 4;

    SandboxTruCentiveData(quint64 seed, int size, qint64 startMs);

    // GET /me
    QString userUuid() const { return m_userUuid; }
    QString userEmail() const { return m_userEmail; }
    QString userName() const { return m_userName; }
    QString accountUuid() const { return m_accountUuid; }

    const QList<TruCentiveProject>& projects() const { return m_projects; }
    int projectIndex(const QString& uuid) const; // -1 if unknown
    const QList<TruCentiveInstrument>& instruments() const { return m_instruments; }
    int instrumentIndex(const QString& uuid) const; // -1 if unknown

    int size() const { return m_size; }
    int recentCount() const { return m_recent; }
    qint64 startMs() const { return m_startMs; }
    QString envelopeId(quint64 index) const;
    std::optional<quint64> envelopeIndex(const QString& id) const; // any well-formed id of this seed
    TruCentiveEnvelope envelope(quint64 index) const;              // a generated one: index < size()
    // viewed_at / opened_at of generated envelope `index` (-1: null), without generating its text.
    QPair<qint64, qint64> viewedAndOpened(quint64 index) const;
    QString addressUuid(quint64 envelopeIndex, int address) const;
    QString urlToken(quint64 index) const;
    QString redemptionUrl(const TruCentiveEnvelope& envelope) const; // empty if its instrument has none
    static quint64 sampleIndex(Sample sample) { return static_cast<quint64>(sample); }

    int sessionCount() const;
    TruCentiveSession session(int index) const; // 0 = the newest

    // Documented shapes, keys in the docs' order. Amounts as Ruby prints floats ("5.0", "30.25").
    void writeProject(SandboxJsonWriter& json, const TruCentiveProject& project) const;
    void writeInstrument(SandboxJsonWriter& json, const TruCentiveInstrument& instrument) const;
    struct EnvelopeExtras {
        bool customFields = false; // the deliver and open responses carry custom_fields, the others do not
        QString url;               // "url" when not empty (GET /envelope?show_url=true)
        QString redemptionUrl;     // "redemption_url" when not empty
    };
    void writeEnvelope(SandboxJsonWriter& json, const TruCentiveEnvelope& envelope, const EnvelopeExtras& extras) const;
    static QByteArray money(qint64 cents); // 500 -> "5.0", 3025 -> "30.25"
    static qint64 endOfUtcDay(qint64 ms);  // 23:59:59.999 of that UTC day, like the docs' expires_at

private:
    struct Plan;
    Plan plan(quint64 index) const;
    Plan samplePlan(quint64 index) const;

    quint64 m_seed;
    int m_size;
    int m_recent;
    qint64 m_startMs;
    SandboxIdCodec m_ids;
    QString m_userUuid;
    QString m_userEmail;
    QString m_userName;
    QString m_accountUuid;
    QStringList m_coworkerEmails;
    QList<TruCentiveProject> m_projects;
    QList<TruCentiveInstrument> m_instruments;
};

} // namespace rd
