#include "backgroundthreads.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace Ferry::BackgroundThreads {

namespace {
std::mutex mutex;
std::condition_variable changed;
int live = 0;
struct Adopted
{
    std::thread thread;
    std::shared_ptr<std::atomic_bool> done;
};
// Started and not joined yet. Never destroyed: a process that exits without waitForAll() must not have
// std::thread's destructor terminate it.
std::vector<Adopted> &threads = *new std::vector<Adopted>;
} // namespace

void enter()
{
    std::lock_guard lock(mutex);
    ++live;
}

void leave()
{
    std::lock_guard lock(mutex);
    --live;
    changed.notify_all();
}

void adopt(std::thread thread, std::shared_ptr<std::atomic_bool> done)
{
    std::vector<Adopted> finished;
    {
        std::lock_guard lock(mutex);
        // Threads that are done are joined here, so a long-lived process does not keep them.
        for (auto it = threads.begin(); it != threads.end();) {
            if (it->done->load()) {
                finished.push_back(std::move(*it));
                it = threads.erase(it);
            } else {
                ++it;
            }
        }
        threads.push_back(Adopted{std::move(thread), std::move(done)});
    }
    for (Adopted &a : finished)
        a.thread.join(); // it has left its work: only its exit remains
}

int running()
{
    std::lock_guard lock(mutex);
    return live;
}

bool waitForAll(int timeoutMs)
{
    std::vector<Adopted> finished;
    {
        std::unique_lock lock(mutex);
        if (!changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [] { return live == 0; }))
            return false;
        finished.swap(threads);
    }
    // Every thread has left its work; joining waits for the rest of its exit (thread-local state such as
    // Qt's per-thread data), which would otherwise race with the process's own exit.
    for (Adopted &a : finished)
        a.thread.join();
    return true;
}

} // namespace Ferry::BackgroundThreads
