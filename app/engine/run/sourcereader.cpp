#include "sourcereader.h"

#include "core/backgroundthreads.h"
#include "sync/mapping.h"

#include <QCoreApplication>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace Ferry {

namespace {

// Forwards the reader's events to the run's observer until the run stops listening.
class ForwardingObserver final : public RunObserver
{
public:
    explicit ForwardingObserver(RunObserver *target) : m_target(target) {}
    void detach()
    {
        std::lock_guard lock(m_mutex);
        m_target = nullptr;
    }
    void phaseChanged(const RunTag &t, RunPhase p, qint64 n) override
    {
        std::lock_guard lock(m_mutex);
        if (m_target)
            m_target->phaseChanged(t, p, n);
    }
    void rowFailed(const RunTag &t, const RowErrorEvent &e) override
    {
        std::lock_guard lock(m_mutex);
        if (m_target)
            m_target->rowFailed(t, e);
    }
    void retrying(const RunTag &t, const RetryEvent &e) override
    {
        std::lock_guard lock(m_mutex);
        if (m_target)
            m_target->retrying(t, e);
    }
    void logged(const RunTag &t, const LogEvent &e) override
    {
        std::lock_guard lock(m_mutex);
        if (m_target)
            m_target->logged(t, e);
    }

private:
    std::mutex m_mutex;
    RunObserver *m_target;
};

} // namespace

struct SourceReader::State
{
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Result<QStringList>> columns;
    std::optional<Result<RecordSet>> rows;
    std::atomic_bool stop{false};
    Source *source = nullptr; // while the thread uses it, for interrupt()
    ForwardingObserver observer;
    RunTag tag;

    bool forwarding;

    explicit State(RunObserver *o) : observer(o), forwarding(o != nullptr) {}

    void interrupt()
    {
        stop.store(true);
        std::lock_guard lock(mutex);
        if (source)
            source->interrupt();
    }
};

SourceReader::SourceReader(std::unique_ptr<Source> source, QList<FieldMapping> mapping, const RunTag &tag,
                           RunObserver *observer)
    : m_state(std::make_shared<State>(observer))
{
    m_state->tag = tag;
    m_state->source = source.get();
    BackgroundThreads::start([state = m_state, source = std::move(source), mapping = std::move(mapping)]() mutable {
        EventScope scope(state->forwarding ? &state->observer : nullptr, &state->tag);
        auto columns = source->start();
        if (columns)
            RunEvents::phase(RunPhase::Reading, 0);
        Result<MappedColumns> mapped = columns ? mapColumns(*columns, mapping) : Result<MappedColumns>(columns.error());
        {
            std::lock_guard lock(state->mutex);
            state->columns = mapped ? Result<QStringList>(mapped->names) : Result<QStringList>(mapped.error());
        }
        state->changed.notify_all();
        Result<RecordSet> rows = [&]() -> Result<RecordSet> {
            if (!mapped)
                return mapped.error();
            FERRY_TRY(raw, source->fetch(&state->stop));
            return applyMapping(std::move(raw), mapping);
        }();
        {
            std::lock_guard lock(state->mutex);
            state->source = nullptr;
            state->rows = std::move(rows);
        }
        state->changed.notify_all();
        source.reset(); // closes the connection on this thread
    });
}

SourceReader::~SourceReader()
{
    m_state->observer.detach();
    m_state->interrupt();
}

namespace {

template <typename T>
std::optional<T> waitFor(std::mutex &mutex, std::condition_variable &changed, std::optional<T> &slot,
                         const std::atomic_bool *cancel)
{
    std::unique_lock lock(mutex);
    while (!slot) {
        if (cancel && cancel->load())
            return std::nullopt;
        changed.wait_for(lock, std::chrono::milliseconds(50));
    }
    return std::move(slot);
}

} // namespace

std::optional<Result<QStringList>> SourceReader::columns(const std::atomic_bool *cancel)
{
    auto r = waitFor(m_state->mutex, m_state->changed, m_state->columns, cancel);
    if (!r)
        m_state->interrupt();
    return r;
}

std::optional<Result<QStringList>> SourceReader::columnsIfReady()
{
    std::lock_guard lock(m_state->mutex);
    return m_state->columns;
}

std::optional<Result<RecordSet>> SourceReader::rows(const std::atomic_bool *cancel)
{
    auto r = waitFor(m_state->mutex, m_state->changed, m_state->rows, cancel);
    if (!r)
        m_state->interrupt();
    return r;
}

} // namespace Ferry
