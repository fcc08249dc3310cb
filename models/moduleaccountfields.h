// ModuleAccountFields: what a connector module says about its account (its exported
// accountFields = [{name, type, secret, help}]), checked so the job editor can build a form from it. A
// malformed description is refused with a message naming the module and the entry at fault.
#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Ferry {

enum class AccountFieldType { Text, Number, Boolean, Url, Password };

struct ModuleAccountField
{
    QString name;
    AccountFieldType type = AccountFieldType::Text;
    bool secret = false; // kept in a secret store, never in the job file (type password implies it)
    QString help;

    friend bool operator==(const ModuleAccountField &, const ModuleAccountField &) = default;
};

class ModuleAccountFields
{
public:
    // exports: the host's describe answer ({"accountFields": [...]}); moduleFile names the module in messages;
    // fileField: the job field of the module ("target.file"), the field errors name.
    [[nodiscard]] static Result<QList<ModuleAccountField>> parse(const QJsonValue &exports, const QString &moduleFile,
                                                                 const QString &fileField);
    static QString typeName(AccountFieldType type);
};

} // namespace Ferry
