// The connector types Ferry knows, by id: sources "sql/sqlite", "sql/postgres", "sql/mysql", "sql/mssql",
// "fliplet/source";
// targets "fliplet", "sqlite". For each: what it is called, what it can do, the fields of its part of a
// job file (the job editor builds its forms from them and reads and writes a JobSpec through them), and
// the factory that makes it. The registry is built once and never changes, so any thread may read it.
#pragma once

#include "connectorinfo.h"
#include "core/result.h"
#include "job/jobspec.h"
#include "secrets/jobsecrets.h"
#include "source.h"
#include "target.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Ferry {

enum class ConnectorRole { Source, Target };
QString connectorRoleName(ConnectorRole role); // "source", "target": the job file section

// How a form shows and edits a field.
enum class FieldType {
    Text,    // one line
    Integer, // within minimum..maximum when they are set
    Boolean,
    Secret,     // a reference to a secret (env:NAME, file:PATH), never the value itself
    FilePath,   // a file; relative paths resolve against the job file's folder
    Choice,     // one of choices
    ChoiceList, // any of choices, as a list
    Query,      // multi-line SQL
    Url,
    KeyValues, // name/value pairs in order (HTTP headers, query parameters): a QVariantList of QStringList{name, value}
    FileColumns, // a Fliplet target's file columns: a QVariantList of QVariantMap (flipletfilesfield.h)
};
QString fieldTypeName(FieldType type); // "text", "integer", "boolean", "secret", "file", "choice", …

// What a connector's discover() lists: tables to pick (databases), data sources to pick (Fliplet), the columns of
// its one table (a file, an API), or nothing worth a Find button.
enum class Discovers { Tables, DataSources, Columns, Nothing };

struct FieldChoice
{
    QString value;                // as written in the job file
    const char *label = nullptr;  // QT_TRANSLATE_NOOP source text; see displayLabel()
    QString displayLabel() const; // translated
};

struct ConnectorField
{
    QString key;                 // the key under source: or target: in a Ferry job file
    const char *label = nullptr; // QT_TRANSLATE_NOOP source text; see displayLabel()
    FieldType type = FieldType::Text;
    bool required = false;
    QString requiredUnless; // required unless this other field is set ("url" for host)
    bool secret = false;    // holds a reference; the resolved value is JobSecrets' path()
    QVariant defaultValue;  // what applies when the field is left empty; invalid when nothing does
    const char *help = nullptr;
    QList<FieldChoice> choices; // Choice, ChoiceList
    qint64 minimum = 0;         // Integer: the range the job reader accepts (both 0: any)
    qint64 maximum = 0;
    bool suggestedByDiscover = false; // discover() lists values for it (tables, data sources)
    // FilePath: the file dialog's filter (QT_TRANSLATE_NOOP source text, as "CSV files (*.csv);;All files (*)"),
    // and whether the file is one Ferry writes (a save dialog, which accepts a file that does not exist yet).
    const char *fileFilter = nullptr;
    bool fileToWrite = false;
    // A further check of a value that is set (JSON text that must parse, …): a message, or empty when fine.
    std::function<QString(const QVariant &)> checkValue;
    // Applies only while the field onlyWhen holds one of onlyWhenValues (auth.token while auth.type is bearer):
    // a form hides it otherwise, and ConnectorType::values() leaves it out. Empty: always.
    QString onlyWhen;
    QStringList onlyWhenValues;
    // KeyValues: a connector module's account, which the module named by this other field (a FilePath) may
    // describe (its accountFields): a form then shows an input per described value. Empty: a plain list.
    QString describedByModule;
    bool appliesWith(const QVariantMap &values) const
    {
        return onlyWhen.isEmpty() || onlyWhenValues.contains(values.value(onlyWhen).toString());
    }

    // Where the value lives in a JobSpec. read() gives an invalid QVariant for a field left unset.
    std::function<QVariant(const JobSpec &)> read;
    std::function<void(JobSpec &, const QVariant &)> write;

    QString path(ConnectorRole role) const { return connectorRoleName(role) + u'.' + key; }
    QString displayLabel() const;
    QString displayHelp() const;
};

using SourceFactory = std::function<Result<std::unique_ptr<Source>>(const JobSpec &, const JobSecrets &)>;
using TargetFactory =
    std::function<Result<std::unique_ptr<Target>>(const JobSpec &, const JobSecrets &, const std::atomic_bool *cancel)>;

struct ConnectorType
{
    QString id;
    ConnectorRole role = ConnectorRole::Source;
    const char *label = nullptr;       // QT_TRANSLATE_NOOP source text
    const char *description = nullptr; // QT_TRANSLATE_NOOP source text
    Capabilities capabilities;
    Discovers discovers = Discovers::Columns; // what discover() lists, for the editor's Find button
    // Keys a form does not show but writes as they are: {"type", "sql"}, {"driver", "postgres"}.
    QList<QPair<QString, QString>> fixedKeys;
    QList<ConnectorField> fields;
    SourceFactory createSource; // sources
    TargetFactory createTarget; // targets
    // Clears the job's side (source or target) and makes it this type: what the fixed keys say.
    std::function<void(JobSpec &)> select;

    QString displayLabel() const;
    QString displayDescription() const;
    const ConnectorField *field(const QString &key) const;

    // The job's values for these fields, by key (unset fields are left out).
    QVariantMap values(const JobSpec &job) const;
    // Problems with values as a form holds them, each naming its field (Error::field): a required field
    // left empty, a number out of range, an unknown choice, a secret that is not a reference, an unknown
    // key. Empty values (invalid, empty string) count as unset.
    QList<Error> check(const QVariantMap &values) const;
    // Makes job use this connector with these values: checks them, then writes the fixed keys and every
    // field (unset fields are cleared). The job's other side is left alone.
    Result<void> apply(JobSpec &job, const QVariantMap &values) const;
};

class ConnectorRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ConnectorRegistry)
public:
    static const ConnectorRegistry &instance();

    QList<const ConnectorType *> types(ConnectorRole role) const;
    const ConnectorType *find(const QString &id) const;

    // The connector type a job uses ("sql/postgres", "fliplet").
    static QString sourceTypeId(const JobSpec &job);
    static QString targetTypeId(const JobSpec &job);

    // Makes the job's source or target, with the secrets resolved for it.
    Result<std::unique_ptr<Source>> createSource(const JobSpec &job, const JobSecrets &secrets) const;
    Result<std::unique_ptr<Target>> createTarget(const JobSpec &job, const JobSecrets &secrets,
                                                 const std::atomic_bool *cancel) const;

private:
    ConnectorRegistry();
    std::vector<ConnectorType> m_types;
};

} // namespace Ferry
