// The extension host: a real Node.js process running real functions; answers by callback and by Promise,
// errors with their stack, time-outs, endless loops, exits and memory exhaustion (each restarts the host for
// the next call), log capture, the environment it gets, and Node.js missing.
#include "extensions/extensionhost.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <mutex>
#include <thread>

using namespace Ferry;

namespace {

QString hostCalls()
{
    return QStringLiteral(FERRY_TEST_DATA "/hooks/host-calls.js");
}

struct Logs
{
    std::mutex mutex;
    QList<ExtensionLogLine> lines;
    ExtensionHostOptions options()
    {
        ExtensionHostOptions o;
        o.log = [this](const ExtensionLogLine &l) {
            std::lock_guard lock(mutex);
            lines.append(l);
        };
        return o;
    }
    bool has(const QString &tag, const QString &text, QtMsgType level)
    {
        std::lock_guard lock(mutex);
        return std::any_of(lines.begin(), lines.end(), [&](const ExtensionLogLine &l) {
            return l.tag == tag && l.message.contains(text) && l.level == level;
        });
    }
};

} // namespace

class TestExtensionHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (ExtensionHost::nodeProgram().isEmpty())
            QFAIL("Node.js is needed for these tests: sudo apt-get install nodejs (scripts/install-deps.sh)");
    }

    void callbackAndPromise()
    {
        Logs logs;
        ExtensionHost host(logs.options());
        auto a = host.call(hostCalls(), QStringLiteral("viaCallback"), "{\"n\":21}", QStringLiteral("first"), 10000);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QCOMPARE(a->toObject().value(QStringLiteral("doubled")).toInt(), 42);
        auto b = host.call(hostCalls(), QStringLiteral("viaPromise"), "{\"n\":5}", QStringLiteral("second"), 10000);
        QVERIFY2(b, b ? "" : qPrintable(b.error().message));
        QCOMPARE(b->toObject().value(QStringLiteral("tripled")).toInt(), 15);
        // console output is tagged with the call that printed it, at its level
        QVERIFY(logs.has(QStringLiteral("first"), QStringLiteral("callback got 21"), QtInfoMsg));
        QVERIFY(logs.has(QStringLiteral("second"), QStringLiteral("promise got 5"), QtWarningMsg));
        QCOMPARE(host.starts(), 1); // one process for both calls
        auto c = host.call(hostCalls(), QStringLiteral("callbackThenPromise"), "{}", QStringLiteral("both"), 10000);
        QVERIFY(c);
        QCOMPARE(c->toString(), QStringLiteral("from callback"));
        // the next call gets its own answer, not the promise's late one
        auto d = host.call(hostCalls(), QStringLiteral("viaCallback"), "{\"n\":1}", QStringLiteral("next"), 10000);
        QVERIFY(d);
        QCOMPARE(d->toObject().value(QStringLiteral("doubled")).toInt(), 2);
    }

    void moduleMethodWithArguments()
    {
        ExtensionHost host;
        auto r = host.callWithArguments(hostCalls(), QStringLiteral("patch"), "[12,{\"b\":1,\"a\":2}]",
                                        QStringLiteral("patch"), 10000);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->toObject().value(QStringLiteral("id")).toInt(), 12);
        QCOMPARE(r->toObject().value(QStringLiteral("patched")).toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void rawOutputIsLogged()
    {
        Logs logs;
        ExtensionHost host(logs.options());
        auto r = host.call(hostCalls(), QStringLiteral("writesStdout"), "{}", QStringLiteral("raw"), 10000);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->toString(), QStringLiteral("ok"));
        QVERIFY(logs.has(QStringLiteral("raw"), QStringLiteral("raw stdout text"), QtInfoMsg));
        QVERIFY(logs.has(QStringLiteral("raw"), QStringLiteral("raw stderr text"), QtWarningMsg));
    }

    void errorsCarryTheirStack_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("message");
        QTest::newRow("throw") << "throws"
                               << "Error: bad record in throws";
        QTest::newRow("reject") << "rejects"
                                << "TypeError: rejected on purpose";
        QTest::newRow("callback error") << "callbackError"
                                        << "Error: callback error on purpose";
    }
    void errorsCarryTheirStack()
    {
        QFETCH(QString, function);
        QFETCH(QString, message);
        ExtensionHost host;
        auto r = host.call(hostCalls(), function, "{}", function, 10000);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Server);
        QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
        // the stack names the user's file and line
        QVERIFY2(r.error().message.contains(QStringLiteral("host-calls.js:")), qPrintable(r.error().message));
        // a thrown error is no crash: the same process answers the next call
        const qint64 pid = host.processId();
        QVERIFY(pid > 0);
        QVERIFY(host.call(hostCalls(), QStringLiteral("counter"), "{}", {}, 10000));
        QCOMPARE(host.processId(), pid);
    }

    void missingFunction()
    {
        ExtensionHost host;
        auto r = host.call(hostCalls(), QStringLiteral("noSuchHook"), "{}", {}, 10000);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("exports no function 'noSuchHook'")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("viaCallback")));
    }

    void timeoutsRestartTheHost_data()
    {
        QTest::addColumn<QString>("function");
        QTest::newRow("callback never called") << "neverAnswers";
        QTest::newRow("while(true)") << "loops";
    }
    void timeoutsRestartTheHost()
    {
        QFETCH(QString, function);
        ExtensionHost host;
        QVERIFY(host.call(hostCalls(), QStringLiteral("counter"), "{}", {}, 10000));
        const qint64 pid = host.processId();
        QElapsedTimer t;
        t.start();
        auto r = host.call(hostCalls(), function, "{}", QStringLiteral("slow"), 1000);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY2(r.error().message.contains(QStringLiteral("slow did not answer within 1 second")),
                 qPrintable(r.error().message));
        QVERIFY2(t.elapsed() < 5000, QByteArray::number(t.elapsed()));
        QVERIFY(!host.isRunning());
        // restarted: a new process, whose module state starts afresh
        auto next = host.call(hostCalls(), QStringLiteral("counter"), "{}", {}, 10000);
        QVERIFY(next);
        QCOMPARE(next->toInt(), 1);
        QVERIFY(host.processId() != pid);
        QCOMPARE(host.starts(), 2);
    }

    void exitRestartsTheHost()
    {
        ExtensionHost host;
        auto r = host.call(hostCalls(), QStringLiteral("exits"), "{}", QStringLiteral("quitter"), 10000);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.error().message.contains(QStringLiteral("stopped during quitter")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("exited with code 1")), qPrintable(r.error().message));
        auto next = host.call(hostCalls(), QStringLiteral("viaCallback"), "{\"n\":2}", {}, 10000);
        QVERIFY2(next, next ? "" : qPrintable(next.error().message));
        QCOMPARE(next->toObject().value(QStringLiteral("doubled")).toInt(), 4);
        QCOMPARE(host.starts(), 2);
    }

    void memoryCap()
    {
        ExtensionHostOptions options;
        options.memoryMb = 64;
        ExtensionHost host(options);
        auto r = host.call(hostCalls(), QStringLiteral("eatsMemory"), "{}", QStringLiteral("hog"), 60000);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.error().message.contains(QStringLiteral("ran out of memory (the cap is 64 MB")),
                 qPrintable(r.error().message));
        QVERIFY(host.call(hostCalls(), QStringLiteral("counter"), "{}", {}, 10000));
    }

    void cancel()
    {
        ExtensionHost host;
        std::atomic_bool flag{false};
        std::thread setter([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            flag = true;
        });
        QElapsedTimer t;
        t.start();
        auto r = host.call(hostCalls(), QStringLiteral("loops"), "{}", {}, 30000, &flag);
        setter.join();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(!host.isRunning());
    }

    void environmentHoldsNoSecret()
    {
        qputenv("FERRY_TEST_SECRET_TOKEN", "s3cr3t-token-value");
        qputenv("CRM_PASSWORD", "hunter2-password");
        ExtensionHost host;
        auto r = host.call(hostCalls(), QStringLiteral("environment"), "{}", {}, 10000);
        qunsetenv("FERRY_TEST_SECRET_TOKEN");
        qunsetenv("CRM_PASSWORD");
        QVERIFY(r);
        const QJsonObject env = r->toObject();
        QVERIFY(!env.contains(QStringLiteral("FERRY_TEST_SECRET_TOKEN")));
        QVERIFY(!env.contains(QStringLiteral("CRM_PASSWORD")));
        const QByteArray all = QJsonDocument(env).toJson();
        QVERIFY(!all.contains("s3cr3t-token-value"));
        QVERIFY(!all.contains("hunter2-password"));
        for (auto it = env.begin(); it != env.end(); ++it)
            QVERIFY2(ExtensionHost::passedEnvironment().contains(it.key()), qPrintable(it.key()));
        QCOMPARE(env.value(QStringLiteral("PATH")).toString(), qEnvironmentVariable("PATH"));
    }

    void nodeMissing()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent-ferry-test");
        ExtensionHost host;
        auto r = host.call(QStringLiteral("/jobs/hooks/contacts.js"), QStringLiteral("preMap"), "{}", {}, 10000);
        qputenv("PATH", path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY2(r.error().message.contains(QStringLiteral("/jobs/hooks/contacts.js needs Node.js")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("apt-get install nodejs")));

        qputenv("FERRY_NODE", "/nonexistent/node");
        auto s = host.call(hostCalls(), QStringLiteral("counter"), "{}", {}, 10000);
        qunsetenv("FERRY_NODE");
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("FERRY_NODE names '/nonexistent/node'")),
                 qPrintable(s.error().message));
        // with node back, the same host works
        QVERIFY(host.call(hostCalls(), QStringLiteral("counter"), "{}", {}, 10000));
    }

    void plainThread()
    {
        // A run's thread may be any thread (ferry-cli's main thread, a QThread, a std::thread): the calls block
        // and need no event loop.
        QString error;
        int value = 0;
        std::thread worker([&] {
            ExtensionHost host;
            auto r = host.call(hostCalls(), QStringLiteral("viaPromise"), "{\"n\":7}", {}, 10000);
            if (r)
                value = r->toObject().value(QStringLiteral("tripled")).toInt();
            else
                error = r.error().message;
            auto t = host.call(hostCalls(), QStringLiteral("loops"), "{}", {}, 500);
            if (t || t.error().code != ErrorCode::Timeout)
                error += QStringLiteral("no time-out");
        });
        worker.join();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(value, 21);
    }

    void largePage()
    {
        // A page larger than the pipes' buffers goes both ways.
        QByteArray options = "{\"n\":1,\"pad\":\"";
        options += QByteArray(4 * 1024 * 1024, 'x');
        options += "\"}";
        ExtensionHost host;
        auto r = host.call(hostCalls(), QStringLiteral("environment"), options, {}, 30000);
        QVERIFY(r);
        auto echo = host.call(hostCalls(), QStringLiteral("viaCallback"), options, {}, 30000);
        QVERIFY(echo);
        QCOMPARE(echo->toObject().value(QStringLiteral("doubled")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExtensionHost)
#include "tst_extensionhost.moc"
