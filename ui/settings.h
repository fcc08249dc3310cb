// The desktop's settings, typed, over QSettings (~/.config/Ferry/Ferry.conf): window layout and
// preferences. The job store and the state store have folders of their own.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Ferry {

class Settings
{
public:
    Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &value);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &value);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &value);
    QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &value);
    QByteArray windowGeometry(const QString &name) const;
    void setWindowGeometry(const QString &name, const QByteArray &value);

    // Empty: the system's language.
    QString language() const;
    void setLanguage(const QString &value);

    // Scheduled runs at once (1-8, default 2); pauses of all schedules and of single jobs.
    int maxParallelRuns() const;
    void setMaxParallelRuns(int value);
    bool schedulesPaused() const;
    void setSchedulesPaused(bool value);
    QStringList pausedJobs() const;
    void setPausedJobs(const QStringList &jobIds);

    // Tray: a notification for successful runs too (failures always); the first close to the tray said.
    bool notifyOnSuccess() const;
    void setNotifyOnSuccess(bool value);
    bool trayNoticeShown() const;
    void setTrayNoticeShown(bool value);

    int logMinimumSeverity() const; // 0 debug … 3 error
    void setLogMinimumSeverity(int value);

    QString lastFolder() const; // of import/export dialogs
    void setLastFolder(const QString &value);

private:
    QSettings m_settings;
};

} // namespace Ferry
