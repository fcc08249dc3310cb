// Typed access to YAML mapping fields with file:line:column context, and the small helpers both job-file
// readers share.
#pragma once

#include "core/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace Ferry {

class YamlFields
{
public:
    YamlFields(QString file, QStringList *warnings) : m_file(std::move(file)), m_warnings(warnings) {}

    QString where(const YAML::Node &node) const;
    QString where(const YAML::Mark &mark) const;
    Error error(const YAML::Node &node, const QString &message) const;
    void warn(const YAML::Node &node, const QString &message) const;
    // A warning about a key as a whole: points at the key, not its value.
    void warnKey(const YAML::Node &map, const char *key, const QString &message) const;

    // Each returns nullopt when the key is absent or null; an Error when the value has the wrong type.
    Result<std::optional<QString>> string(const YAML::Node &map, const char *key) const;
    Result<std::optional<bool>> boolean(const YAML::Node &map, const char *key) const;
    Result<std::optional<qint64>> integer(const YAML::Node &map, const char *key, qint64 min, qint64 max) const;
    Result<std::optional<double>> number(const YAML::Node &map, const char *key, double min, double max) const;
    Result<QStringList> stringList(const YAML::Node &map, const char *key) const; // scalar or sequence

    // Warns about every key of map not in known.
    void warnUnknownKeys(const YAML::Node &map, const QSet<QString> &known, const QString &why) const;

private:
    QString m_file;
    QStringList *m_warnings;
};

QString yamlText(const YAML::Node &node);

// A stable job id for a file that names none: prefix + a digest of its absolute path.
QString jobIdFromPath(const QString &prefix, const QString &path);

// Whether text has the shape of a cron expression: 5 fields, or 6 with leading seconds.
bool looksLikeCron(const QString &text);

} // namespace Ferry
