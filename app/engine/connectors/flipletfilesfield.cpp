#include "flipletfilesfield.h"

#include "connectorfields.h"

namespace Ferry {

QVariant flipletFilesToVariant(const QList<FlipletFileColumn> &files)
{
    if (files.isEmpty())
        return {};
    QVariantList out;
    for (const FlipletFileColumn &f : files) {
        QVariantList headers;
        for (const auto &[name, value] : f.headers)
            headers.append(QVariant(QStringList{name, value}));
        QVariantMap m;
        m.insert(QStringLiteral("column"), f.column);
        m.insert(QStringLiteral("type"),
                 f.type == FlipletFileColumn::Type::Remote ? QStringLiteral("remote") : QStringLiteral("local"));
        if (!f.directory.isEmpty())
            m.insert(QStringLiteral("directory"), f.directory);
        if (!headers.isEmpty())
            m.insert(QStringLiteral("headers"), headers);
        QVariantList secretHeaders; // shown, kept as they are (set in the job file)
        for (const auto &[name, secret] : f.secretHeaders)
            secretHeaders.append(QVariant(QStringList{name, secret.reference}));
        if (!secretHeaders.isEmpty())
            m.insert(QStringLiteral("secretHeaders"), secretHeaders);
        out.append(m);
    }
    return out;
}

QList<FlipletFileColumn> flipletFilesFromVariant(const QVariant &value)
{
    QList<FlipletFileColumn> out;
    if (isEmptyFieldValue(value))
        return out;
    for (const QVariant &item : value.toList()) {
        const QVariantMap m = item.toMap();
        FlipletFileColumn f;
        f.column = m.value(QStringLiteral("column")).toString().trimmed();
        f.type = m.value(QStringLiteral("type")).toString() == u"remote" ? FlipletFileColumn::Type::Remote
                                                                         : FlipletFileColumn::Type::Local;
        if (f.type == FlipletFileColumn::Type::Local)
            f.directory = m.value(QStringLiteral("directory")).toString().trimmed();
        else {
            for (const QVariant &pair : m.value(QStringLiteral("headers")).toList()) {
                const QStringList p = pair.toStringList();
                if (!p.value(0).trimmed().isEmpty())
                    f.headers.append({p.value(0).trimmed(), p.value(1)});
            }
            for (const QVariant &pair : m.value(QStringLiteral("secretHeaders")).toList()) {
                const QStringList p = pair.toStringList();
                if (!p.value(0).isEmpty())
                    f.secretHeaders.append({p.value(0), SecretRef{p.value(1), QString()}});
            }
        }
        out.append(f);
    }
    return out;
}

ConnectorField flipletFilesField()
{
    ConnectorField f;
    f.key = QStringLiteral("files");
    f.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "File columns");
    f.type = FieldType::FileColumns;
    f.help = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                               "Columns that hold a file: a local path (absolute, or relative to the directory, "
                               "itself relative to the job file's folder) or a remote URL (fetched with its own "
                               "headers, never the Fliplet token). Each file is uploaded to Fliplet media once; the "
                               "column gets its URL and <column>MediaFileId its id.");
    f.read = [](const JobSpec &j) { return flipletFilesToVariant(j.fliplet.files); };
    f.write = [](JobSpec &j, const QVariant &v) { j.fliplet.files = flipletFilesFromVariant(v); };
    f.checkValue = [](const QVariant &v) -> QString {
        const QVariantList items = v.toList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QVariantMap m = items[i].toMap();
            if (m.value(QStringLiteral("column")).toString().trimmed().isEmpty())
                return ConnectorRegistry::tr("File columns: row %1 names no column").arg(i + 1);
            const QString type = m.value(QStringLiteral("type")).toString();
            if (type != u"local" && type != u"remote")
                return ConnectorRegistry::tr("File columns: row %1's type must be local or remote, not '%2'")
                    .arg(i + 1)
                    .arg(type);
        }
        return {};
    };
    return f;
}

} // namespace Ferry
