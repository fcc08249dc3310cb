<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Ferry::CronExpression</name>
    <message numerus="yes">
        <source>&apos;%1&apos; is not a cron expression: it has %n field(s); use 5 (minute hour day-of-month month day-of-week) or 6 with leading seconds</source>
        <translation>
            <numerusform>&apos;%1&apos; is not a cron expression: it has %n field; use 5 (minute hour day-of-month month day-of-week) or 6 with leading seconds</numerusform>
            <numerusform>&apos;%1&apos; is not a cron expression: it has %n fields; use 5 (minute hour day-of-month month day-of-week) or 6 with leading seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::CsvSource</name>
    <message numerus="yes">
        <source>%n field(s) where the file has %1 column(s): check the delimiter (&apos;%2&apos;) and the quoting of this line</source>
        <translation>
            <numerusform>%n field where the file has %1 column(s): check the delimiter (&apos;%2&apos;) and the quoting of this line</numerusform>
            <numerusform>%n fields where the file has %1 column(s): check the delimiter (&apos;%2&apos;) and the quoting of this line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>read %n row in %1 ms</numerusform>
            <numerusform>read %n rows in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::ExtensionHost</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) (an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</source>
        <translation>
            <numerusform>%1 did not answer within %n second (an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</numerusform>
            <numerusform>%1 did not answer within %n seconds (an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) (%2; an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</source>
        <translation>
            <numerusform>%1 did not answer within %n second (%2; an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</numerusform>
            <numerusform>%1 did not answer within %n seconds (%2; an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… (%n more byte(s))</source>
        <translation>
            <numerusform>… (%n more byte)</numerusform>
            <numerusform>… (%n more bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::FileSource</name>
    <message numerus="yes">
        <source>%n file(s) matching %1</source>
        <translation>
            <numerusform>%n file matching %1</numerusform>
            <numerusform>%n files matching %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 row(s) of %3 column(s)</source>
        <translation>
            <numerusform>%1: %2 row of %3 column(s)</numerusform>
            <numerusform>%1: %2 rows of %3 column(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; a run reports each as a row error and writes the others:</source>
        <translation>
            <numerusform>%n row cannot be read; a run reports it as a row error and writes the others:</numerusform>
            <numerusform>%n rows cannot be read; a run reports each as a row error and writes the others:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletDataSource</name>
    <message numerus="yes">
        <source>committing %n change(s)</source>
        <translation>
            <numerusform>committing %n change</numerusform>
            <numerusform>committing %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled while a commit of %n change(s) was in flight, which did not end in time; the server may have applied it and, without a key, Ferry cannot tell: check the data source before running the job again</source>
        <translation>
            <numerusform>cancelled while a commit of %n change was in flight, which did not end in time; the server may have applied it and, without a key, Ferry cannot tell: check the data source before running the job again</numerusform>
            <numerusform>cancelled while a commit of %n changes was in flight, which did not end in time; the server may have applied it and, without a key, Ferry cannot tell: check the data source before running the job again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled while a commit of %n change(s) was in flight; the server may have applied it, and the next run finds out and reconciles</source>
        <translation>
            <numerusform>cancelled while a commit of %n change was in flight; the server may have applied it, and the next run finds out and reconciles</numerusform>
            <numerusform>cancelled while a commit of %n changes was in flight; the server may have applied it, and the next run finds out and reconciles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server applied a commit of %n change(s) although its answer was lost; it is not sent again</source>
        <translation>
            <numerusform>the server applied a commit of %n change although its answer was lost; it is not sent again</numerusform>
            <numerusform>the server applied a commit of %n changes although its answer was lost; it is not sent again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the data source holds %n entries</source>
        <translation>
            <numerusform>the data source holds %n entry</numerusform>
            <numerusform>the data source holds %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletMedia</name>
    <message numerus="yes">
        <source>media folder &apos;%1&apos; holds %n file(s) with a checksum</source>
        <translation>
            <numerusform>media folder &apos;%1&apos; holds %n file with a checksum</numerusform>
            <numerusform>media folder &apos;%1&apos; holds %n files with a checksum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletSource</name>
    <message numerus="yes">
        <source>%1 as %2: data source %3, %n entries to read</source>
        <translation>
            <numerusform>%1 as %2: data source %3, %n entry to read</numerusform>
            <numerusform>%1 as %2: data source %3, %n entries to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the query returned %n entries</source>
        <translation>
            <numerusform>the query returned %n entry</numerusform>
            <numerusform>the query returned %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::HistoryView</name>
    <message numerus="yes">
        <source>Rows changed by the last %n run(s)</source>
        <translation>
            <numerusform>Rows changed by the last run</numerusform>
            <numerusform>Rows changed by the last %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Hooks</name>
    <message numerus="yes">
        <source>it returned %1 for %n record(s); it must return an array with one {data, errors} per record, in order</source>
        <translation>
            <numerusform>it returned %1 for %n record; it must return an array with one {data, errors} per record, in order</numerusform>
            <numerusform>it returned %1 for %n records; it must return an array with one {data, errors} per record, in order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out or crashed on %n page(s) in a row, so the run stopped instead of waiting on every page; nothing was written. The last: %2</source>
        <translation>
            <numerusform>%1 timed out or crashed on %n page in a row, so the run stopped instead of waiting on every page; nothing was written. The last: %2</numerusform>
            <numerusform>%1 timed out or crashed on %n pages in a row, so the run stopped instead of waiting on every page; nothing was written. The last: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Http</name>
    <message numerus="yes">
        <source>no answer after %n attempt(s): %1; check the address and your network</source>
        <translation>
            <numerusform>no answer after %n attempt: %1; check the address and your network</numerusform>
            <numerusform>no answer after %n attempts: %1; check the address and your network</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::HttpJsonSource</name>
    <message numerus="yes">
        <source>page %1: %n record(s)</source>
        <translation>
            <numerusform>page %1: %n record</numerusform>
            <numerusform>page %1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached %1: the first page has %n record(s)</source>
        <translation>
            <numerusform>Reached %1: the first page has %n record</numerusform>
            <numerusform>Reached %1: the first page has %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::ImportDialog</name>
    <message numerus="yes">
        <source>Imported %n job(s). Not imported:</source>
        <translation>
            <numerusform>Imported %n job. Not imported:</numerusform>
            <numerusform>Imported %n jobs. Not imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditor</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving, marked in the list and beside each field.</source>
        <translation>
            <numerusform>%n problem to fix before saving, marked in the list and beside its field.</numerusform>
            <numerusform>%n problems to fix before saving, marked in the list and beside each field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to save, with %n warning(s) beside their fields.</source>
        <translation>
            <numerusform>Ready to save, with %n warning beside its field.</numerusform>
            <numerusform>Ready to save, with %n warnings beside their fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorExtensionsPage</name>
    <message numerus="yes">
        <source>Running %1 on %n row(s)…</source>
        <translation>
            <numerusform>Running %1 on %n row…</numerusform>
            <numerusform>Running %1 on %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n row(s): </source>
        <translation>
            <numerusform>%1 on %n row: </numerusform>
            <numerusform>%1 on %n rows: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorSourcePage</name>
    <message numerus="yes">
        <source>Found %n table(s) and view(s): pick one to read it, or write a query.</source>
        <translation>
            <numerusform>Found %n table or view: pick it to read it, or write a query.</numerusform>
            <numerusform>Found %n tables and views: pick one to read it, or write a query.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token sees %n data source(s): pick one to read its entries.</source>
        <translation>
            <numerusform>The token sees %n data source: pick it to read its entries.</numerusform>
            <numerusform>The token sees %n data sources: pick one to read its entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n column(s), typed as declared or as their values suggest.</source>
        <translation>
            <numerusform>Found %n column, typed as declared or as its values suggest.</numerusform>
            <numerusform>Found %n columns, typed as declared or as their values suggest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s), as they are before the mapping.</source>
        <translation>
            <numerusform>The first row, as it is before the mapping.</numerusform>
            <numerusform>The first %n rows, as they are before the mapping.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorTargetPage</name>
    <message numerus="yes">
        <source>The token sees %n data source(s): pick one in the list.</source>
        <translation>
            <numerusform>The token sees %n data source: pick it in the list.</numerusform>
            <numerusform>The token sees %n data sources: pick one in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n table(s): pick one, or name a new one.</source>
        <translation>
            <numerusform>The file has %n table: pick it, or name a new one.</numerusform>
            <numerusform>The file has %n tables: pick one, or name a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) the target holds.</source>
        <translation>
            <numerusform>The first record the target holds.</numerusform>
            <numerusform>The first %n records the target holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database has %n table(s): pick one, or name a new one.</source>
        <translation>
            <numerusform>The database has %n table: pick it, or name a new one.</numerusform>
            <numerusform>The database has %n tables: pick one, or name a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n field(s): %1.</source>
        <translation>
            <numerusform>The records hold %n field: %1.</numerusform>
            <numerusform>The records hold %n fields: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobListModel</name>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, about %n s left</numerusform>
            <numerusform>, about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JsonFileSource</name>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>read %n row in %1 ms</numerusform>
            <numerusform>read %n rows in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s); the files are in %1</source>
        <translation>
            <numerusform>Deleted %n job; its file is in %1</numerusform>
            <numerusform>Deleted %n jobs; the files are in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n job(s) to</source>
        <translation>
            <numerusform>Export %n job to</numerusform>
            <numerusform>Export %n jobs to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1</source>
        <translation>
            <numerusform>Exported %n job to %1</numerusform>
            <numerusform>Exported %n jobs to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n job(s)</source>
        <translation>
            <numerusform>Imported %n job</numerusform>
            <numerusform>Imported %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n job(s)</source>
        <translation>
            <numerusform>Started %n job</numerusform>
            <numerusform>Started %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n job(s); not started: %1</source>
        <translation>
            <numerusform>Started %n job; not started: %1</numerusform>
            <numerusform>Started %n jobs; not started: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finishing %n run(s), then Ferry quits…</source>
        <translation>
            <numerusform>Finishing %n run, then Ferry quits…</numerusform>
            <numerusform>Finishing %n runs, then Ferry quits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are writing to their targets. Let them finish, then quit? Or stop them now: what the targets confirmed stays, and the next run completes the rest.</source>
        <translation>
            <numerusform>%n job is writing to its target. Let it finish, then quit? Or stop it now: what its target confirmed stays, and the next run completes the rest.</numerusform>
            <numerusform>%n jobs are writing to their targets. Let them finish, then quit? Or stop them now: what the targets confirmed stays, and the next run completes the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::MediaColumns</name>
    <message numerus="yes">
        <source>file columns: %n file(s) already in Fliplet media</source>
        <translation>
            <numerusform>file columns: %n file already in Fliplet media</numerusform>
            <numerusform>file columns: %n files already in Fliplet media</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%n file to upload</numerusform>
            <numerusform>%n files to upload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleSource</name>
    <message numerus="yes">
        <source>getUpdates(null) gives %n record(s)</source>
        <translation>
            <numerusform>getUpdates(null) gives %n record</numerusform>
            <numerusform>getUpdates(null) gives %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module reported %n deleted record(s), which are not deleted at the target: set sync.delete_column (e.g. _deleted) to delete them there; until then the module source&apos;s position (nextSync) is not advanced, so the next run reads them again</source>
        <translation>
            <numerusform>the module reported %n deleted record, which is not deleted at the target: set sync.delete_column (e.g. _deleted) to delete it there; until then the module source&apos;s position (nextSync) is not advanced, so the next run reads it again</numerusform>
            <numerusform>the module reported %n deleted records, which are not deleted at the target: set sync.delete_column (e.g. _deleted) to delete them there; until then the module source&apos;s position (nextSync) is not advanced, so the next run reads them again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of getUpdates() replaced by a later entry of the same id</source>
        <translation>
            <numerusform>%n entry of getUpdates() replaced by a later entry of the same id</numerusform>
            <numerusform>%n entries of getUpdates() replaced by later entries of the same id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleTarget</name>
    <message numerus="yes">
        <source>%n record(s) listed by the module %1</source>
        <translation>
            <numerusform>%n record listed by the module %1</numerusform>
            <numerusform>%n records listed by the module %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module lists %n record(s)</source>
        <translation>
            <numerusform>the module lists %n record</numerusform>
            <numerusform>the module lists %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::OAuthAuthorizationCode</name>
    <message numerus="yes">
        <source>the browser did not come back within %n minute(s): sign in again, and finish the sign-in in the browser window Ferry opens</source>
        <translation>
            <numerusform>the browser did not come back within %n minute: sign in again, and finish the sign-in in the browser window Ferry opens</numerusform>
            <numerusform>the browser did not come back within %n minutes: sign in again, and finish the sign-in in the browser window Ferry opens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the browser did not come back within %n second(s): sign in again, and finish the sign-in in the browser window Ferry opens</source>
        <translation>
            <numerusform>the browser did not come back within %n second: sign in again, and finish the sign-in in the browser window Ferry opens</numerusform>
            <numerusform>the browser did not come back within %n seconds: sign in again, and finish the sign-in in the browser window Ferry opens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Planner</name>
    <message numerus="yes">
        <source>%n target entries repeat the key of another entry; only the first of each is updated (replace mode would delete the repeats)</source>
        <translation>
            <numerusform>%n target entry repeats the key of another entry; only the first of each is updated (replace mode would delete the repeats)</numerusform>
            <numerusform>%n target entries repeat the key of another entry; only the first of each is updated (replace mode would delete the repeats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target entries have no key value and are left alone</source>
        <translation>
            <numerusform>%n target entry has no key value and is left alone</numerusform>
            <numerusform>%n target entries have no key value and are left alone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::PreviewWindow</name>
    <message numerus="yes">
        <source> (about %n s left)</source>
        <translation>
            <numerusform> (about %n s left)</numerusform>
            <numerusform> (about %n s left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n excluded)</source>
        <translation>
            <numerusform> (%n excluded)</numerusform>
            <numerusform> (%n excluded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::RestTarget</name>
    <message numerus="yes">
        <source>%1 got no answer after %n attempt(s): %2; planned again by the next run</source>
        <translation>
            <numerusform>%1 got no answer after %n attempt: %2; planned again by the next run</numerusform>
            <numerusform>%1 got no answer after %n attempts: %2; planned again by the next run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed at %1</source>
        <translation>
            <numerusform>%n record listed at %1</numerusform>
            <numerusform>%n records listed at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list answers: %n record(s)</source>
        <translation>
            <numerusform>the list answers: %n record</numerusform>
            <numerusform>the list answers: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Run</name>
    <message numerus="yes">
        <source>… and %n more number(s) JSON cannot hold</source>
        <translation>
            <numerusform>… and %n more number JSON cannot hold</numerusform>
            <numerusform>… and %n more numbers JSON cannot hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more text(s) with U+FFFD</source>
        <translation>
            <numerusform>… and %n more text with U+FFFD</numerusform>
            <numerusform>… and %n more texts with U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n source row(s) to sync into %2</source>
        <translation>
            <numerusform>%1: %n source row to sync into %2</numerusform>
            <numerusform>%1: %n source rows to sync into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the target changed since this plan was made (it now holds %n record(s)); nothing was written: preview the job again</source>
        <translation>
            <numerusform>the target changed since this plan was made (it now holds %n record); nothing was written: preview the job again</numerusform>
            <numerusform>the target changed since this plan was made (it now holds %n records); nothing was written: preview the job again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>postSubmit reported %n row error(s) after writing</source>
        <translation>
            <numerusform>postSubmit reported %n row error after writing</numerusform>
            <numerusform>postSubmit reported %n row errors after writing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: %n row(s) failed, and the next run reads the same changes again</source>
        <translation>
            <numerusform>the module source&apos;s position (nextSync) is not advanced: %n row failed, and the next run reads the same changes again</numerusform>
            <numerusform>the module source&apos;s position (nextSync) is not advanced: %n rows failed, and the next run reads the same changes again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: %n change(s) were excluded from this run, and the next run reads them again</source>
        <translation>
            <numerusform>the module source&apos;s position (nextSync) is not advanced: %n change was excluded from this run, and the next run reads it again</numerusform>
            <numerusform>the module source&apos;s position (nextSync) is not advanced: %n changes were excluded from this run, and the next run reads them again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: the module reported %n deleted record(s) that were not deleted at the target; set sync.delete_column (e.g. _deleted) and the next run deletes them there</source>
        <translation>
            <numerusform>the module source&apos;s position (nextSync) is not advanced: the module reported %n deleted record that was not deleted at the target; set sync.delete_column (e.g. _deleted) and the next run deletes it there</numerusform>
            <numerusform>the module source&apos;s position (nextSync) is not advanced: the module reported %n deleted records that were not deleted at the target; set sync.delete_column (e.g. _deleted) and the next run deletes them there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::RunFailuresModel</name>
    <message numerus="yes">
        <source>%n row(s) failed.</source>
        <translation>
            <numerusform>%n row failed.</numerusform>
            <numerusform>%n rows failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Scheduler</name>
    <message numerus="yes">
        <source>Waiting for a free slot: at most %n job(s) run at once.</source>
        <translation>
            <numerusform>Waiting for a free slot: at most %n job runs at once.</numerusform>
            <numerusform>Waiting for a free slot: at most %n jobs run at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SqlSource</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the query returns %2 row(s) of %3</source>
        <translation>
            <numerusform>%1: the query returns %2 row of %3</numerusform>
            <numerusform>%1: the query returns %2 rows of %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>read %n row in %1 ms</numerusform>
            <numerusform>read %n rows in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SqlTable</name>
    <message numerus="yes">
        <source>%1: table %2 holds %3 record(s) of %4</source>
        <translation>
            <numerusform>%1: table %2 holds %3 record of %4</numerusform>
            <numerusform>%1: table %2 holds %3 records of %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SqliteTable</name>
    <message numerus="yes">
        <source>%1, file %2: table %3 holds %4 record(s) of %5</source>
        <translation>
            <numerusform>%1, file %2: table %3 holds %4 record of %5</numerusform>
            <numerusform>%1, file %2: table %3 holds %4 records of %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::TrayIcon</name>
    <message numerus="yes">
        <source>Idle: %n job(s)</source>
        <translation>
            <numerusform>Idle: %n job</numerusform>
            <numerusform>Idle: %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::WebhookTarget</name>
    <message numerus="yes">
        <source>the web service cannot be reached (%1) after %n attempt(s); check target.url and that the service runs; the changes not delivered are sent by the next run</source>
        <translation>
            <numerusform>the web service cannot be reached (%1) after %n attempt; check target.url and that the service runs; the changes not delivered are sent by the next run</numerusform>
            <numerusform>the web service cannot be reached (%1) after %n attempts; check target.url and that the service runs; the changes not delivered are sent by the next run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the web service did not accept delivery %1 after %n attempt(s) (last: %2); it is sent again by the next run</source>
        <translation>
            <numerusform>the web service did not accept delivery %1 after %n attempt (last: %2); it is sent again by the next run</numerusform>
            <numerusform>the web service did not accept delivery %1 after %n attempts (last: %2); it is sent again by the next run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) delivered by earlier runs</source>
        <translation>
            <numerusform>%n record delivered by earlier runs</numerusform>
            <numerusform>%n records delivered by earlier runs</numerusform>
        </translation>
    </message>
</context>
</TS>
