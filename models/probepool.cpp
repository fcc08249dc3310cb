#include "probepool.h"

namespace Ferry {

ProbePool::ProbePool(const QString &name, int maxThreads, std::function<void(bool busy)> busyChanged)
    : m_busyChanged(std::move(busyChanged))
{
    m_pool.setMaxThreadCount(maxThreads);
    m_pool.setObjectName(name);
}

ProbePool::~ProbePool()
{
    for (const auto &flag : std::as_const(m_running))
        flag->store(true);
    m_running.clear();
    m_pool.waitForDone(5000);
}

void ProbePool::cancel(quint64 id)
{
    const auto flag = m_running.take(id);
    if (!flag)
        return;
    flag->store(true);
    if (!isBusy())
        m_busyChanged(false);
}

void ProbePool::cancelAll()
{
    const bool wasBusy = isBusy();
    for (const auto &flag : std::as_const(m_running))
        flag->store(true);
    m_running.clear();
    if (wasBusy)
        m_busyChanged(false);
}

} // namespace Ferry
