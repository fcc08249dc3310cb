// The scheduler's decisions on times the test chooses: firing at cron times in a job's time zone, through
// daylight-saving changes in Europe/Berlin and America/New_York with no run lost or doubled; no overlap;
// the cap on parallel runs; one catch-up after a sleep or after Ferry was closed; run on start; pause and
// resume; a job edited while scheduled.
#include "job/jobspec.h"
#include "schedule/scheduler.h"
#include "schedule/scheduletimer.h"

#include <QtTest>

using namespace Ferry;

namespace {

const QTimeZone Berlin("Europe/Berlin");
const QTimeZone NewYork("America/New_York");

QDateTime at(const QTimeZone &zone, int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), zone);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

ScheduledJob job(const QString &id, const QString &cron, const QTimeZone &zone = QTimeZone(), bool onStart = false)
{
    ScheduledJob j;
    j.id = id;
    j.name = id;
    j.cron = *CronExpression::parse(cron);
    j.timeZone = zone;
    j.runOnStart = onStart;
    return j;
}

// Polls every step from `from` to `to`, finishing each run at once; the due times of the runs started, as
// wall-clock text in zone with the offset.
QStringList simulate(Scheduler &s, QDateTime from, const QDateTime &to, int stepSeconds, const QTimeZone &zone)
{
    QStringList out;
    for (QDateTime now = from; now <= to; now = now.addSecs(stepSeconds)) {
        for (const ScheduledStart &start : s.poll(now)) {
            out << start.due.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm:ss t"));
            s.runFinished(start.jobId);
        }
    }
    return out;
}

QStringList messages(Scheduler &s)
{
    QStringList out;
    for (const ScheduleNote &n : s.takeNotes())
        out << n.jobId + QStringLiteral(": ") + n.message;
    return out;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private slots:
    void firesAtCronTimes();
    void springForwardInBerlin();
    void fallBackInBerlin();
    void newYorkKeepsAnHourlyRhythm();
    void neverTwoRunsOfOneJob();
    void capOnParallelRuns();
    void oneCatchUpAfterASleep();
    void runOnStartAndCatchUpAfterFerryWasClosed();
    void pauseAndResume();
    void resumingSkipsTheTimesThatPassed();
    void runsStartedByHandTakeNoSlot();
    void jobEditedWhileScheduled();
    void fromJobSpec();
    void timerFiresOnTheSecond();
    void timerNoticesASleep();
};

void TestScheduler::firesAtCronTimes()
{
    Scheduler s;
    const QDateTime start = utc(2026, 6, 1, 10, 2);
    s.setJobs({job(QStringLiteral("a"), QStringLiteral("*/15 * * * *"), QTimeZone(QByteArrayLiteral("UTC")))}, start);
    QCOMPARE(s.nextRun(QStringLiteral("a")), utc(2026, 6, 1, 10, 15));
    QCOMPARE(s.nextWake(), utc(2026, 6, 1, 10, 15));
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 14, 59)).empty());
    const auto starts = s.poll(utc(2026, 6, 1, 10, 15, 0));
    QCOMPARE(starts.size(), size_t(1));
    QCOMPARE(starts[0].jobId, QStringLiteral("a"));
    QCOMPARE(starts[0].reason, StartReason::Scheduled);
    QCOMPARE(starts[0].due, utc(2026, 6, 1, 10, 15));
    QVERIFY(s.isRunning(QStringLiteral("a")));
    QCOMPARE(s.nextRun(QStringLiteral("a")), utc(2026, 6, 1, 10, 30));
    s.runFinished(QStringLiteral("a"));
    // A timer a few seconds late is still an ordinary run.
    QCOMPARE(s.poll(utc(2026, 6, 1, 10, 30, 7)).at(0).reason, StartReason::Scheduled);
    QVERIFY(messages(s).isEmpty());

    // Seconds-level schedules (Fliplet Agent's six fields).
    Scheduler fast;
    fast.setJobs({job(QStringLiteral("f"), QStringLiteral("*/20 * * * * *"))}, utc(2026, 6, 1, 10, 0, 5));
    QCOMPARE(
        simulate(fast, utc(2026, 6, 1, 10, 0, 5), utc(2026, 6, 1, 10, 1, 5), 1, QTimeZone(QByteArrayLiteral("UTC"))),
        QStringList({QStringLiteral("06-01 10:00:20 UTC"), QStringLiteral("06-01 10:00:40 UTC"),
                     QStringLiteral("06-01 10:01:00 UTC")}));
}

