<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Ferry::AccountFieldsProbe</name>
    <message>
        <source>the module file %1 does not exist: choose the module&apos;s .js file</source>
        <translation>die Moduldatei %1 existiert nicht: wählen Sie die .js-Datei des Moduls</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Autostart</name>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Runs your sync jobs on their schedules, from the tray</source>
        <translation>Führt Ihre Synchronisationsaufträge nach Zeitplan aus, aus dem Infobereich</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectorForm</name>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Type an id, or find them</source>
        <translation>Geben Sie eine ID ein, oder suchen Sie danach</translation>
    </message>
    <message>
        <source>Type a name, or find them</source>
        <translation>Geben Sie einen Namen ein, oder suchen Sie danach</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectorPage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>The settings changed: check again.</source>
        <translation>Die Einstellungen haben sich geändert: erneut prüfen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Die ersten Zeilen werden gelesen …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectorRegistry</name>
    <message>
        <source>The SELECT whose rows are synced. Its column names (or aliases) are the field names in the target.</source>
        <translation>Das SELECT, dessen Zeilen synchronisiert werden. Seine Spaltennamen (oder Aliasse) sind die Feldnamen im Ziel.</translation>
    </message>
    <message>
        <source>A reference to the password, never the password itself: env:NAME (an environment variable), file:PATH (a file that holds only it) or keychain:NAME (the desktop&apos;s keychain).</source>
        <translation>Ein Verweis auf das Passwort, niemals das Passwort selbst: env:NAME (eine Umgebungsvariable), file:PFAD (eine Datei, die nur das Passwort enthält) oder keychain:NAME (der Schlüsselbund des Desktops).</translation>
    </message>
    <message>
        <source>Connection URL</source>
        <translation>Verbindungs-URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The server&apos;s name or address. Required unless the URL names it.</source>
        <translation>Name oder Adresse des Servers. Erforderlich, sofern die URL ihn nicht angibt.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Leave empty for the server&apos;s usual port.</source>
        <translation>Leer lassen für den üblichen Port des Servers.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>A named SQL Server instance (then the port is not used).</source>
        <translation>Eine benannte SQL-Server-Instanz (dann wird der Port nicht verwendet).</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Leave empty for the database named like the user.</source>
        <translation>Leer lassen für die Datenbank mit dem Namen des Benutzers.</translation>
    </message>
    <message>
        <source>The database the query runs in.</source>
        <translation>Die Datenbank, in der die Abfrage läuft.</translation>
    </message>
    <message>
        <source>Windows domain</source>
        <translation>Windows-Domäne</translation>
    </message>
    <message>
        <source>For a Windows (domain) login: the domain of the user name.</source>
        <translation>Für eine Windows-(Domänen-)Anmeldung: die Domäne des Benutzernamens.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Encrypt the connection</source>
        <translation>Verbindung verschlüsseln</translation>
    </message>
    <message>
        <source>Require TLS between Ferry and the server.</source>
        <translation>TLS zwischen Ferry und dem Server verlangen.</translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation>Treiberoptionen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Fliplet data source</source>
        <translation>Fliplet-Datenquelle</translation>
    </message>
    <message>
        <source>Entries of a Fliplet app&apos;s data source, through the Fliplet REST API.</source>
        <translation>Einträge der Datenquelle einer Fliplet-App, über die REST-API von Fliplet.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>The id of the data source the rows go to (App data in Fliplet Studio).</source>
        <translation>Die ID der Datenquelle, in die die Zeilen gehen (App data in Fliplet Studio).</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>A reference to the Fliplet API token, never the token itself: env:NAME or file:PATH. Its first letters (eu, us, ca) pick the region&apos;s server.</source>
        <translation>Ein Verweis auf das Fliplet-API-Token, niemals das Token selbst: env:NAME oder file:PFAD. Seine ersten Buchstaben (eu, us, ca) wählen den Server der Region.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Only for self-hosted Fliplet installations: leave empty to use the region of the token.</source>
        <translation>Nur für selbst gehostete Fliplet-Installationen: leer lassen, um die Region des Tokens zu verwenden.</translation>
    </message>
    <message>
        <source>Run hooks</source>
        <translation>Hooks ausführen</translation>
    </message>
    <message>
        <source>Ask Fliplet to run the data source&apos;s hooks for inserted and updated entries.</source>
        <translation>Fliplet bitten, die Hooks der Datenquelle für eingefügte und aktualisierte Einträge auszuführen.</translation>
    </message>
    <message>
        <source>On insert</source>
        <translation>Beim Einfügen</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>Beim Aktualisieren</translation>
    </message>
    <message>
        <source>Merge fields</source>
        <translation>Felder zusammenführen</translation>
    </message>
    <message>
        <source>Keep fields of an entry that the source does not send. Off: an update replaces the entry&apos;s data.</source>
        <translation>Felder eines Eintrags behalten, die die Quelle nicht sendet. Aus: Eine Aktualisierung ersetzt die Daten des Eintrags.</translation>
    </message>
    <message>
        <source>Rows per commit</source>
        <translation>Zeilen pro Commit</translation>
    </message>
    <message>
        <source>The most changes sent in one commit.</source>
        <translation>Die meisten Änderungen, die in einem Commit gesendet werden.</translation>
    </message>
    <message>
        <source>Bytes per commit</source>
        <translation>Bytes pro Commit</translation>
    </message>
    <message>
        <source>The largest commit request, in bytes. Lower it when a proxy refuses large requests (HTTP 413).</source>
        <translation>Die größte Commit-Anfrage in Bytes. Verringern Sie sie, wenn ein Proxy große Anfragen ablehnt (HTTP 413).</translation>
    </message>
    <message>
        <source>SQLite table</source>
        <translation>SQLite-Tabelle</translation>
    </message>
    <message>
        <source>A table in a SQLite database file on this computer.</source>
        <translation>Eine Tabelle in einer SQLite-Datenbankdatei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>The SQLite file the rows go to; a relative path starts at the job file&apos;s folder.</source>
        <translation>Die SQLite-Datei, in die die Zeilen gehen; ein relativer Pfad beginnt im Ordner der Auftragsdatei.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Create the table</source>
        <translation>Tabelle anlegen</translation>
    </message>
    <message>
        <source>Create the file and the table when they do not exist, and add missing columns.</source>
        <translation>Datei und Tabelle anlegen, wenn sie fehlen, und fehlende Spalten ergänzen.</translation>
    </message>
    <message>
        <source>Rows per transaction</source>
        <translation>Zeilen pro Transaktion</translation>
    </message>
    <message>
        <source>The most changes written in one transaction.</source>
        <translation>Die meisten Änderungen, die in einer Transaktion geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 has no field &apos;%2&apos;</source>
        <translation>%1 hat kein Feld „%2“</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>%1 must be on or off</source>
        <translation>%1 muss an oder aus sein</translation>
    </message>
    <message>
        <source>%1 must refer to the secret as env:NAME, file:PATH or keychain:NAME, not hold it</source>
        <translation>%1 muss auf das Geheimnis als env:NAME, file:PFAD oder keychain:NAME verweisen, nicht es enthalten</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>The SQLite file to read; a relative path starts at the job file&apos;s folder.</source>
        <translation>Die zu lesende SQLite-Datei; ein relativer Pfad beginnt im Ordner der Auftragsdatei.</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>Rows of a query on a SQLite database file on this computer.</source>
        <translation>Zeilen einer Abfrage auf eine SQLite-Datenbankdatei auf diesem Computer.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Rows of a query on a PostgreSQL server.</source>
        <translation>Zeilen einer Abfrage auf einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Instead of the fields below: postgres://user@host:5432/database. Fields that are set take precedence.</source>
        <translation>Statt der Felder unten: postgres://benutzer@host:5432/datenbank. Gesetzte Felder haben Vorrang.</translation>
    </message>
    <message>
        <source>libpq options separated by semicolons, e.g. sslmode=require</source>
        <translation>libpq-Optionen, durch Semikolons getrennt, z. B. sslmode=require</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>Rows of a query on a MySQL or MariaDB server.</source>
        <translation>Zeilen einer Abfrage auf einen MySQL- oder MariaDB-Server.</translation>
    </message>
    <message>
        <source>Instead of the fields below: mysql://user@host:3306/database. Fields that are set take precedence.</source>
        <translation>Statt der Felder unten: mysql://benutzer@host:3306/datenbank. Gesetzte Felder haben Vorrang.</translation>
    </message>
    <message>
        <source>Qt MySQL driver options separated by semicolons, e.g. MYSQL_OPT_SSL_MODE=REQUIRED</source>
        <translation>Optionen des MySQL-Treibers von Qt, durch Semikolons getrennt, z. B. MYSQL_OPT_SSL_MODE=REQUIRED</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>Rows of a query on Microsoft SQL Server, through ODBC (FreeTDS by default).</source>
        <translation>Zeilen einer Abfrage auf Microsoft SQL Server, über ODBC (standardmäßig FreeTDS).</translation>
    </message>
    <message>
        <source>Instead of the fields below: sqlserver://user@host:1433/database. Fields that are set take precedence.</source>
        <translation>Statt der Felder unten: sqlserver://benutzer@host:1433/datenbank. Gesetzte Felder haben Vorrang.</translation>
    </message>
    <message>
        <source>Extra ODBC connection attributes separated by semicolons; DRIVER={…} picks another ODBC driver than FreeTDS</source>
        <translation>Zusätzliche ODBC-Verbindungsattribute, durch Semikolons getrennt; DRIVER={…} wählt einen anderen ODBC-Treiber als FreeTDS</translation>
    </message>
    <message>
        <source>unknown source type &apos;%1&apos;</source>
        <translation>unbekannter Quelltyp „%1“</translation>
    </message>
    <message>
        <source>unknown target type &apos;%1&apos;</source>
        <translation>unbekannter Zieltyp „%1“</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Column types</source>
        <translation>Spaltentypen</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Rows of a CSV file on this computer, or of every file a pattern matches.</source>
        <translation>Zeilen einer CSV-Datei auf diesem Computer oder jeder Datei, auf die ein Muster passt.</translation>
    </message>
    <message>
        <source>The CSV file to read; a relative path starts at the job file&apos;s folder. A pattern such as exports/*.csv reads every matching file (same columns) in name order.</source>
        <translation>Die zu lesende CSV-Datei; ein relativer Pfad beginnt im Ordner der Auftragsdatei. Ein Muster wie exports/*.csv liest jede passende Datei (gleiche Spalten) in der Reihenfolge der Namen.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>What separates the fields.</source>
        <translation>Was die Felder trennt.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>What encloses fields that hold delimiters, quotes or line breaks; a quote inside such a field is doubled.</source>
        <translation>Was Felder umschließt, die Trennzeichen, Anführungszeichen oder Zeilenumbrüche enthalten; ein Anführungszeichen innerhalb eines solchen Feldes wird verdoppelt.</translation>
    </message>
    <message>
        <source>Double quote (&quot;)</source>
        <translation>Doppeltes Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <source>Single quote (&apos;)</source>
        <translation>Einfaches Anführungszeichen (&apos;)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>How the file&apos;s text is stored. Excel on Windows often saves Windows-1252; UTF-16 files start with a byte order mark.</source>
        <translation>Wie der Text der Datei gespeichert ist. Excel unter Windows speichert oft Windows-1252; UTF-16-Dateien beginnen mit einer Byte-Reihenfolge-Markierung.</translation>
    </message>
    <message>
        <source>UTF-8 (with or without BOM)</source>
        <translation>UTF-8 (mit oder ohne BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (with BOM)</source>
        <translation>UTF-16 (mit BOM)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>First line names the columns</source>
        <translation>Erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>Off: the first line is data, and the columns are called column1, column2, …</source>
        <translation>Aus: Die erste Zeile enthält Daten, und die Spalten heißen column1, column2, …</translation>
    </message>
    <message>
        <source>Types of columns that are not text, e.g. id: integer, price: decimal, born: date, active: boolean. Types: text, integer, decimal, number, boolean, date, datetime, json. A value that does not convert is a row error.</source>
        <translation>Typen der Spalten, die kein Text sind, z. B. id: integer, price: decimal, born: date, active: boolean. Typen: text, integer, decimal, number, boolean, date, datetime, json. Ein Wert, der sich nicht umwandeln lässt, ist ein Zeilenfehler.</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON-Datei</translation>
    </message>
    <message>
        <source>Records of a JSON file (an array of objects) or an NDJSON file (one object a line) on this computer.</source>
        <translation>Datensätze einer JSON-Datei (ein Array von Objekten) oder einer NDJSON-Datei (ein Objekt pro Zeile) auf diesem Computer.</translation>
    </message>
    <message>
        <source>The JSON or NDJSON file to read; a relative path starts at the job file&apos;s folder. A pattern such as exports/*.json reads every matching file in name order.</source>
        <translation>Die zu lesende JSON- oder NDJSON-Datei; ein relativer Pfad beginnt im Ordner der Auftragsdatei. Ein Muster wie exports/*.json liest jede passende Datei in der Reihenfolge der Namen.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Left at the default: NDJSON for .ndjson and .jsonl files, JSON otherwise.</source>
        <translation>Beim Standard belassen: NDJSON für .ndjson- und .jsonl-Dateien, sonst JSON.</translation>
    </message>
    <message>
        <source>JSON: an array of records</source>
        <translation>JSON: ein Array von Datensätzen</translation>
    </message>
    <message>
        <source>NDJSON: one record a line</source>
        <translation>NDJSON: ein Datensatz pro Zeile</translation>
    </message>
    <message>
        <source>Records at</source>
        <translation>Datensätze unter</translation>
    </message>
    <message>
        <source>Where the array of records is inside the document, as a JSON pointer (/data/items). Empty: the document is the array.</source>
        <translation>Wo das Array der Datensätze im Dokument liegt, als JSON-Pointer (/data/items). Leer: Das Dokument ist das Array.</translation>
    </message>
    <message>
        <source>Types for columns whose JSON values should be converted, e.g. id: integer, born: date. Undeclared columns keep their JSON types; nested objects and arrays are kept as JSON.</source>
        <translation>Typen der Spalten, deren JSON-Werte umgewandelt werden sollen, z. B. id: integer, born: date. Nicht deklarierte Spalten behalten ihre JSON-Typen; verschachtelte Objekte und Arrays bleiben JSON.</translation>
    </message>
    <message>
        <source>Entries of a Fliplet app&apos;s data source, read through the Fliplet REST API: each entry is a row, with its id and timestamps.</source>
        <translation>Einträge der Datenquelle einer Fliplet-App, gelesen über die REST-API von Fliplet: Jeder Eintrag ist eine Zeile, mit seiner ID und seinen Zeitstempeln.</translation>
    </message>
    <message>
        <source>The id of the data source whose entries are read (App data in Fliplet Studio).</source>
        <translation>Die ID der Datenquelle, deren Einträge gelesen werden (App data in Fliplet Studio).</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Which entries to read, as a JSON object on their data fields: {&quot;Status&quot;: &quot;active&quot;} or {&quot;Age&quot;: {&quot;$gt&quot;: 18}}. Empty: every entry.</source>
        <translation>Welche Einträge gelesen werden, als JSON-Objekt über ihre Datenfelder: {&quot;Status&quot;: &quot;active&quot;} oder {&quot;Age&quot;: {&quot;$gt&quot;: 18}}. Leer: jeder Eintrag.</translation>
    </message>
    <message>
        <source>The filter is not valid JSON (%1 at character %2)</source>
        <translation>Der Filter ist kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>The filter must be a JSON object: {&quot;field&quot;: value}</source>
        <translation>Der Filter muss ein JSON-Objekt sein: {&quot;field&quot;: value}</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>The data fields to read, separated by commas. Empty: every field.</source>
        <translation>Die zu lesenden Datenfelder, durch Kommas getrennt. Leer: jedes Feld.</translation>
    </message>
    <message>
        <source>PostgreSQL table</source>
        <translation>PostgreSQL-Tabelle</translation>
    </message>
    <message>
        <source>MySQL or MariaDB table</source>
        <translation>MySQL- oder MariaDB-Tabelle</translation>
    </message>
    <message>
        <source>SQL Server table</source>
        <translation>SQL-Server-Tabelle</translation>
    </message>
    <message>
        <source>SQLite table (upsert by key)</source>
        <translation>SQLite-Tabelle (Upsert per Schlüssel)</translation>
    </message>
    <message>
        <source>A table on a database server: rows are upserted by the sync key in transactions, deleted by key, and the table can be created.</source>
        <translation>Eine Tabelle auf einem Datenbankserver: Zeilen werden per Synchronisationsschlüssel in Transaktionen eingefügt oder aktualisiert (Upsert), per Schlüssel gelöscht, und die Tabelle kann angelegt werden.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Leave empty for the connection&apos;s default schema.</source>
        <translation>Leer lassen für das Standardschema der Verbindung.</translation>
    </message>
    <message>
        <source>The table the rows go to, as the database names it (exact case; Ferry quotes it).</source>
        <translation>Die Tabelle, in die die Zeilen gehen, so wie die Datenbank sie nennt (genaue Groß-/Kleinschreibung; Ferry setzt den Namen in Anführungszeichen).</translation>
    </message>
    <message>
        <source>Create the table when it does not exist (the key becomes its primary key, the column types follow the values), and add missing columns.</source>
        <translation>Die Tabelle anlegen, wenn sie fehlt (der Schlüssel wird ihr Primärschlüssel, die Spaltentypen richten sich nach den Werten), und fehlende Spalten ergänzen.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>Records of a web service&apos;s REST API: listed page by page, then created, changed and deleted one by one.</source>
        <translation>Datensätze der REST-API eines Webdienstes: Seite für Seite aufgelistet, dann einzeln angelegt, geändert und gelöscht.</translation>
    </message>
    <message>
        <source>Base address</source>
        <translation>Basisadresse</translation>
    </message>
    <message>
        <source>The API&apos;s address, e.g. https://api.example.com/v1; the paths below are added to it.</source>
        <translation>Die Adresse der API, z. B. https://api.example.com/v1; die Pfade unten werden an sie angehängt.</translation>
    </message>
    <message>
        <source>List path</source>
        <translation>Listenpfad</translation>
    </message>
    <message>
        <source>Where the records are listed (GET) and created (POST), e.g. /contacts.</source>
        <translation>Wo die Datensätze aufgelistet (GET) und angelegt (POST) werden, z. B. /contacts.</translation>
    </message>
    <message>
        <source>Record path</source>
        <translation>Datensatzpfad</translation>
    </message>
    <message>
        <source>Where one record is changed and deleted, with {id} for its id; empty: the list path and /{id}.</source>
        <translation>Wo ein einzelner Datensatz geändert und gelöscht wird, mit {id} für seine ID; leer: der Listenpfad und /{id}.</translation>
    </message>
    <message>
        <source>Id field</source>
        <translation>ID-Feld</translation>
    </message>
    <message>
        <source>The field of a record that holds its id at the service.</source>
        <translation>Das Feld eines Datensatzes, das seine ID beim Dienst enthält.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>The field lists and records are wrapped in, as in {&quot;data&quot;: …}; empty when they are not wrapped.</source>
        <translation>Das Feld, in das Listen und Datensätze eingepackt sind, wie in {&quot;data&quot;: …}; leer, wenn sie nicht eingepackt sind.</translation>
    </message>
    <message>
        <source>Update method</source>
        <translation>Aktualisierungsmethode</translation>
    </message>
    <message>
        <source>PATCH sends the changed record&apos;s fields; PUT replaces the record.</source>
        <translation>PATCH sendet die geänderten Felder des Datensatzes; PUT ersetzt den Datensatz.</translation>
    </message>
    <message>
        <source>PATCH</source>
        <translation>PATCH</translation>
    </message>
    <message>
        <source>PUT</source>
        <translation>PUT</translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation>Seitenparameter</translation>
    </message>
    <message>
        <source>The query parameter that numbers the list&apos;s pages (from 1).</source>
        <translation>Der Abfrageparameter, der die Seiten der Liste nummeriert (ab 1).</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Parameter für die Seitengröße</translation>
    </message>
    <message>
        <source>The query parameter that says how many records a page holds.</source>
        <translation>Der Abfrageparameter, der angibt, wie viele Datensätze eine Seite enthält.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Records asked for per page.</source>
        <translation>Pro Seite angeforderte Datensätze.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Each change posted as JSON to a web service (new, updated, deleted), signed and retried until the service accepts it.</source>
        <translation>Jede Änderung wird als JSON an einen Webdienst gesendet (neu, geändert, gelöscht), signiert und wiederholt, bis der Dienst sie annimmt.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The address each change is posted to (https://…).</source>
        <translation>Die Adresse, an die jede Änderung gesendet wird (https://…).</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>A reference to the secret each delivery is signed with (HMAC-SHA256 in the X-Ferry-Signature header): env:NAME, file:PATH or keychain:NAME. Empty: unsigned.</source>
        <translation>Ein Verweis auf das Geheimnis, mit dem jede Zustellung signiert wird (HMAC-SHA256 im Header X-Ferry-Signature): env:NAME, file:PFAD oder keychain:NAME. Leer: unsigniert.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>How often a delivery the service does not accept (no 2xx answer) is sent again, with growing pauses, before it counts as failed.</source>
        <translation>Wie oft eine Zustellung, die der Dienst nicht annimmt (keine 2xx-Antwort), mit wachsenden Pausen erneut gesendet wird, bevor sie als fehlgeschlagen gilt.</translation>
    </message>
    <message>
        <source>Deliveries at once</source>
        <translation>Gleichzeitige Zustellungen</translation>
    </message>
    <message>
        <source>The most deliveries in flight at a time.</source>
        <translation>Die meisten Zustellungen, die gleichzeitig unterwegs sind.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How Ferry proves who it is: a bearer token, a user name and password, an API key, or OAuth2. Only the fields of the chosen kind are used.</source>
        <translation>Wie Ferry nachweist, wer es ist: ein Bearer-Token, ein Benutzername und Passwort, ein API-Schlüssel oder OAuth2. Nur die Felder der gewählten Art werden verwendet.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Bearer: a reference to the token (env:NAME, file:PATH or keychain:NAME), sent as Authorization: Bearer.</source>
        <translation>Bearer: ein Verweis auf das Token (env:NAME, file:PFAD oder keychain:NAME), gesendet als Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Basic authentication: the user name.</source>
        <translation>Basic-Authentifizierung: der Benutzername.</translation>
    </message>
    <message>
        <source>Basic authentication: a reference to the password.</source>
        <translation>Basic-Authentifizierung: ein Verweis auf das Passwort.</translation>
    </message>
    <message>
        <source>API key name</source>
        <translation>Name des API-Schlüssels</translation>
    </message>
    <message>
        <source>API key: the header or query parameter it goes in (e.g. X-API-Key).</source>
        <translation>API-Schlüssel: der Header oder Abfrageparameter, in dem er gesendet wird (z. B. X-API-Key).</translation>
    </message>
    <message>
        <source>API key sent in</source>
        <translation>API-Schlüssel gesendet in</translation>
    </message>
    <message>
        <source>API key: a request header or a query parameter.</source>
        <translation>API-Schlüssel: ein Anfrage-Header oder ein Abfrageparameter.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>API key: a reference to the key.</source>
        <translation>API-Schlüssel: ein Verweis auf den Schlüssel.</translation>
    </message>
    <message>
        <source>OAuth2 grant</source>
        <translation>OAuth2-Grant</translation>
    </message>
    <message>
        <source>OAuth2: client credentials (a service account) or a refresh token (a user&apos;s authorization; a new refresh token the server issues is saved back).</source>
        <translation>OAuth2: Client-Anmeldedaten (ein Dienstkonto) oder ein Refresh-Token (die Autorisierung eines Benutzers; ein neues Refresh-Token, das der Server ausstellt, wird zurückgespeichert).</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>OAuth2: the provider&apos;s token URL (https://).</source>
        <translation>OAuth2: die Token-URL des Anbieters (https://).</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>OAuth2: a reference to the client secret.</source>
        <translation>OAuth2: ein Verweis auf das Client-Geheimnis.</translation>
    </message>
    <message>
        <source>OAuth2 refresh-token grant: a keychain:NAME or file:PATH reference, so that a new token the server issues can be saved there.</source>
        <translation>OAuth2-Grant mit Refresh-Token: ein Verweis keychain:NAME oder file:PFAD, damit ein neues Token, das der Server ausstellt, dort gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>OAuth2: the scopes to ask for, separated by spaces (optional).</source>
        <translation>OAuth2: die anzufordernden Scopes, durch Leerzeichen getrennt (optional).</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>OAuth2: send the client id and secret as HTTP Basic (the standard) or in the form body.</source>
        <translation>OAuth2: Client-ID und Client-Geheimnis als HTTP Basic (der Standard) oder im Formularinhalt senden.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Form body</source>
        <translation>Formularinhalt</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of a private certificate authority, trusted in addition to the system&apos;s. Certificates are always checked.</source>
        <translation>Eine PEM-Datei mit dem Zertifikat einer privaten Zertifizierungsstelle, der zusätzlich zu denen des Systems vertraut wird. Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Empty or auto: HTTPS_PROXY and the like, else the system&apos;s proxy; none; or an address such as http://proxy.example:3128.</source>
        <translation>Leer oder auto: HTTPS_PROXY und Ähnliche, sonst der Proxy des Systems; none; oder eine Adresse wie http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>Request timeout (ms)</source>
        <translation>Zeitlimit einer Anfrage (ms)</translation>
    </message>
    <message>
        <source>The longest one request may take, its answer included.</source>
        <translation>Wie lange eine Anfrage höchstens dauern darf, ihre Antwort eingeschlossen.</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>At most this many requests a second, retries included (empty: no limit).</source>
        <translation>Höchstens so viele Anfragen pro Sekunde, Wiederholungen eingeschlossen (leer: keine Begrenzung).</translation>
    </message>
    <message>
        <source>HTTP JSON API</source>
        <translation>HTTP-JSON-API</translation>
    </message>
    <message>
        <source>Records of a JSON API over HTTP, page after page, with a token, a password, an API key or OAuth2.</source>
        <translation>Datensätze einer JSON-API über HTTP, Seite für Seite, mit einem Token, einem Passwort, einem API-Schlüssel oder OAuth2.</translation>
    </message>
    <message>
        <source>The URL of the first page, e.g. https://api.example.com/v1/contacts. It is read with GET.</source>
        <translation>Die URL der ersten Seite, z. B. https://api.example.com/v1/contacts. Sie wird mit GET gelesen.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>HTTP headers sent with every request (credentials go in Authentication, not here).</source>
        <translation>HTTP-Header, die mit jeder Anfrage gesendet werden (Zugangsdaten gehören in Authentifizierung, nicht hierher).</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>Parameters added to the address of every page.</source>
        <translation>Parameter, die an die Adresse jeder Seite angehängt werden.</translation>
    </message>
    <message>
        <source>A JSON pointer to the array of records in each page, e.g. /data or /result/items; empty when the page is the array itself.</source>
        <translation>Ein JSON-Pointer auf das Array der Datensätze jeder Seite, z. B. /data oder /result/items; leer, wenn die Seite selbst das Array ist.</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Paginierung</translation>
    </message>
    <message>
        <source>How the API splits its records into pages.</source>
        <translation>Wie die API ihre Datensätze auf Seiten aufteilt.</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Eine Seite</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>Link zur nächsten Seite</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>Seitennummern</translation>
    </message>
    <message>
        <source>Offset and limit</source>
        <translation>Offset und Limit</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Next link at</source>
        <translation>Link zur nächsten Seite unter</translation>
    </message>
    <message>
        <source>Next link: a JSON pointer to the next page&apos;s URL in the answer (e.g. /links/next); empty: the Link header&apos;s rel=&quot;next&quot;.</source>
        <translation>Link zur nächsten Seite: ein JSON-Pointer auf die URL der nächsten Seite in der Antwort (z. B. /links/next); leer: rel=&quot;next&quot; im Link-Header.</translation>
    </message>
    <message>
        <source>Page numbers: the parameter (default page).</source>
        <translation>Seitennummern: der Parameter (Standard: page).</translation>
    </message>
    <message>
        <source>The page size&apos;s parameter (default per_page; limit for offsets).</source>
        <translation>Der Parameter der Seitengröße (Standard: per_page; limit bei Offsets).</translation>
    </message>
    <message>
        <source>Records per page to ask for; a shorter page is the last. Empty: the server&apos;s default (then only an empty page ends).</source>
        <translation>Anzufordernde Datensätze pro Seite; eine kürzere Seite ist die letzte. Leer: der Standard des Servers (dann beendet nur eine leere Seite).</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Page numbers: the first page&apos;s number (default 1).</source>
        <translation>Seitennummern: die Nummer der ersten Seite (Standard: 1).</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Offset-Parameter</translation>
    </message>
    <message>
        <source>Offset and limit: the offset&apos;s parameter (default offset).</source>
        <translation>Offset und Limit: der Parameter des Offsets (Standard: offset).</translation>
    </message>
    <message>
        <source>Cursor at</source>
        <translation>Cursor unter</translation>
    </message>
    <message>
        <source>Cursor: a JSON pointer to the next cursor in the answer (e.g. /meta/next_cursor); none or empty ends.</source>
        <translation>Cursor: ein JSON-Pointer auf den nächsten Cursor in der Antwort (z. B. /meta/next_cursor); none oder leer beendet.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Cursor-Parameter</translation>
    </message>
    <message>
        <source>Cursor: the parameter it is sent in (default cursor).</source>
        <translation>Cursor: der Parameter, in dem er gesendet wird (Standard: cursor).</translation>
    </message>
    <message>
        <source>Page limit</source>
        <translation>Seitenlimit</translation>
    </message>
    <message>
        <source>Stop with an error after this many pages (default 100000).</source>
        <translation>Nach so vielen Seiten mit einem Fehler anhalten (Standard: 100000).</translation>
    </message>
    <message>
        <source>Sent with every request. Not for secrets: they would be stored in the job file.</source>
        <translation>Werden mit jeder Anfrage gesendet. Nicht für Geheimnisse: Sie stünden in der Auftragsdatei.</translation>
    </message>
    <message>
        <source>Sent with every delivery. Not for secrets: they would be stored in the job file.</source>
        <translation>Werden mit jeder Zustellung gesendet. Nicht für Geheimnisse: Sie stünden in der Auftragsdatei.</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>JSON-Dateien (*.json *.ndjson *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File columns</source>
        <translation>Dateispalten</translation>
    </message>
    <message>
        <source>Columns that hold a file: a local path (absolute, or relative to the directory, itself relative to the job file&apos;s folder) or a remote URL (fetched with its own headers, never the Fliplet token). Each file is uploaded to Fliplet media once; the column gets its URL and &lt;column&gt;MediaFileId its id.</source>
        <translation>Spalten, die eine Datei enthalten: einen lokalen Pfad (absolut oder relativ zum Verzeichnis, das selbst relativ zum Ordner der Auftragsdatei ist) oder eine entfernte URL (mit eigenen Headern abgerufen, niemals mit dem Fliplet-Token). Jede Datei wird nur einmal in die Fliplet-Medien hochgeladen; die Spalte erhält ihre URL und &lt;Spalte&gt;MediaFileId ihre ID.</translation>
    </message>
    <message>
        <source>File columns: row %1 names no column</source>
        <translation>Dateispalten: Zeile %1 nennt keine Spalte</translation>
    </message>
    <message>
        <source>File columns: row %1&apos;s type must be local or remote, not &apos;%2&apos;</source>
        <translation>Dateispalten: Der Typ in Zeile %1 muss local oder remote sein, nicht „%2“</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Autorisierungs-Endpunkt</translation>
    </message>
    <message>
        <source>OAuth2 sign-in with a browser: the provider&apos;s authorization URL (https://). The provider must allow the redirect address http://127.0.0.1 with any port.</source>
        <translation>OAuth2-Anmeldung im Browser: die Autorisierungs-URL des Anbieters (https://). Der Anbieter muss die Weiterleitungsadresse http://127.0.0.1 mit beliebigem Port zulassen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The values the module&apos;s init(account) gets, by name (url, user, …). A secret is written {secret: env:NAME}, {secret: file:PATH} or {secret: keychain:NAME}: Ferry resolves it and only the module sees it.</source>
        <translation>Die Werte, die init(account) des Moduls erhält, nach Namen (url, user, …). Ein Geheimnis wird als {secret: env:NAME}, {secret: file:PATH} oder {secret: keychain:NAME} geschrieben: Ferry löst es auf, und nur das Modul sieht es.</translation>
    </message>
    <message>
        <source>Module file</source>
        <translation>Moduldatei</translation>
    </message>
    <message>
        <source>A Node.js module (CommonJS, .js) exporting async init(account), getUpdates(lastSync), insert(value), patch(id, value) and delete(id); relative to the job file&apos;s folder.</source>
        <translation>Ein Node.js-Modul (CommonJS, .js), das async init(account), getUpdates(lastSync), insert(value), patch(id, value) und delete(id) exportiert; relativ zum Ordner der Auftragsdatei.</translation>
    </message>
    <message>
        <source>JavaScript modules (*.js *.cjs);;All files (*)</source>
        <translation>JavaScript-Module (*.js *.cjs);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Time limit per call (s)</source>
        <translation>Zeitlimit pro Aufruf (s)</translation>
    </message>
    <message>
        <source>How long one call of the module may take before it is stopped.</source>
        <translation>Wie lange ein Aufruf des Moduls dauern darf, bevor er angehalten wird.</translation>
    </message>
    <message>
        <source>Connector module</source>
        <translation>Connector-Modul</translation>
    </message>
    <message>
        <source>A JavaScript data-source module run by Node.js: its getUpdates(lastSync) gives what changed since the last run.</source>
        <translation>Ein JavaScript-Datenquellenmodul, von Node.js ausgeführt: Sein getUpdates(lastSync) liefert, was sich seit dem letzten Lauf geändert hat.</translation>
    </message>
    <message>
        <source>A JavaScript data-source module run by Node.js: its records listed with getUpdates(null), then inserted, patched and deleted one by one.</source>
        <translation>Ein JavaScript-Datenquellenmodul, von Node.js ausgeführt: Seine Datensätze werden mit getUpdates(null) aufgelistet, dann einzeln eingefügt, geändert und gelöscht.</translation>
    </message>
</context>
<context>
    <name>Ferry::CronExpression</name>
    <message>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day-of-month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day-of-week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has an empty entry in its list</source>
        <translation>das %1-Feld „%2“ hat einen leeren Eintrag in seiner Liste</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; uses &apos;%3&apos;, which Ferry does not support (no L, W, # or ?): use *, numbers, ranges (1-5), steps (*/15) and lists (1,3,5)</source>
        <translation>das %1-Feld „%2“ verwendet „%3“, was Ferry nicht unterstützt (kein L, W, # oder ?): verwenden Sie *, Zahlen, Bereiche (1-5), Schritte (*/15) und Listen (1,3,5)</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has a step &apos;%3&apos; that is not a number</source>
        <translation>das %1-Feld „%2“ hat einen Schritt „%3“, der keine Zahl ist</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has a step of 0: steps start at 1</source>
        <translation>das %1-Feld „%2“ hat einen Schritt von 0: Schritte beginnen bei 1</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has a step without a range: write */%3</source>
        <translation>das %1-Feld „%2“ hat einen Schritt ohne Bereich: schreiben Sie */%3</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has a range that ends before it starts: write the smaller value first</source>
        <translation>das %1-Feld „%2“ hat einen Bereich, der vor seinem Anfang endet: schreiben Sie den kleineren Wert zuerst</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; is out of range (%3-%4)</source>
        <translation>das %1-Feld „%2“ liegt außerhalb des Bereichs (%3-%4)</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; is not a number or a month name (JAN-DEC)</source>
        <translation>das %1-Feld „%2“ ist weder eine Zahl noch ein Monatsname (JAN-DEC)</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; is not a number or a weekday name (SUN-SAT)</source>
        <translation>das %1-Feld „%2“ ist weder eine Zahl noch ein Wochentagsname (SUN-SAT)</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; is not a number</source>
        <translation>das %1-Feld „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the cron expression is empty: use 5 fields (minute hour day-of-month month day-of-week), e.g. &apos;*/15 * * * *&apos;</source>
        <translation>der Cron-Ausdruck ist leer: verwenden Sie 5 Felder (Minute Stunde Tag-des-Monats Monat Wochentag), z. B. „*/15 * * * *“</translation>
    </message>
    <message>
        <source>&apos;@reboot&apos; is not supported: use the option to run at start (run_on_start) instead</source>
        <translation>„@reboot“ wird nicht unterstützt: verwenden Sie stattdessen die Option zum Ausführen beim Start (run_on_start)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known shortcut: use @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually</source>
        <translation>„%1“ ist kein bekanntes Kürzel: verwenden Sie @hourly, @daily, @midnight, @weekly, @monthly, @yearly oder @annually</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is not a cron expression: it has %n field(s); use 5 (minute hour day-of-month month day-of-week) or 6 with leading seconds</source>
        <translation>
            <numerusform>„%1“ ist kein Cron-Ausdruck: er hat %n Feld; verwenden Sie 5 (Minute Stunde Tag-des-Monats Monat Wochentag) oder 6 mit vorangestellten Sekunden</numerusform>
            <numerusform>„%1“ ist kein Cron-Ausdruck: er hat %n Felder; verwenden Sie 5 (Minute Stunde Tag-des-Monats Monat Wochentag) oder 6 mit vorangestellten Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; never fires: none of the months it names has the day of the month it names</source>
        <translation>„%1“ löst nie aus: keiner der genannten Monate hat den genannten Tag des Monats</translation>
    </message>
</context>
<context>
    <name>Ferry::CsvReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>das Lesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: line %2: the quote that opens field %3 is never closed, so the rest of the file would be inside it: close the quote, and double the quotes inside a quoted field (&quot;&quot;)</source>
        <translation>%1: Zeile %2: das Anführungszeichen, das Feld %3 öffnet, wird nie geschlossen, also stünde der Rest der Datei darin: schließen Sie es, und verdoppeln Sie die Anführungszeichen innerhalb eines Feldes in Anführungszeichen (&quot;&quot;)</translation>
    </message>
    <message>
        <source>field %1 has text after its closing quote: double the quotes inside a quoted field (&quot;&quot;)</source>
        <translation>Feld %1 hat Text nach seinem schließenden Anführungszeichen: verdoppeln Sie die Anführungszeichen innerhalb eines Feldes in Anführungszeichen (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>Ferry::CsvSource</name>
    <message>
        <source>CSV %1</source>
        <translation>CSV %1</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: use %2</source>
        <translation>unbekannte Kodierung „%1“: verwenden Sie %2</translation>
    </message>
    <message>
        <source>%1: line %2: column %3 of the header has no name: name every column in the first line, or set header: false if the file has no header line</source>
        <translation>%1: Zeile %2: Spalte %3 der Kopfzeile hat keinen Namen: benennen Sie jede Spalte in der ersten Zeile, oder setzen Sie header: false, wenn die Datei keine Kopfzeile hat</translation>
    </message>
    <message>
        <source>%1: line %2: the header names &apos;%3&apos; twice (columns %4 and %5): every column needs a name of its own</source>
        <translation>%1: Zeile %2: die Kopfzeile nennt „%3“ zweimal (Spalten %4 und %5): jede Spalte braucht einen eigenen Namen</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line, so its columns are unknown</source>
        <translation>%1 ist leer: die Datei hat keine Kopfzeile, daher sind ihre Spalten unbekannt</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line, so its columns are unknown (an export with no rows still has its header line)</source>
        <translation>%1 ist leer: die Datei hat keine Kopfzeile, daher sind ihre Spalten unbekannt (ein Export ohne Zeilen hat trotzdem seine Kopfzeile)</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; has a type, but %2 has no such column (its columns: %3)</source>
        <translation>die Spalte „%1“ hat einen Typ, aber %2 hat keine solche Spalte (ihre Spalten: %3)</translation>
    </message>
    <message>
        <source>the columns of %1 (%2) differ from those of %3 (%4): every file the pattern matches must have the same columns</source>
        <translation>die Spalten von %1 (%2) unterscheiden sich von denen von %3 (%4): jede Datei, auf die das Muster passt, muss dieselben Spalten haben</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the file has %1 column(s): check the delimiter (&apos;%2&apos;) and the quoting of this line</source>
        <translation>
            <numerusform>%n Feld, wo die Datei %1 Spalte(n) hat: prüfen Sie das Trennzeichen („%2“) und die Anführungszeichen dieser Zeile</numerusform>
            <numerusform>%n Felder, wo die Datei %1 Spalte(n) hat: prüfen Sie das Trennzeichen („%2“) und die Anführungszeichen dieser Zeile</numerusform>
        </translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>cancelled while reading the source</source>
        <translation>beim Lesen der Quelle abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>%n Zeile in %1 ms gelesen</numerusform>
            <numerusform>%n Zeilen in %1 ms gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::EventQueue</name>
    <message>
        <source>too many messages at once: the rest of them until now are not shown</source>
        <translation>zu viele Meldungen auf einmal: die weiteren bis jetzt werden nicht angezeigt</translation>
    </message>
    <message>
        <source>Connecting to the source and the target</source>
        <translation>Verbindung zu Quelle und Ziel</translation>
    </message>
    <message>
        <source>Reading the source</source>
        <translation>Quelle wird gelesen</translation>
    </message>
    <message>
        <source>Reading what the target holds</source>
        <translation>Inhalt des Ziels wird gelesen</translation>
    </message>
    <message>
        <source>Planning %1 source rows</source>
        <translation>%1 Quellzeilen werden geplant</translation>
    </message>
    <message>
        <source>Planned %1 changes</source>
        <translation>%1 Änderungen geplant</translation>
    </message>
    <message>
        <source>Checking that the target did not change since the plan</source>
        <translation>Prüfung, ob sich das Ziel seit dem Plan geändert hat</translation>
    </message>
    <message>
        <source>Applying %1 changes</source>
        <translation>%1 Änderungen werden angewendet</translation>
    </message>
    <message>
        <source>Batch %1 confirmed: %2 changes in %3 s (so far: %4 inserted, %5 updated, %6 deleted)</source>
        <translation>Stapel %1 bestätigt: %2 Änderungen in %3 s (bisher: %4 eingefügt, %5 aktualisiert, %6 gelöscht)</translation>
    </message>
</context>
<context>
    <name>Ferry::Executor</name>
    <message>
        <source>cancelled between batches</source>
        <translation>zwischen zwei Stapeln abgebrochen</translation>
    </message>
    <message>
        <source>stopped between batches: another process took over this job&apos;s lease, judging this run gone</source>
        <translation>zwischen zwei Stapeln angehalten: ein anderer Prozess hat die Sperre dieses Auftrags übernommen, weil er diesen Lauf für beendet hielt</translation>
    </message>
</context>
<context>
    <name>Ferry::ExtensionHost</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>it was killed or crashed</source>
        <translation>er wurde beendet oder ist abgestürzt</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>er endete mit Code %1</translation>
    </message>
    <message>
        <source>its output ended</source>
        <translation>seine Ausgabe brach ab</translation>
    </message>
    <message>
        <source>; it ran out of memory (the cap is %1 MB: hooks.memory_mb)</source>
        <translation>; ihm ging der Speicher aus (die Grenze ist %1 MB: hooks.memory_mb)</translation>
    </message>
    <message>
        <source>%1 needs Node.js, which is not installed (&apos;node&apos; is not on PATH): install it (sudo apt-get install nodejs) or set FERRY_NODE to the node program</source>
        <translation>%1 braucht Node.js, das nicht installiert ist (&apos;node&apos; ist nicht im PATH): installieren Sie es (sudo apt-get install nodejs) oder setzen Sie FERRY_NODE auf das node-Programm</translation>
    </message>
    <message>
        <source>%1 needs Node.js, but FERRY_NODE names &apos;%2&apos;, which is not a program: install Node.js (sudo apt-get install nodejs) or correct FERRY_NODE</source>
        <translation>%1 braucht Node.js, aber FERRY_NODE nennt &apos;%2&apos;, das kein Programm ist: installieren Sie Node.js (sudo apt-get install nodejs) oder korrigieren Sie FERRY_NODE</translation>
    </message>
    <message>
        <source>the extension host script is missing from Ferry</source>
        <translation>das Skript des Erweiterungs-Hosts fehlt in Ferry</translation>
    </message>
    <message>
        <source>%1 needs Node.js, but %2 could not be started (%3): install Node.js (sudo apt-get install nodejs) or set FERRY_NODE to the node program</source>
        <translation>%1 braucht Node.js, aber %2 ließ sich nicht starten (%3): installieren Sie Node.js (sudo apt-get install nodejs) oder setzen Sie FERRY_NODE auf das node-Programm</translation>
    </message>
    <message>
        <source>the extension host&apos;s start</source>
        <translation>der Start des Erweiterungs-Hosts</translation>
    </message>
    <message>
        <source>the extension host (%1) did not start properly: it said &apos;%2&apos;</source>
        <translation>der Erweiterungs-Host (%1) ist nicht richtig gestartet: er meldete &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the extension host stopped during %1 (%2); it is restarted for the next call</source>
        <translation>der Erweiterungs-Host hat während %1 angehalten (%2); er wird für den nächsten Aufruf neu gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) (an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet (eine Endlosschleife oder ein nie aufgerufener Callback?); der Erweiterungs-Host wurde angehalten und wird für den nächsten Aufruf neu gestartet</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet (eine Endlosschleife oder ein nie aufgerufener Callback?); der Erweiterungs-Host wurde angehalten und wird für den nächsten Aufruf neu gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) (%2; an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet (%2; eine Endlosschleife oder ein nie aufgerufener Callback?); der Erweiterungs-Host wurde angehalten und wird für den nächsten Aufruf neu gestartet</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet (%2; eine Endlosschleife oder ein nie aufgerufener Callback?); der Erweiterungs-Host wurde angehalten und wird für den nächsten Aufruf neu gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… (%n more byte(s))</source>
        <translation>
            <numerusform>… (%n weiteres Byte)</numerusform>
            <numerusform>… (%n weitere Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the extension host&apos;s answer is not JSON (%1)</source>
        <translation>die Antwort des Erweiterungs-Hosts ist kein JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::FerryFormat</name>
    <message>
        <source>&apos;%1&apos; holds a plaintext secret: replace it with {secret: env:NAME} or {secret: file:PATH} so the value stays out of the file</source>
        <translation>„%1“ enthält ein Geheimnis im Klartext: ersetzen Sie es durch {secret: env:NAME} oder {secret: file:PFAD}, damit der Wert nicht in der Datei steht</translation>
    </message>
    <message>
        <source>&apos;source&apos; must be a map with type, driver and query</source>
        <translation>„source“ muss eine Zuordnungstabelle mit type, driver und query sein</translation>
    </message>
    <message>
        <source>&apos;sync&apos; must be a map (mode, key, timestamp_column, …)</source>
        <translation>„sync“ muss eine Zuordnungstabelle sein (mode, key, timestamp_column, …)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use append, update or replace</source>
        <translation>unbekannter Modus „%1“: verwenden Sie append, update oder replace</translation>
    </message>
    <message>
        <source>&apos;delete_safeguard&apos; must be a map with max_rows and/or max_share</source>
        <translation>„delete_safeguard“ muss eine Zuordnungstabelle mit max_rows und/oder max_share sein</translation>
    </message>
    <message>
        <source>&apos;mapping&apos; must be a list of {from: column, to: field}</source>
        <translation>„mapping“ muss eine Liste von {from: spalte, to: feld} sein</translation>
    </message>
    <message>
        <source>each mapping entry must be a map: {from: column, to: field}</source>
        <translation>jeder Eintrag von mapping muss eine Zuordnungstabelle sein: {from: spalte, to: feld}</translation>
    </message>
    <message>
        <source>&apos;retry&apos; must be a map with attempts, initial_delay_ms and max_delay_ms</source>
        <translation>„retry“ muss eine Zuordnungstabelle mit attempts, initial_delay_ms und max_delay_ms sein</translation>
    </message>
    <message>
        <source>&apos;ferry&apos; (the format version) is missing</source>
        <translation>„ferry“ (die Formatversion) fehlt</translation>
    </message>
    <message>
        <source>this job uses format version %1, written by a newer Ferry; this Ferry reads up to version %2: update Ferry</source>
        <translation>dieser Auftrag verwendet die Formatversion %1, geschrieben von einem neueren Ferry; dieses Ferry liest bis Version %2: aktualisieren Sie Ferry</translation>
    </message>
    <message>
        <source>&apos;source&apos; is missing: say where the rows come from</source>
        <translation>„source“ fehlt: geben Sie an, woher die Zeilen kommen</translation>
    </message>
    <message>
        <source>&apos;target&apos; is missing: say where the rows go</source>
        <translation>„target“ fehlt: geben Sie an, wohin die Zeilen gehen</translation>
    </message>
    <message>
        <source>the job holds a plaintext %1; job files keep references only: store it as an environment variable or a file and refer to it with {secret: env:NAME}</source>
        <translation>der Auftrag enthält ein %1 im Klartext; Auftragsdateien enthalten nur Verweise: legen Sie es in einer Umgebungsvariablen oder einer Datei ab und verweisen Sie darauf mit {secret: env:NAME}</translation>
    </message>
    <message>
        <source>the database URL holds a password; job files keep references only: remove it from the URL and set source.password to {secret: env:NAME}, {secret: file:PATH} or a keychain entry</source>
        <translation>die Datenbank-URL enthält ein Passwort; Auftragsdateien enthalten nur Verweise: entfernen Sie es aus der URL und setzen Sie source.password auf {secret: env:NAME}, {secret: file:PFAD} oder einen Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>&apos;schedule&apos; must be a map with cron, run_on_start and/or time_zone</source>
        <translation>„schedule“ muss eine Zuordnung mit cron, run_on_start und/oder time_zone sein</translation>
    </message>
    <message>
        <source>&apos;target&apos; must be a map with a type (fliplet, sqlite, sql, rest or webhook)</source>
        <translation>„target“ muss eine Zuordnungstabelle mit einem type sein (fliplet, sqlite, sql, rest oder webhook)</translation>
    </message>
    <message>
        <source>the job holds a plaintext target database password; job files keep references only: store it as an environment variable or a file and refer to it with {secret: env:NAME}</source>
        <translation>der Auftrag enthält ein Passwort der Zieldatenbank im Klartext; Auftragsdateien enthalten nur Verweise: legen Sie es in einer Umgebungsvariablen oder einer Datei ab und verweisen Sie darauf mit {secret: env:NAME}</translation>
    </message>
    <message>
        <source>the target database URL holds a password; job files keep references only: remove it from the URL and set target.password to {secret: env:NAME}, {secret: file:PATH} or a keychain entry</source>
        <translation>die URL der Zieldatenbank enthält ein Passwort; Auftragsdateien enthalten nur Verweise: entfernen Sie es aus der URL und setzen Sie target.password auf {secret: env:NAME}, {secret: file:PFAD} oder einen Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>&apos;signing_secret&apos; must be {secret: env:NAME} or {secret: file:PATH}, never the secret itself</source>
        <translation>„signing_secret“ muss {secret: env:NAME} oder {secret: file:PFAD} sein, niemals das Geheimnis selbst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be {secret: env:NAME}, {secret: file:PATH} or {secret: keychain:NAME}</source>
        <translation>„%1“ muss {secret: env:NAME}, {secret: file:PFAD} oder {secret: keychain:NAME} sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map of names to values, e.g. {Accept: application/json}</source>
        <translation>„%1“ muss eine Zuordnungstabelle von Namen zu Werten sein, z. B. {Accept: application/json}</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; in &apos;%2&apos; must be text</source>
        <translation>der Wert von „%1“ in „%2“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;auth&apos; must be a map with a type: none, bearer, basic, api_key or oauth2</source>
        <translation>„auth“ muss eine Zuordnungstabelle mit einem type sein: none, bearer, basic, api_key oder oauth2</translation>
    </message>
    <message>
        <source>unknown auth type &apos;%1&apos;: use none, bearer, basic, api_key or oauth2</source>
        <translation>unbekannter Authentifizierungstyp „%1“: verwenden Sie none, bearer, basic, api_key oder oauth2</translation>
    </message>
    <message>
        <source>unknown place &apos;%1&apos; for the API key: use header or query</source>
        <translation>unbekannter Ort „%1“ für den API-Schlüssel: verwenden Sie header oder query</translation>
    </message>
    <message>
        <source>unknown OAuth2 grant &apos;%1&apos;: use client_credentials or refresh_token</source>
        <translation>unbekannter OAuth2-Grant „%1“: verwenden Sie client_credentials oder refresh_token</translation>
    </message>
    <message>
        <source>unknown client_auth &apos;%1&apos;: use basic or body</source>
        <translation>unbekanntes client_auth „%1“: verwenden Sie basic oder body</translation>
    </message>
    <message>
        <source>&apos;transport&apos; must be a map (ca_file, proxy, timeout_ms, rate_limit)</source>
        <translation>„transport“ muss eine Zuordnungstabelle sein (ca_file, proxy, timeout_ms, rate_limit)</translation>
    </message>
    <message>
        <source>the job holds a plaintext %1; job files keep references only: store it as an environment variable, a file or a keychain entry and refer to it with {secret: env:NAME}</source>
        <translation>der Auftrag enthält ein %1 im Klartext; Auftragsdateien enthalten nur Verweise: legen Sie es in einer Umgebungsvariablen, einer Datei oder einem Schlüsselbund-Eintrag ab und verweisen Sie darauf mit {secret: env:NAME}</translation>
    </message>
    <message>
        <source>&apos;pagination&apos; must be a map with a style: next_link, page, offset or cursor</source>
        <translation>„pagination“ muss eine Zuordnungstabelle mit einem style sein: next_link, page, offset oder cursor</translation>
    </message>
    <message>
        <source>unknown pagination style &apos;%1&apos;: use next_link, page, offset, cursor or none</source>
        <translation>unbekannter Paginierungsstil „%1“: verwenden Sie next_link, page, offset, cursor oder none</translation>
    </message>
    <message>
        <source>unknown source type &apos;%1&apos;: use sql, csv, json, http, fliplet or module</source>
        <translation>unbekannter Quelltyp „%1“: verwenden Sie sql, csv, json, http, fliplet oder module</translation>
    </message>
    <message>
        <source>unknown target type &apos;%1&apos;: use fliplet, sqlite, sql, rest, webhook or module</source>
        <translation>unbekannter Zieltyp „%1“: verwenden Sie fliplet, sqlite, sql, rest, webhook oder module</translation>
    </message>
</context>
<context>
    <name>Ferry::FileColumnsEdit</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Directory (local files)</source>
        <translation>Verzeichnis (lokale Dateien)</translation>
    </message>
    <message>
        <source>Add a file column</source>
        <translation>Eine Dateispalte hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected file columns</source>
        <translation>Die ausgewählten Dateispalten entfernen</translation>
    </message>
    <message>
        <source>Headers sent to the file&apos;s host</source>
        <translation>An den Host der Datei gesendete Header</translation>
    </message>
    <message>
        <source>Headers sent to the selected remote column&apos;s host (never the Fliplet token):</source>
        <translation>An den Host der ausgewählten entfernten Spalte gesendete Header (niemals das Fliplet-Token):</translation>
    </message>
    <message>
        <source>Type of the file column</source>
        <translation>Typ der Dateispalte</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation>Entfernte URL</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Also sent, from secrets the job file names: %1.</source>
        <translation>Ebenfalls gesendet, aus Geheimnissen, die die Auftragsdatei nennt: %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::FileSource</name>
    <message numerus="yes">
        <source>%n file(s) matching %1</source>
        <translation>
            <numerusform>%n Datei, die auf %1 passt</numerusform>
            <numerusform>%n Dateien, die auf %1 passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 row(s) of %3 column(s)</source>
        <translation>
            <numerusform>%1: %2 Zeile mit %3 Spalte(n)</numerusform>
            <numerusform>%1: %2 Zeilen mit %3 Spalte(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>read in this order: %1</source>
        <translation>in dieser Reihenfolge gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; a run reports each as a row error and writes the others:</source>
        <translation>
            <numerusform>%n Zeile kann nicht gelesen werden; ein Lauf meldet sie als Zeilenfehler und schreibt die anderen:</numerusform>
            <numerusform>%n Zeilen können nicht gelesen werden; ein Lauf meldet jede als Zeilenfehler und schreibt die anderen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed while it was read (its columns are now %2): run the job again</source>
        <translation>%1 hat sich beim Lesen geändert (seine Spalten sind jetzt %2): führen Sie den Auftrag erneut aus</translation>
    </message>
</context>
<context>
    <name>Ferry::FileSourceChecks</name>
    <message>
        <source>the CSV file is missing: give its path (relative paths start from the job file&apos;s folder; exports/*.csv reads every matching file)</source>
        <translation>die CSV-Datei fehlt: geben Sie ihren Pfad an (relative Pfade beginnen im Ordner der Auftragsdatei; exports/*.csv liest jede passende Datei)</translation>
    </message>
    <message>
        <source>the JSON file is missing: give its path (relative paths start from the job file&apos;s folder)</source>
        <translation>die JSON-Datei fehlt: geben Sie ihren Pfad an (relative Pfade beginnen im Ordner der Auftragsdatei)</translation>
    </message>
    <message>
        <source>the %1 must be one ASCII character (&apos;,&apos; &apos;;&apos; &apos;|&apos; or a tab, &quot;\t&quot;), not &apos;%2&apos;</source>
        <translation>das %1 muss ein einzelnes ASCII-Zeichen sein (&apos;,&apos; &apos;;&apos; &apos;|&apos; oder ein Tabulator, &quot;\t&quot;), nicht „%2“</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>the quote character must differ from the delimiter</source>
        <translation>das Anführungszeichen muss sich vom Trennzeichen unterscheiden</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: use %2</source>
        <translation>unbekannte Kodierung „%1“: verwenden Sie %2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use json (one array of records) or ndjson (one record a line)</source>
        <translation>unbekanntes Format „%1“: verwenden Sie json (ein Array von Datensätzen) oder ndjson (ein Datensatz pro Zeile)</translation>
    </message>
    <message>
        <source>records applies to json files only; ndjson has one record a line, so it is ignored</source>
        <translation>records gilt nur für json-Dateien; ndjson hat einen Datensatz pro Zeile, daher wird es ignoriert</translation>
    </message>
    <message>
        <source>a column type is given without a column name</source>
        <translation>ein Spaltentyp ist ohne Spaltennamen angegeben</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is typed twice: keep one</source>
        <translation>die Spalte „%1“ hat zwei Typen: behalten Sie einen</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; for column &apos;%2&apos;: use %3</source>
        <translation>unbekannter Typ „%1“ für die Spalte „%2“: verwenden Sie %3</translation>
    </message>
</context>
<context>
    <name>Ferry::FileSourceFormat</name>
    <message>
        <source>&apos;columns&apos; must be a map of column names to types: {id: integer, price: decimal, born: date, active: boolean}</source>
        <translation>„columns“ muss eine Zuordnungstabelle von Spaltennamen zu Typen sein: {id: integer, price: decimal, born: date, active: boolean}</translation>
    </message>
    <message>
        <source>a column&apos;s type must be one word: text, integer, decimal, number, boolean, date, datetime or json</source>
        <translation>der Typ einer Spalte muss ein einzelnes Wort sein: text, integer, decimal, number, boolean, date, datetime oder json</translation>
    </message>
</context>
<context>
    <name>Ferry::FileSourcePaths</name>
    <message>
        <source>no file is given: set the source&apos;s path</source>
        <translation>keine Datei angegeben: setzen Sie den Pfad der Quelle</translation>
    </message>
    <message>
        <source>the file %1 does not exist: check the path (relative paths start from the job file&apos;s folder, %2)</source>
        <translation>die Datei %1 existiert nicht: prüfen Sie den Pfad (relative Pfade beginnen im Ordner der Auftragsdatei, %2)</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it, or all of them with a pattern (%1/*.csv)</source>
        <translation>%1 ist ein Ordner: nennen Sie eine Datei darin, oder alle mit einem Muster (%1/*.csv)</translation>
    </message>
    <message>
        <source>the file %1 cannot be read: check its permissions</source>
        <translation>die Datei %1 kann nicht gelesen werden: prüfen Sie ihre Rechte</translation>
    </message>
    <message>
        <source>the folder %1 does not exist: check the path</source>
        <translation>der Ordner %1 existiert nicht: prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>no file in %1 matches %2: check the pattern, or that the export ran</source>
        <translation>keine Datei in %1 passt auf %2: prüfen Sie das Muster, oder ob der Export gelaufen ist</translation>
    </message>
</context>
<context>
    <name>Ferry::FileValueConverter</name>
    <message>
        <source>%1 is too large for a whole number (use decimal)</source>
        <translation>%1 ist zu groß für eine ganze Zahl (verwenden Sie decimal)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a decimal number (write it with a point: 10.50)</source>
        <translation>%1 ist keine Dezimalzahl (schreiben Sie sie mit Punkt: 10.50)</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a boolean (use true/false, yes/no or 1/0)</source>
        <translation>%1 ist kein Wahrheitswert (verwenden Sie true/false, yes/no oder 1/0)</translation>
    </message>
    <message>
        <source>%1 has a time of day: declare the column datetime, or give the date alone (2024-02-01)</source>
        <translation>%1 enthält eine Uhrzeit: deklarieren Sie die Spalte als datetime, oder geben Sie nur das Datum an (2024-02-01)</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2024-02-01)</source>
        <translation>%1 ist kein Datum (schreiben Sie es als 2024-02-01)</translation>
    </message>
    <message>
        <source>%1 is not a date-time (write it as 2024-02-01T09:00:00, with Z or an offset when it has a zone)</source>
        <translation>%1 ist kein Datum mit Uhrzeit (schreiben Sie es als 2024-02-01T09:00:00, mit Z oder einem Versatz, wenn es eine Zeitzone hat)</translation>
    </message>
    <message>
        <source>%1 is not JSON</source>
        <translation>%1 ist kein JSON</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletAgentFormat</name>
    <message>
        <source>database_native_odbc is ignored: Ferry always reaches SQL Server through ODBC (FreeTDS), nothing else to install</source>
        <translation>database_native_odbc wird ignoriert: Ferry erreicht SQL Server immer über ODBC (FreeTDS), sonst muss nichts installiert werden</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use update (keep remote rows missing from the query) or replace (delete them)</source>
        <translation>unbekannter Modus „%1“: verwenden Sie update (entfernte Zeilen, die in der Abfrage fehlen, behalten) oder replace (sie löschen)</translation>
    </message>
    <message>
        <source>&apos;encrypt&apos; is not supported yet, and Ferry will not send these fields unencrypted: remove the key to push the data in clear, or keep using Fliplet Agent for this job</source>
        <translation>„encrypt“ wird noch nicht unterstützt, und Ferry sendet diese Felder nicht unverschlüsselt: entfernen Sie den Schlüssel, um die Daten im Klartext zu übertragen, oder verwenden Sie für diesen Auftrag weiter Fliplet Agent</translation>
    </message>
    <message>
        <source>&apos;concurrency&apos; is ignored: it limits per-row file work in Fliplet Agent; Ferry commits rows in batches</source>
        <translation>„concurrency“ wird ignoriert: es begrenzt in Fliplet Agent die Dateiarbeit pro Zeile; Ferry überträgt Zeilen in Stapeln</translation>
    </message>
    <message>
        <source> (not a Fliplet Agent key)</source>
        <translation> (kein Schlüssel von Fliplet Agent)</translation>
    </message>
    <message>
        <source>unknown operation type &apos;%1&apos;: use push or pull</source>
        <translation>unbekannter Vorgangstyp „%1“: verwenden Sie push oder pull</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletAnswers</name>
    <message>
        <source>the data source answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort der Datenquelle ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the data source answer is not a JSON object</source>
        <translation>die Antwort der Datenquelle ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the data source answer has text after its end</source>
        <translation>die Antwort der Datenquelle hat Text nach ihrem Ende</translation>
    </message>
    <message>
        <source>entry %1 of the data source is not an object</source>
        <translation>Eintrag %1 der Datenquelle ist kein Objekt</translation>
    </message>
    <message>
        <source>the data source answer is nested more than %1 levels deep</source>
        <translation>die Antwort der Datenquelle ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>entry %1 of the data source has a &apos;data&apos; that is not an object; the server breaks the API contract, so nothing was written</source>
        <translation>Eintrag %1 der Datenquelle hat ein „data“, das kein Objekt ist; der Server verletzt den API-Vertrag, daher wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>entry %1 of the data source has no numeric id</source>
        <translation>Eintrag %1 der Datenquelle hat keine numerische ID</translation>
    </message>
    <message>
        <source>the data source answer ends before its end (%1 bytes arrived)</source>
        <translation>die Antwort der Datenquelle endet vor ihrem Ende (%1 Bytes angekommen)</translation>
    </message>
    <message>
        <source>the data source answer is empty</source>
        <translation>die Antwort der Datenquelle ist leer</translation>
    </message>
    <message>
        <source>the data source answer is not valid JSON</source>
        <translation>die Antwort der Datenquelle ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the data source answer has no &apos;entries&apos; list</source>
        <translation>die Antwort der Datenquelle hat keine Liste „entries“</translation>
    </message>
    <message>
        <source>the data source answer lists entry id %1 twice; the server breaks the API contract, so nothing was written</source>
        <translation>die Antwort der Datenquelle führt die Eintrags-ID %1 zweimal auf; der Server verletzt den API-Vertrag, daher wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletDataSource</name>
    <message numerus="yes">
        <source>committing %n change(s)</source>
        <translation>
            <numerusform>Commit von %n Änderung</numerusform>
            <numerusform>Commit von %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>cancelled while a commit of %n change(s) was in flight, which did not end in time; the server may have applied it and, without a key, Ferry cannot tell: check the data source before running the job again</source>
        <translation>
            <numerusform>abgebrochen, während ein Commit von %n Änderung lief, der nicht rechtzeitig endete; der Server hat ihn vielleicht angewendet, und ohne Schlüssel kann Ferry das nicht feststellen: prüfen Sie die Datenquelle, bevor Sie den Auftrag erneut ausführen</numerusform>
            <numerusform>abgebrochen, während ein Commit von %n Änderungen lief, der nicht rechtzeitig endete; der Server hat ihn vielleicht angewendet, und ohne Schlüssel kann Ferry das nicht feststellen: prüfen Sie die Datenquelle, bevor Sie den Auftrag erneut ausführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled while a commit of %n change(s) was in flight; the server may have applied it, and the next run finds out and reconciles</source>
        <translation>
            <numerusform>abgebrochen, während ein Commit von %n Änderung lief; der Server hat ihn vielleicht angewendet, der nächste Lauf stellt es fest und gleicht ab</numerusform>
            <numerusform>abgebrochen, während ein Commit von %n Änderungen lief; der Server hat ihn vielleicht angewendet, der nächste Lauf stellt es fest und gleicht ab</numerusform>
        </translation>
    </message>
    <message>
        <source>the server accepted the commit but its answer (the data source) is nested more than %1 levels deep, which Ferry does not read; the changes may or may not be applied</source>
        <translation>der Server hat den Commit angenommen, aber seine Antwort (die Datenquelle) ist tiefer als %1 Ebenen verschachtelt, was Ferry nicht liest; die Änderungen sind vielleicht angewendet, vielleicht nicht</translation>
    </message>
    <message>
        <source>the server accepted the commit but its answer has no &apos;entries&apos; list; the changes may or may not be applied, and the next run will reconcile them</source>
        <translation>der Server hat den Commit angenommen, aber seine Antwort hat keine Liste „entries“; die Änderungen sind vielleicht angewendet, vielleicht nicht, und der nächste Lauf gleicht sie ab</translation>
    </message>
    <message numerus="yes">
        <source>the server applied a commit of %n change(s) although its answer was lost; it is not sent again</source>
        <translation>
            <numerusform>der Server hat einen Commit von %n Änderung angewendet, obwohl seine Antwort verloren ging; er wird nicht erneut gesendet</numerusform>
            <numerusform>der Server hat einen Commit von %n Änderungen angewendet, obwohl seine Antwort verloren ging; er wird nicht erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>the server applied only part of a commit whose answer was lost; run the job again to reconcile the rest</source>
        <translation>der Server hat nur einen Teil eines Commits angewendet, dessen Antwort verloren ging; führen Sie den Auftrag erneut aus, um den Rest abzugleichen</translation>
    </message>
    <message>
        <source>the data source ID must be a whole number above 0, not &apos;%1&apos;</source>
        <translation>die ID der Datenquelle muss eine ganze Zahl größer als 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the Fliplet API refused the token while %1: HTTP 401%2; create a new API token in Fliplet Studio and update the job</source>
        <translation>die Fliplet-API hat beim %1 das Token abgelehnt: HTTP 401%2; erstellen Sie in Fliplet Studio ein neues API-Token und aktualisieren Sie den Auftrag</translation>
    </message>
    <message>
        <source>the token has no access to data source %1 while %2: HTTP 403%3; grant it in Fliplet Studio (App data, the data source, User permissions: crudq)</source>
        <translation>das Token hat beim %2 keinen Zugriff auf die Datenquelle %1: HTTP 403%3; gewähren Sie ihn in Fliplet Studio (App data, die Datenquelle, User permissions: crudq)</translation>
    </message>
    <message>
        <source>the server refused a request as too large while %1: HTTP 413%2; this request has no body, so a proxy or the server limits its headers or address: check the proxy (HTTPS_PROXY) and target.api_url</source>
        <translation>der Server hat beim %1 eine Anfrage als zu groß abgelehnt: HTTP 413%2; diese Anfrage hat keinen Inhalt, also begrenzt ein Proxy oder der Server ihre Header oder Adresse: prüfen Sie den Proxy (HTTPS_PROXY) und target.api_url</translation>
    </message>
    <message>
        <source>data source %1 was not found while %2: HTTP 404%3; check datasource_id and the region of the token</source>
        <translation>die Datenquelle %1 wurde beim %2 nicht gefunden: HTTP 404%3; prüfen Sie datasource_id und die Region des Tokens</translation>
    </message>
    <message>
        <source>the server refused a request as too large while %1: HTTP 413%2; lower target.batch_bytes in the job (now %3 bytes per commit)</source>
        <translation>der Server hat beim %1 eine Anfrage als zu groß abgelehnt: HTTP 413%2; verringern Sie target.batch_bytes im Auftrag (derzeit %3 Bytes pro Commit)</translation>
    </message>
    <message>
        <source>the server kept failing while %1: HTTP %2%3 after every retry; try again later</source>
        <translation>der Server ist beim %1 immer wieder gescheitert: HTTP %2%3 nach allen Wiederholungen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the server refused %1: HTTP %2%3</source>
        <translation>der Server lehnte beim %1 ab: HTTP %2%3</translation>
    </message>
    <message>
        <source>cannot reach the Fliplet API at %1 (%2): check the address and your network</source>
        <translation>die Fliplet-API unter %1 ist nicht erreichbar (%2): prüfen Sie die Adresse und Ihr Netzwerk</translation>
    </message>
    <message>
        <source>the Fliplet auth_token is empty</source>
        <translation>das Fliplet-auth_token ist leer</translation>
    </message>
    <message>
        <source>checking the token</source>
        <translation>Prüfen des Tokens</translation>
    </message>
    <message>
        <source>the answer to GET v1/user has no &apos;user&apos;: is %1 a Fliplet API server?</source>
        <translation>die Antwort auf GET v1/user hat kein „user“: ist %1 ein Fliplet-API-Server?</translation>
    </message>
    <message>
        <source>no data source is chosen: set datasource_id</source>
        <translation>keine Datenquelle gewählt: setzen Sie datasource_id</translation>
    </message>
    <message>
        <source>reading the data source&apos;s settings</source>
        <translation>Lesen der Einstellungen der Datenquelle</translation>
    </message>
    <message>
        <source>the answer to GET v1/data-sources/%1 has no &apos;dataSource&apos;: is %2 a Fliplet API server?</source>
        <translation>die Antwort auf GET v1/data-sources/%1 hat keine „dataSource“: ist %2 ein Fliplet-API-Server?</translation>
    </message>
    <message>
        <source>listing the data sources</source>
        <translation>Auflisten der Datenquellen</translation>
    </message>
    <message>
        <source>the answer to GET v1/data-sources has no &apos;dataSources&apos; list: is %1 a Fliplet API server?</source>
        <translation>die Antwort auf GET v1/data-sources hat keine Liste „dataSources“: ist %1 ein Fliplet-API-Server?</translation>
    </message>
    <message>
        <source>Fliplet API at %1</source>
        <translation>Fliplet-API unter %1</translation>
    </message>
    <message>
        <source>%1 as %2: data source %3</source>
        <translation>%1 als %2: Datenquelle %3</translation>
    </message>
    <message>
        <source>reading the data source</source>
        <translation>Lesen der Datenquelle</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message numerus="yes">
        <source>the data source holds %n entries</source>
        <translation>
            <numerusform>die Datenquelle enthält %n Eintrag</numerusform>
            <numerusform>die Datenquelle enthält %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer to a commit was lost and, without a key, Ferry cannot tell whether its rows were added; check the data source before running the job again</source>
        <translation>die Antwort auf einen Commit ging verloren, und ohne Schlüssel kann Ferry nicht feststellen, ob seine Zeilen hinzugefügt wurden; prüfen Sie die Datenquelle, bevor Sie den Auftrag erneut ausführen</translation>
    </message>
    <message>
        <source>the answer to a commit was lost; checking the data source before retrying</source>
        <translation>die Antwort auf einen Commit ging verloren; die Datenquelle wird vor einer Wiederholung geprüft</translation>
    </message>
    <message>
        <source>the answer to a commit was lost and checking the data source failed too (%1); check it before running the job again</source>
        <translation>die Antwort auf einen Commit ging verloren, und auch die Prüfung der Datenquelle schlug fehl (%1); prüfen Sie sie, bevor Sie den Auftrag erneut ausführen</translation>
    </message>
    <message>
        <source>Fliplet data source %1 at %2</source>
        <translation>Fliplet-Datenquelle %1 unter %2</translation>
    </message>
    <message>
        <source>the API address %1 is not https://: Ferry sends the token only over https:// (or to this machine, for tests); use an https:// address in %2 or FERRY_FLIPLET_API_URL</source>
        <translation>die API-Adresse %1 ist nicht https://: Ferry sendet das Token nur über https:// (oder an diesen Computer, für Tests); verwenden Sie eine https://-Adresse in %2 oder FERRY_FLIPLET_API_URL</translation>
    </message>
    <message>
        <source>the API at %1 has no such address while %2: HTTP 404%3; is it a Fliplet API server? Check %4 (or FERRY_FLIPLET_API_URL)</source>
        <translation>die API unter %1 hat diese Adresse nicht beim %2: HTTP 404%3; ist es ein Fliplet-API-Server? Prüfen Sie %4 (oder FERRY_FLIPLET_API_URL)</translation>
    </message>
    <message>
        <source>the ids of the new entries are not known (%1): postSubmit gets no id for them</source>
        <translation>die IDs der neuen Einträge sind nicht bekannt (%1): postSubmit erhält für sie keine ID</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletEntryRows</name>
    <message>
        <source>the query answer breaks the API contract: entry %1 %2</source>
        <translation>die Antwort auf die Abfrage verletzt den API-Vertrag: Eintrag %1 %2</translation>
    </message>
    <message>
        <source>the query answer&apos;s &apos;entries&apos; is not a list</source>
        <translation>„entries“ in der Antwort auf die Abfrage ist keine Liste</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>has an id that is not a whole number</source>
        <translation>hat eine ID, die keine ganze Zahl ist</translation>
    </message>
    <message>
        <source>has data that is not an object</source>
        <translation>hat Daten, die kein Objekt sind</translation>
    </message>
    <message>
        <source>has a data field &apos;%1&apos;, the name Ferry gives the entry&apos;s own id or timestamps: rename the field in Fliplet, or leave it out with source.attributes</source>
        <translation>hat ein Datenfeld „%1“, den Namen, den Ferry der eigenen ID oder den Zeitstempeln des Eintrags gibt: benennen Sie das Feld in Fliplet um, oder lassen Sie es mit source.attributes weg</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>hat keine ID</translation>
    </message>
    <message>
        <source>(id %1) has no data object</source>
        <translation>(ID %1) hat kein data-Objekt</translation>
    </message>
    <message>
        <source>repeats the id %1 of an earlier entry</source>
        <translation>wiederholt die ID %1 eines früheren Eintrags</translation>
    </message>
    <message>
        <source>the query answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort auf die Abfrage ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the query answer has no &apos;entries&apos; list</source>
        <translation>die Antwort auf die Abfrage hat keine Liste „entries“</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletFilesFormat</name>
    <message>
        <source>&apos;files&apos; must be a list of file columns, as in [{column: Photo, type: local, directory: photos}]</source>
        <translation>„files“ muss eine Liste von Dateispalten sein, wie in [{column: Photo, type: local, directory: photos}]</translation>
    </message>
    <message>
        <source>each entry of &apos;files&apos; must be a map with a column and a type (local or remote)</source>
        <translation>jeder Eintrag von „files“ muss eine Zuordnungstabelle mit column und type (local oder remote) sein</translation>
    </message>
    <message>
        <source>file type &apos;sharepoint&apos; is not supported: Ferry does not sign in to SharePoint with a user name and password. Use type: remote with the file&apos;s URL and headers that authorise the download (for example Authorization: Bearer &lt;token&gt;)</source>
        <translation>der Dateityp „sharepoint“ wird nicht unterstützt: Ferry meldet sich nicht mit Benutzername und Passwort bei SharePoint an. Verwenden Sie type: remote mit der URL der Datei und Headern, die den Download autorisieren (zum Beispiel Authorization: Bearer &lt;token&gt;)</translation>
    </message>
    <message>
        <source>unknown file type &apos;%1&apos;: use local (a path on this machine) or remote (an http:// or https:// URL)</source>
        <translation>unbekannter Dateityp „%1“: verwenden Sie local (ein Pfad auf diesem Computer) oder remote (eine http://- oder https://-URL)</translation>
    </message>
    <message>
        <source>&apos;headers&apos; must be a map of header names to values, as in {Authorization: Bearer 123}</source>
        <translation>„headers“ muss eine Zuordnungstabelle von Header-Namen zu Werten sein, wie in {Authorization: Bearer 123}</translation>
    </message>
    <message>
        <source>username, password and fileType belong to SharePoint files, which Ferry does not support; they are ignored</source>
        <translation>username, password und fileType gehören zu SharePoint-Dateien, die Ferry nicht unterstützt; sie werden ignoriert</translation>
    </message>
    <message>
        <source>the file column has no name: set column to the field that holds the file&apos;s path or URL</source>
        <translation>die Dateispalte hat keinen Namen: setzen Sie column auf das Feld, das den Pfad oder die URL der Datei enthält</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is listed twice in files: keep one entry</source>
        <translation>die Spalte „%1“ steht zweimal in files: behalten Sie einen Eintrag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is where Ferry writes a media file&apos;s id: name the column that holds the path or URL</source>
        <translation>in „%1“ schreibt Ferry die ID einer Mediendatei: nennen Sie die Spalte, die den Pfad oder die URL enthält</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the key column: a file column&apos;s value is replaced by the file&apos;s URL, so it cannot be the key</source>
        <translation>„%1“ ist die Schlüsselspalte: der Wert einer Dateispalte wird durch die URL der Datei ersetzt, daher kann sie nicht der Schlüssel sein</translation>
    </message>
    <message>
        <source>directory applies to local files only: remove it, or use type: local</source>
        <translation>directory gilt nur für lokale Dateien: entfernen Sie es, oder verwenden Sie type: local</translation>
    </message>
    <message>
        <source>headers apply to remote files only: remove them, or use type: remote</source>
        <translation>headers gilt nur für entfernte Dateien: entfernen Sie es, oder verwenden Sie type: remote</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name</source>
        <translation>„%1“ ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>the value of header &apos;%1&apos; holds a line break</source>
        <translation>der Wert des Headers „%1“ enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>Auth-token is the Fliplet token&apos;s header: Ferry never sends it to a file&apos;s host; remove it</source>
        <translation>Auth-token ist der Header des Fliplet-Tokens: Ferry sendet ihn nie an den Host einer Datei; entfernen Sie ihn</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; must have a text value, or a secret: {secret: env:NAME}</source>
        <translation>der Header &apos;%1&apos; braucht einen Textwert oder ein Geheimnis: {secret: env:NAME}</translation>
    </message>
    <message>
        <source>the secret of header &apos;%1&apos; is empty: give {secret: env:NAME}, {secret: file:PATH} or {secret: keychain:NAME}</source>
        <translation>das Geheimnis des Headers &apos;%1&apos; ist leer: geben Sie {secret: env:NAME}, {secret: file:PATH} oder {secret: keychain:NAME} an</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletMedia</name>
    <message>
        <source>the answer to %1 is not what the Fliplet media API sends (%2): is %3 a Fliplet API server? Check target.api_url (or FERRY_FLIPLET_API_URL)</source>
        <translation>die Antwort auf %1 entspricht nicht dem, was die Medien-API von Fliplet sendet (%2): ist %3 ein Fliplet-API-Server? Prüfen Sie target.api_url (oder FERRY_FLIPLET_API_URL)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>listing the organizations (for media files)</source>
        <translation>Auflisten der Organisationen (für Mediendateien)</translation>
    </message>
    <message>
        <source>no &apos;organizations&apos; list</source>
        <translation>keine Liste „organizations“</translation>
    </message>
    <message>
        <source>the Fliplet token belongs to no organization, so it cannot upload media files: use a token of a user of the app&apos;s organization</source>
        <translation>das Fliplet-Token gehört zu keiner Organisation, daher kann es keine Mediendateien hochladen: verwenden Sie das Token eines Benutzers aus der Organisation der App</translation>
    </message>
    <message>
        <source>the organization has no id</source>
        <translation>die Organisation hat keine ID</translation>
    </message>
    <message>
        <source>listing the media folders</source>
        <translation>Auflisten der Medienordner</translation>
    </message>
    <message>
        <source>no &apos;folders&apos; list</source>
        <translation>keine Liste „folders“</translation>
    </message>
    <message>
        <source>listing the media folder &apos;%1&apos;</source>
        <translation>Auflisten des Medienordners „%1“</translation>
    </message>
    <message>
        <source>no &apos;files&apos; list</source>
        <translation>keine Liste „files“</translation>
    </message>
    <message numerus="yes">
        <source>media folder &apos;%1&apos; holds %n file(s) with a checksum</source>
        <translation>
            <numerusform>der Medienordner „%1“ enthält %n Datei mit Prüfsumme</numerusform>
            <numerusform>der Medienordner „%1“ enthält %n Dateien mit Prüfsumme</numerusform>
        </translation>
    </message>
    <message>
        <source>no media folder &apos;%1&apos; yet: the first upload creates it</source>
        <translation>noch kein Medienordner „%1“: das erste Hochladen legt ihn an</translation>
    </message>
    <message>
        <source>creating the media folder &apos;%1&apos;</source>
        <translation>Anlegen des Medienordners „%1“</translation>
    </message>
    <message>
        <source>no folder id</source>
        <translation>keine Ordner-ID</translation>
    </message>
    <message>
        <source>created the media folder &apos;%1&apos;</source>
        <translation>Medienordner „%1“ angelegt</translation>
    </message>
    <message>
        <source>uploading &apos;%1&apos; to Fliplet media</source>
        <translation>Hochladen von „%1“ in die Fliplet-Medien</translation>
    </message>
    <message>
        <source>no file with an id and a url</source>
        <translation>keine Datei mit ID und URL</translation>
    </message>
    <message>
        <source>uploaded &apos;%1&apos; to Fliplet media (file %2)</source>
        <translation>„%1“ in die Fliplet-Medien hochgeladen (Datei %2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: the server did it although its answer was lost; it is not sent again</source>
        <translation>%1: der Server hat es ausgeführt, obwohl seine Antwort verloren ging; es wird nicht erneut gesendet</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletSource</name>
    <message>
        <source>Fliplet data source %1 at %2</source>
        <translation>Fliplet-Datenquelle %1 unter %2</translation>
    </message>
    <message>
        <source>the Fliplet auth_token is empty</source>
        <translation>das Fliplet-auth_token ist leer</translation>
    </message>
    <message>
        <source>the Fliplet API refused the query: HTTP 400 (%1); check source.where and source.attributes</source>
        <translation>die Fliplet-API hat die Abfrage abgelehnt: HTTP 400 (%1); prüfen Sie source.where und source.attributes</translation>
    </message>
    <message>
        <source>querying the data source&apos;s entries</source>
        <translation>Abfragen der Einträge der Datenquelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 as %2: data source %3, %n entries to read</source>
        <translation>
            <numerusform>%1 als %2: Datenquelle %3, %n Eintrag zu lesen</numerusform>
            <numerusform>%1 als %2: Datenquelle %3, %n Einträge zu lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the query returned %n entries</source>
        <translation>
            <numerusform>die Abfrage hat %n Eintrag geliefert</numerusform>
            <numerusform>die Abfrage hat %n Einträge geliefert</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletSourceFormat</name>
    <message>
        <source>&apos;where&apos; must be a map of data fields to values or operators, e.g. {Status: active} or {Age: {$gt: 18}}</source>
        <translation>„where“ muss eine Zuordnungstabelle von Datenfeldern zu Werten oder Operatoren sein, z. B. {Status: active} oder {Age: {$gt: 18}}</translation>
    </message>
    <message>
        <source>keys must be plain names</source>
        <translation>Schlüssel müssen einfache Namen sein</translation>
    </message>
    <message>
        <source>the data source ID is missing: find it in Fliplet Studio (App data, the data source&apos;s settings)</source>
        <translation>die ID der Datenquelle fehlt: Sie finden sie in Fliplet Studio (App data, die Einstellungen der Datenquelle)</translation>
    </message>
    <message>
        <source>the data source ID must be a whole number above 0, not &apos;%1&apos;</source>
        <translation>die ID der Datenquelle muss eine ganze Zahl größer als 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the Fliplet API token is missing: create one in Fliplet Studio and give it access to the data source</source>
        <translation>das Fliplet-API-Token fehlt: erstellen Sie eines in Fliplet Studio und geben Sie ihm Zugriff auf die Datenquelle</translation>
    </message>
    <message>
        <source>the API URL &apos;%1&apos; is not an http:// or https:// address</source>
        <translation>die API-URL „%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>the API URL &apos;%1&apos; is plain http://: Ferry sends the token only over https:// (or to this machine, for tests); use an https:// address</source>
        <translation>die API-URL „%1“ ist einfaches http://: Ferry sendet das Token nur über https:// (oder an diesen Computer, für Tests); verwenden Sie eine https://-Adresse</translation>
    </message>
    <message>
        <source>an attribute has no name: list the data fields to read</source>
        <translation>ein Attribut hat keinen Namen: führen Sie die zu lesenden Datenfelder auf</translation>
    </message>
    <message>
        <source>unknown operator(s) %1 in where: use %2</source>
        <translation>unbekannte(r) Operator(en) %1 in where: verwenden Sie %2</translation>
    </message>
    <message>
        <source>&apos;database_driver&apos; is missing: a pull file names the database the entries are written to (sqlite, with database_host the file)</source>
        <translation>„database_driver“ fehlt: eine Pull-Datei nennt die Datenbank, in die die Einträge geschrieben werden (sqlite, mit database_host als Datei)</translation>
    </message>
    <message>
        <source>pulling into &apos;%1&apos; is not supported yet: Ferry writes pulled entries to SQLite files (database_driver: sqlite, database_host: the file)</source>
        <translation>Pull nach „%1“ wird noch nicht unterstützt: Ferry schreibt abgerufene Einträge in SQLite-Dateien (database_driver: sqlite, database_host: die Datei)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use update (keep local rows whose entry is gone) or replace (delete them)</source>
        <translation>unbekannter Modus „%1“: verwenden Sie update (lokale Zeilen behalten, deren Eintrag verschwunden ist) oder replace (sie löschen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to push operations and is ignored in a pull</source>
        <translation>„%1“ gilt für Push-Vorgänge und wird bei einem Pull ignoriert</translation>
    </message>
    <message>
        <source> (not a key of a Fliplet Agent pull file)</source>
        <translation> (kein Schlüssel einer Pull-Datei von Fliplet Agent)</translation>
    </message>
</context>
<context>
    <name>Ferry::HistoryView</name>
    <message>
        <source>Rows changed per run</source>
        <translation>Geänderte Zeilen pro Lauf</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Changes confirmed</source>
        <translation>Bestätigte Änderungen</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Batches of the selected run</source>
        <translation>Stapel des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Select a job to see its runs.</source>
        <translation>Wählen Sie einen Auftrag, um seine Läufe zu sehen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has not run yet: Preview or Run Now to sync it.</source>
        <translation>„%1“ ist noch nicht gelaufen: Vorschau oder Jetzt ausführen, um ihn zu synchronisieren.</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>Nr. %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Rows changed by the last %n run(s)</source>
        <translation>
            <numerusform>Vom letzten Lauf geänderte Zeilen</numerusform>
            <numerusform>Von den letzten %n Läufen geänderte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Its batches are no longer kept (history retention).</source>
        <translation>Seine Stapel werden nicht mehr aufbewahrt (Aufbewahrungsdauer des Verlaufs).</translation>
    </message>
    <message>
        <source>Rows the selected run could not write</source>
        <translation>Zeilen, die der ausgewählte Lauf nicht schreiben konnte</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>Fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation>Stapel (%1)</translation>
    </message>
    <message>
        <source>Failed rows (%1)</source>
        <translation>Fehlgeschlagene Zeilen (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::HookProbe</name>
    <message>
        <source>%1 cannot be tested on sample rows: pick preSavePage, preMap or postMap</source>
        <translation>%1 kann nicht an Beispielzeilen getestet werden: wählen Sie preSavePage, preMap oder postMap</translation>
    </message>
    <message>
        <source>no hook file: choose the JavaScript file that exports %1</source>
        <translation>keine Hook-Datei: wählen Sie die JavaScript-Datei, die %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Ferry::HookSampleModel</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Ferry::Hooks</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>rows %1-%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>the hook file %1 does not exist: correct hooks.file (relative to the job file&apos;s folder)</source>
        <translation>die Hook-Datei %1 existiert nicht: korrigieren Sie hooks.file (relativ zum Ordner der Auftragsdatei)</translation>
    </message>
    <message>
        <source>it must return {data: [records], errors, abort}, not %1</source>
        <translation>er muss {data: [Datensätze], errors, abort} zurückgeben, nicht %1</translation>
    </message>
    <message>
        <source>preSavePage, page %1: %2</source>
        <translation>preSavePage, Seite %1: %2</translation>
    </message>
    <message>
        <source>preSavePage stopped the run on page %1: %2; nothing was written</source>
        <translation>preSavePage hat den Lauf auf Seite %1 gestoppt: %2; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>er nannte keinen Grund</translation>
    </message>
    <message>
        <source>data[%1] is not a record (an object)</source>
        <translation>data[%1] ist kein Datensatz (kein Objekt)</translation>
    </message>
    <message>
        <source>%1 failed on page %2 (%3): %4</source>
        <translation>%1 ist auf Seite %2 fehlgeschlagen (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>it returned %1 for %n record(s); it must return an array with one {data, errors} per record, in order</source>
        <translation>
            <numerusform>er gab %1 für %n Datensatz zurück; er muss ein Array mit einem {data, errors} je Datensatz zurückgeben, in Reihenfolge</numerusform>
            <numerusform>er gab %1 für %n Datensätze zurück; er muss ein Array mit einem {data, errors} je Datensatz zurückgeben, in Reihenfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>no array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>%1: its result for this record is not {data, errors}</source>
        <translation>%1: sein Ergebnis für diesen Datensatz ist nicht {data, errors}</translation>
    </message>
    <message>
        <source>%1: the data it returned for this record is not an object</source>
        <translation>%1: die für diesen Datensatz zurückgegebenen Daten sind kein Objekt</translation>
    </message>
    <message>
        <source>postSubmit failed on page %1: %2</source>
        <translation>postSubmit ist auf Seite %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>it must return the responseData array it was given (one entry per change)</source>
        <translation>er muss das erhaltene responseData-Array zurückgeben (ein Eintrag je Änderung)</translation>
    </message>
    <message>
        <source>postAggregate failed: %1</source>
        <translation>postAggregate ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&apos;hooks&apos; must be a map with file and calls, e.g. {file: hooks.js, calls: [preMap]}</source>
        <translation>&apos;hooks&apos; muss eine Zuordnung mit file und calls sein, z. B. {file: hooks.js, calls: [preMap]}</translation>
    </message>
    <message>
        <source>&apos;settings&apos; must be a map (it is passed to every hook as options.settings)</source>
        <translation>&apos;settings&apos; muss eine Zuordnung sein (sie wird jedem Hook als options.settings übergeben)</translation>
    </message>
    <message>
        <source>the hooks have no file: name the JavaScript module that exports them (relative to the job file&apos;s folder)</source>
        <translation>die Hooks haben keine Datei: nennen Sie das JavaScript-Modul, das sie exportiert (relativ zum Ordner der Auftragsdatei)</translation>
    </message>
    <message>
        <source>the hook file %1 does not exist: correct the path (relative to the job file&apos;s folder)</source>
        <translation>die Hook-Datei %1 existiert nicht: korrigieren Sie den Pfad (relativ zum Ordner der Auftragsdatei)</translation>
    </message>
    <message>
        <source>%1 is not a file: name the JavaScript module</source>
        <translation>%1 ist keine Datei: nennen Sie das JavaScript-Modul</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions</source>
        <translation>%1 kann nicht gelesen werden: prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <source>%1 is an ES module (.mjs), which Ferry cannot require(): write it as a CommonJS module (exports.preMap = …) in a .js file</source>
        <translation>%1 ist ein ES-Modul (.mjs), das Ferry nicht mit require() laden kann: schreiben Sie es als CommonJS-Modul (exports.preMap = …) in eine .js-Datei</translation>
    </message>
    <message>
        <source>no hook is called: list the ones to call, e.g. calls: [preMap]</source>
        <translation>kein Hook wird aufgerufen: listen Sie die aufzurufenden auf, z. B. calls: [preMap]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hook Ferry calls: use %2</source>
        <translation>&apos;%1&apos; ist kein Hook, den Ferry aufruft: verwenden Sie %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice; it is called once</source>
        <translation>&apos;%1&apos; steht zweimal in der Liste; er wird einmal aufgerufen</translation>
    </message>
    <message>
        <source>the time limit of one hook call must be from 1 to %1 seconds</source>
        <translation>das Zeitlimit eines Hook-Aufrufs muss zwischen 1 und %1 Sekunden liegen</translation>
    </message>
    <message>
        <source>the records per hook call must be from 1 to %1</source>
        <translation>die Datensätze je Hook-Aufruf müssen zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the extension host&apos;s memory cap must be from %1 to %2 MB</source>
        <translation>die Speichergrenze des Erweiterungs-Hosts muss zwischen %1 und %2 MB liegen</translation>
    </message>
    <message>
        <source>unknown hook &apos;%1&apos;: hook test runs preSavePage, preMap or postMap (postSubmit and postAggregate need a run that writes)</source>
        <translation>unbekannter Hook „%1“: der Hook-Test führt preSavePage, preMap oder postMap aus (postSubmit und postAggregate brauchen einen Lauf, der schreibt)</translation>
    </message>
    <message>
        <source>the job has no hooks: set hooks.file to the JavaScript file whose %1 to test</source>
        <translation>der Auftrag hat keine Hooks: setzen Sie hooks.file auf die JavaScript-Datei, deren %1 getestet werden soll</translation>
    </message>
    <message>
        <source>its answer is not valid JSON (%1 at byte %2)</source>
        <translation>seine Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>%1: add %2 to the hook file, or take it out of hooks.calls</source>
        <translation>%1: fügen Sie %2 der Hook-Datei hinzu, oder nehmen Sie ihn aus hooks.calls heraus</translation>
    </message>
    <message>
        <source>the hook file %1 cannot be loaded: %2</source>
        <translation>die Hook-Datei %1 kann nicht geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out or crashed on %n page(s) in a row, so the run stopped instead of waiting on every page; nothing was written. The last: %2</source>
        <translation>
            <numerusform>%1 hat auf %n Seite in Folge das Zeitlimit überschritten oder ist abgestürzt, daher wurde der Lauf angehalten, statt auf jeder Seite zu warten; nichts wurde geschrieben. Zuletzt: %2</numerusform>
            <numerusform>%1 hat auf %n Seiten in Folge das Zeitlimit überschritten oder ist abgestürzt, daher wurde der Lauf angehalten, statt auf jeder Seite zu warten; nichts wurde geschrieben. Zuletzt: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Http</name>
    <message>
        <source>the server redirected to %1, another site; Ferry sends credentials to the configured host only: if that address is right, set it in the job</source>
        <translation>der Server hat auf %1 umgeleitet, eine andere Website; Ferry sendet Zugangsdaten nur an den eingestellten Host: Wenn diese Adresse richtig ist, tragen Sie sie im Auftrag ein</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (retry.request_timeout_ms)</source>
        <translation>keine vollständige Antwort innerhalb von %1 s (retry.request_timeout_ms)</translation>
    </message>
    <message numerus="yes">
        <source>no answer after %n attempt(s): %1; check the address and your network</source>
        <translation>
            <numerusform>keine Antwort nach %n Versuch: %1; prüfen Sie die Adresse und Ihr Netzwerk</numerusform>
            <numerusform>keine Antwort nach %n Versuchen: %1; prüfen Sie die Adresse und Ihr Netzwerk</numerusform>
        </translation>
    </message>
    <message>
        <source>the value of the HTTP header %1 holds a line break or another control character (a secret copied with its newline?); fix the value</source>
        <translation>der Wert des HTTP-Headers %1 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen (ein Geheimnis mit seinem Zeilenende kopiert?); korrigieren Sie den Wert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (%1); if the server uses a private certificate authority, give its certificate in transport.ca_file</source>
        <translation>dem TLS-Zertifikat des Servers wird nicht vertraut (%1); wenn der Server eine private Zertifizierungsstelle verwendet, geben Sie deren Zertifikat in transport.ca_file an</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, more than Ferry reads</source>
        <translation>die Antwort ist größer als %1 MiB, mehr als Ferry liest</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not https: Ferry does not leave an encrypted connection for a plain one; use the file&apos;s https address</source>
        <translation>der Server leitete nach %1 um, das kein https ist: Ferry verlässt keine verschlüsselte Verbindung für eine unverschlüsselte; verwenden Sie die https-Adresse der Datei</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not a web address</source>
        <translation>der Server leitete nach %1 um, das keine Webadresse ist</translation>
    </message>
    <message>
        <source>more than %1 redirects, the last to %2: the address loops</source>
        <translation>mehr als %1 Umleitungen, die letzte nach %2: die Adresse dreht sich im Kreis</translation>
    </message>
</context>
<context>
    <name>Ferry::HttpAuth</name>
    <message>
        <source>%1 is missing or empty: set %2</source>
        <translation>%1 fehlt oder ist leer: setzen Sie %2</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>das API-Token</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>der API-Schlüssel</translation>
    </message>
    <message>
        <source>the OAuth2 client secret</source>
        <translation>das OAuth2-Client-Geheimnis</translation>
    </message>
    <message>
        <source>the OAuth2 refresh token</source>
        <translation>das OAuth2-Refresh-Token</translation>
    </message>
    <message>
        <source>the token endpoint &apos;%1&apos; is not an address</source>
        <translation>der Token-Endpunkt „%1“ ist keine Adresse</translation>
    </message>
    <message>
        <source>the server sent Ferry to %1, another site than %2; Ferry sends the job&apos;s credentials to %2 only: if that address is right, make it the job&apos;s address</source>
        <translation>der Server hat Ferry zu %1 geschickt, einer anderen Website als %2; Ferry sendet die Zugangsdaten des Auftrags nur an %2: wenn diese Adresse richtig ist, machen Sie sie zur Adresse des Auftrags</translation>
    </message>
    <message>
        <source>the server refused the access token (HTTP 401): getting a new one from %1</source>
        <translation>der Server hat das Zugriffstoken abgelehnt (HTTP 401): ein neues wird von %1 geholt</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint %1 could not be reached: %2</source>
        <translation>der OAuth2-Token-Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint answered without an access_token (HTTP %1): check %2</source>
        <translation>der OAuth2-Token-Endpunkt hat ohne access_token geantwortet (HTTP %1): prüfen Sie %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint issued a token of type &apos;%1&apos;; Ferry uses bearer tokens</source>
        <translation>der OAuth2-Token-Endpunkt hat ein Token vom Typ „%1“ ausgestellt; Ferry verwendet Bearer-Token</translation>
    </message>
    <message>
        <source>the server replaced the OAuth2 refresh token and the old one may no longer work, but the new one could not be saved: %1</source>
        <translation>der Server hat das OAuth2-Refresh-Token ersetzt, und das alte funktioniert vielleicht nicht mehr, aber das neue konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the server replaced the OAuth2 refresh token; the new one is saved in %1</source>
        <translation>der Server hat das OAuth2-Refresh-Token ersetzt; das neue ist in %1 gespeichert</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the client (%1): check %2 and %3</source>
        <translation>der OAuth2-Token-Endpunkt hat den Client abgelehnt (%1): prüfen Sie %2 und %3</translation>
    </message>
    <message>
        <source>the OAuth2 refresh token was refused (%1): it expired or was revoked; authorize Ferry again and store the new refresh token in %2</source>
        <translation>das OAuth2-Refresh-Token wurde abgelehnt (%1): es ist abgelaufen oder wurde widerrufen; autorisieren Sie Ferry erneut und speichern Sie das neue Refresh-Token in %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the grant (%1): check %2</source>
        <translation>der OAuth2-Token-Endpunkt hat den Grant abgelehnt (%1): prüfen Sie %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the scope (%1): check %2</source>
        <translation>der OAuth2-Token-Endpunkt hat den Scope abgelehnt (%1): prüfen Sie %2</translation>
    </message>
    <message>
        <source>the OAuth2 client may not use the %1 grant (%2): check %3 and the client&apos;s settings at the provider</source>
        <translation>der OAuth2-Client darf den Grant %1 nicht verwenden (%2): prüfen Sie %3 und die Einstellungen des Clients beim Anbieter</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint failed (%1): check %2</source>
        <translation>der OAuth2-Token-Endpunkt ist fehlgeschlagen (%1): prüfen Sie %2</translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403) and the job sends no credentials: set %1</source>
        <translation>der Server hat den Zugriff verweigert (HTTP 403), und der Auftrag sendet keine Zugangsdaten: setzen Sie %1</translation>
    </message>
    <message>
        <source>the server asks for credentials (HTTP 401) and the job sends none: set %1 (bearer, basic, api_key or oauth2)</source>
        <translation>der Server verlangt Zugangsdaten (HTTP 401), und der Auftrag sendet keine: setzen Sie %1 (bearer, basic, api_key oder oauth2)</translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403): the credentials in %1 work but may not read this; check their permissions or scope</source>
        <translation>der Server hat den Zugriff verweigert (HTTP 403): die Zugangsdaten in %1 funktionieren, dürfen dies aber nicht lesen; prüfen Sie ihre Rechte oder ihren Scope</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401) even after a new token: check %1</source>
        <translation>der Server hat die Zugangsdaten abgelehnt (HTTP 401), auch nach einem neuen Token: prüfen Sie %1</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401): check %1</source>
        <translation>der Server hat die Zugangsdaten abgelehnt (HTTP 401): prüfen Sie %1</translation>
    </message>
</context>
<context>
    <name>Ferry::HttpJsonSource</name>
    <message>
        <source>HTTP API %1</source>
        <translation>HTTP-API %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>page %1 could not be read: %2</source>
        <translation>Seite %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>page %1: the API answered 404 Not Found: check the address in source.url</source>
        <translation>Seite %1: die API hat mit 404 Not Found geantwortet: prüfen Sie die Adresse in source.url</translation>
    </message>
    <message>
        <source>page %1: the API answered HTTP %2%3</source>
        <translation>Seite %1: die API hat mit HTTP %2%3 geantwortet</translation>
    </message>
    <message>
        <source>page %1 is not valid JSON: %2 at byte %3 (line %4, column %5); nothing was written</source>
        <translation>Seite %1 ist kein gültiges JSON: %2 bei Byte %3 (Zeile %4, Spalte %5); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>page %1: %2 is %3, not the array of records: set source.records to the JSON pointer of the array</source>
        <translation>Seite %1: %2 ist %3, nicht das Array der Datensätze: setzen Sie source.records auf den JSON-Pointer des Arrays</translation>
    </message>
    <message>
        <source>page %1 has nothing at %2 (its top-level keys: %3): set source.records to the JSON pointer of the records array</source>
        <translation>Seite %1 hat nichts unter %2 (ihre Schlüssel der obersten Ebene: %3): setzen Sie source.records auf den JSON-Pointer des Arrays der Datensätze</translation>
    </message>
    <message>
        <source>page %1: record %2 is %3, not an object; Ferry reads records as JSON objects</source>
        <translation>Seite %1: Datensatz %2 ist %3, kein Objekt; Ferry liest Datensätze als JSON-Objekte</translation>
    </message>
    <message>
        <source>the API still had more pages after %1; raise source.pagination.max_pages if that is expected</source>
        <translation>die API hatte nach %1 noch weitere Seiten; erhöhen Sie source.pagination.max_pages, wenn das zu erwarten ist</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n record(s)</source>
        <translation>
            <numerusform>Seite %1: %n Datensatz</numerusform>
            <numerusform>Seite %1: %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1: the next link at %2 is %3, not a URL</source>
        <translation>Seite %1: der Link zur nächsten Seite unter %2 ist %3, keine URL</translation>
    </message>
    <message>
        <source>page %1: the cursor at %2 is %3, not a token</source>
        <translation>Seite %1: der Cursor unter %2 ist %3, kein Token</translation>
    </message>
    <message>
        <source>page %1 points to a page already read (%2): the API&apos;s pagination loops; check source.pagination</source>
        <translation>Seite %1 verweist auf eine bereits gelesene Seite (%2): die Paginierung der API läuft im Kreis; prüfen Sie source.pagination</translation>
    </message>
    <message>
        <source>HTTP API at %1</source>
        <translation>HTTP-API unter %1</translation>
    </message>
    <message numerus="yes">
        <source>Reached %1: the first page has %n record(s)</source>
        <translation>
            <numerusform>%1 erreicht: die erste Seite hat %n Datensatz</numerusform>
            <numerusform>%1 erreicht: die erste Seite hat %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 credentials</source>
        <translation>Zugangsdaten (%1)</translation>
    </message>
    <message>
        <source>the first page has no records, so no columns are known yet</source>
        <translation>die erste Seite hat keine Datensätze, daher sind noch keine Spalten bekannt</translation>
    </message>
    <message>
        <source>pages are followed by %1; a run reads them all</source>
        <translation>die Seiten werden per %1 verfolgt; ein Lauf liest sie alle</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ferry::HttpTransport</name>
    <message>
        <source>the CA bundle %1 does not exist: give the path of a PEM file with the certificate of the server&apos;s certificate authority</source>
        <translation>das CA-Bündel %1 existiert nicht: geben Sie den Pfad einer PEM-Datei mit dem Zertifikat der Zertifizierungsstelle des Servers an</translation>
    </message>
    <message>
        <source>the CA bundle %1 cannot be read: %2</source>
        <translation>das CA-Bündel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA bundle %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>das CA-Bündel %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>Ferry::ImportDialog</name>
    <message>
        <source>Import jobs</source>
        <translation>Aufträge importieren</translation>
    </message>
    <message>
        <source>Ferry reads each file and shows what it becomes. Nothing is saved until you choose Import.</source>
        <translation>Ferry liest jede Datei und zeigt, was daraus wird. Nichts wird gespeichert, bevor Sie Importieren wählen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>What the selected file becomes</source>
        <translation>Was aus der ausgewählten Datei wird</translation>
    </message>
    <message>
        <source>Secrets in these files</source>
        <translation>Geheimnisse in diesen Dateien</translation>
    </message>
    <message>
        <source>These files hold a plaintext API token or database password. Ferry keeps secrets out of job files; keep them in:</source>
        <translation>Diese Dateien enthalten ein API-Token oder Datenbankpasswort im Klartext. Ferry hält Geheimnisse aus Auftragsdateien heraus; bewahren Sie sie auf in:</translation>
    </message>
    <message>
        <source>The &amp;keychain of this desktop (recommended)</source>
        <translation>Dem &amp;Schlüsselbund dieses Desktops (empfohlen)</translation>
    </message>
    <message>
        <source>A &amp;private file in my configuration folder (readable only by me)</source>
        <translation>Einer &amp;privaten Datei in meinem Konfigurationsordner (nur für mich lesbar)</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <source>&amp;Replace jobs that have the same id (otherwise they are imported as new jobs)</source>
        <translation>Aufträge mit derselben ID &amp;ersetzen (sonst werden sie als neue Aufträge importiert)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The keychain (%1) is ready.</source>
        <translation>Der Schlüsselbund (%1) ist bereit.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Fliplet Agent</source>
        <translation>Fliplet Agent</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Replaces the job of the same id</source>
        <translation>Ersetzt den Auftrag mit derselben ID</translation>
    </message>
    <message>
        <source>New job (its id is taken)</source>
        <translation>Neuer Auftrag (seine ID ist vergeben)</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This file cannot be imported:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diese Datei kann nicht importiert werden:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; becomes a job that syncs &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; wird ein Auftrag, der &lt;b&gt;%2&lt;/b&gt; synchronisiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Query: &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Abfrage: &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Key: %1; mode: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;Schlüssel: %1; Modus: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>none (every row is appended)</source>
        <translation>keiner (jede Zeile wird angehängt)</translation>
    </message>
    <message>
        <source>&lt;li&gt;Updates when &lt;code&gt;%1&lt;/code&gt; is newer&lt;/li&gt;</source>
        <translation>&lt;li&gt;Aktualisiert, wenn &lt;code&gt;%1&lt;/code&gt; neuer ist&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Deletes rows marked in &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Löscht Zeilen, die in &lt;code&gt;%1&lt;/code&gt; markiert sind&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Schedule: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Zeitplan: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Its plaintext secrets move to the place chosen below; the job refers to them.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Seine Geheimnisse im Klartext kommen an den unten gewählten Ort; der Auftrag verweist darauf.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything in the file carries over.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alles in der Datei wird übernommen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What does not carry over:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was nicht übernommen wird:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n job(s). Not imported:</source>
        <translation>
            <numerusform>%n Auftrag importiert. Nicht importiert:</numerusform>
            <numerusform>%n Aufträge importiert. Nicht importiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobDescription</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>Fliplet data source %1</source>
        <translation>Fliplet-Datenquelle %1</translation>
    </message>
    <message>
        <source>SQLite %1, table %2</source>
        <translation>SQLite %1, Tabelle %2</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>%1 (never fires)</source>
        <translation>%1 (löst nie aus)</translation>
    </message>
    <message>
        <source>%1 (next: %2)</source>
        <translation>%1 (nächster: %2)</translation>
    </message>
    <message>
        <source>%1 (unknown time zone %2)</source>
        <translation>%1 (unbekannte Zeitzone %2)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <source>%1, table %2</source>
        <translation>%1, Tabelle %2</translation>
    </message>
    <message>
        <source>REST API %1%2</source>
        <translation>REST-API %1%2</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>HTTP API %1</source>
        <translation>HTTP-API %1</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditor</name>
    <message>
        <source>New Job</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>This job is running now: what you save here applies from its next run.</source>
        <translation>Dieser Auftrag läuft gerade: Was Sie hier speichern, gilt ab seinem nächsten Lauf.</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Auftrag</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save yet: %1: %2</source>
        <translation>Speichern noch nicht möglich: %1: %2</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Speichern noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>Save the job to its file</source>
        <translation>Den Auftrag in seiner Datei speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving, marked in the list and beside each field.</source>
        <translation>
            <numerusform>%n Problem ist vor dem Speichern zu beheben, markiert in der Liste und neben dem Feld.</numerusform>
            <numerusform>%n Probleme sind vor dem Speichern zu beheben, markiert in der Liste und neben jedem Feld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to save, with %n warning(s) beside their fields.</source>
        <translation>
            <numerusform>Bereit zum Speichern, mit %n Warnung neben ihrem Feld.</numerusform>
            <numerusform>Bereit zum Speichern, mit %n Warnungen neben ihren Feldern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>Storing the secrets…</source>
        <translation>Geheimnisse werden abgelegt …</translation>
    </message>
    <message>
        <source>Sign-in not finished</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The sign-in in the browser has not finished: closing the editor cancels it, and the job gets no refresh token.</source>
        <translation>Die Anmeldung im Browser ist nicht abgeschlossen: Das Schließen des Editors bricht sie ab, und der Auftrag erhält kein Refresh-Token.</translation>
    </message>
    <message>
        <source>Cancel the sign-in and close</source>
        <translation>Anmeldung abbrechen und schließen</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorExtensionsPage</name>
    <message>
        <source>Each page of source records, as read: change, add or drop records.</source>
        <translation>Jede Seite von Quelldatensätzen, wie gelesen: Datensätze ändern, hinzufügen oder verwerfen.</translation>
    </message>
    <message>
        <source>Each record before the mapping: clean values, drop a record or fail it.</source>
        <translation>Jeder Datensatz vor der Zuordnung: Werte bereinigen, einen Datensatz verwerfen oder als fehlgeschlagen markieren.</translation>
    </message>
    <message>
        <source>Each record after the mapping, with the target&apos;s field names.</source>
        <translation>Jeder Datensatz nach der Zuordnung, mit den Feldnamen des Ziels.</translation>
    </message>
    <message>
        <source>After each batch is written: what the target answered, per record.</source>
        <translation>Nach jedem geschriebenen Stapel: was das Ziel geantwortet hat, pro Datensatz.</translation>
    </message>
    <message>
        <source>Once, after an applied run: its counts (e.g. to notify someone).</source>
        <translation>Einmal, nach einem angewendeten Lauf: seine Zahlen (z. B. um jemanden zu benachrichtigen).</translation>
    </message>
    <message>
        <source>Hooks are JavaScript functions Ferry calls while the job runs, in Node.js: to clean values (phone numbers, names), drop test records, add fields, or act on what was written. They get the records as JSON and the settings below. See docs/extensions.md for what each hook gets and returns.</source>
        <translation>Hooks sind JavaScript-Funktionen, die Ferry während des Auftragslaufs in Node.js aufruft: um Werte zu bereinigen (Telefonnummern, Namen), Testdatensätze zu verwerfen, Felder hinzuzufügen oder auf das Geschriebene zu reagieren. Sie erhalten die Datensätze als JSON und die Einstellungen unten. In docs/extensions.md steht, was jeder Hook erhält und zurückgibt.</translation>
    </message>
    <message>
        <source>No hooks: the records go from the source to the target as the mapping says. Choose a JavaScript file to add some.</source>
        <translation>Keine Hooks: Die Datensätze gehen so von der Quelle zum Ziel, wie die Zuordnung es vorgibt. Wählen Sie eine JavaScript-Datei, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <source>Hook file</source>
        <translation>Hook-Datei</translation>
    </message>
    <message>
        <source>no hooks</source>
        <translation>keine Hooks</translation>
    </message>
    <message>
        <source>The JavaScript module that exports the hooks, relative to the job file&apos;s folder (hooks.file)</source>
        <translation>Das JavaScript-Modul, das die Hooks exportiert, relativ zum Ordner der Auftragsdatei (hooks.file)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Hook &amp;file:</source>
        <translation>Hook-&amp;Datei:</translation>
    </message>
    <message>
        <source>Hooks to call:</source>
        <translation>Aufzurufende Hooks:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one call may take before Ferry stops it (hooks.timeout)</source>
        <translation>Wie lange ein Aufruf dauern darf, bevor Ferry ihn anhält (hooks.timeout)</translation>
    </message>
    <message>
        <source>&amp;Time-out per call:</source>
        <translation>&amp;Zeitlimit pro Aufruf:</translation>
    </message>
    <message>
        <source>How many records one call gets (hooks.page_size)</source>
        <translation>Wie viele Datensätze ein Aufruf erhält (hooks.page_size)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>Settings (JSON)</source>
        <translation>Einstellungen (JSON)</translation>
    </message>
    <message>
        <source>S&amp;ettings (JSON):</source>
        <translation>&amp;Einstellungen (JSON):</translation>
    </message>
    <message>
        <source>A JSON object the hooks get as options.settings (hooks.settings). Keep secrets out of it: the job file holds it as written.</source>
        <translation>Ein JSON-Objekt, das die Hooks als options.settings erhalten (hooks.settings). Halten Sie Geheimnisse heraus: Die Auftragsdatei enthält es so, wie es geschrieben ist.</translation>
    </message>
    <message>
        <source>Test on sample rows</source>
        <translation>An Beispielzeilen testen</translation>
    </message>
    <message>
        <source>Reads the source&apos;s first %1 rows and runs one hook on them, without writing anything: before → after for each row, and what the hook printed.</source>
        <translation>Liest die ersten %1 Zeilen der Quelle und führt einen Hook auf ihnen aus, ohne etwas zu schreiben: vorher → nachher für jede Zeile, und was der Hook ausgegeben hat.</translation>
    </message>
    <message>
        <source>&amp;Run on sample rows</source>
        <translation>An Beispielzeilen &amp;ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Hook:</source>
        <translation>&amp;Hook:</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <source>Sample rows before and after the hook</source>
        <translation>Beispielzeilen vor und nach dem Hook</translation>
    </message>
    <message>
        <source>Console output:</source>
        <translation>Konsolenausgabe:</translation>
    </message>
    <message>
        <source>Console output of the hook</source>
        <translation>Konsolenausgabe des Hooks</translation>
    </message>
    <message>
        <source>What the hook prints with console.log appears here.</source>
        <translation>Was der Hook mit console.log ausgibt, erscheint hier.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the settings must be one JSON object, {&quot;name&quot;: value, …}</source>
        <translation>die Einstellungen müssen ein einziges JSON-Objekt sein, {&quot;name&quot;: value, …}</translation>
    </message>
    <message>
        <source>not valid JSON at %1; fix it or clear the field</source>
        <translation>kein gültiges JSON bei %1; korrigieren Sie es oder leeren Sie das Feld</translation>
    </message>
    <message>
        <source>Hook File</source>
        <translation>Hook-Datei</translation>
    </message>
    <message>
        <source>JavaScript modules (*.js *.cjs);;All files (*)</source>
        <translation>JavaScript-Module (*.js *.cjs);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a hook file first</source>
        <translation>Wählen Sie zuerst eine Hook-Datei</translation>
    </message>
    <message>
        <source>Run the hook picked on the source&apos;s first rows</source>
        <translation>Den gewählten Hook auf den ersten Zeilen der Quelle ausführen</translation>
    </message>
    <message>
        <source>The test needs the job&apos;s source (this page is not in an editor).</source>
        <translation>Der Test braucht die Quelle des Auftrags (diese Seite ist nicht in einem Editor).</translation>
    </message>
    <message>
        <source>Reading the source&apos;s first rows…</source>
        <translation>Die ersten Zeilen der Quelle werden gelesen …</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>The source&apos;s rows could not be read: %1 (fix it on the Source page)</source>
        <translation>Die Zeilen der Quelle konnten nicht gelesen werden: %1 (korrigieren Sie es auf der Seite Quelle)</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 on %n row(s)…</source>
        <translation>
            <numerusform>%1 wird auf %n Zeile ausgeführt …</numerusform>
            <numerusform>%1 wird auf %n Zeilen ausgeführt …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n row(s): </source>
        <translation>
            <numerusform>%1 auf %n Zeile: </numerusform>
            <numerusform>%1 auf %n Zeilen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 unchanged, %3 dropped, %4 added, %5 with errors.</source>
        <translation>%1 geändert, %2 unverändert, %3 verworfen, %4 hinzugefügt, %5 mit Fehlern.</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Erster Fehler: %1</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Correct the settings (not valid JSON) first</source>
        <translation>Korrigieren Sie zuerst die Einstellungen (kein gültiges JSON)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorGeneralPage</name>
    <message>
        <source>e.g. CRM contacts to the app</source>
        <translation>z. B. CRM-Kontakte in die App</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the job is for (optional)</source>
        <translation>Wofür der Auftrag da ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The id keys the job&apos;s run history and stays the same when the job is renamed</source>
        <translation>Die ID ordnet dem Auftrag seinen Laufverlauf zu und bleibt gleich, wenn der Auftrag umbenannt wird</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>Information (Standard)</translation>
    </message>
    <message>
        <source>Debug: every request and batch</source>
        <translation>Debug: jede Anfrage und jeder Stapel</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Nur Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>&amp;Protokollstufe:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>the job has no name: give it one (it names the job&apos;s file too)</source>
        <translation>der Auftrag hat keinen Namen: geben Sie ihm einen (er benennt auch die Datei des Auftrags)</translation>
    </message>
    <message>
        <source>%1 (given when the job is saved)</source>
        <translation>%1 (wird beim Speichern des Auftrags vergeben)</translation>
    </message>
    <message>
        <source>A new file in the job folder, named after the job</source>
        <translation>Eine neue Datei im Auftragsordner, nach dem Auftrag benannt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorMappingPage</name>
    <message>
        <source>Each ticked source column is written to the target field beside it (double-click to rename). Tick the key that matches rows with target records, and optionally the timestamp that decides updates and the soft-delete marker.</source>
        <translation>Jede angehakte Quellspalte wird in das Zielfeld daneben geschrieben (Doppelklick zum Umbenennen). Haken Sie den Schlüssel an, der Zeilen den Datensätzen im Ziel zuordnet, und bei Bedarf den Zeitstempel, der über Aktualisierungen entscheidet, und die Markierung für weiches Löschen.</translation>
    </message>
    <message>
        <source>&amp;Auto-map by name</source>
        <translation>&amp;Automatisch nach Namen zuordnen</translation>
    </message>
    <message>
        <source>Sync every column, to the target field of the same name (ignoring case, spaces and underscores) or to a new field of its own name</source>
        <translation>Jede Spalte synchronisieren, in das Zielfeld gleichen Namens (ohne Rücksicht auf Groß-/Kleinschreibung, Leerzeichen und Unterstriche) oder in ein neues Feld mit ihrem Namen</translation>
    </message>
    <message>
        <source>&amp;Read source columns</source>
        <translation>Quellspalten &amp;lesen</translation>
    </message>
    <message>
        <source>Test the source connection to learn its columns</source>
        <translation>Die Verbindung zur Quelle testen, um ihre Spalten zu erfahren</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>The source&apos;s columns are not known yet: every column is synced under its own name. Read the source columns to pick and rename them.</source>
        <translation>Die Spalten der Quelle sind noch nicht bekannt: Jede Spalte wird unter ihrem eigenen Namen synchronisiert. Lesen Sie die Quellspalten, um sie auszuwählen und umzubenennen.</translation>
    </message>
    <message>
        <source>Key: none (every run appends every row)</source>
        <translation>Schlüssel: keiner (jeder Lauf hängt jede Zeile an)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation>Zeitstempel: %1</translation>
    </message>
    <message>
        <source>Soft delete: %1</source>
        <translation>Weiches Löschen: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorRulesPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Update: insert new rows, update changed ones, keep the rest</source>
        <translation>Aktualisieren: neue Zeilen einfügen, geänderte aktualisieren, den Rest behalten</translation>
    </message>
    <message>
        <source>Replace: also delete target records the source no longer has</source>
        <translation>Ersetzen: außerdem Datensätze im Ziel löschen, die die Quelle nicht mehr hat</translation>
    </message>
    <message>
        <source>Append: insert new rows only</source>
        <translation>Anhängen: nur neue Zeilen einfügen</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Match text &amp;keys ignoring case</source>
        <translation>&amp;Textschlüssel ohne Beachtung der Groß-/Kleinschreibung abgleichen</translation>
    </message>
    <message>
        <source>Delete safeguard</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>A run that would delete more than this is held until you confirm it in a preview.</source>
        <translation>Ein Lauf, der mehr als dies löschen würde, wird angehalten, bis Sie ihn in einer Vorschau bestätigen.</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source> % of the target</source>
        <translation> % des Ziels</translation>
    </message>
    <message>
        <source>Or more t&amp;han:</source>
        <translation>&amp;Oder mehr als:</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Network errors, rate limits (429) and server errors (5xx) are retried, each wait twice the last, with some jitter.</source>
        <translation>Netzwerkfehler, Ratenbegrenzungen (429) und Serverfehler (5xx) werden wiederholt, jede Wartezeit doppelt so lang wie die vorige, mit etwas Zufall.</translation>
    </message>
    <message>
        <source>&amp;Tries per request:</source>
        <translation>&amp;Versuche pro Anfrage:</translation>
    </message>
    <message>
        <source>&amp;First wait:</source>
        <translation>&amp;Erste Wartezeit:</translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>&amp;Längste Wartezeit:</translation>
    </message>
    <message>
        <source>A server&apos;s Retry-After is honoured up to this</source>
        <translation>Das Retry-After eines Servers wird bis zu dieser Dauer befolgt</translation>
    </message>
    <message>
        <source>Longest Retry-&amp;After:</source>
        <translation>Längstes Retry-&amp;After:</translation>
    </message>
    <message>
        <source>How long one request may take, its whole answer included</source>
        <translation>Wie lange eine Anfrage dauern darf, ihre ganze Antwort eingeschlossen</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>Anfrage-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Target records the source does not have are left alone.</source>
        <translation>Datensätze im Ziel, die die Quelle nicht hat, bleiben unberührt.</translation>
    </message>
    <message>
        <source>The target mirrors the source: records it does not have are deleted (the safeguard below holds large deletes).</source>
        <translation>Das Ziel spiegelt die Quelle: Datensätze, die sie nicht hat, werden gelöscht (der Löschschutz unten hält große Löschungen an).</translation>
    </message>
    <message>
        <source>Nothing is ever updated or deleted; rows whose key is in the target already are skipped.</source>
        <translation>Nichts wird je aktualisiert oder gelöscht; Zeilen, deren Schlüssel schon im Ziel ist, werden übersprungen.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Mo&amp;re than:</source>
        <translation>Me&amp;hr als:</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorSchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Nur bei manuellem Start</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every hour, on the hour</source>
        <translation>Jede volle Stunde</translation>
    </message>
    <message>
        <source>Every day at 02:00</source>
        <translation>Täglich um 02:00</translation>
    </message>
    <message>
        <source>Weekdays at 07:00</source>
        <translation>Werktags um 07:00</translation>
    </message>
    <message>
        <source>Every Sunday at 03:00</source>
        <translation>Jeden Sonntag um 03:00</translation>
    </message>
    <message>
        <source>Custom (cron expression)</source>
        <translation>Benutzerdefiniert (Cron-Ausdruck)</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Läuft:</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 30 6 * * 1-5</source>
        <translation>Minute Stunde Tag Monat Wochentag, z. B. 30 6 * * 1-5</translation>
    </message>
    <message>
        <source>&amp;Cron:</source>
        <translation>&amp;Cron:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <source>Also run when the scheduler &amp;starts</source>
        <translation>Auch beim &amp;Start des Planers ausführen</translation>
    </message>
    <message>
        <source>Catch up at start instead of waiting for the next time (schedule.run_on_start)</source>
        <translation>Beim Start nachholen, statt auf den nächsten Termin zu warten (schedule.run_on_start)</translation>
    </message>
    <message>
        <source>None: the job runs when you start it.</source>
        <translation>Keine: Der Auftrag läuft, wenn Sie ihn starten.</translation>
    </message>
    <message>
        <source>None until the expression is fixed.</source>
        <translation>Keine, bis der Ausdruck korrigiert ist.</translation>
    </message>
    <message>
        <source>None: the expression never fires.</source>
        <translation>Keine: Der Ausdruck löst nie aus.</translation>
    </message>
    <message>
        <source>5 fields (or 6 with seconds first); @hourly, @daily, @weekly and @monthly work too.</source>
        <translation>5 Felder (oder 6 mit Sekunden zuerst); @hourly, @daily, @weekly und @monthly gehen auch.</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Die dieses Computers (%1)</translation>
    </message>
    <message>
        <source>The time zone the cron times are read in: daylight saving follows it (schedule.time_zone)</source>
        <translation>Die Zeitzone, in der die Cron-Zeiten gelten: Die Sommerzeit richtet sich nach ihr (schedule.time_zone)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Ferry runs the job at these times while it is open (pause it from the Job menu), or on a server with ferry-cli daemon. A time missed while the computer slept is caught up once.</source>
        <translation>Ferry führt den Auftrag zu diesen Zeiten aus, solange es geöffnet ist (anhalten im Menü Auftrag), oder auf einem Server mit ferry-cli daemon. Eine Zeit, die der Computer verschlafen hat, wird einmal nachgeholt.</translation>
    </message>
    <message>
        <source>None until the time zone is one this computer knows.</source>
        <translation>Keine, solange dieser Computer die Zeitzone nicht kennt.</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 hier)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorSourcePage</name>
    <message>
        <source>Source type</source>
        <translation>Quelltyp</translation>
    </message>
    <message>
        <source>Tables found</source>
        <translation>Gefundene Tabellen</translation>
    </message>
    <message>
        <source>Find tables to pick one</source>
        <translation>Suchen Sie Tabellen, um eine auszuwählen</translation>
    </message>
    <message>
        <source>&amp;Use this table</source>
        <translation>&amp;Diese Tabelle verwenden</translation>
    </message>
    <message>
        <source>Write a query that reads every column of the table</source>
        <translation>Eine Abfrage schreiben, die jede Spalte der Tabelle liest</translation>
    </message>
    <message>
        <source>&amp;Find tables</source>
        <translation>Tabellen &amp;suchen</translation>
    </message>
    <message>
        <source>List the database&apos;s tables and views with their columns</source>
        <translation>Die Tabellen und Sichten der Datenbank mit ihren Spalten auflisten</translation>
    </message>
    <message>
        <source>Ta&amp;bles:</source>
        <translation>Ta&amp;bellen:</translation>
    </message>
    <message>
        <source>Show &amp;sample rows</source>
        <translation>Beispiel&amp;zeilen zeigen</translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation>Beispielzeilen</translation>
    </message>
    <message>
        <source>Finding tables and columns…</source>
        <translation>Tabellen und Spalten werden gesucht …</translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation>%1 (Sicht)</translation>
    </message>
    <message>
        <source>The database has no tables or views.</source>
        <translation>Die Datenbank hat keine Tabellen oder Sichten.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n table(s) and view(s): pick one to read it, or write a query.</source>
        <translation>
            <numerusform>%n Tabelle oder Sicht gefunden: Wählen Sie sie aus, um sie zu lesen, oder schreiben Sie eine Abfrage.</numerusform>
            <numerusform>%n Tabellen und Sichten gefunden: Wählen Sie eine aus, um sie zu lesen, oder schreiben Sie eine Abfrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The token sees no data sources: check that it belongs to the right app or organization.</source>
        <translation>Das Token sieht keine Datenquellen: Prüfen Sie, ob es zur richtigen App oder Organisation gehört.</translation>
    </message>
    <message numerus="yes">
        <source>The token sees %n data source(s): pick one to read its entries.</source>
        <translation>
            <numerusform>Das Token sieht %n Datenquelle: Wählen Sie sie, um ihre Einträge zu lesen.</numerusform>
            <numerusform>Das Token sieht %n Datenquellen: Wählen Sie eine, um ihre Einträge zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the source can be reached and read, without reading its rows</source>
        <translation>Prüfen, ob die Quelle erreichbar und lesbar ist, ohne ihre Zeilen zu lesen</translation>
    </message>
    <message>
        <source>Read the first 20 rows, as the source gives them</source>
        <translation>Die ersten 20 Zeilen lesen, wie die Quelle sie liefert</translation>
    </message>
    <message>
        <source>No rows shown yet: Show sample rows reads the first rows, as they are before the mapping.</source>
        <translation>Noch keine Zeilen angezeigt: Beispielzeilen zeigen liest die ersten Zeilen, wie sie vor der Zuordnung sind.</translation>
    </message>
    <message>
        <source>Asking for the data sources…</source>
        <translation>Datenquellen werden abgefragt …</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>Spalten werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Found %n column(s), typed as declared or as their values suggest.</source>
        <translation>
            <numerusform>%n Spalte gefunden, typisiert wie angegeben oder wie ihre Werte nahelegen.</numerusform>
            <numerusform>%n Spalten gefunden, typisiert wie angegeben oder wie ihre Werte nahelegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source gave no rows.</source>
        <translation>Die Quelle hat keine Zeilen geliefert.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s), as they are before the mapping.</source>
        <translation>
            <numerusform>Die erste Zeile, wie sie vor der Zuordnung ist.</numerusform>
            <numerusform>Die ersten %n Zeilen, wie sie vor der Zuordnung sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find data sources</source>
        <translation>Datenquellen &amp;suchen</translation>
    </message>
    <message>
        <source>List the data sources the token can read, with their columns</source>
        <translation>Die Datenquellen, die das Token lesen kann, mit ihren Spalten auflisten</translation>
    </message>
    <message>
        <source>Data sou&amp;rces:</source>
        <translation>Date&amp;nquellen:</translation>
    </message>
    <message>
        <source>Data sources found</source>
        <translation>Gefundene Datenquellen</translation>
    </message>
    <message>
        <source>Find data sources to pick one</source>
        <translation>Suchen Sie Datenquellen, um eine auszuwählen</translation>
    </message>
    <message>
        <source>&amp;Use this data source</source>
        <translation>&amp;Diese Datenquelle verwenden</translation>
    </message>
    <message>
        <source>Read the entries of this data source</source>
        <translation>Die Einträge dieser Datenquelle lesen</translation>
    </message>
    <message>
        <source>&amp;Find columns</source>
        <translation>Spalten &amp;suchen</translation>
    </message>
    <message>
        <source>Read the columns the source gives, with their types</source>
        <translation>Die Spalten lesen, die die Quelle liefert, mit ihren Typen</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Spa&amp;lten:</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorTargetPage</name>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>From the token (its first letters: eu, us, ca)</source>
        <translation>Aus dem Token (seine ersten Buchstaben: eu, us, ca)</translation>
    </message>
    <message>
        <source>Europe: api.fliplet.com</source>
        <translation>Europa: api.fliplet.com</translation>
    </message>
    <message>
        <source>United States: us.api.fliplet.com</source>
        <translation>Vereinigte Staaten: us.api.fliplet.com</translation>
    </message>
    <message>
        <source>Canada: ca.api.fliplet.com</source>
        <translation>Kanada: ca.api.fliplet.com</translation>
    </message>
    <message>
        <source>Another address (self-hosted)</source>
        <translation>Andere Adresse (selbst gehostet)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Sign in and check the data source or table, without changing anything</source>
        <translation>Anmelden und die Datenquelle oder Tabelle prüfen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>give the address of the Fliplet API, or pick a region</source>
        <translation>geben Sie die Adresse der Fliplet-API an, oder wählen Sie eine Region</translation>
    </message>
    <message>
        <source>&amp;Find data sources</source>
        <translation>Datenquellen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Find tables</source>
        <translation>Tabellen &amp;suchen</translation>
    </message>
    <message>
        <source>List the data sources the token can see</source>
        <translation>Die Datenquellen auflisten, die das Token sieht</translation>
    </message>
    <message>
        <source>Asking for the data sources…</source>
        <translation>Datenquellen werden abgefragt …</translation>
    </message>
    <message>
        <source>Finding tables…</source>
        <translation>Tabellen werden gesucht …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The token sees no data sources: check that it belongs to the right app or organization.</source>
        <translation>Das Token sieht keine Datenquellen: Prüfen Sie, ob es zur richtigen App oder Organisation gehört.</translation>
    </message>
    <message numerus="yes">
        <source>The token sees %n data source(s): pick one in the list.</source>
        <translation>
            <numerusform>Das Token sieht %n Datenquelle: Wählen Sie sie in der Liste.</numerusform>
            <numerusform>Das Token sieht %n Datenquellen: Wählen Sie eine in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no tables yet: name one, and turn on Create the table.</source>
        <translation>Die Datei hat noch keine Tabellen: Nennen Sie eine, und schalten Sie Tabelle anlegen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n table(s): pick one, or name a new one.</source>
        <translation>
            <numerusform>Die Datei hat %n Tabelle: Wählen Sie sie, oder nennen Sie eine neue.</numerusform>
            <numerusform>Die Datei hat %n Tabellen: Wählen Sie eine, oder nennen Sie eine neue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Show sample ro&amp;ws</source>
        <translation>Beispiel&amp;zeilen zeigen</translation>
    </message>
    <message>
        <source>Read the first 20 records of the table</source>
        <translation>Die ersten 20 Datensätze der Tabelle lesen</translation>
    </message>
    <message>
        <source>Sample rows of the target</source>
        <translation>Beispielzeilen des Ziels</translation>
    </message>
    <message>
        <source>The target holds no records yet.</source>
        <translation>Das Ziel enthält noch keine Datensätze.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) the target holds.</source>
        <translation>
            <numerusform>Der erste Datensatz im Ziel.</numerusform>
            <numerusform>Die ersten %n Datensätze im Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database has no tables yet: name one, and turn on Create the table.</source>
        <translation>Die Datenbank hat noch keine Tabellen: Nennen Sie eine, und schalten Sie Tabelle anlegen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n table(s): pick one, or name a new one.</source>
        <translation>
            <numerusform>Die Datenbank hat %n Tabelle: Wählen Sie sie, oder nennen Sie eine neue.</numerusform>
            <numerusform>Die Datenbank hat %n Tabellen: Wählen Sie eine, oder nennen Sie eine neue.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the tables of the database</source>
        <translation>Die Tabellen der Datenbank auflisten</translation>
    </message>
    <message>
        <source>&amp;Find fields</source>
        <translation>Felder &amp;suchen</translation>
    </message>
    <message>
        <source>Read the fields of the records the service holds</source>
        <translation>Die Felder der Datensätze lesen, die der Dienst enthält</translation>
    </message>
    <message>
        <source>Reading the fields…</source>
        <translation>Felder werden gelesen …</translation>
    </message>
    <message>
        <source>The service holds no records yet: the fields come from the source.</source>
        <translation>Der Dienst enthält noch keine Datensätze: Die Felder kommen aus der Quelle.</translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n field(s): %1.</source>
        <translation>
            <numerusform>Die Datensätze haben %n Feld: %1.</numerusform>
            <numerusform>Die Datensätze haben %n Felder: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobFile</name>
    <message>
        <source>the YAML is nested too deeply to be a job file</source>
        <translation>das YAML ist zu tief verschachtelt für eine Auftragsdatei</translation>
    </message>
    <message>
        <source>a value here has the wrong shape (a single value where a map of keys belongs, or the other way round): compare it with docs/job-format.md</source>
        <translation>ein Wert hat hier die falsche Form (ein einzelner Wert, wo eine Zuordnungstabelle von Schlüsseln hingehört, oder umgekehrt): vergleichen Sie ihn mit docs/job-format.md</translation>
    </message>
    <message>
        <source>a [ … ] or { … } is not closed, or closed twice</source>
        <translation>ein [ … ] oder { … } ist nicht geschlossen, oder doppelt geschlossen</translation>
    </message>
    <message>
        <source>the indentation does not line up (keys of one map start in the same column), or a value holds &apos;: &apos; without quotes</source>
        <translation>die Einrückung passt nicht (Schlüssel einer Zuordnungstabelle beginnen in derselben Spalte), oder ein Wert enthält „: “ ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted text is not closed</source>
        <translation>ein Text in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a backslash in a double-quoted text starts an unknown escape: use single quotes, or write \\ for a backslash</source>
        <translation>ein Backslash in einem Text in doppelten Anführungszeichen beginnt eine unbekannte Escape-Sequenz: verwenden Sie einfache Anführungszeichen, oder schreiben Sie \\ für einen Backslash</translation>
    </message>
    <message>
        <source>a tab is used for indentation: indent with spaces</source>
        <translation>zum Einrücken wird ein Tabulator verwendet: rücken Sie mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>an alias (*name) or anchor (&amp;name) is wrong or refers to nothing</source>
        <translation>ein Alias (*name) oder Anker (&amp;name) ist falsch oder verweist auf nichts</translation>
    </message>
    <message>
        <source>a tag (!name) or directive (%YAML) Ferry does not read</source>
        <translation>ein Tag (!name) oder eine Direktive (%YAML), die Ferry nicht liest</translation>
    </message>
    <message>
        <source>the text cannot be read as YAML</source>
        <translation>der Text kann nicht als YAML gelesen werden</translation>
    </message>
    <message>
        <source>not valid YAML: %1 (check indentation, quotes and colons around this place)</source>
        <translation>kein gültiges YAML: %1 (prüfen Sie Einrückung, Anführungszeichen und Doppelpunkte an dieser Stelle)</translation>
    </message>
    <message>
        <source>the YAML stands for more than %1 values (through aliases?); a job file is much smaller</source>
        <translation>das YAML steht für mehr als %1 Werte (über Aliasse?); eine Auftragsdatei ist viel kleiner</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice in the same map (first on line %2); keep one</source>
        <translation>der Schlüssel „%1“ kommt zweimal in derselben Zuordnungstabelle vor (zuerst in Zeile %2); behalten Sie einen</translation>
    </message>
    <message>
        <source>the file is empty: a job needs at least a source and a target (see docs/job-format.md)</source>
        <translation>die Datei ist leer: ein Auftrag braucht mindestens eine Quelle und ein Ziel (siehe docs/job-format.md)</translation>
    </message>
    <message>
        <source>the file holds a NUL byte (at byte %1): it is not a text file; is it the right file?</source>
        <translation>die Datei enthält ein NUL-Byte (bei Byte %1): sie ist keine Textdatei; ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>the file holds %1 YAML documents (separated by ---); a job file holds one job: put each job in a file of its own</source>
        <translation>die Datei enthält %1 YAML-Dokumente (getrennt durch ---); eine Auftragsdatei enthält einen Auftrag: legen Sie jeden Auftrag in eine eigene Datei</translation>
    </message>
    <message>
        <source>a job file must be a YAML map of keys (ferry: 1, source:, target: …) or a Fliplet Agent config (auth_token:, query: …)</source>
        <translation>eine Auftragsdatei muss eine YAML-Zuordnungstabelle von Schlüsseln sein (ferry: 1, source:, target: …) oder eine Fliplet-Agent-Konfiguration (auth_token:, query: …)</translation>
    </message>
    <message>
        <source>not a job file: expected Ferry&apos;s format (starting with &apos;ferry: 1&apos;) or a Fliplet Agent config (with auth_token, datasource_id and query)</source>
        <translation>keine Auftragsdatei: erwartet wird das Format von Ferry (beginnend mit „ferry: 1“) oder eine Fliplet-Agent-Konfiguration (mit auth_token, datasource_id und query)</translation>
    </message>
    <message>
        <source>the database URL holds a password: move it to source.password as {secret: env:NAME} or {secret: file:PATH}; Ferry will not save the job with it</source>
        <translation>die Datenbank-URL enthält ein Passwort: verschieben Sie es nach source.password als {secret: env:NAME} oder {secret: file:PFAD}; mit ihm speichert Ferry den Auftrag nicht</translation>
    </message>
    <message>
        <source>the job file does not exist: check the path</source>
        <translation>die Auftragsdatei existiert nicht: prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>this is not a regular file (a folder, a pipe or a device): give the path of a job file</source>
        <translation>das ist keine normale Datei (ein Ordner, eine Pipe oder ein Gerät): geben Sie den Pfad einer Auftragsdatei an</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a job file is a few kilobytes (at most %2): is it the right file?</source>
        <translation>die Datei ist %1 Bytes groß; eine Auftragsdatei hat wenige Kilobytes (höchstens %2): ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>cannot read the job file as a regular file: check the path</source>
        <translation>die Auftragsdatei kann nicht als normale Datei gelesen werden: prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>cannot read the job file: %1</source>
        <translation>die Auftragsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file grew past %1 bytes while it was read</source>
        <translation>die Datei ist beim Lesen über %1 Bytes gewachsen</translation>
    </message>
    <message>
        <source>cannot write the job file: %1</source>
        <translation>die Auftragsdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value (text), not a list or a map</source>
        <translation>„%1“ muss ein einzelner Wert (Text) sein, keine Liste oder Zuordnungstabelle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a value or a list of values</source>
        <translation>„%1“ muss ein Wert oder eine Liste von Werten sein</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be a single value</source>
        <translation>jeder Eintrag von „%1“ muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; is ignored%2</source>
        <translation>unbekannter Schlüssel „%1“ wird ignoriert%2</translation>
    </message>
</context>
<context>
    <name>Ferry::JobListModel</name>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>Der Laufverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie gelaufen</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Vorschau läuft</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, noch etwa %n s</numerusform>
            <numerusform>, noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows read</source>
        <translation>%1: %2 Zeilen gelesen</translation>
    </message>
    <message>
        <source>Preview ready</source>
        <translation>Vorschau bereit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Source → Target</source>
        <translation>Quelle → Ziel</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 confirmed, %4 sent</source>
        <translation>%1: %2 von %3 bestätigt, %4 gesendet</translation>
    </message>
</context>
<context>
    <name>Ferry::JobScheduler</name>
    <message>
        <source>Starting the run scheduled for %1.</source>
        <translation>Der für %1 geplante Lauf startet.</translation>
    </message>
    <message>
        <source>The scheduled run could not start: %1.</source>
        <translation>Der geplante Lauf konnte nicht starten: %1.</translation>
    </message>
    <message>
        <source>Schedules paused: no job runs by itself until they are resumed.</source>
        <translation>Zeitpläne angehalten: Kein Auftrag läuft von selbst, bis sie fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Schedules resumed.</source>
        <translation>Zeitpläne fortgesetzt.</translation>
    </message>
    <message>
        <source>Schedule paused.</source>
        <translation>Zeitplan angehalten.</translation>
    </message>
    <message>
        <source>Schedule resumed.</source>
        <translation>Zeitplan fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>Ferry::JobStore</name>
    <message>
        <source>cannot create the job folder: check that you may write there</source>
        <translation>der Auftragsordner kann nicht angelegt werden: prüfen Sie, ob Sie dort schreiben dürfen</translation>
    </message>
    <message>
        <source>no job named &apos;%1&apos; in the job folder (%2): give a job file&apos;s path, or the name of a job the Ferry app shows</source>
        <translation>kein Auftrag namens „%1“ im Auftragsordner (%2): geben Sie den Pfad einer Auftragsdatei an oder den Namen eines Auftrags, den die Ferry-App zeigt</translation>
    </message>
    <message>
        <source>%1 jobs are named &apos;%2&apos; (%3): give the file name instead, or rename one</source>
        <translation>%1 Aufträge heißen „%2“ (%3): geben Sie stattdessen den Dateinamen an, oder benennen Sie einen um</translation>
    </message>
    <message>
        <source>the job &apos;%1&apos; in %2 already has the id &apos;%3&apos;: give this job another id</source>
        <translation>der Auftrag „%1“ in %2 hat bereits die ID „%3“: geben Sie diesem Auftrag eine andere ID</translation>
    </message>
    <message>
        <source>the job file is gone already</source>
        <translation>die Auftragsdatei ist bereits weg</translation>
    </message>
    <message>
        <source>cannot create the folder for deleted jobs</source>
        <translation>der Ordner für gelöschte Aufträge kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot move the job file to %1: check that you may write there</source>
        <translation>die Auftragsdatei kann nicht nach %1 verschoben werden: prüfen Sie, ob Sie dort schreiben dürfen</translation>
    </message>
</context>
<context>
    <name>Ferry::JobValidator</name>
    <message>
        <source>the secret reference &apos;%1&apos; names no variable: write env:NAME</source>
        <translation>der Geheimnis-Verweis „%1“ nennt keine Variable: schreiben Sie env:NAME</translation>
    </message>
    <message>
        <source>the secret reference &apos;%1&apos; names no file: write file:PATH</source>
        <translation>der Geheimnis-Verweis „%1“ nennt keine Datei: schreiben Sie file:PFAD</translation>
    </message>
    <message>
        <source>the secret reference &apos;%1&apos; names no keychain entry: write keychain:NAME</source>
        <translation>der Geheimnis-Verweis „%1“ nennt keinen Schlüsselbund-Eintrag: schreiben Sie keychain:NAME</translation>
    </message>
    <message>
        <source>unknown secret reference &apos;%1&apos;: use env:NAME, file:PATH or keychain:NAME</source>
        <translation>unbekannter Geheimnis-Verweis „%1“: verwenden Sie env:NAME, file:PFAD oder keychain:NAME</translation>
    </message>
    <message>
        <source>unknown database driver &apos;%1&apos;: use mysql, postgres, mssql or sqlite</source>
        <translation>unbekannter Datenbanktreiber „%1“: verwenden Sie mysql, postgres, mssql oder sqlite</translation>
    </message>
    <message>
        <source>cannot read the connection URL: use postgres://user@host:port/database, mysql://…, sqlserver://… or sqlite:///path/to/file.db</source>
        <translation>die Verbindungs-URL kann nicht gelesen werden: verwenden Sie postgres://benutzer@host:port/datenbank, mysql://…, sqlserver://… oder sqlite:///pfad/zur/datei.db</translation>
    </message>
    <message>
        <source>the URL&apos;s scheme &apos;%1&apos; does not match the driver &apos;%2&apos;: keep one of them</source>
        <translation>das Schema der URL „%1“ passt nicht zum Treiber „%2“: behalten Sie eines davon</translation>
    </message>
    <message>
        <source>the database driver is missing: set it to mysql, postgres, mssql or sqlite</source>
        <translation>der Datenbanktreiber fehlt: setzen Sie ihn auf mysql, postgres, mssql oder sqlite</translation>
    </message>
    <message>
        <source>the SQLite database file is missing: give its path (relative paths start from the job file&apos;s folder)</source>
        <translation>die SQLite-Datenbankdatei fehlt: geben Sie ihren Pfad an (relative Pfade beginnen im Ordner der Auftragsdatei)</translation>
    </message>
    <message>
        <source>the database server is missing: give its host name or address</source>
        <translation>der Datenbankserver fehlt: geben Sie seinen Hostnamen oder seine Adresse an</translation>
    </message>
    <message>
        <source>the Windows domain applies to SQL Server (mssql) only and is ignored</source>
        <translation>die Windows-Domäne gilt nur für SQL Server (mssql) und wird ignoriert</translation>
    </message>
    <message>
        <source>the instance name applies to SQL Server (mssql) only and is ignored</source>
        <translation>der Instanzname gilt nur für SQL Server (mssql) und wird ignoriert</translation>
    </message>
    <message>
        <source>encryption applies to SQL Server (mssql) only and is ignored</source>
        <translation>die Verschlüsselung gilt nur für SQL Server (mssql) und wird ignoriert</translation>
    </message>
    <message>
        <source>the port must be from 1 to 65535 (or left out for the driver&apos;s default)</source>
        <translation>der Port muss zwischen 1 und 65535 liegen (oder weggelassen werden für den Standard des Treibers)</translation>
    </message>
    <message>
        <source>the query is missing: give the SQL whose rows are synced</source>
        <translation>die Abfrage fehlt: geben Sie das SQL an, dessen Zeilen synchronisiert werden</translation>
    </message>
    <message>
        <source>the query holds %1 statements separated by semicolons; Ferry runs one SELECT: keep only the one whose rows are synced</source>
        <translation>die Abfrage enthält %1 durch Semikolons getrennte Anweisungen; Ferry führt ein SELECT aus: behalten Sie nur das, dessen Zeilen synchronisiert werden</translation>
    </message>
    <message>
        <source>the data source ID is missing: find it in Fliplet Studio (App data, the data source&apos;s settings)</source>
        <translation>die ID der Datenquelle fehlt: Sie finden sie in Fliplet Studio (App data, die Einstellungen der Datenquelle)</translation>
    </message>
    <message>
        <source>the data source ID must be a whole number above 0, not &apos;%1&apos;</source>
        <translation>die ID der Datenquelle muss eine ganze Zahl größer als 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the Fliplet API token is missing: create one in Fliplet Studio and give it access to the data source</source>
        <translation>das Fliplet-API-Token fehlt: erstellen Sie eines in Fliplet Studio und geben Sie ihm Zugriff auf die Datenquelle</translation>
    </message>
    <message>
        <source>the API URL &apos;%1&apos; is not an http:// or https:// address</source>
        <translation>die API-URL „%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>the API URL &apos;%1&apos; is plain http://: Ferry sends the token only over https:// (or to this machine, for tests); use an https:// address</source>
        <translation>die API-URL „%1“ ist einfaches http://: Ferry sendet das Token nur über https:// (oder an diesen Computer, für Tests); verwenden Sie eine https://-Adresse</translation>
    </message>
    <message>
        <source>unknown hook &apos;%1&apos;: use insert or update</source>
        <translation>unbekannter Hook „%1“: verwenden Sie insert oder update</translation>
    </message>
    <message>
        <source>the rows per commit must be from 1 to %1 (or left out for the default)</source>
        <translation>die Zeilen pro Commit müssen zwischen 1 und %1 liegen (oder weggelassen werden für den Standard)</translation>
    </message>
    <message>
        <source>bytes per commit must be from %1 to %2 (or left out for the default, 32 MiB)</source>
        <translation>die Bytes pro Commit müssen zwischen %1 und %2 liegen (oder weggelassen werden für den Standard, 32 MiB)</translation>
    </message>
    <message>
        <source>the target&apos;s database file is missing: give the path of the SQLite file to write (relative paths start from the job file&apos;s folder)</source>
        <translation>die Datenbankdatei des Ziels fehlt: geben Sie den Pfad der zu schreibenden SQLite-Datei an (relative Pfade beginnen im Ordner der Auftragsdatei)</translation>
    </message>
    <message>
        <source>the table is missing: name the table the rows are written to</source>
        <translation>die Tabelle fehlt: nennen Sie die Tabelle, in die die Zeilen geschrieben werden</translation>
    </message>
    <message>
        <source>the rows per transaction must be from 1 to %1 (or left out for the default)</source>
        <translation>die Zeilen pro Transaktion müssen zwischen 1 und %1 liegen (oder weggelassen werden für den Standard)</translation>
    </message>
    <message>
        <source>the source column is missing: name the column this entry reads</source>
        <translation>die Quellspalte fehlt: nennen Sie die Spalte, die dieser Eintrag liest</translation>
    </message>
    <message>
        <source>the target field is missing: name the field this entry writes</source>
        <translation>das Zielfeld fehlt: nennen Sie das Feld, das dieser Eintrag schreibt</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is already written from the column &apos;%2&apos;: each field can be written once</source>
        <translation>das Feld „%1“ wird bereits aus der Spalte „%2“ geschrieben: jedes Feld kann nur einmal geschrieben werden</translation>
    </message>
    <message>
        <source>no sync key: every run appends every row again; set a key to update rows in place</source>
        <translation>kein Synchronisationsschlüssel: jeder Lauf hängt jede Zeile erneut an; setzen Sie einen Schlüssel, um Zeilen an Ort und Stelle zu aktualisieren</translation>
    </message>
    <message>
        <source>a key column has no name</source>
        <translation>eine Schlüsselspalte hat keinen Namen</translation>
    </message>
    <message>
        <source>the key names &apos;%1&apos; twice</source>
        <translation>der Schlüssel nennt „%1“ zweimal</translation>
    </message>
    <message>
        <source>the key column &apos;%1&apos; is not a field the mapping writes (%2): keys name fields after mapping</source>
        <translation>die Schlüsselspalte „%1“ ist kein Feld, das die Zuordnung schreibt (%2): Schlüssel nennen Felder nach der Zuordnung</translation>
    </message>
    <message>
        <source>the timestamp column &apos;%1&apos; is not a field the mapping writes (%2): rule columns name fields after mapping</source>
        <translation>die Zeitstempelspalte „%1“ ist kein Feld, das die Zuordnung schreibt (%2): Regelspalten nennen Felder nach der Zuordnung</translation>
    </message>
    <message>
        <source>append mode never updates rows, so the timestamp column is not used</source>
        <translation>der Anhängen-Modus aktualisiert nie Zeilen, daher wird die Zeitstempelspalte nicht verwendet</translation>
    </message>
    <message>
        <source>the delete column &apos;%1&apos; is not a field the mapping writes (%2): rule columns name fields after mapping</source>
        <translation>die Löschspalte „%1“ ist kein Feld, das die Zuordnung schreibt (%2): Regelspalten nennen Felder nach der Zuordnung</translation>
    </message>
    <message>
        <source>append mode never deletes: rows marked in the delete column are only left out</source>
        <translation>der Anhängen-Modus löscht nie: in der Löschspalte markierte Zeilen werden nur ausgelassen</translation>
    </message>
    <message>
        <source>the most rows a run may delete without asking must be from 0 to %1</source>
        <translation>die meisten Zeilen, die ein Lauf ohne Nachfrage löschen darf, müssen zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>the largest share of the target a run may delete without asking must be from 0 to 1 (0.5 is half)</source>
        <translation>der größte Anteil des Ziels, den ein Lauf ohne Nachfrage löschen darf, muss zwischen 0 und 1 liegen (0.5 ist die Hälfte)</translation>
    </message>
    <message>
        <source>the number of tries must be from 1 to %1 (the first try included)</source>
        <translation>die Zahl der Versuche muss zwischen 1 und %1 liegen (der erste Versuch eingeschlossen)</translation>
    </message>
    <message>
        <source>the first retry delay must be from 0 to %1 ms (10 minutes)</source>
        <translation>die erste Wartezeit vor einer Wiederholung muss zwischen 0 und %1 ms liegen (10 Minuten)</translation>
    </message>
    <message>
        <source>the longest retry delay must be from 0 to %1 ms (an hour)</source>
        <translation>die längste Wartezeit vor einer Wiederholung muss zwischen 0 und %1 ms liegen (eine Stunde)</translation>
    </message>
    <message>
        <source>the longest wait a server may ask for must be from 0 to %1 ms (an hour)</source>
        <translation>die längste Wartezeit, die ein Server verlangen darf, muss zwischen 0 und %1 ms liegen (eine Stunde)</translation>
    </message>
    <message>
        <source>the time limit of one request must be from 1000 ms to 24 hours</source>
        <translation>das Zeitlimit einer Anfrage muss zwischen 1000 ms und 24 Stunden liegen</translation>
    </message>
    <message>
        <source>the time limit of a whole run must be from 1000 ms to %1 ms (a week)</source>
        <translation>das Zeitlimit eines ganzen Laufs muss zwischen 1000 ms und %1 ms liegen (eine Woche)</translation>
    </message>
    <message>
        <source>the longest retry delay (%1 ms) is shorter than the first (%2 ms): every retry waits %1 ms</source>
        <translation>die längste Wartezeit vor einer Wiederholung (%1 ms) ist kürzer als die erste (%2 ms): jede Wiederholung wartet %1 ms</translation>
    </message>
    <message>
        <source>the job has no id: give it one that stays the same when the job is renamed</source>
        <translation>der Auftrag hat keine ID: geben Sie ihm eine, die gleich bleibt, wenn der Auftrag umbenannt wird</translation>
    </message>
    <message>
        <source>the log level &apos;%1&apos; is unknown: use debug, info or warning</source>
        <translation>die Protokollstufe „%1“ ist unbekannt: verwenden Sie debug, info oder warning</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this computer knows: use an IANA name such as Europe/Berlin or America/New_York, or leave it empty for local time</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York, oder lassen Sie das Feld für die Ortszeit leer</translation>
    </message>
    <message>
        <source>a SQL table target deletes rows by key: set sync.key to the column(s) that identify a row</source>
        <translation>ein SQL-Tabellenziel löscht Zeilen per Schlüssel: setzen Sie sync.key auf die Spalte(n), die eine Zeile identifizieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is plain http://: what Ferry sends can be read on the way; use https://</source>
        <translation>„%1“ ist einfaches http://: was Ferry sendet, kann unterwegs mitgelesen werden; verwenden Sie https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name</source>
        <translation>„%1“ ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>the value of the header &apos;%1&apos; holds control characters</source>
        <translation>der Wert des Headers „%1“ enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the API&apos;s address is missing: give target.base_url, e.g. https://api.example.com/v1</source>
        <translation>die Adresse der API fehlt: geben Sie target.base_url an, z. B. https://api.example.com/v1</translation>
    </message>
    <message>
        <source>the list path is missing: give the path where the records are listed, e.g. /contacts</source>
        <translation>der Listenpfad fehlt: geben Sie den Pfad an, unter dem die Datensätze aufgelistet werden, z. B. /contacts</translation>
    </message>
    <message>
        <source>the record path &apos;%1&apos; has no {id}: write where the record&apos;s id goes, e.g. /contacts/{id}</source>
        <translation>der Datensatzpfad „%1“ hat kein {id}: schreiben Sie, wohin die ID des Datensatzes gehört, z. B. /contacts/{id}</translation>
    </message>
    <message>
        <source>unknown update method &apos;%1&apos;: use PATCH or PUT</source>
        <translation>unbekannte Aktualisierungsmethode „%1“: verwenden Sie PATCH oder PUT</translation>
    </message>
    <message>
        <source>the page size must be from 1 to 10000 (or left out for 100)</source>
        <translation>die Seitengröße muss zwischen 1 und 10000 liegen (oder weggelassen werden für 100)</translation>
    </message>
    <message>
        <source>the webhook&apos;s address is missing: give target.url, where each change is posted</source>
        <translation>die Adresse des Webhooks fehlt: geben Sie target.url an, wohin jede Änderung gesendet wird</translation>
    </message>
    <message>
        <source>retries must be from 0 to 100 (or left out for 10)</source>
        <translation>die Wiederholungen müssen zwischen 0 und 100 liegen (oder weggelassen werden für 10)</translation>
    </message>
    <message>
        <source>the deliveries at once must be from 1 to 64 (or left out for 4)</source>
        <translation>die gleichzeitigen Zustellungen müssen zwischen 1 und 64 liegen (oder weggelassen werden für 4)</translation>
    </message>
    <message>
        <source>the signing secret must be a reference: env:NAME, file:PATH or keychain:NAME</source>
        <translation>das Signaturgeheimnis muss ein Verweis sein: env:NAME, file:PFAD oder keychain:NAME</translation>
    </message>
    <message>
        <source>the secret reference &apos;%1&apos; names nothing: write %2:NAME</source>
        <translation>der Geheimnis-Verweis „%1“ nennt nichts: schreiben Sie %2:NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is plain http://: Ferry sends credentials only over https:// (or to this machine, for tests); use an https:// address</source>
        <translation>„%1“ ist einfaches http://: Ferry sendet Zugangsdaten nur über https:// (oder an diesen Computer, für Tests); verwenden Sie eine https://-Adresse</translation>
    </message>
    <message>
        <source>the bearer token is missing: refer to it with {secret: env:NAME}</source>
        <translation>das Bearer-Token fehlt: verweisen Sie darauf mit {secret: env:NAME}</translation>
    </message>
    <message>
        <source>the user name for basic authentication is missing</source>
        <translation>der Benutzername für die Basic-Authentifizierung fehlt</translation>
    </message>
    <message>
        <source>the password for basic authentication is missing: refer to it with {secret: env:NAME}</source>
        <translation>das Passwort für die Basic-Authentifizierung fehlt: verweisen Sie darauf mit {secret: env:NAME}</translation>
    </message>
    <message>
        <source>the API key&apos;s header or query parameter name is missing (e.g. X-API-Key)</source>
        <translation>der Name des Headers oder Abfrageparameters für den API-Schlüssel fehlt (z. B. X-API-Key)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header or parameter name</source>
        <translation>„%1“ ist kein gültiger Header- oder Parametername</translation>
    </message>
    <message>
        <source>the API key is missing: refer to it with {secret: env:NAME}</source>
        <translation>der API-Schlüssel fehlt: verweisen Sie darauf mit {secret: env:NAME}</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint is missing: give its https:// address</source>
        <translation>der OAuth2-Token-Endpunkt fehlt: geben Sie seine https://-Adresse an</translation>
    </message>
    <message>
        <source>the OAuth2 client id is missing</source>
        <translation>die OAuth2-Client-ID fehlt</translation>
    </message>
    <message>
        <source>the OAuth2 client secret is missing: refer to it with {secret: env:NAME}</source>
        <translation>das OAuth2-Client-Geheimnis fehlt: verweisen Sie darauf mit {secret: env:NAME}</translation>
    </message>
    <message>
        <source>the OAuth2 refresh token is missing: refer to it with {secret: keychain:NAME} or {secret: file:PATH} (so that a new one the server issues can be saved)</source>
        <translation>das OAuth2-Refresh-Token fehlt: verweisen Sie darauf mit {secret: keychain:NAME} oder {secret: file:PFAD} (damit ein neues, das der Server ausstellt, gespeichert werden kann)</translation>
    </message>
    <message>
        <source>a client secret is given without the client id it belongs to</source>
        <translation>ein Client-Geheimnis ist ohne die zugehörige Client-ID angegeben</translation>
    </message>
    <message>
        <source>credentials would travel over plain http:// to %1: use an https:// address</source>
        <translation>Zugangsdaten würden über einfaches http:// an %1 übertragen: verwenden Sie eine https://-Adresse</translation>
    </message>
    <message>
        <source>the proxy must be auto, none or an address such as http://proxy.example:3128 or socks5://host:1080</source>
        <translation>der Proxy muss auto, none oder eine Adresse wie http://proxy.example:3128 oder socks5://host:1080 sein</translation>
    </message>
    <message>
        <source>the request timeout must be from %1 to %2 ms (or left out for retry.request_timeout_ms)</source>
        <translation>das Zeitlimit einer Anfrage muss zwischen %1 und %2 ms liegen (oder weggelassen werden für retry.request_timeout_ms)</translation>
    </message>
    <message>
        <source>the rate limit must be from 0 (none) to %1 requests per second</source>
        <translation>die Ratenbegrenzung muss zwischen 0 (keine) und %1 Anfragen pro Sekunde liegen</translation>
    </message>
    <message>
        <source>the API address is missing: give the URL of the first page</source>
        <translation>die Adresse der API fehlt: geben Sie die URL der ersten Seite an</translation>
    </message>
    <message>
        <source>the HTTP source reads with GET only, not &apos;%1&apos;</source>
        <translation>die HTTP-Quelle liest nur mit GET, nicht „%1“</translation>
    </message>
    <message>
        <source>the Authorization header would keep a credential in the job file: use auth: (bearer, basic, api_key or oauth2) instead</source>
        <translation>der Authorization-Header würde Zugangsdaten in der Auftragsdatei ablegen: verwenden Sie stattdessen auth: (bearer, basic, api_key oder oauth2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid HTTP header name</source>
        <translation>„%1“ ist kein gültiger HTTP-Header-Name</translation>
    </message>
    <message>
        <source>a query parameter has no name</source>
        <translation>ein Abfrageparameter hat keinen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer: write it as /data/items (or leave it empty when the answer is the array itself)</source>
        <translation>„%1“ ist kein JSON-Pointer: schreiben Sie ihn als /data/items (oder lassen Sie ihn leer, wenn die Antwort selbst das Array ist)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer: write it as /links/next (or leave it empty for the Link header)</source>
        <translation>„%1“ ist kein JSON-Pointer: schreiben Sie ihn als /links/next (oder lassen Sie ihn leer für den Link-Header)</translation>
    </message>
    <message>
        <source>the cursor&apos;s place in the answer is missing: give a JSON pointer such as /meta/next_cursor</source>
        <translation>die Stelle des Cursors in der Antwort fehlt: geben Sie einen JSON-Pointer wie /meta/next_cursor an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer: write it as /meta/next_cursor</source>
        <translation>„%1“ ist kein JSON-Pointer: schreiben Sie ihn als /meta/next_cursor</translation>
    </message>
    <message>
        <source>the first page&apos;s number must be from 0 to 1000000</source>
        <translation>die Nummer der ersten Seite muss zwischen 0 und 1000000 liegen</translation>
    </message>
    <message>
        <source>the page size must be from 1 to %1 (or left out)</source>
        <translation>die Seitengröße muss zwischen 1 und %1 liegen (oder weggelassen werden)</translation>
    </message>
    <message>
        <source>the page limit must be from 1 to %1 (or left out)</source>
        <translation>das Seitenlimit muss zwischen 1 und %1 liegen (oder weggelassen werden)</translation>
    </message>
    <message>
        <source>authorize_url is for signing in with a browser, which gives a refresh token: the client_credentials grant does not use it (set grant: refresh_token to use the sign-in)</source>
        <translation>authorize_url dient der Anmeldung im Browser, die ein Refresh-Token liefert: der Grant client_credentials verwendet es nicht (setzen Sie grant: refresh_token, um die Anmeldung zu nutzen)</translation>
    </message>
</context>
<context>
    <name>Ferry::JsonFileSource</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>NDJSON %1</source>
        <translation>NDJSON %1</translation>
    </message>
    <message>
        <source>JSON %1</source>
        <translation>JSON %1</translation>
    </message>
    <message>
        <source>NDJSON file</source>
        <translation>NDJSON-Datei</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON-Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a JSON file holds an array of records, [] when there are none</source>
        <translation>%1 ist leer: eine JSON-Datei enthält ein Array von Datensätzen, [], wenn es keine gibt</translation>
    </message>
    <message>
        <source>%1 is UTF-16; JSON files must be UTF-8: save it as UTF-8</source>
        <translation>%1 ist UTF-16; JSON-Dateien müssen UTF-8 sein: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>%1: records %2: %3 has no key &apos;%4&apos; (its keys: %5): correct the pointer</source>
        <translation>%1: records %2: %3 hat keinen Schlüssel „%4“ (seine Schlüssel: %5): korrigieren Sie den Pointer</translation>
    </message>
    <message>
        <source>%1: records %2: %3 is an array without an item &apos;%4&apos;</source>
        <translation>%1: records %2: %3 ist ein Array ohne Element „%4“</translation>
    </message>
    <message>
        <source>%1: records %2: %3 is %4, which has no &apos;%5&apos;</source>
        <translation>%1: records %2: %3 ist %4, das kein „%5“ hat</translation>
    </message>
    <message>
        <source>%1 holds an object, not an array of records: set records to the JSON pointer of the array inside it (records: /items)</source>
        <translation>%1 enthält ein Objekt, kein Array von Datensätzen: setzen Sie records auf den JSON-Pointer des Arrays darin (records: /items)</translation>
    </message>
    <message>
        <source>%1 holds %2, not an array of records</source>
        <translation>der Inhalt von %1 ist %2, kein Array von Datensätzen</translation>
    </message>
    <message>
        <source>%1: records %2 is %3, not an array of records</source>
        <translation>%1: records %2 ist %3, kein Array von Datensätzen</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: the file is not valid JSON</source>
        <translation>%1:%2:%3: %4: die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>column %1: %2: the line is not a JSON object</source>
        <translation>Spalte %1: %2: die Zeile ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cancelled while reading the source</source>
        <translation>beim Lesen der Quelle abgebrochen</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; has a type, but no record of %2 has such a key (their keys: %3)</source>
        <translation>die Spalte „%1“ hat einen Typ, aber kein Datensatz von %2 hat diesen Schlüssel (ihre Schlüssel: %3)</translation>
    </message>
    <message>
        <source>%1 holds no records, so its columns are unknown</source>
        <translation>%1 enthält keine Datensätze, daher sind seine Spalten unbekannt</translation>
    </message>
    <message>
        <source>the record is %1, not an object: each record must be {&quot;key&quot;: value, …}</source>
        <translation>der Datensatz ist %1, kein Objekt: jeder Datensatz muss {&quot;key&quot;: value, …} sein</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; was not in the file when its columns were read: the file changed while it was read; run the job again</source>
        <translation>der Schlüssel „%1“ war nicht in der Datei, als ihre Spalten gelesen wurden: die Datei hat sich beim Lesen geändert; führen Sie den Auftrag erneut aus</translation>
    </message>
    <message>
        <source>%1 is not a single value: declare the column json, or text</source>
        <translation>%1 ist kein einzelner Wert: deklarieren Sie die Spalte als json oder text</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>%1 record %2 (line %3): %4</source>
        <translation>%1 Datensatz %2 (Zeile %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>%n Zeile in %1 ms gelesen</numerusform>
            <numerusform>%n Zeilen in %1 ms gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::KeyValueEdit</name>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>Ferry::Keychain</name>
    <message>
        <source>no details given</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 cannot be reached because no D-Bus session bus is running (%2); start Ferry in a desktop session, or keep this secret in an environment variable or a file</source>
        <translation>Schlüsselbund nicht verfügbar: %1 ist nicht erreichbar, weil kein D-Bus-Sitzungsbus läuft (%2); starten Sie Ferry in einer Desktop-Sitzung, oder bewahren Sie dieses Geheimnis in einer Umgebungsvariablen oder einer Datei auf</translation>
    </message>
    <message>
        <source>keychain unavailable: no Secret Service is running (gnome-keyring or KWallet) (%1); start one, or keep this secret in an environment variable or a file</source>
        <translation>Schlüsselbund nicht verfügbar: kein Secret Service läuft (gnome-keyring oder KWallet) (%1); starten Sie einen, oder bewahren Sie dieses Geheimnis in einer Umgebungsvariablen oder einer Datei auf</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 has no default keyring to keep secrets in (%2); log in to a desktop session once so that one is created and unlocked, or keep this secret in an environment variable or a file</source>
        <translation>Schlüsselbund nicht verfügbar: %1 hat keinen Standard-Schlüsselbund für Geheimnisse (%2); melden Sie sich einmal an einer Desktop-Sitzung an, damit einer angelegt und entsperrt wird, oder bewahren Sie dieses Geheimnis in einer Umgebungsvariablen oder einer Datei auf</translation>
    </message>
    <message>
        <source>keychain unavailable: the keyring of %1 is locked or refused access (%2); unlock it (log in to the desktop session again, or open the keyring manager) and retry, or keep this secret in an environment variable or a file</source>
        <translation>Schlüsselbund nicht verfügbar: der Schlüsselbund von %1 ist gesperrt oder hat den Zugriff verweigert (%2); entsperren Sie ihn (melden Sie sich erneut an der Desktop-Sitzung an, oder öffnen Sie die Schlüsselbundverwaltung) und versuchen Sie es erneut, oder bewahren Sie dieses Geheimnis in einer Umgebungsvariablen oder einer Datei auf</translation>
    </message>
    <message>
        <source>keychain unavailable: this system offers no keychain Ferry can use (%1); keep this secret in an environment variable or a file</source>
        <translation>Schlüsselbund nicht verfügbar: dieses System bietet keinen Schlüsselbund, den Ferry verwenden kann (%1); bewahren Sie dieses Geheimnis in einer Umgebungsvariablen oder einer Datei auf</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 did not answer within %2 s (a password prompt may be waiting); answer it and retry, or keep this secret in an environment variable or a file</source>
        <translation>Schlüsselbund nicht verfügbar: %1 hat nicht innerhalb von %2 s geantwortet (vielleicht wartet eine Passwortabfrage); beantworten Sie sie und versuchen Sie es erneut, oder bewahren Sie dieses Geheimnis in einer Umgebungsvariablen oder einer Datei auf</translation>
    </message>
    <message>
        <source>keychain unavailable: the application is shutting down</source>
        <translation>Schlüsselbund nicht verfügbar: die Anwendung wird beendet</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 failed (%2); keep this secret in an environment variable or a file instead</source>
        <translation>Schlüsselbund nicht verfügbar: %1 ist fehlgeschlagen (%2); bewahren Sie dieses Geheimnis stattdessen in einer Umgebungsvariablen oder einer Datei auf</translation>
    </message>
    <message>
        <source>%1 should be in the keychain entry &apos;%2&apos; (service %3), which does not exist; store the secret again (the job&apos;s editor in the Ferry app), or refer to it with {secret: env:NAME} or {secret: file:PATH}</source>
        <translation>%1 sollte im Schlüsselbund-Eintrag „%2“ (Dienst %3) stehen, den es nicht gibt; legen Sie das Geheimnis erneut ab (im Editor des Auftrags in der Ferry-App), oder verweisen Sie darauf mit {secret: env:NAME} oder {secret: file:PFAD}</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>das Geheimnis</translation>
    </message>
    <message>
        <source>the keychain was reached through a D-Bus session started on demand for this program, which ends with the display: secrets stored now may be lost; start Ferry in a desktop session, or keep secrets in environment variables or files</source>
        <translation>der Schlüsselbund wurde über eine bei Bedarf für dieses Programm gestartete D-Bus-Sitzung erreicht, die mit der Anzeige endet: jetzt abgelegte Geheimnisse können verloren gehen; starten Sie Ferry in einer Desktop-Sitzung, oder bewahren Sie Geheimnisse in Umgebungsvariablen oder Dateien auf</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 did not return what was just written to it; keep this secret in an environment variable or a file</source>
        <translation>Schlüsselbund nicht verfügbar: %1 hat nicht zurückgegeben, was gerade hineingeschrieben wurde; bewahren Sie dieses Geheimnis in einer Umgebungsvariablen oder einer Datei auf</translation>
    </message>
    <message>
        <source>the keychain&apos;s test entry %1 (service %2) could not be deleted; delete it by hand: %3</source>
        <translation>der Testeintrag %1 des Schlüsselbunds (Dienst %2) konnte nicht gelöscht werden; löschen Sie ihn von Hand: %3</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>der macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>die Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>KWallet or the Secret Service</source>
        <translation>KWallet oder der Secret Service</translation>
    </message>
    <message>
        <source>the Secret Service (libsecret)</source>
        <translation>der Secret Service (libsecret)</translation>
    </message>
    <message>
        <source>KWallet (libsecret is not installed)</source>
        <translation>KWallet (libsecret ist nicht installiert)</translation>
    </message>
    <message>
        <source>%1 refers to the keychain but names no entry: write keychain:NAME</source>
        <translation>%1 verweist auf den Schlüsselbund, nennt aber keinen Eintrag: schreiben Sie keychain:NAME</translation>
    </message>
</context>
<context>
    <name>Ferry::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Ferry::LogView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Everything, debug included</source>
        <translation>Alles, einschließlich Debug</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Information und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Selected job &amp;only</source>
        <translation>N&amp;ur ausgewählter Auftrag</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Follo&amp;w</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Keep the newest entry in view</source>
        <translation>Den neuesten Eintrag im Blick behalten</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Only &apos;%1&apos;</source>
        <translation>N&amp;ur „%1“</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>%1 was held: %2. Preview it to see the deletes and confirm them.</source>
        <translation>%1 wurde angehalten: %2. Öffnen Sie die Vorschau, um die Löschungen zu sehen und zu bestätigen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
    <message>
        <source>A job copies the rows of a database table or query into a cloud data source or another database, showing you every change before it is made. Make one with New Job…, or bring in Ferry job files or Fliplet Agent configs with Import….</source>
        <translation>Ein Auftrag kopiert die Zeilen einer Datenbanktabelle oder -abfrage in eine Cloud-Datenquelle oder eine andere Datenbank und zeigt Ihnen jede Änderung, bevor sie gemacht wird. Legen Sie einen mit Neuer Auftrag… an, oder holen Sie Ferry-Auftragsdateien oder Fliplet-Agent-Konfigurationen mit Importieren… herein.</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Make a job: its source, target, mapping and schedule</source>
        <translation>Einen Auftrag anlegen: seine Quelle, sein Ziel, seine Zuordnung und seinen Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the job&apos;s source, target, mapping and schedule</source>
        <translation>Quelle, Ziel, Zuordnung und Zeitplan des Auftrags ändern</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>See exactly what the job would insert, update and delete, then apply it</source>
        <translation>Genau sehen, was der Auftrag einfügen, aktualisieren und löschen würde, und es dann anwenden</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>Jetzt &amp;ausführen</translation>
    </message>
    <message>
        <source>Run the job now, without a preview</source>
        <translation>Den Auftrag jetzt ausführen, ohne Vorschau</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the job&apos;s run or preview</source>
        <translation>Den Lauf oder die Vorschau des Auftrags anhalten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the job</source>
        <translation>Eine Kopie des Auftrags anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the job (its file is kept in the .deleted folder)</source>
        <translation>Den Auftrag löschen (seine Datei bleibt im Ordner .deleted)</translation>
    </message>
    <message>
        <source>Write the selected jobs (or all) to a folder as Ferry job files</source>
        <translation>Die ausgewählten Aufträge (oder alle) als Ferry-Auftragsdateien in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Add Ferry job files or Fliplet Agent configs to the job list</source>
        <translation>Ferry-Auftragsdateien oder Fliplet-Agent-Konfigurationen zur Auftragsliste hinzufügen</translation>
    </message>
    <message>
        <source>Open Job &amp;Folder</source>
        <translation>Auftrags&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of job files that Ferry and ferry-cli share</source>
        <translation>Den Ordner der Auftragsdateien zeigen, den Ferry und ferry-cli teilen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation>Ferry beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Choose Ferry&apos;s language and what the log shows</source>
        <translation>Die Sprache von Ferry wählen und was das Protokoll zeigt</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ü&amp;ber Ferry</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>Über Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Syncs your databases into cloud data sources, with a preview of every change before it is made.&lt;/p&gt;&lt;p&gt;Jobs: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Synchronisiert Ihre Datenbanken in Cloud-Datenquellen, mit einer Vorschau jeder Änderung, bevor sie gemacht wird.&lt;/p&gt;&lt;p&gt;Aufträge: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit job</source>
        <translation>Auftrag bearbeiten</translation>
    </message>
    <message>
        <source>%1 is a Fliplet Agent config. Saving it from the editor rewrites the file in Ferry&apos;s format, which Fliplet Agent cannot read, and keeps its token outside the file.</source>
        <translation>%1 ist eine Fliplet-Agent-Konfiguration. Beim Speichern aus dem Editor wird die Datei im Format von Ferry neu geschrieben, das Fliplet Agent nicht lesen kann, und ihr Token bleibt außerhalb der Datei.</translation>
    </message>
    <message>
        <source>Edit in Ferry&apos;s format</source>
        <translation>Im Format von Ferry bearbeiten</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is running now: preview it once the run is over.</source>
        <translation>„%1“ läuft gerade: Öffnen Sie die Vorschau, wenn der Lauf vorbei ist.</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Delete the job &apos;%1&apos;?

Its file is moved to %2, from where it can be restored; its run history stays.</source>
        <translation>Den Auftrag „%1“ löschen?

Seine Datei wird nach %2 verschoben, von wo sie wiederhergestellt werden kann; sein Laufverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete these %1 jobs?

%2

Their files are moved to %3, from where they can be restored; their run history stays.</source>
        <translation>Diese %1 Aufträge löschen?

%2

Ihre Dateien werden nach %3 verschoben, von wo sie wiederhergestellt werden können; ihr Laufverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete jobs</source>
        <translation>Aufträge löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s); the files are in %1</source>
        <translation>
            <numerusform>%n Auftrag gelöscht; die Datei ist in %1</numerusform>
            <numerusform>%n Aufträge gelöscht; die Dateien sind in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n job(s) to</source>
        <translation>
            <numerusform>%n Auftrag exportieren nach</numerusform>
            <numerusform>%n Aufträge exportieren nach</numerusform>
        </translation>
    </message>
    <message>
        <source>Export jobs</source>
        <translation>Aufträge exportieren</translation>
    </message>
    <message>
        <source>%1 holds files of these names already:

%2

Replace them?</source>
        <translation>%1 enthält bereits Dateien dieser Namen:

%2

Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1</source>
        <translation>
            <numerusform>%n Auftrag nach %1 exportiert</numerusform>
            <numerusform>%n Aufträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation>Aufträge importieren</translation>
    </message>
    <message>
        <source>Job files (*.yaml *.yml);;All files (*)</source>
        <translation>Auftragsdateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n job(s)</source>
        <translation>
            <numerusform>%n Auftrag importiert</numerusform>
            <numerusform>%n Aufträge importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Schedules paused: jobs run only when you start them.</source>
        <translation>Zeitpläne angehalten: Aufträge laufen nur, wenn Sie sie starten.</translation>
    </message>
    <message>
        <source>Schedules resumed.</source>
        <translation>Zeitpläne fortgesetzt.</translation>
    </message>
    <message>
        <source>Pause &amp;Schedule</source>
        <translation>Zeitplan an&amp;halten</translation>
    </message>
    <message>
        <source>Keep the job from running by itself on its schedule (Run Now still runs it)</source>
        <translation>Den Auftrag nicht mehr von selbst nach Zeitplan ausführen (Jetzt ausführen geht weiterhin)</translation>
    </message>
    <message>
        <source>Pause &amp;All Schedules</source>
        <translation>Alle Zeitpläne anhal&amp;ten</translation>
    </message>
    <message>
        <source>No job runs by itself until schedules are resumed</source>
        <translation>Kein Auftrag läuft von selbst, bis die Zeitpläne fortgesetzt werden</translation>
    </message>
    <message numerus="yes">
        <source>Started %n job(s)</source>
        <translation>
            <numerusform>%n Auftrag gestartet</numerusform>
            <numerusform>%n Aufträge gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n job(s); not started: %1</source>
        <translation>
            <numerusform>%n Auftrag gestartet; nicht gestartet: %1</numerusform>
            <numerusform>%n Aufträge gestartet; nicht gestartet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started in the running Ferry</source>
        <translation>%1 wurde im laufenden Ferry gestartet</translation>
    </message>
    <message>
        <source>unknown request &apos;%1&apos;</source>
        <translation>unbekannte Anfrage „%1“</translation>
    </message>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry läuft weiter</translation>
    </message>
    <message>
        <source>Scheduled jobs keep running from the tray. To quit, use Quit in the tray&apos;s menu or File ▸ Quit.</source>
        <translation>Geplante Aufträge laufen aus dem Infobereich weiter. Zum Beenden nutzen Sie Beenden in dessen Menü oder Datei ▸ Beenden.</translation>
    </message>
    <message numerus="yes">
        <source>Finishing %n run(s), then Ferry quits…</source>
        <translation>
            <numerusform>%n Lauf wird beendet, dann wird Ferry beendet…</numerusform>
            <numerusform>%n Läufe werden beendet, dann wird Ferry beendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are writing to their targets. Let them finish, then quit? Or stop them now: what the targets confirmed stays, and the next run completes the rest.</source>
        <translation>
            <numerusform>%n Auftrag schreibt in sein Ziel. Fertig laufen lassen und dann beenden? Oder jetzt anhalten: Was das Ziel bestätigt hat, bleibt, und der nächste Lauf erledigt den Rest.</numerusform>
            <numerusform>%n Aufträge schreiben in ihre Ziele. Fertig laufen lassen und dann beenden? Oder jetzt anhalten: Was die Ziele bestätigt haben, bleibt, und der nächste Lauf erledigt den Rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish, then quit</source>
        <translation>Fertig laufen lassen, dann beenden</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Ferry is quitting once its runs end</source>
        <translation>Ferry wird beendet, sobald seine Läufe enden</translation>
    </message>
</context>
<context>
    <name>Ferry::Mapping</name>
    <message>
        <source>the mapping reads column &apos;%1&apos;, which the source does not have (it has %2)</source>
        <translation>die Zuordnung liest die Spalte „%1“, die die Quelle nicht hat (sie hat %2)</translation>
    </message>
    <message>
        <source>two mappings write the field &apos;%1&apos;</source>
        <translation>zwei Zuordnungen schreiben das Feld „%1“</translation>
    </message>
</context>
<context>
    <name>Ferry::MappingModel</name>
    <message>
        <source>a floating-point key may not match exactly: prefer a whole number or text</source>
        <translation>ein Gleitkomma-Schlüssel passt eventuell nicht genau: nehmen Sie lieber eine ganze Zahl oder Text</translation>
    </message>
    <message>
        <source>timestamps are read from this text: ISO 8601 or a common SQL form</source>
        <translation>Zeitstempel werden aus diesem Text gelesen: ISO 8601 oder eine gängige SQL-Form</translation>
    </message>
    <message>
        <source>bytes are sent as base64 text</source>
        <translation>Bytes werden als Base64-Text gesendet</translation>
    </message>
    <message>
        <source>the data source has this field in another case: Fliplet field names are case-sensitive</source>
        <translation>die Datenquelle hat dieses Feld in anderer Schreibweise: Feldnamen in Fliplet unterscheiden Groß- und Kleinschreibung</translation>
    </message>
    <message>
        <source>a new field in the data source</source>
        <translation>ein neues Feld in der Datenquelle</translation>
    </message>
    <message>
        <source>not a column of the table (yet)</source>
        <translation>(noch) keine Spalte der Tabelle</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Weiches Löschen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Rows match target records by these fields (several: a composite key)</source>
        <translation>Zeilen werden über diese Felder Datensätzen im Ziel zugeordnet (mehrere: ein zusammengesetzter Schlüssel)</translation>
    </message>
    <message>
        <source>Update a record only when this field is newer in the source</source>
        <translation>Einen Datensatz nur aktualisieren, wenn dieses Feld in der Quelle neuer ist</translation>
    </message>
    <message>
        <source>Rows with a value in this field are deleted from the target</source>
        <translation>Zeilen mit einem Wert in diesem Feld werden aus dem Ziel gelöscht</translation>
    </message>
</context>
<context>
    <name>Ferry::MediaColumns</name>
    <message>
        <source>the file column &apos;%1&apos; is not among the rows&apos; columns (%2): name a column of the query or of the mapping</source>
        <translation>die Dateispalte „%1“ ist nicht unter den Spalten der Zeilen (%2): nennen Sie eine Spalte der Abfrage oder der Zuordnung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>%1 hochladen</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>row with key %1</source>
        <translation>Zeile mit Schlüssel %1</translation>
    </message>
    <message>
        <source> (the row is not written; the next run tries again)</source>
        <translation> (die Zeile wird nicht geschrieben; der nächste Lauf versucht es erneut)</translation>
    </message>
    <message numerus="yes">
        <source>file columns: %n file(s) already in Fliplet media</source>
        <translation>
            <numerusform>Dateispalten: %n Datei bereits in den Fliplet-Medien</numerusform>
            <numerusform>Dateispalten: %n Dateien bereits in den Fliplet-Medien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%n Datei hochzuladen</numerusform>
            <numerusform>%n Dateien hochzuladen</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1: uploading %2 (%3) to Fliplet media failed: %4</source>
        <translation>Spalte %1: Hochladen von %2 (%3) in die Fliplet-Medien fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>the file changed after the preview was made; preview again to upload the new one</source>
        <translation>die Datei hat sich nach der Vorschau geändert; erstellen Sie die Vorschau neu, um die neue hochzuladen</translation>
    </message>
</context>
<context>
    <name>Ferry::MediaFileFetcher</name>
    <message>
        <source>the file %1 does not exist: fix the path in the row, or the column&apos;s directory</source>
        <translation>die Datei %1 existiert nicht: korrigieren Sie den Pfad in der Zeile oder das Verzeichnis der Spalte</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MiB, which Ferry does not upload</source>
        <translation>die Datei %1 ist größer als %2 MiB; so große Dateien lädt Ferry nicht hoch</translation>
    </message>
    <message>
        <source>cannot read the file %1 (%2): check its permissions</source>
        <translation>die Datei %1 kann nicht gelesen werden (%2): prüfen Sie ihre Zugriffsrechte</translation>
    </message>
    <message>
        <source>reading the file %1 failed (%2)</source>
        <translation>das Lesen der Datei %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL (a remote file column holds URLs; use type: local for paths)</source>
        <translation>„%1“ ist keine http://- oder https://-URL (eine entfernte Dateispalte enthält URLs; verwenden Sie type: local für Pfade)</translation>
    </message>
    <message>
        <source>the file&apos;s host refused %1: HTTP %2; set the headers it needs (headers: in the file column)</source>
        <translation>der Host der Datei hat %1 abgelehnt: HTTP %2; setzen Sie die Header, die er verlangt (headers: in der Dateispalte)</translation>
    </message>
    <message>
        <source>downloading %1 failed: HTTP %2</source>
        <translation>das Herunterladen von %1 ist fehlgeschlagen: HTTP %2</translation>
    </message>
    <message>
        <source>the path %1 leads out of the column&apos;s directory %2: fix the path in the row, or remove the column&apos;s directory if its rows hold full paths</source>
        <translation>der Pfad %1 führt aus dem Verzeichnis %2 der Spalte hinaus: korrigieren Sie den Pfad in der Zeile, oder entfernen Sie das Verzeichnis der Spalte, wenn ihre Zeilen vollständige Pfade enthalten</translation>
    </message>
    <message>
        <source>downloading %1 failed: %2</source>
        <translation>das Herunterladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleAccountEdit</name>
    <message>
        <source>Other values:</source>
        <translation>Weitere Werte:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Account values the module does not describe: passed to init(account) as well.</source>
        <translation>Kontowerte, die das Modul nicht beschreibt: werden ebenfalls an init(account) übergeben.</translation>
    </message>
    <message>
        <source>Reading the module&apos;s fields…</source>
        <translation>Die Felder des Moduls werden gelesen …</translation>
    </message>
    <message>
        <source>No form for this module&apos;s account, only the list: %1</source>
        <translation>Kein Formular für das Konto dieses Moduls, nur die Liste: %1</translation>
    </message>
    <message>
        <source>%1 describes no account fields.</source>
        <translation>%1 beschreibt keine Kontofelder.</translation>
    </message>
    <message>
        <source>Not described by this module: kept because a value was typed.</source>
        <translation>Von diesem Modul nicht beschrieben: behalten, weil ein Wert eingegeben wurde.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleAccountFields</name>
    <message>
        <source>%1 exports no accountFields: its account is edited as a name/value list (a module describes it with exports.accountFields = [{name, type, secret, help}])</source>
        <translation>%1 exportiert keine accountFields: sein Konto wird als Liste von Namen und Werten bearbeitet (ein Modul beschreibt es mit exports.accountFields = [{name, type, secret, help}])</translation>
    </message>
    <message>
        <source>%1 exports accountFields as %2, not an array: write exports.accountFields = [{name, type, secret, help}]</source>
        <translation>%1 exportiert accountFields als %2, nicht als Array: schreiben Sie exports.accountFields = [{name, type, secret, help}]</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not an object: each entry is {name, type, secret, help}</source>
        <translation>%1: %2 ist %3, kein Objekt: jeder Eintrag ist {name, type, secret, help}</translation>
    </message>
    <message>
        <source>%1: %2 (%3) has no name: give it a non-empty text name, the key init(account) reads</source>
        <translation>%1: %2 (%3) hat keinen Namen: geben Sie ihm einen nicht leeren Text als Namen, den Schlüssel, den init(account) liest</translation>
    </message>
    <message>
        <source>%1: %2 names &apos;%3&apos; a second time: each account field once</source>
        <translation>%1: %2 nennt „%3“ ein zweites Mal: jedes Kontofeld nur einmal</translation>
    </message>
    <message>
        <source>%1: %2 (&apos;%3&apos;) has the type %4: use text, number, boolean, url or password (or leave it out for text)</source>
        <translation>%1: %2 („%3“) hat den Typ %4: verwenden Sie text, number, boolean, url oder password (oder lassen Sie ihn weg für text)</translation>
    </message>
    <message>
        <source>%1: %2 (&apos;%3&apos;) has secret: %4: write true or false</source>
        <translation>%1: %2 („%3“) hat secret: %4: schreiben Sie true oder false</translation>
    </message>
    <message>
        <source>%1: %2 (&apos;%3&apos;) has help: %4: write a text</source>
        <translation>%1: %2 („%3“) hat help: %4: schreiben Sie einen Text</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleConnection</name>
    <message>
        <source>the module %1 does not export %2(), which a module %3 needs (%4): add it, or name another module in %5.file</source>
        <translation>das Modul %1 exportiert kein %2(), das ein Modul-%3 braucht (%4): fügen Sie es hinzu, oder nennen Sie ein anderes Modul in %5.file</translation>
    </message>
    <message>
        <source>the module has no file: set %1 to the JavaScript module</source>
        <translation>das Modul hat keine Datei: setzen Sie %1 auf das JavaScript-Modul</translation>
    </message>
    <message>
        <source>the module file %1 does not exist: correct %2 (relative to the job file&apos;s folder)</source>
        <translation>die Moduldatei %1 existiert nicht: korrigieren Sie %2 (relativ zum Ordner der Auftragsdatei)</translation>
    </message>
    <message>
        <source>this program cannot run connector modules (no extension host was set up)</source>
        <translation>dieses Programm kann keine Connector-Module ausführen (es wurde kein Erweiterungs-Host eingerichtet)</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleCursorStore</name>
    <message>
        <source>the module source&apos;s position (nextSync) cannot be read from %1: %2</source>
        <translation>die Position der Modulquelle (nextSync) kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>the module source&apos;s position (nextSync) in %1 is damaged (%2): delete the file to read everything again</source>
        <translation>die Position der Modulquelle (nextSync) in %1 ist beschädigt (%2): löschen Sie die Datei, um alles erneut zu lesen</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the module source&apos;s position (nextSync) cannot be saved to %1: %2; the next run reads the same changes again</source>
        <translation>die Position der Modulquelle (nextSync) kann nicht in %1 gespeichert werden: %2; der nächste Lauf liest dieselben Änderungen erneut</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleEntries</name>
    <message>
        <source>entry %1 of getUpdates() has the type &apos;%2&apos;: use upsert, insert, update or delete</source>
        <translation>Eintrag %1 von getUpdates() hat den Typ „%2“: verwenden Sie upsert, insert, update oder delete</translation>
    </message>
    <message>
        <source>entry %1 (id %2) of getUpdates() has no value object: fix the module</source>
        <translation>Eintrag %1 (ID %2) von getUpdates() hat kein value-Objekt: korrigieren Sie das Modul</translation>
    </message>
    <message>
        <source>entry %1 (id %2) of getUpdates() is a delete without a value, and Ferry cannot tell which column its id fills: make sync.key one field (with a mapping, one it writes from a source column), or have the module give deletes their value with the key</source>
        <translation>Eintrag %1 (ID %2) von getUpdates() ist ein delete ohne value, und Ferry kann nicht erkennen, welche Spalte seine ID füllt: machen Sie sync.key zu einem einzigen Feld (bei einer Zuordnung zu einem, das sie aus einer Quellspalte schreibt), oder lassen Sie das Modul bei delete-Einträgen den value mit dem Schlüssel mitgeben</translation>
    </message>
    <message>
        <source>entry %1 of getUpdates() is a delete with neither an id nor the key column &apos;%2&apos; in its value: fix the module</source>
        <translation>Eintrag %1 von getUpdates() ist ein delete, das weder eine ID noch die Schlüsselspalte „%2“ in seinem value hat: korrigieren Sie das Modul</translation>
    </message>
    <message>
        <source>entry %1 (id %2) of getUpdates() is a delete without the key column &apos;%3&apos; in its value, and the module&apos;s ids are not the records&apos; keys (entry %4 has the id %5 and the key %6): have the module give deletes their value with the key</source>
        <translation>Eintrag %1 (ID %2) von getUpdates() ist ein delete ohne die Schlüsselspalte „%3“ in seinem value, und die IDs des Moduls sind nicht die Schlüssel der Datensätze (Eintrag %4 hat die ID %5 und den Schlüssel %6): lassen Sie das Modul bei delete-Einträgen den value mit dem Schlüssel mitgeben</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleSource</name>
    <message>
        <source>module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>getUpdates() answered %1, not {nextSync, entries: [{id, type, value}]}: fix the module</source>
        <translation>getUpdates() hat %1 geantwortet, nicht {nextSync, entries: [{id, type, value}]}: korrigieren Sie das Modul</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the module source was not started</source>
        <translation>die Modulquelle wurde nicht gestartet</translation>
    </message>
    <message numerus="yes">
        <source>getUpdates(null) gives %n record(s)</source>
        <translation>
            <numerusform>getUpdates(null) liefert %n Datensatz</numerusform>
            <numerusform>getUpdates(null) liefert %n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module reported %n deleted record(s), which are not deleted at the target: set sync.delete_column (e.g. _deleted) to delete them there; until then the module source&apos;s position (nextSync) is not advanced, so the next run reads them again</source>
        <translation>
            <numerusform>das Modul hat %n gelöschten Datensatz gemeldet, der im Ziel nicht gelöscht wird: setzen Sie sync.delete_column (z. B. _deleted), um ihn dort zu löschen; bis dahin wird die Position der Modulquelle (nextSync) nicht weitergesetzt, daher liest der nächste Lauf ihn erneut</numerusform>
            <numerusform>das Modul hat %n gelöschte Datensätze gemeldet, die im Ziel nicht gelöscht werden: setzen Sie sync.delete_column (z. B. _deleted), um sie dort zu löschen; bis dahin wird die Position der Modulquelle (nextSync) nicht weitergesetzt, daher liest der nächste Lauf sie erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of getUpdates() replaced by a later entry of the same id</source>
        <translation>
            <numerusform>%n Eintrag von getUpdates() durch einen späteren Eintrag mit derselben ID ersetzt</numerusform>
            <numerusform>%n Einträge von getUpdates() durch einen späteren Eintrag mit derselben ID ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleTarget</name>
    <message>
        <source>the module refused the insert of key %1: %2</source>
        <translation>das Modul hat das Einfügen von Schlüssel %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the module refused the %1 of record %2 (key %3): %4</source>
        <translation>das Modul hat den Vorgang %1 für Datensatz %2 (Schlüssel %3) abgelehnt: %4</translation>
    </message>
    <message>
        <source>the module&apos;s insert() of key %1 returned no id (%2): Ferry cannot remember where the record went</source>
        <translation>insert() des Moduls hat für Schlüssel %1 keine ID zurückgegeben (%2): Ferry kann sich nicht merken, wo der Datensatz gelandet ist</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>getUpdates(null) answered %1, not {nextSync, entries: [{id, type, value}]}: fix the module</source>
        <translation>getUpdates(null) hat %1 geantwortet, nicht {nextSync, entries: [{id, type, value}]}: korrigieren Sie das Modul</translation>
    </message>
    <message>
        <source>entry %1 of getUpdates(null) has no id (text or a whole number): fix the module</source>
        <translation>Eintrag %1 von getUpdates(null) hat keine ID (Text oder eine ganze Zahl): korrigieren Sie das Modul</translation>
    </message>
    <message>
        <source>entry %1 (id %2) of getUpdates(null) has no value object: fix the module</source>
        <translation>Eintrag %1 (ID %2) von getUpdates(null) hat kein value-Objekt: korrigieren Sie das Modul</translation>
    </message>
    <message>
        <source>getUpdates(null) lists id %1 twice: a full listing names each record once</source>
        <translation>getUpdates(null) führt die ID %1 zweimal auf: eine vollständige Auflistung nennt jeden Datensatz einmal</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed by the module %1</source>
        <translation>
            <numerusform>%n Datensatz, vom Modul %1 aufgelistet</numerusform>
            <numerusform>%n Datensätze, vom Modul %1 aufgelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module lists %n record(s)</source>
        <translation>
            <numerusform>das Modul listet %n Datensatz auf</numerusform>
            <numerusform>das Modul listet %n Datensätze auf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Modules</name>
    <message>
        <source>&apos;account&apos; must be a map of names to values, e.g. {url: http://localhost:3000, token: {secret: env:API_TOKEN}}</source>
        <translation>„account“ muss eine Zuordnungstabelle von Namen zu Werten sein, z. B. {url: http://localhost:3000, token: {secret: env:API_TOKEN}}</translation>
    </message>
    <message>
        <source>account value &apos;%1&apos; must be text, a number or {secret: env:NAME}; a list is not an account value</source>
        <translation>der Kontowert „%1“ muss Text, eine Zahl oder {secret: env:NAME} sein; eine Liste ist kein Kontowert</translation>
    </message>
    <message>
        <source>the module has no file: name the JavaScript module that implements init, getUpdates, insert, patch and delete (relative to the job file&apos;s folder)</source>
        <translation>das Modul hat keine Datei: nennen Sie das JavaScript-Modul, das init, getUpdates, insert, patch und delete implementiert (relativ zum Ordner der Auftragsdatei)</translation>
    </message>
    <message>
        <source>%1 is an ES module (.mjs), which Ferry cannot require(): write it as a CommonJS module (exports.getUpdates = …) in a .js file</source>
        <translation>%1 ist ein ES-Modul (.mjs), das Ferry nicht mit require() laden kann: schreiben Sie es als CommonJS-Modul (exports.getUpdates = …) in eine .js-Datei</translation>
    </message>
    <message>
        <source>an account value has no name: name it or remove it</source>
        <translation>ein Kontowert hat keinen Namen: benennen Sie ihn oder entfernen Sie ihn</translation>
    </message>
    <message>
        <source>the account value &apos;%1&apos; is given twice: keep one</source>
        <translation>der Kontowert „%1“ ist zweimal angegeben: behalten Sie einen</translation>
    </message>
    <message>
        <source>the time limit of one module call must be from 1 to %1 seconds</source>
        <translation>das Zeitlimit eines Modulaufrufs muss zwischen 1 und %1 Sekunden liegen</translation>
    </message>
    <message>
        <source>the extension host&apos;s memory cap must be from %1 to %2 MB</source>
        <translation>die Speichergrenze des Erweiterungs-Hosts muss zwischen %1 und %2 MB liegen</translation>
    </message>
    <message>
        <source>a module source reads only what changed since the last run, so mode replace would delete every other record at the target: use mode update or append</source>
        <translation>eine Modulquelle liest nur, was sich seit dem letzten Lauf geändert hat, daher würde der Modus replace jeden anderen Datensatz im Ziel löschen: verwenden Sie den Modus update oder append</translation>
    </message>
</context>
<context>
    <name>Ferry::OAuthAuthorizationCode</name>
    <message>
        <source>the sign-in was declined at the provider (%1): sign in again and allow Ferry access</source>
        <translation>die Anmeldung wurde beim Anbieter abgelehnt (%1): melden Sie sich erneut an und erlauben Sie Ferry den Zugriff</translation>
    </message>
    <message>
        <source>the provider refused the scope (%1): check %2</source>
        <translation>der Anbieter hat den Scope abgelehnt (%1): prüfen Sie %2</translation>
    </message>
    <message>
        <source>the provider does not let this client sign in with the authorization-code grant (%1): check %2 and allow that grant in the client&apos;s settings at the provider</source>
        <translation>der Anbieter lässt diesen Client nicht mit dem Authorization-Code-Grant anmelden (%1): prüfen Sie %2 und erlauben Sie diesen Grant in den Einstellungen des Clients beim Anbieter</translation>
    </message>
    <message>
        <source>the provider could not sign you in just now (%1): try again later</source>
        <translation>der Anbieter konnte Sie gerade nicht anmelden (%1): versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the provider refused the sign-in request (%1): check %2 and %3, and that the provider allows the redirect address http://127.0.0.1 with any port</source>
        <translation>der Anbieter hat die Anmeldeanfrage abgelehnt (%1): prüfen Sie %2 und %3 und ob der Anbieter die Weiterleitungsadresse http://127.0.0.1 mit beliebigem Port zulässt</translation>
    </message>
    <message numerus="yes">
        <source>the browser did not come back within %n minute(s): sign in again, and finish the sign-in in the browser window Ferry opens</source>
        <translation>
            <numerusform>der Browser ist nicht innerhalb von %n Minute zurückgekehrt: melden Sie sich erneut an, und schließen Sie die Anmeldung in dem Browserfenster ab, das Ferry öffnet</numerusform>
            <numerusform>der Browser ist nicht innerhalb von %n Minuten zurückgekehrt: melden Sie sich erneut an, und schließen Sie die Anmeldung in dem Browserfenster ab, das Ferry öffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the browser did not come back within %n second(s): sign in again, and finish the sign-in in the browser window Ferry opens</source>
        <translation>
            <numerusform>der Browser ist nicht innerhalb von %n Sekunde zurückgekehrt: melden Sie sich erneut an, und schließen Sie die Anmeldung in dem Browserfenster ab, das Ferry öffnet</numerusform>
            <numerusform>der Browser ist nicht innerhalb von %n Sekunden zurückgekehrt: melden Sie sich erneut an, und schließen Sie die Anmeldung in dem Browserfenster ab, das Ferry öffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>a sign-in is already in progress</source>
        <translation>eine Anmeldung läuft bereits</translation>
    </message>
    <message>
        <source>%1 is missing: give the provider&apos;s https:// address</source>
        <translation>%1 fehlt: geben Sie die https://-Adresse des Anbieters an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address: check %2</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse: prüfen Sie %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is plain http://: sign-in answers travel only over https:// (or to this machine, for tests); use the https:// address in %2</source>
        <translation>„%1“ ist einfaches http://: Antworten der Anmeldung werden nur über https:// übertragen (oder an diesen Computer, für Tests); verwenden Sie die https://-Adresse in %2</translation>
    </message>
    <message>
        <source>%1 is missing: give the client id the provider issued for Ferry</source>
        <translation>%1 fehlt: geben Sie die Client-ID an, die der Anbieter für Ferry ausgestellt hat</translation>
    </message>
    <message>
        <source>Ferry cannot listen on 127.0.0.1 for the browser&apos;s answer (%1): check that the loopback interface is up and that a firewall allows local connections</source>
        <translation>Ferry kann auf 127.0.0.1 nicht auf die Antwort des Browsers warten (%1): prüfen Sie, ob die Loopback-Schnittstelle aktiv ist und eine Firewall lokale Verbindungen zulässt</translation>
    </message>
    <message>
        <source>the sign-in was cancelled</source>
        <translation>die Anmeldung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>This address only takes Ferry&apos;s sign-in answer.</source>
        <translation>Diese Adresse nimmt nur die Antwort auf die Anmeldung von Ferry entgegen.</translation>
    </message>
    <message>
        <source>This sign-in is over. If Ferry still shows an error, sign in again there.</source>
        <translation>Diese Anmeldung ist beendet. Wenn Ferry noch einen Fehler anzeigt, melden Sie sich dort erneut an.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>This answer does not belong to Ferry&apos;s sign-in request. Return to Ferry and sign in again.</source>
        <translation>Diese Antwort gehört nicht zur Anmeldeanfrage von Ferry. Kehren Sie zu Ferry zurück und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1. Return to Ferry.</source>
        <translation>%1. Kehren Sie zu Ferry zurück.</translation>
    </message>
    <message>
        <source>The provider sent no authorization code. Return to Ferry.</source>
        <translation>Der Anbieter hat keinen Autorisierungscode gesendet. Kehren Sie zu Ferry zurück.</translation>
    </message>
    <message>
        <source>the provider sent the browser back without an authorization code or an error: check %1</source>
        <translation>der Anbieter hat den Browser ohne Autorisierungscode und ohne Fehler zurückgeschickt: prüfen Sie %1</translation>
    </message>
    <message>
        <source>Ferry is signed in</source>
        <translation>Ferry ist angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to Ferry.</source>
        <translation>Sie können dieses Fenster schließen und zu Ferry zurückkehren.</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint %1 could not be reached: %2</source>
        <translation>der OAuth2-Token-Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the client (%1): check %2 and %3</source>
        <translation>der OAuth2-Token-Endpunkt hat den Client abgelehnt (%1): prüfen Sie %2 und %3</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the authorization code (%1): sign in again; if it keeps failing, check that %2 belongs to the same provider as %3</source>
        <translation>der OAuth2-Token-Endpunkt hat den Autorisierungscode abgelehnt (%1): melden Sie sich erneut an; wenn es weiterhin fehlschlägt, prüfen Sie, ob %2 zum selben Anbieter gehört wie %3</translation>
    </message>
    <message>
        <source>the OAuth2 client may not use the authorization-code grant (%1): allow it in the client&apos;s settings at the provider, or check %2</source>
        <translation>der OAuth2-Client darf den Authorization-Code-Grant nicht verwenden (%1): erlauben Sie ihn in den Einstellungen des Clients beim Anbieter, oder prüfen Sie %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint failed (%1): check %2</source>
        <translation>der OAuth2-Token-Endpunkt ist fehlgeschlagen (%1): prüfen Sie %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint answered without an access_token (HTTP %1): check %2</source>
        <translation>der OAuth2-Token-Endpunkt hat ohne access_token geantwortet (HTTP %1): prüfen Sie %2</translation>
    </message>
    <message>
        <source>the provider signed Ferry in but issued no refresh token, which Ferry needs to run without you: many providers issue one only when asked for offline access (a scope such as offline_access in %1, or a setting of the client)</source>
        <translation>der Anbieter hat Ferry angemeldet, aber kein Refresh-Token ausgestellt, das Ferry braucht, um ohne Sie zu laufen: viele Anbieter stellen eines nur aus, wenn Offline-Zugriff angefordert wird (ein Scope wie offline_access in %1 oder eine Einstellung des Clients)</translation>
    </message>
</context>
<context>
    <name>Ferry::OAuthSignIn</name>
    <message>
        <source>Sign in with browser…</source>
        <translation>Im Browser anmelden…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser; the refresh token it gives Ferry is kept in the keychain</source>
        <translation>Öffnet die Anmeldeseite des Anbieters in Ihrem Browser; das Refresh-Token, das Ferry dort erhält, wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Fill in %1 first</source>
        <translation>Füllen Sie zuerst %1 aus</translation>
    </message>
    <message>
        <source>the OAuth2 client secret</source>
        <translation>das OAuth2-Client-Geheimnis</translation>
    </message>
    <message>
        <source>Signed in at the provider; getting the tokens…</source>
        <translation>Beim Anbieter angemeldet; die Token werden abgerufen …</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser …</translation>
    </message>
    <message>
        <source>Ferry could not open a browser: open this address in one to sign in:
%1</source>
        <translation>Ferry konnte keinen Browser öffnen: Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:
%1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no keychain is available to this editor</source>
        <translation>diesem Editor steht kein Schlüsselbund zur Verfügung</translation>
    </message>
    <message>
        <source>Signed in, but the keychain cannot keep the refresh token (%1): choose where to keep it above (a file only you can read); it is stored when you save the job.</source>
        <translation>Angemeldet, aber der Schlüsselbund kann das Refresh-Token nicht aufbewahren (%1): Wählen Sie oben, wo es aufbewahrt wird (eine Datei, die nur Sie lesen können); es wird beim Speichern des Auftrags abgelegt.</translation>
    </message>
    <message>
        <source>Signed in. Save the job to store the refresh token in the keychain (%1).</source>
        <translation>Angemeldet. Speichern Sie den Auftrag, um das Refresh-Token im Schlüsselbund abzulegen (%1).</translation>
    </message>
</context>
<context>
    <name>Ferry::Plan</name>
    <message>
        <source>not in the target</source>
        <translation>nicht im Ziel</translation>
    </message>
    <message>
        <source>appended (no key)</source>
        <translation>angehängt (kein Schlüssel)</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>Inhalt unterschiedlich</translation>
    </message>
    <message>
        <source>content differs (no source timestamp)</source>
        <translation>Inhalt unterschiedlich (kein Zeitstempel in der Quelle)</translation>
    </message>
    <message>
        <source>newer in the source (%1 &gt; %2)</source>
        <translation>neuer in der Quelle (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>the target has no &apos;%1&apos;</source>
        <translation>das Ziel hat kein „%1“</translation>
    </message>
    <message>
        <source>the target&apos;s &apos;%1&apos; (%2) is not a date-time</source>
        <translation>„%1“ des Ziels (%2) ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>marked deleted in &apos;%1&apos;</source>
        <translation>in „%1“ als gelöscht markiert</translation>
    </message>
    <message>
        <source>not in the source (replace mode)</source>
        <translation>nicht in der Quelle (Ersetzen-Modus)</translation>
    </message>
    <message>
        <source>duplicate in the target of entry %1 (replace mode keeps one)</source>
        <translation>Duplikat von Eintrag %1 im Ziel (der Ersetzen-Modus behält einen)</translation>
    </message>
    <message>
        <source>has no key in the target (replace mode)</source>
        <translation>hat keinen Schlüssel im Ziel (Ersetzen-Modus)</translation>
    </message>
    <message>
        <source>marked deleted in &apos;%1&apos; and not in the target</source>
        <translation>in „%1“ als gelöscht markiert und nicht im Ziel</translation>
    </message>
    <message>
        <source>marked deleted in &apos;%1&apos;, but append mode never deletes</source>
        <translation>in „%1“ als gelöscht markiert, aber der Anhängen-Modus löscht nie</translation>
    </message>
    <message>
        <source>marked deleted; without a key it cannot be found in the target</source>
        <translation>als gelöscht markiert; ohne Schlüssel ist die Zeile im Ziel nicht zu finden</translation>
    </message>
    <message>
        <source>already in the target; append mode does not update</source>
        <translation>schon im Ziel; der Anhängen-Modus aktualisiert nicht</translation>
    </message>
    <message>
        <source>excluded from this run</source>
        <translation>von diesem Lauf ausgeschlossen</translation>
    </message>
    <message>
        <source>the key (%1) is empty or null; every row needs a key value (0 is fine)</source>
        <translation>der Schlüssel (%1) ist leer oder null; jede Zeile braucht einen Schlüsselwert (0 ist in Ordnung)</translation>
    </message>
    <message>
        <source>the key appears %1 times in the source; none of these rows is written until the duplicates are fixed</source>
        <translation>der Schlüssel kommt %1-mal in der Quelle vor; keine dieser Zeilen wird geschrieben, bis die Duplikate behoben sind</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a date-time; use ISO 8601 (2024-02-01T09:00:00Z), SQL form (2024-02-01 09:00:00) or Unix time in seconds or milliseconds</source>
        <translation>„%1“ in „%2“ ist kein Datum mit Uhrzeit; verwenden Sie ISO 8601 (2024-02-01T09:00:00Z), die SQL-Form (2024-02-01 09:00:00) oder Unix-Zeit in Sekunden oder Millisekunden</translation>
    </message>
</context>
<context>
    <name>Ferry::PlanExport</name>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>die Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PlanModel</name>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>excluded from this run</source>
        <translation>von diesem Lauf ausgeschlossen</translation>
    </message>
    <message>
        <source>Excluded: this change is not applied</source>
        <translation>Ausgeschlossen: diese Änderung wird nicht angewendet</translation>
    </message>
    <message>
        <source>Applied: untick to exclude it</source>
        <translation>Angewendet: Haken entfernen, um sie auszuschließen</translation>
    </message>
    <message>
        <source>Ticked changes are applied; untick a change to leave it out of this run</source>
        <translation>Angehakte Änderungen werden angewendet; entfernen Sie den Haken, um eine Änderung aus diesem Lauf herauszunehmen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
</context>
<context>
    <name>Ferry::Planner</name>
    <message>
        <source>the %1 column &apos;%2&apos; is not among the source&apos;s columns (%3): check the spelling, or add it to the query or the mapping</source>
        <translation>die %1-Spalte „%2“ ist nicht unter den Spalten der Quelle (%3): prüfen Sie die Schreibweise, oder nehmen Sie sie in die Abfrage oder die Zuordnung auf</translation>
    </message>
    <message>
        <source>no key is set, so every row is appended (inserted again on every run); set a key to update rows in place</source>
        <translation>kein Schlüssel gesetzt, also wird jede Zeile angehängt (bei jedem Lauf erneut eingefügt); setzen Sie einen Schlüssel, um Zeilen an Ort und Stelle zu aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n target entries repeat the key of another entry; only the first of each is updated (replace mode would delete the repeats)</source>
        <translation>
            <numerusform>%n Eintrag im Ziel wiederholt den Schlüssel eines anderen Eintrags; nur der erste jedes Schlüssels wird aktualisiert (der Ersetzen-Modus würde die Wiederholungen löschen)</numerusform>
            <numerusform>%n Einträge im Ziel wiederholen den Schlüssel eines anderen Eintrags; nur der erste jedes Schlüssels wird aktualisiert (der Ersetzen-Modus würde die Wiederholungen löschen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target entries have no key value and are left alone</source>
        <translation>
            <numerusform>%n Eintrag im Ziel hat keinen Schlüsselwert und bleibt unberührt</numerusform>
            <numerusform>%n Einträge im Ziel haben keinen Schlüsselwert und bleiben unberührt</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan deletes %1 of %2 target rows (%3%), above the safeguard (%4 rows or %5%); review the plan and confirm to apply it</source>
        <translation>der Plan löscht %1 von %2 Zeilen im Ziel (%3 %), mehr als der Löschschutz erlaubt (%4 Zeilen oder %5 %); prüfen Sie den Plan und bestätigen Sie ihn, um ihn anzuwenden</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>rows the source could not read have no key, so replace mode deletes no target entries missing from the source this run (one of them may be such a row); fix those rows to delete them</source>
        <translation>Zeilen, die die Quelle nicht lesen konnte, haben keinen Schlüssel, daher löscht der Ersetzen-Modus in diesem Lauf keine Einträge im Ziel, die in der Quelle fehlen (einer davon könnte eine solche Zeile sein); korrigieren Sie diese Zeilen, um sie zu löschen</translation>
    </message>
</context>
<context>
    <name>Ferry::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Everything, debug included</source>
        <translation>Alles, einschließlich Debug</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Information und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>The log &amp;shows:</source>
        <translation>Das Protokoll &amp;zeigt:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Ferry starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Ferry.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Ferry&lt;/b&gt; to see it in the new language.</source>
        <translation>&lt;b&gt;Starten Sie Ferry neu&lt;/b&gt;, um es in der neuen Sprache zu sehen.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A job due while this many scheduled runs are going waits for one to end. Runs you start yourself always start.</source>
        <translation>Ein Auftrag, der fällig wird, während so viele geplante Läufe laufen, wartet, bis einer endet. Läufe, die Sie selbst starten, starten immer.</translation>
    </message>
    <message>
        <source>Scheduled &amp;runs at once:</source>
        <translation>Gleichzeitige geplante &amp;Läufe:</translation>
    </message>
    <message>
        <source>Start Ferry in the tray when I lo&amp;g in</source>
        <translation>Ferry beim &amp;Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>So scheduled jobs run without opening Ferry first (%1)</source>
        <translation>Damit geplante Aufträge laufen, ohne dass Sie Ferry erst öffnen (%1)</translation>
    </message>
    <message>
        <source>&amp;Notify me when a run succeeds too (failures always notify)</source>
        <translation>Auch bei erfolgreichen Läufen &amp;benachrichtigen (Fehler immer)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Ferry could not change the login item: %1</source>
        <translation>Ferry konnte den Autostart-Eintrag nicht ändern: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PreviewWindow</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Show or hide the changes of this kind</source>
        <translation>Änderungen dieser Art zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Search keys and values</source>
        <translation>Schlüssel und Werte durchsuchen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Fields of the selected change, before and after</source>
        <translation>Felder der ausgewählten Änderung, vorher und nachher</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>Aus&amp;schließen</translation>
    </message>
    <message>
        <source>Leave the selected changes out of this run (Delete)</source>
        <translation>Die ausgewählten Änderungen aus diesem Lauf herausnehmen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Einbeziehen</translation>
    </message>
    <message>
        <source>Apply the selected changes again (Insert)</source>
        <translation>Die ausgewählten Änderungen wieder anwenden (Einfg)</translation>
    </message>
    <message>
        <source>Ex&amp;port plan…</source>
        <translation>Plan e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Preview a&amp;gain</source>
        <translation>&amp;Neue Vorschau</translation>
    </message>
    <message>
        <source>&amp;Apply this plan</source>
        <translation>Diesen Plan &amp;anwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Connecting to the source and the target…</source>
        <translation>Verbindung zu Quelle und Ziel …</translation>
    </message>
    <message>
        <source>Reading the source: %1 rows…</source>
        <translation>Quelle wird gelesen: %1 Zeilen …</translation>
    </message>
    <message>
        <source>Reading what the target holds…</source>
        <translation>Inhalt des Ziels wird gelesen …</translation>
    </message>
    <message>
        <source>Comparing %1 rows…</source>
        <translation>%1 Zeilen werden verglichen …</translation>
    </message>
    <message>
        <source>Checking that the target did not change since the preview…</source>
        <translation>Prüfung, ob sich das Ziel seit der Vorschau geändert hat …</translation>
    </message>
    <message numerus="yes">
        <source> (about %n s left)</source>
        <translation>
            <numerusform> (noch etwa %n s)</numerusform>
            <numerusform> (noch etwa %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No plan: see the message above.</source>
        <translation>Kein Plan: siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The delete safeguard holds this plan: %1. Applying it asks you to confirm.</source>
        <translation>Der Löschschutz hält diesen Plan an: %1. Beim Anwenden werden Sie um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Nothing to do: the target is up to date.</source>
        <translation>Nichts zu tun: das Ziel ist aktuell.</translation>
    </message>
    <message>
        <source>Nothing was written: the target changed since this preview. Preview again to see what the job would do now.</source>
        <translation>Nichts wurde geschrieben: das Ziel hat sich seit dieser Vorschau geändert. Öffnen Sie eine neue Vorschau, um zu sehen, was der Auftrag jetzt tun würde.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Written before it stopped: %1</source>
        <translation>Geschrieben vor dem Abbruch: %1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Show %1 changes (%2)</source>
        <translation>Änderungen „%1“ zeigen (%2)</translation>
    </message>
    <message>
        <source>Unchanged  %1</source>
        <translation>Unverändert  %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n excluded)</source>
        <translation>
            <numerusform> (%n ausgeschlossen)</numerusform>
            <numerusform> (%n ausgeschlossen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm deletes</source>
        <translation>Löschungen bestätigen</translation>
    </message>
    <message>
        <source>This plan deletes %1 of the %2 records the target holds: %3.

Delete them?</source>
        <translation>Dieser Plan löscht %1 der %2 Datensätze im Ziel: %3.

Sie löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>%n Datensatz löschen</numerusform>
            <numerusform>%n Datensätze löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <source>The plan was exported to %1.</source>
        <translation>Der Plan wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The plan could not be exported: %1</source>
        <translation>Der Plan konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>The plan is being applied</source>
        <translation>Der Plan wird angewendet</translation>
    </message>
    <message>
        <source>Ferry is writing this plan to the target. Stop it? The changes confirmed so far stay; the next run completes the rest.</source>
        <translation>Ferry schreibt diesen Plan ins Ziel. Anhalten? Die bisher bestätigten Änderungen bleiben; der nächste Lauf erledigt den Rest.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <source>Changes to write: %1 (inserts: %2, updates: %3, deletes: %4)</source>
        <translation>Zu schreibende Änderungen: %1 (Einfügungen: %2, Aktualisierungen: %3, Löschungen: %4)</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 changes confirmed, %3 sent</source>
        <translation>Schreiben: %1 von %2 Änderungen bestätigt, %3 gesendet</translation>
    </message>
</context>
<context>
    <name>Ferry::ProbeStatus</name>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the check: its result is dropped</source>
        <translation>Die Prüfung anhalten: ihr Ergebnis wird verworfen</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Angemeldet als: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Reads or writes: %1</source>
        <translation>Liest oder schreibt: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Report</name>
    <message>
        <source>%1 (%2)%3: %4
</source>
        <translation>%1 (%2)%3: %4
</translation>
    </message>
    <message>
        <source> [dry run]</source>
        <translation> [Probelauf]</translation>
    </message>
    <message>
        <source>  would insert %1, update %2, delete %3; %4 unchanged, %5 skipped, %6 with errors
</source>
        <translation>  würde %1 einfügen, %2 aktualisieren, %3 löschen; %4 unverändert, %5 übersprungen, %6 mit Fehlern
</translation>
    </message>
    <message>
        <source>  inserted %1, updated %2, deleted %3; %4 unchanged, %5 skipped, %6 failed
</source>
        <translation>  %1 eingefügt, %2 aktualisiert, %3 gelöscht; %4 unverändert, %5 übersprungen, %6 fehlgeschlagen
</translation>
    </message>
    <message>
        <source>  %1 change(s) not attempted
</source>
        <translation>  %1 Änderung(en) nicht versucht
</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  Warnung: %1
</translation>
    </message>
    <message>
        <source>  error: %1
</source>
        <translation>  Fehler: %1
</translation>
    </message>
    <message>
        <source>  would upload %1 file(s) to Fliplet media
</source>
        <translation>  würde %1 Datei(en) in die Fliplet-Medien hochladen
</translation>
    </message>
    <message>
        <source>  uploaded %1 file(s) to Fliplet media
</source>
        <translation>  %1 Datei(en) in die Fliplet-Medien hochgeladen
</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Ferry::RestTarget</name>
    <message>
        <source>insert of key %1</source>
        <translation>Einfügen von Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 of record %2 (key %3)</source>
        <translation>%1 von Datensatz %2 (Schlüssel %3)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the service answered the insert of key %1 without an &apos;%2&apos; field: Ferry cannot remember its id</source>
        <translation>der Dienst hat das Einfügen von Schlüssel %1 ohne ein Feld „%2“ beantwortet: Ferry kann sich seine ID nicht merken</translation>
    </message>
    <message>
        <source>the service cannot be reached (%1); check target.base_url and that the service runs; the changes not written are planned again by the next run</source>
        <translation>der Dienst ist nicht erreichbar (%1); prüfen Sie target.base_url und ob der Dienst läuft; die nicht geschriebenen Änderungen plant der nächste Lauf erneut ein</translation>
    </message>
    <message>
        <source>record %1 is no longer at the service (HTTP 404 on %2): it was deleted there after Ferry listed it; the next run inserts it again</source>
        <translation>Datensatz %1 ist nicht mehr beim Dienst (HTTP 404 bei %2): er wurde dort gelöscht, nachdem Ferry ihn aufgelistet hatte; der nächste Lauf fügt ihn erneut ein</translation>
    </message>
    <message numerus="yes">
        <source>%1 got no answer after %n attempt(s): %2; planned again by the next run</source>
        <translation>
            <numerusform>%1: keine Antwort nach %n Versuch: %2; der nächste Lauf plant es erneut ein</numerusform>
            <numerusform>%1: keine Antwort nach %n Versuchen: %2; der nächste Lauf plant es erneut ein</numerusform>
        </translation>
    </message>
    <message>
        <source>the service refused the %1 (%2)</source>
        <translation>der Dienst hat diesen Vorgang abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>REST %1</source>
        <translation>REST %1</translation>
    </message>
    <message>
        <source>the service cannot be reached: %1; check target.base_url and that the service runs</source>
        <translation>der Dienst ist nicht erreichbar: %1; prüfen Sie target.base_url und ob der Dienst läuft</translation>
    </message>
    <message>
        <source>the service has no list here (HTTP 404); check target.base_url and %1</source>
        <translation>der Dienst hat hier keine Liste (HTTP 404); prüfen Sie target.base_url und %1</translation>
    </message>
    <message>
        <source>the list answered %1</source>
        <translation>die Liste hat mit %1 geantwortet</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <source>the list&apos;s answer is not JSON (%1 at byte %2: %3); check target.list_path</source>
        <translation>die Antwort der Liste ist kein JSON (%1 bei Byte %2: %3); prüfen Sie target.list_path</translation>
    </message>
    <message>
        <source>the list&apos;s answer has no array under &quot;%1&quot;; check target.envelope (leave it empty when the answer is the array itself)</source>
        <translation>die Antwort der Liste hat kein Array unter „%1“; prüfen Sie target.envelope (lassen Sie es leer, wenn die Antwort selbst das Array ist)</translation>
    </message>
    <message>
        <source> (the records may be under &quot;%1&quot;: set target.envelope to %1)</source>
        <translation> (die Datensätze liegen vielleicht unter „%1“: setzen Sie target.envelope auf %1)</translation>
    </message>
    <message>
        <source>the list&apos;s answer is not a JSON array of records%1</source>
        <translation>die Antwort der Liste ist kein JSON-Array von Datensätzen%1</translation>
    </message>
    <message>
        <source>item %1 of the list is not a JSON object: %2</source>
        <translation>Element %1 der Liste ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address: set target.base_url</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse: setzen Sie target.base_url</translation>
    </message>
    <message>
        <source>record %1 of the list has no &quot;%2&quot; field (or it is not text or a whole number): set target.id_field to the field that holds the record&apos;s id</source>
        <translation>Datensatz %1 der Liste hat kein Feld „%2“ (oder es ist weder Text noch eine ganze Zahl): setzen Sie target.id_field auf das Feld, das die ID des Datensatzes enthält</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed at %1</source>
        <translation>
            <numerusform>%n Datensatz unter %1 aufgelistet</numerusform>
            <numerusform>%n Datensätze unter %1 aufgelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list answers: %n record(s)</source>
        <translation>
            <numerusform>die Liste antwortet: %n Datensatz</numerusform>
            <numerusform>die Liste antwortet: %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>the list answers (it does not say how many records it holds)</source>
        <translation>die Liste antwortet (sie sagt nicht, wie viele Datensätze sie enthält)</translation>
    </message>
    <message>
        <source>the first record has no &quot;%1&quot; field: set target.id_field to the field that holds the record&apos;s id</source>
        <translation>der erste Datensatz hat kein Feld „%1“: setzen Sie target.id_field auf das Feld, das die ID des Datensatzes enthält</translation>
    </message>
    <message>
        <source>the service refused access (%1); check the credentials in target.headers, or give them in target.auth</source>
        <translation>der Dienst hat den Zugriff verweigert (%1); prüfen Sie die Zugangsdaten in target.headers oder geben Sie sie in target.auth an</translation>
    </message>
</context>
<context>
    <name>Ferry::Run</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 is no number JSON can hold; the Fliplet data source gets null (turn it into a value in the query, or null it there)</source>
        <translation>Zeile %1, Spalte %2: %3 ist eine Zahl, die JSON nicht darstellen kann; die Fliplet-Datenquelle erhält null (wandeln Sie sie in der Abfrage in einen Wert um, oder setzen Sie sie dort auf null)</translation>
    </message>
    <message>
        <source>row %1, column %2: the text holds U+FFFD, which the database driver puts in place of bytes that are not UTF-8; it is written as it is (check the column&apos;s encoding)</source>
        <translation>Zeile %1, Spalte %2: der Text enthält U+FFFD, das der Datenbanktreiber anstelle von Bytes einsetzt, die kein UTF-8 sind; er wird so geschrieben, wie er ist (prüfen Sie die Kodierung der Spalte)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more number(s) JSON cannot hold</source>
        <translation>
            <numerusform>… und %n weitere Zahl, die JSON nicht darstellen kann</numerusform>
            <numerusform>… und %n weitere Zahlen, die JSON nicht darstellen kann</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more text(s) with U+FFFD</source>
        <translation>
            <numerusform>… und %n weiterer Text mit U+FFFD</numerusform>
            <numerusform>… und %n weitere Texte mit U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>(the source was checked for such values up to the first %1)</source>
        <translation>(die Quelle wurde bis zu den ersten %1 solcher Werte geprüft)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the run reached its time limit of %1 (retry.run_timeout_ms) and was stopped%2; what the target confirmed is recorded, and the next run reconciles the rest</source>
        <translation>der Lauf hat sein Zeitlimit von %1 erreicht (retry.run_timeout_ms) und wurde angehalten%2; was das Ziel bestätigt hat, ist aufgezeichnet, und der nächste Lauf gleicht den Rest ab</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n source row(s) to sync into %2</source>
        <translation>
            <numerusform>%1: %n Quellzeile zum Synchronisieren nach %2</numerusform>
            <numerusform>%1: %n Quellzeilen zum Synchronisieren nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>a prepared run must be applied on the thread that prepared it</source>
        <translation>ein vorbereiteter Lauf muss in dem Thread angewendet werden, der ihn vorbereitet hat</translation>
    </message>
    <message>
        <source>this plan was applied already; preview again to run the job</source>
        <translation>dieser Plan wurde bereits angewendet; öffnen Sie eine neue Vorschau, um den Auftrag auszuführen</translation>
    </message>
    <message>
        <source>the preparation failed; there is no plan to apply</source>
        <translation>die Vorbereitung ist fehlgeschlagen; es gibt keinen Plan zum Anwenden</translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>; nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>the target changed since this plan was made (it now holds %n record(s)); nothing was written: preview the job again</source>
        <translation>
            <numerusform>das Ziel hat sich geändert, seit dieser Plan erstellt wurde (es enthält jetzt %n Datensatz); nichts wurde geschrieben: öffnen Sie eine neue Vorschau des Auftrags</numerusform>
            <numerusform>das Ziel hat sich geändert, seit dieser Plan erstellt wurde (es enthält jetzt %n Datensätze); nichts wurde geschrieben: öffnen Sie eine neue Vorschau des Auftrags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>postSubmit reported %n row error(s) after writing</source>
        <translation>
            <numerusform>postSubmit meldete nach dem Schreiben %n Zeilenfehler</numerusform>
            <numerusform>postSubmit meldete nach dem Schreiben %n Zeilenfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: %n row(s) failed, and the next run reads the same changes again</source>
        <translation>
            <numerusform>die Position der Modulquelle (nextSync) wird nicht weitergesetzt: %n Zeile ist fehlgeschlagen, und der nächste Lauf liest dieselben Änderungen erneut</numerusform>
            <numerusform>die Position der Modulquelle (nextSync) wird nicht weitergesetzt: %n Zeilen sind fehlgeschlagen, und der nächste Lauf liest dieselben Änderungen erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: %n change(s) were excluded from this run, and the next run reads them again</source>
        <translation>
            <numerusform>die Position der Modulquelle (nextSync) wird nicht weitergesetzt: %n Änderung wurde von diesem Lauf ausgeschlossen, und der nächste Lauf liest sie erneut</numerusform>
            <numerusform>die Position der Modulquelle (nextSync) wird nicht weitergesetzt: %n Änderungen wurden von diesem Lauf ausgeschlossen, und der nächste Lauf liest sie erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: the module reported %n deleted record(s) that were not deleted at the target; set sync.delete_column (e.g. _deleted) and the next run deletes them there</source>
        <translation>
            <numerusform>die Position der Modulquelle (nextSync) wird nicht weitergesetzt: das Modul hat %n gelöschten Datensatz gemeldet, der im Ziel nicht gelöscht wurde; setzen Sie sync.delete_column (z. B. _deleted), dann löscht der nächste Lauf ihn dort</numerusform>
            <numerusform>die Position der Modulquelle (nextSync) wird nicht weitergesetzt: das Modul hat %n gelöschte Datensätze gemeldet, die im Ziel nicht gelöscht wurden; setzen Sie sync.delete_column (z. B. _deleted), dann löscht der nächste Lauf sie dort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::RunController</name>
    <message>
        <source>%1 inserted</source>
        <translation>%1 eingefügt</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 not attempted</source>
        <translation>%1 nicht versucht</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>a preview of &apos;%1&apos; is open: apply or close it first</source>
        <translation>eine Vorschau von „%1“ ist offen: wenden Sie sie an oder schließen Sie sie zuerst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is running already</source>
        <translation>„%1“ läuft bereits</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Preview ready: %1</source>
        <translation>Vorschau bereit: %1</translation>
    </message>
    <message>
        <source>Finished (%1): %2</source>
        <translation>Beendet (%1): %2</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>row errors</source>
        <translation>Zeilenfehler</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ferry::RunFailuresModel</name>
    <message>
        <source>No row failed.</source>
        <translation>Keine Zeile ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed.</source>
        <translation>
            <numerusform>%n Zeile ist fehlgeschlagen.</numerusform>
            <numerusform>%n Zeilen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their details are not kept for this run (history retention, or a run older than this version of Ferry).</source>
        <translation>Ihre Einzelheiten sind für diesen Lauf nicht aufbewahrt (Aufbewahrungsdauer des Verlaufs, oder ein Lauf, der älter ist als diese Ferry-Version).</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>The target refused batch %1, which held this row.</source>
        <translation>Das Ziel hat Stapel %1 abgelehnt, der diese Zeile enthielt.</translation>
    </message>
    <message>
        <source>The plan found this row in error; it was never sent.</source>
        <translation>Der Plan hat diese Zeile als fehlerhaft erkannt; sie wurde nie gesendet.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Ferry::RunHistoryModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Row errors</source>
        <translation>Zeilenfehler</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Held for confirmation</source>
        <translation>Zur Bestätigung angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>Der Laufverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The run&apos;s batches cannot be read: %1</source>
        <translation>Die Stapel des Laufs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run %1, by %2 (process %3)</source>
        <translation>Lauf %1, von %2 (Prozess %3)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The run&apos;s failed rows cannot be read: %1</source>
        <translation>Die fehlgeschlagenen Zeilen des Laufs können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Scheduler</name>
    <message>
        <source>Runs now: it is set to run when the scheduler starts.</source>
        <translation>Läuft jetzt: Er ist so eingestellt, dass er beim Start des Planers läuft.</translation>
    </message>
    <message>
        <source>Catching up: its run due at %1 was missed while Ferry was not running.</source>
        <translation>Nachholen: Sein für %1 fälliger Lauf wurde verpasst, während Ferry nicht lief.</translation>
    </message>
    <message>
        <source>Its run due at %1 was skipped: the previous run is still going.</source>
        <translation>Sein für %1 fälliger Lauf wurde übersprungen: Der vorige Lauf ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>Catching up: %1 scheduled runs were missed (the computer was asleep or busy), the latest due at %2; one run makes up for them.</source>
        <translation>Nachholen: %1 geplante Läufe wurden verpasst (der Computer schlief oder war ausgelastet), der letzte fällig um %2; ein Lauf holt sie nach.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>Catching up: its run due at %1 was missed (the computer was asleep or busy).</source>
        <translation>Nachholen: Sein für %1 fälliger Lauf wurde verpasst (der Computer schlief oder war ausgelastet).</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a free slot: at most %n job(s) run at once.</source>
        <translation>
            <numerusform>Warten auf einen freien Platz: Höchstens %n Auftrag läuft gleichzeitig.</numerusform>
            <numerusform>Warten auf einen freien Platz: Höchstens %n Aufträge laufen gleichzeitig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SecretEdit</name>
    <message>
        <source>Choose where to keep it…</source>
        <translation>Wählen, wo es aufbewahrt wird …</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>A file only you can read</source>
        <translation>Eine Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>An environment variable</source>
        <translation>Eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>Where %1 is kept</source>
        <translation>Wo %1 aufbewahrt wird</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>%1 zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Variable name, e.g. PGPASSWORD</source>
        <translation>Variablenname, z. B. PGPASSWORD</translation>
    </message>
    <message>
        <source>Environment variable of %1</source>
        <translation>Umgebungsvariable für %1</translation>
    </message>
    <message>
        <source>Ferry reads it from this variable when the job runs: set it wherever Ferry and ferry-cli run. Test connection uses this program&apos;s environment.</source>
        <translation>Ferry liest es aus dieser Variablen, wenn der Auftrag läuft: Setzen Sie sie überall, wo Ferry und ferry-cli laufen. Verbindung testen verwendet die Umgebung dieses Programms.</translation>
    </message>
    <message>
        <source>File (empty: Ferry&apos;s secrets folder)</source>
        <translation>Datei (leer: der Geheimnis-Ordner von Ferry)</translation>
    </message>
    <message>
        <source>File of %1</source>
        <translation>Datei für %1</translation>
    </message>
    <message>
        <source>Unchanged: type to replace the file</source>
        <translation>Unverändert: tippen, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>Value, written to the file on save</source>
        <translation>Wert, beim Speichern in die Datei geschrieben</translation>
    </message>
    <message>
        <source>Saved in the file, readable by you alone (permissions 0600); the job refers to it.</source>
        <translation>In der Datei gespeichert, nur für Sie lesbar (Rechte 0600); der Auftrag verweist darauf.</translation>
    </message>
    <message>
        <source>Stored in the keychain: type to replace it</source>
        <translation>Im Schlüsselbund abgelegt: tippen, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Stored in %1 when you save; the job refers to it.</source>
        <translation>Wird beim Speichern in %1 abgelegt; der Auftrag verweist darauf.</translation>
    </message>
    <message>
        <source>The job file holds only a reference: choose where the value is kept.</source>
        <translation>Die Auftragsdatei enthält nur einen Verweis: Wählen Sie, wo der Wert aufbewahrt wird.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1 Keep %2 in a file only you can read, or in an environment variable.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1 Bewahren Sie %2 in einer Datei auf, die nur Sie lesen können, oder in einer Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>choose where to keep %1: the job file holds only a reference to it</source>
        <translation>wählen Sie, wo %1 aufbewahrt wird: die Auftragsdatei enthält nur einen Verweis darauf</translation>
    </message>
    <message>
        <source>the keychain cannot keep %1 (%2): choose a file or an environment variable</source>
        <translation>der Schlüsselbund kann %1 nicht aufbewahren (%2): wählen Sie eine Datei oder eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment variable name: use letters, digits and _</source>
        <translation>„%1“ ist kein Name einer Umgebungsvariablen: verwenden Sie Buchstaben, Ziffern und _</translation>
    </message>
</context>
<context>
    <name>Ferry::SecretSaver</name>
    <message>
        <source>the OS keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 readable by you alone</source>
        <translation>%1 kann nicht nur für Sie lesbar gemacht werden</translation>
    </message>
</context>
<context>
    <name>Ferry::SecretStore</name>
    <message>
        <source>%1 comes from the environment variable %2, which is not set: export it before running</source>
        <translation>%1 kommt aus der Umgebungsvariablen %2, die nicht gesetzt ist: exportieren Sie sie vor dem Lauf</translation>
    </message>
    <message>
        <source>%1 comes from %2, which is not a regular file</source>
        <translation>%1 kommt aus %2, das keine normale Datei ist</translation>
    </message>
    <message>
        <source>%1 comes from %2, which is too large (%3 bytes) to be a secret: check the path</source>
        <translation>%1 kommt aus %2, das zu groß ist (%3 Bytes), um ein Geheimnis zu sein: prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>%1 comes from the file %2, which cannot be read: %3</source>
        <translation>%1 kommt aus der Datei %2, die nicht gelesen werden kann: %3</translation>
    </message>
    <message>
        <source>the secret file %1 is readable by other users; restrict it with chmod 600</source>
        <translation>die Geheimnis-Datei %1 ist für andere Benutzer lesbar; beschränken Sie sie mit chmod 600</translation>
    </message>
    <message>
        <source>the database password</source>
        <translation>das Datenbankpasswort</translation>
    </message>
    <message>
        <source>the Fliplet auth_token</source>
        <translation>das Fliplet-auth_token</translation>
    </message>
    <message>
        <source>%1 is kept in the keychain (%2), which this program was not given access to; run the job with ferry-cli or the Ferry app, or refer to the secret with {secret: env:NAME} or {secret: file:PATH}</source>
        <translation>%1 liegt im Schlüsselbund (%2), auf den dieses Programm keinen Zugriff hat; führen Sie den Auftrag mit ferry-cli oder der Ferry-App aus, oder verweisen Sie auf das Geheimnis mit {secret: env:NAME} oder {secret: file:PFAD}</translation>
    </message>
    <message>
        <source>unknown secret reference &apos;%1&apos;: use env:NAME, file:PATH or keychain:NAME</source>
        <translation>unbekannter Geheimnis-Verweis „%1“: verwenden Sie env:NAME, file:PFAD oder keychain:NAME</translation>
    </message>
    <message>
        <source>%1 holds a line break or another control character (copied with its newline?): fix the secret</source>
        <translation>%1 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen (mit dem Zeilenende kopiert?): korrigieren Sie das Geheimnis</translation>
    </message>
    <message>
        <source>the target database&apos;s password</source>
        <translation>das Passwort der Zieldatenbank</translation>
    </message>
    <message>
        <source>the webhook&apos;s signing_secret</source>
        <translation>das signing_secret des Webhooks</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>das API-Token</translation>
    </message>
    <message>
        <source>the API password</source>
        <translation>das API-Passwort</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>der API-Schlüssel</translation>
    </message>
    <message>
        <source>the OAuth2 client secret</source>
        <translation>das OAuth2-Client-Geheimnis</translation>
    </message>
    <message>
        <source>the OAuth2 refresh token</source>
        <translation>das OAuth2-Refresh-Token</translation>
    </message>
    <message>
        <source>the header %1 of file column %2</source>
        <translation>der Header %1 der Dateispalte %2</translation>
    </message>
    <message>
        <source>the module account value %1</source>
        <translation>der Kontowert %1 des Moduls</translation>
    </message>
</context>
<context>
    <name>Ferry::SecretUpdater</name>
    <message>
        <source>%1 could not be saved in the keychain: %2</source>
        <translation>%1 konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved to %2: %3; the next run needs the new value</source>
        <translation>%1 konnte nicht in %2 gespeichert werden: %3; der nächste Lauf braucht den neuen Wert</translation>
    </message>
    <message>
        <source>the server issued a new %1, but it comes from the environment variable %2, which Ferry cannot change for later runs: keep it in the keychain or a file instead</source>
        <translation>der Server hat einen neuen Wert für %1 ausgestellt, aber er kommt aus der Umgebungsvariablen %2, die Ferry für spätere Läufe nicht ändern kann: legen Sie ihn stattdessen im Schlüsselbund oder in einer Datei ab</translation>
    </message>
    <message>
        <source>the server issued a new %1, but the job holds no reference to save it to: refer to it with {secret: keychain:NAME} or {secret: file:PATH}</source>
        <translation>der Server hat einen neuen Wert für %1 ausgestellt, aber der Auftrag hat keinen Verweis, um ihn zu speichern: verweisen Sie darauf mit {secret: keychain:NAME} oder {secret: file:PFAD}</translation>
    </message>
</context>
<context>
    <name>Ferry::SecretWriter</name>
    <message>
        <source>%1 is empty: enter the secret itself</source>
        <translation>%1 ist leer: geben Sie das Geheimnis selbst ein</translation>
    </message>
    <message>
        <source>%1 contains a line break; a secret is one line: paste only the secret itself</source>
        <translation>%1 enthält einen Zeilenumbruch; ein Geheimnis ist eine Zeile: fügen Sie nur das Geheimnis selbst ein</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2); a secret is printable text: paste only the secret itself</source>
        <translation>%1 enthält ein Steuerzeichen (U+%2); ein Geheimnis ist druckbarer Text: fügen Sie nur das Geheimnis selbst ein</translation>
    </message>
    <message>
        <source>the job has no id to name its keychain entries after</source>
        <translation>der Auftrag hat keine ID, nach der seine Schlüsselbund-Einträge benannt werden können</translation>
    </message>
    <message>
        <source>%1 could not be stored in the keychain: %2</source>
        <translation>%1 konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <source>the job has no id to name its secret files after</source>
        <translation>der Auftrag hat keine ID, nach der seine Geheimnis-Dateien benannt werden können</translation>
    </message>
    <message>
        <source>%1 cannot be stored: the folder %2 cannot be created</source>
        <translation>%1 kann nicht abgelegt werden: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be stored: the folder %2 cannot be made private to you (chmod 700)</source>
        <translation>%1 kann nicht abgelegt werden: der Ordner %2 kann nicht privat gemacht werden (chmod 700)</translation>
    </message>
    <message>
        <source>%1 cannot be stored in %2: %3</source>
        <translation>%1 kann nicht in %2 abgelegt werden: %3</translation>
    </message>
    <message>
        <source>%1 cannot be stored: %2 cannot be made private to you (chmod 600)</source>
        <translation>%1 kann nicht abgelegt werden: %2 kann nicht privat gemacht werden (chmod 600)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an environment variable name (letters, digits and _, not starting with a digit)</source>
        <translation>%1: „%2“ ist kein Name einer Umgebungsvariablen (Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang)</translation>
    </message>
    <message>
        <source>the database URL holds a password and source.password is set too: remove the password from the URL</source>
        <translation>die Datenbank-URL enthält ein Passwort, und source.password ist auch gesetzt: entfernen Sie das Passwort aus der URL</translation>
    </message>
    <message>
        <source>the secret file %1 cannot be deleted</source>
        <translation>die Geheimnis-Datei %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Ferry cannot store %1 in the keychain</source>
        <translation>Ferry kann %1 nicht im Schlüsselbund ablegen</translation>
    </message>
</context>
<context>
    <name>Ferry::SingleInstance</name>
    <message>
        <source>the request was not understood</source>
        <translation>die Anfrage wurde nicht verstanden</translation>
    </message>
    <message>
        <source>another Ferry (process %1) is running but does not answer; wait for it, or end it (kill %1) and start Ferry again</source>
        <translation>ein anderes Ferry (Prozess %1) läuft, antwortet aber nicht; warten Sie, oder beenden Sie es (kill %1) und starten Sie Ferry erneut</translation>
    </message>
    <message>
        <source>the lock %1 is held by a Ferry that does not answer</source>
        <translation>die Sperre %1 hält ein Ferry, das nicht antwortet</translation>
    </message>
</context>
<context>
    <name>Ferry::SqlConnection</name>
    <message>
        <source>cannot open the SQLite database file (%1): check the path, that the file and its folder exist, and that this user may read them (and write, for a target)</source>
        <translation>die SQLite-Datenbankdatei kann nicht geöffnet werden (%1): prüfen Sie den Pfad, ob Datei und Ordner existieren und ob dieser Benutzer sie lesen (und für ein Ziel schreiben) darf</translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; does not exist on the server (%2): check the database name</source>
        <translation>die Datenbank „%1“ existiert nicht auf dem Server (%2): prüfen Sie den Datenbanknamen</translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; does not exist, or the user may not use it (%2): check the database name, or grant the user access</source>
        <translation>die Datenbank „%1“ existiert nicht, oder der Benutzer darf sie nicht verwenden (%2): prüfen Sie den Datenbanknamen, oder geben Sie dem Benutzer Zugriff</translation>
    </message>
    <message>
        <source>the database refused the login (%1): check the user name and password</source>
        <translation>die Datenbank hat die Anmeldung abgelehnt (%1): prüfen Sie Benutzername und Passwort</translation>
    </message>
    <message>
        <source>the database host &apos;%1&apos; is unknown (%2): check the host name</source>
        <translation>der Datenbank-Host „%1“ ist unbekannt (%2): prüfen Sie den Hostnamen</translation>
    </message>
    <message>
        <source>cannot connect to the database (%1): check host, port and that the server is running</source>
        <translation>keine Verbindung zur Datenbank (%1): prüfen Sie Host, Port und ob der Server läuft</translation>
    </message>
    <message>
        <source>cannot read the connection URL: use postgres://user@host:port/database, mysql://…, sqlserver://… or sqlite:///path/to/file.db</source>
        <translation>die Verbindungs-URL kann nicht gelesen werden: verwenden Sie postgres://benutzer@host:port/datenbank, mysql://…, sqlserver://… oder sqlite:///pfad/zur/datei.db</translation>
    </message>
    <message>
        <source>the driver &apos;%1&apos; and the URL&apos;s scheme &apos;%2&apos; disagree: keep one</source>
        <translation>der Treiber „%1“ und das Schema der URL „%2“ widersprechen sich: behalten Sie eines</translation>
    </message>
    <message>
        <source>the SQLite source needs the path of its database file</source>
        <translation>die SQLite-Quelle braucht den Pfad ihrer Datenbankdatei</translation>
    </message>
    <message>
        <source>the %1 source needs a host</source>
        <translation>die %1-Quelle braucht einen Host</translation>
    </message>
    <message>
        <source>unknown database driver &apos;%1&apos;: use sqlite, postgres, mysql or mssql</source>
        <translation>unbekannter Datenbanktreiber „%1“: verwenden Sie sqlite, postgres, mysql oder mssql</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (available: %2); install its package, e.g. libqt6sql6-%3</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert (verfügbar: %2); installieren Sie sein Paket, z. B. libqt6sql6-%3</translation>
    </message>
    <message>
        <source>the SQLite database file does not exist: check the path</source>
        <translation>die SQLite-Datenbankdatei existiert nicht: prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>the file is not a SQLite database, or it is damaged (%1): check the path</source>
        <translation>die Datei ist keine SQLite-Datenbank, oder sie ist beschädigt (%1): prüfen Sie den Pfad</translation>
    </message>
</context>
<context>
    <name>Ferry::SqlIntrospection</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot list the tables: %1</source>
        <translation>die Tabellen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>SQL Server (ODBC)</source>
        <translation>SQL Server (ODBC)</translation>
    </message>
    <message>
        <source>cancelled while the query ran</source>
        <translation>abgebrochen, während die Abfrage lief</translation>
    </message>
    <message>
        <source>the SQLite database file is damaged: it may be truncated or corrupt (%1); restore it from a backup, or save what is left with sqlite3&apos;s .recover</source>
        <translation>die SQLite-Datenbankdatei ist beschädigt: sie ist vielleicht abgeschnitten oder defekt (%1); stellen Sie sie aus einer Sicherung wieder her, oder retten Sie den Rest mit .recover von sqlite3</translation>
    </message>
    <message>
        <source>the query holds more than one statement; Ferry runs one SELECT: keep only the one whose rows are synced</source>
        <translation>die Abfrage enthält mehr als eine Anweisung; Ferry führt ein SELECT aus: behalten Sie nur das, dessen Zeilen synchronisiert werden</translation>
    </message>
    <message>
        <source>the query reads a table or view that does not exist (%1): check its name, and the database the job connects to</source>
        <translation>die Abfrage liest eine Tabelle oder Sicht, die nicht existiert (%1): prüfen Sie ihren Namen und die Datenbank, mit der sich der Auftrag verbindet</translation>
    </message>
    <message>
        <source>the database user may not read what the query reads (%1): grant SELECT, or connect as another user</source>
        <translation>der Datenbankbenutzer darf nicht lesen, was die Abfrage liest (%1): gewähren Sie SELECT, oder verbinden Sie sich als anderer Benutzer</translation>
    </message>
    <message>
        <source>the query reads a column that does not exist (%1): check the column names</source>
        <translation>die Abfrage liest eine Spalte, die nicht existiert (%1): prüfen Sie die Spaltennamen</translation>
    </message>
    <message>
        <source>the query failed: %1; check it in your database tool first</source>
        <translation>die Abfrage ist fehlgeschlagen: %1; prüfen Sie sie zuerst in Ihrem Datenbankwerkzeug</translation>
    </message>
</context>
<context>
    <name>Ferry::SqlSource</name>
    <message>
        <source>cancelled while connecting to the source</source>
        <translation>beim Verbinden mit der Quelle abgebrochen</translation>
    </message>
    <message>
        <source>the query returns no columns: it must be a SELECT</source>
        <translation>die Abfrage gibt keine Spalten zurück: sie muss ein SELECT sein</translation>
    </message>
    <message>
        <source>the query returns two columns with the same name: give each a distinct alias (AS name)</source>
        <translation>die Abfrage gibt zwei Spalten mit demselben Namen zurück: geben Sie jeder einen eigenen Alias (AS name)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1, Datei %2</translation>
    </message>
    <message>
        <source>%1, database %2 as %3</source>
        <translation>%1, Datenbank %2 als %3</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>cancelled while counting the query&apos;s rows</source>
        <translation>beim Zählen der Zeilen der Abfrage abgebrochen</translation>
    </message>
    <message>
        <source>the query&apos;s rows could not be counted (%1)</source>
        <translation>die Zeilen der Abfrage konnten nicht gezählt werden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the query returns %2 row(s) of %3</source>
        <translation>
            <numerusform>%1: die Abfrage gibt %2 Zeile aus %3 zurück</numerusform>
            <numerusform>%1: die Abfrage gibt %2 Zeilen aus %3 zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the query runs and returns %2</source>
        <translation>%1: die Abfrage läuft und gibt %2 zurück</translation>
    </message>
    <message>
        <source>the source has no query</source>
        <translation>die Quelle hat keine Abfrage</translation>
    </message>
    <message>
        <source>cancelled while the query ran</source>
        <translation>abgebrochen, während die Abfrage lief</translation>
    </message>
    <message>
        <source>cancelled while reading the source</source>
        <translation>beim Lesen der Quelle abgebrochen</translation>
    </message>
    <message>
        <source>cancelled while the source query ran</source>
        <translation>abgebrochen, während die Quellabfrage lief</translation>
    </message>
    <message>
        <source>reading the query&apos;s rows failed: %1</source>
        <translation>das Lesen der Zeilen der Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>%n Zeile in %1 ms gelesen</numerusform>
            <numerusform>%n Zeilen in %1 ms gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SqlTable</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>updating or deleting rows of a SQL table needs a key: set sync.key</source>
        <translation>das Aktualisieren oder Löschen von Zeilen einer SQL-Tabelle braucht einen Schlüssel: setzen Sie sync.key</translation>
    </message>
    <message>
        <source>table %1 at %2</source>
        <translation>Tabelle %1 unter %2</translation>
    </message>
    <message>
        <source>the SQLite database file does not exist: check the path, or set create_table: true to let Ferry create it</source>
        <translation>die SQLite-Datenbankdatei existiert nicht: prüfen Sie den Pfad, oder setzen Sie create_table: true, damit Ferry sie anlegt</translation>
    </message>
    <message>
        <source>cannot create the folder of the target database</source>
        <translation>der Ordner der Zieldatenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the table %1 does not exist, and the database has no tables: create it, or set create_table: true</source>
        <translation>die Tabelle %1 existiert nicht, und die Datenbank hat keine Tabellen: legen Sie sie an, oder setzen Sie create_table: true</translation>
    </message>
    <message>
        <source>the table %1 does not exist (the database has %2): check its name, or set create_table: true</source>
        <translation>die Tabelle %1 existiert nicht (die Datenbank hat %2): prüfen Sie ihren Namen, oder setzen Sie create_table: true</translation>
    </message>
    <message>
        <source>the table %1 has no primary key or unique index on the key (%2), which Ferry&apos;s upsert needs: add one (ALTER TABLE %3 ADD PRIMARY KEY (%4), or CREATE UNIQUE INDEX), or set sync.key to columns that have one</source>
        <translation>die Tabelle %1 hat keinen Primärschlüssel und keinen eindeutigen Index auf dem Schlüssel (%2), den Ferrys Upsert braucht: legen Sie einen an (ALTER TABLE %3 ADD PRIMARY KEY (%4), oder CREATE UNIQUE INDEX), oder setzen Sie sync.key auf Spalten, die einen haben</translation>
    </message>
    <message>
        <source>the database file does not exist yet: the first run creates it</source>
        <translation>die Datenbankdatei existiert noch nicht: der erste Lauf legt sie an</translation>
    </message>
    <message>
        <source>SQLite, file %1 (not created yet)</source>
        <translation>SQLite, Datei %1 (noch nicht angelegt)</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1, Datei %2</translation>
    </message>
    <message>
        <source>%1, database %2 as %3</source>
        <translation>%1, Datenbank %2 als %3</translation>
    </message>
    <message>
        <source>the table does not exist yet: the first run creates it</source>
        <translation>die Tabelle existiert noch nicht: der erste Lauf legt sie an</translation>
    </message>
    <message>
        <source>%1: table %2 (not created yet)</source>
        <translation>%1: Tabelle %2 (noch nicht angelegt)</translation>
    </message>
    <message numerus="yes">
        <source>%1: table %2 holds %3 record(s) of %4</source>
        <translation>
            <numerusform>%1: Tabelle %2 enthält %3 Datensatz aus %4</numerusform>
            <numerusform>%1: Tabelle %2 enthält %3 Datensätze aus %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; are one column in this database, which ignores the case of column names: rename one in the query or the mapping</source>
        <translation>die Spalten „%1“ und „%2“ sind in dieser Datenbank eine Spalte, da sie die Groß-/Kleinschreibung von Spaltennamen ignoriert: benennen Sie eine in der Abfrage oder der Zuordnung um</translation>
    </message>
    <message>
        <source>the table %1 no longer exists: check its name, or set create_table: true</source>
        <translation>die Tabelle %1 existiert nicht mehr: prüfen Sie ihren Namen, oder setzen Sie create_table: true</translation>
    </message>
    <message>
        <source>the table %1 lacks the column(s) %2: add them, or set create_table: true to let Ferry add them</source>
        <translation>der Tabelle %1 fehlen die Spalte(n) %2: ergänzen Sie sie, oder setzen Sie create_table: true, damit Ferry sie ergänzt</translation>
    </message>
    <message>
        <source>the table %1 no longer exists (dropped while Ferry ran?): nothing of this batch was written; restore it, or set create_table: true to let Ferry create it anew</source>
        <translation>die Tabelle %1 existiert nicht mehr (gelöscht, während Ferry lief?): nichts von diesem Stapel wurde geschrieben; stellen Sie sie wieder her, oder setzen Sie create_table: true, damit Ferry sie neu anlegt</translation>
    </message>
    <message>
        <source>cannot create the table %1: %2</source>
        <translation>die Tabelle %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>created table %1</source>
        <translation>Tabelle %1 angelegt</translation>
    </message>
    <message>
        <source>cannot add the column %1: %2</source>
        <translation>die Spalte %1 kann nicht ergänzt werden: %2</translation>
    </message>
    <message>
        <source>added column %1 to table %2</source>
        <translation>Spalte %1 zur Tabelle %2 hinzugefügt</translation>
    </message>
    <message>
        <source>cancelled: nothing of this batch was written</source>
        <translation>abgebrochen: nichts von diesem Stapel wurde geschrieben</translation>
    </message>
    <message>
        <source>row %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>the connection to the database broke while writing (%1): nothing of this batch was written; the next run writes it</source>
        <translation>die Verbindung zur Datenbank ist beim Schreiben abgebrochen (%1): nichts von diesem Stapel wurde geschrieben; der nächste Lauf schreibt ihn</translation>
    </message>
    <message>
        <source>the table %1 no longer exists (dropped while Ferry ran?): nothing of this batch was written; restore it, or set create_table: true to let Ferry create it anew (%2)</source>
        <translation>die Tabelle %1 existiert nicht mehr (gelöscht, während Ferry lief?): nichts von diesem Stapel wurde geschrieben; stellen Sie sie wieder her, oder setzen Sie create_table: true, damit Ferry sie neu anlegt (%2)</translation>
    </message>
    <message>
        <source>the database user may not write to the table %1 (%2): grant INSERT, UPDATE and DELETE, or connect as another user</source>
        <translation>der Datenbankbenutzer darf nicht in die Tabelle %1 schreiben (%2): gewähren Sie INSERT, UPDATE und DELETE, oder verbinden Sie sich als anderer Benutzer</translation>
    </message>
    <message>
        <source>%1the database refused the change (%2): nothing of this batch was written; fix the value in the source, or the column (its type, length or NOT NULL), then run again</source>
        <translation>%1die Datenbank hat die Änderung abgelehnt (%2): nichts von diesem Stapel wurde geschrieben; korrigieren Sie den Wert in der Quelle oder die Spalte (ihren Typ, ihre Länge oder NOT NULL) und führen Sie den Auftrag erneut aus</translation>
    </message>
</context>
<context>
    <name>Ferry::SqliteTable</name>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>writing to the table failed, nothing of this batch was applied: %1</source>
        <translation>das Schreiben in die Tabelle ist fehlgeschlagen, nichts von diesem Stapel wurde angewendet: %1</translation>
    </message>
    <message>
        <source>the target database path is not a file: check the path</source>
        <translation>der Pfad der Zieldatenbank ist keine Datei: prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>the target database file does not exist: check the path, or set create_table: true to let Ferry create it</source>
        <translation>die Zieldatenbankdatei existiert nicht: prüfen Sie den Pfad, oder setzen Sie create_table: true, damit Ferry sie anlegt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the database file does not exist yet: the first run creates it</source>
        <translation>die Datenbankdatei existiert noch nicht: der erste Lauf legt sie an</translation>
    </message>
    <message>
        <source>SQLite, file %1 (not created yet)</source>
        <translation>SQLite, Datei %1 (noch nicht angelegt)</translation>
    </message>
    <message>
        <source>Ferry may not write to the target database file: check its permissions</source>
        <translation>Ferry darf nicht in die Zieldatenbankdatei schreiben: prüfen Sie ihre Rechte</translation>
    </message>
    <message>
        <source>cannot read the table&apos;s columns: %1</source>
        <translation>die Spalten der Tabelle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the table %1 does not exist, and the file has no tables: create it, or set create_table: true</source>
        <translation>die Tabelle %1 existiert nicht, und die Datei hat keine Tabellen: legen Sie sie an, oder setzen Sie create_table: true</translation>
    </message>
    <message>
        <source>the table %1 does not exist (the file has %2): check its name, or set create_table: true</source>
        <translation>die Tabelle %1 existiert nicht (die Datei hat %2): prüfen Sie ihren Namen, oder setzen Sie create_table: true</translation>
    </message>
    <message>
        <source>the table does not exist yet: the first run creates it</source>
        <translation>die Tabelle existiert noch nicht: der erste Lauf legt sie an</translation>
    </message>
    <message>
        <source>%1, file %2: table %3 (not created yet)</source>
        <translation>%1, Datei %2: Tabelle %3 (noch nicht angelegt)</translation>
    </message>
    <message numerus="yes">
        <source>%1, file %2: table %3 holds %4 record(s) of %5</source>
        <translation>
            <numerusform>%1, Datei %2: Tabelle %3 enthält %4 Datensatz aus %5</numerusform>
            <numerusform>%1, Datei %2: Tabelle %3 enthält %4 Datensätze aus %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>the table %1 does not exist: check its name, or set create_table: true</source>
        <translation>die Tabelle %1 existiert nicht: prüfen Sie ihren Namen, oder setzen Sie create_table: true</translation>
    </message>
    <message>
        <source>the target database file does not exist: check the path, or set create_table: true</source>
        <translation>die Zieldatenbankdatei existiert nicht: prüfen Sie den Pfad, oder setzen Sie create_table: true</translation>
    </message>
    <message>
        <source>the table does not exist: create it, or set create_table: true in the job</source>
        <translation>die Tabelle existiert nicht: legen Sie sie an, oder setzen Sie create_table: true im Auftrag</translation>
    </message>
    <message>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; are one column in SQLite, which ignores the case of column names: rename one in the query or the mapping</source>
        <translation>die Spalten „%1“ und „%2“ sind in SQLite eine Spalte, da SQLite die Groß-/Kleinschreibung von Spaltennamen ignoriert: benennen Sie eine in der Abfrage oder der Zuordnung um</translation>
    </message>
    <message>
        <source>cannot read the table: %1</source>
        <translation>die Tabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder of the target database</source>
        <translation>der Ordner der Zieldatenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the table: %1</source>
        <translation>die Tabelle kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>created table %1</source>
        <translation>Tabelle %1 angelegt</translation>
    </message>
    <message>
        <source>the table lacks the column(s) %1: add them, or set create_table: true to let Ferry add them</source>
        <translation>der Tabelle fehlen die Spalte(n) %1: ergänzen Sie sie, oder setzen Sie create_table: true, damit Ferry sie ergänzt</translation>
    </message>
    <message>
        <source>cannot add column %1: %2</source>
        <translation>die Spalte %1 kann nicht ergänzt werden: %2</translation>
    </message>
    <message>
        <source>SQLite table %1 in %2</source>
        <translation>SQLite-Tabelle %1 in %2</translation>
    </message>
</context>
<context>
    <name>Ferry::StateStore</name>
    <message>
        <source>%1 can be read by other users of this computer and Ferry cannot change that; make it private (chmod go= &quot;%1&quot;)</source>
        <translation>%1 ist für andere Benutzer dieses Computers lesbar, und Ferry kann das nicht ändern; machen Sie es privat (chmod go= &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot create the state folder; pass a writable folder with --state</source>
        <translation>der Statusordner kann nicht angelegt werden; geben Sie mit --state einen beschreibbaren Ordner an</translation>
    </message>
    <message>
        <source>cannot renew the lease of job %1: %2</source>
        <translation>die Sperre von Auftrag %1 kann nicht erneuert werden: %2</translation>
    </message>
    <message>
        <source>another process took over the lease of job %1 (it judged this one gone); this run stops after its current batch</source>
        <translation>ein anderer Prozess hat die Sperre von Auftrag %1 übernommen (er hielt diesen für beendet); dieser Lauf hält nach seinem aktuellen Stapel an</translation>
    </message>
    <message>
        <source>the state database failed while %1: %2</source>
        <translation>in der Statusdatenbank trat beim %1 ein Fehler auf: %2</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>the state database was written by a newer Ferry; update Ferry</source>
        <translation>die Statusdatenbank wurde von einem neueren Ferry geschrieben; aktualisieren Sie Ferry</translation>
    </message>
    <message>
        <source>upgrading its tables</source>
        <translation>Aktualisieren ihrer Tabellen</translation>
    </message>
    <message>
        <source>upgraded the state database from schema %1 to %2</source>
        <translation>Statusdatenbank von Schema %1 auf %2 aktualisiert</translation>
    </message>
    <message>
        <source>closing interrupted runs</source>
        <translation>Abschließen unterbrochener Läufe</translation>
    </message>
    <message>
        <source>process %1 on %2 stopped before the run finished</source>
        <translation>Prozess %1 auf %2 wurde beendet, bevor der Lauf fertig war</translation>
    </message>
    <message>
        <source>Ferry stopped before the run finished</source>
        <translation>Ferry wurde beendet, bevor der Lauf fertig war</translation>
    </message>
    <message>
        <source>taking the lease of job %1</source>
        <translation>Übernehmen der Sperre von Auftrag %1</translation>
    </message>
    <message>
        <source>job %1 is already running in process %2 on host %3 since %4; wait for it or stop it</source>
        <translation>Auftrag %1 läuft bereits in Prozess %2 auf Host %3 seit %4; warten Sie darauf oder halten Sie ihn an</translation>
    </message>
    <message>
        <source>job %1: taking over the lease of process %2 on host %3, which is gone (last heard of at %4)</source>
        <translation>Auftrag %1: Übernahme der Sperre von Prozess %2 auf Host %3, der nicht mehr läuft (zuletzt gemeldet um %4)</translation>
    </message>
    <message>
        <source>releasing the lease of job %1</source>
        <translation>Freigeben der Sperre von Auftrag %1</translation>
    </message>
    <message>
        <source>another process took over the lease of job %1; nothing was written</source>
        <translation>ein anderer Prozess hat die Sperre von Auftrag %1 übernommen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>starting a run</source>
        <translation>Starten eines Laufs</translation>
    </message>
    <message>
        <source>recording a batch</source>
        <translation>Aufzeichnen eines Stapels</translation>
    </message>
    <message>
        <source>finishing a run</source>
        <translation>Abschließen eines Laufs</translation>
    </message>
    <message>
        <source>pruning old runs</source>
        <translation>Bereinigen alter Läufe</translation>
    </message>
    <message>
        <source>pruned %1 old run(s) and the journal of %2 more</source>
        <translation>%1 alte(r) Lauf/Läufe bereinigt und das Journal von %2 weiteren</translation>
    </message>
    <message>
        <source>listing runs</source>
        <translation>Auflisten der Läufe</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>Lesen des Journals</translation>
    </message>
    <message>
        <source>a journal record is damaged</source>
        <translation>ein Journaleintrag ist beschädigt</translation>
    </message>
    <message>
        <source>recording failed rows</source>
        <translation>Speichern fehlgeschlagener Zeilen</translation>
    </message>
    <message>
        <source>reading failed rows</source>
        <translation>Lesen fehlgeschlagener Zeilen</translation>
    </message>
    <message>
        <source>remembering written records</source>
        <translation>Merken geschriebener Datensätze</translation>
    </message>
    <message>
        <source>reading remembered records</source>
        <translation>Lesen gemerkter Datensätze</translation>
    </message>
    <message>
        <source>forgetting a job&apos;s records</source>
        <translation>Vergessen der Datensätze eines Auftrags</translation>
    </message>
</context>
<context>
    <name>Ferry::TextDecoder</name>
    <message>
        <source>line %1, column %2 (byte %3): %4</source>
        <translation>Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>the file has no UTF-16 byte order mark, so its byte order is unknown: save it as UTF-16 with a byte order mark, or as UTF-8 (and set encoding: utf-8)</source>
        <translation>die Datei hat keine UTF-16-Byte-Reihenfolge-Markierung, daher ist ihre Byte-Reihenfolge unbekannt: speichern Sie sie als UTF-16 mit Byte-Reihenfolge-Markierung oder als UTF-8 (und setzen Sie encoding: utf-8)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-16 byte order mark: set encoding: utf-16</source>
        <translation>die Datei beginnt mit einer UTF-16-Byte-Reihenfolge-Markierung: setzen Sie encoding: utf-16</translation>
    </message>
    <message>
        <source>the bytes here are not UTF-8: the file is in another encoding; set encoding: latin1 or windows-1252 (or utf-16), or save the file as UTF-8</source>
        <translation>die Bytes hier sind kein UTF-8: die Datei hat eine andere Kodierung; setzen Sie encoding: latin1 oder windows-1252 (oder utf-16), oder speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character: it is cut off or not UTF-16</source>
        <translation>die Datei endet mitten in einem UTF-16-Zeichen: sie ist abgeschnitten oder kein UTF-16</translation>
    </message>
    <message>
        <source>a UTF-16 surrogate here has no pair: the file is damaged or not UTF-16</source>
        <translation>ein UTF-16-Surrogat hier hat kein Gegenstück: die Datei ist beschädigt oder kein UTF-16</translation>
    </message>
    <message>
        <source>the byte 0x%1 has no character in Windows-1252: the file is in another encoding; try encoding: latin1 or utf-8</source>
        <translation>das Byte 0x%1 hat kein Zeichen in Windows-1252: die Datei hat eine andere Kodierung; versuchen Sie encoding: latin1 oder utf-8</translation>
    </message>
</context>
<context>
    <name>Ferry::TrayIcon</name>
    <message>
        <source>&amp;Open Ferry</source>
        <translation>Ferry ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Run All Now</source>
        <translation>&amp;Alle jetzt ausführen</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>&amp;Quit Ferry</source>
        <translation>Ferry &amp;beenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the last run failed</source>
        <translation>%1: Der letzte Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
    <message numerus="yes">
        <source>Idle: %n job(s)</source>
        <translation>
            <numerusform>Untätig: %n Auftrag</numerusform>
            <numerusform>Untätig: %n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>%1 synced</source>
        <translation>%1 synchronisiert</translation>
    </message>
    <message>
        <source>%1: %2, %3 · %4</source>
        <translation>%1: %2, %3 · %4</translation>
    </message>
    <message>
        <source>No runs since Ferry started</source>
        <translation>Keine Läufe seit dem Start von Ferry</translation>
    </message>
</context>
<context>
    <name>Ferry::WebTargetHttp</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::WebhookTarget</name>
    <message>
        <source>delivery %1 (key %2)</source>
        <translation>Zustellung %1 (Schlüssel %2)</translation>
    </message>
    <message numerus="yes">
        <source>the web service cannot be reached (%1) after %n attempt(s); check target.url and that the service runs; the changes not delivered are sent by the next run</source>
        <translation>
            <numerusform>der Webdienst ist nach %n Versuch nicht erreichbar (%1); prüfen Sie target.url und ob der Dienst läuft; die nicht zugestellten Änderungen sendet der nächste Lauf</numerusform>
            <numerusform>der Webdienst ist nach %n Versuchen nicht erreichbar (%1); prüfen Sie target.url und ob der Dienst läuft; die nicht zugestellten Änderungen sendet der nächste Lauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the web service did not accept delivery %1 after %n attempt(s) (last: %2); it is sent again by the next run</source>
        <translation>
            <numerusform>der Webdienst hat Zustellung %1 nach %n Versuch nicht angenommen (zuletzt: %2); der nächste Lauf sendet sie erneut</numerusform>
            <numerusform>der Webdienst hat Zustellung %1 nach %n Versuchen nicht angenommen (zuletzt: %2); der nächste Lauf sendet sie erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled while delivering</source>
        <translation>beim Zustellen abgebrochen</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address: set target.url to the address that receives the changes</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse: setzen Sie target.url auf die Adresse, die die Änderungen empfängt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the web service cannot be reached: %1; check the address and that the service runs</source>
        <translation>der Webdienst ist nicht erreichbar: %1; prüfen Sie die Adresse und ob der Dienst läuft</translation>
    </message>
    <message>
        <source>the web service refused Ferry&apos;s ping (%1): check the signing secret and the headers the service expects</source>
        <translation>der Webdienst hat Ferrys Ping abgelehnt (%1): prüfen Sie das Signaturgeheimnis und die Header, die der Dienst erwartet</translation>
    </message>
    <message>
        <source>the web service answered Ferry&apos;s ping with %1; it must answer 2xx to the ping event (docs/connectors.md, Webhook target)</source>
        <translation>der Webdienst hat Ferrys Ping mit %1 beantwortet; er muss auf das Ereignis ping mit 2xx antworten (docs/connectors.md, Webhook target)</translation>
    </message>
    <message>
        <source>the web service answered the ping with HTTP %1</source>
        <translation>der Webdienst hat den Ping mit HTTP %1 beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) delivered by earlier runs</source>
        <translation>
            <numerusform>%n Datensatz durch frühere Läufe zugestellt</numerusform>
            <numerusform>%n Datensätze durch frühere Läufe zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>the ping</source>
        <translation>der Ping</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to fetch row</source>
        <translation>Zeile kann nicht abgerufen werden</translation>
    </message>
</context>
</TS>
