// ProbePool: the worker set-up the editor's probes share (ConnectorProbe, HookProbe, AccountFieldsProbe). A
// small thread pool of its own; each request gets an id and a cancel flag its work polls; the result is handed
// to the owner on the owner's thread, unless the request was cancelled meanwhile (then it is dropped). The
// owner is told when it becomes busy or idle. Not a QObject: the owner (a QObject) holds it as a member.
#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>

namespace Ferry {

class ProbePool
{
public:
    // maxThreads: how many requests run at once; busyChanged: called on the owner's thread.
    ProbePool(const QString &name, int maxThreads, std::function<void(bool busy)> busyChanged);
    // Cancels what runs and waits a little for it.
    ~ProbePool();
    Q_DISABLE_COPY_MOVE(ProbePool)

    // Runs work(cancel) on the pool; deliver(result) is called on owner's thread (the owner of this pool) when
    // it ends, unless cancelled first. Returns the request's id (never 0).
    template <typename Work, typename Deliver> quint64 start(QObject *owner, Work work, Deliver deliver)
    {
        using T = std::invoke_result_t<Work, const std::atomic_bool *>;
        const quint64 id = m_nextId++;
        auto cancel = std::make_shared<std::atomic_bool>(false);
        const bool wasBusy = isBusy();
        m_running.insert(id, cancel);
        QFuture<T> future = QtConcurrent::run(&m_pool, [work = std::move(work), cancel] { return work(cancel.get()); });
        // Delivered on the owner's thread; dropped with it (the watcher is its child).
        auto *watcher = new QFutureWatcher<T>(owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                         [this, watcher, id, deliver = std::move(deliver)] {
                             watcher->deleteLater();
                             if (!m_running.remove(id))
                                 return; // cancelled: not delivered
                             deliver(id, watcher->result());
                             if (!isBusy())
                                 m_busyChanged(false);
                         });
        watcher->setFuture(future);
        if (!wasBusy)
            m_busyChanged(true);
        return id;
    }

    void cancel(quint64 id);
    void cancelAll();
    bool isRunning(quint64 id) const { return m_running.contains(id); }
    bool isBusy() const { return !m_running.isEmpty(); }
    // Waits for every worker to end, cancelled ones included (tests, shutdown). False on timeout.
    bool waitForDone(int timeoutMs) { return m_pool.waitForDone(timeoutMs); }

private:
    QThreadPool m_pool;
    std::function<void(bool)> m_busyChanged;
    QHash<quint64, std::shared_ptr<std::atomic_bool>> m_running;
    quint64 m_nextId = 1;
};

} // namespace Ferry
