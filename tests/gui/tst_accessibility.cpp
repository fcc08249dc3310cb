// Accessibility and the keyboard, window by window, in English, French and German: every control a user can
// operate has a name a screen reader can say (its accessible name, its text, or a label whose buddy it is),
// an icon-only button also a tooltip; every visible, enabled control takes keyboard focus with Tab, and Tab
// leaves a table rather than walking its cells; the accelerators (&) of a window, or of a menu, do not clash;
// every toolbar action is in a menu too. Each failure names the window and the widget.
#include "historyview.h"
#include "importdialog.h"
#include "job/jobstore.h"
#include "jobeditor.h"
#include "jobeditorsourcepage.h"
#include "jobeditortargetpage.h"
#include "jobrun.h"
#include "logview.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "preferencesdialog.h"
#include "previewwindow.h"
#include "runcontroller.h"
#include "secrets/keychain.h"
#include "sqlitefiles.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace Ferry;

namespace {

// A usable keychain that stores nothing: the editor must not reach for the system's.
class QuietKeychain final : public KeychainBackend
{
public:
    void check(QObject *context, std::function<void(KeychainStatus)> done) override
    {
        KeychainStatus status;
        status.usable = true;
        status.backend = QStringLiteral("the test keychain");
        QTimer::singleShot(0, context, [done, status] { done(status); });
    }
    Result<QString> store(const QString &jobId, const QString &field, const QString &) override
    {
        return Keychain::reference(jobId, field);
    }
};

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"))
            path.prepend(p->objectName());
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (const auto *c = qobject_cast<const QComboBox *>(w))
        text = c->currentText();
    else if (const auto *e = qobject_cast<const QLineEdit *>(w))
        text = e->placeholderText();
    return QStringLiteral("%1 '%2'%3%4")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             w->objectName().isEmpty() ? QStringLiteral("(no object name)") : w->objectName(),
             text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text),
             path.isEmpty() ? QString() : QStringLiteral(" in ") + path.join(u" > "));
}

// A control a user operates (not a part of another control: a line edit's clear button, a combo's editor,
// a view's header or scroll bars, an editor open in a view).
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        if (qobject_cast<const QLineEdit *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QAbstractItemView *>(p) ||
            qobject_cast<const QTabBar *>(p) || qobject_cast<const QToolBar *>(p) || qobject_cast<const QMenuBar *>(p))
            return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTabBar *>(w);
}

bool shownIn(const QWidget *w, const QWidget *window)
{
    return w->window() == window && w->isVisibleTo(window);
}

QString stripped(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

QString accelerator(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText).toLower();
}

// The accelerators of a menu's actions: each once.
void checkMenu(const QMenu *menu, const QString &where, QStringList &problems)
{
    QHash<QString, QStringList> keys;
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (const QString key = accelerator(a->text()); !key.isEmpty())
            keys[key].append(a->text());
        if (a->menu())
            checkMenu(a->menu(), where, problems);
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (it.value().size() > 1)
            problems.append(QStringLiteral("%1: menu '%2': %3 is the accelerator of %4")
                                .arg(where, stripped(menu->title()), it.key(), it.value().join(u", ")));
}

