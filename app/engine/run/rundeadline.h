// A run's time limit (retry.run_timeout_ms) as a cancel flag. The run's code polls one flag; a small
// watcher thread sets it when the caller cancels or when the time is up. So every wait that ends on cancel
// (a request in flight, a retry's sleep, a source query on the server, the executor between batches) ends
// at the deadline too, and no server, however slow, holds a run for longer.
#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Ferry {

class RunDeadline
{
public:
    explicit RunDeadline(const std::atomic_bool *outerCancel);
    ~RunDeadline();
    Q_DISABLE_COPY_MOVE(RunDeadline)

    // Arms the limit from now; the flag starts as the caller's. Arming twice is ignored (runJob arms it for
    // prepare and apply at once).
    void start(int timeoutMs);
    // Disarms it (the watcher ends); the flag keeps its value.
    void stop();
    bool armed() const { return m_thread.joinable(); }

    const std::atomic_bool *flag() const { return &m_flag; }
    bool expired() const { return m_expired.load(); }
    int timeoutMs() const { return m_timeoutMs; }

private:
    void watch(std::chrono::steady_clock::time_point deadline);

    const std::atomic_bool *m_outer;
    std::atomic_bool m_flag{false};
    std::atomic_bool m_expired{false};
    int m_timeoutMs = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_quit = false;
    std::thread m_thread;
};

} // namespace Ferry
