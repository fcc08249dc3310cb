// ferry-screenshots: opens Ferry's windows over the bundled demo job, as a user would see them, and saves
// a PNG of each (docs/screenshots). Run it through scripts/screenshots.sh (under Xvfb, with real fonts).
// Usage: ferry-screenshots OUT_DIR [--language LANG] [--dark] [--empty] [--suffix SUFFIX] [--only NAME,...]
//   --language  the windows in that language (the embedded translations, and Qt's own)
//   --dark      Fusion with a dark palette
//   --empty     the main window of a first start, without jobs (main-window-empty.png)
//   --suffix    appended to each file's name (main-window-fr.png)
//   --only      these shots only: main-window, preview, preview-applied, history, editor-general …
//               editor-schedule, editor-extensions, editor-extensions-test, editor-target-module, import,
//               preferences, tray-menu (the last
//               ones are taken only when named here; tray-menu needs a tray: scripts/with-tray.sh)
// The scale comes from the environment (QT_SCALE_FACTOR=2).
#include "icons.h"
#include "importdialog.h"
#include "job/jobstore.h"
#include "jobeditor.h"
#include "jobeditorextensionspage.h"
#include "jobeditorsourcepage.h"
#include "jobeditortargetpage.h"
#include "joblistmodel.h"
#include "jobrun.h"
#include "keyvalueedit.h"
#include "logview.h"
#include "mainwindow.h"
#include "moduleaccountedit.h"
#include "planmodel.h"
#include "preferencesdialog.h"
#include "previewwindow.h"
#include "probestatus.h"
#include "runcontroller.h"
#include "secretedit.h"
#include "secrets/keychain.h"
#include "translations.h"
#include "trayicon.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStyleFactory>
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

QString suffix;
QStringList only;

