// JobSpec: one sync job (source + target + mapping + rules + schedule), independent of the file format
// it came from.
#pragma once

#include "filesourcespec.h"
#include "flipletfilecolumn.h"
#include "hooksspec.h"
#include "httpspec.h"
#include "modulespec.h"
#include "secretref.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Ferry {

struct SqlSourceSpec
{
    QString driver; // sqlite, postgres, mysql, mssql
    QString url;    // alternative to the fields below: postgres://user@host:port/db …
    QString host;   // for sqlite: the database file
    int port = 0;
    QString database;
    QString username;
    SecretRef password;
    QString options;  // extra driver connect options (QSqlDatabase::setConnectOptions)
    QString domain;   // SQL Server (FreeTDS) only
    QString instance; // SQL Server only
    bool encrypt = false;
    QString query;

    friend bool operator==(const SqlSourceSpec &, const SqlSourceSpec &) = default;
};

struct FlipletTargetSpec
{
    QString dataSourceId;
    SecretRef authToken;
    QString apiUrl;                 // overrides the region's URL (self-hosted, tests)
    QStringList runHooks;           // insert / update
    int merge = -1;                 // -1 unset (server default), 0 false, 1 true
    int batchRows = 0;              // 0: default
    qint64 batchBytes = 0;          // 0: default
    QList<FlipletFileColumn> files; // columns whose files are uploaded to Fliplet media

    friend bool operator==(const FlipletTargetSpec &, const FlipletTargetSpec &) = default;
};

// A Fliplet data source read as a source (Fliplet Agent's pull): POST v1/data-sources/<id>/data/query.
struct FlipletSourceSpec
{
    QString dataSourceId;
    SecretRef authToken;
    QString apiUrl;         // overrides the region's URL (self-hosted, tests)
    QJsonObject where;      // the query's filter on the entries' data, sent as it is; empty: every entry
    QStringList attributes; // the data fields to read; empty: all

    friend bool operator==(const FlipletSourceSpec &, const FlipletSourceSpec &) = default;
};

struct SqliteTargetSpec
{
    QString path;
    QString table;
    bool createTable = false;
    int batchRows = 0;

    friend bool operator==(const SqliteTargetSpec &, const SqliteTargetSpec &) = default;
};

// A table on a database server (or in a SQLite file) that rows are upserted into (type: sql).
struct SqlTargetSpec
{
    SqlSourceSpec connection; // driver, url, host, … as the SQL source has them; its query is unused
    QString schema;           // empty: the connection's default (public, the database, dbo)
    QString table;
    bool createTable = false;
    int batchRows = 0; // 0: default

    friend bool operator==(const SqlTargetSpec &, const SqlTargetSpec &) = default;
};

// A generic REST API with list / get / insert / patch / delete (docs/job-format.md, "REST target").
struct RestTargetSpec
{
    QString baseUrl;                        // https://api.example.com/v1
    QString listPath;                       // /contacts (list, insert)
    QString itemPath;                       // /contacts/{id} (get, patch, delete); empty: listPath/{id}
    QString idField;                        // empty: "id"
    QString envelope;                       // empty: none; "data": bodies and lists inside {"data": …}
    QString updateMethod;                   // PATCH (empty) or PUT
    QString pageParam;                      // empty: _page
    QString limitParam;                     // empty: _limit
    int pageSize = 0;                       // 0: 100
    QList<QPair<QString, QString>> headers; // extra request headers
    HttpAuthSpec auth;                      // target.auth
    HttpTransportSpec transport;            // target.transport
    friend bool operator==(const RestTargetSpec &, const RestTargetSpec &) = default;
};

// One JSON POST per change to a web service (docs/job-format.md, "Webhook target").
struct WebhookTargetSpec
{
    QString url;
    QList<QPair<QString, QString>> headers;
    SecretRef signingSecret;     // HMAC-SHA256 over the body, in X-Ferry-Signature
    int retries = -1;            // -1: 10
    int concurrency = 0;         // 0: 4
    HttpAuthSpec auth;           // target.auth (independent of the signature)
    HttpTransportSpec transport; // target.transport
    friend bool operator==(const WebhookTargetSpec &, const WebhookTargetSpec &) = default;
};

