#include "mediacolumns.h"

#include "connectors/flipletdatasource.h"
#include "core/logging.h"
#include "core/runevents.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace Ferry {

namespace {

bool blank(const QVariant &v)
{
    return v.isNull() || !v.isValid() || v.toString().trimmed().isEmpty();
}

} // namespace

MediaColumns::MediaColumns(const JobSpec &job, const JobSecrets &secrets, QString baseDir, QString stateDir,
                           FlipletDataSource &target, const std::atomic_bool *cancel)
    : m_job(job), m_media(target), m_fetcher(std::move(baseDir), job.retry, cancel),
      m_checksums(std::move(stateDir), job.id), m_cancel(cancel)
{
    // Headers whose value is a secret join the others, resolved; they go to the file's host only.
    for (qsizetype i = 0; i < m_job.fliplet.files.size(); ++i) {
        FlipletFileColumn &f = m_job.fliplet.files[i];
        for (const auto &[name, secret] : std::as_const(f.secretHeaders))
            f.headers.append({name, secrets.value(fileHeaderSecretField(i, name))});
    }
}

QStringList MediaColumns::withIdColumns(const QStringList &columns) const
{
    QStringList out = columns;
    for (const FlipletFileColumn &f : m_job.fliplet.files)
        if (columns.contains(f.column) && !out.contains(f.idColumn()))
            out.append(f.idColumn());
    return out;
}

QString MediaColumns::rowKey(const RecordSet &rows, qsizetype row, const QString &separator) const
{
    QStringList parts;
    for (int c : m_keyColumns)
        parts.append(rows.rows.value(row, c).toString());
    return parts.join(separator);
}

