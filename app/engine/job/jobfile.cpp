#include "jobfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry {

namespace {
class JobFileText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobFile)
};
} // namespace

namespace {

QString location(const QString &name, const YAML::Mark &mark)
{
    if (mark.is_null())
        return name;
    return QStringLiteral("%1:%2:%3").arg(name).arg(mark.line + 1).arg(mark.column + 1);
}

// yaml-cpp's own words ("operator[] call on a scalar", "invalid node") mean nothing to a user.
QString yamlProblem(const YAML::Exception &e)
{
    const std::string &m = e.msg;
    if (dynamic_cast<const YAML::DeepRecursion *>(&e))
        return JobFileText::tr("the YAML is nested too deeply to be a job file");
    if (m.find("operator[] call on a scalar") != std::string::npos || m.find("invalid node") != std::string::npos ||
        m.find("bad conversion") != std::string::npos)
        return JobFileText::tr("a value here has the wrong shape (a single value where a map of keys belongs, or the "
                               "other way round): compare it with docs/job-format.md");
    // The parser's own messages, in words that say what to look for; yaml-cpp's text is never shown.
    const auto has = [&m](const char *what) { return m.find(what) != std::string::npos; };
    QString what;
    if (has("end of map flow not found") || has("end of sequence flow not found") || has("illegal flow end"))
        what = JobFileText::tr("a [ … ] or { … } is not closed, or closed twice");
    else if (has("end of map not found") || has("end of sequence not found") || has("illegal map value") ||
             has("illegal map key") || has("illegal block entry") || has("unexpected end"))
        what = JobFileText::tr("the indentation does not line up (keys of one map start in the same column), or a "
                               "value holds ': ' without quotes");
    else if (has("illegal EOF in scalar") || has("end of string") || has("single quote"))
        what = JobFileText::tr("a quoted text is not closed");
    else if (has("unknown escape character") || has("invalid unicode") || has("scanning hex number"))
        what = JobFileText::tr("a backslash in a double-quoted text starts an unknown escape: use single quotes, or "
                               "write \\\\ for a backslash");
    else if (has("tabs"))
        what = JobFileText::tr("a tab is used for indentation: indent with spaces");
    else if (has("anchor") || has("alias"))
        what = JobFileText::tr("an alias (*name) or anchor (&name) is wrong or refers to nothing");
    else if (has("tag") || has("directive") || has("YAML version"))
        what = JobFileText::tr("a tag (!name) or directive (%YAML) Ferry does not read");
    else
        what = JobFileText::tr("the text cannot be read as YAML");
    return JobFileText::tr("not valid YAML: %1 (check indentation, quotes and colons around this place)").arg(what);
}

// yaml-cpp keeps the first of two equal keys without a word; a job file with one is refused instead.
// Aliases share nodes, so a small file can stand for billions of values: the walk stops at MaxNodes.
constexpr int MaxNodes = 100000;

std::optional<Error> findDuplicateKey(const YAML::Node &node, const QString &name, int &visited, int depth = 0)
{
    if (depth > 64)
        return Error{ErrorCode::InvalidConfig, JobFileText::tr("the YAML is nested too deeply to be a job file"),
                     location(name, node.Mark())};
    if (++visited > MaxNodes)
        return Error{ErrorCode::InvalidConfig,
                     JobFileText::tr("the YAML stands for more than %1 values (through aliases?); a job file is "
                                     "much smaller")
                         .arg(MaxNodes),
                     location(name, node.Mark())};
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            if (auto e = findDuplicateKey(item, name, visited, depth + 1))
                return e;
    } else if (node.IsMap()) {
        std::map<std::string, YAML::Mark> seen;
        for (const auto &item : node) {
            if (item.first.IsScalar()) {
                const auto [it, inserted] = seen.emplace(item.first.Scalar(), item.first.Mark());
                if (!inserted)
                    return Error{ErrorCode::InvalidConfig,
                                 JobFileText::tr("the key '%1' appears twice in the same map (first on line %2); "
                                                 "keep one")
                                     .arg(QString::fromStdString(item.first.Scalar()))
                                     .arg(it->second.line + 1),
                                 location(name, item.first.Mark())};
            }
            if (auto e = findDuplicateKey(item.second, name, visited, depth + 1))
                return e;
        }
    }
    return std::nullopt;
}