QStringList problemsOf(QWidget *window, const QString &where)
{
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    QHash<const QWidget *, QString> buddies; // buddy → its label's text
    QHash<QString, QStringList> accelerators;
    for (const QWidget *w : std::as_const(widgets)) {
        const auto *label = qobject_cast<const QLabel *>(w);
        if (!label || !shownIn(label, window))
            continue;
        const QString key = accelerator(label->text());
        if (label->buddy()) {
            buddies.insert(label->buddy(), stripped(label->text()));
            if (!key.isEmpty() && shownIn(label->buddy(), window))
                accelerators[key].append(label->text());
        } else if (!key.isEmpty() && label->textFormat() != Qt::RichText && !label->text().contains(u'<')) {
            problems.append(
                QStringLiteral("%1: the label \"%2\" has an accelerator but no buddy").arg(where, label->text()));
        }
    }
    for (QWidget *w : std::as_const(widgets)) {
        if (!shownIn(w, window) || !isControl(w))
            continue;
        const QString name = describe(w);
        QString accessibleName = w->accessibleName();
        if (accessibleName.isEmpty())
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                accessibleName = stripped(b->text());
        if (accessibleName.isEmpty())
            accessibleName = buddies.value(w);
        if (accessibleName.isEmpty() && qobject_cast<QTabBar *>(w))
            accessibleName = QStringLiteral("tabs"); // each tab is named by its text, checked below
        if (accessibleName.isEmpty() && (qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w)))
            if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
                accessibleName = iface->text(QAccessible::Name);
        if (accessibleName.isEmpty())
            problems.append(QStringLiteral("%1: %2 has neither an accessible name nor a buddy label").arg(where, name));
        if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (stripped(b->text()).isEmpty() && (b->accessibleName().isEmpty() || b->toolTip().isEmpty()))
                problems.append(QStringLiteral("%1: the icon-only button %2 needs an accessible name and a tooltip")
                                    .arg(where, name));
            if (const QString key = accelerator(b->text()); !key.isEmpty())
                accelerators[key].append(b->text());
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                if (stripped(tabs->tabText(i)).isEmpty())
                    problems.append(QStringLiteral("%1: tab %2 of %3 has no text").arg(where).arg(i).arg(name));
                if (const QString key = accelerator(tabs->tabText(i)); !key.isEmpty() && tabs->isTabVisible(i))
                    accelerators[key].append(tabs->tabText(i));
            }
        if (w->isEnabled() && !(w->focusPolicy() & Qt::TabFocus))
            problems.append(QStringLiteral("%1: %2 cannot get keyboard focus with Tab").arg(where, name));
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->tabKeyNavigation())
            problems.append(QStringLiteral("%1: Tab cannot leave %2 (it walks the cells)").arg(where, name));
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        QSet<const QAction *> inMenus;
        std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
            for (const QAction *a : menu->actions()) {
                inMenus.insert(a);
                if (a->menu())
                    collect(a->menu());
            }
        };
        for (const QAction *a : main->menuBar()->actions()) {
            if (const QString key = accelerator(a->text()); !key.isEmpty())
                accelerators[key].append(a->text());
            else
                problems.append(QStringLiteral("%1: the menu \"%2\" has no accelerator").arg(where, a->text()));
            if (a->menu()) {
                collect(a->menu());
                checkMenu(a->menu(), where, problems);
            }
        }
        for (const QToolBar *bar : main->findChildren<QToolBar *>())
            for (const QAction *a : bar->actions())
                if (!a->isSeparator() && !inMenus.contains(a))
                    problems.append(QStringLiteral("%1: the toolbar action \"%2\" is in no menu: the keyboard cannot "
                                                   "reach it")
                                        .arg(where, stripped(a->text())));
    }
    for (auto it = accelerators.cbegin(); it != accelerators.cend(); ++it)
        if (it.value().size() > 1)
            problems.append(
                QStringLiteral("%1: %2 is the accelerator of %3").arg(where, it.key(), it.value().join(u", ")));
    return problems;
}

// Collects what is wrong with a window as it is now; cleanup() fails the test with all of it.
#define CHECK_WINDOW(window, where)                                                                                    \
    do {                                                                                                               \
        QCoreApplication::processEvents();                                                                             \
        m_problems += problemsOf((window), (where));                                                                   \
    } while (false)

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindow_data() { languages(); }
    void mainWindow();
    void emptyMainWindow_data() { languages(); }
    void emptyMainWindow();
    void jobEditor_data() { languages(); }
    void jobEditor();
    void previewWindow_data() { languages(); }
    void previewWindow();
    void importDialog_data() { languages(); }
    void importDialog();
    void preferencesDialog_data() { languages(); }
    void preferencesDialog();

private:
    void languages();
    void useLanguage();
    QString saveJob() const;

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    Translations::Installed m_translators;
    QStringList m_problems;
    QString m_jobs;
    QString m_state;
};

void TestAccessibility::initTestCase()
{
    registerRunMetaTypes();
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("FerryAccessibilityTest"));
}

void TestAccessibility::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_jobs = m_dir->filePath(QStringLiteral("jobs"));
    m_state = m_dir->filePath(QStringLiteral("state"));
    useLanguage();
}