Result<RecordSet> MediaColumns::resolve(const RecordSet &rows)
{
    m_files.clear();
    m_pending.clear();
    m_pendingByMd5.clear();
    const QStringList columns = withIdColumns(rows.columns);
    for (qsizetype i = 0; i < m_job.fliplet.files.size(); ++i) {
        const FlipletFileColumn &f = m_job.fliplet.files[i];
        const int column = static_cast<int>(rows.columns.indexOf(f.column));
        if (column < 0)
            return Error{ErrorCode::InvalidConfig,
                         tr("the file column '%1' is not among the rows' columns (%2): name a column of the query "
                            "or of the mapping")
                             .arg(f.column, rows.columns.join(QStringLiteral(", "))),
                         {},
                         QStringLiteral("target.files[%1].column").arg(i)};
        m_files.push_back(Active{f, column, static_cast<int>(columns.indexOf(f.idColumn()))});
    }
    m_keyColumns.clear();
    for (const QString &k : m_job.rules.keyColumns)
        if (const int c = static_cast<int>(rows.columns.indexOf(k)); c >= 0)
            m_keyColumns.push_back(c);

    if (auto ok = m_media.load(); !ok)
        return ok.error();

    RecordSet out;
    out.columns = columns;
    out.rows = RowSet(static_cast<int>(columns.size()));
    out.notes = rows.notes;
    const int sourceColumns = static_cast<int>(rows.columns.size());
    qsizetype known = 0;
    for (qsizetype r = 0; r < rows.rows.size(); ++r) {
        const SourceRowError *sourceError = rows.rowErrors.empty() ? nullptr : rows.rowError(r);
        QHash<int, QVariant> replaced;
        QStringList problems;
        for (int a = 0; a < static_cast<int>(m_files.size()) && !sourceError; ++a) {
            const Active &file = m_files[static_cast<size_t>(a)];
            const QVariant value = rows.rows.value(r, file.column);
            if (blank(value)) {
                replaced.insert(file.idColumn, QVariant()); // no file, no id
                continue;
            }
            if (m_cancel && m_cancel->load())
                return Error{ErrorCode::Cancelled, tr("cancelled"), {}};
            std::optional<QFileInfo> local;
            if (file.spec.type == FlipletFileColumn::Type::Local) {
                // An unchanged file already in Fliplet media is not read again.
                local = QFileInfo(m_fetcher.localPath(file.spec, value.toString()));
                if (local->isFile() && m_fetcher.insideDirectory(file.spec, local->filePath()))
                    if (const auto md5 = m_checksums.lookup(*local))
                        if (const std::optional<MediaFile> media = m_media.find(*md5)) {
                            replaced.insert(file.column, media->url);
                            replaced.insert(file.idColumn, media->id);
                            ++known;
                            continue;
                        }
            }
            auto fetched = m_fetcher.fetch(file.spec, value.toString());
            if (!fetched) {
                if (fetched.error().code == ErrorCode::Cancelled)
                    return fetched.error();
                problems.append(tr("column %1: %2").arg(file.spec.column, fetched.error().message));
                continue;
            }
            if (local)
                m_checksums.note(*local, fetched->md5);
            if (const std::optional<MediaFile> media = m_media.find(fetched->md5)) {
                replaced.insert(file.column, media->url);
                replaced.insert(file.idColumn, media->id);
                ++known;
                continue;
            }
            auto it = m_pendingByMd5.constFind(fetched->md5);
            qsizetype index = it == m_pendingByMd5.constEnd() ? -1 : *it;
            if (index < 0) {
                const QString key = rowKey(rows, r, QStringLiteral("-"));
                Pending p;
                p.name = key.isEmpty() ? fetched->name : key + u'-' + fetched->name;
                p.location = fetched->location;
                p.md5 = fetched->md5;
                p.file = a;
                p.value = value.toString(); // the bytes are read again for the upload, not held until then
                index = static_cast<qsizetype>(m_pending.size());
                m_pending.push_back(std::move(p));
                m_pendingByMd5.insert(fetched->md5, index);
            }
            Pending &p = m_pending[static_cast<size_t>(index)];
            p.cells.push_back(Cell{r, a});
            replaced.insert(file.column, tr("upload %1").arg(p.name));
            replaced.insert(file.idColumn, QVariant());
        }
        if (sourceError) {
            out.rowErrors.push_back(*sourceError);
        } else if (!problems.isEmpty()) {
            const QString key = rowKey(rows, r, QStringLiteral(", "));
            out.rowErrors.push_back(
                SourceRowError{r, (key.isEmpty() ? tr("row %1").arg(r + 1) : tr("row with key %1").arg(key)) +
                                      QStringLiteral(", ") + problems.join(QStringLiteral("; ")) +
                                      tr(" (the row is not written; the next run tries again)")});
            replaced.clear(); // the row is not written: its cells stay as the source had them
        }
        out.rows.beginRow();
        for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
            if (const auto it = replaced.constFind(c); it != replaced.constEnd())
                out.rows.addVariant(*it);
            else if (c < sourceColumns)
                out.rows.addCell(rows.rows, r, c);
            else
                out.rows.addNull();
        }
        out.rows.endRow();
    }
    if (!m_pending.empty() || known)
        RunEvents::info(lcFliplet,
                        tr("file columns: %n file(s) already in Fliplet media", nullptr, static_cast<int>(known)) +
                            QStringLiteral("; ") +
                            tr("%n file(s) to upload", nullptr, static_cast<int>(m_pending.size())));
    return out;
}

std::vector<char> MediaColumns::writtenRows(const Plan &plan)
{
    std::vector<char> written(static_cast<size_t>(plan.source ? plan.source->rows.size() : 0), 0);
    for (const Change &c : plan.changes)
        if ((c.action == ChangeAction::Insert || c.action == ChangeAction::Update) && c.sourceRow >= 0 &&
            static_cast<size_t>(c.sourceRow) < written.size())
            written[static_cast<size_t>(c.sourceRow)] = 1;
    return written;
}

qsizetype MediaColumns::plannedUploads(const Plan &plan) const
{
    const std::vector<char> written = writtenRows(plan);
    return std::count_if(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
        return std::any_of(p.cells.begin(), p.cells.end(),
                           [&](const Cell &c) { return written[static_cast<size_t>(c.row)] != 0; });
    });
}

Result<MediaFile> MediaColumns::uploadPending(const Pending &p)
{
    // Read again rather than held since the preview (a run may upload gigabytes), and checked: the preview
    // showed this file, so a file changed in between is not uploaded in its place.
    const Active &file = m_files[static_cast<size_t>(p.file)];
    FERRY_TRY(fetched, m_fetcher.fetch(file.spec, p.value));
    if (fetched.md5 != p.md5)
        return Error{ErrorCode::TargetChanged,
                     tr("the file changed after the preview was made; preview again to upload the new one"),
                     {}};
    return m_media.upload(p.name, fetched.bytes, p.md5);
}

