// GUI stall benchmark: the longest time the desktop's event loop is blocked (a 1 ms heartbeat timer that
// records the largest gap between its ticks) while
//   1. the preview of an N-row job computes (N inserts into an empty SQLite table) and is shown,
//   2. the preview's table of N changes scrolls, filters by action and is searched, and closes,
//   3. a chatty job logs as fast as it can into the live log (follow mode on).
// Goal (issue 7): under 50 ms each. Usage: ferry-guistall [N] (default 1000000); run by bench/guistall.sh.
#include "eventqueue.h"
#include "job/jobstore.h"
#include "jobrun.h"
#include "logview.h"
#include "planmodel.h"
#include "previewwindow.h"
#include "runcontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

using namespace Ferry;

namespace {

// The heartbeat: the largest gap between two ticks since reset().
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_worst = 0;
    }
    double worstMs() const
    {
        // A gap still open counts too.
        return double(std::max(m_worst, m_clock.nsecsElapsed() - m_last)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

void spin(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

void spinFor(int ms)
{
    QElapsedTimer t;
    t.start();
    spin([&] { return t.elapsed() >= ms; });
}

void report(const char *what, double ms, qint64 elapsedMs)
{
    std::printf("| %s | %.1f | %.1f |\n", what, ms, double(elapsedMs) / 1000.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FerryGuiStall"));
    registerRunMetaTypes();
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(source);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT, city TEXT, "
                              "amount REAL, updated_at TEXT)"));
        q.exec(
            QStringLiteral("WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < %1) "
                           "INSERT INTO customers SELECT i, 'Customer ' || i, 'customer' || i || '@example.invalid', "
                           "'City ' || (i % 500), round(i * 1.37, 2), strftime('%Y-%m-%d %H:%M:%f', 1700000000 + i, "
                           "'unixepoch') FROM seq")
                .arg(rows));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));

    JobSpec job;
    job.id = QStringLiteral("stall");
    job.name = QStringLiteral("GUI stall");
    job.sql.driver = QStringLiteral("sqlite");
    job.sql.host = source;
    job.sql.query = QStringLiteral("SELECT id, name, email, city, amount, updated_at FROM customers");
    job.targetKind = TargetKind::Sqlite;
    job.sqlite.path = dir.filePath(QStringLiteral("target.sqlite"));
    job.sqlite.table = QStringLiteral("customers");
    job.sqlite.createTable = true;
    job.rules.keyColumns = {QStringLiteral("id")};
    job.rules.timestampColumn = QStringLiteral("updated_at");

    std::printf("%lld rows\n\n| while | longest stall (ms) | took (s) |\n|---|---:|---:|\n",
                static_cast<long long>(rows));
    RunController runs(dir.filePath(QStringLiteral("state")));
    StallMeter meter;
    QElapsedTimer took;

    // 1. The preview computes on its thread; the window shows its progress, then the plan.
    auto *preview = new PreviewWindow(job, &runs);
    preview->resize(1000, 600);
    preview->show();
    spinFor(200);
    meter.reset();
    took.start();
    preview->start();
    spin([&] { return preview->planModel()->plan() != nullptr; });
    spinFor(100); // the first paint of the plan
    report("a preview computes and opens", meter.worstMs(), took.elapsed());

    // 2. Scroll through the table page by page, end to end.
    auto *table = preview->findChild<QTableView *>(QStringLiteral("planTableView"));
    QScrollBar *bar = table->verticalScrollBar();
    meter.reset();
    took.start();
    for (int step = 0; step <= 200; ++step) {
        bar->setValue(int(qint64(bar->maximum()) * step / 200));
        QCoreApplication::processEvents();
    }
    report("the preview scrolls from top to bottom in 200 jumps", meter.worstMs(), took.elapsed());
    meter.reset();
    took.start();
    for (int i = 0; i < 2000; ++i) {
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        QCoreApplication::processEvents();
    }
    report("the preview scrolls 2,000 rows one by one", meter.worstMs(), took.elapsed());
    auto *inserts = preview->findChild<QToolButton *>(QStringLiteral("filterInsertToolButton"));
    meter.reset();
    took.start();
    inserts->click();
    spinFor(50);
    inserts->click();
    spinFor(50);
    report("the inserts are filtered out and back in", meter.worstMs(), took.elapsed());
    auto *search = preview->findChild<QLineEdit *>(QStringLiteral("previewSearchLineEdit"));
    meter.reset();
    took.start();
    search->setText(QStringLiteral("customer99999@"));
    spin([&] { return !preview->planModel()->isFiltering() && preview->planModel()->searchText() == search->text(); });
    spinFor(50);
    report("the changes are searched by value", meter.worstMs(), took.elapsed());
    meter.reset();
    took.start();
    preview->close(); // deletes the window, its model and its plan
    spin([&] { return runs.activeCount() == 0; });
    spinFor(100);
    report("the preview closes and its plan is freed", meter.worstMs(), took.elapsed());

    // 3. A chatty job: one thread logs as fast as it can for two seconds into the live log.
    std::atomic_bool stop{false};
    std::atomic<qint64> sent{0};
    RunController chatty(dir.filePath(QStringLiteral("state2")));
    LogView chattyLog(chatty.logModel());
    chattyLog.resize(1000, 400);
    chattyLog.show();
    // The controller's queue gets what a run's observer would: one call per message, from another thread.
    const RunTag tag{QStringLiteral("noisy"), QStringLiteral("Noisy job"), 1};
    meter.reset();
    took.start();
    std::thread talker([&] {
        while (!stop.load()) {
            chatty.events().logged(
                tag, LogEvent{QtInfoMsg, QStringLiteral("ferry.bench"), QStringLiteral("message %1").arg(sent.load())});
            sent.fetch_add(1);
        }
    });
    chatty.watchEvents();
    spinFor(2000);
    stop = true;
    talker.join();
    spinFor(300);
    report("a job logs without pause for 2 s", meter.worstMs(), took.elapsed());
    std::printf("\n%lld messages logged in 2 s; the log keeps the latest %lld\n", static_cast<long long>(sent.load()),
                static_cast<long long>(chatty.logModel()->capacity()));
    return 0;
}