void TestScheduler::springForwardInBerlin()
{
    // 2026-03-29: 02:00 CET becomes 03:00 CEST. 02:30 does not exist that day: it fires once, at 03:00.
    Scheduler s;
    s.setJobs({job(QStringLiteral("night"), QStringLiteral("30 2 * * *"), Berlin),
               job(QStringLiteral("quarter"), QStringLiteral("*/15 * * * *"), Berlin)},
              at(Berlin, 2026, 3, 29, 1, 0));
    QStringList night, quarter;
    for (QDateTime now = at(Berlin, 2026, 3, 29, 1, 0); now <= at(Berlin, 2026, 3, 29, 4, 0); now = now.addSecs(60))
        for (const ScheduledStart &start : s.poll(now)) {
            (start.jobId == u"night" ? night : quarter)
                << start.due.toTimeZone(Berlin).toString(QStringLiteral("HH:mm t"));
            s.runFinished(start.jobId);
        }
    QCOMPARE(night, QStringList({QStringLiteral("03:00 CEST")}));
    // 01:15 … 01:45, then 03:00 … 04:00: the hour that does not exist has no runs, and none is lost around it.
    QCOMPARE(quarter.size(), 3 + 5);
    QCOMPARE(quarter.at(2), QStringLiteral("01:45 CET"));
    QCOMPARE(quarter.at(3), QStringLiteral("03:00 CEST"));
    QCOMPARE(s.nextRun(QStringLiteral("night")), at(Berlin, 2026, 3, 30, 2, 30));
}

void TestScheduler::fallBackInBerlin()
{
    // 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:30 comes twice. A daily job runs once, at the first.
    Scheduler s;
    s.setJobs({job(QStringLiteral("night"), QStringLiteral("30 2 * * *"), Berlin)}, at(Berlin, 2026, 10, 25, 0, 0));
    const QStringList runs = simulate(s, at(Berlin, 2026, 10, 25, 0, 0), at(Berlin, 2026, 10, 26, 3, 0), 300, Berlin);
    QCOMPARE(runs, QStringList({QStringLiteral("10-25 02:30:00 CEST"), QStringLiteral("10-26 02:30:00 CET")}));
}

void TestScheduler::newYorkKeepsAnHourlyRhythm()
{
    // 2026-11-01: 02:00 EDT becomes 01:00 EST. Every 30 minutes keeps its rhythm through the repeated hour;
    // a daily 01:30 job runs once.
    Scheduler s;
    s.setJobs({job(QStringLiteral("half"), QStringLiteral("*/30 * * * *"), NewYork),
               job(QStringLiteral("daily"), QStringLiteral("30 1 * * *"), NewYork)},
              at(NewYork, 2026, 11, 1, 0, 10));
    QStringList half, daily;
    for (QDateTime now = at(NewYork, 2026, 11, 1, 0, 10); now <= at(NewYork, 2026, 11, 1, 3, 0); now = now.addSecs(60))
        for (const ScheduledStart &start : s.poll(now)) {
            (start.jobId == u"half" ? half : daily)
                << start.due.toTimeZone(NewYork).toString(QStringLiteral("HH:mm t"));
            s.runFinished(start.jobId);
        }
    QCOMPARE(half, QStringList({QStringLiteral("00:30 EDT"), QStringLiteral("01:00 EDT"), QStringLiteral("01:30 EDT"),
                                QStringLiteral("01:00 EST"), QStringLiteral("01:30 EST"), QStringLiteral("02:00 EST"),
                                QStringLiteral("02:30 EST"), QStringLiteral("03:00 EST")}));
    QCOMPARE(daily, QStringList({QStringLiteral("01:30 EDT")}));

    // 2026-03-08: 02:00 EST becomes 03:00 EDT; a daily 02:15 job runs once, at 03:00.
    Scheduler spring;
    spring.setJobs({job(QStringLiteral("daily"), QStringLiteral("15 2 * * *"), NewYork)},
                   at(NewYork, 2026, 3, 7, 12, 0));
    QCOMPARE(simulate(spring, at(NewYork, 2026, 3, 7, 12, 0), at(NewYork, 2026, 3, 9, 12, 0), 60, NewYork),
             QStringList({QStringLiteral("03-08 03:00:00 EDT"), QStringLiteral("03-09 02:15:00 EDT")}));
}

