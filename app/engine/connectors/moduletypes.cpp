#include "moduletypes.h"

#include "connectorfields.h"
#include "modulesource.h"
#include "moduletarget.h"

#include <QRegularExpression>

namespace Ferry {

using namespace Fields;

namespace {

const QRegularExpression &secretPattern()
{
    static const QRegularExpression p(QStringLiteral(R"(^\s*\{\s*secret\s*:\s*([^\s{}]+)\s*\}\s*$)"));
    return p;
}

// The account: plain values and secrets in one name/value list, a secret written as {secret: env:NAME}.
ConnectorField accountField(ModuleSpec JobSpec::*side)
{
    ConnectorField f = field("account", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Account"), FieldType::KeyValues,
                             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                               "The values the module's init(account) gets, by name (url, user, …). "
                                               "A secret is written {secret: env:NAME}, {secret: file:PATH} or "
                                               "{secret: keychain:NAME}: Ferry resolves it and only the module "
                                               "sees it."));
    f.describedByModule = QStringLiteral("file"); // its accountFields, read by the job editor
    f.read = [side](const JobSpec &job) {
        const ModuleSpec &m = job.*side;
        if (m.account.isEmpty() && m.secrets.isEmpty())
            return QVariant();
        QVariantList out;
        for (const auto &[name, value] : m.account)
            out.append(QVariant(QStringList{name, value}));
        for (const auto &[name, secret] : m.secrets)
            out.append(QVariant(QStringList{name, moduleAccountSecretText(secret)}));
        return QVariant(out);
    };
    f.write = [side](JobSpec &job, const QVariant &v) {
        ModuleSpec &m = job.*side;
        m.account.clear();
        m.secrets.clear();
        if (isEmptyFieldValue(v))
            return;
        for (const QVariant &pair : v.toList()) {
            const QStringList p = pair.toStringList();
            const QString name = p.value(0).trimmed();
            if (name.isEmpty())
                continue;
            const auto match = secretPattern().match(p.value(1));
            if (match.hasMatch()) {
                SecretRef ref;
                ref.reference = match.captured(1);
                m.secrets.append({name, ref});
            } else {
                m.account.append({name, p.value(1)});
            }
        }
    };
    return f;
}

void appendModuleFields(ConnectorType &t, ModuleSpec JobSpec::*side)
{
    ConnectorField file =
        text("file", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Module file"), FieldType::FilePath,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                               "A Node.js module (CommonJS, .js) exporting async init(account), getUpdates(lastSync), "
                               "insert(value), patch(id, value) and delete(id); relative to the job file's folder."),
             at(side, &ModuleSpec::file));
    file.required = true;
    file.fileFilter = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "JavaScript modules (*.js *.cjs);;All files (*)");
    t.fields.append(file);
    t.fields.append(accountField(side));
    t.fields.append(integer<int>(
        "timeout", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Time limit per call (s)"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "How long one call of the module may take before it is stopped."),
        1, 3600, ModuleSpec::DefaultTimeoutSeconds, at(side, &ModuleSpec::timeoutSeconds), 0));
}

} // namespace

QString moduleAccountSecretText(const SecretRef &secret)
{
    return QStringLiteral("{secret: %1}").arg(secret.reference);
}

ConnectorType moduleSourceType()
{
    ConnectorType t;
    t.id = QStringLiteral("module/source");
    t.role = ConnectorRole::Source;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Connector module");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "A JavaScript data-source module run by Node.js: its getUpdates(lastSync) gives "
                                      "what changed since the last run.");
    t.capabilities = Capability::ChangesSince | Capability::FreeColumns;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("module")}};
    appendModuleFields(t, &JobSpec::moduleSource);
    t.createSource = [](const JobSpec &job, const JobSecrets &secrets) {
        return Result<std::unique_ptr<Source>>(std::make_unique<ModuleSource>(job, secrets));
    };
    t.select = [](JobSpec &job) {
        job.sourceKind = SourceKind::Module;
        job.moduleSource = ModuleSpec{};
    };
    return t;
}

ConnectorType moduleTargetType()
{
    ConnectorType t;
    t.id = QStringLiteral("module/target");
    t.role = ConnectorRole::Target;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Connector module");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "A JavaScript data-source module run by Node.js: its records listed with "
                                      "getUpdates(null), then inserted, patched and deleted one by one.");
    t.capabilities = Capability::PerRowCrud | Capability::Delete | Capability::FreeColumns;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("module")}};
    appendModuleFields(t, &JobSpec::moduleTarget);
    t.createTarget = [](const JobSpec &job, const JobSecrets &secrets, const std::atomic_bool *cancel) {
        return Result<std::unique_ptr<Target>>(std::make_unique<ModuleTarget>(job, secrets, cancel));
    };
    t.select = [](JobSpec &job) {
        job.targetKind = TargetKind::Module;
        job.moduleTarget = ModuleSpec{};
    };
    return t;
}

} // namespace Ferry
