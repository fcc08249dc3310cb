// SecretRef: how a job file names a credential.
#pragma once

#include <QString>

namespace Ferry {

// A credential as the job file names it: a reference ("env:NAME", "file:/path") or, for imported
// Fliplet Agent files only, the plaintext value they carry. Resolved at run time by SecretResolver.
struct SecretRef
{
    QString reference; // "env:NAME" / "file:PATH"; empty when the value is inline
    QString inlineValue;

    bool isEmpty() const { return reference.isEmpty() && inlineValue.isEmpty(); }
    bool isInline() const { return reference.isEmpty() && !inlineValue.isEmpty(); }
    friend bool operator==(const SecretRef &, const SecretRef &) = default;
};

} // namespace Ferry
