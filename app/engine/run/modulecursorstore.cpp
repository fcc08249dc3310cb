#include "modulecursorstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Ferry {

namespace {

class CursorText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ModuleCursorStore)
};

} // namespace

ModuleCursorStore::ModuleCursorStore(QString stateDir, QString jobId)
    : m_stateDir(std::move(stateDir)), m_jobId(std::move(jobId))
{}

QString ModuleCursorStore::path() const
{
    // Job ids are free text: the file is named by their hash.
    const QByteArray name = QCryptographicHash::hash(m_jobId.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_stateDir).filePath(QStringLiteral("module-cursors/%1.json").arg(QString::fromLatin1(name)));
}

Result<QJsonValue> ModuleCursorStore::load(const QString &moduleFile, const QString &account) const
{
    QFile f(path());
    if (!f.exists())
        return QJsonValue(QJsonValue::Null);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     CursorText::tr("the module source's position (nextSync) cannot be read from %1: %2")
                         .arg(f.fileName(), f.errorString()),
                     {}};
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::Io,
                     CursorText::tr("the module source's position (nextSync) in %1 is damaged (%2): delete the file "
                                    "to read everything again")
                         .arg(f.fileName(), parse.errorString()),
                     {}};
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("job")).toString() != m_jobId ||
        o.value(QStringLiteral("file")).toString() != moduleFile ||
        o.value(QStringLiteral("account")).toString() != account)
        return QJsonValue(QJsonValue::Null);
    return o.value(QStringLiteral("nextSync"));
}

Result<void> ModuleCursorStore::save(const QString &moduleFile, const QString &account,
                                     const QJsonValue &nextSync) const
{
    const QString file = path();
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error{ErrorCode::Io, CursorText::tr("cannot create the folder of %1").arg(file), {}};
    QSaveFile f(file);
    QJsonObject o;
    o.insert(QStringLiteral("job"), m_jobId);
    o.insert(QStringLiteral("file"), moduleFile);
    o.insert(QStringLiteral("account"), account);
    o.insert(QStringLiteral("nextSync"), nextSync);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        return Error{ErrorCode::Io,
                     CursorText::tr("the module source's position (nextSync) cannot be saved to %1: %2; the next run "
                                    "reads the same changes again")
                         .arg(file, f.errorString()),
                     {}};
    return {};
}

} // namespace Ferry
