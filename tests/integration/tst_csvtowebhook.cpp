// End-to-end across two connectors: a folder of CSV exports → a webhook, through ferry-cli. The receiver fails on
// demand and deduplicates by delivery id: every change is delivered exactly once, a change the receiver keeps
// refusing is reported failed and delivered by the next run, and a run after that sends nothing. A CSV row that
// does not parse is named by its line and not sent; fixing it sends it.
#include "clitestcase.h"
#include "webhookreceiver.h"

using namespace Ferry::Testing;

namespace {
const QByteArray Secret = "csv hook secret";
} // namespace

class TestCsvToWebhook : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eachChangeDeliveredOnce();
    void badRowNamedAndSentOnceFixed();

private:
    void writeCsv(const QString &name, const QByteArray &text)
    {
        QFile f(m_dir->filePath(QStringLiteral("exports/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    QString job(const QString &url) const
    {
        const QString path = m_dir->filePath(QStringLiteral("csv-hook.yml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: csv-hook\n"
                               "source:\n"
                               "  type: csv\n"
                               "  path: exports/*.csv\n"
                               "  delimiter: ';'\n"
                               "  columns: {id: integer, amount: decimal}\n"
                               "target:\n"
                               "  type: webhook\n"
                               "  url: %1\n"
                               "  signing_secret: {secret: env:FERRY_HOOK_SECRET}\n"
                               "  retries: 3\n"
                               "sync: {mode: replace, key: id, delete_safeguard: {max_share: 1}}\n"
                               "retry: {attempts: 3, initial_delay_ms: 10, max_delay_ms: 40, request_timeout_ms: "
                               "1000}\n")
                    .arg(url)
                    .toUtf8());
        return path;
    }
    QStringList runArgs(const QString &jobFile) const
    {
        return {QStringLiteral("run"), jobFile, QStringLiteral("--json"), QStringLiteral("--state"),
                m_dir->filePath(QStringLiteral("state"))};
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        e.insert(QStringLiteral("FERRY_HOOK_SECRET"), QString::fromLatin1(Secret));
        return e;
    }
    static QString counts(const QJsonObject &j)
    {
        return QStringLiteral("i%1 u%2 d%3 f%4")
            .arg(j.value(u"inserted").toInt())
            .arg(j.value(u"updated").toInt())
            .arg(j.value(u"deleted").toInt())
            .arg(j.value(u"failed").toInt());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvToWebhook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("exports")));
}

void TestCsvToWebhook::cleanup()
{
    m_dir.reset();
}

void TestCsvToWebhook::eachChangeDeliveredOnce()
{
    WebhookReceiver receiver(Secret);
    QVERIFY(receiver.start());
    // Two exports of the same shape, read as one source in name order.
    writeCsv(QStringLiteral("2026-11-01.csv"), "id;name;amount\r\n1;Ada;10.50\r\n2;\"Lovelace; Ada\";7\r\n");
    writeCsv(QStringLiteral("2026-11-02.csv"), "id;name;amount\r\n3;Grace;0.10\r\n4;Ren\xc3\xa9;12\r\n");
    receiver.queueFault({500});
    receiver.queueFault({429, 1});
    receiver.queueFault({0, -1, 1500});          // answered after the client gave up: the delivery comes again
    receiver.refuseKey(QStringLiteral("2"), -1); // every try this run: the change fails
    const QString file = job(receiver.url());

    CliResult first = runCli(runArgs(file), env());
    QCOMPARE(first.exitCode, 1); // row errors
    QCOMPARE(counts(first.json()), QStringLiteral("i3 u0 d0 f1"));
    QCOMPARE(receiver.processed().size(), 3);
    QCOMPARE(receiver.badSignatures(), 0);
    const QStringList firstKeys = [&] {
        QStringList keys;
        for (const auto &d : receiver.processed())
            keys.append(d.key);
        keys.sort();
        return keys;
    }();
    QCOMPARE(firstKeys, (QStringList{"1", "3", "4"}));
    for (const auto &d : receiver.processed()) {
        QCOMPARE(d.event, QStringLiteral("new"));
        QCOMPARE(d.jobId, QStringLiteral("csv-hook"));
        if (d.key == u"4")
            QCOMPARE(d.record.value(u"name").toString(), QStringLiteral("René"));
    }

    // The next run delivers the refused change (the receiver takes it now), and only it.
    receiver.refuseKey(QStringLiteral("2"), 0);
    CliResult second = runCli(runArgs(file), env());
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(counts(second.json()), QStringLiteral("i1 u0 d0 f0"));
    QCOMPARE(receiver.processed().size(), 4);
    QCOMPARE(receiver.processed().last().key, QStringLiteral("2"));
    QCOMPARE(receiver.processed().last().record.value(u"name").toString(), QStringLiteral("Lovelace; Ada"));

    // Converged: nothing is sent at all.
    const int requests = receiver.requests();
    CliResult third = runCli(runArgs(file), env());
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(counts(third.json()), QStringLiteral("i0 u0 d0 f0"));
    QCOMPARE(third.json().value(u"unchanged").toInt(), 4);
    QCOMPARE(receiver.requests(), requests);

    // An edited export and a removed row: one update, one delete.
    writeCsv(QStringLiteral("2026-11-02.csv"), "id;name;amount\r\n3;Grace;0.20\r\n");
    CliResult fourth = runCli(runArgs(file), env());
    QVERIFY2(fourth.exitCode == 0, fourth.err.constData());
    QCOMPARE(counts(fourth.json()), QStringLiteral("i0 u1 d1 f0"));
    QCOMPARE(receiver.processed().size(), 6);
    QStringList events;
    for (qsizetype i = 4; i < 6; ++i)
        events.append(receiver.processed().at(i).event + u':' + receiver.processed().at(i).key);
    events.sort();
    QCOMPARE(events, (QStringList{"deleted:4", "updated:3"}));
    // Every delivery id reached the receiver's processing once, whatever the retries.
    QCOMPARE(receiver.processed().size(), receiver.attempts().size());
}

void TestCsvToWebhook::badRowNamedAndSentOnceFixed()
{
    WebhookReceiver receiver(Secret);
    QVERIFY(receiver.start());
    writeCsv(QStringLiteral("a.csv"), "id;name;amount\n1;Ada;1\n2;Bad;not a number\n3;Grace;3\n");
    const QString file = job(receiver.url());
    CliResult first = runCli(runArgs(file), env());
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.err.contains("line 3") || first.out.contains("line 3"),
             (first.err + first.out).constData()); // the bad row, by its line
    QCOMPARE(first.json().value(u"inserted").toInt(), 2);
    QCOMPARE(receiver.processed().size(), 2);

    writeCsv(QStringLiteral("a.csv"), "id;name;amount\n1;Ada;1\n2;Bad;2\n3;Grace;3\n");
    CliResult second = runCli(runArgs(file), env());
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(counts(second.json()), QStringLiteral("i1 u0 d0 f0"));
    QCOMPARE(receiver.processed().size(), 3);
    QCOMPARE(receiver.processed().last().key, QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestCsvToWebhook)
#include "tst_csvtowebhook.moc"
