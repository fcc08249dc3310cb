#include "jsonrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVariant>

#include <cmath>

namespace Ferry::JsonRecords {

QByteArray object(const RowSet &rows, qsizetype row, const QStringList &columns)
{
    QByteArray out;
    if (columns.isEmpty())
        return QByteArrayLiteral("{}");
    rows.appendJsonFields(out, row, RowSet::jsonFieldPrefixes(columns));
    out.append('}');
    return out;
}

QByteArray valueText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: written inside an array, then unwrapped.
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void appendRow(RowSet &rows, const QJsonObject &object, const QStringList &columns)
{
    rows.beginRow();
    for (const QString &column : columns) {
        const auto it = object.constFind(column);
        if (it == object.constEnd() || it->isNull() || it->isUndefined() || !rows.addJsonValue(valueText(*it)))
            rows.addNull();
    }
    rows.endRow();
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const QVariant exact = value.toVariant(); exact.typeId() == QMetaType::LongLong)
            return QString::number(exact.toLongLong()); // exact, above 2^53 too
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(d));
        return QString::fromLatin1(valueText(value));
    }
    return {};
}

QStringList columnsOf(const QList<QJsonObject> &objects)
{
    QStringList out;
    QSet<QString> seen;
    for (const QJsonObject &o : objects)
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                out.append(it.key());
            }
    return out;
}

QStringList columnsOf(const QJsonArray &records)
{
    QList<QJsonObject> objects;
    objects.reserve(records.size());
    for (const QJsonValue &v : records)
        objects.append(v.toObject());
    return columnsOf(objects);
}

} // namespace Ferry::JsonRecords
