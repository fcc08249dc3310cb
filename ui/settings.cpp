#include "settings.h"

#include <QDir>

namespace Ferry {

Settings::Settings() = default;

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("mainWindow/geometry"), value);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(QStringLiteral("mainWindow/state")).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("mainWindow/state"), value);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("splitters/") + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("splitters/") + name, value);
}

QByteArray Settings::headerState(const QString &name) const
{
    return m_settings.value(QStringLiteral("headers/") + name).toByteArray();
}

void Settings::setHeaderState(const QString &name, const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("headers/") + name, value);
}

QByteArray Settings::windowGeometry(const QString &name) const
{
    return m_settings.value(QStringLiteral("windows/%1/geometry").arg(name)).toByteArray();
}

void Settings::setWindowGeometry(const QString &name, const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("windows/%1/geometry").arg(name), value);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("preferences/language")).toString();
}

void Settings::setLanguage(const QString &value)
{
    m_settings.setValue(QStringLiteral("preferences/language"), value);
}

int Settings::maxParallelRuns() const
{
    return qBound(1, m_settings.value(QStringLiteral("schedule/maxParallelRuns"), 2).toInt(), 8);
}

void Settings::setMaxParallelRuns(int value)
{
    m_settings.setValue(QStringLiteral("schedule/maxParallelRuns"), qBound(1, value, 8));
}

bool Settings::schedulesPaused() const
{
    return m_settings.value(QStringLiteral("schedule/paused"), false).toBool();
}

void Settings::setSchedulesPaused(bool value)
{
    m_settings.setValue(QStringLiteral("schedule/paused"), value);
}

QStringList Settings::pausedJobs() const
{
    return m_settings.value(QStringLiteral("schedule/pausedJobs")).toStringList();
}

void Settings::setPausedJobs(const QStringList &jobIds)
{
    m_settings.setValue(QStringLiteral("schedule/pausedJobs"), jobIds);
}

bool Settings::notifyOnSuccess() const
{
    return m_settings.value(QStringLiteral("tray/notifyOnSuccess"), false).toBool();
}

void Settings::setNotifyOnSuccess(bool value)
{
    m_settings.setValue(QStringLiteral("tray/notifyOnSuccess"), value);
}

bool Settings::trayNoticeShown() const
{
    return m_settings.value(QStringLiteral("tray/noticeShown"), false).toBool();
}

void Settings::setTrayNoticeShown(bool value)
{
    m_settings.setValue(QStringLiteral("tray/noticeShown"), value);
}

int Settings::logMinimumSeverity() const
{
    return qBound(0, m_settings.value(QStringLiteral("log/minimumSeverity"), 1).toInt(), 3);
}

void Settings::setLogMinimumSeverity(int value)
{
    m_settings.setValue(QStringLiteral("log/minimumSeverity"), value);
}

QString Settings::lastFolder() const
{
    return m_settings.value(QStringLiteral("dialogs/lastFolder"), QDir::homePath()).toString();
}

void Settings::setLastFolder(const QString &value)
{
    m_settings.setValue(QStringLiteral("dialogs/lastFolder"), value);
}

} // namespace Ferry
