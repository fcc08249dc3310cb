// The job editor's Target page for a PostgreSQL table, offscreen, against the real server of
// scripts/db-servers.sh: the form is built from the registry (the SQL source's connection fields, then
// schema, table, create_table), Test connection reaches the table and counts its rows, Find tables lists
// the database's tables, Show sample rows shows the table's first records, a wrong password is shown
// beside the password field, and the job the form makes is a type: sql target.
#include "connectorform.h"
#include "connectorformtest.h"
#include "connectorprobe.h"
#include "jobeditor.h"
#include "jobeditortargetpage.h"
#include "probestatus.h"
#include "prompts.h"
#include "recordsetmodel.h"
#include "scriptedprompts.h"
#include "secretedit.h"

#include "../integration/testservers.h"
#include "connectors/sqlconnection.h"
#include "job/jobstore.h"
#include "secrets/keychain.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

const QString Table = QStringLiteral("Form Target");

} // namespace

class TestSqlTargetForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void formTestsDiscoversAndSamples();
    void wrongPasswordShownBesideTheField();

private:
    bool exec(const QStringList &statements)
    {
        const auto found = server("FERRY_TEST_PG", QStringLiteral("postgres"));
        if (!found)
            return false; // no server: initTestCase skipped the tests
        const Server &s = *found;
        SqlSourceSpec spec;
        spec.driver = s.kind;
        spec.host = s.host;
        spec.port = s.port;
        spec.username = s.user;
        spec.database = s.database;
        auto c = SqlConnection::open(*sqlConnectionParams(spec, {}, s.password), false);
        if (!c)
            return false;
        QSqlQuery q((*c)->database());
        for (const QString &sql : statements)
            if (!q.exec(sql)) {
                qWarning().noquote() << sql << q.lastError().text();
                return false;
            }
        return true;
    }
    std::unique_ptr<JobEditor> newEditor() { return newFormEditor(m_dir); }
    // Picks the PostgreSQL table target and fills the connection as a user types it.
    void fill(JobEditor &editor, const QString &password)
    {
        const Server s = *server("FERRY_TEST_PG", QStringLiteral("postgres"));
        JobEditorTargetPage *target = editor.targetPage();
        editor.setCurrentPage(JobEditor::TargetPage);
        auto *type = child<QComboBox>(target, QStringLiteral("targetTypeComboBox"));
        const int index = type->findData(QStringLiteral("sqltable/postgres"));
        QVERIFY(index >= 0);
        type->setCurrentIndex(index);
        QCOMPARE(target->type()->id, QStringLiteral("sqltable/postgres"));
        // Built from the registry: the source's connection fields, no query, then the table's.
        for (const char *name : {"urlLineEdit", "hostLineEdit", "portLineEdit", "databaseLineEdit", "usernameLineEdit",
                                 "optionsLineEdit", "schemaLineEdit"})
            QVERIFY2(target->findChild<QLineEdit *>(QLatin1String(name)), name);
        QVERIFY(!target->findChild<QWidget *>(QStringLiteral("queryTextEdit")));
        QVERIFY(child<QComboBox>(target, QStringLiteral("tableComboBox")));
        QTest::keyClicks(child<QLineEdit>(target, QStringLiteral("hostLineEdit")), s.host);
        QTest::keyClicks(child<QLineEdit>(target, QStringLiteral("portLineEdit")), QString::number(s.port));
        QTest::keyClicks(child<QLineEdit>(target, QStringLiteral("databaseLineEdit")), s.database);
        QTest::keyClicks(child<QLineEdit>(target, QStringLiteral("usernameLineEdit")), s.user);
        auto *secret = child<SecretEdit>(target, QStringLiteral("passwordSecretEdit"));
        QTest::keyClicks(secret->valueLineEdit(), password);
    }

    QTemporaryDir m_dir;
    ScriptedPrompts m_prompts;
};

