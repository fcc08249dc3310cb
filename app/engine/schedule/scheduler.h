// The scheduler's decisions, apart from timers, threads and files: given the jobs with their schedules and
// the time, which jobs start now, which wait for a free slot, which tick is skipped and why. The desktop
// and the daemon call poll() from a timer (at nextWake(), and at least every 30 s so a machine that slept
// is noticed) and start the runs it returns; tests drive it with times of their own.
//
// The rules:
// - A job fires at its cron expression's times, in its time zone (the machine's local time by default);
//   daylight-saving changes follow CronExpression (a skipped time fires once after the gap, a repeated one
//   once).
// - Never two runs of one job at once: a time that comes while the job runs (scheduled or started by hand)
//   is skipped, with a note. Across processes the state store's lease makes this hold too.
// - At most maxParallel scheduled runs at once (default 2); a job due while all slots are taken waits for
//   one, and starts as soon as a run ends.
// - Late by more than lateAfter (the machine slept, or the timer was starved): one catch-up run, however
//   many times were missed, said in a note. Started with run_on_start: one run at once. Started without it
//   and a scheduled time passed since the job's last recorded run (Ferry was closed through it): one catch-up
//   run.
// - A paused job (or everything paused) starts nothing; its times pass without runs and without catch-up
//   on resume.
#pragma once

#include "core/cronexpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <optional>
#include <set>
#include <vector>

namespace Ferry {

struct JobSpec;

struct ScheduledJob
{
    QString id;
    QString name;
    CronExpression cron;      // null: on demand only
    QTimeZone timeZone;       // invalid: the machine's local time
    bool runOnStart = false;  // run once when the scheduler starts (scheduled jobs only)
    QDateTime lastRunStarted; // the latest recorded run's start (invalid: never ran), for catch-up at start

    // From a job file's schedule (an invalid cron expression or time zone gives a job without schedule:
    // validation reports those).
    static ScheduledJob fromJob(const JobSpec &job, const QDateTime &lastRunStarted = {});
};

enum class StartReason { Scheduled, OnStart, CatchUp };

struct ScheduledStart
{
    QString jobId;
    StartReason reason = StartReason::Scheduled;
    QDateTime due; // the scheduled time it stands for (start: when the scheduler started)
};

struct ScheduleNote
{
    QString jobId;
    QtMsgType level = QtInfoMsg;
    QString message;
};

class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Scheduler)

public:
    struct Options
    {
        int maxParallel = 2;
        std::chrono::seconds lateAfter{60};
    };

    Scheduler() : Scheduler(Options{}) {}
    explicit Scheduler(Options options);

    // The jobs to schedule, in the order ties start in. A new job's next time counts from now; a job whose
    // schedule (expression or time zone) is unchanged keeps its next time; a job no longer listed is
    // forgotten (a run of it in progress is still counted until runFinished). The first call starts the
    // scheduler: run-on-start and catch-up runs become due.
    void setJobs(const std::vector<ScheduledJob> &jobs, const QDateTime &now);

    // What starts now (counted as running until runFinished), in due order; notes say what was skipped,
    // caught up or made to wait.
    std::vector<ScheduledStart> poll(const QDateTime &now);
    std::vector<ScheduleNote> takeNotes();

    // A run started by other means (Run now, a preview): ticks during it are skipped; it does not take one of
    // the maxParallel slots, which are for scheduled runs.
    void runStarted(const QString &jobId);
    void runFinished(const QString &jobId);
    bool isRunning(const QString &jobId) const;
    int runningCount() const; // scheduled runs going (what maxParallel counts)

    // Before the first setJobs too (a pause kept from the last session): a job paused then has no
    // run-on-start or catch-up run.
    // now: when resumed, the next time counts from now (times that passed while paused are not run).
    void setPaused(const QString &jobId, bool paused, const QDateTime &now = {});
    bool isPaused(const QString &jobId) const;
    void setAllPaused(bool paused, const QDateTime &now = {});
    bool allPaused() const { return m_allPaused; }

    void setMaxParallel(int n);
    int maxParallel() const { return m_options.maxParallel; }

    // The job's next scheduled time (invalid: no schedule, paused, or unknown job).
    QDateTime nextRun(const QString &jobId) const;
    // When poll() has something to do next: the earliest next time of a job that can fire, or now-ish when a
    // run waits for a slot that is free. Invalid: nothing scheduled.
    QDateTime nextWake() const;

private:
    struct Entry
    {
        ScheduledJob job;
        QDateTime next;                        // invalid: no schedule
        std::optional<ScheduledStart> waiting; // due, waiting for a slot
        bool waitNoted = false;
    };

    Entry *find(const QString &jobId);
    const Entry *find(const QString &jobId) const;
    // t in the job's time zone (the machine's local time when it has none).
    static QDateTime wallClock(const Entry &e, const QDateTime &t);
    QDateTime nextAfter(const Entry &e, const QDateTime &t) const;
    void note(const Entry &e, QtMsgType level, const QString &message);
    QString clock(const Entry &e, const QDateTime &t) const;
    void queue(Entry &e, StartReason reason, const QDateTime &due);

    Options m_options;
    std::vector<Entry> m_entries;
    std::set<QString> m_running;          // job ids with a run going (any run: no overlap)
    std::set<QString> m_scheduledRunning; // the runs poll() started: what the cap counts
    std::set<QString> m_paused;           // job ids, listed or not (a pause outlives a reload of the job file)
    std::vector<ScheduleNote> m_notes;
    bool m_started = false;
    bool m_allPaused = false;
};

} // namespace Ferry
