// Builders of registry fields bound to a part of a JobSpec (ConnectorField::read and write), shared by every
// connector type: one place for what an unset value is (no value, blank text, an empty list), how text is kept
// and how integers, secrets, name/value lists and choices map to the job.
//
// A field reaches its value through an accessor, a function from the job to the member:
//     Fields::text("path", label, FieldType::FilePath, help, Fields::at(&JobSpec::file, &FileSourceSpec::path))
#pragma once

#include "connectorregistry.h"

#include <QVariant>

#include <functional>

namespace Ferry {

// What a connector form's field holds counts as "not set" when it is this: no value, blank text, an empty list.
bool isEmptyFieldValue(const QVariant &v);

namespace Fields {

template <typename T> using Accessor = std::function<T &(JobSpec &)>;

// The accessor of member in one part of the job: at(&JobSpec::file, &FileSourceSpec::path).
template <typename Spec, typename T> Accessor<T> at(Spec JobSpec::*spec, T Spec::*member)
{
    return [spec, member](JobSpec &job) -> T & { return job.*spec.*member; };
}
// The same through a part that is itself reached by an accessor (the auth block of the source or the target).
template <typename Spec, typename T> Accessor<T> at(Accessor<Spec> spec, T Spec::*member)
{
    return [spec = std::move(spec), member](JobSpec &job) -> T & { return spec(job).*member; };
}

// Reading never writes: the accessors take a JobSpec & so that one function serves both.
template <typename T> const T &get(const Accessor<T> &member, const JobSpec &job)
{
    return member(const_cast<JobSpec &>(job));
}

QVariant textOrUnset(const QString &s);

// A field with no binding yet (read and write are the caller's).
ConnectorField field(const char *key, const char *label, FieldType type, const char *help);

// Trimmed: surrounding blanks are dropped, and blank text is unset. Kept: the text is stored as typed and only
// empty text is unset (a CSV delimiter may be a space).
enum class Spaces { Trimmed, Kept };
ConnectorField text(const char *key, const char *label, FieldType type, const char *help, Accessor<QString> member,
                    Spaces spaces = Spaces::Trimmed);

// An integer whose value `unset` (0, or -1 where 0 means something) reads as unset.
template <typename Int>
ConnectorField integer(const char *key, const char *label, const char *help, qint64 minimum, qint64 maximum,
                       QVariant defaultValue, Accessor<Int> member, Int unset = Int(0))
{
    ConnectorField f = field(key, label, FieldType::Integer, help);
    f.minimum = minimum;
    f.maximum = maximum;
    f.defaultValue = std::move(defaultValue);
    f.read = [member, unset](const JobSpec &job) {
        const Int v = get(member, job);
        return v == unset ? QVariant() : QVariant(static_cast<qlonglong>(v));
    };
    f.write = [member, unset](JobSpec &job, const QVariant &v) {
        member(job) = isEmptyFieldValue(v) ? unset : static_cast<Int>(v.toLongLong());
    };
    return f;
}

// A check box; false reads as unset.
ConnectorField boolean(const char *key, const char *label, const char *help, Accessor<bool> member);

// A reference to a secret (env:NAME, file:PATH, keychain:NAME), never the secret.
ConnectorField secret(const char *key, const char *label, const char *help, Accessor<SecretRef> member);

// Name/value pairs in order; a pair without a name is dropped.
ConnectorField keyValues(const char *key, const char *label, const char *help, Accessor<KeyValueList> member);

// One of choices, stored as an enum: choices[i].value is the job file's word for the enum's value i.
template <typename Enum>
ConnectorField choice(const char *key, const char *label, const char *help, QList<FieldChoice> choices,
                      Accessor<Enum> member)
{
    ConnectorField f = field(key, label, FieldType::Choice, help);
    f.choices = choices;
    f.defaultValue = choices.first().value;
    f.read = [member, choices](const JobSpec &job) {
        return QVariant(choices.value(static_cast<int>(get(member, job))).value);
    };
    f.write = [member, choices](JobSpec &job, const QVariant &v) {
        int index = 0;
        for (int i = 0; i < choices.size(); ++i)
            if (choices[i].value == v.toString())
                index = i;
        member(job) = static_cast<Enum>(index);
    };
    return f;
}

} // namespace Fields
} // namespace Ferry