// yaml-cpp 0.7 (Debian 12) reads a stream that starts with a comma as one empty document after another without
// end, so YAML::LoadAll never returns and its list takes all memory (jbeder/yaml-cpp#1040, fixed in later
// releases). The documents are counted through the parser's events instead, until one starts where the one
// before it did (the parser did not move on); the first is then loaded on its own.
class DocumentCounter final : public YAML::EventHandler
{
public:
    // The number of documents (at most a thousand), and where the second one's value starts.
    static std::pair<int, YAML::Mark> count(const std::string &text)
    {
        std::istringstream in(text);
        YAML::Parser parser(in);
        DocumentCounter counter;
        int documents = 0;
        YAML::Mark second = YAML::Mark::null_mark(), previousStart = YAML::Mark::null_mark();
        while (documents < 1000 && parser.HandleNextDocument(counter)) {
            if (documents > 0 && counter.m_start.pos == previousStart.pos)
                break;
            previousStart = counter.m_start;
            if (++documents == 2)
                second = counter.m_root;
        }
        return {documents, second};
    }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        m_start = mark;
        m_root = mark;
        m_depth = 0;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { node(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { node(mark); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t, const std::string &) override
    {
        node(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        node(mark);
        ++m_depth;
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
        ++m_depth;
    }
    void OnMapEnd() override { --m_depth; }

private:
    void node(const YAML::Mark &mark)
    {
        if (m_depth == 0)
            m_root = mark;
    }

    YAML::Mark m_start, m_root;
    int m_depth = 0;
};

} // namespace

Result<LoadedJob> loadJobText(const QByteArray &yaml, const QString &name)
{
    if (yaml.trimmed().isEmpty())
        return Error{
            ErrorCode::InvalidConfig,
            JobFileText::tr("the file is empty: a job needs at least a source and a target (see docs/job-format.md)"),
            name};
    if (const qsizetype nul = yaml.indexOf('\0'); nul >= 0)
        return Error{ErrorCode::InvalidConfig,
                     JobFileText::tr("the file holds a NUL byte (at byte %1): it is not a text file; is it the right "
                                     "file?")
                         .arg(nul),
                     name};
    const std::string text = yaml.toStdString();
    YAML::Node root;
    try {
        const auto [documents, second] = DocumentCounter::count(text);
        if (documents > 1)
            return Error{ErrorCode::InvalidConfig,
                         JobFileText::tr("the file holds %1 YAML documents (separated by ---); a job file holds one "
                                         "job: put each job in a file of its own")
                             .arg(documents),
                         location(name, second)};
        root = YAML::Load(text);
    } catch (const YAML::Exception &e) {
        return Error{ErrorCode::InvalidConfig, yamlProblem(e), location(name, e.mark)};
    }
    if (!root.IsMap())
        return Error{
            ErrorCode::InvalidConfig,
            JobFileText::tr("a job file must be a YAML map of keys (ferry: 1, source:, target: …) or a Fliplet Agent "
                            "config (auth_token:, query: …)"),
            name};
    int visited = 0;
    if (auto duplicate = findDuplicateKey(root, name, visited))
        return *duplicate;
    std::optional<Result<LoadedJob>> loaded;
    try {
        if (root["ferry"])
            loaded = readFerryJob(root, name);
        else if (root["auth_token"] || root["datasource_id"] || root["database_driver"] || root["query"])
            loaded = readFlipletAgentJob(root, name);
    } catch (const YAML::Exception &e) {
        return Error{ErrorCode::InvalidConfig, yamlProblem(e), location(name, e.mark)};
    }
    if (!loaded)
        return Error{ErrorCode::InvalidConfig,
                     JobFileText::tr("not a job file: expected Ferry's format (starting with 'ferry: 1') or a Fliplet "
                                     "Agent config (with auth_token, datasource_id and query)"),
                     name};
    if (*loaded) {
        LoadedJob &job = loaded->value();
        // Whatever secret the file itself holds is masked before anything can log it.
        maskInlineSecrets(job.job);
        if (job.format == JobFileFormat::Ferry && !urlPassword(job.job.sql.url).isEmpty())
            job.warnings.append(name + QStringLiteral(": ") +
                                JobFileText::tr("the database URL holds a password: move it to source.password as "
                                                "{secret: env:NAME} or {secret: file:PATH}; Ferry will not save the "
                                                "job with it"));
    }
    return std::move(*loaded);
}

Result<LoadedJob> loadJobFile(const QString &path)
{
    // A FIFO or a device would block or never end: only regular files of a sane size are read.
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::InvalidConfig, JobFileText::tr("the job file does not exist: check the path"), path};
    if (!info.isFile())
        return Error{ErrorCode::InvalidConfig,
                     JobFileText::tr("this is not a regular file (a folder, a pipe or a device): give the path of a "
                                     "job file"),
                     path};
    if (info.size() > MaxJobFileBytes)
        return Error{ErrorCode::InvalidConfig,
                     JobFileText::tr("the file is %1 bytes; a job file is a few kilobytes (at most %2): is it the "
                                     "right file?")
                         .arg(info.size())
                         .arg(MaxJobFileBytes),
                     path};
    // Opened without blocking and checked again on the descriptor: a path swapped for a FIFO after the check
    // above would otherwise block in open(), where no signal gets Ferry out.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0)
            ::close(fd);
        return Error{ErrorCode::InvalidConfig,
                     JobFileText::tr("cannot read the job file as a regular file: check the path"), path};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{ErrorCode::InvalidConfig, JobFileText::tr("cannot read the job file: %1").arg(file.errorString()),
                     path};
    }
    const QByteArray text = file.read(MaxJobFileBytes + 1);
    if (text.size() > MaxJobFileBytes)
        return Error{ErrorCode::InvalidConfig,
                     JobFileText::tr("the file grew past %1 bytes while it was read").arg(MaxJobFileBytes), path};
    return loadJobText(text, path);
}

Result<void> saveJobFile(const JobSpec &job, const QString &path)
{
    FERRY_TRY(text, saveJobText(job));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return Error{ErrorCode::Io, JobFileText::tr("cannot write the job file: %1").arg(file.errorString()), path};
    return {};
}

} // namespace Ferry