void TestAccessibility::cleanup()
{
    Translations::uninstall(m_translators);
    m_translators = {};
    QLocale::setDefault(QLocale::c());
    m_dir.reset();
    m_problems.removeDuplicates();
    const QStringList problems = std::exchange(m_problems, {});
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestAccessibility::useLanguage()
{
    // Ferry's strings and Qt's own (dialog buttons), as the app installs them.
    QFETCH(QString, language);
    m_translators = Translations::install(this, language);
    QVERIFY2(m_translators.ferry && m_translators.ferry->language() == language, qPrintable(language));
}

QString TestAccessibility::saveJob() const
{
    const QString source = m_dir->filePath(QStringLiteral("source.sqlite"));
    const QString target = m_dir->filePath(QStringLiteral("target.sqlite"));
    runSql(source, {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"),
                    QStringLiteral("INSERT INTO people VALUES (1, 'Ann'), (2, 'Bob')")});
    runSql(target, {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"),
                    QStringLiteral("INSERT INTO people VALUES (2, 'Bo'), (3, 'Cid')")});
    JobSpec j;
    j.id = QStringLiteral("people-copy");
    j.name = QStringLiteral("People copy");
    j.sql.driver = QStringLiteral("sqlite");
    j.sql.host = source;
    j.sql.query = QStringLiteral("SELECT id, name FROM people");
    j.targetKind = TargetKind::Sqlite;
    j.sqlite.path = target;
    j.sqlite.table = QStringLiteral("people");
    j.rules.mode = SyncMode::Replace;
    j.rules.keyColumns = {QStringLiteral("id")};
    auto saved = JobStore(m_jobs).save(j);
    return saved ? *saved : QString();
}

void TestAccessibility::mainWindow()
{
    QVERIFY(!saveJob().isEmpty());
    MainWindow window(m_jobs, m_state);
    window.runController()->setDrainInterval(10);
    window.show();
    QVERIFY(window.selectJob(QStringLiteral("people-copy")));
    // The job list's context menu.
    std::unique_ptr<QMenu> jobMenu(window.createJobMenu(&window));
    checkMenu(jobMenu.get(), QStringLiteral("main window, the job list's context menu"), m_problems);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("bottomTabWidget"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        CHECK_WINDOW(&window, QStringLiteral("main window, tab %1").arg(tabs->tabText(i)));
    }
    // The history with runs in it.
    window.runJob();
    QTRY_COMPARE_WITH_TIMEOUT(window.runController()->activeCount(), 0, 30000);
    window.historyView()->reload();
    tabs->setCurrentIndex(1);
    CHECK_WINDOW(&window, QStringLiteral("main window, history of a run"));
}

void TestAccessibility::emptyMainWindow()
{
    MainWindow window(m_jobs, m_state);
    window.show();
    auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyJobsWidget"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    CHECK_WINDOW(&window, QStringLiteral("main window without jobs"));
    // Tab goes from the list's place to its buttons, then down to the log.
    const auto nextFocusable = [&](QWidget *w) {
        for (QWidget *n = w->nextInFocusChain(); n != w; n = n->nextInFocusChain())
            if (n->window() == &window && n->isVisible() && n->isEnabled() && (n->focusPolicy() & Qt::TabFocus) &&
                isControl(n))
                return n;
        return w;
    };
    auto *newButton = window.findChild<QWidget *>(QStringLiteral("emptyNewJobButton"));
    auto *importButton = window.findChild<QWidget *>(QStringLiteral("emptyImportButton"));
    QCOMPARE(nextFocusable(newButton), importButton);
    QVERIFY(
        window.findChild<QTabWidget *>(QStringLiteral("bottomTabWidget"))->isAncestorOf(nextFocusable(importButton)));
}

void TestAccessibility::jobEditor()
{
    QVERIFY(!saveJob().isEmpty());
    MainWindow window(m_jobs, m_state);
    window.setKeychain(std::make_shared<QuietKeychain>());
    window.show();
    QVERIFY(window.selectJob(QStringLiteral("people-copy")));
    for (JobEditor *editor : {window.newJob(), window.editJob()}) {
        QVERIFY(editor);
        const QString what = editor->isNew() ? QStringLiteral("new job") : QStringLiteral("job editor");
        for (int p = 0; p < JobEditor::PageCount; ++p) {
            editor->setCurrentPage(JobEditor::Page(p));
            const QString page = QStringLiteral("%1, page %2").arg(what).arg(p);
            CHECK_WINDOW(editor, page);
            // Each type of source and target shows fields of its own.
            const char *typeCombo = p == JobEditor::SourcePage
                                        ? "sourceTypeComboBox"
                                        : (p == JobEditor::TargetPage ? "targetTypeComboBox" : nullptr);
            if (!typeCombo)
                continue;
            auto *types = editor->findChild<QComboBox *>(QLatin1String(typeCombo));
            QVERIFY(types);
            const int original = types->currentIndex();
            for (int t = 0; t < types->count(); ++t) {
                types->setCurrentIndex(t);
                CHECK_WINDOW(editor, QStringLiteral("%1, %2").arg(page, types->itemText(t)));
            }
            types->setCurrentIndex(original);
        }
        editor->reject();
    }
}

void TestAccessibility::previewWindow()
{
    QVERIFY(!saveJob().isEmpty());
    MainWindow window(m_jobs, m_state);
    window.runController()->setDrainInterval(10);
    window.show();
    QVERIFY(window.selectJob(QStringLiteral("people-copy")));
    QPointer<PreviewWindow> preview = window.previewJob();
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->planModel()->plan() != nullptr, 30000);
    CHECK_WINDOW(preview.data(), QStringLiteral("preview"));
    preview->applyPlan();
    QTRY_COMPARE_WITH_TIMEOUT(window.runController()->activeCount(), 0, 30000);
    CHECK_WINDOW(preview.data(), QStringLiteral("preview, applied"));
    preview->close();
}

void TestAccessibility::importDialog()
{
    const QString agent = m_dir->filePath(QStringLiteral("agent.yml"));
    QFile f(agent);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("auth_token: eu--token-4821\ndatasource_id: 123\ndatabase_driver: sqlite\n"
            "database_host: /tmp/none.sqlite\nquery: SELECT id FROM t\nprimary_column: id\n");
    f.close();
    const QString ferryJob = saveJob();
    QVERIFY(QFile::exists(ferryJob));
    const QString copy = m_dir->filePath(QStringLiteral("people-copy.yaml"));
    QVERIFY(QFile::copy(ferryJob, copy));
    ImportDialog dialog({agent, copy}, JobStore(m_jobs));
    dialog.show();
    // The keychain's answer (none here) enables the dialog's choices.
    QTest::qWait(100);
    CHECK_WINDOW(&dialog, QStringLiteral("import dialog"));
}

void TestAccessibility::preferencesDialog()
{
    PreferencesDialog dialog;
    dialog.show();
    CHECK_WINDOW(&dialog, QStringLiteral("preferences"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
