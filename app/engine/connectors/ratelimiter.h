// RateLimiter: at most N requests per second for one connector, by spacing request starts 1/N s apart.
// Every attempt goes through it, retries included, so HttpClient's backoff and a server's Retry-After only
// ever add to the spacing. Thread-safe: connectors that share one (a source's pages and its token endpoint)
// take turns.
#pragma once

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>

namespace Ferry {

class RateLimiter
{
public:
    explicit RateLimiter(double requestsPerSecond);

    double rate() const { return m_rate; }
    // Waits for the next slot (polling cancel); false when cancelled first.
    bool acquire(const std::atomic_bool *cancel);
    // Pushes the next slot to at least ms from now (a server asked to wait).
    void deferFor(qint64 ms);

private:
    double m_rate;
    qint64 m_intervalNs;
    QMutex m_mutex;
    QElapsedTimer m_clock;
    qint64 m_nextNs = 0; // on m_clock
};

} // namespace Ferry