bool wanted(const QString &name)
{
    return only.isEmpty() || only.contains(name);
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    if (!wanted(name))
        return true;
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

QString option(const QStringList &args, const QString &name)
{
    const int i = int(args.indexOf(name));
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(p);
}

// A keychain that answers at once and keeps nothing: the screenshots never touch the user's.
class ShotKeychain final : public KeychainBackend
{
public:
    void check(QObject *context, std::function<void(KeychainStatus)> done) override
    {
        KeychainStatus status;
        status.usable = true;
        status.backend = QStringLiteral("Secret Service");
        QTimer::singleShot(0, context, [done, status] { done(status); });
    }
    Result<QString> store(const QString &jobId, const QString &field, const QString &) override
    {
        return Keychain::reference(jobId, field);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FerryScreenshots"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: ferry-screenshots OUT_DIR [--language LANG] [--dark] [--empty] [--suffix SUFFIX] "
                   "[--only NAME,...]\n",
                   stderr);
        return 3;
    }
    const QString out = QDir(args.at(1)).absolutePath();
    QDir().mkpath(out);
    suffix = option(args, QStringLiteral("--suffix"));
    if (const QString o = option(args, QStringLiteral("--only")); !o.isEmpty())
        only = o.split(u',');
    const QString language = option(args, QStringLiteral("--language"));
    if (const auto installed = Translations::install(&app, language);
        !language.isEmpty() && !(installed.ferry && language.startsWith(installed.ferry->language()))) {
        std::fprintf(stderr, "no translation for %s\n", qPrintable(language));
        return 2;
    }
    if (args.contains(QStringLiteral("--dark")))
        useDarkPalette();
    registerRunMetaTypes();
    QApplication::setWindowIcon(Icons::appIcon());

    // The demo job in a job folder of its own, its target half in sync so the preview shows every action.
    QTemporaryDir work;
    const QString jobs = QDir(work.path()).filePath(QStringLiteral("jobs"));
    QDir().mkpath(jobs);
    if (args.contains(QStringLiteral("--empty"))) {
        // A first start: no job yet.
        MainWindow window(jobs, QDir(work.path()).filePath(QStringLiteral("state")));
        window.resize(1100, 640);
        window.show();
        waitFor([] { return false; }, 300);
        return save(&window, out, QStringLiteral("main-window-empty")) ? 0 : 1;
    }
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
    FlipletFileColumn photo;
    photo.column = QStringLiteral("Photo");
    photo.directory = QStringLiteral("photos");
    FlipletFileColumn contract;
    contract.column = QStringLiteral("Contract");
    contract.type = FlipletFileColumn::Type::Remote;
    contract.headers = {{QStringLiteral("X-Api-Version"), QStringLiteral("2")}};
    second.fliplet.files = {photo, contract};
    if (auto saved = store.save(second); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
        return 2;
    }

    MainWindow window(jobs, QDir(work.path()).filePath(QStringLiteral("state")));
    window.setKeychain(std::make_shared<ShotKeychain>());
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

    // Named only: the editor's pages, the import dialog and the preferences (to look at them in each
    // language and scale; the docs' editor shots come from tst_jobeditor).
    const char *pages[] = {"general", "source", "target", "mapping", "rules", "schedule", "extensions"};
    bool anyPage = false;
    for (const char *page : pages)
        anyPage = anyPage || (!only.isEmpty() && only.contains(QStringLiteral("editor-") + QLatin1String(page)));
    if (anyPage) {
        window.selectJob(QStringLiteral("demo-customers"));
        JobEditor *editor = window.editJob();
        editor->resize(900, 620);
        waitFor([] { return false; }, 300);
        for (int p = 0; p < JobEditor::PageCount; ++p) {
            editor->setCurrentPage(JobEditor::Page(p));
            waitFor([] { return false; }, 100);
            ok = save(editor, out, QStringLiteral("editor-") + QLatin1String(pages[p])) && ok;
        }
        editor->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the editor goes, as on any close
    }
    if (!only.isEmpty() && only.contains(QStringLiteral("editor-target-fliplet"))) {
        // The Fliplet target page with its file columns.
        window.selectJob(QStringLiteral("crm-to-fliplet"));
        JobEditor *editor = window.editJob();
        editor->resize(900, 760);
        editor->setCurrentPage(JobEditor::TargetPage);
        waitFor([] { return false; }, 300);
        ok = save(editor, out, QStringLiteral("editor-target-fliplet")) && ok;
        editor->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    if (!only.isEmpty() && only.contains(QStringLiteral("editor-source-oauth"))) {
        // An HTTP API source signing in with OAuth2 in the browser.
        window.selectJob(QStringLiteral("demo-customers"));
        JobEditor *editor = window.editJob();
        editor->resize(900, 900);
        editor->setCurrentPage(JobEditor::SourcePage);
        JobEditorSourcePage *source = editor->sourcePage();
        const auto choose = [source](const char *combo, const char *value) {
            auto *box = source->findChild<QComboBox *>(QLatin1String(combo));
            box->setCurrentIndex(box->findData(QLatin1String(value)));
        };
        choose("sourceTypeComboBox", "http");
        source->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))
            ->setText(QStringLiteral("https://api.example.com/v2/contacts"));
        choose("authTypeComboBox", "oauth2");
        choose("authGrantComboBox", "refresh_token");
        for (const auto &[name, text] :
             {std::pair{"authTokenUrlLineEdit", "https://login.example.com/oauth/token"},
              std::pair{"authAuthorizeUrlLineEdit", "https://login.example.com/oauth/authorize"},
              std::pair{"authClientIdLineEdit", "ferry-desktop"},
              std::pair{"authScopeLineEdit", "contacts.read offline_access"}})
            source->findChild<QLineEdit *>(QLatin1String(name))->setText(QLatin1String(text));
        waitFor([] { return false; }, 300);
        ok = save(editor, out, QStringLiteral("editor-source-oauth")) && ok;
        editor->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    if (!only.isEmpty() && only.contains(QStringLiteral("editor-source-csv"))) {
        // The source page for a CSV file, its columns found.
        const QString csv = QDir(work.path()).filePath(QStringLiteral("customers.csv"));
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly))
            file.write("id,name,email,joined,balance\n1,Ada Lovelace,ada@example.org,2024-03-01,12.50\n"
                       "2,Alan Turing,alan@example.org,2024-04-12,0.00\n");
        file.close();
        window.selectJob(QStringLiteral("demo-customers"));
        JobEditor *editor = window.editJob();
        editor->resize(900, 620);
        editor->setCurrentPage(JobEditor::SourcePage);
        JobEditorSourcePage *source = editor->sourcePage();
        auto *type = source->findChild<QComboBox *>(QStringLiteral("sourceTypeComboBox"));
        type->setCurrentIndex(type->findData(QStringLiteral("csv")));
        source->findChild<QLineEdit *>(QStringLiteral("pathLineEdit"))->setText(csv);
        source->findChild<QPushButton *>(QStringLiteral("discoverSourceButton"))->click();
        waitFor([source] { return !source->status()->isBusy(); });
        waitFor([] { return false; }, 200);
        ok = save(editor, out, QStringLiteral("editor-source-csv")) && ok;
        editor->reject();
    }
    if (!only.isEmpty() && only.contains(QStringLiteral("editor-target-module"))) {
        // A connector module target: the account as the form the module's accountFields describe (read through
        // Node.js), with a value the module does not describe in the list under it.
        const QString module = QDir(jobs).filePath(QStringLiteral("json-server.js"));
        QFile::remove(module);
        QFile::copy(QStringLiteral(FERRY_SOURCE_DIR "/resources/examples/modules/json-server.js"), module);
        window.selectJob(QStringLiteral("demo-customers"));
        JobEditor *editor = window.editJob();
        editor->resize(900, 760);
        editor->setCurrentPage(JobEditor::TargetPage);
        JobEditorTargetPage *target = editor->targetPage();
        auto *type = target->findChild<QComboBox *>(QStringLiteral("targetTypeComboBox"));
        type->setCurrentIndex(type->findData(QStringLiteral("module/target")));
        target->findChild<QLineEdit *>(QStringLiteral("fileLineEdit"))->setText(QStringLiteral("json-server.js"));
        auto *account = target->findChild<ModuleAccountEdit *>(QStringLiteral("accountModuleAccountEdit"));
        waitFor([account] { return account && !account->isReading() && !account->fields().isEmpty(); }, 20000);
        if (account) {
            account->setPairs({QStringList{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:3000")},
                               QStringList{QStringLiteral("collection"), QStringLiteral("customers")},
                               QStringList{QStringLiteral("region"), QStringLiteral("eu-west")}});
            if (auto *token = account->findChild<SecretEdit *>(QStringLiteral("accountTokenSecretEdit")))
                token->valueLineEdit()->setText(QStringLiteral("s3cr3t-token"));
        }
        waitFor([] { return false; }, 300);
        ok = save(editor, out, QStringLiteral("editor-target-module")) && ok;
        editor->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    if (!only.isEmpty() && only.contains(QStringLiteral("editor-extensions-test"))) {
        // The Extensions page after "Test on sample rows": a preMap that cleans a column and drops some records.
        const QString hook = QDir(jobs).filePath(QStringLiteral("clean.js"));
        QFile file(hook);
        if (file.open(QIODevice::WriteOnly))
            file.write("exports.preMap = (options, callback) => {\n"
                       "  const out = options.preMapData.map((r) => r.id % 4 === 0 ? {} :\n"
                       "    {data: Object.assign({}, r, {City: String(r.City || '').toUpperCase()})});\n"
                       "  console.log(`page ${options.pageIndex}: ${out.length} records`);\n"
                       "  callback(null, out);\n"
                       "};\n");
        file.close();
        window.selectJob(QStringLiteral("demo-customers"));
        JobEditor *editor = window.editJob();
        editor->resize(900, 760);
        editor->setCurrentPage(JobEditor::ExtensionsPage);
        JobEditorExtensionsPage *page = editor->extensionsPage();
        page->fileLineEdit()->setText(QStringLiteral("clean.js"));
        page->hookCheckBox(QStringLiteral("preMap"))->setChecked(true);
        page->settingsTextEdit()->setPlainText(QStringLiteral("{\"country\": \"GB\"}"));
        page->testOnSample();
        waitFor([page] { return !page->isTesting(); });
        if (auto *scroll = page->findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(page->logTextEdit());
        waitFor([] { return false; }, 200);
        ok = save(editor, out, QStringLiteral("editor-extensions-test")) && ok;
        editor->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    if (!only.isEmpty() && only.contains(QStringLiteral("import"))) {
        ImportDialog dialog({QStringLiteral(FERRY_SOURCE_DIR "/tests/data/compat/fliplet-agent/docs-sample.yml"),
                             QDir(jobs).filePath(QStringLiteral("demo-job.yml"))},
                            JobStore(jobs), &window);
        dialog.show();
        waitFor([] { return false; }, 500);
        ok = save(&dialog, out, QStringLiteral("import")) && ok;
    }
    if (!only.isEmpty() && only.contains(QStringLiteral("preferences"))) {
        PreferencesDialog dialog(&window);
        dialog.show();
        waitFor([] { return false; }, 100);
        ok = save(&dialog, out, QStringLiteral("preferences")) && ok;
    }
    if (!only.isEmpty() && only.contains(QStringLiteral("tray-menu"))) {
        // The tray's corner of the screen with the menu open (scripts/with-tray.sh provides the tray).
        TrayIcon *tray = window.trayIcon();
        if (!tray) {
            std::fputs("ferry-screenshots: no system tray: run under scripts/with-tray.sh\n", stderr);
            return 1;
        }
        window.hide();
        QMenu *menu = tray->menu();
        const QRect screen = QGuiApplication::primaryScreen()->geometry();
        menu->adjustSize();
        menu->popup(QPoint(screen.right() - menu->width() - 8, 36));
        waitFor([] { return false; }, 500);
        const int width = menu->width() + 200;
        const QString path = QDir(out).filePath(QStringLiteral("tray-menu%1.png").arg(suffix));
        ok = QGuiApplication::primaryScreen()
                 ->grabWindow(0, screen.right() - width, 0, width + 1, 44 + menu->height())
                 .save(path) &&
             ok;
        menu->hide();
    }
    return ok ? 0 : 1;
}