void TestScheduler::neverTwoRunsOfOneJob()
{
    Scheduler s;
    s.setJobs({job(QStringLiteral("a"), QStringLiteral("*/5 * * * *"))}, utc(2026, 6, 1, 10, 0, 30));
    QCOMPARE(s.poll(utc(2026, 6, 1, 10, 5)).size(), size_t(1));
    // Still running at 10:10 and 10:15: both times are skipped, each with a note.
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 10)).empty());
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 15)).empty());
    const QStringList notes = messages(s);
    QCOMPARE(notes.size(), 2);
    QVERIFY2(notes[0].contains(QStringLiteral("skipped: the previous run is still going")), qPrintable(notes[0]));
    s.runFinished(QStringLiteral("a"));
    // Finishing does not start the skipped ones; the next time does.
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 17)).empty());
    QCOMPARE(s.poll(utc(2026, 6, 1, 10, 20)).size(), size_t(1));
    s.runFinished(QStringLiteral("a"));

    // A run started by hand counts too.
    s.runStarted(QStringLiteral("a"));
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 25)).empty());
    QCOMPARE(messages(s).size(), 1);
    s.runFinished(QStringLiteral("a"));
    QCOMPARE(s.runningCount(), 0);
}

void TestScheduler::capOnParallelRuns()
{
    Scheduler s(Scheduler::Options{2, std::chrono::seconds(60)});
    const QString cron = QStringLiteral("0 * * * *");
    s.setJobs({job(QStringLiteral("a"), cron), job(QStringLiteral("b"), cron), job(QStringLiteral("c"), cron),
               job(QStringLiteral("d"), QStringLiteral("30 * * * *"))},
              utc(2026, 6, 1, 9, 50));
    auto starts = s.poll(utc(2026, 6, 1, 10, 0));
    QCOMPARE(starts.size(), size_t(2));
    QCOMPARE(starts[0].jobId, QStringLiteral("a"));
    QCOMPARE(starts[1].jobId, QStringLiteral("b"));
    QCOMPARE(s.runningCount(), 2);
    const QStringList notes = messages(s);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].startsWith(QStringLiteral("c: Waiting for a free slot: at most 2 job(s) run at once.")),
             qPrintable(notes[0]));
    // c waits: nextWake says nothing earlier than d's time while no slot is free, and the note is not repeated.
    QCOMPARE(s.nextWake(), utc(2026, 6, 1, 10, 30));
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 1)).empty());
    QVERIFY(messages(s).isEmpty());
    s.runFinished(QStringLiteral("b"));
    QCOMPARE(s.nextWake(), utc(2026, 6, 1, 10, 0)); // c is due: poll now
    starts = s.poll(utc(2026, 6, 1, 10, 4));
    QCOMPARE(starts.size(), size_t(1));
    QCOMPARE(starts[0].jobId, QStringLiteral("c"));
    QCOMPARE(starts[0].due, utc(2026, 6, 1, 10, 0));
    QCOMPARE(starts[0].reason, StartReason::Scheduled);
    // The cap can be raised while running (Preferences).
    s.setMaxParallel(3);
    QCOMPARE(s.poll(utc(2026, 6, 1, 10, 30)).size(), size_t(1));
    QCOMPARE(s.runningCount(), 3);
}

void TestScheduler::oneCatchUpAfterASleep()
{
    Scheduler s;
    s.setJobs({job(QStringLiteral("a"), QStringLiteral("*/15 * * * *"))}, utc(2026, 6, 1, 10, 2));
    QCOMPARE(s.poll(utc(2026, 6, 1, 10, 15)).size(), size_t(1));
    s.runFinished(QStringLiteral("a"));
    // The machine sleeps from 10:20 to 13:07: 10:30 … 13:00 were missed (11 times); one run makes up for them.
    const auto starts = s.poll(utc(2026, 6, 1, 13, 7));
    QCOMPARE(starts.size(), size_t(1));
    QCOMPARE(starts[0].reason, StartReason::CatchUp);
    QCOMPARE(starts[0].due, utc(2026, 6, 1, 13, 0));
    const QStringList notes = messages(s);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].contains(QStringLiteral("11 scheduled runs were missed")), qPrintable(notes[0]));
    QCOMPARE(s.nextRun(QStringLiteral("a")), utc(2026, 6, 1, 13, 15));
    s.runFinished(QStringLiteral("a"));
    // One missed time, two minutes late: a catch-up of one.
    QCOMPARE(s.poll(utc(2026, 6, 1, 13, 17)).at(0).reason, StartReason::CatchUp);
    QVERIFY(messages(s).at(0).contains(QStringLiteral("its run due at")));
}

