#include "httpjsonrecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

#include <cmath>

namespace Ferry {

std::optional<QJsonValue> jsonPointer(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return root;
    QJsonValue at = root;
    const QStringList tokens = (pointer.startsWith(u'/') ? pointer.mid(1) : pointer).split(u'/');
    for (QString token : tokens) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (at.isObject()) {
            const QJsonObject o = at.toObject();
            if (!o.contains(token))
                return std::nullopt;
            at = o.value(token);
        } else if (at.isArray()) {
            bool ok = false;
            const qsizetype i = token.toLongLong(&ok);
            const QJsonArray a = at.toArray();
            if (!ok || i < 0 || i >= a.size() || (token.size() > 1 && token.startsWith(u'0')))
                return std::nullopt;
            at = a.at(i);
        } else {
            return std::nullopt;
        }
    }
    return at;
}

QString linkHeaderNext(const QByteArray &header)
{
    // Entries: <URI-reference> *( ";" param ); rel may list several types ("next last").
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)"));
    static const QRegularExpression rel(QStringLiteral("(?:^|;)\\s*rel\\s*=\\s*(\"[^\"]*\"|[^;\\s]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(header);
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch r = rel.match(m.captured(2));
        if (!r.hasMatch())
            continue;
        QString types = r.captured(1);
        if (types.startsWith(u'"'))
            types = types.mid(1, types.size() - 2);
        if (types.split(u' ', Qt::SkipEmptyParts).contains(QLatin1String("next"), Qt::CaseInsensitive))
            return m.captured(1).trimmed();
    }
    return {};
}

void RecordCollector::add(const QJsonArray &records)
{
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QStringList &types = m_types[it.key()];
            if (types.isEmpty() && !m_columns.contains(it.key()))
                m_columns.append(it.key());
            QString type;
            switch (it.value().type()) {
            case QJsonValue::String:
                type = QStringLiteral("string");
                break;
            case QJsonValue::Double:
                type = QStringLiteral("number");
                break;
            case QJsonValue::Bool:
                type = QStringLiteral("boolean");
                break;
            case QJsonValue::Object:
                type = QStringLiteral("object");
                break;
            case QJsonValue::Array:
                type = QStringLiteral("array");
                break;
            default:
                break;
            }
            if (!type.isEmpty() && !types.contains(type))
                types.append(type);
            else if (type.isEmpty() && types.isEmpty())
                types.append(QString()); // seen, null so far
        }
        m_records.append(o);
    }
}

QString RecordCollector::typeOf(const QString &column) const
{
    QStringList types = m_types.value(column);
    types.removeAll(QString());
    return types.join(u'|');
}

RecordSet RecordCollector::take()
{
    RecordSet out;
    out.columns = m_columns;
    out.rows = RowSet(static_cast<int>(m_columns.size()));
    for (const QJsonObject &o : std::as_const(m_records)) {
        out.rows.beginRow();
        for (const QString &column : std::as_const(m_columns)) {
            const QJsonValue v = o.value(column);
            switch (v.type()) {
            case QJsonValue::Bool:
                out.rows.addBool(v.toBool());
                break;
            case QJsonValue::Double: {
                // Qt keeps a whole number that fits 64 bits exactly (an id above 2^53 included); the rest are
                // doubles, those with a whole value read as integers.
                const QVariant exact = v.toVariant();
                const double d = v.toDouble();
                if (exact.typeId() == QMetaType::LongLong)
                    out.rows.addInt(exact.toLongLong());
                else if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
                    out.rows.addInt(static_cast<qint64>(d));
                else
                    out.rows.addDouble(d);
                break;
            }
            case QJsonValue::String:
                out.rows.addString(v.toString());
                break;
            case QJsonValue::Array:
                out.rows.addString(QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
                break;
            case QJsonValue::Object:
                out.rows.addString(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
                break;
            default:
                out.rows.addNull();
                break;
            }
        }
        out.rows.endRow();
    }
    m_records.clear();
    m_columns.clear();
    m_types.clear();
    return out;
}

} // namespace Ferry
