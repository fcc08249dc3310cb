#include "httpsourcetype.h"

#include "connectorfactory.h"
#include "connectorfields.h"
#include "httpconnectorfields.h"
#include "httpjsonsource.h"

#include <QHash>

namespace Ferry {

using namespace Fields;

ConnectorType httpSourceType()
{
    ConnectorType t;
    t.id = QStringLiteral("http");
    t.role = ConnectorRole::Source;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "HTTP JSON API");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "Records of a JSON API over HTTP, page after page, with a token, a password, "
                                      "an API key or OAuth2.");
    t.capabilities = Capability::LimitedSample | Capability::Interrupt;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("http")}};
    ConnectorField url = text("url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Address"), FieldType::Url,
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                "The URL of the first page, e.g. https://api.example.com/v1/contacts. "
                                                "It is read with GET."),
                              [](JobSpec &j) -> QString & { return j.http.url; });
    url.required = true;
    t.fields.append(url);
    t.fields.append(keyValues("headers", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Headers"),
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                "HTTP headers sent with every request (credentials go in "
                                                "Authentication, not here)."),
                              [](JobSpec &j) -> KeyValueList & { return j.http.headers; }));
    t.fields.append(
        keyValues("query", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Query parameters"),
                  QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Parameters added to the address of every page."),
                  [](JobSpec &j) -> KeyValueList & { return j.http.query; }));
    t.fields.append(text("records", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Records at"), FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "A JSON pointer to the array of records in each page, e.g. /data or "
                                           "/result/items; empty when the page is the array itself."),
                         [](JobSpec &j) -> QString & { return j.http.records; }));

    ConnectorField style =
        field("pagination.style", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Pagination"), FieldType::Choice,
              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "How the API splits its records into pages."));
    style.choices = {{QStringLiteral("none"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "One page")},
                     {QStringLiteral("next_link"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Next link")},
                     {QStringLiteral("page"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page numbers")},
                     {QStringLiteral("offset"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Offset and limit")},
                     {QStringLiteral("cursor"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Cursor")}};
    style.defaultValue = QStringLiteral("none");
    style.read = [](const JobSpec &j) { return QVariant(paginationStyleName(j.http.pagination.style)); };
    style.write = [](JobSpec &j, const QVariant &v) {
        j.http.pagination.style = PaginationStyle::None;
        for (PaginationStyle s :
             {PaginationStyle::NextLink, PaginationStyle::Page, PaginationStyle::Offset, PaginationStyle::Cursor})
            if (v.toString() == paginationStyleName(s))
                j.http.pagination.style = s;
    };
    t.fields.append(style);
    t.fields.append(text("pagination.next", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Next link at"),
                         FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "Next link: a JSON pointer to the next page's URL in the answer (e.g. "
                                           "/links/next); empty: the Link header's rel=\"next\"."),
                         [](JobSpec &j) -> QString & { return j.http.pagination.nextPointer; }));
    t.fields.append(text("pagination.page_param", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page parameter"),
                         FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page numbers: the parameter (default page)."),
                         [](JobSpec &j) -> QString & { return j.http.pagination.pageParam; }));
    t.fields.append(text("pagination.size_param", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page size parameter"),
                         FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "The page size's parameter (default per_page; limit for offsets)."),
                         [](JobSpec &j) -> QString & { return j.http.pagination.sizeParam; }));
    t.fields.append(
        integer<int>("pagination.page_size", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page size"),
                     QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                       "Records per page to ask for; a shorter page is the last. Empty: the "
                                       "server's default (then only an empty page ends)."),
                     1, 10000000, {}, [](JobSpec &j) -> int & { return j.http.pagination.pageSize; }));
    t.fields.append(integer<int>(
        "pagination.start_page", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "First page"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page numbers: the first page's number "
                                                      "(default 1)."),
        0, 1000000, {}, [](JobSpec &j) -> int & { return j.http.pagination.startPage; },
        HttpPaginationSpec::DefaultStartPage));
    t.fields.append(text("pagination.offset_param", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Offset parameter"),
                         FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Offset and limit: the offset's parameter "
                                                                       "(default offset)."),
                         [](JobSpec &j) -> QString & { return j.http.pagination.offsetParam; }));
    t.fields.append(text(
        "pagination.cursor", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Cursor at"), FieldType::Text,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Cursor: a JSON pointer to the next cursor in the answer (e.g. "
                                                      "/meta/next_cursor); none or empty ends."),
        [](JobSpec &j) -> QString & { return j.http.pagination.cursorPointer; }));
    t.fields.append(text("pagination.cursor_param", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Cursor parameter"),
                         FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Cursor: the parameter it is sent in "
                                                                       "(default cursor)."),
                         [](JobSpec &j) -> QString & { return j.http.pagination.cursorParam; }));
    t.fields.append(integer<int>(
        "pagination.max_pages", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page limit"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Stop with an error after this many pages (default 100000)."), 1,
        10000000, {}, [](JobSpec &j) -> int & { return j.http.pagination.maxPages; }));
    // Each pagination field applies to its styles only (forms hide the others).
    const QStringList paged{QStringLiteral("next_link"), QStringLiteral("page"), QStringLiteral("offset"),
                            QStringLiteral("cursor")};
    const QHash<QString, QStringList> styles{
        {QStringLiteral("pagination.next"), {QStringLiteral("next_link")}},
        {QStringLiteral("pagination.page_param"), {QStringLiteral("page")}},
        {QStringLiteral("pagination.start_page"), {QStringLiteral("page")}},
        {QStringLiteral("pagination.size_param"), paged},
        {QStringLiteral("pagination.page_size"), paged},
        {QStringLiteral("pagination.offset_param"), {QStringLiteral("offset")}},
        {QStringLiteral("pagination.cursor"), {QStringLiteral("cursor")}},
        {QStringLiteral("pagination.cursor_param"), {QStringLiteral("cursor")}},
        {QStringLiteral("pagination.max_pages"), paged},
    };
    for (ConnectorField &f : t.fields)
        if (const auto it = styles.constFind(f.key); it != styles.cend()) {
            f.onlyWhen = QStringLiteral("pagination.style");
            f.onlyWhenValues = *it;
        }
    appendHttpAuthFields(t.fields, [](JobSpec &j) -> HttpAuthSpec & { return j.http.auth; });
    appendHttpTransportFields(t.fields, [](JobSpec &j) -> HttpTransportSpec & { return j.http.transport; });
    t.createSource = [](const JobSpec &job, const JobSecrets &secrets) {
        return Result<std::unique_ptr<Source>>(
            std::make_unique<HttpJsonSource>(job.http, secrets, jobBaseDir(job), job.retry));
    };
    t.select = [](JobSpec &job) {
        job.sourceKind = SourceKind::Http;
        job.http = HttpSourceSpec{};
        job.sql = SqlSourceSpec{};
    };
    return t;
}

} // namespace Ferry
