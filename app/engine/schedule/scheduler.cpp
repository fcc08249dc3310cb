#include "scheduler.h"

#include "job/jobspec.h"

#include <QLocale>

#include <algorithm>

namespace Ferry {

namespace {

constexpr int MaxMissedCounted = 1000; // a job every second asleep for a week: "more than 1,000 times"

} // namespace

ScheduledJob ScheduledJob::fromJob(const JobSpec &job, const QDateTime &lastRunStarted)
{
    ScheduledJob s;
    s.id = job.id;
    s.name = job.name.isEmpty() ? job.id : job.name;
    if (!job.schedule.cron.trimmed().isEmpty())
        if (auto cron = CronExpression::parse(job.schedule.cron))
            s.cron = *cron;
    if (!job.schedule.timeZone.isEmpty()) {
        s.timeZone = QTimeZone(job.schedule.timeZone.toUtf8());
        if (!s.timeZone.isValid())
            s.cron = CronExpression(); // validation says why
    }
    s.runOnStart = job.schedule.runOnStart;
    s.lastRunStarted = lastRunStarted;
    return s;
}

Scheduler::Scheduler(Options options) : m_options(options)
{
    m_options.maxParallel = std::max(1, m_options.maxParallel);
}

Scheduler::Entry *Scheduler::find(const QString &jobId)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.job.id == jobId; });
    return it == m_entries.end() ? nullptr : &*it;
}

const Scheduler::Entry *Scheduler::find(const QString &jobId) const
{
    return const_cast<Scheduler *>(this)->find(jobId);
}

QDateTime Scheduler::wallClock(const Entry &e, const QDateTime &t)
{
    return e.job.timeZone.isValid() ? t.toTimeZone(e.job.timeZone) : t.toLocalTime();
}

QDateTime Scheduler::nextAfter(const Entry &e, const QDateTime &t) const
{
    if (e.job.cron.isNull())
        return {};
    return e.job.cron.next(wallClock(e, t));
}

QString Scheduler::clock(const Entry &e, const QDateTime &t) const
{
    const QDateTime zoned = wallClock(e, t);
    QString text = QLocale().toString(zoned, e.job.cron.hasSeconds() ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                                     : QStringLiteral("yyyy-MM-dd HH:mm"));
    if (e.job.timeZone.isValid())
        text += u' ' + QString::fromUtf8(e.job.timeZone.id());
    return text;
}

void Scheduler::note(const Entry &e, QtMsgType level, const QString &message)
{
    m_notes.push_back(ScheduleNote{e.job.id, level, message});
}

void Scheduler::queue(Entry &e, StartReason reason, const QDateTime &due)
{
    e.waiting = ScheduledStart{e.job.id, reason, due};
    e.waitNoted = false;
}

void Scheduler::setJobs(const std::vector<ScheduledJob> &jobs, const QDateTime &now)
{
    std::vector<Entry> entries;
    entries.reserve(jobs.size());
    for (const ScheduledJob &job : jobs) {
        Entry e;
        if (const Entry *old = find(job.id)) {
            e = *old;
            const bool same = old->job.cron == job.cron && old->job.timeZone == job.timeZone;
            e.job = job;
            if (!same) {
                e.next = nextAfter(e, now);
                if (job.cron.isNull() && e.waiting && e.waiting->reason != StartReason::OnStart)
                    e.waiting.reset(); // no schedule any more: nothing scheduled to wait for
            }
        } else {
            e.job = job;
            e.next = nextAfter(e, now);
            const bool paused = m_allPaused || m_paused.count(job.id);
            if (paused) {
                // Paused from the start: its times pass, nothing is caught up.
            } else if (!m_started && job.runOnStart && !job.cron.isNull()) {
                queue(e, StartReason::OnStart, now);
                note(e, QtInfoMsg, tr("Runs now: it is set to run when the scheduler starts."));
            } else if (!m_started && job.lastRunStarted.isValid()) {
                const QDateTime missed = nextAfter(e, job.lastRunStarted);
                if (missed.isValid() && missed <= now) {
                    queue(e, StartReason::CatchUp, missed);
                    note(e, QtInfoMsg,
                         tr("Catching up: its run due at %1 was missed while Ferry was not running.")
                             .arg(clock(e, missed)));
                }
            }
        }
        entries.push_back(std::move(e));
    }
    m_entries = std::move(entries);
    m_started = true;
}

