#include "flipletfilesformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace Ferry {

namespace {

class FlipletFilesText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletFilesFormat)
};

QString itemField(qsizetype i, const char *key)
{
    return QStringLiteral("target.files[%1].%2").arg(i).arg(QLatin1String(key));
}

} // namespace

QString flipletFileTypeName(FlipletFileColumn::Type type)
{
    return type == FlipletFileColumn::Type::Remote ? QStringLiteral("remote") : QStringLiteral("local");
}

Result<QList<FlipletFileColumn>> readFlipletFiles(YamlFields &f, const YAML::Node &map)
{
    QList<FlipletFileColumn> out;
    const YAML::Node files = child(map, "files");
    if (!files || files.IsNull())
        return out;
    if (!files.IsSequence())
        return f.error(files, FlipletFilesText::tr("'files' must be a list of file columns, as in "
                                                   "[{column: Photo, type: local, directory: photos}]"));
    for (std::size_t i = 0; i < files.size(); ++i) {
        const YAML::Node item = files[i];
        const qsizetype n = static_cast<qsizetype>(i);
        if (!item.IsMap())
            return f.error(item, FlipletFilesText::tr("each entry of 'files' must be a map with a column and a type "
                                                      "(local or remote)"));
        for (const char *key : {"column", "type", "directory", "headers"})
            f.locate(itemField(n, key), child(item, key), item);
        FlipletFileColumn c;
        FERRY_TRY(column, f.string(item, "column"));
        c.column = column.value_or(QString()).trimmed();
        FERRY_TRY(type, f.string(item, "type"));
        const QString typeText = type.value_or(QStringLiteral("local")).trimmed().toLower();
        if (typeText == u"remote") {
            c.type = FlipletFileColumn::Type::Remote;
        } else if (typeText == u"local") {
            c.type = FlipletFileColumn::Type::Local;
        } else if (typeText == u"sharepoint") {
            return f.error(item["type"],
                           FlipletFilesText::tr("file type 'sharepoint' is not supported: Ferry does not sign in to "
                                                "SharePoint with a user name and password. Use type: remote with the "
                                                "file's URL and headers that authorise the download (for example "
                                                "Authorization: Bearer <token>)"));
        } else {
            return f.error(item["type"], FlipletFilesText::tr("unknown file type '%1': use local (a path on this "
                                                              "machine) or remote (an http:// or https:// URL)")
                                             .arg(*type));
        }
        FERRY_TRY(directory, f.string(item, "directory"));
        c.directory = directory.value_or(QString()).trimmed();
        const YAML::Node headers = child(item, "headers");
        if (headers && !headers.IsNull()) {
            if (!headers.IsMap())
                return f.error(headers, FlipletFilesText::tr("'headers' must be a map of header names to values, as "
                                                             "in {Authorization: Bearer 123}"));
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                const QString name = yamlText(it->first);
                if (it->second.IsMap() && it->second["secret"] && it->second["secret"].IsScalar()) {
                    // A credential for the file's host, kept out of the job file like other secrets.
                    const QString field = itemField(n, "headers") + u'.' + name;
                    f.locate(field, it->second["secret"], it->second);
                    c.secretHeaders.append({name, SecretRef{yamlText(it->second["secret"]).trimmed(), QString()}});
                    continue;
                }
                if (!it->second.IsScalar())
                    return f.error(it->second, FlipletFilesText::tr("the header '%1' must have a text value, or a "
                                                                    "secret: {secret: env:NAME}")
                                                   .arg(name));
                c.headers.append({name, yamlText(it->second)});
            }
        }
        static const QSet<QString> known = {QStringLiteral("column"), QStringLiteral("type"),
                                            QStringLiteral("directory"), QStringLiteral("headers")};
        if (item["username"] || item["password"] || item["fileType"])
            f.warn(item, FlipletFilesText::tr("username, password and fileType belong to SharePoint files, which Ferry "
                                              "does not support; they are ignored"));
        f.warnUnknownKeys(item, known, QString());
        out.append(c);
    }
    return out;
}

