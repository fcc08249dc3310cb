#include "moduleaccountfields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Ferry {

namespace {

class ModuleAccountFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ModuleAccountFields)
};

struct TypeName
{
    AccountFieldType type;
    const char *name;
};
constexpr TypeName typeNames[] = {{AccountFieldType::Text, "text"},
                                  {AccountFieldType::Number, "number"},
                                  {AccountFieldType::Boolean, "boolean"},
                                  {AccountFieldType::Url, "url"},
                                  {AccountFieldType::Password, "password"}};

QString shortJson(const QJsonValue &v)
{
    QString text = v.isString()   ? QStringLiteral("\"%1\"").arg(v.toString())
                   : v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                   : v.isArray()  ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                   : v.isBool()   ? QString::fromLatin1(v.toBool() ? "true" : "false")
                   : v.isDouble() ? QString::number(v.toDouble())
                                  : QStringLiteral("null");
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return text;
}

} // namespace

QString ModuleAccountFields::typeName(AccountFieldType type)
{
    for (const TypeName &t : typeNames)
        if (t.type == type)
            return QLatin1String(t.name);
    return QStringLiteral("text");
}

Result<QList<ModuleAccountField>> ModuleAccountFields::parse(const QJsonValue &exports, const QString &moduleFile,
                                                             const QString &fileField)
{
    const QString module = QFileInfo(moduleFile).fileName();
    const auto fail = [&](ErrorCode code, const QString &message) {
        return Error{code, message, moduleFile, fileField};
    };
    const QJsonValue fields = exports.toObject().value(QLatin1String("accountFields"));
    if (fields.isUndefined() || fields.isNull())
        return fail(ErrorCode::NotFound,
                    ModuleAccountFieldsText::tr("%1 exports no accountFields: its account is edited as a name/value "
                                                "list (a module describes it with exports.accountFields = [{name, "
                                                "type, secret, help}])")
                        .arg(module));
    if (!fields.isArray())
        return fail(
            ErrorCode::InvalidConfig,
            ModuleAccountFieldsText::tr("%1 exports accountFields as %2, not an array: write exports.accountFields "
                                        "= [{name, type, secret, help}]")
                .arg(module, shortJson(fields)));
    QList<ModuleAccountField> out;
    QSet<QString> seen;
    const QJsonArray list = fields.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue entry = list.at(i);
        const QString where = QStringLiteral("accountFields[%1]").arg(i);
        if (!entry.isObject())
            return fail(ErrorCode::InvalidConfig,
                        ModuleAccountFieldsText::tr("%1: %2 is %3, not an object: each entry is {name, type, secret, "
                                                    "help}")
                            .arg(module, where, shortJson(entry)));
        const QJsonObject o = entry.toObject();
        ModuleAccountField f;
        const QJsonValue name = o.value(QLatin1String("name"));
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return fail(ErrorCode::InvalidConfig,
                        ModuleAccountFieldsText::tr("%1: %2 (%3) has no name: give it a non-empty text name, the key "
                                                    "init(account) reads")
                            .arg(module, where, shortJson(entry)));
        f.name = name.toString().trimmed();
        if (seen.contains(f.name))
            return fail(ErrorCode::InvalidConfig,
                        ModuleAccountFieldsText::tr("%1: %2 names '%3' a second time: each account field once")
                            .arg(module, where, f.name));
        seen.insert(f.name);
        const QJsonValue type = o.value(QLatin1String("type"));
        if (!type.isUndefined() && !type.isNull()) {
            bool known = false;
            for (const TypeName &t : typeNames)
                if (type.isString() && type.toString() == QLatin1String(t.name)) {
                    f.type = t.type;
                    known = true;
                }
            if (!known)
                return fail(ErrorCode::InvalidConfig,
                            ModuleAccountFieldsText::tr("%1: %2 ('%3') has the type %4: use text, number, boolean, "
                                                        "url or password (or leave it out for text)")
                                .arg(module, where, f.name, shortJson(type)));
        }
        const QJsonValue secret = o.value(QLatin1String("secret"));
        if (!secret.isUndefined() && !secret.isNull() && !secret.isBool())
            return fail(ErrorCode::InvalidConfig,
                        ModuleAccountFieldsText::tr("%1: %2 ('%3') has secret: %4: write true or false")
                            .arg(module, where, f.name, shortJson(secret)));
        f.secret = secret.toBool() || f.type == AccountFieldType::Password;
        const QJsonValue help = o.value(QLatin1String("help"));
        if (!help.isUndefined() && !help.isNull() && !help.isString())
            return fail(ErrorCode::InvalidConfig,
                        ModuleAccountFieldsText::tr("%1: %2 ('%3') has help: %4: write a text")
                            .arg(module, where, f.name, shortJson(help)));
        f.help = help.toString();
        out.append(f);
    }
    return out;
}

} // namespace Ferry