Result<std::shared_ptr<const Plan>> MediaColumns::upload(const std::shared_ptr<const Plan> &plan, qsizetype &uploaded)
{
    uploaded = 0;
    m_checksums.remember(); // applying: the local files hashed while preparing are remembered
    if (m_pending.empty() || !plan)
        return plan;
    const RecordSet &source = *plan->source;
    const std::vector<char> written = writtenRows(*plan);

    QHash<qsizetype, QList<QPair<int, QVariant>>> replaced;
    QHash<qsizetype, QStringList> failed;
    for (Pending &p : m_pending) {
        const bool needed = std::any_of(p.cells.begin(), p.cells.end(),
                                        [&](const Cell &c) { return written[static_cast<size_t>(c.row)] != 0; });
        if (!needed)
            continue; // its rows are not written (excluded, skipped): nothing is uploaded for them
        if (m_cancel && m_cancel->load())
            return Error{ErrorCode::Cancelled, tr("cancelled"), {}};
        auto media = uploadPending(p);
        if (!media && media.error().code == ErrorCode::Cancelled)
            return media.error();
        if (media)
            ++uploaded;
        else
            RunEvents::warning(lcFliplet, media.error().message);
        for (const Cell &c : p.cells) {
            if (!written[static_cast<size_t>(c.row)])
                continue;
            const Active &file = m_files[static_cast<size_t>(c.file)];
            if (media) {
                replaced[c.row].append({file.column, media->url});
                replaced[c.row].append({file.idColumn, media->id});
            } else {
                failed[c.row].append(tr("column %1: uploading %2 (%3) to Fliplet media failed: %4")
                                         .arg(file.spec.column, p.name, p.location, media.error().message));
            }
        }
    }
    if (replaced.isEmpty() && failed.isEmpty())
        return plan;

    auto rows = std::make_shared<RecordSet>();
    rows->columns = source.columns;
    rows->notes = source.notes;
    rows->rows = RowSet(static_cast<int>(source.columns.size()));
    QHash<qsizetype, std::uint32_t> errorIndex; // a failed upload's row → its error's index
    QHash<std::uint32_t, std::uint32_t> moved;  // a source row error's index before → after
    for (qsizetype r = 0; r < source.rows.size(); ++r) {
        if (const SourceRowError *e = source.rowErrors.empty() ? nullptr : source.rowError(r)) {
            moved.insert(static_cast<std::uint32_t>(e - source.rowErrors.data()),
                         static_cast<std::uint32_t>(rows->rowErrors.size()));
            rows->rowErrors.push_back(*e);
        } else if (const auto f = failed.constFind(r); f != failed.constEnd()) {
            errorIndex.insert(r, static_cast<std::uint32_t>(rows->rowErrors.size()));
            const QString key = rowKey(source, r, QStringLiteral(", "));
            rows->rowErrors.push_back(SourceRowError{
                r, (key.isEmpty() ? tr("row %1").arg(r + 1) : tr("row with key %1").arg(key)) + QStringLiteral(", ") +
                       f->join(QStringLiteral("; ")) + tr(" (the row is not written; the next run tries again)")});
        }
        const auto it = replaced.constFind(r);
        rows->rows.beginRow();
        for (int c = 0; c < static_cast<int>(source.columns.size()); ++c) {
            std::optional<QVariant> value;
            if (it != replaced.constEnd())
                for (const auto &[column, v] : *it)
                    if (column == c)
                        value = v;
            if (value)
                rows->rows.addVariant(*value);
            else
                rows->rows.addCell(source.rows, r, c);
        }
        rows->rows.endRow();
    }
    auto out = std::make_shared<Plan>(*plan);
    out->source = rows;
    for (Change &c : out->changes) {
        // The errors the source had keep pointing at their own messages, now at new places in the list.
        if (c.reason == ChangeReason::SourceRowError) {
            c.detail = moved.value(c.detail, c.detail);
            continue;
        }
        if (!Plan::isWrite(c.action) || c.action == ChangeAction::Delete)
            continue;
        const auto e = errorIndex.constFind(c.sourceRow);
        if (e == errorIndex.constEnd())
            continue;
        out->counts.add(c.action, -1);
        out->counts.add(ChangeAction::Error);
        c.action = ChangeAction::Error;
        c.reason = ChangeReason::SourceRowError;
        c.detail = *e;
    }
    return std::shared_ptr<const Plan>(std::move(out));
}

} // namespace Ferry
