// Typed access to YAML mapping fields with file:line:column context, and the small helpers both job-file
// readers share.
#pragma once

#include "core/result.h"
#include "secretref.h"
#include "validate.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <initializer_list>
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
    // Any whole number or number: the range is validate()'s business.
    Result<std::optional<qint64>> integer(const YAML::Node &map, const char *key) const;
    Result<std::optional<double>> number(const YAML::Node &map, const char *key) const;
    Result<QStringList> stringList(const YAML::Node &map, const char *key) const; // scalar or sequence

    // A secret: {secret: env:NAME | file:PATH | keychain:NAME}, or (warned about) an inline value; located as field.
    Result<SecretRef> secret(const YAML::Node &map, const char *key, const QString &field);

    // Warns about every key of map not in known.
    void warnUnknownKeys(const YAML::Node &map, const QSet<QString> &known, const QString &why) const;

    // Records where a field of the job (by validate()'s field path) is in the file and what this format calls
    // it, so that issues found on the JobSpec point back at the file. node is undefined when the key is absent;
    // parent, when defined, is then where the issue is reported.
    void locate(const QString &field, const QString &key, const YAML::Node &node, const YAML::Node &parent);
    // Ferry's format: the key is the field path itself.
    void locate(const QString &field, const YAML::Node &node, const YAML::Node &parent)
    {
        locate(field, field, node, parent);
    }
    // Locates each of a section's keys as "prefix.key".
    void locateAll(const QString &prefix, const YAML::Node &map, std::initializer_list<const char *> keys);
    // Turns validate()'s warnings into warnings and its errors into one Error (the first names the place; the
    // others follow on lines of their own, each with its place).
    Result<void> report(const QList<ValidationIssue> &issues) const;

private:
    struct Location
    {
        QString key;
        YAML::Mark mark; // the field's, or its parent's when absent; null: the file as a whole
        bool present = false;
    };
    // "file:line:column" and the message, with the key named when the file does not show it there.
    std::pair<QString, QString> place(const ValidationIssue &issue) const;

    QString m_file;
    QStringList *m_warnings;
    QHash<QString, Location> m_locations;
};

// map[key], or an undefined node when map is not a map or lacks the key (never throws).
YAML::Node child(const YAML::Node &map, const char *key);

// Whole numbers as they fit an int field (validate() then names the range).
int saturatedInt(qint64 value);

QString yamlText(const YAML::Node &node);

QSet<QString> yamlKeySet(std::initializer_list<const char *> keys);

// Writing into the map being emitted: a text key, left out when empty; a secret as {secret: reference}, left
// out when unset (an inline secret is never written: the writers refuse such jobs first).
void writeYamlString(YAML::Emitter &e, const char *key, const QString &value);
void writeYamlSecret(YAML::Emitter &e, const char *key, const SecretRef &secret);

// A stable job id for a file that names none: prefix + a digest of its absolute path.
QString jobIdFromPath(const QString &prefix, const QString &path);

} // namespace Ferry