void writeFlipletFiles(YAML::Emitter &e, const QList<FlipletFileColumn> &files)
{
    if (files.isEmpty())
        return;
    e << YAML::Key << "files" << YAML::Value << YAML::BeginSeq;
    for (const FlipletFileColumn &c : files) {
        e << YAML::BeginMap;
        e << YAML::Key << "column" << YAML::Value << c.column.toStdString();
        e << YAML::Key << "type" << YAML::Value << flipletFileTypeName(c.type).toStdString();
        if (!c.directory.isEmpty())
            e << YAML::Key << "directory" << YAML::Value << c.directory.toStdString();
        if (!c.headers.isEmpty() || !c.secretHeaders.isEmpty()) {
            e << YAML::Key << "headers" << YAML::Value << YAML::BeginMap;
            for (const auto &[name, value] : c.headers)
                e << YAML::Key << name.toStdString() << YAML::Value << value.toStdString();
            for (const auto &[name, secret] : c.secretHeaders)
                e << YAML::Key << name.toStdString() << YAML::Value << YAML::BeginMap << YAML::Key << "secret"
                  << YAML::Value << secret.reference.toStdString() << YAML::EndMap;
            e << YAML::EndMap;
        }
        e << YAML::EndMap;
    }
    e << YAML::EndSeq;
}

QList<ValidationIssue> validateFlipletFiles(const JobSpec &job)
{
    QList<ValidationIssue> out;
    if (job.targetKind != TargetKind::Fliplet)
        return out;
    const auto error = [&out](const QString &field, const QString &message) {
        out.append(ValidationIssue{field, message, ValidationIssue::Error});
    };
    QSet<QString> seen;
    const QList<FlipletFileColumn> &files = job.fliplet.files;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FlipletFileColumn &c = files[i];
        if (c.column.isEmpty()) {
            error(itemField(i, "column"),
                  FlipletFilesText::tr("the file column has no name: set column to the field that holds the file's "
                                       "path or URL"));
        } else if (seen.contains(c.column)) {
            error(itemField(i, "column"),
                  FlipletFilesText::tr("the column '%1' is listed twice in files: keep one entry").arg(c.column));
        } else if (c.column.endsWith(u"MediaFileId")) {
            error(itemField(i, "column"),
                  FlipletFilesText::tr("'%1' is where Ferry writes a media file's id: name the column that holds the "
                                       "path or URL")
                      .arg(c.column));
        }
        seen.insert(c.column);
        if (!job.rules.keyColumns.isEmpty() && job.rules.keyColumns.contains(c.column))
            error(itemField(i, "column"),
                  FlipletFilesText::tr("'%1' is the key column: a file column's value is replaced by the file's URL, "
                                       "so it cannot be the key")
                      .arg(c.column));
        if (c.type == FlipletFileColumn::Type::Remote && !c.directory.isEmpty())
            error(itemField(i, "directory"),
                  FlipletFilesText::tr("directory applies to local files only: remove it, or use type: local"));
        if (c.type == FlipletFileColumn::Type::Local && (!c.headers.isEmpty() || !c.secretHeaders.isEmpty()))
            error(itemField(i, "headers"),
                  FlipletFilesText::tr("headers apply to remote files only: remove them, or use type: remote"));
        QList<QPair<QString, QString>> all = c.headers;
        for (const auto &[name, secret] : c.secretHeaders) {
            all.append({name, QString()});
            if (secret.reference.isEmpty())
                error(itemField(i, "headers") + u'.' + name,
                      FlipletFilesText::tr("the secret of header '%1' is empty: give {secret: env:NAME}, "
                                           "{secret: file:PATH} or {secret: keychain:NAME}")
                          .arg(name));
        }
        for (const auto &[name, value] : all) {
            bool token = false;
            for (const QChar ch : name)
                token = token || !(ch.isLetterOrNumber() || QStringLiteral("!#$%&'*+-.^_`|~").contains(ch)) ||
                        ch.unicode() > 127;
            if (name.isEmpty() || token)
                error(itemField(i, "headers"), FlipletFilesText::tr("'%1' is not a valid header name").arg(name));
            else if (value.contains(u'\r') || value.contains(u'\n'))
                error(itemField(i, "headers"),
                      FlipletFilesText::tr("the value of header '%1' holds a line break").arg(name));
            else if (name.compare(u"Auth-token", Qt::CaseInsensitive) == 0)
                error(itemField(i, "headers"),
                      FlipletFilesText::tr("Auth-token is the Fliplet token's header: Ferry never sends it to a "
                                           "file's host; remove it"));
        }
    }
    return out;
}

} // namespace Ferry
