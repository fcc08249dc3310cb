// ferry-cli run end to end with file sources into SQLite: a CSV file and an NDJSON file converge (the second run
// changes nothing, an edited row is exactly one update), and a CSV file with bad rows exits 1 naming each by its
// line while the good rows are written and the target keeps the rows the bad ones would have changed.
#include "clitestcase.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Ferry::Testing;

class TestCliFileSources : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void csvConverges();
    void ndjsonConverges();
    void badCsvRowsAreRowErrors();
    void unreadableFileFailsAndWritesNothing();

private:
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return f.fileName();
    }
    QString job(const QString &source, const QString &mode = QStringLiteral("update")) const
    {
        return write(QStringLiteral("job.yml"),
                     QStringLiteral("ferry: 1\nid: files\nsource:\n%1target:\n  type: sqlite\n"
                                    "  path: out.sqlite\n  table: people\n  create_table: "
                                    "true\nsync:\n  key: id\n  mode: %2\n")
                         .arg(source, mode)
                         .toUtf8());
    }
    CliResult run(const QString &jobFile) const
    {
        return runCli({QStringLiteral("run"), jobFile, QStringLiteral("--json"), QStringLiteral("--state"),
                       m_dir->filePath(QStringLiteral("state"))},
                      QProcessEnvironment::systemEnvironment());
    }
    // The target's rows, "id|name|price" ordered by id.
    QStringList target() const
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_dir->filePath(QStringLiteral("out.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT id, name, price FROM people ORDER BY id"));
                while (q.next())
                    out.append(q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliFileSources::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliFileSources::csvConverges()
{
    // Windows line ends, a BOM, Windows-1252 text, a quoted line break and doubled quotes.
    write(QStringLiteral("people.csv"),
          QByteArray("\xEF\xBB\xBF") +
              QStringLiteral("id;name;price\r\n1;Zoë;10.50\r\n2;\"Smith; \"\"Jo\"\"\r\nJr\";3\r\n3;"
                             "Ann;0.1\r\n")
                  .toUtf8());
    const QString j =
        job(QStringLiteral("  type: csv\n  path: people.csv\n  delimiter: \";\"\n  columns: {id: integer, "
                           "price: decimal}\n"));
    CliResult first = run(j);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value(u"inserted").toInt(), 3);
    QCOMPARE(target(), (QStringList{"1|Zoë|10.5", "2|Smith; \"Jo\"\r\nJr|3", "3|Ann|0.1"}));

    CliResult second = run(j);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 3);
    QCOMPARE(second.json().value(u"inserted").toInt() + second.json().value(u"updated").toInt(), 0);

    // One edited row: exactly one update.
    write(QStringLiteral("people.csv"),
          QByteArray("\xEF\xBB\xBF") +
              QStringLiteral("id;name;price\r\n1;Zoë;10.50\r\n2;\"Smith; \"\"Jo\"\"\r\nJr\";3\r\n3;"
                             "Ann;0.25\r\n")
                  .toUtf8());
    CliResult edited = run(j);
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.json().value(u"updated").toInt(), 1);
    QCOMPARE(edited.json().value(u"unchanged").toInt(), 2);
    QCOMPARE(target().last(), QStringLiteral("3|Ann|0.25"));
}

void TestCliFileSources::ndjsonConverges()
{
    write(QStringLiteral("people.ndjson"),
          "{\"id\": 1, \"name\": \"a\", \"price\": 1.5, \"tags\": {\"b\": 1, \"a\": [1, 2]}}\r\n"
          "\r\n"
          "{\"id\": 2, \"name\": \"b\", \"price\": null}\r\n");
    const QString j = job(QStringLiteral("  type: json\n  path: people.ndjson\n"));
    CliResult first = run(j);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value(u"inserted").toInt(), 2);
    QCOMPARE(target(), (QStringList{"1|a|1.5", "2|b|"}));
    CliResult second = run(j);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 2); // the nested value compares as JSON
    write(QStringLiteral("people.ndjson"),
          "{\"id\": 1, \"name\": \"a\", \"price\": 1.5, \"tags\": {\"a\": [1, 2], \"b\": 1}}\n"
          "{\"id\": 2, \"name\": \"B\", \"price\": null}\n");
    CliResult edited = run(j);
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.json().value(u"updated").toInt(), 1); // key order in the nested object does not count
    QCOMPARE(edited.json().value(u"unchanged").toInt(), 1);
}

void TestCliFileSources::badCsvRowsAreRowErrors()
{
    write(QStringLiteral("people.csv"), "id,name,price\n1,a,1\n2,b,2\n3,c,3\n");
    const QString j = job(QStringLiteral("  type: csv\n  path: people.csv\n  columns: {id: integer, price: decimal}\n"),
                          QStringLiteral("replace"));
    QCOMPARE(run(j).exitCode, 0);

    // Row 2 has a bad price, row 3 lost a field; row 1 changed, row 4 is new.
    write(QStringLiteral("people.csv"), "id,name,price\n1,A,1\n2,b,two\n3,c\n4,d,4\n");
    CliResult r = run(j);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("row-errors"));
    QCOMPARE(o.value(u"failed").toInt(), 2);
    QCOMPARE(o.value(u"updated").toInt(), 1);
    QCOMPARE(o.value(u"inserted").toInt(), 1);
    QCOMPARE(o.value(u"deleted").toInt(), 0); // replace mode: the bad rows' entries are kept
    const QJsonArray errors = o.value(u"errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].toObject().value(u"key").toString(), QStringLiteral("2"));
    QCOMPARE(errors[0].toObject().value(u"reason").toString(),
             QStringLiteral("people.csv line 3: column 'price': 'two' is not a decimal number (write it with a point: "
                            "10.50)"));
    QVERIFY(errors[1].toObject().value(u"reason").toString().startsWith(
        QStringLiteral("people.csv line 4: 2 field(s) where the file has 3 column(s)")));
    QCOMPARE(target(), (QStringList{"1|A|1", "2|b|2", "3|c|3", "4|d|4"}));
}

void TestCliFileSources::unreadableFileFailsAndWritesNothing()
{
    write(QStringLiteral("people.csv"), "id,name,price\n1,a,1\n");
    const QString j = job(QStringLiteral("  type: csv\n  path: people.csv\n"));
    QCOMPARE(run(j).exitCode, 0);
    // An unterminated quote: the read fails, nothing is written or deleted.
    write(QStringLiteral("people.csv"), "id,name,price\n1,\"a,1\n2,b,2\n");
    CliResult r = run(j);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json().value(u"error")
                     .toObject()
                     .value(u"message")
                     .toString()
                     .contains(QStringLiteral("people.csv: line 2: the quote that opens field 2 is never closed")) ||
                 r.out.contains("people.csv: line 2: the quote that opens field 2 is never closed"),
             r.out.constData());
    QCOMPARE(target(), (QStringList{"1|a|1"}));
    // A missing file: exit 2, the file named.
    QFile::remove(m_dir->filePath(QStringLiteral("people.csv")));
    CliResult missing = run(j);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.out.contains("people.csv does not exist"), missing.out.constData());
}

QTEST_GUILESS_MAIN(TestCliFileSources)
#include "tst_clifilesources.moc"
