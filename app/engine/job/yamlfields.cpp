#include "yamlfields.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace Ferry {

namespace {
class JobFileText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobFile)
};
class FerryFormatText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FerryFormat)
};
} // namespace

QString yamlText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

QSet<QString> yamlKeySet(std::initializer_list<const char *> keys)
{
    QSet<QString> out;
    for (const char *k : keys)
        out.insert(QLatin1String(k));
    return out;
}

void writeYamlString(YAML::Emitter &e, const char *key, const QString &value)
{
    if (!value.isEmpty())
        e << YAML::Key << key << YAML::Value << value.toStdString();
}

void writeYamlSecret(YAML::Emitter &e, const char *key, const SecretRef &secret)
{
    if (secret.reference.isEmpty())
        return;
    e << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "secret" << YAML::Value
      << secret.reference.toStdString() << YAML::EndMap;
}

QString jobIdFromPath(const QString &prefix, const QString &path)
{
    const QByteArray abs = QFileInfo(path).absoluteFilePath().toUtf8();
    return prefix + QString::fromLatin1(QCryptographicHash::hash(abs, QCryptographicHash::Sha1).toHex().left(12));
}

YAML::Node child(const YAML::Node &map, const char *key)
{
    if (map.IsDefined() && map.IsMap())
        return map[key];
    return YAML::Node(YAML::NodeType::Undefined);
}

int saturatedInt(qint64 value)
{
    return static_cast<int>(
        std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QString YamlFields::where(const YAML::Mark &mark) const
{
    if (mark.is_null())
        return m_file;
    return QStringLiteral("%1:%2:%3").arg(m_file).arg(mark.line + 1).arg(mark.column + 1);
}

QString YamlFields::where(const YAML::Node &node) const
{
    return where(node.Mark());
}

Error YamlFields::error(const YAML::Node &node, const QString &message) const
{
    return Error{ErrorCode::InvalidConfig, message, where(node)};
}

void YamlFields::warn(const YAML::Node &node, const QString &message) const
{
    if (m_warnings)
        m_warnings->append(where(node) + QStringLiteral(": ") + message);
}

void YamlFields::warnKey(const YAML::Node &map, const char *key, const QString &message) const
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key) {
            warn(it->first, message);
            return;
        }
    }
    warn(map, message);
}

Result<std::optional<QString>> YamlFields::string(const YAML::Node &map, const char *key) const
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return std::optional<QString>();
    if (!n.IsScalar())
        return error(
            n, JobFileText::tr("'%1' must be a single value (text), not a list or a map").arg(QLatin1String(key)));
    return std::optional<QString>(yamlText(n));
}

Result<std::optional<bool>> YamlFields::boolean(const YAML::Node &map, const char *key) const
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return std::optional<bool>();
    const QString s = n.IsScalar() ? yamlText(n).trimmed().toLower() : QString();
    if (s == u"true" || s == u"yes" || s == u"on")
        return std::optional<bool>(true);
    if (s == u"false" || s == u"no" || s == u"off")
        return std::optional<bool>(false);
    return error(n, JobFileText::tr("'%1' must be true or false").arg(QLatin1String(key)));
}

Result<std::optional<qint64>> YamlFields::integer(const YAML::Node &map, const char *key, qint64 min, qint64 max) const
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 v = n.IsScalar() ? yamlText(n).trimmed().toLongLong(&ok) : 0;
    if (!ok || v < min || v > max)
        return error(
            n, JobFileText::tr("'%1' must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max));
    return std::optional<qint64>(v);
}

Result<std::optional<qint64>> YamlFields::integer(const YAML::Node &map, const char *key) const
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 v = n.IsScalar() ? yamlText(n).trimmed().toLongLong(&ok) : 0;
    if (!ok)
        return error(n, JobFileText::tr("'%1' must be a whole number").arg(QLatin1String(key)));
    return std::optional<qint64>(v);
}

Result<std::optional<double>> YamlFields::number(const YAML::Node &map, const char *key) const
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return std::optional<double>();
    bool ok = false;
    const double v = n.IsScalar() ? yamlText(n).trimmed().toDouble(&ok) : 0;
    if (!ok)
        return error(n, JobFileText::tr("'%1' must be a number").arg(QLatin1String(key)));
    return std::optional<double>(v);
}

