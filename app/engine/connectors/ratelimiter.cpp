#include "ratelimiter.h"

#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace Ferry {

RateLimiter::RateLimiter(double requestsPerSecond)
    : m_rate(requestsPerSecond),
      m_intervalNs(requestsPerSecond > 0 ? static_cast<qint64>(std::ceil(1e9 / requestsPerSecond)) : 0)
{
    m_clock.start();
}

bool RateLimiter::acquire(const std::atomic_bool *cancel)
{
    qint64 slot;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = m_clock.nsecsElapsed();
        slot = std::max(now, m_nextNs);
        m_nextNs = slot + m_intervalNs;
    }
    for (;;) {
        if (cancel && cancel->load())
            return false;
        const qint64 wait = slot - m_clock.nsecsElapsed();
        if (wait <= 0)
            return true;
        QThread::usleep(static_cast<unsigned long>(std::min<qint64>(wait / 1000 + 1, 50000)));
    }
}

void RateLimiter::deferFor(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_nextNs = std::max(m_nextNs, m_clock.nsecsElapsed() + ms * 1000000);
}

} // namespace Ferry