void TestSqlTargetForm::initTestCase()
{
    FERRY_REQUIRE_TEST_SERVERS();
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    registerProbeMetaTypes();
    Prompts::setInstance(&m_prompts);
    QVERIFY(
        exec({QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(Table),
              QStringLiteral("CREATE TABLE \"%1\" (id int PRIMARY KEY, \"Full Name\" text, born date)").arg(Table),
              QStringLiteral("INSERT INTO \"%1\" VALUES (1, 'Ann Lee', '1990-01-02'), (2, 'Zoë', NULL)").arg(Table)}));
}

void TestSqlTargetForm::cleanupTestCase()
{
    exec({QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(Table)});
}

void TestSqlTargetForm::formTestsDiscoversAndSamples()
{
    const Server s = *server("FERRY_TEST_PG", QStringLiteral("postgres"));
    auto editor = newEditor();
    fill(*editor, s.password);
    JobEditorTargetPage *target = editor->targetPage();

    // Find tables: the database's tables offered in the table field.
    QTest::mouseClick(child<QPushButton>(target, QStringLiteral("discoverTargetButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!target->status()->isBusy(), CheckTimeoutMs);
    auto *table = child<QComboBox>(target, QStringLiteral("tableComboBox"));
    QVERIFY2(table->findData(Table) >= 0, qPrintable(target->status()->text()));
    QVERIFY2(target->status()->text().startsWith(QLatin1String("The database has")),
             qPrintable(target->status()->text()));
    table->setCurrentIndex(table->findData(Table));
    QCOMPARE(table->currentText(), Table);

    // Test connection: the server, the table, its rows.
    QSignalSpy columns(target, &JobEditorTargetPage::columnsFound);
    QTest::mouseClick(child<QPushButton>(target, QStringLiteral("testTargetButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!target->status()->isBusy(), CheckTimeoutMs);
    const QString status = target->status()->text();
    QVERIFY2(status.contains(QLatin1String("PostgreSQL")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("table %1 holds 2 record(s)").arg(Table)), qPrintable(status));
    QVERIFY(!columns.isEmpty());
    QCOMPARE(columns.last().first().toStringList(),
             (QStringList{QStringLiteral("id"), QStringLiteral("Full Name"), QStringLiteral("born")}));

    // Sample rows: the table's first records, in key order.
    auto *sample = child<QPushButton>(target, QStringLiteral("sampleTargetButton"));
    QVERIFY(sample->isVisible());
    QTest::mouseClick(sample, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!target->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(target->sampleModel()->rowCount() == 2, qPrintable(target->status()->text()));
    QCOMPARE(target->sampleModel()->columnCount(), 3);
    QCOMPARE(target->sampleModel()->index(0, 1).data().toString(), QStringLiteral("Ann Lee"));
    QCOMPARE(target->sampleModel()->index(1, 1).data().toString(), QStringLiteral("Zoë"));

    // The job the form makes.
    child<QLineEdit>(target, QStringLiteral("schemaLineEdit"))->setText(QStringLiteral("public"));
    JobSpec job = editor->job();
    QCOMPARE(job.targetKind, TargetKind::Sql);
    QCOMPARE(job.sqlTarget.connection.driver, QStringLiteral("postgres"));
    QCOMPARE(job.sqlTarget.connection.host, s.host);
    QCOMPARE(job.sqlTarget.connection.port, s.port);
    QCOMPARE(job.sqlTarget.table, Table);
    QCOMPARE(job.sqlTarget.schema, QStringLiteral("public"));
    QCOMPARE(job.sql.host, QString()); // the source is left alone
}

void TestSqlTargetForm::wrongPasswordShownBesideTheField()
{
    auto editor = newEditor();
    fill(*editor, QStringLiteral("not-the-password"));
    JobEditorTargetPage *target = editor->targetPage();
    child<QComboBox>(target, QStringLiteral("tableComboBox"))->setEditText(Table);
    QTest::mouseClick(child<QPushButton>(target, QStringLiteral("testTargetButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!target->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(target->status()->text().contains(QLatin1String("refused the login")),
             qPrintable(target->status()->text()));
    QTRY_VERIFY(target->issueText(QStringLiteral("target.password")).contains(QLatin1String("user name and password")));
    QVERIFY(!target->status()->text().contains(QLatin1String("not-the-password")));
}

QTEST_MAIN(TestSqlTargetForm)
#include "tst_sqltargetform.moc"
