// Detached threads the engine starts for work nobody waits for (a read a cancelled run stopped waiting
// for, a query cancel sent over a second connection). A process waits for them before it exits, so no
// thread outlives the objects it uses at shutdown.
#pragma once

#include <thread>
#include <utility>

namespace Ferry::BackgroundThreads {

void enter();
void leave();

// Runs work (which may be move-only) on a new detached thread.
template <typename F> void start(F &&work)
{
    enter();
    std::thread([work = std::forward<F>(work)]() mutable {
        {
            auto task = std::move(work); // destroyed (with what it holds) before the thread counts as gone
            task();
        }
        leave();
    }).detach();
}
int running();
// True when none is left. A process whose threads are still busy after it must not run static
// destructors under them: end it with std::quick_exit or _Exit instead.
bool waitForAll(int timeoutMs);

} // namespace Ferry::BackgroundThreads
