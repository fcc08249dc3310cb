// Threads the engine starts for work nobody waits for (a read a cancelled run stopped waiting for, a
// query cancel sent over a second connection). A process waits for them before it exits, so no thread
// outlives the objects it uses at shutdown.
#pragma once

#include <atomic>
#include <memory>
#include <thread>
#include <utility>

namespace Ferry::BackgroundThreads {

void enter();
void leave();
// Keeps the thread so that it is joined (its thread-local state torn down too) before waitForAll returns.
void adopt(std::thread thread, std::shared_ptr<std::atomic_bool> done);

// Runs work (which may be move-only) on a thread of its own that nobody has to wait for.
template <typename F> void start(F &&work)
{
    enter();
    auto done = std::make_shared<std::atomic_bool>(false);
    std::thread thread([work = std::forward<F>(work), done]() mutable {
        {
            auto task = std::move(work); // destroyed (with what it holds) before the thread counts as gone
            task();
        }
        done->store(true);
        leave();
    });
    adopt(std::move(thread), std::move(done));
}

int running();
// True when every thread has finished and been joined. A process whose threads are still busy after it
// must not run static destructors under them: end it with std::_Exit instead.
bool waitForAll(int timeoutMs);

} // namespace Ferry::BackgroundThreads
