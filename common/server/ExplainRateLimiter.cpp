#include "server/ExplainRateLimiter.h"

#include "net/ExplainMessage.h"

#include <QByteArrayView>
#include <QHashFunctions>
#include <QRandomGenerator>

#include <algorithm>

ExplainRateLimiter::ExplainRateLimiter()
{
    // A secret seed: a sender cannot choose forged sources that all land in one set and push
    // a particular visitor out over and over.
    m_seed = size_t(QRandomGenerator::system()->generate64());
}

ExplainRateLimiter::Key ExplainRateLimiter::keyOf(const QHostAddress &source)
{
    // One key per address whatever form it arrived in: IPv4 and IPv4-mapped alike.
    const QHostAddress c = ExplainMessage::canonical(source);
    Key key{};
    if (c.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = c.toIPv4Address();
        key[10] = 0xff;
        key[11] = 0xff;
        key[12] = quint8(v4 >> 24);
        key[13] = quint8(v4 >> 16);
        key[14] = quint8(v4 >> 8);
        key[15] = quint8(v4);
    } else {
        const Q_IPV6ADDR v6 = c.toIPv6Address();
        std::copy(std::begin(v6.c), std::end(v6.c), key.begin());
    }
    return key;
}

void ExplainRateLimiter::refill(Bucket &bucket, qint64 nowMs, int burst, int perSecond)
{
    const int full = burst * 1000;
    // Clamped first so a long pause (or a clock that jumped) cannot overflow the product.
    const qint64 elapsed = std::clamp<qint64>(nowMs - bucket.lastMs, 0, full);
    bucket.milliTokens = int(std::min<qint64>(full, bucket.milliTokens + elapsed * perSecond));
    bucket.lastMs = std::max(bucket.lastMs, nowMs);
}

ExplainRateLimiter::Entry &ExplainRateLimiter::entryFor(const Key &key, qint64 nowMs)
{
    const size_t hash = qHash(
        QByteArrayView(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())), m_seed);
    Entry *set = &m_table[(hash % kSets) * kWays];
    Entry *victim = set;
    for (int way = 0; way < kWays; ++way) {
        Entry &e = set[way];
        if (e.used && e.key == key)
            return e;
        // A new source takes the first free entry, else the one seen longest ago.
        if (victim->used && (!e.used || e.bucket.lastMs < victim->bucket.lastMs))
            victim = &e;
    }
    victim->used = true;
    victim->key = key;
    victim->bucket.lastMs = nowMs;
    victim->bucket.milliTokens = kPerSourceBurst * 1000;
    return *victim;
}

ExplainRateLimiter::Verdict ExplainRateLimiter::take(const QHostAddress &source, qint64 nowMs)
{
    if (!m_globalStarted) {
        m_global.lastMs = nowMs;
        m_global.milliTokens = kGlobalBurst * 1000;
        m_globalStarted = true;
    }
    refill(m_global, nowMs, kGlobalBurst, kGlobalPerSecond);
    // Checked before the table is touched: past the global limit nothing is remembered.
    if (m_global.milliTokens < 1000)
        return Verdict::GlobalLimited;
    Bucket &bucket = entryFor(keyOf(source), nowMs).bucket;
    refill(bucket, nowMs, kPerSourceBurst, kPerSourcePerSecond);
    if (bucket.milliTokens < 1000)
        return Verdict::SourceLimited;
    bucket.milliTokens -= 1000;
    m_global.milliTokens -= 1000;
    return Verdict::Allowed;
}

int ExplainRateLimiter::trackedSources() const
{
    return int(
        std::count_if(m_table.cbegin(), m_table.cend(), [](const Entry &e) { return e.used; }));
}

void ExplainRateLimiter::clear()
{
    m_table.fill(Entry());
    m_global = Bucket();
    m_globalStarted = false;
}
