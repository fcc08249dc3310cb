#include "connectorfields.h"

namespace Ferry {

bool isEmptyFieldValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return v.toString().trimmed().isEmpty();
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return v.toList().isEmpty();
    return false;
}

namespace Fields {

QVariant textOrUnset(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

ConnectorField field(const char *key, const char *label, FieldType type, const char *help)
{
    ConnectorField f;
    f.key = QLatin1String(key);
    f.label = label;
    f.type = type;
    f.help = help;
    return f;
}

ConnectorField text(const char *key, const char *label, FieldType type, const char *help, Accessor<QString> member,
                    Spaces spaces)
{
    ConnectorField f = field(key, label, type, help);
    f.read = [member](const JobSpec &job) { return textOrUnset(get(member, job)); };
    if (spaces == Spaces::Trimmed)
        f.write = [member](JobSpec &job, const QVariant &v) {
            member(job) = isEmptyFieldValue(v) ? QString() : v.toString().trimmed();
        };
    else
        f.write = [member](JobSpec &job, const QVariant &v) {
            member(job) = v.isValid() && !v.isNull() ? v.toString() : QString();
        };
    return f;
}

ConnectorField boolean(const char *key, const char *label, const char *help, Accessor<bool> member)
{
    ConnectorField f = field(key, label, FieldType::Boolean, help);
    f.defaultValue = false;
    f.read = [member](const JobSpec &job) { return get(member, job) ? QVariant(true) : QVariant(); };
    f.write = [member](JobSpec &job, const QVariant &v) { member(job) = !isEmptyFieldValue(v) && v.toBool(); };
    return f;
}

ConnectorField secret(const char *key, const char *label, const char *help, Accessor<SecretRef> member)
{
    ConnectorField f = field(key, label, FieldType::Secret, help);
    f.secret = true;
    f.read = [member](const JobSpec &job) { return textOrUnset(get(member, job).reference); };
    f.write = [member](JobSpec &job, const QVariant &v) {
        member(job) = SecretRef{isEmptyFieldValue(v) ? QString() : v.toString().trimmed(), QString()};
    };
    return f;
}

ConnectorField keyValues(const char *key, const char *label, const char *help, Accessor<KeyValueList> member)
{
    ConnectorField f = field(key, label, FieldType::KeyValues, help);
    f.read = [member](const JobSpec &job) {
        const KeyValueList &list = get(member, job);
        if (list.isEmpty())
            return QVariant();
        QVariantList out;
        for (const auto &[name, value] : list)
            out.append(QVariant(QStringList{name, value}));
        return QVariant(out);
    };
    f.write = [member](JobSpec &job, const QVariant &v) {
        KeyValueList list;
        if (!isEmptyFieldValue(v))
            for (const QVariant &pair : v.toList()) {
                const QStringList p = pair.toStringList();
                if (!p.value(0).trimmed().isEmpty())
                    list.append({p.value(0).trimmed(), p.value(1)});
            }
        member(job) = list;
    };
    return f;
}

} // namespace Fields
} // namespace Ferry