Result<QStringList> YamlFields::stringList(const YAML::Node &map, const char *key) const
{
    const YAML::Node n = map[key];
    QStringList out;
    if (!n || n.IsNull())
        return out;
    if (n.IsScalar()) {
        out.append(yamlText(n));
        return out;
    }
    if (!n.IsSequence())
        return error(n, JobFileText::tr("'%1' must be a value or a list of values").arg(QLatin1String(key)));
    for (const YAML::Node &item : n) {
        if (!item.IsScalar())
            return error(item, JobFileText::tr("each entry of '%1' must be a single value").arg(QLatin1String(key)));
        out.append(yamlText(item));
    }
    return out;
}

Result<SecretRef> YamlFields::secret(const YAML::Node &map, const char *key, const QString &field)
{
    SecretRef ref;
    const YAML::Node n = child(map, key);
    locate(field, n, map);
    if (!n || n.IsNull())
        return ref;
    if (n.IsScalar()) {
        ref.inlineValue = yamlText(n);
        warn(n, FerryFormatText::tr("'%1' holds a plaintext secret: replace it with {secret: env:NAME} or {secret: "
                                    "file:PATH} so the value stays out of the file")
                    .arg(QLatin1String(key)));
        return ref;
    }
    if (n.IsMap() && n["secret"] && n["secret"].IsScalar()) {
        ref.reference = yamlText(n["secret"]).trimmed();
        locate(field, n["secret"], n);
        return ref;
    }
    return error(n,
                 FerryFormatText::tr("'%1' must be {secret: env:NAME}, {secret: file:PATH} or {secret: keychain:NAME}")
                     .arg(QLatin1String(key)));
}

void YamlFields::locateAll(const QString &prefix, const YAML::Node &map, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        locate(prefix + u'.' + QLatin1String(key), child(map, key), map);
}

void YamlFields::warnUnknownKeys(const YAML::Node &map, const QSet<QString> &known, const QString &why) const
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = yamlText(it->first);
        if (!known.contains(key))
            warn(it->first, JobFileText::tr("unknown key '%1' is ignored%2").arg(key, why));
    }
}

void YamlFields::locate(const QString &field, const QString &key, const YAML::Node &node, const YAML::Node &parent)
{
    Location loc;
    loc.key = key;
    if (node.IsDefined()) {
        loc.mark = node.Mark();
        loc.present = true;
    } else if (parent.IsDefined() && !parent.IsNull()) {
        loc.mark = parent.Mark();
    } else {
        loc.mark = YAML::Mark::null_mark();
    }
    m_locations.insert(field, loc);
}

std::pair<QString, QString> YamlFields::place(const ValidationIssue &issue) const
{
    const auto named = [&](const QString &key) { return key + QStringLiteral(": ") + issue.message; };
    if (const auto it = m_locations.constFind(issue.field); it != m_locations.cend())
        return {where(it->mark), it->present ? issue.message : named(it->key)};
    // A field the reader did not record: point at the nearest enclosing one the file has.
    QString path = issue.field;
    while (!path.isEmpty()) {
        path.truncate(std::max<qsizetype>(0, std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['))));
        if (const auto it = m_locations.constFind(path); it != m_locations.cend() && it->present)
            return {where(it->mark), named(issue.field)};
    }
    return {m_file, named(issue.field)};
}

Result<void> YamlFields::report(const QList<ValidationIssue> &issues) const
{
    std::optional<Error> first;
    for (const ValidationIssue &issue : issues) {
        const auto [at, message] = place(issue);
        if (issue.severity == ValidationIssue::Warning) {
            if (m_warnings)
                m_warnings->append(at + QStringLiteral(": ") + message);
        } else if (!first) {
            first = Error{ErrorCode::InvalidConfig, message, at};
        } else {
            first->message += u'\n' + at + QStringLiteral(": ") + message;
        }
    }
    if (first)
        return *first;
    return {};
}

} // namespace Ferry