void TestScheduler::runOnStartAndCatchUpAfterFerryWasClosed()
{
    const QDateTime now = utc(2026, 6, 2, 8, 40);
    ScheduledJob onStart = job(QStringLiteral("on-start"), QStringLiteral("0 * * * *"), {}, true);
    ScheduledJob missed = job(QStringLiteral("missed"), QStringLiteral("0 * * * *"));
    missed.lastRunStarted = utc(2026, 6, 1, 23, 0, 2); // then Ferry was closed through the night
    ScheduledJob recent = job(QStringLiteral("recent"), QStringLiteral("0 * * * *"));
    recent.lastRunStarted = utc(2026, 6, 2, 8, 0, 1);
    ScheduledJob never = job(QStringLiteral("never"), QStringLiteral("0 * * * *"));
    ScheduledJob onDemand = job(QStringLiteral("on-demand"), QStringLiteral("0 * * * *"), {}, true);
    onDemand.cron = CronExpression(); // run_on_start means nothing without a schedule
    Scheduler s;
    s.setJobs({onStart, missed, recent, never, onDemand}, now);
    const auto starts = s.poll(now);
    QCOMPARE(starts.size(), size_t(2));
    QCOMPARE(starts[0].jobId, QStringLiteral("missed")); // due first (00:00)
    QCOMPARE(starts[0].reason, StartReason::CatchUp);
    QCOMPARE(starts[0].due, utc(2026, 6, 2, 0, 0));
    QCOMPARE(starts[1].jobId, QStringLiteral("on-start"));
    QCOMPARE(starts[1].reason, StartReason::OnStart);
    const QStringList notes = messages(s);
    QCOMPARE(notes.size(), 2);
    QVERIFY(notes.join(u'\n').contains(QStringLiteral("missed while Ferry was not running")));
    // Only the first setJobs starts the scheduler: a job added later waits for its time.
    s.setJobs(
        {onStart, missed, recent, never, onDemand, job(QStringLiteral("later"), QStringLiteral("0 * * * *"), {}, true)},
        now);
    QVERIFY(s.poll(now.addSecs(60)).empty());
    QCOMPARE(s.nextRun(QStringLiteral("later")), utc(2026, 6, 2, 9, 0));

    // Paused before the start (kept from the last session): no run on start, no catch-up, on resume either.
    Scheduler paused;
    paused.setPaused(QStringLiteral("on-start"), true);
    paused.setPaused(QStringLiteral("missed"), true);
    paused.setJobs({onStart, missed}, now);
    QVERIFY(paused.poll(now).empty());
    QVERIFY(messages(paused).isEmpty());
    paused.setPaused(QStringLiteral("on-start"), false);
    paused.setPaused(QStringLiteral("missed"), false);
    QVERIFY(paused.poll(now.addSecs(1)).empty());
    QCOMPARE(paused.nextRun(QStringLiteral("missed")), utc(2026, 6, 2, 9, 0));
    Scheduler allPaused;
    allPaused.setAllPaused(true);
    allPaused.setJobs({onStart, missed}, now);
    allPaused.setAllPaused(false);
    QVERIFY(allPaused.poll(now).empty());
}

void TestScheduler::pauseAndResume()
{
    Scheduler s;
    s.setJobs({job(QStringLiteral("a"), QStringLiteral("*/10 * * * *")),
               job(QStringLiteral("b"), QStringLiteral("*/10 * * * *"))},
              utc(2026, 6, 1, 10, 1));
    s.setPaused(QStringLiteral("a"), true);
    QVERIFY(s.isPaused(QStringLiteral("a")));
    QVERIFY(!s.nextRun(QStringLiteral("a")).isValid());
    auto starts = s.poll(utc(2026, 6, 1, 10, 10));
    QCOMPARE(starts.size(), size_t(1));
    QCOMPARE(starts[0].jobId, QStringLiteral("b"));
    s.runFinished(QStringLiteral("b"));
    // Resumed after its times passed: no catch-up, the next time as usual.
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 25)).size() == 1); // b's 10:20, late by 5 minutes
    s.runFinished(QStringLiteral("b"));
    messages(s);
    s.setPaused(QStringLiteral("a"), false);
    QCOMPARE(s.nextRun(QStringLiteral("a")), utc(2026, 6, 1, 10, 30));
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 26)).empty());

    // Pause all: nothing starts, nothing wakes; resume all: the next times.
    s.setAllPaused(true);
    QVERIFY(!s.nextWake().isValid());
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 30)).empty());
    s.setAllPaused(false);
    QCOMPARE(s.nextWake(), utc(2026, 6, 1, 10, 40));
    QCOMPARE(s.poll(utc(2026, 6, 1, 10, 40)).size(), size_t(2));
}

