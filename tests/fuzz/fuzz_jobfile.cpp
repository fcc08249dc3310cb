// Job files in both formats (Ferry's and Fliplet Agent YAML), as the user hands them over: any text is an
// error with a message or a job. A job that loads and can be saved (no plaintext secret) loads again from the
// saved text as the same job.
#include "fuzzcheck.h"
#include "job/jobfile.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString name = QStringLiteral("/fuzz/job.yml");
    const Ferry::Result<Ferry::LoadedJob> loaded = Ferry::loadJobText(yaml, name);
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().message.isEmpty(), "every error says what is wrong");
        return 0;
    }
    const Ferry::Result<QByteArray> saved = Ferry::saveJobText(loaded->job);
    if (!saved)
        return 0;
    const Ferry::Result<Ferry::LoadedJob> again = Ferry::loadJobText(*saved, name);
    if (!again) {
        std::fputs("saved:\n", stderr);
        std::fwrite(saved->constData(), 1, static_cast<size_t>(saved->size()), stderr);
        std::fprintf(stderr, "error: %s\n", qPrintable(again.error().toString()));
    }
    FUZZ_CHECK(again.hasValue(), "a saved job loads again");
    FUZZ_CHECK(again->job.sameAs(loaded->job), "a saved job loads again unchanged");
    return 0;
}
