#include "rundeadline.h"

namespace Ferry {

RunDeadline::RunDeadline(const std::atomic_bool *outerCancel) : m_outer(outerCancel) {}

RunDeadline::~RunDeadline()
{
    stop();
}

void RunDeadline::start(int timeoutMs)
{
    if (armed())
        return;
    m_timeoutMs = timeoutMs;
    m_expired.store(false);
    m_flag.store(m_outer && m_outer->load());
    {
        std::lock_guard lock(m_mutex);
        m_quit = false;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    m_thread = std::thread([this, deadline] { watch(deadline); });
}

void RunDeadline::stop()
{
    if (!armed())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RunDeadline::watch(std::chrono::steady_clock::time_point deadline)
{
    // The caller's flag is polled (it is a plain atomic a signal handler sets); 20 ms is prompt enough for a
    // person and costs nothing.
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        m_wake.wait_for(lock, std::chrono::milliseconds(20));
        if (m_outer && m_outer->load())
            m_flag.store(true);
        if (!m_expired.load() && std::chrono::steady_clock::now() >= deadline) {
            m_expired.store(true);
            m_flag.store(true);
        }
    }
}

} // namespace Ferry