void TestScheduler::resumingSkipsTheTimesThatPassed()
{
    Scheduler s;
    s.setJobs({job(QStringLiteral("a"), QStringLiteral("*/5 * * * *"))}, utc(2026, 6, 1, 10, 1));
    s.setPaused(QStringLiteral("a"), true, utc(2026, 6, 1, 10, 1));
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 5)).empty()); // its 10:05 passes, paused
    // Resumed 20 s after 10:10 (before any poll saw 10:10): neither 10:05 nor 10:10 runs.
    s.setPaused(QStringLiteral("a"), false, utc(2026, 6, 1, 10, 10, 20));
    QCOMPARE(s.nextRun(QStringLiteral("a")), utc(2026, 6, 1, 10, 15));
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 10, 21)).empty());
    // The same for everything paused.
    s.setAllPaused(true, utc(2026, 6, 1, 10, 11));
    s.setAllPaused(false, utc(2026, 6, 1, 10, 20, 10));
    QVERIFY(s.poll(utc(2026, 6, 1, 10, 20, 11)).empty());
    QCOMPARE(s.nextRun(QStringLiteral("a")), utc(2026, 6, 1, 10, 25));
}

void TestScheduler::runsStartedByHandTakeNoSlot()
{
    // One slot; a and c are run by hand (previews or Run Now): b still starts on time, and a and c are not
    // started twice.
    Scheduler s(Scheduler::Options{1, std::chrono::seconds(60)});
    const QString cron = QStringLiteral("0 * * * *");
    s.setJobs({job(QStringLiteral("a"), cron), job(QStringLiteral("b"), cron), job(QStringLiteral("c"), cron)},
              utc(2026, 6, 1, 9, 50));
    s.runStarted(QStringLiteral("a"));
    s.runStarted(QStringLiteral("c"));
    QCOMPARE(s.runningCount(), 0);
    const auto starts = s.poll(utc(2026, 6, 1, 10, 0));
    QCOMPARE(starts.size(), size_t(1));
    QCOMPARE(starts[0].jobId, QStringLiteral("b"));
    QCOMPARE(s.runningCount(), 1);
    QCOMPARE(messages(s).size(), 2); // a's and c's 10:00 skipped: they were running
}

void TestScheduler::jobEditedWhileScheduled()
{
    Scheduler s;
    s.setJobs(
        {job(QStringLiteral("a"), QStringLiteral("0 * * * *")), job(QStringLiteral("b"), QStringLiteral("0 12 * * *"))},
        utc(2026, 6, 1, 10, 20));
    QCOMPARE(s.poll(utc(2026, 6, 1, 11, 0)).size(), size_t(1)); // a is running
    // a's schedule changes while it runs; b is renamed only (same schedule: its next time stays).
    ScheduledJob b = job(QStringLiteral("b"), QStringLiteral("0 12 * * *"));
    b.name = QStringLiteral("Renamed");
    s.setJobs({job(QStringLiteral("a"), QStringLiteral("*/5 * * * *")), b}, utc(2026, 6, 1, 11, 2));
    QCOMPARE(s.nextRun(QStringLiteral("a")), utc(2026, 6, 1, 11, 5));
    QCOMPARE(s.nextRun(QStringLiteral("b")), utc(2026, 6, 1, 12, 0));
    QVERIFY(s.isRunning(QStringLiteral("a")));
    // a's job file is removed while it runs: the run still counts until it ends.
    s.setJobs({b}, utc(2026, 6, 1, 11, 3));
    QCOMPARE(s.runningCount(), 1);
    QVERIFY(!s.nextRun(QStringLiteral("a")).isValid());
    s.runFinished(QStringLiteral("a"));
    QCOMPARE(s.runningCount(), 0);
    // A schedule removed: on demand only.
    b.cron = CronExpression();
    s.setJobs({b}, utc(2026, 6, 1, 11, 4));
    QVERIFY(!s.nextRun(QStringLiteral("b")).isValid());
    QVERIFY(s.poll(utc(2026, 6, 1, 12, 0)).empty());
}

