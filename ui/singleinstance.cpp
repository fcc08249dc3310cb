#include "singleinstance.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

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
    // Per user and key; short (socket paths are limited to about 100 bytes).
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_serverName = QStringLiteral("ferry-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::becomePrimary(const QJsonObject &request, QJsonObject *reply, QString *error)
{
    {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(TimeoutMs)) {
            if (writeMessage(socket, request)) {
                if (const auto answer = readMessage(socket)) {
                    if (reply)
                        *reply = *answer;
                    return false;
                }
            }
            // Connected, but no answer: a Ferry that hangs. Not taken over behind its back.
            if (reply)
                *reply = QJsonObject{{QStringLiteral("ok"), false},
                                     {QStringLiteral("error"), tr("another Ferry is running but does not answer")}};
            return false;
        }
    }
    // Nobody answers: a socket file left by a Ferry that ended abruptly goes.
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
