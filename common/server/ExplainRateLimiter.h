#pragma once

#include <QHostAddress>

#include <array>

// How often the explain service may answer: a token bucket per source address and one for
// everybody. The per-source buckets live in a fixed table (kSets sets of kWays entries, the
// set chosen by a keyed hash with a secret drawn at start), so a flood of forged sources
// evicts entries instead of growing memory. Eviction only ever hands a source a fresh bucket,
// so it can gain at most one burst; the global bucket bounds the total whatever happens.
class ExplainRateLimiter final
{
public:
    static constexpr int kSets = 256;
    static constexpr int kWays = 4;
    static constexpr int kCapacity = kSets * kWays;
    static constexpr int kPerSourceBurst = 10;
    static constexpr int kPerSourcePerSecond = 10;
    static constexpr int kGlobalBurst = 100;
    static constexpr int kGlobalPerSecond = 100;

    enum class Verdict { Allowed, SourceLimited, GlobalLimited };

    ExplainRateLimiter();

    // Takes one token for `source` at `nowMs` (any monotonic clock in milliseconds).
    Verdict take(const QHostAddress &source, qint64 nowMs);

    // Sources with an entry in the table right now; never more than kCapacity.
    int trackedSources() const;
    void clear();

private:
    using Key = std::array<quint8, 16>;

    struct Bucket
    {
        qint64 lastMs = 0;
        int milliTokens = 0; // a thousandth of a token, so refills need no floating point
    };

    struct Entry
    {
        Key key{};
        Bucket bucket;
        bool used = false;
    };

    static Key keyOf(const QHostAddress &source);
    static void refill(Bucket &bucket, qint64 nowMs, int burst, int perSecond);
    Entry &entryFor(const Key &key, qint64 nowMs);

    std::array<Entry, kCapacity> m_table{};
    Bucket m_global;
    bool m_globalStarted = false;
    size_t m_seed = 0;
};