void TestScheduler::fromJobSpec()
{
    JobSpec spec;
    spec.id = QStringLiteral("crm");
    spec.name = QStringLiteral("CRM");
    spec.schedule.cron = QStringLiteral("0 6 * * MON-FRI");
    spec.schedule.timeZone = QStringLiteral("America/New_York");
    spec.schedule.runOnStart = false;
    ScheduledJob j = ScheduledJob::fromJob(spec, utc(2026, 6, 1, 10, 0));
    QCOMPARE(j.timeZone, NewYork);
    QVERIFY(!j.cron.isNull());
    QCOMPARE(j.lastRunStarted, utc(2026, 6, 1, 10, 0));
    Scheduler s;
    s.setJobs({j}, utc(2026, 6, 5, 12, 0));                                    // a Friday, 08:00 in New York
    QCOMPARE(s.nextRun(QStringLiteral("crm")), at(NewYork, 2026, 6, 8, 6, 0)); // Monday
    // A time zone the machine does not know leaves the job unscheduled (validation says why).
    spec.schedule.timeZone = QStringLiteral("Mars/Olympus");
    QVERIFY(ScheduledJob::fromJob(spec).cron.isNull());
}

void TestScheduler::timerFiresOnTheSecond()
{
    // The real clock: a job every second runs again and again, each run ending before the next.
    ScheduleTimer timer;
    QList<QDateTime> dues;
    QList<QDateTime> fired;
    connect(&timer, &ScheduleTimer::runDue, this, [&](const ScheduledStart &start) {
        QVERIFY(!dues.contains(start.due));
        dues << start.due;
        fired << QDateTime::currentDateTimeUtc();
        QTimer::singleShot(100, &timer, [&timer, id = start.jobId] { timer.runFinished(id); });
    });
    timer.setJobs({job(QStringLiteral("s"), QStringLiteral("* * * * * *"))});
    QTRY_VERIFY_WITH_TIMEOUT(dues.size() >= 3, 10000);
    // Each run stands for a later second than the one before (a loaded machine may merge seconds, never
    // repeat one), and the timer never fires before the second it stands for.
    for (int i = 1; i < dues.size(); ++i)
        QVERIFY(dues[i - 1] < dues[i]);
    for (int i = 1; i < dues.size(); ++i) // the first may be the start's own second
        QVERIFY2(fired[i] >= dues[i], qPrintable(fired[i].toString(Qt::ISODateWithMs)));
}

void TestScheduler::timerNoticesASleep()
{
    // A clock the test moves: the machine "sleeps" three hours; the next poll (at most max-wait later)
    // starts one catch-up run and says why.
    QDateTime now = utc(2026, 6, 1, 10, 2);
    ScheduleTimer timer;
    timer.setClock([&now] { return now; });
    timer.setMaxWaitMs(20);
    QList<ScheduledStart> starts;
    QStringList notes;
    connect(&timer, &ScheduleTimer::runDue, this, [&](const ScheduledStart &s) {
        starts << s;
        timer.runFinished(s.jobId); // ends at once (and polls again, which must not start it twice)
    });
    connect(&timer, &ScheduleTimer::noted, this, [&](const ScheduleNote &n) { notes << n.message; });
    timer.setJobs({job(QStringLiteral("a"), QStringLiteral("*/15 * * * *"))});
    QTest::qWait(60);
    QVERIFY(starts.isEmpty());
    now = utc(2026, 6, 1, 13, 7);
    QTRY_COMPARE_WITH_TIMEOUT(starts.size(), 1, 2000);
    QCOMPARE(starts[0].reason, StartReason::CatchUp);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].contains(QStringLiteral("12 scheduled runs were missed")), qPrintable(notes[0]));
    QTest::qWait(60);
    QCOMPARE(starts.size(), 1);
    // Pause all: the next time passes without a run.
    timer.setAllPaused(true);
    now = utc(2026, 6, 1, 13, 16);
    QTest::qWait(60);
    QCOMPARE(starts.size(), 1);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
