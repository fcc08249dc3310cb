#include "icons.h"

#include <QFile>
#include <QHash>

namespace Ferry::Icons {

QIcon icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    QIcon result;
    for (const char *size : {"24", "48"}) {
        const QString path = QStringLiteral(":/icons/%1/%2.png").arg(QLatin1String(size), name);
        if (QFile::exists(path))
            result.addFile(path);
    }
    Q_ASSERT_X(!result.isNull(), "Icons::icon", "no such bundled icon");
    cache.insert(name, result);
    return result;
}

QIcon appIcon()
{
    QIcon result;
    for (const char *size : {"16", "32", "48", "64", "128", "256"})
        result.addFile(QStringLiteral(":/icons/app/ferry-%1.png").arg(QLatin1String(size)));
    return result;
}

} // namespace Ferry::Icons