enum class SyncMode { Append, Update, Replace };

struct DeleteSafeguard
{
    int maxRows = 1000;    // hold when more than this many rows would be deleted
    double maxShare = 0.5; // … or more than this share of the target
    friend bool operator==(const DeleteSafeguard &, const DeleteSafeguard &) = default;
};

struct SyncRules
{
    SyncMode mode = SyncMode::Update;
    QStringList keyColumns; // target field names; several = composite key
    bool caseInsensitiveKey = false;
    QString timestampColumn;
    QString deleteColumn;
    DeleteSafeguard safeguard;

    friend bool operator==(const SyncRules &, const SyncRules &) = default;
};

struct FieldMapping
{
    QString from; // source column
    QString to;   // target field
    friend bool operator==(const FieldMapping &, const FieldMapping &) = default;
};

struct ScheduleSpec
{
    QString cron; // 5 fields, or 6 with leading seconds; empty: run on demand only
    bool runOnStart = true;
    QString timeZone; // IANA name ("Europe/Berlin") the cron times are read in; empty: the machine's local time
    friend bool operator==(const ScheduleSpec &, const ScheduleSpec &) = default;
};

struct RetrySpec
{
    int attempts = 5;         // total tries for one request, including the first
    int initialDelayMs = 500; // doubles each retry, with jitter
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 300000;  // a server's Retry-After is honoured up to this (5 minutes)
    int requestTimeoutMs = 600000; // one request, answer included, may take this long (10 minutes)
    int runTimeoutMs = 21600000;   // one run, start to end, may take this long (6 hours)
    friend bool operator==(const RetrySpec &, const RetrySpec &) = default;
};

enum class SourceKind { Sql, Fliplet, Csv, Json, Http, Module };
enum class TargetKind { Fliplet, Sqlite, Sql, Rest, Webhook, Module };

struct JobSpec
{
    QString id; // stable: keys the state store
    QString name;
    QString description;
    SourceKind sourceKind = SourceKind::Sql;
    SqlSourceSpec sql;
    FlipletSourceSpec flipletSource;
    FileSourceSpec file;     // Csv, Json
    HttpSourceSpec http;     // SourceKind::Http
    ModuleSpec moduleSource; // SourceKind::Module
    TargetKind targetKind = TargetKind::Fliplet;
    FlipletTargetSpec fliplet;
    SqliteTargetSpec sqlite;
    SqlTargetSpec sqlTarget;
    RestTargetSpec rest;
    WebhookTargetSpec webhook;
    ModuleSpec moduleTarget;     // TargetKind::Module
    QList<FieldMapping> mapping; // empty: every source column, same name
    SyncRules rules;
    ScheduleSpec schedule;
    RetrySpec retry;
    QString logVerbosity; // debug, info, warning (empty: info)
    HooksSpec hooks;      // JavaScript hooks (docs/extensions.md); empty: none

    QString sourcePath; // the file it was loaded from (relative paths resolve against its folder)

    // Equality of what the job does; sourcePath is where it came from, not what it is.
    bool sameAs(const JobSpec &o) const;
};

QString syncModeName(SyncMode mode);

// The password written inside a database URL (postgres://user:secret@host/db), or empty.
QString urlPassword(const QString &url);
// The URL without its password.
QString urlWithoutPassword(const QString &url);
// localhost, 127.0.0.0/8 or ::1: the one place a token may go over plain http:// (tests, a local proxy).
bool isLoopbackHost(const QString &host);

// Registers every secret value the job file itself holds (inline values of imported Fliplet Agent files,
// passwords inside URLs) with the log mask.
void maskInlineSecrets(const JobSpec &job);

} // namespace Ferry
