#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

#include <optional>

#include <unistd.h>

namespace Ferry {

namespace {

constexpr int TimeoutMs = 3000;

// One JSON object a line.
bool writeMessage(QLocalSocket &socket, const QJsonObject &message)
{
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    return socket.waitForBytesWritten(TimeoutMs);
}

std::optional<QJsonObject> readMessage(QLocalSocket &socket)
{
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(TimeoutMs))
            return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(socket.readLine());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent)
{
    // Per user and key, in the user's private runtime folder (0700; the temp folder when there is none), with
    // a short name (socket paths are limited to about 100 bytes).
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    m_serverName = QStringLiteral("%1/ferry-%2-%3").arg(dir).arg(::getuid()).arg(QString::fromLatin1(hash));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::send(const QJsonObject &request, QJsonObject *reply)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(TimeoutMs))
        return false;
    std::optional<QJsonObject> answer;
    if (writeMessage(socket, request))
        answer = readMessage(socket);
    if (reply) {
        qint64 pid = 0;
        QString host, app;
        QLockFile(m_serverName + QStringLiteral(".lock")).getLockInfo(&pid, &host, &app);
        // Connected, but no answer: a Ferry that hangs. Not taken over behind its back.
        *reply = answer ? *answer
                        : QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("error"),
                                       tr("another Ferry (process %1) is running but does not answer; wait for it, "
                                          "or end it (kill %1) and start Ferry again")
                                           .arg(pid)}};
    }
    return true;
}

bool SingleInstance::becomePrimary(const QJsonObject &request, QJsonObject *reply, QString *error)
{
    // Whoever holds the lock is the first (or about to listen): ask it. A lock left by a process that is gone
    // is taken over by QLockFile.
    m_lock = std::make_unique<QLockFile>(m_serverName + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    QDeadlineTimer deadline(10000);
    while (!m_lock->tryLock(100)) {
        if (send(request, reply)) {
            m_lock.reset();
            return false;
        }
        if (deadline.hasExpired()) {
            // A lock holder that never listens: run alone rather than not at all.
            if (error)
                *error = tr("the lock %1 is held by a Ferry that does not answer").arg(m_lock->fileName());
            m_lock.reset();
            return true;
        }
    }
    // The first: a socket file left by a Ferry that ended abruptly goes.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        if (error)
            *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return true; // run anyway, alone
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
                QJsonObject answer{{QStringLiteral("ok"), true}};
                if (!doc.isObject())
                    answer = QJsonObject{{QStringLiteral("ok"), false},
                                         {QStringLiteral("error"), tr("the request was not understood")}};
                else
                    emit requestReceived(doc.object(), &answer);
                socket->write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
                socket->flush();
            }
        });
    }
}

} // namespace Ferry