std::vector<ScheduledStart> Scheduler::poll(const QDateTime &now)
{
    const QLocale l;
    for (Entry &e : m_entries) {
        if (!e.next.isValid() || e.next > now)
            continue;
        // Every time that has come, counted (up to a limit), then the first one still ahead.
        QDateTime last = e.next;
        int count = 0;
        QDateTime t = e.next;
        while (t.isValid() && t <= now && count < MaxMissedCounted) {
            last = t;
            ++count;
            t = nextAfter(e, t);
        }
        e.next = t.isValid() && t > now ? t : nextAfter(e, now);
        if (m_paused.count(e.job.id) || m_allPaused)
            continue; // its times pass without runs
        if (m_running.count(e.job.id)) {
            note(e, QtWarningMsg,
                 tr("Its run due at %1 was skipped: the previous run is still going.").arg(clock(e, last)));
            continue;
        }
        if (e.waiting)
            continue; // already due, waiting for a slot: one run covers both
        const qint64 lateMs = last.msecsTo(now);
        if (lateMs > std::chrono::duration_cast<std::chrono::milliseconds>(m_options.lateAfter).count()) {
            queue(e, StartReason::CatchUp, last);
            note(e, QtInfoMsg,
                 count > 1 ? tr("Catching up: %1 scheduled runs were missed (the computer was asleep or busy), the "
                                "latest due at %2; one run makes up for them.")
                                 .arg(count >= MaxMissedCounted ? tr("more than %1").arg(l.toString(count))
                                                                : l.toString(count),
                                      clock(e, last))
                           : tr("Catching up: its run due at %1 was missed (the computer was asleep or busy).")
                                 .arg(clock(e, last)));
        } else {
            queue(e, StartReason::Scheduled, last);
        }
    }

    // Due runs start, earliest first, while slots are free.
    std::vector<Entry *> due;
    for (Entry &e : m_entries)
        if (e.waiting && !m_paused.count(e.job.id) && !m_allPaused && !m_running.count(e.job.id))
            due.push_back(&e);
    std::stable_sort(due.begin(), due.end(),
                     [](const Entry *a, const Entry *b) { return a->waiting->due < b->waiting->due; });
    std::vector<ScheduledStart> starts;
    for (Entry *e : due) {
        if (runningCount() >= m_options.maxParallel) {
            if (!e->waitNoted)
                note(*e, QtInfoMsg,
                     tr("Waiting for a free slot: at most %n job(s) run at once.", nullptr, m_options.maxParallel));
            e->waitNoted = true;
            continue;
        }
        starts.push_back(*e->waiting);
        e->waiting.reset();
        m_running.insert(e->job.id);
        m_scheduledRunning.insert(e->job.id);
    }
    return starts;
}

std::vector<ScheduleNote> Scheduler::takeNotes()
{
    std::vector<ScheduleNote> out;
    out.swap(m_notes);
    return out;
}

void Scheduler::runStarted(const QString &jobId)
{
    m_running.insert(jobId);
    if (Entry *e = find(jobId))
        e->waiting.reset(); // the run started by hand covers the one that waited
}

void Scheduler::runFinished(const QString &jobId)
{
    m_running.erase(jobId);
    m_scheduledRunning.erase(jobId);
}

bool Scheduler::isRunning(const QString &jobId) const
{
    return m_running.count(jobId) > 0;
}

int Scheduler::runningCount() const
{
    return int(m_scheduledRunning.size());
}

void Scheduler::setPaused(const QString &jobId, bool paused, const QDateTime &now)
{
    // Resumed: the times that passed while paused are not run (nor caught up).
    if (!paused && m_paused.count(jobId) && now.isValid())
        if (Entry *e = find(jobId))
            e->next = nextAfter(*e, now);
    if (paused)
        m_paused.insert(jobId);
    else
        m_paused.erase(jobId);
    if (Entry *e = find(jobId); e && paused)
        e->waiting.reset();
}

bool Scheduler::isPaused(const QString &jobId) const
{
    return m_paused.count(jobId) > 0;
}

void Scheduler::setAllPaused(bool paused, const QDateTime &now)
{
    if (!paused && m_allPaused && now.isValid())
        for (Entry &e : m_entries)
            e.next = nextAfter(e, now);
    m_allPaused = paused;
    if (paused)
        for (Entry &e : m_entries)
            e.waiting.reset();
}

void Scheduler::setMaxParallel(int n)
{
    m_options.maxParallel = std::max(1, n);
}

QDateTime Scheduler::nextRun(const QString &jobId) const
{
    const Entry *e = find(jobId);
    if (!e || m_paused.count(jobId) || m_allPaused)
        return {};
    return e->next;
}

QDateTime Scheduler::nextWake() const
{
    if (m_allPaused)
        return {};
    QDateTime wake;
    for (const Entry &e : m_entries) {
        if (m_paused.count(e.job.id))
            continue;
        if (e.waiting && runningCount() < m_options.maxParallel && !m_running.count(e.job.id))
            return e.waiting->due; // in the past: poll now
        if (e.next.isValid() && (!wake.isValid() || e.next < wake))
            wake = e.next;
    }
    return wake;
}

} // namespace Ferry
