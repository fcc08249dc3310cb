// One Ferry window per user and job folder: the first `ferry` listens on a local socket (QLocalServer) in the
// user's private runtime folder; a second one hands its request over (raise the window, or run a job) and
// exits. A lock file beside the socket makes "nobody answers, so I listen" one step: two launches at once
// never both become the first, and a socket left by a Ferry that crashed is taken over.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace Ferry {

class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // key: what tells instances apart (the job folder); the socket's name is made from it and the user.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    const QString &serverName() const { return m_serverName; }

    // Listens, unless another instance answers: then false, and that instance has the request.
    // request: {"command": "raise"} or {"command": "run", "job": "name or id"}.
    // reply (if given): what the other instance answered ({"ok": true} or {"ok": false, "error": …}).
    // error (if given): why neither worked (a socket that cannot be created).
    bool becomePrimary(const QJsonObject &request, QJsonObject *reply = nullptr, QString *error = nullptr);
    // Only hands the request over (a launch that cannot be the first, e.g. without a display): false when no
    // Ferry answered.
    bool send(const QJsonObject &request, QJsonObject *reply);

signals:
    // In the primary: another launch asked for something. Set *reply to answer it.
    void requestReceived(const QJsonObject &request, QJsonObject *reply);

private:
    void acceptConnections();

    QString m_serverName; // a full path in the runtime folder
    QLocalServer *m_server = nullptr;
    std::unique_ptr<QLockFile> m_lock; // held while this is the first
};

} // namespace Ferry
