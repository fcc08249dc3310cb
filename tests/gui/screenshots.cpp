// ferry-screenshots: opens Ferry's windows over the bundled demo job, as a user would see them, and saves
// a PNG of each (docs/screenshots). Run it through scripts/screenshots.sh (under Xvfb, with real fonts).
// Usage: ferry-screenshots OUT_DIR [--language fr]
#include "icons.h"
#include "job/jobstore.h"
#include "joblistmodel.h"
#include "jobrun.h"
#include "logview.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "previewwindow.h"
#include "runcontroller.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Ferry;

namespace {

bool waitFor(const std::function<bool()> &done, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FerryScreenshots"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: ferry-screenshots OUT_DIR [--language LANG]\n", stderr);
        return 3;
    }
    const QString out = QDir(args.at(1)).absolutePath();
    QDir().mkpath(out);
    const int lang = int(args.indexOf(QStringLiteral("--language")));
    if (lang > 0 && lang + 1 < args.size()) {
        QLocale::setDefault(QLocale(args.at(lang + 1)));
        auto *t = new QTranslator(&app);
        if (t->load(QLocale(args.at(lang + 1)), QStringLiteral("ferry"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(t);
    }
    registerRunMetaTypes();
    QApplication::setWindowIcon(Icons::appIcon());

    // The demo job in a job folder of its own, its target half in sync so the preview shows every action.
    QTemporaryDir work;
    const QString jobs = QDir(work.path()).filePath(QStringLiteral("jobs"));
    QDir().mkpath(jobs);
    const QString demo = QStringLiteral(FERRY_SOURCE_DIR "/resources/demo");
    for (const char *f : {"demo-job.yml", "demo.sqlite"})
        QFile::copy(demo + u'/' + QLatin1String(f), QDir(jobs).filePath(QLatin1String(f)));
    JobStore store(jobs);
    auto demoJob = store.find(QStringLiteral("demo-customers"));
    if (!demoJob) {
        std::fprintf(stderr, "%s\n", qPrintable(demoJob.error().toString()));
        return 2;
    }
    JobSpec second = demoJob->loaded->job;
    second.id = QStringLiteral("crm-to-fliplet");
    second.name = QStringLiteral("CRM contacts → app directory");
    second.targetKind = TargetKind::Fliplet;
    second.fliplet.dataSourceId = QStringLiteral("4711");
    second.fliplet.authToken.reference = QStringLiteral("keychain:crm-to-fliplet/target.auth_token");
    second.schedule.cron = QStringLiteral("0 2 * * *");
    if (auto saved = store.save(second); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
        return 2;
    }

    MainWindow window(jobs, QDir(work.path()).filePath(QStringLiteral("state")));
    window.resize(1100, 640);
    window.show();
    window.selectJob(QStringLiteral("demo-customers"));
    // A first run, so the list shows a last run and the log has entries.
    window.runJob();
    waitFor([&] { return window.runController()->activeCount() == 0; });
    // Then the source changes: the preview has something to show.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shots"));
        db.setDatabaseName(QDir(jobs).filePath(QStringLiteral("demo.sqlite")));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("UPDATE customers SET city = 'Lisboa', updated_at = '2026-11-30 09:00:00' WHERE id = 2"));
        q.exec(QStringLiteral("INSERT INTO customers (id, name, email, city, plan, updated_at) VALUES "
                              "(11, 'Noor Haddad', 'noor@example.org', 'Amman', 'pro', '2026-11-30 09:05:00')"));
        q.exec(QStringLiteral("UPDATE customers SET deleted_at = '2026-11-30 09:10:00' WHERE id = 3"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shots"));
    waitFor([] { return false; }, 300);
    bool ok = save(&window, out, QStringLiteral("main-window"));
    // The log, then the history (after a second run), in the lower half.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("bottomTabWidget"));

    PreviewWindow *preview = window.previewJob();
    waitFor([&] { return preview->planModel()->plan() != nullptr; });
    preview->resize(1000, 560);
    auto *table = preview->findChild<QTableView *>(QStringLiteral("planTableView"));
    for (int r = 0; r < preview->planModel()->rowCount(); ++r)
        if (preview->planModel()->index(r, PlanModel::ActionColumn).data() ==
            PlanModel::actionText(ChangeAction::Update))
            table->selectRow(r);
    ok = save(preview, out, QStringLiteral("preview")) && ok;
    preview->applyPlan();
    waitFor([&] { return window.runController()->activeCount() == 0; });
    ok = save(preview, out, QStringLiteral("preview-applied")) && ok;
    preview->close();
    tabs->setCurrentIndex(1);
    waitFor([] { return false; }, 300);
    ok = save(&window, out, QStringLiteral("history")) && ok;
    return ok ? 0 : 1;
}
