#include "backgroundthreads.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace Ferry::BackgroundThreads {

namespace {
std::mutex mutex;
std::condition_variable changed;
int live = 0;
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

int running()
{
    std::lock_guard lock(mutex);
    return live;
}

bool waitForAll(int timeoutMs)
{
    std::unique_lock lock(mutex);
    return changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [] { return live == 0; });
}

} // namespace Ferry::BackgroundThreads
