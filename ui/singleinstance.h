// One Ferry window per user and job folder: the first `ferry` listens on a local socket (QLocalServer, private
// to the user); a second one hands its request over (raise the window, or run a job) and exits. A socket left
// by a Ferry that crashed is noticed (nobody answers) and taken over.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QLocalServer;

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

signals:
    // In the primary: another launch asked for something. Set *reply to answer it.
    void requestReceived(const QJsonObject &request, QJsonObject *reply);

private:
    void acceptConnections();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Ferry
