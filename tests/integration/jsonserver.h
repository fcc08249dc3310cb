// The real json-server (0.17.4) for the REST target's tests, started through scripts/json-server.sh on a free
// loopback port with a database file of the test's own, and stopped by its process id.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace Ferry::Testing {

// In initTestCase(): skips without json-server, or fails when FERRY_REQUIRE_JSON_SERVER says it must be
// there (scripts/test.sh sets it).
#define FERRY_REQUIRE_JSON_SERVER()                                                                                    \
    do {                                                                                                               \
        if (QProcess::execute(QStringLiteral("bash"), {QStringLiteral(FERRY_SOURCE_DIR "/scripts/json-server.sh"),     \
                                                       QStringLiteral("--check")}) != 0) {                             \
            if (qEnvironmentVariableIsSet("FERRY_REQUIRE_JSON_SERVER"))                                                \
                QFAIL("json-server is not installed: run scripts/install-deps.sh");                                    \
            QSKIP("json-server is not installed: scripts/install-deps.sh installs it");                                \
        }                                                                                                              \
    } while (false)

class JsonServer
{
public:
    // Serves db (written to dbFile first) until destroyed.
    bool start(const QString &dbFile, const QJsonObject &db)
    {
        m_file = dbFile;
        QFile f(dbFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(QJsonDocument(db).toJson());
        f.close();
        QTcpServer probe; // a free port: the kernel's choice, released for json-server
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = probe.serverPort();
        probe.close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(QStringLiteral("bash"),
                         {QStringLiteral(FERRY_SOURCE_DIR "/scripts/json-server.sh"), dbFile, QString::number(m_port)});
        if (!m_process->waitForStarted())
            return false;
        for (int i = 0; i < 200; ++i) { // node takes a moment
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(100))
                return true;
            if (m_process->state() == QProcess::NotRunning)
                return false;
            QTest::qWait(50);
        }
        return false;
    }
    ~JsonServer() { stop(); }
    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }
    // A collection as json-server holds it, asked over HTTP (its file is written a moment after it answers).
    QJsonArray collection(const QString &name) const
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url() + u'/' + name)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {};
        const QJsonArray out = QJsonDocument::fromJson(reply->readAll()).array();
        reply->deleteLater();
        return out;
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_file;
    quint16 m_port = 0;
};

} // namespace Ferry::Testing
