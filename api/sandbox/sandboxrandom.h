#pragma once

#include <QByteArray>
#include <QString>

namespace rd {

// Deterministic sample data for the sandbox (design.md section 5): SplitMix64, seeded per record.
//
// Every generated record i of a resource gets its own stream, SandboxRandom::forRecord(seed, "resource", i), so a
// record never depends on how many others were generated or in which order: a page of 50 out of 100,000 members costs
// 50 records, nothing is generated up front and nothing is kept in memory unless it changed. A vendor module keeps the
// records its actions changed in an override table and generates the rest on demand. Same seed -> same bytes.
// Timestamps are derived from a fixed reference instant (kSandboxReferenceMs), never from the clock.
class SandboxRandom {
public:
    explicit SandboxRandom(quint64 state)
        : m_state(state) {}
    static SandboxRandom forRecord(quint64 seed, const char* resource, quint64 index);
    static quint64 mix(quint64 value); // the SplitMix64 finalizer

    quint64 next();
    quint64 bounded(quint64 bound);              // uniform in [0, bound), bound > 0
    qint64 range(qint64 low, qint64 high);       // uniform in [low, high]
    bool chance(int percent);                    // true with that probability
    QString hex(int digits, bool upper = false); // lowercase hex by default
    QString digits(int count);                   // decimal digits, may start with 0
    QString alnumUpper(int count);               // [A-Z0-9]
    QString uuid();                              // RFC 4122 version 4 layout, lowercase

    // Sample vocabulary.
    QString firstName();
    QString lastName();
    QString emailDomain();
    QString city(); // Norwegian cities (Trigg is a Norwegian vendor)
    QString company();

    template <typename T, qsizetype N> const T& pick(const T (&items)[N]) { return items[bounded(N)]; }

private:
    quint64 m_state;
};

// Sandbox ids that look random, decode back to the record's index without a table, and refuse a mistyped id: a keyed
// bijection of 64-bit values (a 4-round Feistel network on the two 32-bit halves) plus a keyed check value. The keys
// come from the seed and a per-vendor salt, so the same seed gives the same ids and two vendors never share them.
class SandboxIdCodec {
public:
    SandboxIdCodec(quint64 seed, quint64 salt);
    quint64 permute(quint64 value) const;
    quint64 unpermute(quint64 value) const;
    // The check value of a permuted value, in [0, modulus).
    quint64 check(quint64 permuted, quint64 modulus) const;

private:
    quint64 m_keys[5];
};

// 2024-06-01T00:00:00Z: every generated date lies before it.
constexpr qint64 kSandboxReferenceMs = 1717200000000LL;

// Formats milliseconds since the epoch (UTC): "2016-07-04T02:33:52.000Z" / "2016-07-04T02:33:52Z" / "2007-01-01".
QString isoMillisUtc(qint64 msecsSinceEpoch);
QString isoSecondsUtc(qint64 msecsSinceEpoch);
QString isoDate(qint64 msecsSinceEpoch);

// An email local part from a name: "nash.grant4".
QString emailLocalPart(const QString& first, const QString& last, int number);

} // namespace rd
