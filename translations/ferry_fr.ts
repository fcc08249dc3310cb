<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Ferry::AccountFieldsProbe</name>
    <message>
        <source>the module file %1 does not exist: choose the module&apos;s .js file</source>
        <translation>le fichier de module %1 n’existe pas&#xa0;: choisissez le fichier .js du module</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 n’a pas pu être chargé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Autostart</name>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Runs your sync jobs on their schedules, from the tray</source>
        <translation>Exécute vos tâches de synchronisation selon leur planification, depuis la zone de notification</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectorForm</name>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Type an id, or find them</source>
        <translation>Saisissez un identifiant, ou recherchez-les</translation>
    </message>
    <message>
        <source>Type a name, or find them</source>
        <translation>Saisissez un nom, ou recherchez-les</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form field&apos;s label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectorPage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>The settings changed: check again.</source>
        <translation>Les réglages ont changé&#xa0;: vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Lecture des premières lignes…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Ferry::ConnectorRegistry</name>
    <message>
        <source>The SELECT whose rows are synced. Its column names (or aliases) are the field names in the target.</source>
        <translation>Le SELECT dont les lignes sont synchronisées. Les noms de ses colonnes (ou leurs alias) sont les noms des champs dans la cible.</translation>
    </message>
    <message>
        <source>A reference to the password, never the password itself: env:NAME (an environment variable), file:PATH (a file that holds only it) or keychain:NAME (the desktop&apos;s keychain).</source>
        <translation>Une référence au mot de passe, jamais le mot de passe lui-même&#xa0;: env:NOM (une variable d’environnement), file:CHEMIN (un fichier qui ne contient que lui) ou keychain:NOM (le trousseau du bureau).</translation>
    </message>
    <message>
        <source>Connection URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>The server&apos;s name or address. Required unless the URL names it.</source>
        <translation>Le nom ou l’adresse du serveur. Obligatoire sauf si l’URL l’indique.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Leave empty for the server&apos;s usual port.</source>
        <translation>Laisser vide pour le port habituel du serveur.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>A named SQL Server instance (then the port is not used).</source>
        <translation>Une instance SQL Server nommée (le port n’est alors pas utilisé).</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Leave empty for the database named like the user.</source>
        <translation>Laisser vide pour la base qui porte le nom de l’utilisateur.</translation>
    </message>
    <message>
        <source>The database the query runs in.</source>
        <translation>La base de données dans laquelle la requête s’exécute.</translation>
    </message>
    <message>
        <source>Windows domain</source>
        <translation>Domaine Windows</translation>
    </message>
    <message>
        <source>For a Windows (domain) login: the domain of the user name.</source>
        <translation>Pour une connexion Windows (de domaine)&#xa0;: le domaine du nom d’utilisateur.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Encrypt the connection</source>
        <translation>Chiffrer la connexion</translation>
    </message>
    <message>
        <source>Require TLS between Ferry and the server.</source>
        <translation>Exiger TLS entre Ferry et le serveur.</translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation>Options du pilote</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Fliplet data source</source>
        <translation>Source de données Fliplet</translation>
    </message>
    <message>
        <source>Entries of a Fliplet app&apos;s data source, through the Fliplet REST API.</source>
        <translation>Les entrées d’une source de données d’une application Fliplet, via l’API REST de Fliplet.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>The id of the data source the rows go to (App data in Fliplet Studio).</source>
        <translation>L’identifiant de la source de données qui reçoit les lignes (App data dans Fliplet Studio).</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>A reference to the Fliplet API token, never the token itself: env:NAME or file:PATH. Its first letters (eu, us, ca) pick the region&apos;s server.</source>
        <translation>Une référence au jeton d’API Fliplet, jamais le jeton lui-même&#xa0;: env:NOM ou file:CHEMIN. Ses premières lettres (eu, us, ca) désignent le serveur de la région.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Only for self-hosted Fliplet installations: leave empty to use the region of the token.</source>
        <translation>Uniquement pour les installations Fliplet auto-hébergées&#xa0;: laisser vide pour utiliser la région du jeton.</translation>
    </message>
    <message>
        <source>Run hooks</source>
        <translation>Exécuter les hooks</translation>
    </message>
    <message>
        <source>Ask Fliplet to run the data source&apos;s hooks for inserted and updated entries.</source>
        <translation>Demander à Fliplet d’exécuter les hooks de la source de données pour les entrées insérées et mises à jour.</translation>
    </message>
    <message>
        <source>On insert</source>
        <translation>À l’insertion</translation>
    </message>
    <message>
        <source>On update</source>
        <translation>À la mise à jour</translation>
    </message>
    <message>
        <source>Merge fields</source>
        <translation>Fusionner les champs</translation>
    </message>
    <message>
        <source>Keep fields of an entry that the source does not send. Off: an update replaces the entry&apos;s data.</source>
        <translation>Conserver les champs d’une entrée que la source n’envoie pas. Désactivé&#xa0;: une mise à jour remplace les données de l’entrée.</translation>
    </message>
    <message>
        <source>Rows per commit</source>
        <translation>Lignes par validation</translation>
    </message>
    <message>
        <source>The most changes sent in one commit.</source>
        <translation>Le nombre maximal de changements envoyés en une validation.</translation>
    </message>
    <message>
        <source>Bytes per commit</source>
        <translation>Octets par validation</translation>
    </message>
    <message>
        <source>The largest commit request, in bytes. Lower it when a proxy refuses large requests (HTTP 413).</source>
        <translation>La plus grande requête de validation, en octets. Réduisez-la quand un proxy refuse les grosses requêtes (HTTP 413).</translation>
    </message>
    <message>
        <source>SQLite table</source>
        <translation>Table SQLite</translation>
    </message>
    <message>
        <source>A table in a SQLite database file on this computer.</source>
        <translation>Une table d’un fichier de base SQLite sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>The SQLite file the rows go to; a relative path starts at the job file&apos;s folder.</source>
        <translation>Le fichier SQLite qui reçoit les lignes&#xa0;; un chemin relatif part du dossier du fichier de tâche.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Create the table</source>
        <translation>Créer la table</translation>
    </message>
    <message>
        <source>Create the file and the table when they do not exist, and add missing columns.</source>
        <translation>Créer le fichier et la table s’ils n’existent pas, et ajouter les colonnes manquantes.</translation>
    </message>
    <message>
        <source>Rows per transaction</source>
        <translation>Lignes par transaction</translation>
    </message>
    <message>
        <source>The most changes written in one transaction.</source>
        <translation>Le nombre maximal de changements écrits en une transaction.</translation>
    </message>
    <message>
        <source>%1 has no field &apos;%2&apos;</source>
        <translation>%1 n’a pas de champ «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 must be on or off</source>
        <translation>%1 doit être activé ou désactivé</translation>
    </message>
    <message>
        <source>%1 must refer to the secret as env:NAME, file:PATH or keychain:NAME, not hold it</source>
        <translation>%1 doit faire référence au secret sous la forme env:NOM, file:CHEMIN ou keychain:NOM, et non le contenir</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas l’une des valeurs %3</translation>
    </message>
    <message>
        <source>The SQLite file to read; a relative path starts at the job file&apos;s folder.</source>
        <translation>Le fichier SQLite à lire&#xa0;; un chemin relatif part du dossier du fichier de tâche.</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Fichier de base SQLite</translation>
    </message>
    <message>
        <source>Rows of a query on a SQLite database file on this computer.</source>
        <translation>Les lignes d’une requête sur un fichier de base SQLite de cet ordinateur.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Rows of a query on a PostgreSQL server.</source>
        <translation>Les lignes d’une requête sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Instead of the fields below: postgres://user@host:5432/database. Fields that are set take precedence.</source>
        <translation>À la place des champs ci-dessous&#xa0;: postgres://utilisateur@hote:5432/base. Les champs renseignés l’emportent.</translation>
    </message>
    <message>
        <source>libpq options separated by semicolons, e.g. sslmode=require</source>
        <translation>Options libpq séparées par des points-virgules, p. ex. sslmode=require</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>Rows of a query on a MySQL or MariaDB server.</source>
        <translation>Les lignes d’une requête sur un serveur MySQL ou MariaDB.</translation>
    </message>
    <message>
        <source>Instead of the fields below: mysql://user@host:3306/database. Fields that are set take precedence.</source>
        <translation>À la place des champs ci-dessous&#xa0;: mysql://utilisateur@hote:3306/base. Les champs renseignés l’emportent.</translation>
    </message>
    <message>
        <source>Qt MySQL driver options separated by semicolons, e.g. MYSQL_OPT_SSL_MODE=REQUIRED</source>
        <translation>Options du pilote MySQL de Qt séparées par des points-virgules, p. ex. MYSQL_OPT_SSL_MODE=REQUIRED</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>Rows of a query on Microsoft SQL Server, through ODBC (FreeTDS by default).</source>
        <translation>Les lignes d’une requête sur Microsoft SQL Server, via ODBC (FreeTDS par défaut).</translation>
    </message>
    <message>
        <source>Instead of the fields below: sqlserver://user@host:1433/database. Fields that are set take precedence.</source>
        <translation>À la place des champs ci-dessous&#xa0;: sqlserver://utilisateur@hote:1433/base. Les champs renseignés l’emportent.</translation>
    </message>
    <message>
        <source>Extra ODBC connection attributes separated by semicolons; DRIVER={…} picks another ODBC driver than FreeTDS</source>
        <translation>Attributs de connexion ODBC supplémentaires séparés par des points-virgules&#xa0;; DRIVER={…} choisit un autre pilote ODBC que FreeTDS</translation>
    </message>
    <message>
        <source>unknown source type &apos;%1&apos;</source>
        <translation>type de source inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown target type &apos;%1&apos;</source>
        <translation>type de cible inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Column types</source>
        <translation>Types des colonnes</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Rows of a CSV file on this computer, or of every file a pattern matches.</source>
        <translation>Les lignes d’un fichier CSV sur cet ordinateur, ou de chaque fichier que désigne un motif.</translation>
    </message>
    <message>
        <source>The CSV file to read; a relative path starts at the job file&apos;s folder. A pattern such as exports/*.csv reads every matching file (same columns) in name order.</source>
        <translation>Le fichier CSV à lire&#xa0;; un chemin relatif part du dossier du fichier de tâche. Un motif comme exports/*.csv lit chaque fichier correspondant (mêmes colonnes) dans l’ordre des noms.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>What separates the fields.</source>
        <translation>Ce qui sépare les champs.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Caractère de guillemet</translation>
    </message>
    <message>
        <source>What encloses fields that hold delimiters, quotes or line breaks; a quote inside such a field is doubled.</source>
        <translation>Ce qui entoure les champs contenant des séparateurs, des guillemets ou des sauts de ligne&#xa0;; un guillemet à l’intérieur d’un tel champ est doublé.</translation>
    </message>
    <message>
        <source>Double quote (&quot;)</source>
        <translation>Guillemet double (&quot;)</translation>
    </message>
    <message>
        <source>Single quote (&apos;)</source>
        <translation>Guillemet simple (&apos;)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>How the file&apos;s text is stored. Excel on Windows often saves Windows-1252; UTF-16 files start with a byte order mark.</source>
        <translation>La façon dont le texte du fichier est stocké. Excel sous Windows enregistre souvent en Windows-1252&#xa0;; les fichiers UTF-16 commencent par une marque d’ordre des octets.</translation>
    </message>
    <message>
        <source>UTF-8 (with or without BOM)</source>
        <translation>UTF-8 (avec ou sans BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (with BOM)</source>
        <translation>UTF-16 (avec BOM)</translation>
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
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>Off: the first line is data, and the columns are called column1, column2, …</source>
        <translation>Désactivé&#xa0;: la première ligne contient des données, et les colonnes s’appellent column1, column2, …</translation>
    </message>
    <message>
        <source>Types of columns that are not text, e.g. id: integer, price: decimal, born: date, active: boolean. Types: text, integer, decimal, number, boolean, date, datetime, json. A value that does not convert is a row error.</source>
        <translation>Types des colonnes qui ne sont pas du texte, p. ex. id: integer, price: decimal, born: date, active: boolean. Types&#xa0;: text, integer, decimal, number, boolean, date, datetime, json. Une valeur qui ne se convertit pas est une erreur de ligne.</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Fichier JSON</translation>
    </message>
    <message>
        <source>Records of a JSON file (an array of objects) or an NDJSON file (one object a line) on this computer.</source>
        <translation>Les enregistrements d’un fichier JSON (un tableau d’objets) ou d’un fichier NDJSON (un objet par ligne) sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The JSON or NDJSON file to read; a relative path starts at the job file&apos;s folder. A pattern such as exports/*.json reads every matching file in name order.</source>
        <translation>Le fichier JSON ou NDJSON à lire&#xa0;; un chemin relatif part du dossier du fichier de tâche. Un motif comme exports/*.json lit chaque fichier correspondant dans l’ordre des noms.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Left at the default: NDJSON for .ndjson and .jsonl files, JSON otherwise.</source>
        <translation>Laissé à la valeur par défaut&#xa0;: NDJSON pour les fichiers .ndjson et .jsonl, JSON sinon.</translation>
    </message>
    <message>
        <source>JSON: an array of records</source>
        <translation>JSON&#xa0;: un tableau d’enregistrements</translation>
    </message>
    <message>
        <source>NDJSON: one record a line</source>
        <translation>NDJSON&#xa0;: un enregistrement par ligne</translation>
    </message>
    <message>
        <source>Records at</source>
        <translation>Enregistrements à</translation>
    </message>
    <message>
        <source>Where the array of records is inside the document, as a JSON pointer (/data/items). Empty: the document is the array.</source>
        <translation>L’emplacement du tableau d’enregistrements dans le document, sous forme de pointeur JSON (/data/items). Vide&#xa0;: le document est le tableau.</translation>
    </message>
    <message>
        <source>Types for columns whose JSON values should be converted, e.g. id: integer, born: date. Undeclared columns keep their JSON types; nested objects and arrays are kept as JSON.</source>
        <translation>Types des colonnes dont les valeurs JSON doivent être converties, p. ex. id: integer, born: date. Les colonnes non déclarées gardent leurs types JSON&#xa0;; les objets et tableaux imbriqués sont gardés en JSON.</translation>
    </message>
    <message>
        <source>Entries of a Fliplet app&apos;s data source, read through the Fliplet REST API: each entry is a row, with its id and timestamps.</source>
        <translation>Les entrées de la source de données d’une application Fliplet, lues via l’API REST de Fliplet&#xa0;: chaque entrée est une ligne, avec son identifiant et ses horodatages.</translation>
    </message>
    <message>
        <source>The id of the data source whose entries are read (App data in Fliplet Studio).</source>
        <translation>L’identifiant de la source de données dont les entrées sont lues (App data dans Fliplet Studio).</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Which entries to read, as a JSON object on their data fields: {&quot;Status&quot;: &quot;active&quot;} or {&quot;Age&quot;: {&quot;$gt&quot;: 18}}. Empty: every entry.</source>
        <translation>Les entrées à lire, sous forme d’objet JSON sur leurs champs de données&#xa0;: {&quot;Status&quot;: &quot;active&quot;} ou {&quot;Age&quot;: {&quot;$gt&quot;: 18}}. Vide&#xa0;: toutes les entrées.</translation>
    </message>
    <message>
        <source>The filter is not valid JSON (%1 at character %2)</source>
        <translation>Le filtre n’est pas du JSON valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>The filter must be a JSON object: {&quot;field&quot;: value}</source>
        <translation>Le filtre doit être un objet JSON&#xa0;: {&quot;field&quot;: value}</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>The data fields to read, separated by commas. Empty: every field.</source>
        <translation>Les champs de données à lire, séparés par des virgules. Vide&#xa0;: tous les champs.</translation>
    </message>
    <message>
        <source>PostgreSQL table</source>
        <translation>Table PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL or MariaDB table</source>
        <translation>Table MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>SQL Server table</source>
        <translation>Table SQL Server</translation>
    </message>
    <message>
        <source>SQLite table (upsert by key)</source>
        <translation>Table SQLite (upsert par clé)</translation>
    </message>
    <message>
        <source>A table on a database server: rows are upserted by the sync key in transactions, deleted by key, and the table can be created.</source>
        <translation>Une table sur un serveur de base de données&#xa0;: les lignes sont insérées ou mises à jour (upsert) par la clé de synchronisation dans des transactions, supprimées par clé, et la table peut être créée.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Leave empty for the connection&apos;s default schema.</source>
        <translation>Laisser vide pour le schéma par défaut de la connexion.</translation>
    </message>
    <message>
        <source>The table the rows go to, as the database names it (exact case; Ferry quotes it).</source>
        <translation>La table qui reçoit les lignes, telle que la base la nomme (casse exacte&#xa0;; Ferry met le nom entre guillemets).</translation>
    </message>
    <message>
        <source>Create the table when it does not exist (the key becomes its primary key, the column types follow the values), and add missing columns.</source>
        <translation>Créer la table si elle n’existe pas (la clé devient sa clé primaire, les types des colonnes suivent les valeurs), et ajouter les colonnes manquantes.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <source>Records of a web service&apos;s REST API: listed page by page, then created, changed and deleted one by one.</source>
        <translation>Les enregistrements de l’API REST d’un service web&#xa0;: listés page par page, puis créés, modifiés et supprimés un par un.</translation>
    </message>
    <message>
        <source>Base address</source>
        <translation>Adresse de base</translation>
    </message>
    <message>
        <source>The API&apos;s address, e.g. https://api.example.com/v1; the paths below are added to it.</source>
        <translation>L’adresse de l’API, p. ex. https://api.example.com/v1&#xa0;; les chemins ci-dessous lui sont ajoutés.</translation>
    </message>
    <message>
        <source>List path</source>
        <translation>Chemin de la liste</translation>
    </message>
    <message>
        <source>Where the records are listed (GET) and created (POST), e.g. /contacts.</source>
        <translation>L’endroit où les enregistrements sont listés (GET) et créés (POST), p. ex. /contacts.</translation>
    </message>
    <message>
        <source>Record path</source>
        <translation>Chemin d’un enregistrement</translation>
    </message>
    <message>
        <source>Where one record is changed and deleted, with {id} for its id; empty: the list path and /{id}.</source>
        <translation>L’endroit où un enregistrement est modifié et supprimé, avec {id} pour son identifiant&#xa0;; vide&#xa0;: le chemin de la liste et /{id}.</translation>
    </message>
    <message>
        <source>Id field</source>
        <translation>Champ d’identifiant</translation>
    </message>
    <message>
        <source>The field of a record that holds its id at the service.</source>
        <translation>Le champ d’un enregistrement qui contient son identifiant auprès du service.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>The field lists and records are wrapped in, as in {&quot;data&quot;: …}; empty when they are not wrapped.</source>
        <translation>Le champ dans lequel les listes et les enregistrements sont enveloppés, comme dans {&quot;data&quot;: …}&#xa0;; vide s’ils ne sont pas enveloppés.</translation>
    </message>
    <message>
        <source>Update method</source>
        <translation>Méthode de mise à jour</translation>
    </message>
    <message>
        <source>PATCH sends the changed record&apos;s fields; PUT replaces the record.</source>
        <translation>PATCH envoie les champs modifiés de l’enregistrement&#xa0;; PUT remplace l’enregistrement.</translation>
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
        <translation>Paramètre de page</translation>
    </message>
    <message>
        <source>The query parameter that numbers the list&apos;s pages (from 1).</source>
        <translation>Le paramètre de requête qui numérote les pages de la liste (à partir de 1).</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Paramètre de taille de page</translation>
    </message>
    <message>
        <source>The query parameter that says how many records a page holds.</source>
        <translation>Le paramètre de requête qui indique combien d’enregistrements contient une page.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Records asked for per page.</source>
        <translation>Enregistrements demandés par page.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Each change posted as JSON to a web service (new, updated, deleted), signed and retried until the service accepts it.</source>
        <translation>Chaque changement envoyé en JSON à un service web (nouveau, modifié, supprimé), signé et renvoyé jusqu’à ce que le service l’accepte.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The address each change is posted to (https://…).</source>
        <translation>L’adresse à laquelle chaque changement est envoyé (https://…).</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>A reference to the secret each delivery is signed with (HMAC-SHA256 in the X-Ferry-Signature header): env:NAME, file:PATH or keychain:NAME. Empty: unsigned.</source>
        <translation>Une référence au secret avec lequel chaque livraison est signée (HMAC-SHA256 dans l’en-tête X-Ferry-Signature)&#xa0;: env:NOM, file:CHEMIN ou keychain:NOM. Vide&#xa0;: non signée.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>How often a delivery the service does not accept (no 2xx answer) is sent again, with growing pauses, before it counts as failed.</source>
        <translation>Le nombre de fois qu’une livraison que le service n’accepte pas (pas de réponse 2xx) est renvoyée, avec des pauses croissantes, avant d’être comptée comme échouée.</translation>
    </message>
    <message>
        <source>Deliveries at once</source>
        <translation>Livraisons simultanées</translation>
    </message>
    <message>
        <source>The most deliveries in flight at a time.</source>
        <translation>Le nombre maximal de livraisons en cours à la fois.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>How Ferry proves who it is: a bearer token, a user name and password, an API key, or OAuth2. Only the fields of the chosen kind are used.</source>
        <translation>Comment Ferry prouve son identité&#xa0;: un jeton Bearer, un nom d’utilisateur et un mot de passe, une clé d’API, ou OAuth2. Seuls les champs du type choisi sont utilisés.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Bearer: a reference to the token (env:NAME, file:PATH or keychain:NAME), sent as Authorization: Bearer.</source>
        <translation>Bearer&#xa0;: une référence au jeton (env:NOM, file:CHEMIN ou keychain:NOM), envoyé comme Authorization: Bearer.</translation>
    </message>
    <message>
        <source>Basic authentication: the user name.</source>
        <translation>Authentification Basic&#xa0;: le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Basic authentication: a reference to the password.</source>
        <translation>Authentification Basic&#xa0;: une référence au mot de passe.</translation>
    </message>
    <message>
        <source>API key name</source>
        <translation>Nom de la clé d’API</translation>
    </message>
    <message>
        <source>API key: the header or query parameter it goes in (e.g. X-API-Key).</source>
        <translation>Clé d’API&#xa0;: l’en-tête ou le paramètre de requête qui la porte (p. ex. X-API-Key).</translation>
    </message>
    <message>
        <source>API key sent in</source>
        <translation>Clé d’API envoyée dans</translation>
    </message>
    <message>
        <source>API key: a request header or a query parameter.</source>
        <translation>Clé d’API&#xa0;: un en-tête de requête ou un paramètre de requête.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Paramètre de requête</translation>
    </message>
    <message>
        <source>API key: a reference to the key.</source>
        <translation>Clé d’API&#xa0;: une référence à la clé.</translation>
    </message>
    <message>
        <source>OAuth2 grant</source>
        <translation>Type d’autorisation OAuth2</translation>
    </message>
    <message>
        <source>OAuth2: client credentials (a service account) or a refresh token (a user&apos;s authorization; a new refresh token the server issues is saved back).</source>
        <translation>OAuth2&#xa0;: identifiants client (un compte de service) ou jeton d’actualisation (l’autorisation d’un utilisateur&#xa0;; un nouveau jeton d’actualisation émis par le serveur est réenregistré).</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison du jeton</translation>
    </message>
    <message>
        <source>OAuth2: the provider&apos;s token URL (https://).</source>
        <translation>OAuth2&#xa0;: l’URL de jeton du fournisseur (https://).</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>OAuth2: a reference to the client secret.</source>
        <translation>OAuth2&#xa0;: une référence au secret client.</translation>
    </message>
    <message>
        <source>OAuth2 refresh-token grant: a keychain:NAME or file:PATH reference, so that a new token the server issues can be saved there.</source>
        <translation>Autorisation OAuth2 par jeton d’actualisation&#xa0;: une référence keychain:NOM ou file:CHEMIN, pour qu’un nouveau jeton émis par le serveur puisse y être enregistré.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>OAuth2: the scopes to ask for, separated by spaces (optional).</source>
        <translation>OAuth2&#xa0;: les portées à demander, séparées par des espaces (facultatif).</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>OAuth2: send the client id and secret as HTTP Basic (the standard) or in the form body.</source>
        <translation>OAuth2&#xa0;: envoyer l’ID et le secret client en HTTP Basic (la norme) ou dans le corps du formulaire.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Form body</source>
        <translation>Corps du formulaire</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats d’AC supplémentaires</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of a private certificate authority, trusted in addition to the system&apos;s. Certificates are always checked.</source>
        <translation>Un fichier PEM contenant le certificat d’une autorité de certification privée, approuvé en plus de ceux du système. Les certificats sont toujours vérifiés.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Empty or auto: HTTPS_PROXY and the like, else the system&apos;s proxy; none; or an address such as http://proxy.example:3128.</source>
        <translation>Vide ou auto&#xa0;: HTTPS_PROXY et variables semblables, sinon le proxy du système&#xa0;; none&#xa0;; ou une adresse comme http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>Request timeout (ms)</source>
        <translation>Délai d’attente d’une requête (ms)</translation>
    </message>
    <message>
        <source>The longest one request may take, its answer included.</source>
        <translation>La durée maximale d’une requête, réponse comprise.</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>At most this many requests a second, retries included (empty: no limit).</source>
        <translation>Au plus ce nombre de requêtes par seconde, nouvelles tentatives comprises (vide&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>HTTP JSON API</source>
        <translation>API JSON HTTP</translation>
    </message>
    <message>
        <source>Records of a JSON API over HTTP, page after page, with a token, a password, an API key or OAuth2.</source>
        <translation>Les enregistrements d’une API JSON sur HTTP, page après page, avec un jeton, un mot de passe, une clé d’API ou OAuth2.</translation>
    </message>
    <message>
        <source>The URL of the first page, e.g. https://api.example.com/v1/contacts. It is read with GET.</source>
        <translation>L’URL de la première page, p. ex. https://api.example.com/v1/contacts. Elle est lue avec GET.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>HTTP headers sent with every request (credentials go in Authentication, not here).</source>
        <translation>En-têtes HTTP envoyés avec chaque requête (les identifiants vont dans Authentification, pas ici).</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>Parameters added to the address of every page.</source>
        <translation>Paramètres ajoutés à l’adresse de chaque page.</translation>
    </message>
    <message>
        <source>A JSON pointer to the array of records in each page, e.g. /data or /result/items; empty when the page is the array itself.</source>
        <translation>Un pointeur JSON vers le tableau d’enregistrements de chaque page, p. ex. /data ou /result/items&#xa0;; vide quand la page est le tableau lui-même.</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Pagination</translation>
    </message>
    <message>
        <source>How the API splits its records into pages.</source>
        <translation>La façon dont l’API répartit ses enregistrements en pages.</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Une seule page</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>Lien suivant</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>Numéros de page</translation>
    </message>
    <message>
        <source>Offset and limit</source>
        <translation>Décalage et limite</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Next link at</source>
        <translation>Lien suivant à</translation>
    </message>
    <message>
        <source>Next link: a JSON pointer to the next page&apos;s URL in the answer (e.g. /links/next); empty: the Link header&apos;s rel=&quot;next&quot;.</source>
        <translation>Lien suivant&#xa0;: un pointeur JSON vers l’URL de la page suivante dans la réponse (p. ex. /links/next)&#xa0;; vide&#xa0;: le rel=&quot;next&quot; de l’en-tête Link.</translation>
    </message>
    <message>
        <source>Page numbers: the parameter (default page).</source>
        <translation>Numéros de page&#xa0;: le paramètre (par défaut page).</translation>
    </message>
    <message>
        <source>The page size&apos;s parameter (default per_page; limit for offsets).</source>
        <translation>Le paramètre de la taille de page (par défaut per_page&#xa0;; limit pour les décalages).</translation>
    </message>
    <message>
        <source>Records per page to ask for; a shorter page is the last. Empty: the server&apos;s default (then only an empty page ends).</source>
        <translation>Enregistrements à demander par page&#xa0;; une page plus courte est la dernière. Vide&#xa0;: la valeur par défaut du serveur (alors seule une page vide termine).</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Page numbers: the first page&apos;s number (default 1).</source>
        <translation>Numéros de page&#xa0;: le numéro de la première page (par défaut 1).</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Paramètre de décalage</translation>
    </message>
    <message>
        <source>Offset and limit: the offset&apos;s parameter (default offset).</source>
        <translation>Décalage et limite&#xa0;: le paramètre du décalage (par défaut offset).</translation>
    </message>
    <message>
        <source>Cursor at</source>
        <translation>Curseur à</translation>
    </message>
    <message>
        <source>Cursor: a JSON pointer to the next cursor in the answer (e.g. /meta/next_cursor); none or empty ends.</source>
        <translation>Curseur&#xa0;: un pointeur JSON vers le curseur suivant dans la réponse (p. ex. /meta/next_cursor)&#xa0;; none ou vide termine.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Paramètre du curseur</translation>
    </message>
    <message>
        <source>Cursor: the parameter it is sent in (default cursor).</source>
        <translation>Curseur&#xa0;: le paramètre dans lequel il est envoyé (par défaut cursor).</translation>
    </message>
    <message>
        <source>Page limit</source>
        <translation>Limite de pages</translation>
    </message>
    <message>
        <source>Stop with an error after this many pages (default 100000).</source>
        <translation>S’arrêter avec une erreur après ce nombre de pages (par défaut 100000).</translation>
    </message>
    <message>
        <source>Sent with every request. Not for secrets: they would be stored in the job file.</source>
        <translation>Envoyés avec chaque requête. Pas pour les secrets&#xa0;: ils seraient stockés dans le fichier de tâche.</translation>
    </message>
    <message>
        <source>Sent with every delivery. Not for secrets: they would be stored in the job file.</source>
        <translation>Envoyés avec chaque livraison. Pas pour les secrets&#xa0;: ils seraient stockés dans le fichier de tâche.</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Fichiers JSON (*.json *.ndjson *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File columns</source>
        <translation>Colonnes de fichiers</translation>
    </message>
    <message>
        <source>Columns that hold a file: a local path (absolute, or relative to the directory, itself relative to the job file&apos;s folder) or a remote URL (fetched with its own headers, never the Fliplet token). Each file is uploaded to Fliplet media once; the column gets its URL and &lt;column&gt;MediaFileId its id.</source>
        <translation>Les colonnes qui contiennent un fichier&#xa0;: un chemin local (absolu, ou relatif au répertoire, lui-même relatif au dossier du fichier de tâche) ou une URL distante (téléchargée avec ses propres en-têtes, jamais avec le jeton Fliplet). Chaque fichier n’est téléversé qu’une fois dans les médias Fliplet&#xa0;; la colonne reçoit son URL et &lt;column&gt;MediaFileId son identifiant.</translation>
    </message>
    <message>
        <source>File columns: row %1 names no column</source>
        <translation>Colonnes de fichiers&#xa0;: la ligne %1 ne nomme aucune colonne</translation>
    </message>
    <message>
        <source>File columns: row %1&apos;s type must be local or remote, not &apos;%2&apos;</source>
        <translation>Colonnes de fichiers&#xa0;: le type de la ligne %1 doit être local ou remote, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Point de terminaison d’autorisation</translation>
    </message>
    <message>
        <source>OAuth2 sign-in with a browser: the provider&apos;s authorization URL (https://). The provider must allow the redirect address http://127.0.0.1 with any port.</source>
        <translation>Connexion OAuth2 avec un navigateur&#xa0;: l’URL d’autorisation du fournisseur (https://). Le fournisseur doit autoriser l’adresse de redirection http://127.0.0.1 avec n’importe quel port.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>The values the module&apos;s init(account) gets, by name (url, user, …). A secret is written {secret: env:NAME}, {secret: file:PATH} or {secret: keychain:NAME}: Ferry resolves it and only the module sees it.</source>
        <translation>Les valeurs que reçoit init(account) du module, par nom (url, user, …). Un secret s’écrit {secret: env:NAME}, {secret: file:PATH} ou {secret: keychain:NAME}&#xa0;: Ferry le résout et seul le module le voit.</translation>
    </message>
    <message>
        <source>Module file</source>
        <translation>Fichier du module</translation>
    </message>
    <message>
        <source>A Node.js module (CommonJS, .js) exporting async init(account), getUpdates(lastSync), insert(value), patch(id, value) and delete(id); relative to the job file&apos;s folder.</source>
        <translation>Un module Node.js (CommonJS, .js) qui exporte les fonctions async init(account), getUpdates(lastSync), insert(value), patch(id, value) et delete(id)&#xa0;; relatif au dossier du fichier de tâche.</translation>
    </message>
    <message>
        <source>JavaScript modules (*.js *.cjs);;All files (*)</source>
        <translation>Modules JavaScript (*.js *.cjs);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Time limit per call (s)</source>
        <translation>Limite de temps par appel (s)</translation>
    </message>
    <message>
        <source>How long one call of the module may take before it is stopped.</source>
        <translation>Durée maximale d’un appel du module avant qu’il soit arrêté.</translation>
    </message>
    <message>
        <source>Connector module</source>
        <translation>Module connecteur</translation>
    </message>
    <message>
        <source>A JavaScript data-source module run by Node.js: its getUpdates(lastSync) gives what changed since the last run.</source>
        <translation>Un module JavaScript de source de données exécuté par Node.js&#xa0;: sa fonction getUpdates(lastSync) donne ce qui a changé depuis la dernière exécution.</translation>
    </message>
    <message>
        <source>A JavaScript data-source module run by Node.js: its records listed with getUpdates(null), then inserted, patched and deleted one by one.</source>
        <translation>Un module JavaScript de source de données exécuté par Node.js&#xa0;: ses enregistrements sont listés avec getUpdates(null), puis insérés, modifiés (patch) et supprimés un par un.</translation>
    </message>
</context>
<context>
    <name>Ferry::CronExpression</name>
    <message>
        <source>second</source>
        <translation>seconde</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day-of-month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day-of-week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has an empty entry in its list</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» contient une entrée vide dans sa liste</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; uses &apos;%3&apos;, which Ferry does not support (no L, W, # or ?): use *, numbers, ranges (1-5), steps (*/15) and lists (1,3,5)</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» utilise «&#xa0;%3&#xa0;», que Ferry ne prend pas en charge (pas de L, W, # ni&#xa0;?)&#xa0;: utilisez *, des nombres, des intervalles (1-5), des pas (*/15) et des listes (1,3,5)</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has a step &apos;%3&apos; that is not a number</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» a un pas «&#xa0;%3&#xa0;» qui n’est pas un nombre</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has a step of 0: steps start at 1</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» a un pas de 0&#xa0;: les pas commencent à 1</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has a step without a range: write */%3</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» a un pas sans intervalle&#xa0;: écrivez */%3</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; has a range that ends before it starts: write the smaller value first</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» a un intervalle qui finit avant de commencer&#xa0;: écrivez d’abord la plus petite valeur</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; is out of range (%3-%4)</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» est hors limites (%3-%4)</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; is not a number or a month name (JAN-DEC)</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» n’est ni un nombre ni un nom de mois (JAN-DEC)</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; is not a number or a weekday name (SUN-SAT)</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» n’est ni un nombre ni un nom de jour (SUN-SAT)</translation>
    </message>
    <message>
        <source>the %1 field &apos;%2&apos; is not a number</source>
        <translation>le champ %1 «&#xa0;%2&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>the cron expression is empty: use 5 fields (minute hour day-of-month month day-of-week), e.g. &apos;*/15 * * * *&apos;</source>
        <translation>l’expression cron est vide&#xa0;: utilisez 5 champs (minute heure jour-du-mois mois jour-de-la-semaine), p. ex. «&#xa0;*/15 * * * *&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;@reboot&apos; is not supported: use the option to run at start (run_on_start) instead</source>
        <translation>«&#xa0;@reboot&#xa0;» n’est pas pris en charge&#xa0;: utilisez plutôt l’option d’exécution au démarrage (run_on_start)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known shortcut: use @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un raccourci connu&#xa0;: utilisez @hourly, @daily, @midnight, @weekly, @monthly, @yearly ou @annually</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is not a cron expression: it has %n field(s); use 5 (minute hour day-of-month month day-of-week) or 6 with leading seconds</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas une expression cron&#xa0;: elle a %n champ&#xa0;; utilisez-en 5 (minute heure jour-du-mois mois jour-de-la-semaine) ou 6 avec les secondes en tête</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas une expression cron&#xa0;: elle a %n champs&#xa0;; utilisez-en 5 (minute heure jour-du-mois mois jour-de-la-semaine) ou 6 avec les secondes en tête</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; never fires: none of the months it names has the day of the month it names</source>
        <translation>«&#xa0;%1&#xa0;» ne se déclenche jamais&#xa0;: aucun des mois indiqués n’a le jour du mois indiqué</translation>
    </message>
</context>
<context>
    <name>Ferry::CsvReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>la lecture a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: line %2: the quote that opens field %3 is never closed, so the rest of the file would be inside it: close the quote, and double the quotes inside a quoted field (&quot;&quot;)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: le guillemet qui ouvre le champ %3 n’est jamais fermé, donc le reste du fichier serait à l’intérieur&#xa0;: fermez le guillemet, et doublez les guillemets à l’intérieur d’un champ entre guillemets (&quot;&quot;)</translation>
    </message>
    <message>
        <source>field %1 has text after its closing quote: double the quotes inside a quoted field (&quot;&quot;)</source>
        <translation>le champ %1 a du texte après son guillemet fermant&#xa0;: doublez les guillemets à l’intérieur d’un champ entre guillemets (&quot;&quot;)</translation>
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
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: use %2</source>
        <translation>encodage inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez %2</translation>
    </message>
    <message>
        <source>%1: line %2: column %3 of the header has no name: name every column in the first line, or set header: false if the file has no header line</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: la colonne %3 de l’en-tête n’a pas de nom&#xa0;: nommez chaque colonne dans la première ligne, ou mettez header: false si le fichier n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>%1: line %2: the header names &apos;%3&apos; twice (columns %4 and %5): every column needs a name of its own</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: l’en-tête nomme «&#xa0;%3&#xa0;» deux fois (colonnes %4 et %5)&#xa0;: chaque colonne a besoin de son propre nom</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line, so its columns are unknown</source>
        <translation>%1 est vide&#xa0;: il n’a pas de ligne d’en-tête, donc ses colonnes sont inconnues</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line, so its columns are unknown (an export with no rows still has its header line)</source>
        <translation>%1 est vide&#xa0;: il n’a pas de ligne d’en-tête, donc ses colonnes sont inconnues (un export sans aucune ligne a tout de même sa ligne d’en-tête)</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; has a type, but %2 has no such column (its columns: %3)</source>
        <translation>la colonne «&#xa0;%1&#xa0;» a un type, mais %2 n’a pas de telle colonne (ses colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the columns of %1 (%2) differ from those of %3 (%4): every file the pattern matches must have the same columns</source>
        <translation>les colonnes de %1 (%2) diffèrent de celles de %3 (%4)&#xa0;: chaque fichier que désigne le motif doit avoir les mêmes colonnes</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the file has %1 column(s): check the delimiter (&apos;%2&apos;) and the quoting of this line</source>
        <translation>
            <numerusform>%n champ alors que le fichier a %1 colonne(s)&#xa0;: vérifiez le séparateur («&#xa0;%2&#xa0;») et les guillemets de cette ligne</numerusform>
            <numerusform>%n champs alors que le fichier a %1 colonne(s)&#xa0;: vérifiez le séparateur («&#xa0;%2&#xa0;») et les guillemets de cette ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cancelled while reading the source</source>
        <translation>annulé pendant la lecture de la source</translation>
    </message>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>%n ligne lue en %1 ms</numerusform>
            <numerusform>%n lignes lues en %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::EventQueue</name>
    <message>
        <source>too many messages at once: the rest of them until now are not shown</source>
        <translation>trop de messages à la fois&#xa0;: les suivants, jusqu’à maintenant, ne sont pas affichés</translation>
    </message>
    <message>
        <source>Connecting to the source and the target</source>
        <translation>Connexion à la source et à la cible</translation>
    </message>
    <message>
        <source>Reading the source</source>
        <translation>Lecture de la source</translation>
    </message>
    <message>
        <source>Reading what the target holds</source>
        <translation>Lecture du contenu de la cible</translation>
    </message>
    <message>
        <source>Planning %1 source rows</source>
        <translation>Planification de %1 lignes source</translation>
    </message>
    <message>
        <source>Planned %1 changes</source>
        <translation>%1 changements planifiés</translation>
    </message>
    <message>
        <source>Checking that the target did not change since the plan</source>
        <translation>Vérification que la cible n’a pas changé depuis le plan</translation>
    </message>
    <message>
        <source>Applying %1 changes</source>
        <translation>Application de %1 changements</translation>
    </message>
    <message>
        <source>Batch %1 confirmed: %2 changes in %3 s (so far: %4 inserted, %5 updated, %6 deleted)</source>
        <translation>Lot %1 confirmé&#xa0;: %2 changements en %3 s (jusqu’ici&#xa0;: %4 insérés, %5 mis à jour, %6 supprimés)</translation>
    </message>
</context>
<context>
    <name>Ferry::Executor</name>
    <message>
        <source>cancelled between batches</source>
        <translation>annulé entre deux lots</translation>
    </message>
    <message>
        <source>stopped between batches: another process took over this job&apos;s lease, judging this run gone</source>
        <translation>arrêté entre deux lots&#xa0;: un autre processus a repris le verrou de cette tâche, estimant cette exécution disparue</translation>
    </message>
</context>
<context>
    <name>Ferry::ExtensionHost</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>it was killed or crashed</source>
        <translation>il a été tué ou s’est planté</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>il s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>its output ended</source>
        <translation>sa sortie s’est interrompue</translation>
    </message>
    <message>
        <source>; it ran out of memory (the cap is %1 MB: hooks.memory_mb)</source>
        <translation> ; il a manqué de mémoire (la limite est de %1 Mo : hooks.memory_mb)</translation>
    </message>
    <message>
        <source>%1 needs Node.js, which is not installed (&apos;node&apos; is not on PATH): install it (sudo apt-get install nodejs) or set FERRY_NODE to the node program</source>
        <translation>%1 a besoin de Node.js, qui n’est pas installé (&apos;node&apos; n’est pas dans le PATH) : installez-le (sudo apt-get install nodejs) ou indiquez le programme node dans FERRY_NODE</translation>
    </message>
    <message>
        <source>%1 needs Node.js, but FERRY_NODE names &apos;%2&apos;, which is not a program: install Node.js (sudo apt-get install nodejs) or correct FERRY_NODE</source>
        <translation>%1 a besoin de Node.js, mais FERRY_NODE désigne &apos;%2&apos;, qui n’est pas un programme : installez Node.js (sudo apt-get install nodejs) ou corrigez FERRY_NODE</translation>
    </message>
    <message>
        <source>the extension host script is missing from Ferry</source>
        <translation>le script de l’hôte d’extensions manque dans Ferry</translation>
    </message>
    <message>
        <source>%1 needs Node.js, but %2 could not be started (%3): install Node.js (sudo apt-get install nodejs) or set FERRY_NODE to the node program</source>
        <translation>%1 a besoin de Node.js, mais %2 n’a pas pu être lancé (%3) : installez Node.js (sudo apt-get install nodejs) ou indiquez le programme node dans FERRY_NODE</translation>
    </message>
    <message>
        <source>the extension host&apos;s start</source>
        <translation>le démarrage de l’hôte d’extensions</translation>
    </message>
    <message>
        <source>the extension host (%1) did not start properly: it said &apos;%2&apos;</source>
        <translation>l’hôte d’extensions (%1) n’a pas démarré correctement : il a répondu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the extension host stopped during %1 (%2); it is restarted for the next call</source>
        <translation>l’hôte d’extensions s’est arrêté pendant %1 (%2) ; il est relancé pour l’appel suivant</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) (an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde (une boucle sans fin, ou un callback jamais appelé ?) ; l’hôte d’extensions a été arrêté et est relancé pour l’appel suivant</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes (une boucle sans fin, ou un callback jamais appelé ?) ; l’hôte d’extensions a été arrêté et est relancé pour l’appel suivant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) (%2; an endless loop, or a callback never called?); the extension host was stopped and is restarted for the next call</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde (%2 ; une boucle sans fin, ou un callback jamais appelé ?) ; l’hôte d’extensions a été arrêté et est relancé pour l’appel suivant</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes (%2 ; une boucle sans fin, ou un callback jamais appelé ?) ; l’hôte d’extensions a été arrêté et est relancé pour l’appel suivant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… (%n more byte(s))</source>
        <translation>
            <numerusform>… (%n octet de plus)</numerusform>
            <numerusform>… (%n octets de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>the extension host&apos;s answer is not JSON (%1)</source>
        <translation>la réponse de l’hôte d’extensions n’est pas du JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::FerryFormat</name>
    <message>
        <source>&apos;%1&apos; holds a plaintext secret: replace it with {secret: env:NAME} or {secret: file:PATH} so the value stays out of the file</source>
        <translation>«&#xa0;%1&#xa0;» contient un secret en clair&#xa0;: remplacez-le par {secret: env:NOM} ou {secret: file:CHEMIN} pour que la valeur reste hors du fichier</translation>
    </message>
    <message>
        <source>&apos;source&apos; must be a map with type, driver and query</source>
        <translation>«&#xa0;source&#xa0;» doit être un dictionnaire avec type, driver et query</translation>
    </message>
    <message>
        <source>&apos;sync&apos; must be a map (mode, key, timestamp_column, …)</source>
        <translation>«&#xa0;sync&#xa0;» doit être un dictionnaire (mode, key, timestamp_column, …)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use append, update or replace</source>
        <translation>mode inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez append, update ou replace</translation>
    </message>
    <message>
        <source>&apos;delete_safeguard&apos; must be a map with max_rows and/or max_share</source>
        <translation>«&#xa0;delete_safeguard&#xa0;» doit être un dictionnaire avec max_rows et/ou max_share</translation>
    </message>
    <message>
        <source>&apos;mapping&apos; must be a list of {from: column, to: field}</source>
        <translation>«&#xa0;mapping&#xa0;» doit être une liste de {from: colonne, to: champ}</translation>
    </message>
    <message>
        <source>each mapping entry must be a map: {from: column, to: field}</source>
        <translation>chaque entrée de mapping doit être un dictionnaire&#xa0;: {from: colonne, to: champ}</translation>
    </message>
    <message>
        <source>&apos;retry&apos; must be a map with attempts, initial_delay_ms and max_delay_ms</source>
        <translation>«&#xa0;retry&#xa0;» doit être un dictionnaire avec attempts, initial_delay_ms et max_delay_ms</translation>
    </message>
    <message>
        <source>&apos;ferry&apos; (the format version) is missing</source>
        <translation>«&#xa0;ferry&#xa0;» (la version du format) est absent</translation>
    </message>
    <message>
        <source>this job uses format version %1, written by a newer Ferry; this Ferry reads up to version %2: update Ferry</source>
        <translation>cette tâche utilise la version %1 du format, écrite par un Ferry plus récent&#xa0;; ce Ferry lit jusqu’à la version %2&#xa0;: mettez Ferry à jour</translation>
    </message>
    <message>
        <source>&apos;source&apos; is missing: say where the rows come from</source>
        <translation>«&#xa0;source&#xa0;» est absent&#xa0;: indiquez d’où viennent les lignes</translation>
    </message>
    <message>
        <source>&apos;target&apos; is missing: say where the rows go</source>
        <translation>«&#xa0;target&#xa0;» est absent&#xa0;: indiquez où vont les lignes</translation>
    </message>
    <message>
        <source>the job holds a plaintext %1; job files keep references only: store it as an environment variable or a file and refer to it with {secret: env:NAME}</source>
        <translation>la tâche contient un %1 en clair&#xa0;; les fichiers de tâche ne gardent que des références&#xa0;: stockez-le dans une variable d’environnement ou un fichier et faites-y référence avec {secret: env:NOM}</translation>
    </message>
    <message>
        <source>the database URL holds a password; job files keep references only: remove it from the URL and set source.password to {secret: env:NAME}, {secret: file:PATH} or a keychain entry</source>
        <translation>l’URL de la base contient un mot de passe&#xa0;; les fichiers de tâche ne gardent que des références&#xa0;: retirez-le de l’URL et donnez à source.password la valeur {secret: env:NOM}, {secret: file:CHEMIN} ou une entrée du trousseau</translation>
    </message>
    <message>
        <source>&apos;schedule&apos; must be a map with cron, run_on_start and/or time_zone</source>
        <translation>«&#xa0;schedule&#xa0;» doit être un dictionnaire avec cron, run_on_start et/ou time_zone</translation>
    </message>
    <message>
        <source>&apos;target&apos; must be a map with a type (fliplet, sqlite, sql, rest or webhook)</source>
        <translation>«&#xa0;target&#xa0;» doit être un dictionnaire avec un type (fliplet, sqlite, sql, rest ou webhook)</translation>
    </message>
    <message>
        <source>the job holds a plaintext target database password; job files keep references only: store it as an environment variable or a file and refer to it with {secret: env:NAME}</source>
        <translation>la tâche contient un mot de passe de la base cible en clair&#xa0;; les fichiers de tâche ne gardent que des références&#xa0;: stockez-le dans une variable d’environnement ou un fichier et faites-y référence avec {secret: env:NOM}</translation>
    </message>
    <message>
        <source>the target database URL holds a password; job files keep references only: remove it from the URL and set target.password to {secret: env:NAME}, {secret: file:PATH} or a keychain entry</source>
        <translation>l’URL de la base cible contient un mot de passe&#xa0;; les fichiers de tâche ne gardent que des références&#xa0;: retirez-le de l’URL et donnez à target.password la valeur {secret: env:NOM}, {secret: file:CHEMIN} ou une entrée du trousseau</translation>
    </message>
    <message>
        <source>&apos;signing_secret&apos; must be {secret: env:NAME} or {secret: file:PATH}, never the secret itself</source>
        <translation>«&#xa0;signing_secret&#xa0;» doit être {secret: env:NOM} ou {secret: file:CHEMIN}, jamais le secret lui-même</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be {secret: env:NAME}, {secret: file:PATH} or {secret: keychain:NAME}</source>
        <translation>«&#xa0;%1&#xa0;» doit être {secret: env:NOM}, {secret: file:CHEMIN} ou {secret: keychain:NOM}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map of names to values, e.g. {Accept: application/json}</source>
        <translation>«&#xa0;%1&#xa0;» doit être un dictionnaire de noms vers des valeurs, p. ex. {Accept: application/json}</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; in &apos;%2&apos; must be text</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&apos;auth&apos; must be a map with a type: none, bearer, basic, api_key or oauth2</source>
        <translation>«&#xa0;auth&#xa0;» doit être un dictionnaire avec un type&#xa0;: none, bearer, basic, api_key ou oauth2</translation>
    </message>
    <message>
        <source>unknown auth type &apos;%1&apos;: use none, bearer, basic, api_key or oauth2</source>
        <translation>type d’authentification inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez none, bearer, basic, api_key ou oauth2</translation>
    </message>
    <message>
        <source>unknown place &apos;%1&apos; for the API key: use header or query</source>
        <translation>emplacement inconnu «&#xa0;%1&#xa0;» pour la clé d’API&#xa0;: utilisez header ou query</translation>
    </message>
    <message>
        <source>unknown OAuth2 grant &apos;%1&apos;: use client_credentials or refresh_token</source>
        <translation>type d’autorisation OAuth2 inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez client_credentials ou refresh_token</translation>
    </message>
    <message>
        <source>unknown client_auth &apos;%1&apos;: use basic or body</source>
        <translation>client_auth inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez basic ou body</translation>
    </message>
    <message>
        <source>&apos;transport&apos; must be a map (ca_file, proxy, timeout_ms, rate_limit)</source>
        <translation>«&#xa0;transport&#xa0;» doit être un dictionnaire (ca_file, proxy, timeout_ms, rate_limit)</translation>
    </message>
    <message>
        <source>the job holds a plaintext %1; job files keep references only: store it as an environment variable, a file or a keychain entry and refer to it with {secret: env:NAME}</source>
        <translation>la tâche contient un %1 en clair&#xa0;; les fichiers de tâche ne gardent que des références&#xa0;: stockez-le dans une variable d’environnement, un fichier ou une entrée du trousseau et faites-y référence avec {secret: env:NOM}</translation>
    </message>
    <message>
        <source>&apos;pagination&apos; must be a map with a style: next_link, page, offset or cursor</source>
        <translation>«&#xa0;pagination&#xa0;» doit être un dictionnaire avec un style&#xa0;: next_link, page, offset ou cursor</translation>
    </message>
    <message>
        <source>unknown pagination style &apos;%1&apos;: use next_link, page, offset, cursor or none</source>
        <translation>style de pagination inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez next_link, page, offset, cursor ou none</translation>
    </message>
    <message>
        <source>unknown source type &apos;%1&apos;: use sql, csv, json, http, fliplet or module</source>
        <translation>type de source inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez sql, csv, json, http, fliplet ou module</translation>
    </message>
    <message>
        <source>unknown target type &apos;%1&apos;: use fliplet, sqlite, sql, rest, webhook or module</source>
        <translation>type de cible inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez fliplet, sqlite, sql, rest, webhook ou module</translation>
    </message>
</context>
<context>
    <name>Ferry::FileColumnsEdit</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Directory (local files)</source>
        <translation>Répertoire (fichiers locaux)</translation>
    </message>
    <message>
        <source>Add a file column</source>
        <translation>Ajouter une colonne de fichier</translation>
    </message>
    <message>
        <source>Remove the selected file columns</source>
        <translation>Supprimer les colonnes de fichiers sélectionnées</translation>
    </message>
    <message>
        <source>Headers sent to the file&apos;s host</source>
        <translation>En-têtes envoyés à l’hôte du fichier</translation>
    </message>
    <message>
        <source>Headers sent to the selected remote column&apos;s host (never the Fliplet token):</source>
        <translation>En-têtes envoyés à l’hôte de la colonne distante sélectionnée (jamais le jeton Fliplet)&#xa0;:</translation>
    </message>
    <message>
        <source>Type of the file column</source>
        <translation>Type de la colonne de fichier</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation>URL distante</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>Also sent, from secrets the job file names: %1.</source>
        <translation>Envoyés aussi, depuis des secrets nommés dans le fichier de la tâche : %1.</translation>
    </message>
</context>
<context>
    <name>Ferry::FileSource</name>
    <message numerus="yes">
        <source>%n file(s) matching %1</source>
        <translation>
            <numerusform>%n fichier correspondant à %1</numerusform>
            <numerusform>%n fichiers correspondant à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 row(s) of %3 column(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 ligne de %3 colonne(s)</numerusform>
            <numerusform>%1&#xa0;: %2 lignes de %3 colonne(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>read in this order: %1</source>
        <translation>lus dans cet ordre&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; a run reports each as a row error and writes the others:</source>
        <translation>
            <numerusform>%n ligne ne peut pas être lue&#xa0;; une exécution la signale comme erreur de ligne et écrit les autres&#xa0;:</numerusform>
            <numerusform>%n lignes ne peuvent pas être lues&#xa0;; une exécution signale chacune comme erreur de ligne et écrit les autres&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed while it was read (its columns are now %2): run the job again</source>
        <translation>%1 a changé pendant sa lecture (ses colonnes sont maintenant %2)&#xa0;: relancez la tâche</translation>
    </message>
</context>
<context>
    <name>Ferry::FileSourceChecks</name>
    <message>
        <source>the CSV file is missing: give its path (relative paths start from the job file&apos;s folder; exports/*.csv reads every matching file)</source>
        <translation>le fichier CSV manque&#xa0;: indiquez son chemin (les chemins relatifs partent du dossier du fichier de tâche&#xa0;; exports/*.csv lit chaque fichier correspondant)</translation>
    </message>
    <message>
        <source>the JSON file is missing: give its path (relative paths start from the job file&apos;s folder)</source>
        <translation>le fichier JSON manque&#xa0;: indiquez son chemin (les chemins relatifs partent du dossier du fichier de tâche)</translation>
    </message>
    <message>
        <source>the %1 must be one ASCII character (&apos;,&apos; &apos;;&apos; &apos;|&apos; or a tab, &quot;\t&quot;), not &apos;%2&apos;</source>
        <translation>le %1 doit être un seul caractère ASCII (&apos;,&apos; &apos;;&apos; &apos;|&apos; ou une tabulation, &quot;\t&quot;), et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>quote character</source>
        <translation>caractère de guillemet</translation>
    </message>
    <message>
        <source>the quote character must differ from the delimiter</source>
        <translation>le caractère de guillemet doit différer du séparateur</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: use %2</source>
        <translation>encodage inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez %2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use json (one array of records) or ndjson (one record a line)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez json (un seul tableau d’enregistrements) ou ndjson (un enregistrement par ligne)</translation>
    </message>
    <message>
        <source>records applies to json files only; ndjson has one record a line, so it is ignored</source>
        <translation>records ne s’applique qu’aux fichiers json&#xa0;; ndjson a un enregistrement par ligne, il est donc ignoré</translation>
    </message>
    <message>
        <source>a column type is given without a column name</source>
        <translation>un type de colonne est donné sans nom de colonne</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is typed twice: keep one</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est typée deux fois&#xa0;: n’en gardez qu’un</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; for column &apos;%2&apos;: use %3</source>
        <translation>type inconnu «&#xa0;%1&#xa0;» pour la colonne «&#xa0;%2&#xa0;»&#xa0;: utilisez %3</translation>
    </message>
</context>
<context>
    <name>Ferry::FileSourceFormat</name>
    <message>
        <source>&apos;columns&apos; must be a map of column names to types: {id: integer, price: decimal, born: date, active: boolean}</source>
        <translation>«&#xa0;columns&#xa0;» doit être un dictionnaire de noms de colonnes vers des types&#xa0;: {id: integer, price: decimal, born: date, active: boolean}</translation>
    </message>
    <message>
        <source>a column&apos;s type must be one word: text, integer, decimal, number, boolean, date, datetime or json</source>
        <translation>le type d’une colonne doit être un seul mot&#xa0;: text, integer, decimal, number, boolean, date, datetime ou json</translation>
    </message>
</context>
<context>
    <name>Ferry::FileSourcePaths</name>
    <message>
        <source>no file is given: set the source&apos;s path</source>
        <translation>aucun fichier n’est indiqué&#xa0;: renseignez le chemin de la source</translation>
    </message>
    <message>
        <source>the file %1 does not exist: check the path (relative paths start from the job file&apos;s folder, %2)</source>
        <translation>le fichier %1 n’existe pas&#xa0;: vérifiez le chemin (les chemins relatifs partent du dossier du fichier de tâche, %2)</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it, or all of them with a pattern (%1/*.csv)</source>
        <translation>%1 est un dossier&#xa0;: nommez un fichier qu’il contient, ou tous avec un motif (%1/*.csv)</translation>
    </message>
    <message>
        <source>the file %1 cannot be read: check its permissions</source>
        <translation>le fichier %1 ne peut pas être lu&#xa0;: vérifiez ses permissions</translation>
    </message>
    <message>
        <source>the folder %1 does not exist: check the path</source>
        <translation>le dossier %1 n’existe pas&#xa0;: vérifiez le chemin</translation>
    </message>
    <message>
        <source>no file in %1 matches %2: check the pattern, or that the export ran</source>
        <translation>aucun fichier de %1 ne correspond à %2&#xa0;: vérifiez le motif, ou que l’export a bien eu lieu</translation>
    </message>
</context>
<context>
    <name>Ferry::FileValueConverter</name>
    <message>
        <source>%1 is too large for a whole number (use decimal)</source>
        <translation>%1 est trop grand pour un nombre entier (utilisez decimal)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not a decimal number (write it with a point: 10.50)</source>
        <translation>%1 n’est pas un nombre décimal (écrivez-le avec un point&#xa0;: 10.50)</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a boolean (use true/false, yes/no or 1/0)</source>
        <translation>%1 n’est pas un booléen (utilisez true/false, yes/no ou 1/0)</translation>
    </message>
    <message>
        <source>%1 has a time of day: declare the column datetime, or give the date alone (2024-02-01)</source>
        <translation>%1 contient une heure&#xa0;: déclarez la colonne datetime, ou donnez la date seule (2024-02-01)</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2024-02-01)</source>
        <translation>%1 n’est pas une date (écrivez-la sous la forme 2024-02-01)</translation>
    </message>
    <message>
        <source>%1 is not a date-time (write it as 2024-02-01T09:00:00, with Z or an offset when it has a zone)</source>
        <translation>%1 n’est pas une date-heure (écrivez-la sous la forme 2024-02-01T09:00:00, avec Z ou un décalage si elle a un fuseau)</translation>
    </message>
    <message>
        <source>%1 is not JSON</source>
        <translation>%1 n’est pas du JSON</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletAgentFormat</name>
    <message>
        <source>database_native_odbc is ignored: Ferry always reaches SQL Server through ODBC (FreeTDS), nothing else to install</source>
        <translation>database_native_odbc est ignoré&#xa0;: Ferry atteint toujours SQL Server via ODBC (FreeTDS), rien d’autre à installer</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use update (keep remote rows missing from the query) or replace (delete them)</source>
        <translation>mode inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez update (garder les lignes distantes absentes de la requête) ou replace (les supprimer)</translation>
    </message>
    <message>
        <source>&apos;encrypt&apos; is not supported yet, and Ferry will not send these fields unencrypted: remove the key to push the data in clear, or keep using Fliplet Agent for this job</source>
        <translation>«&#xa0;encrypt&#xa0;» n’est pas encore pris en charge, et Ferry n’enverra pas ces champs non chiffrés&#xa0;: retirez la clé pour envoyer les données en clair, ou continuez à utiliser Fliplet Agent pour cette tâche</translation>
    </message>
    <message>
        <source>&apos;concurrency&apos; is ignored: it limits per-row file work in Fliplet Agent; Ferry commits rows in batches</source>
        <translation>«&#xa0;concurrency&#xa0;» est ignoré&#xa0;: il limite le travail par ligne sur les fichiers dans Fliplet Agent&#xa0;; Ferry valide les lignes par lots</translation>
    </message>
    <message>
        <source> (not a Fliplet Agent key)</source>
        <translation> (pas une clé de Fliplet Agent)</translation>
    </message>
    <message>
        <source>unknown operation type &apos;%1&apos;: use push or pull</source>
        <translation>type d’opération inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez push ou pull</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletAnswers</name>
    <message>
        <source>the data source answer is not valid JSON (%1 at byte %2)</source>
        <translation>la réponse de la source de données n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the data source answer is not a JSON object</source>
        <translation>la réponse de la source de données n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the data source answer has text after its end</source>
        <translation>la réponse de la source de données contient du texte après sa fin</translation>
    </message>
    <message>
        <source>entry %1 of the data source is not an object</source>
        <translation>l’entrée %1 de la source de données n’est pas un objet</translation>
    </message>
    <message>
        <source>the data source answer is nested more than %1 levels deep</source>
        <translation>la réponse de la source de données est imbriquée sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>entry %1 of the data source has a &apos;data&apos; that is not an object; the server breaks the API contract, so nothing was written</source>
        <translation>l’entrée %1 de la source de données a un «&#xa0;data&#xa0;» qui n’est pas un objet&#xa0;; le serveur enfreint le contrat de l’API, donc rien n’a été écrit</translation>
    </message>
    <message>
        <source>entry %1 of the data source has no numeric id</source>
        <translation>l’entrée %1 de la source de données n’a pas d’identifiant numérique</translation>
    </message>
    <message>
        <source>the data source answer ends before its end (%1 bytes arrived)</source>
        <translation>la réponse de la source de données s’arrête avant sa fin (%1 octets reçus)</translation>
    </message>
    <message>
        <source>the data source answer is empty</source>
        <translation>la réponse de la source de données est vide</translation>
    </message>
    <message>
        <source>the data source answer is not valid JSON</source>
        <translation>la réponse de la source de données n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>the data source answer has no &apos;entries&apos; list</source>
        <translation>la réponse de la source de données n’a pas de liste «&#xa0;entries&#xa0;»</translation>
    </message>
    <message>
        <source>the data source answer lists entry id %1 twice; the server breaks the API contract, so nothing was written</source>
        <translation>la réponse de la source de données contient deux fois l’entrée %1&#xa0;; le serveur enfreint le contrat de l’API, donc rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletDataSource</name>
    <message numerus="yes">
        <source>committing %n change(s)</source>
        <translation>
            <numerusform>la validation de %n changement</numerusform>
            <numerusform>la validation de %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>cancelled while a commit of %n change(s) was in flight, which did not end in time; the server may have applied it and, without a key, Ferry cannot tell: check the data source before running the job again</source>
        <translation>
            <numerusform>annulé pendant la validation de %n changement, qui ne s’est pas terminée à temps&#xa0;; le serveur l’a peut-être appliquée et, sans clé, Ferry ne peut pas le savoir&#xa0;: vérifiez la source de données avant de relancer la tâche</numerusform>
            <numerusform>annulé pendant la validation de %n changements, qui ne s’est pas terminée à temps&#xa0;; le serveur l’a peut-être appliquée et, sans clé, Ferry ne peut pas le savoir&#xa0;: vérifiez la source de données avant de relancer la tâche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled while a commit of %n change(s) was in flight; the server may have applied it, and the next run finds out and reconciles</source>
        <translation>
            <numerusform>annulé pendant la validation de %n changement&#xa0;; le serveur l’a peut-être appliquée, et la prochaine exécution le vérifie et réconcilie</numerusform>
            <numerusform>annulé pendant la validation de %n changements&#xa0;; le serveur l’a peut-être appliquée, et la prochaine exécution le vérifie et réconcilie</numerusform>
        </translation>
    </message>
    <message>
        <source>the server accepted the commit but its answer (the data source) is nested more than %1 levels deep, which Ferry does not read; the changes may or may not be applied</source>
        <translation>le serveur a accepté la validation mais sa réponse (la source de données) est imbriquée sur plus de %1 niveaux, ce que Ferry ne lit pas&#xa0;; les changements sont peut-être appliqués, peut-être pas</translation>
    </message>
    <message>
        <source>the server accepted the commit but its answer has no &apos;entries&apos; list; the changes may or may not be applied, and the next run will reconcile them</source>
        <translation>le serveur a accepté la validation mais sa réponse n’a pas de liste «&#xa0;entries&#xa0;»&#xa0;; les changements sont peut-être appliqués, peut-être pas, et la prochaine exécution les réconciliera</translation>
    </message>
    <message numerus="yes">
        <source>the server applied a commit of %n change(s) although its answer was lost; it is not sent again</source>
        <translation>
            <numerusform>le serveur a appliqué une validation de %n changement bien que sa réponse ait été perdue&#xa0;; elle n’est pas renvoyée</numerusform>
            <numerusform>le serveur a appliqué une validation de %n changements bien que sa réponse ait été perdue&#xa0;; elle n’est pas renvoyée</numerusform>
        </translation>
    </message>
    <message>
        <source>the server applied only part of a commit whose answer was lost; run the job again to reconcile the rest</source>
        <translation>le serveur n’a appliqué qu’une partie d’une validation dont la réponse a été perdue&#xa0;; relancez la tâche pour réconcilier le reste</translation>
    </message>
    <message>
        <source>the data source ID must be a whole number above 0, not &apos;%1&apos;</source>
        <translation>l’identifiant de la source de données doit être un nombre entier supérieur à 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the Fliplet API refused the token while %1: HTTP 401%2; create a new API token in Fliplet Studio and update the job</source>
        <translation>l’API Fliplet a refusé le jeton pendant %1&#xa0;: HTTP 401%2&#xa0;; créez un nouveau jeton d’API dans Fliplet Studio et mettez la tâche à jour</translation>
    </message>
    <message>
        <source>the token has no access to data source %1 while %2: HTTP 403%3; grant it in Fliplet Studio (App data, the data source, User permissions: crudq)</source>
        <translation>le jeton n’a pas accès à la source de données %1 pendant %2&#xa0;: HTTP 403%3&#xa0;; accordez-le dans Fliplet Studio (App data, la source de données, User permissions&#xa0;: crudq)</translation>
    </message>
    <message>
        <source>the server refused a request as too large while %1: HTTP 413%2; this request has no body, so a proxy or the server limits its headers or address: check the proxy (HTTPS_PROXY) and target.api_url</source>
        <translation>le serveur a refusé une requête trop grande pendant %1&#xa0;: HTTP 413%2&#xa0;; cette requête n’a pas de corps, donc un proxy ou le serveur limite ses en-têtes ou son adresse&#xa0;: vérifiez le proxy (HTTPS_PROXY) et target.api_url</translation>
    </message>
    <message>
        <source>data source %1 was not found while %2: HTTP 404%3; check datasource_id and the region of the token</source>
        <translation>la source de données %1 est introuvable pendant %2&#xa0;: HTTP 404%3&#xa0;; vérifiez datasource_id et la région du jeton</translation>
    </message>
    <message>
        <source>the server refused a request as too large while %1: HTTP 413%2; lower target.batch_bytes in the job (now %3 bytes per commit)</source>
        <translation>le serveur a refusé une requête trop grande pendant %1&#xa0;: HTTP 413%2&#xa0;; réduisez target.batch_bytes dans la tâche (actuellement %3 octets par validation)</translation>
    </message>
    <message>
        <source>the server kept failing while %1: HTTP %2%3 after every retry; try again later</source>
        <translation>le serveur a échoué à chaque fois pendant %1&#xa0;: HTTP %2%3 après toutes les tentatives&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>the server refused %1: HTTP %2%3</source>
        <translation>le serveur a refusé %1&#xa0;: HTTP %2%3</translation>
    </message>
    <message>
        <source>cannot reach the Fliplet API at %1 (%2): check the address and your network</source>
        <translation>impossible d’atteindre l’API Fliplet à %1 (%2)&#xa0;: vérifiez l’adresse et votre réseau</translation>
    </message>
    <message>
        <source>the Fliplet auth_token is empty</source>
        <translation>le auth_token Fliplet est vide</translation>
    </message>
    <message>
        <source>checking the token</source>
        <translation>la vérification du jeton</translation>
    </message>
    <message>
        <source>the answer to GET v1/user has no &apos;user&apos;: is %1 a Fliplet API server?</source>
        <translation>la réponse à GET v1/user n’a pas de «&#xa0;user&#xa0;»&#xa0;: %1 est-il un serveur d’API Fliplet&#xa0;?</translation>
    </message>
    <message>
        <source>no data source is chosen: set datasource_id</source>
        <translation>aucune source de données n’est choisie&#xa0;: renseignez datasource_id</translation>
    </message>
    <message>
        <source>reading the data source&apos;s settings</source>
        <translation>la lecture des réglages de la source de données</translation>
    </message>
    <message>
        <source>the answer to GET v1/data-sources/%1 has no &apos;dataSource&apos;: is %2 a Fliplet API server?</source>
        <translation>la réponse à GET v1/data-sources/%1 n’a pas de «&#xa0;dataSource&#xa0;»&#xa0;: %2 est-il un serveur d’API Fliplet&#xa0;?</translation>
    </message>
    <message>
        <source>listing the data sources</source>
        <translation>la liste des sources de données</translation>
    </message>
    <message>
        <source>the answer to GET v1/data-sources has no &apos;dataSources&apos; list: is %1 a Fliplet API server?</source>
        <translation>la réponse à GET v1/data-sources n’a pas de liste «&#xa0;dataSources&#xa0;»&#xa0;: %1 est-il un serveur d’API Fliplet&#xa0;?</translation>
    </message>
    <message>
        <source>Fliplet API at %1</source>
        <translation>API Fliplet à %1</translation>
    </message>
    <message>
        <source>%1 as %2: data source %3</source>
        <translation>%1 en tant que %2&#xa0;: source de données %3</translation>
    </message>
    <message>
        <source>reading the data source</source>
        <translation>la lecture de la source de données</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>authentifié en tant que %1</translation>
    </message>
    <message numerus="yes">
        <source>the data source holds %n entries</source>
        <translation>
            <numerusform>la source de données contient %n entrée</numerusform>
            <numerusform>la source de données contient %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer to a commit was lost and, without a key, Ferry cannot tell whether its rows were added; check the data source before running the job again</source>
        <translation>la réponse à une validation a été perdue et, sans clé, Ferry ne peut pas savoir si ses lignes ont été ajoutées&#xa0;; vérifiez la source de données avant de relancer la tâche</translation>
    </message>
    <message>
        <source>the answer to a commit was lost; checking the data source before retrying</source>
        <translation>la réponse à une validation a été perdue&#xa0;; vérification de la source de données avant de réessayer</translation>
    </message>
    <message>
        <source>the answer to a commit was lost and checking the data source failed too (%1); check it before running the job again</source>
        <translation>la réponse à une validation a été perdue et la vérification de la source de données a échoué aussi (%1)&#xa0;; vérifiez-la avant de relancer la tâche</translation>
    </message>
    <message>
        <source>Fliplet data source %1 at %2</source>
        <translation>source de données Fliplet %1 à %2</translation>
    </message>
    <message>
        <source>the API address %1 is not https://: Ferry sends the token only over https:// (or to this machine, for tests); use an https:// address in %2 or FERRY_FLIPLET_API_URL</source>
        <translation>l’adresse d’API %1 n’est pas en https://&#xa0;: Ferry n’envoie le jeton qu’en https:// (ou à cet ordinateur, pour les tests)&#xa0;; utilisez une adresse https:// dans %2 ou FERRY_FLIPLET_API_URL</translation>
    </message>
    <message>
        <source>the API at %1 has no such address while %2: HTTP 404%3; is it a Fliplet API server? Check %4 (or FERRY_FLIPLET_API_URL)</source>
        <translation>l’API à %1 n’a pas cette adresse pendant %2&#xa0;: HTTP 404%3&#xa0;; est-ce un serveur d’API Fliplet&#xa0;? Vérifiez %4 (ou FERRY_FLIPLET_API_URL)</translation>
    </message>
    <message>
        <source>the ids of the new entries are not known (%1): postSubmit gets no id for them</source>
        <translation>les identifiants des nouvelles entrées ne sont pas connus (%1)&#xa0;: postSubmit ne reçoit aucun identifiant pour elles</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletEntryRows</name>
    <message>
        <source>the query answer breaks the API contract: entry %1 %2</source>
        <translation>la réponse à la requête enfreint le contrat de l’API&#xa0;: l’entrée %1 %2</translation>
    </message>
    <message>
        <source>the query answer&apos;s &apos;entries&apos; is not a list</source>
        <translation>«&#xa0;entries&#xa0;» dans la réponse à la requête n’est pas une liste</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
    </message>
    <message>
        <source>has an id that is not a whole number</source>
        <translation>a un identifiant qui n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>has data that is not an object</source>
        <translation>a des données qui ne sont pas un objet</translation>
    </message>
    <message>
        <source>has a data field &apos;%1&apos;, the name Ferry gives the entry&apos;s own id or timestamps: rename the field in Fliplet, or leave it out with source.attributes</source>
        <translation>a un champ de données «&#xa0;%1&#xa0;», le nom que Ferry donne à l’identifiant ou aux horodatages de l’entrée&#xa0;: renommez le champ dans Fliplet, ou excluez-le avec source.attributes</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>(id %1) has no data object</source>
        <translation>(identifiant %1) n’a pas d’objet data</translation>
    </message>
    <message>
        <source>repeats the id %1 of an earlier entry</source>
        <translation>répète l’identifiant %1 d’une entrée précédente</translation>
    </message>
    <message>
        <source>the query answer is not valid JSON (%1 at byte %2)</source>
        <translation>la réponse à la requête n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the query answer has no &apos;entries&apos; list</source>
        <translation>la réponse à la requête n’a pas de liste «&#xa0;entries&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletFilesFormat</name>
    <message>
        <source>&apos;files&apos; must be a list of file columns, as in [{column: Photo, type: local, directory: photos}]</source>
        <translation>«&#xa0;files&#xa0;» doit être une liste de colonnes de fichiers, comme [{column: Photo, type: local, directory: photos}]</translation>
    </message>
    <message>
        <source>each entry of &apos;files&apos; must be a map with a column and a type (local or remote)</source>
        <translation>chaque entrée de «&#xa0;files&#xa0;» doit être un dictionnaire avec une colonne (column) et un type (local ou remote)</translation>
    </message>
    <message>
        <source>file type &apos;sharepoint&apos; is not supported: Ferry does not sign in to SharePoint with a user name and password. Use type: remote with the file&apos;s URL and headers that authorise the download (for example Authorization: Bearer &lt;token&gt;)</source>
        <translation>le type de fichier «&#xa0;sharepoint&#xa0;» n’est pas pris en charge&#xa0;: Ferry ne se connecte pas à SharePoint avec un nom d’utilisateur et un mot de passe. Utilisez type: remote avec l’URL du fichier et des en-têtes qui autorisent le téléchargement (par exemple Authorization: Bearer &lt;jeton&gt;)</translation>
    </message>
    <message>
        <source>unknown file type &apos;%1&apos;: use local (a path on this machine) or remote (an http:// or https:// URL)</source>
        <translation>type de fichier inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez local (un chemin sur cet ordinateur) ou remote (une URL http:// ou https://)</translation>
    </message>
    <message>
        <source>&apos;headers&apos; must be a map of header names to values, as in {Authorization: Bearer 123}</source>
        <translation>«&#xa0;headers&#xa0;» doit être un dictionnaire de noms d’en-têtes vers des valeurs, comme {Authorization: Bearer 123}</translation>
    </message>
    <message>
        <source>username, password and fileType belong to SharePoint files, which Ferry does not support; they are ignored</source>
        <translation>username, password et fileType concernent les fichiers SharePoint, que Ferry ne prend pas en charge&#xa0;; ils sont ignorés</translation>
    </message>
    <message>
        <source>the file column has no name: set column to the field that holds the file&apos;s path or URL</source>
        <translation>la colonne de fichier n’a pas de nom&#xa0;: donnez à column le nom du champ qui contient le chemin ou l’URL du fichier</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is listed twice in files: keep one entry</source>
        <translation>la colonne «&#xa0;%1&#xa0;» figure deux fois dans files&#xa0;: n’en gardez qu’une entrée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is where Ferry writes a media file&apos;s id: name the column that holds the path or URL</source>
        <translation>«&#xa0;%1&#xa0;» est la colonne où Ferry écrit l’identifiant d’un fichier média&#xa0;: nommez la colonne qui contient le chemin ou l’URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the key column: a file column&apos;s value is replaced by the file&apos;s URL, so it cannot be the key</source>
        <translation>«&#xa0;%1&#xa0;» est la colonne de clé&#xa0;: la valeur d’une colonne de fichier est remplacée par l’URL du fichier, elle ne peut donc pas servir de clé</translation>
    </message>
    <message>
        <source>directory applies to local files only: remove it, or use type: local</source>
        <translation>directory ne s’applique qu’aux fichiers locaux&#xa0;: supprimez-le, ou utilisez type: local</translation>
    </message>
    <message>
        <source>headers apply to remote files only: remove them, or use type: remote</source>
        <translation>headers ne s’applique qu’aux fichiers distants&#xa0;: supprimez-les, ou utilisez type: remote</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’en-tête valide</translation>
    </message>
    <message>
        <source>the value of header &apos;%1&apos; holds a line break</source>
        <translation>la valeur de l’en-tête «&#xa0;%1&#xa0;» contient un saut de ligne</translation>
    </message>
    <message>
        <source>Auth-token is the Fliplet token&apos;s header: Ferry never sends it to a file&apos;s host; remove it</source>
        <translation>Auth-token est l’en-tête du jeton Fliplet&#xa0;: Ferry ne l’envoie jamais à l’hôte d’un fichier&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; must have a text value, or a secret: {secret: env:NAME}</source>
        <translation>l’en-tête &apos;%1&apos; doit avoir une valeur texte, ou un secret : {secret: env:NAME}</translation>
    </message>
    <message>
        <source>the secret of header &apos;%1&apos; is empty: give {secret: env:NAME}, {secret: file:PATH} or {secret: keychain:NAME}</source>
        <translation>le secret de l’en-tête &apos;%1&apos; est vide : indiquez {secret: env:NAME}, {secret: file:PATH} ou {secret: keychain:NAME}</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletMedia</name>
    <message>
        <source>the answer to %1 is not what the Fliplet media API sends (%2): is %3 a Fliplet API server? Check target.api_url (or FERRY_FLIPLET_API_URL)</source>
        <translation>la réponse à %1 n’est pas celle qu’envoie l’API des médias Fliplet (%2)&#xa0;: %3 est-il bien un serveur d’API Fliplet&#xa0;? Vérifiez target.api_url (ou FERRY_FLIPLET_API_URL)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>listing the organizations (for media files)</source>
        <translation>la liste des organisations (pour les fichiers médias)</translation>
    </message>
    <message>
        <source>no &apos;organizations&apos; list</source>
        <translation>pas de liste «&#xa0;organizations&#xa0;»</translation>
    </message>
    <message>
        <source>the Fliplet token belongs to no organization, so it cannot upload media files: use a token of a user of the app&apos;s organization</source>
        <translation>le jeton Fliplet n’appartient à aucune organisation, il ne peut donc pas téléverser de fichiers médias&#xa0;: utilisez le jeton d’un utilisateur de l’organisation de l’application</translation>
    </message>
    <message>
        <source>the organization has no id</source>
        <translation>l’organisation n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>listing the media folders</source>
        <translation>la liste des dossiers de médias</translation>
    </message>
    <message>
        <source>no &apos;folders&apos; list</source>
        <translation>pas de liste «&#xa0;folders&#xa0;»</translation>
    </message>
    <message>
        <source>listing the media folder &apos;%1&apos;</source>
        <translation>la liste du dossier de médias «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no &apos;files&apos; list</source>
        <translation>pas de liste «&#xa0;files&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>media folder &apos;%1&apos; holds %n file(s) with a checksum</source>
        <translation>
            <numerusform>le dossier de médias «&#xa0;%1&#xa0;» contient %n fichier avec une somme de contrôle</numerusform>
            <numerusform>le dossier de médias «&#xa0;%1&#xa0;» contient %n fichiers avec une somme de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <source>no media folder &apos;%1&apos; yet: the first upload creates it</source>
        <translation>pas encore de dossier de médias «&#xa0;%1&#xa0;»&#xa0;: le premier téléversement le créera</translation>
    </message>
    <message>
        <source>creating the media folder &apos;%1&apos;</source>
        <translation>la création du dossier de médias «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no folder id</source>
        <translation>pas d’identifiant de dossier</translation>
    </message>
    <message>
        <source>created the media folder &apos;%1&apos;</source>
        <translation>dossier de médias «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>uploading &apos;%1&apos; to Fliplet media</source>
        <translation>le téléversement de «&#xa0;%1&#xa0;» vers les médias Fliplet</translation>
    </message>
    <message>
        <source>no file with an id and a url</source>
        <translation>aucun fichier avec un identifiant et une URL</translation>
    </message>
    <message>
        <source>uploaded &apos;%1&apos; to Fliplet media (file %2)</source>
        <translation>«&#xa0;%1&#xa0;» téléversé vers les médias Fliplet (fichier %2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: the server did it although its answer was lost; it is not sent again</source>
        <translation>%1 : le serveur l’a fait bien que sa réponse ait été perdue ; la demande n’est pas renvoyée</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletSource</name>
    <message>
        <source>Fliplet data source %1 at %2</source>
        <translation>source de données Fliplet %1 à %2</translation>
    </message>
    <message>
        <source>the Fliplet auth_token is empty</source>
        <translation>le auth_token Fliplet est vide</translation>
    </message>
    <message>
        <source>the Fliplet API refused the query: HTTP 400 (%1); check source.where and source.attributes</source>
        <translation>l’API Fliplet a refusé la requête&#xa0;: HTTP 400 (%1)&#xa0;; vérifiez source.where et source.attributes</translation>
    </message>
    <message>
        <source>querying the data source&apos;s entries</source>
        <translation>l’interrogation des entrées de la source de données</translation>
    </message>
    <message numerus="yes">
        <source>%1 as %2: data source %3, %n entries to read</source>
        <translation>
            <numerusform>%1 en tant que %2&#xa0;: source de données %3, %n entrée à lire</numerusform>
            <numerusform>%1 en tant que %2&#xa0;: source de données %3, %n entrées à lire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the query returned %n entries</source>
        <translation>
            <numerusform>la requête a renvoyé %n entrée</numerusform>
            <numerusform>la requête a renvoyé %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Ferry::FlipletSourceFormat</name>
    <message>
        <source>&apos;where&apos; must be a map of data fields to values or operators, e.g. {Status: active} or {Age: {$gt: 18}}</source>
        <translation>«&#xa0;where&#xa0;» doit être un dictionnaire de champs de données vers des valeurs ou des opérateurs, p. ex. {Status: active} ou {Age: {$gt: 18}}</translation>
    </message>
    <message>
        <source>keys must be plain names</source>
        <translation>les clés doivent être de simples noms</translation>
    </message>
    <message>
        <source>the data source ID is missing: find it in Fliplet Studio (App data, the data source&apos;s settings)</source>
        <translation>l’identifiant de la source de données manque&#xa0;: trouvez-le dans Fliplet Studio (App data, les réglages de la source de données)</translation>
    </message>
    <message>
        <source>the data source ID must be a whole number above 0, not &apos;%1&apos;</source>
        <translation>l’identifiant de la source de données doit être un nombre entier supérieur à 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the Fliplet API token is missing: create one in Fliplet Studio and give it access to the data source</source>
        <translation>le jeton d’API Fliplet manque&#xa0;: créez-en un dans Fliplet Studio et donnez-lui accès à la source de données</translation>
    </message>
    <message>
        <source>the API URL &apos;%1&apos; is not an http:// or https:// address</source>
        <translation>l’URL d’API «&#xa0;%1&#xa0;» n’est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>the API URL &apos;%1&apos; is plain http://: Ferry sends the token only over https:// (or to this machine, for tests); use an https:// address</source>
        <translation>l’URL d’API «&#xa0;%1&#xa0;» est en http:// simple&#xa0;: Ferry n’envoie le jeton qu’en https:// (ou à cet ordinateur, pour les tests)&#xa0;; utilisez une adresse https://</translation>
    </message>
    <message>
        <source>an attribute has no name: list the data fields to read</source>
        <translation>un attribut n’a pas de nom&#xa0;: listez les champs de données à lire</translation>
    </message>
    <message>
        <source>unknown operator(s) %1 in where: use %2</source>
        <translation>opérateur(s) inconnu(s) %1 dans where&#xa0;: utilisez %2</translation>
    </message>
    <message>
        <source>&apos;database_driver&apos; is missing: a pull file names the database the entries are written to (sqlite, with database_host the file)</source>
        <translation>«&#xa0;database_driver&#xa0;» manque&#xa0;: un fichier de pull nomme la base dans laquelle les entrées sont écrites (sqlite, avec database_host pour le fichier)</translation>
    </message>
    <message>
        <source>pulling into &apos;%1&apos; is not supported yet: Ferry writes pulled entries to SQLite files (database_driver: sqlite, database_host: the file)</source>
        <translation>le pull vers «&#xa0;%1&#xa0;» n’est pas encore pris en charge&#xa0;: Ferry écrit les entrées récupérées dans des fichiers SQLite (database_driver: sqlite, database_host: le fichier)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use update (keep local rows whose entry is gone) or replace (delete them)</source>
        <translation>mode inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez update (garder les lignes locales dont l’entrée a disparu) ou replace (les supprimer)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to push operations and is ignored in a pull</source>
        <translation>«&#xa0;%1&#xa0;» s’applique aux opérations push et est ignoré dans un pull</translation>
    </message>
    <message>
        <source> (not a key of a Fliplet Agent pull file)</source>
        <translation> (pas une clé d’un fichier de pull Fliplet Agent)</translation>
    </message>
</context>
<context>
    <name>Ferry::HistoryView</name>
    <message>
        <source>Rows changed per run</source>
        <translation>Lignes modifiées par exécution</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Changes confirmed</source>
        <translation>Changements confirmés</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Batches of the selected run</source>
        <translation>Lots de l’exécution sélectionnée</translation>
    </message>
    <message>
        <source>Select a job to see its runs.</source>
        <translation>Sélectionnez une tâche pour voir ses exécutions.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has not run yet: Preview or Run Now to sync it.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore été exécutée&#xa0;: Aperçu ou Exécuter maintenant pour la synchroniser.</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Rows changed by the last %n run(s)</source>
        <translation>
            <numerusform>Lignes modifiées par la dernière exécution</numerusform>
            <numerusform>Lignes modifiées par les %n dernières exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Its batches are no longer kept (history retention).</source>
        <translation>Ses lots ne sont plus conservés (durée de conservation de l’historique).</translation>
    </message>
    <message>
        <source>Rows the selected run could not write</source>
        <translation>Lignes que l’exécution sélectionnée n’a pas pu écrire</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>Lignes en échec</translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation>Lots (%1)</translation>
    </message>
    <message>
        <source>Failed rows (%1)</source>
        <translation>Lignes en échec (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::HookProbe</name>
    <message>
        <source>%1 cannot be tested on sample rows: pick preSavePage, preMap or postMap</source>
        <translation>%1 ne peut pas être testé sur des exemples de lignes&#xa0;: choisissez preSavePage, preMap ou postMap</translation>
    </message>
    <message>
        <source>no hook file: choose the JavaScript file that exports %1</source>
        <translation>aucun fichier de hooks&#xa0;: choisissez le fichier JavaScript qui exporte %1</translation>
    </message>
</context>
<context>
    <name>Ferry::HookSampleModel</name>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Ferry::Hooks</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>rows %1-%2</source>
        <translation>lignes %1 à %2</translation>
    </message>
    <message>
        <source>the hook file %1 does not exist: correct hooks.file (relative to the job file&apos;s folder)</source>
        <translation>le fichier de hooks %1 n’existe pas : corrigez hooks.file (relatif au dossier du fichier de la tâche)</translation>
    </message>
    <message>
        <source>it must return {data: [records], errors, abort}, not %1</source>
        <translation>il doit renvoyer {data: [enregistrements], errors, abort}, pas %1</translation>
    </message>
    <message>
        <source>preSavePage, page %1: %2</source>
        <translation>preSavePage, page %1 : %2</translation>
    </message>
    <message>
        <source>preSavePage stopped the run on page %1: %2; nothing was written</source>
        <translation>preSavePage a arrêté l’exécution à la page %1 : %2 ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>il n’a donné aucune raison</translation>
    </message>
    <message>
        <source>data[%1] is not a record (an object)</source>
        <translation>data[%1] n’est pas un enregistrement (un objet)</translation>
    </message>
    <message>
        <source>%1 failed on page %2 (%3): %4</source>
        <translation>%1 a échoué sur la page %2 (%3) : %4</translation>
    </message>
    <message numerus="yes">
        <source>it returned %1 for %n record(s); it must return an array with one {data, errors} per record, in order</source>
        <translation>
            <numerusform>il a renvoyé %1 pour %n enregistrement ; il doit renvoyer un tableau avec un {data, errors} par enregistrement, dans l’ordre</numerusform>
            <numerusform>il a renvoyé %1 pour %n enregistrements ; il doit renvoyer un tableau avec un {data, errors} par enregistrement, dans l’ordre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>no array</source>
        <translation>pas un tableau</translation>
    </message>
    <message>
        <source>%1: its result for this record is not {data, errors}</source>
        <translation>%1 : son résultat pour cet enregistrement n’est pas {data, errors}</translation>
    </message>
    <message>
        <source>%1: the data it returned for this record is not an object</source>
        <translation>%1 : les données renvoyées pour cet enregistrement ne sont pas un objet</translation>
    </message>
    <message>
        <source>postSubmit failed on page %1: %2</source>
        <translation>postSubmit a échoué sur la page %1 : %2</translation>
    </message>
    <message>
        <source>it must return the responseData array it was given (one entry per change)</source>
        <translation>il doit renvoyer le tableau responseData reçu (une entrée par modification)</translation>
    </message>
    <message>
        <source>postAggregate failed: %1</source>
        <translation>postAggregate a échoué : %1</translation>
    </message>
    <message>
        <source>&apos;hooks&apos; must be a map with file and calls, e.g. {file: hooks.js, calls: [preMap]}</source>
        <translation>&apos;hooks&apos; doit être une table avec file et calls, par ex. {file: hooks.js, calls: [preMap]}</translation>
    </message>
    <message>
        <source>&apos;settings&apos; must be a map (it is passed to every hook as options.settings)</source>
        <translation>&apos;settings&apos; doit être une table (elle est passée à chaque hook dans options.settings)</translation>
    </message>
    <message>
        <source>the hooks have no file: name the JavaScript module that exports them (relative to the job file&apos;s folder)</source>
        <translation>les hooks n’ont pas de fichier : nommez le module JavaScript qui les exporte (relatif au dossier du fichier de la tâche)</translation>
    </message>
    <message>
        <source>the hook file %1 does not exist: correct the path (relative to the job file&apos;s folder)</source>
        <translation>le fichier de hooks %1 n’existe pas : corrigez le chemin (relatif au dossier du fichier de la tâche)</translation>
    </message>
    <message>
        <source>%1 is not a file: name the JavaScript module</source>
        <translation>%1 n’est pas un fichier : nommez le module JavaScript</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions</source>
        <translation>%1 ne peut pas être lu : vérifiez ses permissions</translation>
    </message>
    <message>
        <source>%1 is an ES module (.mjs), which Ferry cannot require(): write it as a CommonJS module (exports.preMap = …) in a .js file</source>
        <translation>%1 est un module ES (.mjs), que Ferry ne peut pas charger avec require() : écrivez-le comme module CommonJS (exports.preMap = …) dans un fichier .js</translation>
    </message>
    <message>
        <source>no hook is called: list the ones to call, e.g. calls: [preMap]</source>
        <translation>aucun hook n’est appelé : listez ceux à appeler, par ex. calls: [preMap]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hook Ferry calls: use %2</source>
        <translation>&apos;%1&apos; n’est pas un hook que Ferry appelle : utilisez %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice; it is called once</source>
        <translation>&apos;%1&apos; figure deux fois ; il est appelé une seule fois</translation>
    </message>
    <message>
        <source>the time limit of one hook call must be from 1 to %1 seconds</source>
        <translation>la limite de temps d’un appel de hook doit être de 1 à %1 secondes</translation>
    </message>
    <message>
        <source>the records per hook call must be from 1 to %1</source>
        <translation>le nombre d’enregistrements par appel de hook doit être de 1 à %1</translation>
    </message>
    <message>
        <source>the extension host&apos;s memory cap must be from %1 to %2 MB</source>
        <translation>la limite de mémoire de l’hôte d’extensions doit être de %1 à %2 Mo</translation>
    </message>
    <message>
        <source>unknown hook &apos;%1&apos;: hook test runs preSavePage, preMap or postMap (postSubmit and postAggregate need a run that writes)</source>
        <translation>hook inconnu «&#xa0;%1&#xa0;»&#xa0;: le test de hook exécute preSavePage, preMap ou postMap (postSubmit et postAggregate nécessitent une exécution qui écrit)</translation>
    </message>
    <message>
        <source>the job has no hooks: set hooks.file to the JavaScript file whose %1 to test</source>
        <translation>la tâche n’a pas de hooks&#xa0;: indiquez dans hooks.file le fichier JavaScript dont il faut tester %1</translation>
    </message>
    <message>
        <source>its answer is not valid JSON (%1 at byte %2)</source>
        <translation>sa réponse n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>%1: add %2 to the hook file, or take it out of hooks.calls</source>
        <translation>%1&#xa0;: ajoutez %2 au fichier de hooks, ou retirez-le de hooks.calls</translation>
    </message>
    <message>
        <source>the hook file %1 cannot be loaded: %2</source>
        <translation>le fichier de hooks %1 ne peut pas être chargé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out or crashed on %n page(s) in a row, so the run stopped instead of waiting on every page; nothing was written. The last: %2</source>
        <translation>
            <numerusform>%1 a dépassé le délai ou s’est planté sur %n page, donc l’exécution s’est arrêtée au lieu d’attendre à chaque page&#xa0;; rien n’a été écrit. Dernier échec&#xa0;: %2</numerusform>
            <numerusform>%1 a dépassé le délai ou s’est planté sur %n pages d’affilée, donc l’exécution s’est arrêtée au lieu d’attendre à chaque page&#xa0;; rien n’a été écrit. Dernier échec&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Http</name>
    <message>
        <source>the server redirected to %1, another site; Ferry sends credentials to the configured host only: if that address is right, set it in the job</source>
        <translation>le serveur a redirigé vers %1, un autre site&#xa0;; Ferry n’envoie les identifiants qu’à l’hôte configuré&#xa0;: si cette adresse est la bonne, indiquez-la dans la tâche</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (retry.request_timeout_ms)</source>
        <translation>pas de réponse complète en %1 s (retry.request_timeout_ms)</translation>
    </message>
    <message numerus="yes">
        <source>no answer after %n attempt(s): %1; check the address and your network</source>
        <translation>
            <numerusform>pas de réponse après %n tentative&#xa0;: %1&#xa0;; vérifiez l’adresse et votre réseau</numerusform>
            <numerusform>pas de réponse après %n tentatives&#xa0;: %1&#xa0;; vérifiez l’adresse et votre réseau</numerusform>
        </translation>
    </message>
    <message>
        <source>the value of the HTTP header %1 holds a line break or another control character (a secret copied with its newline?); fix the value</source>
        <translation>la valeur de l’en-tête HTTP %1 contient un saut de ligne ou un autre caractère de contrôle (un secret copié avec son retour à la ligne&#xa0;?)&#xa0;; corrigez la valeur</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (%1); if the server uses a private certificate authority, give its certificate in transport.ca_file</source>
        <translation>le certificat TLS du serveur n’est pas approuvé (%1)&#xa0;; si le serveur utilise une autorité de certification privée, indiquez son certificat dans transport.ca_file</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, more than Ferry reads</source>
        <translation>la réponse dépasse %1 Mio, plus que ce que Ferry lit</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not https: Ferry does not leave an encrypted connection for a plain one; use the file&apos;s https address</source>
        <translation>le serveur a redirigé vers %1, qui n’est pas en https : Ferry ne quitte pas une connexion chiffrée pour une connexion en clair ; utilisez l’adresse https du fichier</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not a web address</source>
        <translation>le serveur a redirigé vers %1, qui n’est pas une adresse web</translation>
    </message>
    <message>
        <source>more than %1 redirects, the last to %2: the address loops</source>
        <translation>plus de %1 redirections, la dernière vers %2 : l’adresse tourne en boucle</translation>
    </message>
</context>
<context>
    <name>Ferry::HttpAuth</name>
    <message>
        <source>%1 is missing or empty: set %2</source>
        <translation>%1 manque ou est vide&#xa0;: renseignez %2</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>le jeton d’API</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>la clé d’API</translation>
    </message>
    <message>
        <source>the OAuth2 client secret</source>
        <translation>le secret client OAuth2</translation>
    </message>
    <message>
        <source>the OAuth2 refresh token</source>
        <translation>le jeton d’actualisation OAuth2</translation>
    </message>
    <message>
        <source>the token endpoint &apos;%1&apos; is not an address</source>
        <translation>le point de terminaison du jeton «&#xa0;%1&#xa0;» n’est pas une adresse</translation>
    </message>
    <message>
        <source>the server sent Ferry to %1, another site than %2; Ferry sends the job&apos;s credentials to %2 only: if that address is right, make it the job&apos;s address</source>
        <translation>le serveur a renvoyé Ferry vers %1, un autre site que %2&#xa0;; Ferry n’envoie les identifiants de la tâche qu’à %2&#xa0;: si cette adresse est la bonne, faites-en l’adresse de la tâche</translation>
    </message>
    <message>
        <source>the server refused the access token (HTTP 401): getting a new one from %1</source>
        <translation>le serveur a refusé le jeton d’accès (HTTP 401)&#xa0;: obtention d’un nouveau jeton auprès de %1</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint %1 could not be reached: %2</source>
        <translation>le point de terminaison du jeton OAuth2 %1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint answered without an access_token (HTTP %1): check %2</source>
        <translation>le point de terminaison du jeton OAuth2 a répondu sans access_token (HTTP %1)&#xa0;: vérifiez %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint issued a token of type &apos;%1&apos;; Ferry uses bearer tokens</source>
        <translation>le point de terminaison du jeton OAuth2 a émis un jeton de type «&#xa0;%1&#xa0;»&#xa0;; Ferry utilise des jetons bearer</translation>
    </message>
    <message>
        <source>the server replaced the OAuth2 refresh token and the old one may no longer work, but the new one could not be saved: %1</source>
        <translation>le serveur a remplacé le jeton d’actualisation OAuth2 et l’ancien ne fonctionne peut-être plus, mais le nouveau n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server replaced the OAuth2 refresh token; the new one is saved in %1</source>
        <translation>le serveur a remplacé le jeton d’actualisation OAuth2&#xa0;; le nouveau est enregistré dans %1</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the client (%1): check %2 and %3</source>
        <translation>le point de terminaison du jeton OAuth2 a refusé le client (%1)&#xa0;: vérifiez %2 et %3</translation>
    </message>
    <message>
        <source>the OAuth2 refresh token was refused (%1): it expired or was revoked; authorize Ferry again and store the new refresh token in %2</source>
        <translation>le jeton d’actualisation OAuth2 a été refusé (%1)&#xa0;: il a expiré ou a été révoqué&#xa0;; autorisez de nouveau Ferry et stockez le nouveau jeton d’actualisation dans %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the grant (%1): check %2</source>
        <translation>le point de terminaison du jeton OAuth2 a refusé l’autorisation (%1)&#xa0;: vérifiez %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the scope (%1): check %2</source>
        <translation>le point de terminaison du jeton OAuth2 a refusé la portée (%1)&#xa0;: vérifiez %2</translation>
    </message>
    <message>
        <source>the OAuth2 client may not use the %1 grant (%2): check %3 and the client&apos;s settings at the provider</source>
        <translation>le client OAuth2 n’a pas le droit d’utiliser l’autorisation %1 (%2)&#xa0;: vérifiez %3 et les réglages du client chez le fournisseur</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint failed (%1): check %2</source>
        <translation>le point de terminaison du jeton OAuth2 a échoué (%1)&#xa0;: vérifiez %2</translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403) and the job sends no credentials: set %1</source>
        <translation>le serveur a refusé l’accès (HTTP 403) et la tâche n’envoie aucun identifiant&#xa0;: renseignez %1</translation>
    </message>
    <message>
        <source>the server asks for credentials (HTTP 401) and the job sends none: set %1 (bearer, basic, api_key or oauth2)</source>
        <translation>le serveur demande des identifiants (HTTP 401) et la tâche n’en envoie aucun&#xa0;: renseignez %1 (bearer, basic, api_key ou oauth2)</translation>
    </message>
    <message>
        <source>the server refused access (HTTP 403): the credentials in %1 work but may not read this; check their permissions or scope</source>
        <translation>le serveur a refusé l’accès (HTTP 403)&#xa0;: les identifiants de %1 fonctionnent mais n’ont pas le droit de lire ceci&#xa0;; vérifiez leurs permissions ou leur portée</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401) even after a new token: check %1</source>
        <translation>le serveur a refusé les identifiants (HTTP 401) même après un nouveau jeton&#xa0;: vérifiez %1</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401): check %1</source>
        <translation>le serveur a refusé les identifiants (HTTP 401)&#xa0;: vérifiez %1</translation>
    </message>
</context>
<context>
    <name>Ferry::HttpJsonSource</name>
    <message>
        <source>HTTP API %1</source>
        <translation>API HTTP %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>page %1 could not be read: %2</source>
        <translation>la page %1 n’a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>page %1: the API answered 404 Not Found: check the address in source.url</source>
        <translation>page %1&#xa0;: l’API a répondu 404 Not Found&#xa0;: vérifiez l’adresse dans source.url</translation>
    </message>
    <message>
        <source>page %1: the API answered HTTP %2%3</source>
        <translation>page %1&#xa0;: l’API a répondu HTTP %2%3</translation>
    </message>
    <message>
        <source>page %1 is not valid JSON: %2 at byte %3 (line %4, column %5); nothing was written</source>
        <translation>la page %1 n’est pas du JSON valide&#xa0;: %2 à l’octet %3 (ligne %4, colonne %5)&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>page %1: %2 is %3, not the array of records: set source.records to the JSON pointer of the array</source>
        <translation>page %1&#xa0;: %2 est %3, pas le tableau d’enregistrements&#xa0;: donnez à source.records le pointeur JSON du tableau</translation>
    </message>
    <message>
        <source>page %1 has nothing at %2 (its top-level keys: %3): set source.records to the JSON pointer of the records array</source>
        <translation>la page %1 n’a rien à %2 (ses clés de premier niveau&#xa0;: %3)&#xa0;: donnez à source.records le pointeur JSON du tableau d’enregistrements</translation>
    </message>
    <message>
        <source>page %1: record %2 is %3, not an object; Ferry reads records as JSON objects</source>
        <translation>page %1&#xa0;: l’enregistrement %2 est %3, pas un objet&#xa0;; Ferry lit les enregistrements comme des objets JSON</translation>
    </message>
    <message>
        <source>the API still had more pages after %1; raise source.pagination.max_pages if that is expected</source>
        <translation>l’API avait encore des pages après %1&#xa0;; augmentez source.pagination.max_pages si c’est attendu</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n record(s)</source>
        <translation>
            <numerusform>page %1&#xa0;: %n enregistrement</numerusform>
            <numerusform>page %1&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1: the next link at %2 is %3, not a URL</source>
        <translation>page %1&#xa0;: le lien suivant à %2 est %3, pas une URL</translation>
    </message>
    <message>
        <source>page %1: the cursor at %2 is %3, not a token</source>
        <translation>page %1&#xa0;: le curseur à %2 est %3, pas un jeton</translation>
    </message>
    <message>
        <source>page %1 points to a page already read (%2): the API&apos;s pagination loops; check source.pagination</source>
        <translation>la page %1 renvoie à une page déjà lue (%2)&#xa0;: la pagination de l’API boucle&#xa0;; vérifiez source.pagination</translation>
    </message>
    <message>
        <source>HTTP API at %1</source>
        <translation>API HTTP à %1</translation>
    </message>
    <message numerus="yes">
        <source>Reached %1: the first page has %n record(s)</source>
        <translation>
            <numerusform>%1 atteint&#xa0;: la première page a %n enregistrement</numerusform>
            <numerusform>%1 atteint&#xa0;: la première page a %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 credentials</source>
        <translation>identifiants %1</translation>
    </message>
    <message>
        <source>the first page has no records, so no columns are known yet</source>
        <translation>la première page n’a aucun enregistrement, donc aucune colonne n’est encore connue</translation>
    </message>
    <message>
        <source>pages are followed by %1; a run reads them all</source>
        <translation>les pages sont parcourues par %1&#xa0;; une exécution les lit toutes</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Ferry::HttpTransport</name>
    <message>
        <source>the CA bundle %1 does not exist: give the path of a PEM file with the certificate of the server&apos;s certificate authority</source>
        <translation>le paquet d’AC %1 n’existe pas&#xa0;: indiquez le chemin d’un fichier PEM contenant le certificat de l’autorité de certification du serveur</translation>
    </message>
    <message>
        <source>the CA bundle %1 cannot be read: %2</source>
        <translation>le paquet d’AC %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the CA bundle %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>le paquet d’AC %1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>Ferry::ImportDialog</name>
    <message>
        <source>Import jobs</source>
        <translation>Importer des tâches</translation>
    </message>
    <message>
        <source>Ferry reads each file and shows what it becomes. Nothing is saved until you choose Import.</source>
        <translation>Ferry lit chaque fichier et montre ce qu’il devient. Rien n’est enregistré tant que vous n’avez pas choisi Importer.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>What the selected file becomes</source>
        <translation>Ce que devient le fichier sélectionné</translation>
    </message>
    <message>
        <source>Secrets in these files</source>
        <translation>Secrets contenus dans ces fichiers</translation>
    </message>
    <message>
        <source>These files hold a plaintext API token or database password. Ferry keeps secrets out of job files; keep them in:</source>
        <translation>Ces fichiers contiennent un jeton d’API ou un mot de passe de base de données en clair. Ferry garde les secrets hors des fichiers de tâche&#xa0;; conservez-les dans&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;keychain of this desktop (recommended)</source>
        <translation>Le &amp;trousseau de ce bureau (recommandé)</translation>
    </message>
    <message>
        <source>A &amp;private file in my configuration folder (readable only by me)</source>
        <translation>Un fichier &amp;privé dans mon dossier de configuration (lisible par moi seul)</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>&amp;Replace jobs that have the same id (otherwise they are imported as new jobs)</source>
        <translation>&amp;Remplacer les tâches qui ont le même identifiant (sinon elles sont importées comme nouvelles tâches)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The keychain (%1) is ready.</source>
        <translation>Le trousseau (%1) est prêt.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Le trousseau ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
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
        <translation>Remplace la tâche de même identifiant</translation>
    </message>
    <message>
        <source>New job (its id is taken)</source>
        <translation>Nouvelle tâche (son identifiant est pris)</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This file cannot be imported:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce fichier ne peut pas être importé&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; becomes a job that syncs &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; devient une tâche qui synchronise &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Query: &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Requête&#xa0;: &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Key: %1; mode: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;Clé&#xa0;: %1&#xa0;; mode&#xa0;: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>none (every row is appended)</source>
        <translation>aucune (chaque ligne est ajoutée)</translation>
    </message>
    <message>
        <source>&lt;li&gt;Updates when &lt;code&gt;%1&lt;/code&gt; is newer&lt;/li&gt;</source>
        <translation>&lt;li&gt;Met à jour quand &lt;code&gt;%1&lt;/code&gt; est plus récent&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Deletes rows marked in &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Supprime les lignes marquées dans &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Schedule: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Planification&#xa0;: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Its plaintext secrets move to the place chosen below; the job refers to them.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Ses secrets en clair vont à l’endroit choisi ci-dessous&#xa0;; la tâche y fait référence.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything in the file carries over.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tout le contenu du fichier est repris.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What does not carry over:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce qui n’est pas repris&#xa0;:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importée)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n job(s). Not imported:</source>
        <translation>
            <numerusform>%n tâche importée. Non importé&#xa0;:</numerusform>
            <numerusform>%n tâches importées. Non importé&#xa0;:</numerusform>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <source>Fliplet data source %1</source>
        <translation>Source de données Fliplet %1</translation>
    </message>
    <message>
        <source>SQLite %1, table %2</source>
        <translation>SQLite %1, table %2</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (invalide)</translation>
    </message>
    <message>
        <source>%1 (never fires)</source>
        <translation>%1 (ne se déclenche jamais)</translation>
    </message>
    <message>
        <source>%1 (next: %2)</source>
        <translation>%1 (prochaine&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (unknown time zone %2)</source>
        <translation>%1 (fuseau horaire inconnu %2)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
    </message>
    <message>
        <source>%1, table %2</source>
        <translation>%1, table %2</translation>
    </message>
    <message>
        <source>REST API %1%2</source>
        <translation>API REST %1%2</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>HTTP API %1</source>
        <translation>API HTTP %1</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditor</name>
    <message>
        <source>New Job</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>This job is running now: what you save here applies from its next run.</source>
        <translation>Cette tâche est en cours d’exécution&#xa0;: ce que vous enregistrez ici s’applique à partir de sa prochaine exécution.</translation>
    </message>
    <message>
        <source>job</source>
        <translation>tâche</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save yet: %1: %2</source>
        <translation>Enregistrement impossible pour l’instant&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Enregistrement impossible pour l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the job to its file</source>
        <translation>Enregistrer la tâche dans son fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving, marked in the list and beside each field.</source>
        <translation>
            <numerusform>%n problème à corriger avant d’enregistrer, signalé dans la liste et à côté du champ concerné.</numerusform>
            <numerusform>%n problèmes à corriger avant d’enregistrer, signalés dans la liste et à côté de chaque champ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to save, with %n warning(s) beside their fields.</source>
        <translation>
            <numerusform>Prête à être enregistrée, avec %n avertissement à côté de son champ.</numerusform>
            <numerusform>Prête à être enregistrée, avec %n avertissements à côté de leurs champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Prête à être enregistrée.</translation>
    </message>
    <message>
        <source>Storing the secrets…</source>
        <translation>Stockage des secrets…</translation>
    </message>
    <message>
        <source>Sign-in not finished</source>
        <translation>Connexion non terminée</translation>
    </message>
    <message>
        <source>The sign-in in the browser has not finished: closing the editor cancels it, and the job gets no refresh token.</source>
        <translation>La connexion dans le navigateur n’est pas terminée : fermer l’éditeur l’annule, et la tâche n’obtient pas de jeton d’actualisation.</translation>
    </message>
    <message>
        <source>Cancel the sign-in and close</source>
        <translation>Annuler la connexion et fermer</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorExtensionsPage</name>
    <message>
        <source>Each page of source records, as read: change, add or drop records.</source>
        <translation>Chaque page d’enregistrements de la source, telle qu’elle est lue&#xa0;: modifier, ajouter ou écarter des enregistrements.</translation>
    </message>
    <message>
        <source>Each record before the mapping: clean values, drop a record or fail it.</source>
        <translation>Chaque enregistrement avant la correspondance&#xa0;: nettoyer des valeurs, écarter un enregistrement ou le mettre en échec.</translation>
    </message>
    <message>
        <source>Each record after the mapping, with the target&apos;s field names.</source>
        <translation>Chaque enregistrement après la correspondance, avec les noms de champs de la cible.</translation>
    </message>
    <message>
        <source>After each batch is written: what the target answered, per record.</source>
        <translation>Après l’écriture de chaque lot&#xa0;: ce que la cible a répondu, par enregistrement.</translation>
    </message>
    <message>
        <source>Once, after an applied run: its counts (e.g. to notify someone).</source>
        <translation>Une fois, après une exécution appliquée&#xa0;: ses totaux (p. ex. pour prévenir quelqu’un).</translation>
    </message>
    <message>
        <source>Hooks are JavaScript functions Ferry calls while the job runs, in Node.js: to clean values (phone numbers, names), drop test records, add fields, or act on what was written. They get the records as JSON and the settings below. See docs/extensions.md for what each hook gets and returns.</source>
        <translation>Les hooks sont des fonctions JavaScript que Ferry appelle pendant l’exécution de la tâche, dans Node.js&#xa0;: pour nettoyer des valeurs (numéros de téléphone, noms), écarter des enregistrements de test, ajouter des champs ou agir sur ce qui a été écrit. Ils reçoivent les enregistrements en JSON et les paramètres ci-dessous. Voir docs/extensions.md pour ce que chaque hook reçoit et renvoie.</translation>
    </message>
    <message>
        <source>No hooks: the records go from the source to the target as the mapping says. Choose a JavaScript file to add some.</source>
        <translation>Aucun hook&#xa0;: les enregistrements vont de la source à la cible comme l’indique la correspondance. Choisissez un fichier JavaScript pour en ajouter.</translation>
    </message>
    <message>
        <source>Hook file</source>
        <translation>Fichier de hooks</translation>
    </message>
    <message>
        <source>no hooks</source>
        <translation>aucun hook</translation>
    </message>
    <message>
        <source>The JavaScript module that exports the hooks, relative to the job file&apos;s folder (hooks.file)</source>
        <translation>Le module JavaScript qui exporte les hooks, relatif au dossier du fichier de tâche (hooks.file)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Hook &amp;file:</source>
        <translation>&amp;Fichier de hooks&#xa0;:</translation>
    </message>
    <message>
        <source>Hooks to call:</source>
        <translation>Hooks à appeler&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one call may take before Ferry stops it (hooks.timeout)</source>
        <translation>Durée maximale d’un appel avant que Ferry l’arrête (hooks.timeout)</translation>
    </message>
    <message>
        <source>&amp;Time-out per call:</source>
        <translation>&amp;Délai par appel&#xa0;:</translation>
    </message>
    <message>
        <source>How many records one call gets (hooks.page_size)</source>
        <translation>Nombre d’enregistrements que reçoit un appel (hooks.page_size)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>Settings (JSON)</source>
        <translation>Paramètres (JSON)</translation>
    </message>
    <message>
        <source>S&amp;ettings (JSON):</source>
        <translation>Para&amp;mètres (JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>A JSON object the hooks get as options.settings (hooks.settings). Keep secrets out of it: the job file holds it as written.</source>
        <translation>Un objet JSON que les hooks reçoivent dans options.settings (hooks.settings). N’y mettez pas de secrets&#xa0;: le fichier de tâche le contient tel quel.</translation>
    </message>
    <message>
        <source>Test on sample rows</source>
        <translation>Tester sur des exemples de lignes</translation>
    </message>
    <message>
        <source>Reads the source&apos;s first %1 rows and runs one hook on them, without writing anything: before → after for each row, and what the hook printed.</source>
        <translation>Lit les %1 premières lignes de la source et y exécute un hook, sans rien écrire&#xa0;: avant → après pour chaque ligne, et ce que le hook a affiché.</translation>
    </message>
    <message>
        <source>&amp;Run on sample rows</source>
        <translation>&amp;Exécuter sur des exemples de lignes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Hook:</source>
        <translation>&amp;Hook&#xa0;:</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Pas encore testé.</translation>
    </message>
    <message>
        <source>Sample rows before and after the hook</source>
        <translation>Exemples de lignes avant et après le hook</translation>
    </message>
    <message>
        <source>Console output:</source>
        <translation>Sortie de la console&#xa0;:</translation>
    </message>
    <message>
        <source>Console output of the hook</source>
        <translation>Sortie de la console du hook</translation>
    </message>
    <message>
        <source>What the hook prints with console.log appears here.</source>
        <translation>Ce que le hook affiche avec console.log apparaît ici.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the settings must be one JSON object, {&quot;name&quot;: value, …}</source>
        <translation>les paramètres doivent être un seul objet JSON, {&quot;nom&quot;: valeur, …}</translation>
    </message>
    <message>
        <source>not valid JSON at %1; fix it or clear the field</source>
        <translation>JSON non valide à %1&#xa0;; corrigez-le ou videz le champ</translation>
    </message>
    <message>
        <source>Hook File</source>
        <translation>Fichier de hooks</translation>
    </message>
    <message>
        <source>JavaScript modules (*.js *.cjs);;All files (*)</source>
        <translation>Modules JavaScript (*.js *.cjs);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a hook file first</source>
        <translation>Choisissez d’abord un fichier de hooks</translation>
    </message>
    <message>
        <source>Run the hook picked on the source&apos;s first rows</source>
        <translation>Exécuter le hook choisi sur les premières lignes de la source</translation>
    </message>
    <message>
        <source>The test needs the job&apos;s source (this page is not in an editor).</source>
        <translation>Le test a besoin de la source de la tâche (cette page n’est pas dans un éditeur).</translation>
    </message>
    <message>
        <source>Reading the source&apos;s first rows…</source>
        <translation>Lecture des premières lignes de la source…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>The source&apos;s rows could not be read: %1 (fix it on the Source page)</source>
        <translation>Les lignes de la source n’ont pas pu être lues&#xa0;: %1 (corrigez-le sur la page Source)</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>aucune ligne</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 on %n row(s)…</source>
        <translation>
            <numerusform>Exécution de %1 sur %n ligne…</numerusform>
            <numerusform>Exécution de %1 sur %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 n’a pas pu s’exécuter&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n row(s): </source>
        <translation>
            <numerusform>%1 sur %n ligne&#xa0;: </numerusform>
            <numerusform>%1 sur %n lignes&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 unchanged, %3 dropped, %4 added, %5 with errors.</source>
        <translation>%1 modifiées, %2 inchangées, %3 écartées, %4 ajoutées, %5 en erreur.</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Première erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Correct the settings (not valid JSON) first</source>
        <translation>Corrigez d’abord les réglages (JSON non valide)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorGeneralPage</name>
    <message>
        <source>e.g. CRM contacts to the app</source>
        <translation>p. ex. Contacts du CRM vers l’application</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the job is for (optional)</source>
        <translation>À quoi sert la tâche (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>The id keys the job&apos;s run history and stays the same when the job is renamed</source>
        <translation>L’identifiant sert de clé à l’historique des exécutions et reste le même quand la tâche est renommée</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>Information (par défaut)</translation>
    </message>
    <message>
        <source>Debug: every request and batch</source>
        <translation>Débogage&#xa0;: chaque requête et chaque lot</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Avertissements et erreurs uniquement</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Niveau de journal</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>Niveau de &amp;journal&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>the job has no name: give it one (it names the job&apos;s file too)</source>
        <translation>la tâche n’a pas de nom&#xa0;: donnez-lui-en un (il nomme aussi le fichier de la tâche)</translation>
    </message>
    <message>
        <source>%1 (given when the job is saved)</source>
        <translation>%1 (attribué à l’enregistrement de la tâche)</translation>
    </message>
    <message>
        <source>A new file in the job folder, named after the job</source>
        <translation>Un nouveau fichier dans le dossier des tâches, nommé d’après la tâche</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorMappingPage</name>
    <message>
        <source>Each ticked source column is written to the target field beside it (double-click to rename). Tick the key that matches rows with target records, and optionally the timestamp that decides updates and the soft-delete marker.</source>
        <translation>Chaque colonne source cochée est écrite dans le champ cible en regard (double-cliquez pour renommer). Cochez la clé qui associe les lignes aux enregistrements de la cible et, si besoin, l’horodatage qui décide des mises à jour et le marqueur de suppression logique.</translation>
    </message>
    <message>
        <source>&amp;Auto-map by name</source>
        <translation>&amp;Associer par nom</translation>
    </message>
    <message>
        <source>Sync every column, to the target field of the same name (ignoring case, spaces and underscores) or to a new field of its own name</source>
        <translation>Synchroniser toutes les colonnes, vers le champ cible de même nom (sans tenir compte de la casse, des espaces ni des tirets bas) ou vers un nouveau champ portant leur nom</translation>
    </message>
    <message>
        <source>&amp;Read source columns</source>
        <translation>&amp;Lire les colonnes source</translation>
    </message>
    <message>
        <source>Test the source connection to learn its columns</source>
        <translation>Tester la connexion à la source pour connaître ses colonnes</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>The source&apos;s columns are not known yet: every column is synced under its own name. Read the source columns to pick and rename them.</source>
        <translation>Les colonnes de la source ne sont pas encore connues&#xa0;: chaque colonne est synchronisée sous son propre nom. Lisez les colonnes source pour les choisir et les renommer.</translation>
    </message>
    <message>
        <source>Key: none (every run appends every row)</source>
        <translation>Clé&#xa0;: aucune (chaque exécution ajoute toutes les lignes)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation>Horodatage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Soft delete: %1</source>
        <translation>Suppression logique&#xa0;: %1</translation>
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
        <translation>Mode</translation>
    </message>
    <message>
        <source>Update: insert new rows, update changed ones, keep the rest</source>
        <translation>Mise à jour&#xa0;: insérer les nouvelles lignes, mettre à jour celles qui ont changé, garder le reste</translation>
    </message>
    <message>
        <source>Replace: also delete target records the source no longer has</source>
        <translation>Remplacement&#xa0;: supprimer aussi les enregistrements de la cible que la source n’a plus</translation>
    </message>
    <message>
        <source>Append: insert new rows only</source>
        <translation>Ajout&#xa0;: insérer uniquement les nouvelles lignes</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Match text &amp;keys ignoring case</source>
        <translation>Comparer les &amp;clés texte sans tenir compte de la casse</translation>
    </message>
    <message>
        <source>Delete safeguard</source>
        <translation>Garde-fou de suppression</translation>
    </message>
    <message>
        <source>A run that would delete more than this is held until you confirm it in a preview.</source>
        <translation>Une exécution qui supprimerait davantage est retenue jusqu’à ce que vous la confirmiez dans un aperçu.</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source> % of the target</source>
        <translation>&#xa0;% de la cible</translation>
    </message>
    <message>
        <source>Or more t&amp;han:</source>
        <translation>Ou plus d&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Network errors, rate limits (429) and server errors (5xx) are retried, each wait twice the last, with some jitter.</source>
        <translation>Les erreurs réseau, les limites de débit (429) et les erreurs serveur (5xx) sont retentées, chaque attente doublant la précédente, avec un peu d’aléa.</translation>
    </message>
    <message>
        <source>&amp;Tries per request:</source>
        <translation>&amp;Tentatives par requête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First wait:</source>
        <translation>&amp;Première attente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>Plus &amp;longue attente&#xa0;:</translation>
    </message>
    <message>
        <source>A server&apos;s Retry-After is honoured up to this</source>
        <translation>Le Retry-After d’un serveur est respecté jusqu’à cette durée</translation>
    </message>
    <message>
        <source>Longest Retry-&amp;After:</source>
        <translation>Retry-After le plus lon&amp;g&#xa0;:</translation>
    </message>
    <message>
        <source>How long one request may take, its whole answer included</source>
        <translation>Durée maximale d’une requête, réponse complète comprise</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>Délai d’e&amp;xpiration des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>Target records the source does not have are left alone.</source>
        <translation>Les enregistrements de la cible que la source n’a pas sont laissés tels quels.</translation>
    </message>
    <message>
        <source>The target mirrors the source: records it does not have are deleted (the safeguard below holds large deletes).</source>
        <translation>La cible reflète la source&#xa0;: les enregistrements qu’elle n’a pas sont supprimés (le garde-fou ci-dessous retient les grosses suppressions).</translation>
    </message>
    <message>
        <source>Nothing is ever updated or deleted; rows whose key is in the target already are skipped.</source>
        <translation>Rien n’est jamais mis à jour ni supprimé&#xa0;; les lignes dont la clé est déjà dans la cible sont ignorées.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Mo&amp;re than:</source>
        <translation>Plus &amp;de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorSchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Uniquement lorsqu’elle est lancée à la main</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every hour, on the hour</source>
        <translation>Toutes les heures, à l’heure pile</translation>
    </message>
    <message>
        <source>Every day at 02:00</source>
        <translation>Tous les jours à 02:00</translation>
    </message>
    <message>
        <source>Weekdays at 07:00</source>
        <translation>En semaine à 07:00</translation>
    </message>
    <message>
        <source>Every Sunday at 03:00</source>
        <translation>Tous les dimanches à 03:00</translation>
    </message>
    <message>
        <source>Custom (cron expression)</source>
        <translation>Personnalisée (expression cron)</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 30 6 * * 1-5</source>
        <translation>minute heure jour mois jour-de-semaine, p. ex. 30 6 * * 1-5</translation>
    </message>
    <message>
        <source>&amp;Cron:</source>
        <translation>&amp;Cron&#xa0;:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Prochaines exécutions&#xa0;:</translation>
    </message>
    <message>
        <source>Also run when the scheduler &amp;starts</source>
        <translation>Exécuter aussi au démarrage du &amp;planificateur</translation>
    </message>
    <message>
        <source>Catch up at start instead of waiting for the next time (schedule.run_on_start)</source>
        <translation>Rattraper au démarrage au lieu d’attendre la prochaine échéance (schedule.run_on_start)</translation>
    </message>
    <message>
        <source>None: the job runs when you start it.</source>
        <translation>Aucune&#xa0;: la tâche s’exécute quand vous la lancez.</translation>
    </message>
    <message>
        <source>None until the expression is fixed.</source>
        <translation>Aucune tant que l’expression n’est pas corrigée.</translation>
    </message>
    <message>
        <source>None: the expression never fires.</source>
        <translation>Aucune&#xa0;: l’expression ne se déclenche jamais.</translation>
    </message>
    <message>
        <source>5 fields (or 6 with seconds first); @hourly, @daily, @weekly and @monthly work too.</source>
        <translation>5 champs (ou 6 avec les secondes en premier)&#xa0;; @hourly, @daily, @weekly et @monthly fonctionnent aussi.</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Celui de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>The time zone the cron times are read in: daylight saving follows it (schedule.time_zone)</source>
        <translation>Le fuseau horaire dans lequel les heures cron sont lues&#xa0;: l’heure d’été le suit (schedule.time_zone)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Ferry runs the job at these times while it is open (pause it from the Job menu), or on a server with ferry-cli daemon. A time missed while the computer slept is caught up once.</source>
        <translation>Ferry exécute la tâche à ces heures tant qu’il est ouvert (suspendez-la depuis le menu Tâche), ou sur un serveur avec ferry-cli daemon. Une heure manquée pendant la veille de l’ordinateur est rattrapée une fois.</translation>
    </message>
    <message>
        <source>None until the time zone is one this computer knows.</source>
        <translation>Aucune tant que le fuseau horaire n’est pas connu de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 ici)</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorSourcePage</name>
    <message>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Tables found</source>
        <translation>Tables trouvées</translation>
    </message>
    <message>
        <source>Find tables to pick one</source>
        <translation>Recherchez les tables pour en choisir une</translation>
    </message>
    <message>
        <source>&amp;Use this table</source>
        <translation>&amp;Utiliser cette table</translation>
    </message>
    <message>
        <source>Write a query that reads every column of the table</source>
        <translation>Écrire une requête qui lit toutes les colonnes de la table</translation>
    </message>
    <message>
        <source>&amp;Find tables</source>
        <translation>&amp;Rechercher les tables</translation>
    </message>
    <message>
        <source>List the database&apos;s tables and views with their columns</source>
        <translation>Lister les tables et vues de la base avec leurs colonnes</translation>
    </message>
    <message>
        <source>Ta&amp;bles:</source>
        <translation>Ta&amp;bles&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;sample rows</source>
        <translation>Afficher des &amp;exemples de lignes</translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation>Exemples de lignes</translation>
    </message>
    <message>
        <source>Finding tables and columns…</source>
        <translation>Recherche des tables et des colonnes…</translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation>%1 (vue)</translation>
    </message>
    <message>
        <source>The database has no tables or views.</source>
        <translation>La base ne contient ni table ni vue.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n table(s) and view(s): pick one to read it, or write a query.</source>
        <translation>
            <numerusform>%n table ou vue trouvée&#xa0;: choisissez-en une pour la lire, ou écrivez une requête.</numerusform>
            <numerusform>%n tables et vues trouvées&#xa0;: choisissez-en une pour la lire, ou écrivez une requête.</numerusform>
        </translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The token sees no data sources: check that it belongs to the right app or organization.</source>
        <translation>Le jeton ne voit aucune source de données&#xa0;: vérifiez qu’il appartient à la bonne application ou organisation.</translation>
    </message>
    <message numerus="yes">
        <source>The token sees %n data source(s): pick one to read its entries.</source>
        <translation>
            <numerusform>Le jeton voit %n source de données&#xa0;: choisissez-la pour lire ses entrées.</numerusform>
            <numerusform>Le jeton voit %n sources de données&#xa0;: choisissez-en une pour lire ses entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the source can be reached and read, without reading its rows</source>
        <translation>Vérifier que la source est joignable et lisible, sans lire ses lignes</translation>
    </message>
    <message>
        <source>Read the first 20 rows, as the source gives them</source>
        <translation>Lire les 20 premières lignes, telles que la source les donne</translation>
    </message>
    <message>
        <source>No rows shown yet: Show sample rows reads the first rows, as they are before the mapping.</source>
        <translation>Aucune ligne affichée pour l’instant&#xa0;: Afficher des exemples de lignes lit les premières lignes, telles qu’elles sont avant la correspondance.</translation>
    </message>
    <message>
        <source>Asking for the data sources…</source>
        <translation>Demande des sources de données…</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>Lecture des colonnes…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n column(s), typed as declared or as their values suggest.</source>
        <translation>
            <numerusform>%n colonne trouvée, typée comme déclaré ou comme ses valeurs le suggèrent.</numerusform>
            <numerusform>%n colonnes trouvées, typées comme déclaré ou comme leurs valeurs le suggèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source gave no rows.</source>
        <translation>La source n’a donné aucune ligne.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s), as they are before the mapping.</source>
        <translation>
            <numerusform>La première ligne, telle qu’elle est avant la correspondance.</numerusform>
            <numerusform>Les %n premières lignes, telles qu’elles sont avant la correspondance.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find data sources</source>
        <translation>&amp;Rechercher les sources de données</translation>
    </message>
    <message>
        <source>List the data sources the token can read, with their columns</source>
        <translation>Lister les sources de données que le jeton peut lire, avec leurs colonnes</translation>
    </message>
    <message>
        <source>Data sou&amp;rces:</source>
        <translation>Sources de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>Data sources found</source>
        <translation>Sources de données trouvées</translation>
    </message>
    <message>
        <source>Find data sources to pick one</source>
        <translation>Recherchez les sources de données pour en choisir une</translation>
    </message>
    <message>
        <source>&amp;Use this data source</source>
        <translation>&amp;Utiliser cette source de données</translation>
    </message>
    <message>
        <source>Read the entries of this data source</source>
        <translation>Lire les entrées de cette source de données</translation>
    </message>
    <message>
        <source>&amp;Find columns</source>
        <translation>&amp;Rechercher les colonnes</translation>
    </message>
    <message>
        <source>Read the columns the source gives, with their types</source>
        <translation>Lire les colonnes que donne la source, avec leurs types</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colo&amp;nnes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ferry::JobEditorTargetPage</name>
    <message>
        <source>Target type</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>From the token (its first letters: eu, us, ca)</source>
        <translation>D’après le jeton (ses premières lettres&#xa0;: eu, us, ca)</translation>
    </message>
    <message>
        <source>Europe: api.fliplet.com</source>
        <translation>Europe&#xa0;: api.fliplet.com</translation>
    </message>
    <message>
        <source>United States: us.api.fliplet.com</source>
        <translation>États-Unis&#xa0;: us.api.fliplet.com</translation>
    </message>
    <message>
        <source>Canada: ca.api.fliplet.com</source>
        <translation>Canada&#xa0;: ca.api.fliplet.com</translation>
    </message>
    <message>
        <source>Another address (self-hosted)</source>
        <translation>Autre adresse (auto-hébergé)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in and check the data source or table, without changing anything</source>
        <translation>S’authentifier et vérifier la source de données ou la table, sans rien modifier</translation>
    </message>
    <message>
        <source>give the address of the Fliplet API, or pick a region</source>
        <translation>indiquez l’adresse de l’API Fliplet, ou choisissez une région</translation>
    </message>
    <message>
        <source>&amp;Find data sources</source>
        <translation>Rec&amp;hercher les sources de données</translation>
    </message>
    <message>
        <source>&amp;Find tables</source>
        <translation>Rec&amp;hercher les tables</translation>
    </message>
    <message>
        <source>List the data sources the token can see</source>
        <translation>Lister les sources de données que le jeton voit</translation>
    </message>
    <message>
        <source>Asking for the data sources…</source>
        <translation>Demande des sources de données…</translation>
    </message>
    <message>
        <source>Finding tables…</source>
        <translation>Recherche des tables…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The token sees no data sources: check that it belongs to the right app or organization.</source>
        <translation>Le jeton ne voit aucune source de données&#xa0;: vérifiez qu’il appartient à la bonne application ou organisation.</translation>
    </message>
    <message numerus="yes">
        <source>The token sees %n data source(s): pick one in the list.</source>
        <translation>
            <numerusform>Le jeton voit %n source de données&#xa0;: choisissez-la dans la liste.</numerusform>
            <numerusform>Le jeton voit %n sources de données&#xa0;: choisissez-en une dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no tables yet: name one, and turn on Create the table.</source>
        <translation>Le fichier n’a pas encore de table&#xa0;: nommez-en une, et activez Créer la table.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n table(s): pick one, or name a new one.</source>
        <translation>
            <numerusform>Le fichier a %n table&#xa0;: choisissez-la, ou nommez-en une nouvelle.</numerusform>
            <numerusform>Le fichier a %n tables&#xa0;: choisissez-en une, ou nommez-en une nouvelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Show sample ro&amp;ws</source>
        <translation>Afficher des &amp;exemples de lignes</translation>
    </message>
    <message>
        <source>Read the first 20 records of the table</source>
        <translation>Lire les 20 premiers enregistrements de la table</translation>
    </message>
    <message>
        <source>Sample rows of the target</source>
        <translation>Exemples de lignes de la cible</translation>
    </message>
    <message>
        <source>The target holds no records yet.</source>
        <translation>La cible ne contient encore aucun enregistrement.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) the target holds.</source>
        <translation>
            <numerusform>Le premier enregistrement que contient la cible.</numerusform>
            <numerusform>Les %n premiers enregistrements que contient la cible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database has no tables yet: name one, and turn on Create the table.</source>
        <translation>La base n’a encore aucune table&#xa0;: nommez-en une, et activez Créer la table.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n table(s): pick one, or name a new one.</source>
        <translation>
            <numerusform>La base a %n table&#xa0;: choisissez-la, ou nommez-en une nouvelle.</numerusform>
            <numerusform>La base a %n tables&#xa0;: choisissez-en une, ou nommez-en une nouvelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the tables of the database</source>
        <translation>Lister les tables de la base de données</translation>
    </message>
    <message>
        <source>&amp;Find fields</source>
        <translation>&amp;Rechercher les champs</translation>
    </message>
    <message>
        <source>Read the fields of the records the service holds</source>
        <translation>Lire les champs des enregistrements que contient le service</translation>
    </message>
    <message>
        <source>Reading the fields…</source>
        <translation>Lecture des champs…</translation>
    </message>
    <message>
        <source>The service holds no records yet: the fields come from the source.</source>
        <translation>Le service ne contient encore aucun enregistrement&#xa0;: les champs viennent de la source.</translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n field(s): %1.</source>
        <translation>
            <numerusform>Les enregistrements ont %n champ&#xa0;: %1.</numerusform>
            <numerusform>Les enregistrements ont %n champs&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::JobFile</name>
    <message>
        <source>the YAML is nested too deeply to be a job file</source>
        <translation>le YAML est trop profondément imbriqué pour être un fichier de tâche</translation>
    </message>
    <message>
        <source>a value here has the wrong shape (a single value where a map of keys belongs, or the other way round): compare it with docs/job-format.md</source>
        <translation>une valeur a ici la mauvaise forme (une valeur simple là où il faut un dictionnaire de clés, ou l’inverse)&#xa0;: comparez-la avec docs/job-format.md</translation>
    </message>
    <message>
        <source>a [ … ] or { … } is not closed, or closed twice</source>
        <translation>un [ … ] ou un { … } n’est pas fermé, ou fermé deux fois</translation>
    </message>
    <message>
        <source>the indentation does not line up (keys of one map start in the same column), or a value holds &apos;: &apos; without quotes</source>
        <translation>l’indentation n’est pas alignée (les clés d’un même dictionnaire commencent dans la même colonne), ou une valeur contient «&#xa0;:&#xa0;» sans guillemets</translation>
    </message>
    <message>
        <source>a quoted text is not closed</source>
        <translation>un texte entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>a backslash in a double-quoted text starts an unknown escape: use single quotes, or write \\ for a backslash</source>
        <translation>une barre oblique inverse dans un texte entre guillemets doubles commence un échappement inconnu&#xa0;: utilisez des guillemets simples, ou écrivez \\ pour une barre oblique inverse</translation>
    </message>
    <message>
        <source>a tab is used for indentation: indent with spaces</source>
        <translation>une tabulation sert à l’indentation&#xa0;: indentez avec des espaces</translation>
    </message>
    <message>
        <source>an alias (*name) or anchor (&amp;name) is wrong or refers to nothing</source>
        <translation>un alias (*nom) ou une ancre (&amp;nom) est erroné ou ne renvoie à rien</translation>
    </message>
    <message>
        <source>a tag (!name) or directive (%YAML) Ferry does not read</source>
        <translation>une étiquette (!nom) ou une directive (%YAML) que Ferry ne lit pas</translation>
    </message>
    <message>
        <source>the text cannot be read as YAML</source>
        <translation>le texte ne peut pas être lu comme du YAML</translation>
    </message>
    <message>
        <source>not valid YAML: %1 (check indentation, quotes and colons around this place)</source>
        <translation>YAML invalide&#xa0;: %1 (vérifiez l’indentation, les guillemets et les deux-points autour de cet endroit)</translation>
    </message>
    <message>
        <source>the YAML stands for more than %1 values (through aliases?); a job file is much smaller</source>
        <translation>le YAML représente plus de %1 valeurs (via des alias&#xa0;?)&#xa0;; un fichier de tâche est bien plus petit</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice in the same map (first on line %2); keep one</source>
        <translation>la clé «&#xa0;%1&#xa0;» apparaît deux fois dans le même dictionnaire (la première fois à la ligne %2)&#xa0;; n’en gardez qu’une</translation>
    </message>
    <message>
        <source>the file is empty: a job needs at least a source and a target (see docs/job-format.md)</source>
        <translation>le fichier est vide&#xa0;: une tâche a besoin au moins d’une source et d’une cible (voir docs/job-format.md)</translation>
    </message>
    <message>
        <source>the file holds a NUL byte (at byte %1): it is not a text file; is it the right file?</source>
        <translation>le fichier contient un octet NUL (à l’octet %1)&#xa0;: ce n’est pas un fichier texte&#xa0;; est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>the file holds %1 YAML documents (separated by ---); a job file holds one job: put each job in a file of its own</source>
        <translation>le fichier contient %1 documents YAML (séparés par ---)&#xa0;; un fichier de tâche contient une seule tâche&#xa0;: mettez chaque tâche dans son propre fichier</translation>
    </message>
    <message>
        <source>a job file must be a YAML map of keys (ferry: 1, source:, target: …) or a Fliplet Agent config (auth_token:, query: …)</source>
        <translation>un fichier de tâche doit être un dictionnaire YAML de clés (ferry: 1, source:, target: …) ou une configuration Fliplet Agent (auth_token:, query: …)</translation>
    </message>
    <message>
        <source>not a job file: expected Ferry&apos;s format (starting with &apos;ferry: 1&apos;) or a Fliplet Agent config (with auth_token, datasource_id and query)</source>
        <translation>pas un fichier de tâche&#xa0;: format Ferry attendu (commençant par «&#xa0;ferry: 1&#xa0;») ou configuration Fliplet Agent (avec auth_token, datasource_id et query)</translation>
    </message>
    <message>
        <source>the database URL holds a password: move it to source.password as {secret: env:NAME} or {secret: file:PATH}; Ferry will not save the job with it</source>
        <translation>l’URL de la base contient un mot de passe&#xa0;: déplacez-le dans source.password sous la forme {secret: env:NOM} ou {secret: file:CHEMIN}&#xa0;; Ferry n’enregistrera pas la tâche avec</translation>
    </message>
    <message>
        <source>the job file does not exist: check the path</source>
        <translation>le fichier de tâche n’existe pas&#xa0;: vérifiez le chemin</translation>
    </message>
    <message>
        <source>this is not a regular file (a folder, a pipe or a device): give the path of a job file</source>
        <translation>ce n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique)&#xa0;: indiquez le chemin d’un fichier de tâche</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a job file is a few kilobytes (at most %2): is it the right file?</source>
        <translation>le fichier fait %1 octets&#xa0;; un fichier de tâche fait quelques kilo-octets (au plus %2)&#xa0;: est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>cannot read the job file as a regular file: check the path</source>
        <translation>impossible de lire le fichier de tâche comme un fichier ordinaire&#xa0;: vérifiez le chemin</translation>
    </message>
    <message>
        <source>cannot read the job file: %1</source>
        <translation>impossible de lire le fichier de tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file grew past %1 bytes while it was read</source>
        <translation>le fichier a dépassé %1 octets pendant sa lecture</translation>
    </message>
    <message>
        <source>cannot write the job file: %1</source>
        <translation>impossible d’écrire le fichier de tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value (text), not a list or a map</source>
        <translation>«&#xa0;%1&#xa0;» doit être une valeur simple (du texte), pas une liste ni un dictionnaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a value or a list of values</source>
        <translation>«&#xa0;%1&#xa0;» doit être une valeur ou une liste de valeurs</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be a single value</source>
        <translation>chaque entrée de «&#xa0;%1&#xa0;» doit être une valeur simple</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; is ignored%2</source>
        <translation>la clé inconnue «&#xa0;%1&#xa0;» est ignorée%2</translation>
    </message>
</context>
<context>
    <name>Ferry::JobListModel</name>
    <message>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>L’historique des exécutions ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Aperçu en cours</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, environ %n s restante</numerusform>
            <numerusform>, environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows read</source>
        <translation>%1&#xa0;: %2 lignes lues</translation>
    </message>
    <message>
        <source>Preview ready</source>
        <translation>Aperçu prêt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Source → Target</source>
        <translation>Source → Cible</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>%1: %2 of %3 confirmed, %4 sent</source>
        <translation>%1&#xa0;: %2 sur %3 confirmés, %4 envoyés</translation>
    </message>
</context>
<context>
    <name>Ferry::JobScheduler</name>
    <message>
        <source>Starting the run scheduled for %1.</source>
        <translation>Démarrage de l’exécution prévue pour %1.</translation>
    </message>
    <message>
        <source>The scheduled run could not start: %1.</source>
        <translation>L’exécution planifiée n’a pas pu démarrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Schedules paused: no job runs by itself until they are resumed.</source>
        <translation>Planifications en pause&#xa0;: aucune tâche ne s’exécute d’elle-même jusqu’à leur reprise.</translation>
    </message>
    <message>
        <source>Schedules resumed.</source>
        <translation>Planifications reprises.</translation>
    </message>
    <message>
        <source>Schedule paused.</source>
        <translation>Planification en pause.</translation>
    </message>
    <message>
        <source>Schedule resumed.</source>
        <translation>Planification reprise.</translation>
    </message>
</context>
<context>
    <name>Ferry::JobStore</name>
    <message>
        <source>cannot create the job folder: check that you may write there</source>
        <translation>impossible de créer le dossier des tâches&#xa0;: vérifiez que vous pouvez y écrire</translation>
    </message>
    <message>
        <source>no job named &apos;%1&apos; in the job folder (%2): give a job file&apos;s path, or the name of a job the Ferry app shows</source>
        <translation>aucune tâche nommée «&#xa0;%1&#xa0;» dans le dossier des tâches (%2)&#xa0;: indiquez le chemin d’un fichier de tâche, ou le nom d’une tâche affichée par l’application Ferry</translation>
    </message>
    <message>
        <source>%1 jobs are named &apos;%2&apos; (%3): give the file name instead, or rename one</source>
        <translation>%1 tâches s’appellent «&#xa0;%2&#xa0;» (%3)&#xa0;: indiquez plutôt le nom du fichier, ou renommez-en une</translation>
    </message>
    <message>
        <source>the job &apos;%1&apos; in %2 already has the id &apos;%3&apos;: give this job another id</source>
        <translation>la tâche «&#xa0;%1&#xa0;» dans %2 a déjà l’identifiant «&#xa0;%3&#xa0;»&#xa0;: donnez un autre identifiant à cette tâche</translation>
    </message>
    <message>
        <source>the job file is gone already</source>
        <translation>le fichier de tâche a déjà disparu</translation>
    </message>
    <message>
        <source>cannot create the folder for deleted jobs</source>
        <translation>impossible de créer le dossier des tâches supprimées</translation>
    </message>
    <message>
        <source>cannot move the job file to %1: check that you may write there</source>
        <translation>impossible de déplacer le fichier de tâche vers %1&#xa0;: vérifiez que vous pouvez y écrire</translation>
    </message>
</context>
<context>
    <name>Ferry::JobValidator</name>
    <message>
        <source>the secret reference &apos;%1&apos; names no variable: write env:NAME</source>
        <translation>la référence de secret «&#xa0;%1&#xa0;» ne nomme aucune variable&#xa0;: écrivez env:NOM</translation>
    </message>
    <message>
        <source>the secret reference &apos;%1&apos; names no file: write file:PATH</source>
        <translation>la référence de secret «&#xa0;%1&#xa0;» ne nomme aucun fichier&#xa0;: écrivez file:CHEMIN</translation>
    </message>
    <message>
        <source>the secret reference &apos;%1&apos; names no keychain entry: write keychain:NAME</source>
        <translation>la référence de secret «&#xa0;%1&#xa0;» ne nomme aucune entrée du trousseau&#xa0;: écrivez keychain:NOM</translation>
    </message>
    <message>
        <source>unknown secret reference &apos;%1&apos;: use env:NAME, file:PATH or keychain:NAME</source>
        <translation>référence de secret inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez env:NOM, file:CHEMIN ou keychain:NOM</translation>
    </message>
    <message>
        <source>unknown database driver &apos;%1&apos;: use mysql, postgres, mssql or sqlite</source>
        <translation>pilote de base de données inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez mysql, postgres, mssql ou sqlite</translation>
    </message>
    <message>
        <source>cannot read the connection URL: use postgres://user@host:port/database, mysql://…, sqlserver://… or sqlite:///path/to/file.db</source>
        <translation>impossible de lire l’URL de connexion&#xa0;: utilisez postgres://utilisateur@hote:port/base, mysql://…, sqlserver://… ou sqlite:///chemin/vers/fichier.db</translation>
    </message>
    <message>
        <source>the URL&apos;s scheme &apos;%1&apos; does not match the driver &apos;%2&apos;: keep one of them</source>
        <translation>le schéma de l’URL «&#xa0;%1&#xa0;» ne correspond pas au pilote «&#xa0;%2&#xa0;»&#xa0;: n’en gardez qu’un</translation>
    </message>
    <message>
        <source>the database driver is missing: set it to mysql, postgres, mssql or sqlite</source>
        <translation>le pilote de base de données manque&#xa0;: choisissez mysql, postgres, mssql ou sqlite</translation>
    </message>
    <message>
        <source>the SQLite database file is missing: give its path (relative paths start from the job file&apos;s folder)</source>
        <translation>le fichier de base SQLite manque&#xa0;: indiquez son chemin (les chemins relatifs partent du dossier du fichier de tâche)</translation>
    </message>
    <message>
        <source>the database server is missing: give its host name or address</source>
        <translation>le serveur de base de données manque&#xa0;: indiquez son nom d’hôte ou son adresse</translation>
    </message>
    <message>
        <source>the Windows domain applies to SQL Server (mssql) only and is ignored</source>
        <translation>le domaine Windows ne s’applique qu’à SQL Server (mssql) et est ignoré</translation>
    </message>
    <message>
        <source>the instance name applies to SQL Server (mssql) only and is ignored</source>
        <translation>le nom d’instance ne s’applique qu’à SQL Server (mssql) et est ignoré</translation>
    </message>
    <message>
        <source>encryption applies to SQL Server (mssql) only and is ignored</source>
        <translation>le chiffrement ne s’applique qu’à SQL Server (mssql) et est ignoré</translation>
    </message>
    <message>
        <source>the port must be from 1 to 65535 (or left out for the driver&apos;s default)</source>
        <translation>le port doit être compris entre 1 et 65535 (ou omis pour celui du pilote par défaut)</translation>
    </message>
    <message>
        <source>the query is missing: give the SQL whose rows are synced</source>
        <translation>la requête manque&#xa0;: indiquez le SQL dont les lignes sont synchronisées</translation>
    </message>
    <message>
        <source>the query holds %1 statements separated by semicolons; Ferry runs one SELECT: keep only the one whose rows are synced</source>
        <translation>la requête contient %1 instructions séparées par des points-virgules&#xa0;; Ferry exécute un seul SELECT&#xa0;: gardez uniquement celui dont les lignes sont synchronisées</translation>
    </message>
    <message>
        <source>the data source ID is missing: find it in Fliplet Studio (App data, the data source&apos;s settings)</source>
        <translation>l’identifiant de la source de données manque&#xa0;: trouvez-le dans Fliplet Studio (App data, les réglages de la source de données)</translation>
    </message>
    <message>
        <source>the data source ID must be a whole number above 0, not &apos;%1&apos;</source>
        <translation>l’identifiant de la source de données doit être un nombre entier supérieur à 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the Fliplet API token is missing: create one in Fliplet Studio and give it access to the data source</source>
        <translation>le jeton d’API Fliplet manque&#xa0;: créez-en un dans Fliplet Studio et donnez-lui accès à la source de données</translation>
    </message>
    <message>
        <source>the API URL &apos;%1&apos; is not an http:// or https:// address</source>
        <translation>l’URL d’API «&#xa0;%1&#xa0;» n’est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>the API URL &apos;%1&apos; is plain http://: Ferry sends the token only over https:// (or to this machine, for tests); use an https:// address</source>
        <translation>l’URL d’API «&#xa0;%1&#xa0;» est en http:// simple&#xa0;: Ferry n’envoie le jeton qu’en https:// (ou à cet ordinateur, pour les tests)&#xa0;; utilisez une adresse https://</translation>
    </message>
    <message>
        <source>unknown hook &apos;%1&apos;: use insert or update</source>
        <translation>hook inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez insert ou update</translation>
    </message>
    <message>
        <source>the rows per commit must be from 1 to %1 (or left out for the default)</source>
        <translation>le nombre de lignes par validation doit être compris entre 1 et %1 (ou omis pour la valeur par défaut)</translation>
    </message>
    <message>
        <source>bytes per commit must be from %1 to %2 (or left out for the default, 32 MiB)</source>
        <translation>le nombre d’octets par validation doit être compris entre %1 et %2 (ou omis pour la valeur par défaut, 32 Mio)</translation>
    </message>
    <message>
        <source>the target&apos;s database file is missing: give the path of the SQLite file to write (relative paths start from the job file&apos;s folder)</source>
        <translation>le fichier de base de la cible manque&#xa0;: indiquez le chemin du fichier SQLite à écrire (les chemins relatifs partent du dossier du fichier de tâche)</translation>
    </message>
    <message>
        <source>the table is missing: name the table the rows are written to</source>
        <translation>la table manque&#xa0;: nommez la table dans laquelle les lignes sont écrites</translation>
    </message>
    <message>
        <source>the rows per transaction must be from 1 to %1 (or left out for the default)</source>
        <translation>le nombre de lignes par transaction doit être compris entre 1 et %1 (ou omis pour la valeur par défaut)</translation>
    </message>
    <message>
        <source>the source column is missing: name the column this entry reads</source>
        <translation>la colonne source manque&#xa0;: nommez la colonne que lit cette entrée</translation>
    </message>
    <message>
        <source>the target field is missing: name the field this entry writes</source>
        <translation>le champ cible manque&#xa0;: nommez le champ qu’écrit cette entrée</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is already written from the column &apos;%2&apos;: each field can be written once</source>
        <translation>le champ «&#xa0;%1&#xa0;» est déjà écrit depuis la colonne «&#xa0;%2&#xa0;»&#xa0;: chaque champ ne peut être écrit qu’une fois</translation>
    </message>
    <message>
        <source>no sync key: every run appends every row again; set a key to update rows in place</source>
        <translation>pas de clé de synchronisation&#xa0;: chaque exécution ajoute de nouveau toutes les lignes&#xa0;; définissez une clé pour mettre les lignes à jour sur place</translation>
    </message>
    <message>
        <source>a key column has no name</source>
        <translation>une colonne de clé n’a pas de nom</translation>
    </message>
    <message>
        <source>the key names &apos;%1&apos; twice</source>
        <translation>la clé nomme «&#xa0;%1&#xa0;» deux fois</translation>
    </message>
    <message>
        <source>the key column &apos;%1&apos; is not a field the mapping writes (%2): keys name fields after mapping</source>
        <translation>la colonne de clé «&#xa0;%1&#xa0;» n’est pas un champ écrit par la correspondance (%2)&#xa0;: les clés nomment des champs après correspondance</translation>
    </message>
    <message>
        <source>the timestamp column &apos;%1&apos; is not a field the mapping writes (%2): rule columns name fields after mapping</source>
        <translation>la colonne d’horodatage «&#xa0;%1&#xa0;» n’est pas un champ écrit par la correspondance (%2)&#xa0;: les colonnes des règles nomment des champs après correspondance</translation>
    </message>
    <message>
        <source>append mode never updates rows, so the timestamp column is not used</source>
        <translation>le mode ajout ne met jamais de lignes à jour, la colonne d’horodatage n’est donc pas utilisée</translation>
    </message>
    <message>
        <source>the delete column &apos;%1&apos; is not a field the mapping writes (%2): rule columns name fields after mapping</source>
        <translation>la colonne de suppression «&#xa0;%1&#xa0;» n’est pas un champ écrit par la correspondance (%2)&#xa0;: les colonnes des règles nomment des champs après correspondance</translation>
    </message>
    <message>
        <source>append mode never deletes: rows marked in the delete column are only left out</source>
        <translation>le mode ajout ne supprime jamais&#xa0;: les lignes marquées dans la colonne de suppression sont seulement laissées de côté</translation>
    </message>
    <message>
        <source>the most rows a run may delete without asking must be from 0 to %1</source>
        <translation>le nombre maximal de lignes qu’une exécution peut supprimer sans demander doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <source>the largest share of the target a run may delete without asking must be from 0 to 1 (0.5 is half)</source>
        <translation>la part maximale de la cible qu’une exécution peut supprimer sans demander doit être comprise entre 0 et 1 (0.5 pour la moitié)</translation>
    </message>
    <message>
        <source>the number of tries must be from 1 to %1 (the first try included)</source>
        <translation>le nombre de tentatives doit être compris entre 1 et %1 (la première comprise)</translation>
    </message>
    <message>
        <source>the first retry delay must be from 0 to %1 ms (10 minutes)</source>
        <translation>le premier délai avant nouvelle tentative doit être compris entre 0 et %1 ms (10 minutes)</translation>
    </message>
    <message>
        <source>the longest retry delay must be from 0 to %1 ms (an hour)</source>
        <translation>le plus long délai avant nouvelle tentative doit être compris entre 0 et %1 ms (une heure)</translation>
    </message>
    <message>
        <source>the longest wait a server may ask for must be from 0 to %1 ms (an hour)</source>
        <translation>la plus longue attente qu’un serveur peut demander doit être comprise entre 0 et %1 ms (une heure)</translation>
    </message>
    <message>
        <source>the time limit of one request must be from 1000 ms to 24 hours</source>
        <translation>la durée maximale d’une requête doit être comprise entre 1000 ms et 24 heures</translation>
    </message>
    <message>
        <source>the time limit of a whole run must be from 1000 ms to %1 ms (a week)</source>
        <translation>la durée maximale d’une exécution complète doit être comprise entre 1000 ms et %1 ms (une semaine)</translation>
    </message>
    <message>
        <source>the longest retry delay (%1 ms) is shorter than the first (%2 ms): every retry waits %1 ms</source>
        <translation>le plus long délai avant nouvelle tentative (%1 ms) est plus court que le premier (%2 ms)&#xa0;: chaque nouvelle tentative attend %1 ms</translation>
    </message>
    <message>
        <source>the job has no id: give it one that stays the same when the job is renamed</source>
        <translation>la tâche n’a pas d’identifiant&#xa0;: donnez-lui-en un qui reste le même quand la tâche est renommée</translation>
    </message>
    <message>
        <source>the log level &apos;%1&apos; is unknown: use debug, info or warning</source>
        <translation>le niveau de journal «&#xa0;%1&#xa0;» est inconnu&#xa0;: utilisez debug, info ou warning</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this computer knows: use an IANA name such as Europe/Berlin or America/New_York, or leave it empty for local time</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu de cet ordinateur&#xa0;: utilisez un nom IANA comme Europe/Paris ou America/New_York, ou laissez vide pour l’heure locale</translation>
    </message>
    <message>
        <source>a SQL table target deletes rows by key: set sync.key to the column(s) that identify a row</source>
        <translation>une cible table SQL supprime les lignes par clé&#xa0;: donnez à sync.key la ou les colonnes qui identifient une ligne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is plain http://: what Ferry sends can be read on the way; use https://</source>
        <translation>«&#xa0;%1&#xa0;» est en http:// simple&#xa0;: ce que Ferry envoie peut être lu en chemin&#xa0;; utilisez https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’en-tête valide</translation>
    </message>
    <message>
        <source>the value of the header &apos;%1&apos; holds control characters</source>
        <translation>la valeur de l’en-tête «&#xa0;%1&#xa0;» contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the API&apos;s address is missing: give target.base_url, e.g. https://api.example.com/v1</source>
        <translation>l’adresse de l’API manque&#xa0;: indiquez target.base_url, p. ex. https://api.example.com/v1</translation>
    </message>
    <message>
        <source>the list path is missing: give the path where the records are listed, e.g. /contacts</source>
        <translation>le chemin de la liste manque&#xa0;: indiquez le chemin où les enregistrements sont listés, p. ex. /contacts</translation>
    </message>
    <message>
        <source>the record path &apos;%1&apos; has no {id}: write where the record&apos;s id goes, e.g. /contacts/{id}</source>
        <translation>le chemin d’enregistrement «&#xa0;%1&#xa0;» n’a pas de {id}&#xa0;: écrivez où va l’identifiant de l’enregistrement, p. ex. /contacts/{id}</translation>
    </message>
    <message>
        <source>unknown update method &apos;%1&apos;: use PATCH or PUT</source>
        <translation>méthode de mise à jour inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez PATCH ou PUT</translation>
    </message>
    <message>
        <source>the page size must be from 1 to 10000 (or left out for 100)</source>
        <translation>la taille de page doit être comprise entre 1 et 10000 (ou omise pour 100)</translation>
    </message>
    <message>
        <source>the webhook&apos;s address is missing: give target.url, where each change is posted</source>
        <translation>l’adresse du webhook manque&#xa0;: indiquez target.url, où chaque changement est envoyé</translation>
    </message>
    <message>
        <source>retries must be from 0 to 100 (or left out for 10)</source>
        <translation>le nombre de nouvelles tentatives doit être compris entre 0 et 100 (ou omis pour 10)</translation>
    </message>
    <message>
        <source>the deliveries at once must be from 1 to 64 (or left out for 4)</source>
        <translation>le nombre de livraisons simultanées doit être compris entre 1 et 64 (ou omis pour 4)</translation>
    </message>
    <message>
        <source>the signing secret must be a reference: env:NAME, file:PATH or keychain:NAME</source>
        <translation>le secret de signature doit être une référence&#xa0;: env:NOM, file:CHEMIN ou keychain:NOM</translation>
    </message>
    <message>
        <source>the secret reference &apos;%1&apos; names nothing: write %2:NAME</source>
        <translation>la référence de secret «&#xa0;%1&#xa0;» ne nomme rien&#xa0;: écrivez %2:NOM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is plain http://: Ferry sends credentials only over https:// (or to this machine, for tests); use an https:// address</source>
        <translation>«&#xa0;%1&#xa0;» est en http:// simple&#xa0;: Ferry n’envoie les identifiants qu’en https:// (ou à cet ordinateur, pour les tests)&#xa0;; utilisez une adresse https://</translation>
    </message>
    <message>
        <source>the bearer token is missing: refer to it with {secret: env:NAME}</source>
        <translation>le jeton Bearer manque&#xa0;: faites-y référence avec {secret: env:NOM}</translation>
    </message>
    <message>
        <source>the user name for basic authentication is missing</source>
        <translation>le nom d’utilisateur de l’authentification Basic manque</translation>
    </message>
    <message>
        <source>the password for basic authentication is missing: refer to it with {secret: env:NAME}</source>
        <translation>le mot de passe de l’authentification Basic manque&#xa0;: faites-y référence avec {secret: env:NOM}</translation>
    </message>
    <message>
        <source>the API key&apos;s header or query parameter name is missing (e.g. X-API-Key)</source>
        <translation>le nom de l’en-tête ou du paramètre de requête de la clé d’API manque (p. ex. X-API-Key)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header or parameter name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’en-tête ou de paramètre valide</translation>
    </message>
    <message>
        <source>the API key is missing: refer to it with {secret: env:NAME}</source>
        <translation>la clé d’API manque&#xa0;: faites-y référence avec {secret: env:NOM}</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint is missing: give its https:// address</source>
        <translation>le point de terminaison du jeton OAuth2 manque&#xa0;: indiquez son adresse https://</translation>
    </message>
    <message>
        <source>the OAuth2 client id is missing</source>
        <translation>l’ID client OAuth2 manque</translation>
    </message>
    <message>
        <source>the OAuth2 client secret is missing: refer to it with {secret: env:NAME}</source>
        <translation>le secret client OAuth2 manque&#xa0;: faites-y référence avec {secret: env:NOM}</translation>
    </message>
    <message>
        <source>the OAuth2 refresh token is missing: refer to it with {secret: keychain:NAME} or {secret: file:PATH} (so that a new one the server issues can be saved)</source>
        <translation>le jeton d’actualisation OAuth2 manque&#xa0;: faites-y référence avec {secret: keychain:NOM} ou {secret: file:CHEMIN} (pour qu’un nouveau jeton émis par le serveur puisse être enregistré)</translation>
    </message>
    <message>
        <source>a client secret is given without the client id it belongs to</source>
        <translation>un secret client est donné sans l’ID client auquel il appartient</translation>
    </message>
    <message>
        <source>credentials would travel over plain http:// to %1: use an https:// address</source>
        <translation>les identifiants transiteraient en http:// simple vers %1&#xa0;: utilisez une adresse https://</translation>
    </message>
    <message>
        <source>the proxy must be auto, none or an address such as http://proxy.example:3128 or socks5://host:1080</source>
        <translation>le proxy doit être auto, none ou une adresse comme http://proxy.example:3128 ou socks5://host:1080</translation>
    </message>
    <message>
        <source>the request timeout must be from %1 to %2 ms (or left out for retry.request_timeout_ms)</source>
        <translation>le délai d’attente d’une requête doit être compris entre %1 et %2 ms (ou omis pour retry.request_timeout_ms)</translation>
    </message>
    <message>
        <source>the rate limit must be from 0 (none) to %1 requests per second</source>
        <translation>la limite de débit doit être comprise entre 0 (aucune) et %1 requêtes par seconde</translation>
    </message>
    <message>
        <source>the API address is missing: give the URL of the first page</source>
        <translation>l’adresse de l’API manque&#xa0;: indiquez l’URL de la première page</translation>
    </message>
    <message>
        <source>the HTTP source reads with GET only, not &apos;%1&apos;</source>
        <translation>la source HTTP lit uniquement avec GET, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the Authorization header would keep a credential in the job file: use auth: (bearer, basic, api_key or oauth2) instead</source>
        <translation>l’en-tête Authorization garderait un identifiant dans le fichier de tâche&#xa0;: utilisez plutôt auth: (bearer, basic, api_key ou oauth2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid HTTP header name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’en-tête HTTP valide</translation>
    </message>
    <message>
        <source>a query parameter has no name</source>
        <translation>un paramètre de requête n’a pas de nom</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer: write it as /data/items (or leave it empty when the answer is the array itself)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pointeur JSON&#xa0;: écrivez-le sous la forme /data/items (ou laissez-le vide quand la réponse est le tableau lui-même)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer: write it as /links/next (or leave it empty for the Link header)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pointeur JSON&#xa0;: écrivez-le sous la forme /links/next (ou laissez-le vide pour l’en-tête Link)</translation>
    </message>
    <message>
        <source>the cursor&apos;s place in the answer is missing: give a JSON pointer such as /meta/next_cursor</source>
        <translation>l’emplacement du curseur dans la réponse manque&#xa0;: indiquez un pointeur JSON comme /meta/next_cursor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer: write it as /meta/next_cursor</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pointeur JSON&#xa0;: écrivez-le sous la forme /meta/next_cursor</translation>
    </message>
    <message>
        <source>the first page&apos;s number must be from 0 to 1000000</source>
        <translation>le numéro de la première page doit être compris entre 0 et 1000000</translation>
    </message>
    <message>
        <source>the page size must be from 1 to %1 (or left out)</source>
        <translation>la taille de page doit être comprise entre 1 et %1 (ou omise)</translation>
    </message>
    <message>
        <source>the page limit must be from 1 to %1 (or left out)</source>
        <translation>la limite de pages doit être comprise entre 1 et %1 (ou omise)</translation>
    </message>
    <message>
        <source>authorize_url is for signing in with a browser, which gives a refresh token: the client_credentials grant does not use it (set grant: refresh_token to use the sign-in)</source>
        <translation>authorize_url sert à la connexion avec un navigateur, qui fournit un jeton d’actualisation&#xa0;: l’autorisation client_credentials ne l’utilise pas (mettez grant: refresh_token pour utiliser la connexion)</translation>
    </message>
</context>
<context>
    <name>Ferry::JsonFileSource</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
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
        <translation>Fichier NDJSON</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Fichier JSON</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a JSON file holds an array of records, [] when there are none</source>
        <translation>%1 est vide&#xa0;: un fichier JSON contient un tableau d’enregistrements, [] quand il n’y en a aucun</translation>
    </message>
    <message>
        <source>%1 is UTF-16; JSON files must be UTF-8: save it as UTF-8</source>
        <translation>%1 est en UTF-16&#xa0;; les fichiers JSON doivent être en UTF-8&#xa0;: enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>%1: records %2: %3 has no key &apos;%4&apos; (its keys: %5): correct the pointer</source>
        <translation>%1&#xa0;: records %2&#xa0;: %3 n’a pas de clé «&#xa0;%4&#xa0;» (ses clés&#xa0;: %5)&#xa0;: corrigez le pointeur</translation>
    </message>
    <message>
        <source>%1: records %2: %3 is an array without an item &apos;%4&apos;</source>
        <translation>%1&#xa0;: records %2&#xa0;: %3 est un tableau sans élément «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1: records %2: %3 is %4, which has no &apos;%5&apos;</source>
        <translation>%1&#xa0;: records %2&#xa0;: %3 est %4, qui n’a pas de «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <source>%1 holds an object, not an array of records: set records to the JSON pointer of the array inside it (records: /items)</source>
        <translation>%1 contient un objet, pas un tableau d’enregistrements&#xa0;: donnez à records le pointeur JSON du tableau qu’il contient (records: /items)</translation>
    </message>
    <message>
        <source>%1 holds %2, not an array of records</source>
        <translation>%1 contient %2, pas un tableau d’enregistrements</translation>
    </message>
    <message>
        <source>%1: records %2 is %3, not an array of records</source>
        <translation>%1&#xa0;: records %2 est %3, pas un tableau d’enregistrements</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: the file is not valid JSON</source>
        <translation>%1:%2:%3&#xa0;: %4&#xa0;: le fichier n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>column %1: %2: the line is not a JSON object</source>
        <translation>colonne %1&#xa0;: %2&#xa0;: la ligne n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>cancelled while reading the source</source>
        <translation>annulé pendant la lecture de la source</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; has a type, but no record of %2 has such a key (their keys: %3)</source>
        <translation>la colonne «&#xa0;%1&#xa0;» a un type, mais aucun enregistrement de %2 n’a cette clé (leurs clés&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 holds no records, so its columns are unknown</source>
        <translation>%1 ne contient aucun enregistrement, donc ses colonnes sont inconnues</translation>
    </message>
    <message>
        <source>the record is %1, not an object: each record must be {&quot;key&quot;: value, …}</source>
        <translation>l’enregistrement est %1, pas un objet&#xa0;: chaque enregistrement doit être {&quot;key&quot;: value, …}</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; was not in the file when its columns were read: the file changed while it was read; run the job again</source>
        <translation>la clé «&#xa0;%1&#xa0;» n’était pas dans le fichier quand ses colonnes ont été lues&#xa0;: le fichier a changé pendant sa lecture&#xa0;; relancez la tâche</translation>
    </message>
    <message>
        <source>%1 is not a single value: declare the column json, or text</source>
        <translation>%1 n’est pas une valeur simple&#xa0;: déclarez la colonne json, ou text</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 record %2 (line %3): %4</source>
        <translation>%1 enregistrement %2 (ligne %3)&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>%n ligne lue en %1 ms</numerusform>
            <numerusform>%n lignes lues en %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::KeyValueEdit</name>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
</context>
<context>
    <name>Ferry::Keychain</name>
    <message>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 cannot be reached because no D-Bus session bus is running (%2); start Ferry in a desktop session, or keep this secret in an environment variable or a file</source>
        <translation>trousseau indisponible&#xa0;: %1 est injoignable car aucun bus de session D-Bus ne tourne (%2)&#xa0;; lancez Ferry dans une session de bureau, ou gardez ce secret dans une variable d’environnement ou un fichier</translation>
    </message>
    <message>
        <source>keychain unavailable: no Secret Service is running (gnome-keyring or KWallet) (%1); start one, or keep this secret in an environment variable or a file</source>
        <translation>trousseau indisponible&#xa0;: aucun Secret Service ne tourne (gnome-keyring ou KWallet) (%1)&#xa0;; lancez-en un, ou gardez ce secret dans une variable d’environnement ou un fichier</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 has no default keyring to keep secrets in (%2); log in to a desktop session once so that one is created and unlocked, or keep this secret in an environment variable or a file</source>
        <translation>trousseau indisponible&#xa0;: %1 n’a pas de trousseau par défaut où garder les secrets (%2)&#xa0;; ouvrez une fois une session de bureau pour qu’il soit créé et déverrouillé, ou gardez ce secret dans une variable d’environnement ou un fichier</translation>
    </message>
    <message>
        <source>keychain unavailable: the keyring of %1 is locked or refused access (%2); unlock it (log in to the desktop session again, or open the keyring manager) and retry, or keep this secret in an environment variable or a file</source>
        <translation>trousseau indisponible&#xa0;: le trousseau de %1 est verrouillé ou a refusé l’accès (%2)&#xa0;; déverrouillez-le (reconnectez-vous à la session de bureau, ou ouvrez le gestionnaire de trousseaux) et réessayez, ou gardez ce secret dans une variable d’environnement ou un fichier</translation>
    </message>
    <message>
        <source>keychain unavailable: this system offers no keychain Ferry can use (%1); keep this secret in an environment variable or a file</source>
        <translation>trousseau indisponible&#xa0;: ce système n’offre aucun trousseau utilisable par Ferry (%1)&#xa0;; gardez ce secret dans une variable d’environnement ou un fichier</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 did not answer within %2 s (a password prompt may be waiting); answer it and retry, or keep this secret in an environment variable or a file</source>
        <translation>trousseau indisponible&#xa0;: %1 n’a pas répondu en %2 s (une demande de mot de passe attend peut-être)&#xa0;; répondez-y et réessayez, ou gardez ce secret dans une variable d’environnement ou un fichier</translation>
    </message>
    <message>
        <source>keychain unavailable: the application is shutting down</source>
        <translation>trousseau indisponible&#xa0;: l’application est en train de se fermer</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 failed (%2); keep this secret in an environment variable or a file instead</source>
        <translation>trousseau indisponible&#xa0;: %1 a échoué (%2)&#xa0;; gardez plutôt ce secret dans une variable d’environnement ou un fichier</translation>
    </message>
    <message>
        <source>%1 should be in the keychain entry &apos;%2&apos; (service %3), which does not exist; store the secret again (the job&apos;s editor in the Ferry app), or refer to it with {secret: env:NAME} or {secret: file:PATH}</source>
        <translation>%1 devrait se trouver dans l’entrée de trousseau «&#xa0;%2&#xa0;» (service %3), qui n’existe pas&#xa0;; enregistrez à nouveau le secret (l’éditeur de la tâche dans l’application Ferry), ou faites-y référence avec {secret: env:NOM} ou {secret: file:CHEMIN}</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>le secret</translation>
    </message>
    <message>
        <source>the keychain was reached through a D-Bus session started on demand for this program, which ends with the display: secrets stored now may be lost; start Ferry in a desktop session, or keep secrets in environment variables or files</source>
        <translation>le trousseau a été atteint via une session D-Bus lancée à la demande pour ce programme, qui se termine avec l’affichage&#xa0;: les secrets enregistrés maintenant risquent d’être perdus&#xa0;; lancez Ferry dans une session de bureau, ou gardez les secrets dans des variables d’environnement ou des fichiers</translation>
    </message>
    <message>
        <source>keychain unavailable: %1 did not return what was just written to it; keep this secret in an environment variable or a file</source>
        <translation>trousseau indisponible&#xa0;: %1 n’a pas rendu ce qui venait d’y être écrit&#xa0;; gardez ce secret dans une variable d’environnement ou un fichier</translation>
    </message>
    <message>
        <source>the keychain&apos;s test entry %1 (service %2) could not be deleted; delete it by hand: %3</source>
        <translation>l’entrée de test du trousseau %1 (service %2) n’a pas pu être supprimée&#xa0;; supprimez-la à la main&#xa0;: %3</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>le trousseau de macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>le Gestionnaire d’identification de Windows</translation>
    </message>
    <message>
        <source>KWallet or the Secret Service</source>
        <translation>KWallet ou le Secret Service</translation>
    </message>
    <message>
        <source>the Secret Service (libsecret)</source>
        <translation>le Secret Service (libsecret)</translation>
    </message>
    <message>
        <source>KWallet (libsecret is not installed)</source>
        <translation>KWallet (libsecret n’est pas installé)</translation>
    </message>
    <message>
        <source>%1 refers to the keychain but names no entry: write keychain:NAME</source>
        <translation>%1 fait référence au trousseau mais ne nomme aucune entrée&#xa0;: écrivez keychain:NOM</translation>
    </message>
</context>
<context>
    <name>Ferry::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Ferry::LogView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>Everything, debug included</source>
        <translation>Tout, débogage compris</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Informations et au-delà</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Selected job &amp;only</source>
        <translation>Tâche sélectionnée &amp;seule</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Follo&amp;w</source>
        <translation>Sui&amp;vre</translation>
    </message>
    <message>
        <source>Keep the newest entry in view</source>
        <translation>Garder la dernière entrée visible</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Only &apos;%1&apos;</source>
        <translation>&amp;Seulement «&#xa0;%1&#xa0;»</translation>
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
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>%1 was held: %2. Preview it to see the deletes and confirm them.</source>
        <translation>%1 a été retenue&#xa0;: %2. Affichez-en l’aperçu pour voir les suppressions et les confirmer.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Aucune tâche pour l’instant</translation>
    </message>
    <message>
        <source>A job copies the rows of a database table or query into a cloud data source or another database, showing you every change before it is made. Make one with New Job…, or bring in Ferry job files or Fliplet Agent configs with Import….</source>
        <translation>Une tâche copie les lignes d’une table ou d’une requête de base de données dans une source de données en ligne ou une autre base, en vous montrant chaque changement avant qu’il soit fait. Créez-en une avec Nouvelle tâche…, ou ajoutez des fichiers de tâche Ferry ou des configurations Fliplet Agent avec Importer….</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Make a job: its source, target, mapping and schedule</source>
        <translation>Créer une tâche&#xa0;: sa source, sa cible, sa correspondance et sa planification</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the job&apos;s source, target, mapping and schedule</source>
        <translation>Modifier la source, la cible, la correspondance et la planification de la tâche</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>See exactly what the job would insert, update and delete, then apply it</source>
        <translation>Voir exactement ce que la tâche insérerait, mettrait à jour et supprimerait, puis l’appliquer</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>Run the job now, without a preview</source>
        <translation>Exécuter la tâche maintenant, sans aperçu</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>Stop the job&apos;s run or preview</source>
        <translation>Arrêter l’exécution ou l’aperçu de la tâche</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Make a copy of the job</source>
        <translation>Faire une copie de la tâche</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the job (its file is kept in the .deleted folder)</source>
        <translation>Supprimer la tâche (son fichier est gardé dans le dossier .deleted)</translation>
    </message>
    <message>
        <source>Write the selected jobs (or all) to a folder as Ferry job files</source>
        <translation>Écrire les tâches sélectionnées (ou toutes) dans un dossier, en fichiers de tâche Ferry</translation>
    </message>
    <message>
        <source>Add Ferry job files or Fliplet Agent configs to the job list</source>
        <translation>Ajouter des fichiers de tâche Ferry ou des configurations Fliplet Agent à la liste des tâches</translation>
    </message>
    <message>
        <source>Open Job &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier des tâches</translation>
    </message>
    <message>
        <source>Show the folder of job files that Ferry and ferry-cli share</source>
        <translation>Afficher le dossier des fichiers de tâche que partagent Ferry et ferry-cli</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation>Quitter Ferry</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Choose Ferry&apos;s language and what the log shows</source>
        <translation>Choisir la langue de Ferry et ce qu’affiche le journal</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>À &amp;propos de Ferry</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>À propos de Ferry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Syncs your databases into cloud data sources, with a preview of every change before it is made.&lt;/p&gt;&lt;p&gt;Jobs: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ferry %1&lt;/h3&gt;&lt;p&gt;Synchronise vos bases de données vers des sources de données en ligne, avec un aperçu de chaque changement avant qu’il soit fait.&lt;/p&gt;&lt;p&gt;Tâches&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit job</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>%1 is a Fliplet Agent config. Saving it from the editor rewrites the file in Ferry&apos;s format, which Fliplet Agent cannot read, and keeps its token outside the file.</source>
        <translation>%1 est une configuration Fliplet Agent. L’enregistrer depuis l’éditeur réécrit le fichier au format de Ferry, que Fliplet Agent ne sait pas lire, et garde son jeton hors du fichier.</translation>
    </message>
    <message>
        <source>Edit in Ferry&apos;s format</source>
        <translation>Modifier au format de Ferry</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is running now: preview it once the run is over.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours d’exécution&#xa0;: affichez son aperçu une fois l’exécution terminée.</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Delete the job &apos;%1&apos;?

Its file is moved to %2, from where it can be restored; its run history stays.</source>
        <translation>Supprimer la tâche «&#xa0;%1&#xa0;»&#xa0;?

Son fichier est déplacé dans %2, d’où il peut être restauré&#xa0;; son historique d’exécution est conservé.</translation>
    </message>
    <message>
        <source>Delete these %1 jobs?

%2

Their files are moved to %3, from where they can be restored; their run history stays.</source>
        <translation>Supprimer ces %1 tâches&#xa0;?

%2

Leurs fichiers sont déplacés dans %3, d’où ils peuvent être restaurés&#xa0;; leur historique d’exécution est conservé.</translation>
    </message>
    <message>
        <source>Delete jobs</source>
        <translation>Supprimer des tâches</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s); the files are in %1</source>
        <translation>
            <numerusform>%n tâche supprimée&#xa0;; le fichier est dans %1</numerusform>
            <numerusform>%n tâches supprimées&#xa0;; les fichiers sont dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n job(s) to</source>
        <translation>
            <numerusform>Exporter %n tâche vers</numerusform>
            <numerusform>Exporter %n tâches vers</numerusform>
        </translation>
    </message>
    <message>
        <source>Export jobs</source>
        <translation>Exporter des tâches</translation>
    </message>
    <message>
        <source>%1 holds files of these names already:

%2

Replace them?</source>
        <translation>%1 contient déjà des fichiers de ces noms&#xa0;:

%2

Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1</source>
        <translation>
            <numerusform>%n tâche exportée vers %1</numerusform>
            <numerusform>%n tâches exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation>Importer des tâches</translation>
    </message>
    <message>
        <source>Job files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers de tâche (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n job(s)</source>
        <translation>
            <numerusform>%n tâche importée</numerusform>
            <numerusform>%n tâches importées</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Schedules paused: jobs run only when you start them.</source>
        <translation>Planifications suspendues&#xa0;: les tâches ne s’exécutent que si vous les lancez.</translation>
    </message>
    <message>
        <source>Schedules resumed.</source>
        <translation>Planifications reprises.</translation>
    </message>
    <message>
        <source>Pause &amp;Schedule</source>
        <translation>Suspen&amp;dre la planification</translation>
    </message>
    <message>
        <source>Keep the job from running by itself on its schedule (Run Now still runs it)</source>
        <translation>Empêcher la tâche de s’exécuter d’elle-même selon sa planification (Exécuter maintenant l’exécute toujours)</translation>
    </message>
    <message>
        <source>Pause &amp;All Schedules</source>
        <translation>Suspendre &amp;toutes les planifications</translation>
    </message>
    <message>
        <source>No job runs by itself until schedules are resumed</source>
        <translation>Aucune tâche ne s’exécute d’elle-même jusqu’à la reprise des planifications</translation>
    </message>
    <message numerus="yes">
        <source>Started %n job(s)</source>
        <translation>
            <numerusform>%n tâche lancée</numerusform>
            <numerusform>%n tâches lancées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n job(s); not started: %1</source>
        <translation>
            <numerusform>%n tâche lancée&#xa0;; non lancées&#xa0;: %1</numerusform>
            <numerusform>%n tâches lancées&#xa0;; non lancées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started in the running Ferry</source>
        <translation>%1 a démarré dans le Ferry déjà ouvert</translation>
    </message>
    <message>
        <source>unknown request &apos;%1&apos;</source>
        <translation>demande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry tourne toujours</translation>
    </message>
    <message>
        <source>Scheduled jobs keep running from the tray. To quit, use Quit in the tray&apos;s menu or File ▸ Quit.</source>
        <translation>Les tâches planifiées continuent de s’exécuter depuis la zone de notification. Pour quitter, utilisez Quitter dans son menu ou Fichier ▸ Quitter.</translation>
    </message>
    <message numerus="yes">
        <source>Finishing %n run(s), then Ferry quits…</source>
        <translation>
            <numerusform>Fin de %n exécution, puis Ferry quitte…</numerusform>
            <numerusform>Fin de %n exécutions, puis Ferry quitte…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are writing to their targets. Let them finish, then quit? Or stop them now: what the targets confirmed stays, and the next run completes the rest.</source>
        <translation>
            <numerusform>%n tâche écrit dans sa cible. La laisser finir, puis quitter&#xa0;? Ou l’arrêter maintenant&#xa0;: ce que la cible a confirmé reste, et la prochaine exécution complète le reste.</numerusform>
            <numerusform>%n tâches écrivent dans leurs cibles. Les laisser finir, puis quitter&#xa0;? Ou les arrêter maintenant&#xa0;: ce que les cibles ont confirmé reste, et la prochaine exécution complète le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish, then quit</source>
        <translation>Finir, puis quitter</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>Ferry is quitting once its runs end</source>
        <translation>Ferry quitte dès que ses exécutions sont terminées</translation>
    </message>
</context>
<context>
    <name>Ferry::Mapping</name>
    <message>
        <source>the mapping reads column &apos;%1&apos;, which the source does not have (it has %2)</source>
        <translation>la correspondance lit la colonne «&#xa0;%1&#xa0;», que la source n’a pas (elle a %2)</translation>
    </message>
    <message>
        <source>two mappings write the field &apos;%1&apos;</source>
        <translation>deux correspondances écrivent le champ «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Ferry::MappingModel</name>
    <message>
        <source>a floating-point key may not match exactly: prefer a whole number or text</source>
        <translation>une clé à virgule flottante peut ne pas correspondre exactement&#xa0;: préférez un nombre entier ou du texte</translation>
    </message>
    <message>
        <source>timestamps are read from this text: ISO 8601 or a common SQL form</source>
        <translation>les horodatages sont lus depuis ce texte&#xa0;: ISO 8601 ou une forme SQL courante</translation>
    </message>
    <message>
        <source>bytes are sent as base64 text</source>
        <translation>les octets sont envoyés en texte base64</translation>
    </message>
    <message>
        <source>the data source has this field in another case: Fliplet field names are case-sensitive</source>
        <translation>la source de données a ce champ avec une autre casse&#xa0;: les noms de champs Fliplet sont sensibles à la casse</translation>
    </message>
    <message>
        <source>a new field in the data source</source>
        <translation>un nouveau champ dans la source de données</translation>
    </message>
    <message>
        <source>not a column of the table (yet)</source>
        <translation>pas (encore) une colonne de la table</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisée</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisée</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Colonne source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Champ cible</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Suppression logique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Rows match target records by these fields (several: a composite key)</source>
        <translation>Les lignes sont associées aux enregistrements de la cible par ces champs (plusieurs&#xa0;: une clé composée)</translation>
    </message>
    <message>
        <source>Update a record only when this field is newer in the source</source>
        <translation>Ne mettre à jour un enregistrement que si ce champ est plus récent dans la source</translation>
    </message>
    <message>
        <source>Rows with a value in this field are deleted from the target</source>
        <translation>Les lignes ayant une valeur dans ce champ sont supprimées de la cible</translation>
    </message>
</context>
<context>
    <name>Ferry::MediaColumns</name>
    <message>
        <source>the file column &apos;%1&apos; is not among the rows&apos; columns (%2): name a column of the query or of the mapping</source>
        <translation>la colonne de fichier «&#xa0;%1&#xa0;» ne fait pas partie des colonnes des lignes (%2)&#xa0;: nommez une colonne de la requête ou de la correspondance</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>à téléverser&#xa0;: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>row with key %1</source>
        <translation>ligne de clé %1</translation>
    </message>
    <message>
        <source> (the row is not written; the next run tries again)</source>
        <translation> (la ligne n’est pas écrite&#xa0;; la prochaine exécution réessaiera)</translation>
    </message>
    <message numerus="yes">
        <source>file columns: %n file(s) already in Fliplet media</source>
        <translation>
            <numerusform>colonnes de fichiers&#xa0;: %n fichier déjà dans les médias Fliplet</numerusform>
            <numerusform>colonnes de fichiers&#xa0;: %n fichiers déjà dans les médias Fliplet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%n fichier à téléverser</numerusform>
            <numerusform>%n fichiers à téléverser</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1: uploading %2 (%3) to Fliplet media failed: %4</source>
        <translation>colonne %1&#xa0;: le téléversement de %2 (%3) vers les médias Fliplet a échoué&#xa0;: %4</translation>
    </message>
    <message>
        <source>the file changed after the preview was made; preview again to upload the new one</source>
        <translation>le fichier a changé depuis l’aperçu ; refaites l’aperçu pour envoyer le nouveau</translation>
    </message>
</context>
<context>
    <name>Ferry::MediaFileFetcher</name>
    <message>
        <source>the file %1 does not exist: fix the path in the row, or the column&apos;s directory</source>
        <translation>le fichier %1 n’existe pas&#xa0;: corrigez le chemin dans la ligne, ou le répertoire de la colonne</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n’est pas un fichier</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MiB, which Ferry does not upload</source>
        <translation>le fichier %1 dépasse %2 Mio&#xa0;: Ferry ne téléverse pas de fichiers aussi gros</translation>
    </message>
    <message>
        <source>cannot read the file %1 (%2): check its permissions</source>
        <translation>impossible de lire le fichier %1 (%2)&#xa0;: vérifiez ses permissions</translation>
    </message>
    <message>
        <source>reading the file %1 failed (%2)</source>
        <translation>la lecture du fichier %1 a échoué (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL (a remote file column holds URLs; use type: local for paths)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https:// (une colonne de fichiers distants contient des URL&#xa0;; utilisez type: local pour des chemins)</translation>
    </message>
    <message>
        <source>the file&apos;s host refused %1: HTTP %2; set the headers it needs (headers: in the file column)</source>
        <translation>l’hôte du fichier a refusé %1&#xa0;: HTTP %2&#xa0;; indiquez les en-têtes qu’il exige (headers: dans la colonne de fichier)</translation>
    </message>
    <message>
        <source>downloading %1 failed: HTTP %2</source>
        <translation>le téléchargement de %1 a échoué&#xa0;: HTTP %2</translation>
    </message>
    <message>
        <source>the path %1 leads out of the column&apos;s directory %2: fix the path in the row, or remove the column&apos;s directory if its rows hold full paths</source>
        <translation>le chemin %1 sort du dossier de la colonne %2 : corrigez le chemin dans la ligne, ou retirez le dossier de la colonne si ses lignes contiennent des chemins complets</translation>
    </message>
    <message>
        <source>downloading %1 failed: %2</source>
        <translation>le téléchargement de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleAccountEdit</name>
    <message>
        <source>Other values:</source>
        <translation>Autres valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Account values the module does not describe: passed to init(account) as well.</source>
        <translation>Valeurs de compte que le module ne décrit pas&#xa0;: transmises elles aussi à init(account).</translation>
    </message>
    <message>
        <source>Reading the module&apos;s fields…</source>
        <translation>Lecture des champs du module…</translation>
    </message>
    <message>
        <source>No form for this module&apos;s account, only the list: %1</source>
        <translation>Pas de formulaire pour le compte de ce module, seulement la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 describes no account fields.</source>
        <translation>%1 ne décrit aucun champ de compte.</translation>
    </message>
    <message>
        <source>Not described by this module: kept because a value was typed.</source>
        <translation>Non décrit par ce module&#xa0;: conservé parce qu’une valeur a été saisie.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form field&apos;s label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleAccountFields</name>
    <message>
        <source>%1 exports no accountFields: its account is edited as a name/value list (a module describes it with exports.accountFields = [{name, type, secret, help}])</source>
        <translation>%1 n’exporte pas accountFields&#xa0;: son compte se modifie sous forme de liste nom/valeur (un module le décrit avec exports.accountFields = [{name, type, secret, help}])</translation>
    </message>
    <message>
        <source>%1 exports accountFields as %2, not an array: write exports.accountFields = [{name, type, secret, help}]</source>
        <translation>%1 exporte accountFields comme %2, et non comme tableau&#xa0;: écrivez exports.accountFields = [{name, type, secret, help}]</translation>
    </message>
    <message>
        <source>%1: %2 is %3, not an object: each entry is {name, type, secret, help}</source>
        <translation>%1&#xa0;: %2 est %3, et non un objet&#xa0;: chaque entrée est {name, type, secret, help}</translation>
    </message>
    <message>
        <source>%1: %2 (%3) has no name: give it a non-empty text name, the key init(account) reads</source>
        <translation>%1&#xa0;: %2 (%3) n’a pas de nom&#xa0;: donnez-lui un nom textuel non vide, la clé que lit init(account)</translation>
    </message>
    <message>
        <source>%1: %2 names &apos;%3&apos; a second time: each account field once</source>
        <translation>%1&#xa0;: %2 nomme «&#xa0;%3&#xa0;» une deuxième fois&#xa0;: décrivez chaque champ de compte une seule fois</translation>
    </message>
    <message>
        <source>%1: %2 (&apos;%3&apos;) has the type %4: use text, number, boolean, url or password (or leave it out for text)</source>
        <translation>%1&#xa0;: %2 («&#xa0;%3&#xa0;») a le type %4&#xa0;: utilisez text, number, boolean, url ou password (ou omettez-le pour text)</translation>
    </message>
    <message>
        <source>%1: %2 (&apos;%3&apos;) has secret: %4: write true or false</source>
        <translation>%1&#xa0;: %2 («&#xa0;%3&#xa0;») a secret: %4&#xa0;: écrivez true ou false</translation>
    </message>
    <message>
        <source>%1: %2 (&apos;%3&apos;) has help: %4: write a text</source>
        <translation>%1&#xa0;: %2 («&#xa0;%3&#xa0;») a help: %4&#xa0;: écrivez un texte</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleConnection</name>
    <message>
        <source>the module %1 does not export %2(), which a module %3 needs (%4): add it, or name another module in %5.file</source>
        <translation>le module %1 n’exporte pas %2(), dont un module %3 a besoin (%4)&#xa0;: ajoutez-la, ou indiquez un autre module dans %5.file</translation>
    </message>
    <message>
        <source>the module has no file: set %1 to the JavaScript module</source>
        <translation>le module n’a pas de fichier&#xa0;: indiquez le module JavaScript dans %1</translation>
    </message>
    <message>
        <source>the module file %1 does not exist: correct %2 (relative to the job file&apos;s folder)</source>
        <translation>le fichier de module %1 n’existe pas&#xa0;: corrigez %2 (relatif au dossier du fichier de tâche)</translation>
    </message>
    <message>
        <source>this program cannot run connector modules (no extension host was set up)</source>
        <translation>ce programme ne peut pas exécuter de modules connecteurs (aucun hôte d’extensions n’a été configuré)</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleCursorStore</name>
    <message>
        <source>the module source&apos;s position (nextSync) cannot be read from %1: %2</source>
        <translation>la position de la source module (nextSync) ne peut pas être lue dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the module source&apos;s position (nextSync) in %1 is damaged (%2): delete the file to read everything again</source>
        <translation>la position de la source module (nextSync) dans %1 est endommagée (%2)&#xa0;: supprimez le fichier pour tout relire</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>the module source&apos;s position (nextSync) cannot be saved to %1: %2; the next run reads the same changes again</source>
        <translation>la position de la source module (nextSync) ne peut pas être enregistrée dans %1&#xa0;: %2&#xa0;; la prochaine exécution relit les mêmes changements</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleEntries</name>
    <message>
        <source>entry %1 of getUpdates() has the type &apos;%2&apos;: use upsert, insert, update or delete</source>
        <translation>l’entrée %1 de getUpdates() a le type «&#xa0;%2&#xa0;»&#xa0;: utilisez upsert, insert, update ou delete</translation>
    </message>
    <message>
        <source>entry %1 (id %2) of getUpdates() has no value object: fix the module</source>
        <translation>l’entrée %1 (id %2) de getUpdates() n’a pas d’objet value&#xa0;: corrigez le module</translation>
    </message>
    <message>
        <source>entry %1 (id %2) of getUpdates() is a delete without a value, and Ferry cannot tell which column its id fills: make sync.key one field (with a mapping, one it writes from a source column), or have the module give deletes their value with the key</source>
        <translation>l’entrée %1 (id %2) de getUpdates() est un delete sans value, et Ferry ne peut pas savoir quelle colonne son id remplit&#xa0;: faites de sync.key un seul champ (avec une correspondance, un champ qu’elle écrit à partir d’une colonne source), ou faites en sorte que le module fournisse la value des delete avec la clé</translation>
    </message>
    <message>
        <source>entry %1 of getUpdates() is a delete with neither an id nor the key column &apos;%2&apos; in its value: fix the module</source>
        <translation>l’entrée %1 de getUpdates() est un delete sans id ni colonne de clé «&#xa0;%2&#xa0;» dans sa value&#xa0;: corrigez le module</translation>
    </message>
    <message>
        <source>entry %1 (id %2) of getUpdates() is a delete without the key column &apos;%3&apos; in its value, and the module&apos;s ids are not the records&apos; keys (entry %4 has the id %5 and the key %6): have the module give deletes their value with the key</source>
        <translation>l’entrée %1 (id %2) de getUpdates() est un delete sans la colonne de clé «&#xa0;%3&#xa0;» dans sa value, et les id du module ne sont pas les clés des enregistrements (l’entrée %4 a l’id %5 et la clé %6)&#xa0;: faites en sorte que le module fournisse la value des delete avec la clé</translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleSource</name>
    <message>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
    <message>
        <source>getUpdates() answered %1, not {nextSync, entries: [{id, type, value}]}: fix the module</source>
        <translation>getUpdates() a répondu %1, et non {nextSync, entries: [{id, type, value}]}&#xa0;: corrigez le module</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the module source was not started</source>
        <translation>la source module n’a pas été démarrée</translation>
    </message>
    <message numerus="yes">
        <source>getUpdates(null) gives %n record(s)</source>
        <translation>
            <numerusform>getUpdates(null) donne %n enregistrement</numerusform>
            <numerusform>getUpdates(null) donne %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module reported %n deleted record(s), which are not deleted at the target: set sync.delete_column (e.g. _deleted) to delete them there; until then the module source&apos;s position (nextSync) is not advanced, so the next run reads them again</source>
        <translation>
            <numerusform>le module a signalé %n enregistrement supprimé, qui n’est pas supprimé dans la cible&#xa0;: définissez sync.delete_column (p. ex. _deleted) pour l’y supprimer&#xa0;; d’ici là, la position de la source module (nextSync) n’est pas avancée, donc la prochaine exécution le relit</numerusform>
            <numerusform>le module a signalé %n enregistrements supprimés, qui ne sont pas supprimés dans la cible&#xa0;: définissez sync.delete_column (p. ex. _deleted) pour les y supprimer&#xa0;; d’ici là, la position de la source module (nextSync) n’est pas avancée, donc la prochaine exécution les relit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of getUpdates() replaced by a later entry of the same id</source>
        <translation>
            <numerusform>%n entrée de getUpdates() remplacée par une entrée ultérieure de même id</numerusform>
            <numerusform>%n entrées de getUpdates() remplacées par une entrée ultérieure de même id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::ModuleTarget</name>
    <message>
        <source>the module refused the insert of key %1: %2</source>
        <translation>le module a refusé l’insertion de la clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the module refused the %1 of record %2 (key %3): %4</source>
        <translation>le module a refusé l’opération %1 sur l’enregistrement %2 (clé %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>the module&apos;s insert() of key %1 returned no id (%2): Ferry cannot remember where the record went</source>
        <translation>l’insert() du module pour la clé %1 n’a renvoyé aucun id (%2)&#xa0;: Ferry ne peut pas retenir où l’enregistrement est allé</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
    <message>
        <source>getUpdates(null) answered %1, not {nextSync, entries: [{id, type, value}]}: fix the module</source>
        <translation>getUpdates(null) a répondu %1, et non {nextSync, entries: [{id, type, value}]}&#xa0;: corrigez le module</translation>
    </message>
    <message>
        <source>entry %1 of getUpdates(null) has no id (text or a whole number): fix the module</source>
        <translation>l’entrée %1 de getUpdates(null) n’a pas d’id (texte ou nombre entier)&#xa0;: corrigez le module</translation>
    </message>
    <message>
        <source>entry %1 (id %2) of getUpdates(null) has no value object: fix the module</source>
        <translation>l’entrée %1 (id %2) de getUpdates(null) n’a pas d’objet value&#xa0;: corrigez le module</translation>
    </message>
    <message>
        <source>getUpdates(null) lists id %1 twice: a full listing names each record once</source>
        <translation>getUpdates(null) liste deux fois l’id %1&#xa0;: une liste complète nomme chaque enregistrement une seule fois</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed by the module %1</source>
        <translation>
            <numerusform>%n enregistrement listé par le module %1</numerusform>
            <numerusform>%n enregistrements listés par le module %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module lists %n record(s)</source>
        <translation>
            <numerusform>le module liste %n enregistrement</numerusform>
            <numerusform>le module liste %n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Modules</name>
    <message>
        <source>&apos;account&apos; must be a map of names to values, e.g. {url: http://localhost:3000, token: {secret: env:API_TOKEN}}</source>
        <translation>«&#xa0;account&#xa0;» doit être un dictionnaire de noms vers des valeurs, p. ex. {url: http://localhost:3000, token: {secret: env:API_TOKEN}}</translation>
    </message>
    <message>
        <source>account value &apos;%1&apos; must be text, a number or {secret: env:NAME}; a list is not an account value</source>
        <translation>la valeur de compte «&#xa0;%1&#xa0;» doit être un texte, un nombre ou {secret: env:NAME}&#xa0;; une liste n’est pas une valeur de compte</translation>
    </message>
    <message>
        <source>the module has no file: name the JavaScript module that implements init, getUpdates, insert, patch and delete (relative to the job file&apos;s folder)</source>
        <translation>le module n’a pas de fichier&#xa0;: nommez le module JavaScript qui implémente init, getUpdates, insert, patch et delete (relatif au dossier du fichier de tâche)</translation>
    </message>
    <message>
        <source>%1 is an ES module (.mjs), which Ferry cannot require(): write it as a CommonJS module (exports.getUpdates = …) in a .js file</source>
        <translation>%1 est un module ES (.mjs), que Ferry ne peut pas charger avec require()&#xa0;: écrivez-le comme module CommonJS (exports.getUpdates = …) dans un fichier .js</translation>
    </message>
    <message>
        <source>an account value has no name: name it or remove it</source>
        <translation>une valeur de compte n’a pas de nom&#xa0;: nommez-la ou retirez-la</translation>
    </message>
    <message>
        <source>the account value &apos;%1&apos; is given twice: keep one</source>
        <translation>la valeur de compte «&#xa0;%1&#xa0;» est donnée deux fois&#xa0;: n’en gardez qu’une</translation>
    </message>
    <message>
        <source>the time limit of one module call must be from 1 to %1 seconds</source>
        <translation>la limite de temps d’un appel de module doit être de 1 à %1 secondes</translation>
    </message>
    <message>
        <source>the extension host&apos;s memory cap must be from %1 to %2 MB</source>
        <translation>la limite de mémoire de l’hôte d’extensions doit être de %1 à %2 Mo</translation>
    </message>
    <message>
        <source>a module source reads only what changed since the last run, so mode replace would delete every other record at the target: use mode update or append</source>
        <translation>une source module ne lit que ce qui a changé depuis la dernière exécution, donc le mode replace supprimerait tous les autres enregistrements de la cible&#xa0;: utilisez le mode update ou append</translation>
    </message>
</context>
<context>
    <name>Ferry::OAuthAuthorizationCode</name>
    <message>
        <source>the sign-in was declined at the provider (%1): sign in again and allow Ferry access</source>
        <translation>la connexion a été refusée chez le fournisseur (%1)&#xa0;: connectez-vous de nouveau et autorisez l’accès à Ferry</translation>
    </message>
    <message>
        <source>the provider refused the scope (%1): check %2</source>
        <translation>le fournisseur a refusé la portée (%1)&#xa0;: vérifiez %2</translation>
    </message>
    <message>
        <source>the provider does not let this client sign in with the authorization-code grant (%1): check %2 and allow that grant in the client&apos;s settings at the provider</source>
        <translation>le fournisseur ne permet pas à ce client de se connecter avec le type d’autorisation «&#xa0;authorization_code&#xa0;» (%1)&#xa0;: vérifiez %2 et autorisez ce type d’autorisation dans les réglages du client chez le fournisseur</translation>
    </message>
    <message>
        <source>the provider could not sign you in just now (%1): try again later</source>
        <translation>le fournisseur n’a pas pu vous connecter pour le moment (%1)&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>the provider refused the sign-in request (%1): check %2 and %3, and that the provider allows the redirect address http://127.0.0.1 with any port</source>
        <translation>le fournisseur a refusé la demande de connexion (%1)&#xa0;: vérifiez %2 et %3, et que le fournisseur autorise l’adresse de redirection http://127.0.0.1 avec n’importe quel port</translation>
    </message>
    <message numerus="yes">
        <source>the browser did not come back within %n minute(s): sign in again, and finish the sign-in in the browser window Ferry opens</source>
        <translation>
            <numerusform>le navigateur n’est pas revenu dans un délai de %n minute&#xa0;: connectez-vous de nouveau, et terminez la connexion dans la fenêtre de navigateur qu’ouvre Ferry</numerusform>
            <numerusform>le navigateur n’est pas revenu dans un délai de %n minutes&#xa0;: connectez-vous de nouveau, et terminez la connexion dans la fenêtre de navigateur qu’ouvre Ferry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the browser did not come back within %n second(s): sign in again, and finish the sign-in in the browser window Ferry opens</source>
        <translation>
            <numerusform>le navigateur n’est pas revenu dans un délai de %n seconde&#xa0;: connectez-vous de nouveau, et terminez la connexion dans la fenêtre de navigateur qu’ouvre Ferry</numerusform>
            <numerusform>le navigateur n’est pas revenu dans un délai de %n secondes&#xa0;: connectez-vous de nouveau, et terminez la connexion dans la fenêtre de navigateur qu’ouvre Ferry</numerusform>
        </translation>
    </message>
    <message>
        <source>a sign-in is already in progress</source>
        <translation>une connexion est déjà en cours</translation>
    </message>
    <message>
        <source>%1 is missing: give the provider&apos;s https:// address</source>
        <translation>%1 manque&#xa0;: indiquez l’adresse https:// du fournisseur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address: check %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http:// ou https://&#xa0;: vérifiez %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is plain http://: sign-in answers travel only over https:// (or to this machine, for tests); use the https:// address in %2</source>
        <translation>«&#xa0;%1&#xa0;» est en http:// simple&#xa0;: les réponses de connexion ne transitent qu’en https:// (ou vers cet ordinateur, pour les tests)&#xa0;; utilisez l’adresse https:// dans %2</translation>
    </message>
    <message>
        <source>%1 is missing: give the client id the provider issued for Ferry</source>
        <translation>%1 manque&#xa0;: indiquez l’ID client que le fournisseur a émis pour Ferry</translation>
    </message>
    <message>
        <source>Ferry cannot listen on 127.0.0.1 for the browser&apos;s answer (%1): check that the loopback interface is up and that a firewall allows local connections</source>
        <translation>Ferry ne peut pas écouter sur 127.0.0.1 pour recevoir la réponse du navigateur (%1)&#xa0;: vérifiez que l’interface de bouclage est active et qu’aucun pare-feu ne bloque les connexions locales</translation>
    </message>
    <message>
        <source>the sign-in was cancelled</source>
        <translation>la connexion a été annulée</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>This address only takes Ferry&apos;s sign-in answer.</source>
        <translation>Cette adresse ne reçoit que la réponse de connexion destinée à Ferry.</translation>
    </message>
    <message>
        <source>This sign-in is over. If Ferry still shows an error, sign in again there.</source>
        <translation>Cette connexion est terminée. Si Ferry affiche encore une erreur, connectez-vous de nouveau depuis Ferry.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>This answer does not belong to Ferry&apos;s sign-in request. Return to Ferry and sign in again.</source>
        <translation>Cette réponse ne correspond pas à la demande de connexion de Ferry. Revenez à Ferry et connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>%1. Return to Ferry.</source>
        <translation>%1. Revenez à Ferry.</translation>
    </message>
    <message>
        <source>The provider sent no authorization code. Return to Ferry.</source>
        <translation>Le fournisseur n’a envoyé aucun code d’autorisation. Revenez à Ferry.</translation>
    </message>
    <message>
        <source>the provider sent the browser back without an authorization code or an error: check %1</source>
        <translation>le fournisseur a renvoyé le navigateur sans code d’autorisation ni erreur&#xa0;: vérifiez %1</translation>
    </message>
    <message>
        <source>Ferry is signed in</source>
        <translation>Ferry est connecté</translation>
    </message>
    <message>
        <source>You can close this window and return to Ferry.</source>
        <translation>Vous pouvez fermer cette fenêtre et revenir à Ferry.</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint %1 could not be reached: %2</source>
        <translation>le point de terminaison du jeton OAuth2 %1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the client (%1): check %2 and %3</source>
        <translation>le point de terminaison du jeton OAuth2 a refusé le client (%1)&#xa0;: vérifiez %2 et %3</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint refused the authorization code (%1): sign in again; if it keeps failing, check that %2 belongs to the same provider as %3</source>
        <translation>le point de terminaison du jeton OAuth2 a refusé le code d’autorisation (%1)&#xa0;: connectez-vous de nouveau&#xa0;; si l’échec persiste, vérifiez que %2 appartient au même fournisseur que %3</translation>
    </message>
    <message>
        <source>the OAuth2 client may not use the authorization-code grant (%1): allow it in the client&apos;s settings at the provider, or check %2</source>
        <translation>le client OAuth2 n’a pas le droit d’utiliser le type d’autorisation «&#xa0;authorization_code&#xa0;» (%1)&#xa0;: autorisez-le dans les réglages du client chez le fournisseur, ou vérifiez %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint failed (%1): check %2</source>
        <translation>le point de terminaison du jeton OAuth2 a échoué (%1)&#xa0;: vérifiez %2</translation>
    </message>
    <message>
        <source>the OAuth2 token endpoint answered without an access_token (HTTP %1): check %2</source>
        <translation>le point de terminaison du jeton OAuth2 a répondu sans access_token (HTTP %1)&#xa0;: vérifiez %2</translation>
    </message>
    <message>
        <source>the provider signed Ferry in but issued no refresh token, which Ferry needs to run without you: many providers issue one only when asked for offline access (a scope such as offline_access in %1, or a setting of the client)</source>
        <translation>le fournisseur a connecté Ferry mais n’a émis aucun jeton d’actualisation, dont Ferry a besoin pour s’exécuter sans vous&#xa0;: beaucoup de fournisseurs n’en émettent un que si l’accès hors ligne est demandé (une portée comme offline_access dans %1, ou un réglage du client)</translation>
    </message>
</context>
<context>
    <name>Ferry::OAuthSignIn</name>
    <message>
        <source>Sign in with browser…</source>
        <translation>Se connecter avec le navigateur…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser; the refresh token it gives Ferry is kept in the keychain</source>
        <translation>Ouvre la page de connexion du fournisseur dans votre navigateur&#xa0;; le jeton d’actualisation qu’il remet à Ferry est gardé dans le trousseau</translation>
    </message>
    <message>
        <source>Fill in %1 first</source>
        <translation>Renseignez d’abord %1</translation>
    </message>
    <message>
        <source>the OAuth2 client secret</source>
        <translation>le secret client OAuth2</translation>
    </message>
    <message>
        <source>Signed in at the provider; getting the tokens…</source>
        <translation>Connecté chez le fournisseur&#xa0;; obtention des jetons…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Ferry could not open a browser: open this address in one to sign in:
%1</source>
        <translation>Ferry n’a pas pu ouvrir de navigateur&#xa0;: ouvrez cette adresse dans un navigateur pour vous connecter&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>no keychain is available to this editor</source>
        <translation>aucun trousseau n’est disponible pour cet éditeur</translation>
    </message>
    <message>
        <source>Signed in, but the keychain cannot keep the refresh token (%1): choose where to keep it above (a file only you can read); it is stored when you save the job.</source>
        <translation>Connecté, mais le trousseau ne peut pas garder le jeton d’actualisation (%1)&#xa0;: choisissez ci-dessus où le garder (un fichier que vous seul pouvez lire)&#xa0;; il sera enregistré quand vous enregistrerez la tâche.</translation>
    </message>
    <message>
        <source>Signed in. Save the job to store the refresh token in the keychain (%1).</source>
        <translation>Connecté. Enregistrez la tâche pour ranger le jeton d’actualisation dans le trousseau (%1).</translation>
    </message>
</context>
<context>
    <name>Ferry::Plan</name>
    <message>
        <source>not in the target</source>
        <translation>absente de la cible</translation>
    </message>
    <message>
        <source>appended (no key)</source>
        <translation>ajoutée (pas de clé)</translation>
    </message>
    <message>
        <source>content differs</source>
        <translation>contenu différent</translation>
    </message>
    <message>
        <source>content differs (no source timestamp)</source>
        <translation>contenu différent (pas d’horodatage source)</translation>
    </message>
    <message>
        <source>newer in the source (%1 &gt; %2)</source>
        <translation>plus récente dans la source (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>the target has no &apos;%1&apos;</source>
        <translation>la cible n’a pas de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the target&apos;s &apos;%1&apos; (%2) is not a date-time</source>
        <translation>«&#xa0;%1&#xa0;» de la cible (%2) n’est pas une date-heure</translation>
    </message>
    <message>
        <source>marked deleted in &apos;%1&apos;</source>
        <translation>marquée supprimée dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not in the source (replace mode)</source>
        <translation>absente de la source (mode remplacement)</translation>
    </message>
    <message>
        <source>duplicate in the target of entry %1 (replace mode keeps one)</source>
        <translation>doublon dans la cible de l’entrée %1 (le mode remplacement en garde une)</translation>
    </message>
    <message>
        <source>has no key in the target (replace mode)</source>
        <translation>sans clé dans la cible (mode remplacement)</translation>
    </message>
    <message>
        <source>marked deleted in &apos;%1&apos; and not in the target</source>
        <translation>marquée supprimée dans «&#xa0;%1&#xa0;» et absente de la cible</translation>
    </message>
    <message>
        <source>marked deleted in &apos;%1&apos;, but append mode never deletes</source>
        <translation>marquée supprimée dans «&#xa0;%1&#xa0;», mais le mode ajout ne supprime jamais</translation>
    </message>
    <message>
        <source>marked deleted; without a key it cannot be found in the target</source>
        <translation>marquée supprimée&#xa0;; sans clé, elle est introuvable dans la cible</translation>
    </message>
    <message>
        <source>already in the target; append mode does not update</source>
        <translation>déjà dans la cible&#xa0;; le mode ajout ne met pas à jour</translation>
    </message>
    <message>
        <source>excluded from this run</source>
        <translation>exclue de cette exécution</translation>
    </message>
    <message>
        <source>the key (%1) is empty or null; every row needs a key value (0 is fine)</source>
        <translation>la clé (%1) est vide ou nulle&#xa0;; chaque ligne a besoin d’une valeur de clé (0 convient)</translation>
    </message>
    <message>
        <source>the key appears %1 times in the source; none of these rows is written until the duplicates are fixed</source>
        <translation>la clé apparaît %1 fois dans la source&#xa0;; aucune de ces lignes n’est écrite tant que les doublons ne sont pas corrigés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a date-time; use ISO 8601 (2024-02-01T09:00:00Z), SQL form (2024-02-01 09:00:00) or Unix time in seconds or milliseconds</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n’est pas une date-heure&#xa0;; utilisez ISO 8601 (2024-02-01T09:00:00Z), la forme SQL (2024-02-01 09:00:00) ou l’heure Unix en secondes ou millisecondes</translation>
    </message>
</context>
<context>
    <name>Ferry::PlanExport</name>
    <message>
        <source>the export was cancelled</source>
        <translation>l’export a été annulé</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d’écrire l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>impossible de créer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PlanModel</name>
    <message>
        <source>Insert</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>excluded from this run</source>
        <translation>exclue de cette exécution</translation>
    </message>
    <message>
        <source>Excluded: this change is not applied</source>
        <translation>Exclu&#xa0;: ce changement n’est pas appliqué</translation>
    </message>
    <message>
        <source>Applied: untick to exclude it</source>
        <translation>Appliqué&#xa0;: décochez pour l’exclure</translation>
    </message>
    <message>
        <source>Ticked changes are applied; untick a change to leave it out of this run</source>
        <translation>Les changements cochés sont appliqués&#xa0;; décochez un changement pour le laisser hors de cette exécution</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
</context>
<context>
    <name>Ferry::Planner</name>
    <message>
        <source>the %1 column &apos;%2&apos; is not among the source&apos;s columns (%3): check the spelling, or add it to the query or the mapping</source>
        <translation>la colonne %1 «&#xa0;%2&#xa0;» ne figure pas parmi les colonnes de la source (%3)&#xa0;: vérifiez l’orthographe, ou ajoutez-la à la requête ou à la correspondance</translation>
    </message>
    <message>
        <source>no key is set, so every row is appended (inserted again on every run); set a key to update rows in place</source>
        <translation>aucune clé n’est définie, donc chaque ligne est ajoutée (insérée de nouveau à chaque exécution)&#xa0;; définissez une clé pour mettre les lignes à jour sur place</translation>
    </message>
    <message numerus="yes">
        <source>%n target entries repeat the key of another entry; only the first of each is updated (replace mode would delete the repeats)</source>
        <translation>
            <numerusform>%n entrée de la cible répète la clé d’une autre entrée&#xa0;; seule la première de chacune est mise à jour (le mode remplacement supprimerait les répétitions)</numerusform>
            <numerusform>%n entrées de la cible répètent la clé d’une autre entrée&#xa0;; seule la première de chacune est mise à jour (le mode remplacement supprimerait les répétitions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target entries have no key value and are left alone</source>
        <translation>
            <numerusform>%n entrée de la cible n’a pas de valeur de clé et est laissée telle quelle</numerusform>
            <numerusform>%n entrées de la cible n’ont pas de valeur de clé et sont laissées telles quelles</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan deletes %1 of %2 target rows (%3%), above the safeguard (%4 rows or %5%); review the plan and confirm to apply it</source>
        <translation>le plan supprime %1 des %2 lignes de la cible (%3&#xa0;%), au-delà du garde-fou (%4 lignes ou %5&#xa0;%)&#xa0;; examinez le plan et confirmez-le pour l’appliquer</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>rows the source could not read have no key, so replace mode deletes no target entries missing from the source this run (one of them may be such a row); fix those rows to delete them</source>
        <translation>les lignes que la source n’a pas pu lire n’ont pas de clé, donc le mode remplacement ne supprime lors de cette exécution aucune entrée de la cible absente de la source (l’une d’elles peut être une telle ligne)&#xa0;; corrigez ces lignes pour les supprimer</translation>
    </message>
</context>
<context>
    <name>Ferry::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Everything, debug included</source>
        <translation>Tout, débogage compris</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Informations et au-delà</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>The log &amp;shows:</source>
        <translation>Le journal a&amp;ffiche&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Ferry starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Ferry.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart Ferry&lt;/b&gt; to see it in the new language.</source>
        <translation>&lt;b&gt;Redémarrez Ferry&lt;/b&gt; pour le voir dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A job due while this many scheduled runs are going waits for one to end. Runs you start yourself always start.</source>
        <translation>Une tâche prévue alors que ce nombre d’exécutions planifiées est en cours attend que l’une se termine. Les exécutions que vous lancez vous-même démarrent toujours.</translation>
    </message>
    <message>
        <source>Scheduled &amp;runs at once:</source>
        <translation>&amp;Exécutions planifiées simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Start Ferry in the tray when I lo&amp;g in</source>
        <translation>Démarrer Ferry dans la zone de notification à l’ou&amp;verture de session</translation>
    </message>
    <message>
        <source>So scheduled jobs run without opening Ferry first (%1)</source>
        <translation>Pour que les tâches planifiées s’exécutent sans ouvrir Ferry d’abord (%1)</translation>
    </message>
    <message>
        <source>&amp;Notify me when a run succeeds too (failures always notify)</source>
        <translation>&amp;Me notifier aussi quand une exécution réussit (les échecs sont toujours notifiés)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrage à l’ouverture de session</translation>
    </message>
    <message>
        <source>Ferry could not change the login item: %1</source>
        <translation>Ferry n’a pas pu modifier le démarrage automatique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::PreviewWindow</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Show or hide the changes of this kind</source>
        <translation>Afficher ou masquer les changements de ce type</translation>
    </message>
    <message>
        <source>Search keys and values</source>
        <translation>Rechercher dans les clés et les valeurs</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Changements planifiés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Fields of the selected change, before and after</source>
        <translation>Champs du changement sélectionné, avant et après</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xclure</translation>
    </message>
    <message>
        <source>Leave the selected changes out of this run (Delete)</source>
        <translation>Laisser les changements sélectionnés hors de cette exécution (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Include</source>
        <translation>&amp;Inclure</translation>
    </message>
    <message>
        <source>Apply the selected changes again (Insert)</source>
        <translation>Appliquer de nouveau les changements sélectionnés (Inser)</translation>
    </message>
    <message>
        <source>Ex&amp;port plan…</source>
        <translation>Ex&amp;porter le plan…</translation>
    </message>
    <message>
        <source>Preview a&amp;gain</source>
        <translation>&amp;Nouvel aperçu</translation>
    </message>
    <message>
        <source>&amp;Apply this plan</source>
        <translation>&amp;Appliquer ce plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Connecting to the source and the target…</source>
        <translation>Connexion à la source et à la cible…</translation>
    </message>
    <message>
        <source>Reading the source: %1 rows…</source>
        <translation>Lecture de la source&#xa0;: %1 lignes…</translation>
    </message>
    <message>
        <source>Reading what the target holds…</source>
        <translation>Lecture du contenu de la cible…</translation>
    </message>
    <message>
        <source>Comparing %1 rows…</source>
        <translation>Comparaison de %1 lignes…</translation>
    </message>
    <message>
        <source>Checking that the target did not change since the preview…</source>
        <translation>Vérification que la cible n’a pas changé depuis l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <source> (about %n s left)</source>
        <translation>
            <numerusform> (environ %n s restante)</numerusform>
            <numerusform> (environ %n s restantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>L’aperçu a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>L’aperçu a été annulé.</translation>
    </message>
    <message>
        <source>No plan: see the message above.</source>
        <translation>Pas de plan&#xa0;: voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The delete safeguard holds this plan: %1. Applying it asks you to confirm.</source>
        <translation>Le garde-fou de suppression retient ce plan&#xa0;: %1. L’appliquer vous demandera confirmation.</translation>
    </message>
    <message>
        <source>Nothing to do: the target is up to date.</source>
        <translation>Rien à faire&#xa0;: la cible est à jour.</translation>
    </message>
    <message>
        <source>Nothing was written: the target changed since this preview. Preview again to see what the job would do now.</source>
        <translation>Rien n’a été écrit&#xa0;: la cible a changé depuis cet aperçu. Refaites un aperçu pour voir ce que la tâche ferait maintenant.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>L’exécution a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written before it stopped: %1</source>
        <translation>Écrit avant l’arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show %1 changes (%2)</source>
        <translation>Afficher les changements «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Unchanged  %1</source>
        <translation>Inchangées  %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n excluded)</source>
        <translation>
            <numerusform> (%n exclu)</numerusform>
            <numerusform> (%n exclus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm deletes</source>
        <translation>Confirmer les suppressions</translation>
    </message>
    <message>
        <source>This plan deletes %1 of the %2 records the target holds: %3.

Delete them?</source>
        <translation>Ce plan supprime %1 des %2 enregistrements de la cible&#xa0;: %3.

Les supprimer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Supprimer %n enregistrement</numerusform>
            <numerusform>Supprimer %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV pour tableurs (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>The plan was exported to %1.</source>
        <translation>Le plan a été exporté dans %1.</translation>
    </message>
    <message>
        <source>The plan could not be exported: %1</source>
        <translation>Le plan n’a pas pu être exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan is being applied</source>
        <translation>Le plan est en cours d’application</translation>
    </message>
    <message>
        <source>Ferry is writing this plan to the target. Stop it? The changes confirmed so far stay; the next run completes the rest.</source>
        <translation>Ferry écrit ce plan dans la cible. L’arrêter&#xa0;? Les changements confirmés jusqu’ici sont conservés&#xa0;; la prochaine exécution termine le reste.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <source>Changes to write: %1 (inserts: %2, updates: %3, deletes: %4)</source>
        <translation>Changements à écrire&#xa0;: %1 (insertions&#xa0;: %2, mises à jour&#xa0;: %3, suppressions&#xa0;: %4)</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 changes confirmed, %3 sent</source>
        <translation>Écriture&#xa0;: %1 changements sur %2 confirmés, %3 envoyés</translation>
    </message>
</context>
<context>
    <name>Ferry::ProbeStatus</name>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the check: its result is dropped</source>
        <translation>Arrêter la vérification&#xa0;: son résultat est abandonné</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>Connecté en tant que&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reads or writes: %1</source>
        <translation>Lit ou écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Report</name>
    <message>
        <source>%1 (%2)%3: %4
</source>
        <translation>%1 (%2)%3&#xa0;: %4
</translation>
    </message>
    <message>
        <source> [dry run]</source>
        <translation> [essai à blanc]</translation>
    </message>
    <message>
        <source>  would insert %1, update %2, delete %3; %4 unchanged, %5 skipped, %6 with errors
</source>
        <translation>  insérerait %1, mettrait à jour %2, supprimerait %3&#xa0;; %4 inchangées, %5 ignorées, %6 en erreur
</translation>
    </message>
    <message>
        <source>  inserted %1, updated %2, deleted %3; %4 unchanged, %5 skipped, %6 failed
</source>
        <translation>  %1 insérées, %2 mises à jour, %3 supprimées&#xa0;; %4 inchangées, %5 ignorées, %6 en échec
</translation>
    </message>
    <message>
        <source>  %1 change(s) not attempted
</source>
        <translation>  %1 changement(s) non tenté(s)
</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(pas de clé)</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  error: %1
</source>
        <translation>  erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  would upload %1 file(s) to Fliplet media
</source>
        <translation>  téléverserait %1 fichier(s) vers les médias Fliplet
</translation>
    </message>
    <message>
        <source>  uploaded %1 file(s) to Fliplet media
</source>
        <translation>  %1 fichier(s) téléversé(s) vers les médias Fliplet
</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>Ferry::RestTarget</name>
    <message>
        <source>insert of key %1</source>
        <translation>insertion de la clé %1</translation>
    </message>
    <message>
        <source>%1 of record %2 (key %3)</source>
        <translation>%1 de l’enregistrement %2 (clé %3)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the service answered the insert of key %1 without an &apos;%2&apos; field: Ferry cannot remember its id</source>
        <translation>le service a répondu à l’insertion de la clé %1 sans champ «&#xa0;%2&#xa0;»&#xa0;: Ferry ne peut pas retenir son identifiant</translation>
    </message>
    <message>
        <source>the service cannot be reached (%1); check target.base_url and that the service runs; the changes not written are planned again by the next run</source>
        <translation>le service est injoignable (%1)&#xa0;; vérifiez target.base_url et que le service fonctionne&#xa0;; les changements non écrits sont replanifiés par la prochaine exécution</translation>
    </message>
    <message>
        <source>record %1 is no longer at the service (HTTP 404 on %2): it was deleted there after Ferry listed it; the next run inserts it again</source>
        <translation>l’enregistrement %1 n’est plus sur le service (HTTP 404 sur %2)&#xa0;: il y a été supprimé après que Ferry l’a listé&#xa0;; la prochaine exécution l’insère de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%1 got no answer after %n attempt(s): %2; planned again by the next run</source>
        <translation>
            <numerusform>%1&#xa0;: aucune réponse après %n tentative&#xa0;: %2&#xa0;; la prochaine exécution s’en charge de nouveau</numerusform>
            <numerusform>%1&#xa0;: aucune réponse après %n tentatives&#xa0;: %2&#xa0;; la prochaine exécution s’en charge de nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>the service refused the %1 (%2)</source>
        <translation>le service a refusé cette opération&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>REST %1</source>
        <translation>REST %1</translation>
    </message>
    <message>
        <source>the service cannot be reached: %1; check target.base_url and that the service runs</source>
        <translation>le service est injoignable&#xa0;: %1&#xa0;; vérifiez target.base_url et que le service fonctionne</translation>
    </message>
    <message>
        <source>the service has no list here (HTTP 404); check target.base_url and %1</source>
        <translation>le service n’a pas de liste ici (HTTP 404)&#xa0;; vérifiez target.base_url et %1</translation>
    </message>
    <message>
        <source>the list answered %1</source>
        <translation>la liste a répondu %1</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>listage de %1</translation>
    </message>
    <message>
        <source>the list&apos;s answer is not JSON (%1 at byte %2: %3); check target.list_path</source>
        <translation>la réponse de la liste n’est pas du JSON (%1 à l’octet %2&#xa0;: %3)&#xa0;; vérifiez target.list_path</translation>
    </message>
    <message>
        <source>the list&apos;s answer has no array under &quot;%1&quot;; check target.envelope (leave it empty when the answer is the array itself)</source>
        <translation>la réponse de la liste n’a pas de tableau sous «&#xa0;%1&#xa0;»&#xa0;; vérifiez target.envelope (laissez-le vide quand la réponse est le tableau lui-même)</translation>
    </message>
    <message>
        <source> (the records may be under &quot;%1&quot;: set target.envelope to %1)</source>
        <translation> (les enregistrements sont peut-être sous «&#xa0;%1&#xa0;»&#xa0;: donnez à target.envelope la valeur %1)</translation>
    </message>
    <message>
        <source>the list&apos;s answer is not a JSON array of records%1</source>
        <translation>la réponse de la liste n’est pas un tableau JSON d’enregistrements%1</translation>
    </message>
    <message>
        <source>item %1 of the list is not a JSON object: %2</source>
        <translation>l’élément %1 de la liste n’est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address: set target.base_url</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http:// ou https://&#xa0;: renseignez target.base_url</translation>
    </message>
    <message>
        <source>record %1 of the list has no &quot;%2&quot; field (or it is not text or a whole number): set target.id_field to the field that holds the record&apos;s id</source>
        <translation>l’enregistrement %1 de la liste n’a pas de champ «&#xa0;%2&#xa0;» (ou ce n’est ni du texte ni un nombre entier)&#xa0;: donnez à target.id_field le champ qui contient l’identifiant de l’enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed at %1</source>
        <translation>
            <numerusform>%n enregistrement listé à %1</numerusform>
            <numerusform>%n enregistrements listés à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list answers: %n record(s)</source>
        <translation>
            <numerusform>la liste répond&#xa0;: %n enregistrement</numerusform>
            <numerusform>la liste répond&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>the list answers (it does not say how many records it holds)</source>
        <translation>la liste répond (elle n’indique pas combien d’enregistrements elle contient)</translation>
    </message>
    <message>
        <source>the first record has no &quot;%1&quot; field: set target.id_field to the field that holds the record&apos;s id</source>
        <translation>le premier enregistrement n’a pas de champ «&#xa0;%1&#xa0;»&#xa0;: donnez à target.id_field le champ qui contient l’identifiant de l’enregistrement</translation>
    </message>
    <message>
        <source>the service refused access (%1); check the credentials in target.headers, or give them in target.auth</source>
        <translation>le service a refusé l’accès (%1)&#xa0;; vérifiez les identifiants dans target.headers, ou indiquez-les dans target.auth</translation>
    </message>
</context>
<context>
    <name>Ferry::Run</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 is no number JSON can hold; the Fliplet data source gets null (turn it into a value in the query, or null it there)</source>
        <translation>ligne %1, colonne %2&#xa0;: %3 est un nombre que JSON ne peut pas représenter&#xa0;; la source de données Fliplet reçoit null (convertissez-le en valeur dans la requête, ou mettez-le à null)</translation>
    </message>
    <message>
        <source>row %1, column %2: the text holds U+FFFD, which the database driver puts in place of bytes that are not UTF-8; it is written as it is (check the column&apos;s encoding)</source>
        <translation>ligne %1, colonne %2&#xa0;: le texte contient U+FFFD, que le pilote de base de données met à la place des octets qui ne sont pas de l’UTF-8&#xa0;; il est écrit tel quel (vérifiez l’encodage de la colonne)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more number(s) JSON cannot hold</source>
        <translation>
            <numerusform>… et %n autre nombre que JSON ne peut pas représenter</numerusform>
            <numerusform>… et %n autres nombres que JSON ne peut pas représenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more text(s) with U+FFFD</source>
        <translation>
            <numerusform>… et %n autre texte avec U+FFFD</numerusform>
            <numerusform>… et %n autres textes avec U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>(the source was checked for such values up to the first %1)</source>
        <translation>(la source a été vérifiée jusqu’aux %1 premières valeurs de ce genre)</translation>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the run reached its time limit of %1 (retry.run_timeout_ms) and was stopped%2; what the target confirmed is recorded, and the next run reconciles the rest</source>
        <translation>l’exécution a atteint sa durée maximale de %1 (retry.run_timeout_ms) et a été arrêtée%2&#xa0;; ce que la cible a confirmé est enregistré, et la prochaine exécution réconcilie le reste</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n source row(s) to sync into %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne source à synchroniser dans %2</numerusform>
            <numerusform>%1&#xa0;: %n lignes source à synchroniser dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>a prepared run must be applied on the thread that prepared it</source>
        <translation>une exécution préparée doit être appliquée sur le fil d’exécution qui l’a préparée</translation>
    </message>
    <message>
        <source>this plan was applied already; preview again to run the job</source>
        <translation>ce plan a déjà été appliqué&#xa0;; refaites un aperçu pour exécuter la tâche</translation>
    </message>
    <message>
        <source>the preparation failed; there is no plan to apply</source>
        <translation>la préparation a échoué&#xa0;; il n’y a pas de plan à appliquer</translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>&#xa0;; rien n’a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>the target changed since this plan was made (it now holds %n record(s)); nothing was written: preview the job again</source>
        <translation>
            <numerusform>la cible a changé depuis que ce plan a été fait (elle contient maintenant %n enregistrement)&#xa0;; rien n’a été écrit&#xa0;: refaites un aperçu de la tâche</numerusform>
            <numerusform>la cible a changé depuis que ce plan a été fait (elle contient maintenant %n enregistrements)&#xa0;; rien n’a été écrit&#xa0;: refaites un aperçu de la tâche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>postSubmit reported %n row error(s) after writing</source>
        <translation>
            <numerusform>postSubmit a signalé %n erreur de ligne après l’écriture</numerusform>
            <numerusform>postSubmit a signalé %n erreurs de ligne après l’écriture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: %n row(s) failed, and the next run reads the same changes again</source>
        <translation>
            <numerusform>la position de la source module (nextSync) n’est pas avancée&#xa0;: %n ligne a échoué, et la prochaine exécution relit les mêmes changements</numerusform>
            <numerusform>la position de la source module (nextSync) n’est pas avancée&#xa0;: %n lignes ont échoué, et la prochaine exécution relit les mêmes changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: %n change(s) were excluded from this run, and the next run reads them again</source>
        <translation>
            <numerusform>la position de la source module (nextSync) n’est pas avancée&#xa0;: %n changement a été exclu de cette exécution, et la prochaine exécution le relit</numerusform>
            <numerusform>la position de la source module (nextSync) n’est pas avancée&#xa0;: %n changements ont été exclus de cette exécution, et la prochaine exécution les relit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the module source&apos;s position (nextSync) is not advanced: the module reported %n deleted record(s) that were not deleted at the target; set sync.delete_column (e.g. _deleted) and the next run deletes them there</source>
        <translation>
            <numerusform>la position de la source module (nextSync) n’est pas avancée&#xa0;: le module a signalé %n enregistrement supprimé qui n’a pas été supprimé dans la cible&#xa0;; définissez sync.delete_column (p. ex. _deleted) et la prochaine exécution l’y supprimera</numerusform>
            <numerusform>la position de la source module (nextSync) n’est pas avancée&#xa0;: le module a signalé %n enregistrements supprimés qui n’ont pas été supprimés dans la cible&#xa0;; définissez sync.delete_column (p. ex. _deleted) et la prochaine exécution les y supprimera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::RunController</name>
    <message>
        <source>%1 inserted</source>
        <translation>%1 insérées</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 mises à jour</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 supprimées</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 inchangées</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignorées</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 not attempted</source>
        <translation>%1 non tentées</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à changer</translation>
    </message>
    <message>
        <source>a preview of &apos;%1&apos; is open: apply or close it first</source>
        <translation>un aperçu de «&#xa0;%1&#xa0;» est ouvert&#xa0;: appliquez-le ou fermez-le d’abord</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is running already</source>
        <translation>«&#xa0;%1&#xa0;» est déjà en cours d’exécution</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Preview ready: %1</source>
        <translation>Aperçu prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished (%1): %2</source>
        <translation>Terminée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>row errors</source>
        <translation>erreurs de lignes</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>Ferry::RunFailuresModel</name>
    <message>
        <source>No row failed.</source>
        <translation>Aucune ligne en échec.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed.</source>
        <translation>
            <numerusform>%n ligne en échec.</numerusform>
            <numerusform>%n lignes en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their details are not kept for this run (history retention, or a run older than this version of Ferry).</source>
        <translation>Leur détail n’est pas conservé pour cette exécution (durée de conservation de l’historique, ou exécution antérieure à cette version de Ferry).</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Affichage des %1 premières.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>The target refused batch %1, which held this row.</source>
        <translation>La cible a refusé le lot %1, qui contenait cette ligne.</translation>
    </message>
    <message>
        <source>The plan found this row in error; it was never sent.</source>
        <translation>Le plan a trouvé cette ligne en erreur&#xa0;; elle n’a jamais été envoyée.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>Ferry::RunHistoryModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Row errors</source>
        <translation>Erreurs de lignes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Held for confirmation</source>
        <translation>Retenue pour confirmation</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
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
        <translation>L’historique des exécutions ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run&apos;s batches cannot be read: %1</source>
        <translation>Les lots de l’exécution ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1, by %2 (process %3)</source>
        <translation>Exécution %1, par %2 (processus %3)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The run&apos;s failed rows cannot be read: %1</source>
        <translation>Les lignes en échec de l’exécution ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Scheduler</name>
    <message>
        <source>Runs now: it is set to run when the scheduler starts.</source>
        <translation>S’exécute maintenant&#xa0;: elle est réglée pour s’exécuter au démarrage du planificateur.</translation>
    </message>
    <message>
        <source>Catching up: its run due at %1 was missed while Ferry was not running.</source>
        <translation>Rattrapage&#xa0;: son exécution prévue à %1 a été manquée pendant que Ferry ne tournait pas.</translation>
    </message>
    <message>
        <source>Its run due at %1 was skipped: the previous run is still going.</source>
        <translation>Son exécution prévue à %1 a été sautée&#xa0;: l’exécution précédente est toujours en cours.</translation>
    </message>
    <message>
        <source>Catching up: %1 scheduled runs were missed (the computer was asleep or busy), the latest due at %2; one run makes up for them.</source>
        <translation>Rattrapage&#xa0;: %1 exécutions planifiées ont été manquées (l’ordinateur était en veille ou occupé), la dernière prévue à %2&#xa0;; une exécution les remplace.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>Catching up: its run due at %1 was missed (the computer was asleep or busy).</source>
        <translation>Rattrapage&#xa0;: son exécution prévue à %1 a été manquée (l’ordinateur était en veille ou occupé).</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a free slot: at most %n job(s) run at once.</source>
        <translation>
            <numerusform>En attente d’une place libre&#xa0;: %n tâche au plus s’exécute à la fois.</numerusform>
            <numerusform>En attente d’une place libre&#xa0;: %n tâches au plus s’exécutent à la fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SecretEdit</name>
    <message>
        <source>Choose where to keep it…</source>
        <translation>Choisir où le garder…</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>A file only you can read</source>
        <translation>Un fichier lisible par vous seul</translation>
    </message>
    <message>
        <source>An environment variable</source>
        <translation>Une variable d’environnement</translation>
    </message>
    <message>
        <source>Where %1 is kept</source>
        <translation>Où %1 est gardé</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Afficher ou masquer %1</translation>
    </message>
    <message>
        <source>Variable name, e.g. PGPASSWORD</source>
        <translation>Nom de la variable, p. ex. PGPASSWORD</translation>
    </message>
    <message>
        <source>Environment variable of %1</source>
        <translation>Variable d’environnement de %1</translation>
    </message>
    <message>
        <source>Ferry reads it from this variable when the job runs: set it wherever Ferry and ferry-cli run. Test connection uses this program&apos;s environment.</source>
        <translation>Ferry la lit dans cette variable quand la tâche s’exécute&#xa0;: définissez-la partout où Ferry et ferry-cli s’exécutent. Tester la connexion utilise l’environnement de ce programme.</translation>
    </message>
    <message>
        <source>File (empty: Ferry&apos;s secrets folder)</source>
        <translation>Fichier (vide&#xa0;: le dossier des secrets de Ferry)</translation>
    </message>
    <message>
        <source>File of %1</source>
        <translation>Fichier de %1</translation>
    </message>
    <message>
        <source>Unchanged: type to replace the file</source>
        <translation>Inchangé&#xa0;: saisissez pour remplacer le fichier</translation>
    </message>
    <message>
        <source>Value, written to the file on save</source>
        <translation>Valeur, écrite dans le fichier à l’enregistrement</translation>
    </message>
    <message>
        <source>Saved in the file, readable by you alone (permissions 0600); the job refers to it.</source>
        <translation>Enregistré dans le fichier, lisible par vous seul (permissions 0600)&#xa0;; la tâche y fait référence.</translation>
    </message>
    <message>
        <source>Stored in the keychain: type to replace it</source>
        <translation>Stocké dans le trousseau&#xa0;: saisissez pour le remplacer</translation>
    </message>
    <message>
        <source>Stored in %1 when you save; the job refers to it.</source>
        <translation>Stocké dans %1 à l’enregistrement&#xa0;; la tâche y fait référence.</translation>
    </message>
    <message>
        <source>The job file holds only a reference: choose where the value is kept.</source>
        <translation>Le fichier de tâche ne contient qu’une référence&#xa0;: choisissez où la valeur est gardée.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1 Keep %2 in a file only you can read, or in an environment variable.</source>
        <translation>Le trousseau ne peut pas être utilisé&#xa0;: %1 Gardez %2 dans un fichier lisible par vous seul, ou dans une variable d’environnement.</translation>
    </message>
    <message>
        <source>choose where to keep %1: the job file holds only a reference to it</source>
        <translation>choisissez où garder %1&#xa0;: le fichier de tâche n’en contient qu’une référence</translation>
    </message>
    <message>
        <source>the keychain cannot keep %1 (%2): choose a file or an environment variable</source>
        <translation>le trousseau ne peut pas garder %1 (%2)&#xa0;: choisissez un fichier ou une variable d’environnement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment variable name: use letters, digits and _</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable d’environnement&#xa0;: utilisez des lettres, des chiffres et _</translation>
    </message>
</context>
<context>
    <name>Ferry::SecretSaver</name>
    <message>
        <source>the OS keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot make %1 readable by you alone</source>
        <translation>impossible de rendre %1 lisible par vous seul</translation>
    </message>
</context>
<context>
    <name>Ferry::SecretStore</name>
    <message>
        <source>%1 comes from the environment variable %2, which is not set: export it before running</source>
        <translation>%1 vient de la variable d’environnement %2, qui n’est pas définie&#xa0;: exportez-la avant l’exécution</translation>
    </message>
    <message>
        <source>%1 comes from %2, which is not a regular file</source>
        <translation>%1 vient de %2, qui n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 comes from %2, which is too large (%3 bytes) to be a secret: check the path</source>
        <translation>%1 vient de %2, qui est trop gros (%3 octets) pour être un secret&#xa0;: vérifiez le chemin</translation>
    </message>
    <message>
        <source>%1 comes from the file %2, which cannot be read: %3</source>
        <translation>%1 vient du fichier %2, qui ne peut pas être lu&#xa0;: %3</translation>
    </message>
    <message>
        <source>the secret file %1 is readable by other users; restrict it with chmod 600</source>
        <translation>le fichier secret %1 est lisible par d’autres utilisateurs&#xa0;; restreignez-le avec chmod 600</translation>
    </message>
    <message>
        <source>the database password</source>
        <translation>le mot de passe de la base de données</translation>
    </message>
    <message>
        <source>the Fliplet auth_token</source>
        <translation>le auth_token Fliplet</translation>
    </message>
    <message>
        <source>%1 is kept in the keychain (%2), which this program was not given access to; run the job with ferry-cli or the Ferry app, or refer to the secret with {secret: env:NAME} or {secret: file:PATH}</source>
        <translation>%1 est gardé dans le trousseau (%2), auquel ce programme n’a pas accès&#xa0;; exécutez la tâche avec ferry-cli ou l’application Ferry, ou faites référence au secret avec {secret: env:NOM} ou {secret: file:CHEMIN}</translation>
    </message>
    <message>
        <source>unknown secret reference &apos;%1&apos;: use env:NAME, file:PATH or keychain:NAME</source>
        <translation>référence de secret inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez env:NOM, file:CHEMIN ou keychain:NOM</translation>
    </message>
    <message>
        <source>%1 holds a line break or another control character (copied with its newline?): fix the secret</source>
        <translation>%1 contient un saut de ligne ou un autre caractère de contrôle (copié avec son retour à la ligne&#xa0;?)&#xa0;: corrigez le secret</translation>
    </message>
    <message>
        <source>the target database&apos;s password</source>
        <translation>le mot de passe de la base de données cible</translation>
    </message>
    <message>
        <source>the webhook&apos;s signing_secret</source>
        <translation>le signing_secret du webhook</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>le jeton d’API</translation>
    </message>
    <message>
        <source>the API password</source>
        <translation>le mot de passe de l’API</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>la clé d’API</translation>
    </message>
    <message>
        <source>the OAuth2 client secret</source>
        <translation>le secret client OAuth2</translation>
    </message>
    <message>
        <source>the OAuth2 refresh token</source>
        <translation>le jeton d’actualisation OAuth2</translation>
    </message>
    <message>
        <source>the header %1 of file column %2</source>
        <translation>l’en-tête %1 de la colonne de fichiers %2</translation>
    </message>
    <message>
        <source>the module account value %1</source>
        <translation>la valeur de compte du module %1</translation>
    </message>
</context>
<context>
    <name>Ferry::SecretUpdater</name>
    <message>
        <source>%1 could not be saved in the keychain: %2</source>
        <translation>%1 n’a pas pu être enregistré dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved to %2: %3; the next run needs the new value</source>
        <translation>%1 n’a pas pu être enregistré dans %2&#xa0;: %3&#xa0;; la prochaine exécution a besoin de la nouvelle valeur</translation>
    </message>
    <message>
        <source>the server issued a new %1, but it comes from the environment variable %2, which Ferry cannot change for later runs: keep it in the keychain or a file instead</source>
        <translation>le serveur a émis une nouvelle valeur pour %1, mais elle vient de la variable d’environnement %2, que Ferry ne peut pas modifier pour les exécutions suivantes&#xa0;: gardez-la plutôt dans le trousseau ou un fichier</translation>
    </message>
    <message>
        <source>the server issued a new %1, but the job holds no reference to save it to: refer to it with {secret: keychain:NAME} or {secret: file:PATH}</source>
        <translation>le serveur a émis une nouvelle valeur pour %1, mais la tâche n’a aucune référence où l’enregistrer&#xa0;: faites-y référence avec {secret: keychain:NOM} ou {secret: file:CHEMIN}</translation>
    </message>
</context>
<context>
    <name>Ferry::SecretWriter</name>
    <message>
        <source>%1 is empty: enter the secret itself</source>
        <translation>%1 est vide&#xa0;: saisissez le secret lui-même</translation>
    </message>
    <message>
        <source>%1 contains a line break; a secret is one line: paste only the secret itself</source>
        <translation>%1 contient un saut de ligne&#xa0;; un secret tient sur une ligne&#xa0;: collez uniquement le secret lui-même</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2); a secret is printable text: paste only the secret itself</source>
        <translation>%1 contient un caractère de contrôle (U+%2)&#xa0;; un secret est du texte imprimable&#xa0;: collez uniquement le secret lui-même</translation>
    </message>
    <message>
        <source>the job has no id to name its keychain entries after</source>
        <translation>la tâche n’a pas d’identifiant pour nommer ses entrées de trousseau</translation>
    </message>
    <message>
        <source>%1 could not be stored in the keychain: %2</source>
        <translation>%1 n’a pas pu être stocké dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>the job has no id to name its secret files after</source>
        <translation>la tâche n’a pas d’identifiant pour nommer ses fichiers secrets</translation>
    </message>
    <message>
        <source>%1 cannot be stored: the folder %2 cannot be created</source>
        <translation>%1 ne peut pas être stocké&#xa0;: le dossier %2 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 cannot be stored: the folder %2 cannot be made private to you (chmod 700)</source>
        <translation>%1 ne peut pas être stocké&#xa0;: le dossier %2 ne peut pas être rendu privé (chmod 700)</translation>
    </message>
    <message>
        <source>%1 cannot be stored in %2: %3</source>
        <translation>%1 ne peut pas être stocké dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be stored: %2 cannot be made private to you (chmod 600)</source>
        <translation>%1 ne peut pas être stocké&#xa0;: %2 ne peut pas être rendu privé (chmod 600)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an environment variable name (letters, digits and _, not starting with a digit)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom de variable d’environnement (lettres, chiffres et _, sans chiffre au début)</translation>
    </message>
    <message>
        <source>the database URL holds a password and source.password is set too: remove the password from the URL</source>
        <translation>l’URL de la base contient un mot de passe et source.password est aussi défini&#xa0;: retirez le mot de passe de l’URL</translation>
    </message>
    <message>
        <source>the secret file %1 cannot be deleted</source>
        <translation>le fichier secret %1 ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Ferry cannot store %1 in the keychain</source>
        <translation>Ferry ne peut pas stocker %1 dans le trousseau</translation>
    </message>
</context>
<context>
    <name>Ferry::SingleInstance</name>
    <message>
        <source>the request was not understood</source>
        <translation>la demande n’a pas été comprise</translation>
    </message>
    <message>
        <source>another Ferry (process %1) is running but does not answer; wait for it, or end it (kill %1) and start Ferry again</source>
        <translation>un autre Ferry (processus %1) est ouvert mais ne répond pas&#xa0;; attendez-le, ou terminez-le (kill %1) et relancez Ferry</translation>
    </message>
    <message>
        <source>the lock %1 is held by a Ferry that does not answer</source>
        <translation>le verrou %1 est tenu par un Ferry qui ne répond pas</translation>
    </message>
</context>
<context>
    <name>Ferry::SqlConnection</name>
    <message>
        <source>cannot open the SQLite database file (%1): check the path, that the file and its folder exist, and that this user may read them (and write, for a target)</source>
        <translation>impossible d’ouvrir le fichier de base SQLite (%1)&#xa0;: vérifiez le chemin, que le fichier et son dossier existent, et que cet utilisateur peut les lire (et les écrire, pour une cible)</translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; does not exist on the server (%2): check the database name</source>
        <translation>la base de données «&#xa0;%1&#xa0;» n’existe pas sur le serveur (%2)&#xa0;: vérifiez le nom de la base</translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; does not exist, or the user may not use it (%2): check the database name, or grant the user access</source>
        <translation>la base de données «&#xa0;%1&#xa0;» n’existe pas, ou l’utilisateur ne peut pas l’utiliser (%2)&#xa0;: vérifiez le nom de la base, ou donnez-lui accès</translation>
    </message>
    <message>
        <source>the database refused the login (%1): check the user name and password</source>
        <translation>la base de données a refusé la connexion (%1)&#xa0;: vérifiez le nom d’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>the database host &apos;%1&apos; is unknown (%2): check the host name</source>
        <translation>l’hôte de base de données «&#xa0;%1&#xa0;» est inconnu (%2)&#xa0;: vérifiez le nom d’hôte</translation>
    </message>
    <message>
        <source>cannot connect to the database (%1): check host, port and that the server is running</source>
        <translation>impossible de se connecter à la base de données (%1)&#xa0;: vérifiez l’hôte, le port et que le serveur tourne</translation>
    </message>
    <message>
        <source>cannot read the connection URL: use postgres://user@host:port/database, mysql://…, sqlserver://… or sqlite:///path/to/file.db</source>
        <translation>impossible de lire l’URL de connexion&#xa0;: utilisez postgres://utilisateur@hote:port/base, mysql://…, sqlserver://… ou sqlite:///chemin/vers/fichier.db</translation>
    </message>
    <message>
        <source>the driver &apos;%1&apos; and the URL&apos;s scheme &apos;%2&apos; disagree: keep one</source>
        <translation>le pilote «&#xa0;%1&#xa0;» et le schéma de l’URL «&#xa0;%2&#xa0;» ne concordent pas&#xa0;: n’en gardez qu’un</translation>
    </message>
    <message>
        <source>the SQLite source needs the path of its database file</source>
        <translation>la source SQLite a besoin du chemin de son fichier de base</translation>
    </message>
    <message>
        <source>the %1 source needs a host</source>
        <translation>la source %1 a besoin d’un hôte</translation>
    </message>
    <message>
        <source>unknown database driver &apos;%1&apos;: use sqlite, postgres, mysql or mssql</source>
        <translation>pilote de base de données inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez sqlite, postgres, mysql ou mssql</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (available: %2); install its package, e.g. libqt6sql6-%3</source>
        <translation>le pilote SQL de Qt %1 n’est pas installé (disponibles&#xa0;: %2)&#xa0;; installez son paquet, p. ex. libqt6sql6-%3</translation>
    </message>
    <message>
        <source>the SQLite database file does not exist: check the path</source>
        <translation>le fichier de base SQLite n’existe pas&#xa0;: vérifiez le chemin</translation>
    </message>
    <message>
        <source>the file is not a SQLite database, or it is damaged (%1): check the path</source>
        <translation>le fichier n’est pas une base SQLite, ou il est endommagé (%1)&#xa0;: vérifiez le chemin</translation>
    </message>
</context>
<context>
    <name>Ferry::SqlIntrospection</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot list the tables: %1</source>
        <translation>impossible de lister les tables&#xa0;: %1</translation>
    </message>
    <message>
        <source>SQL Server (ODBC)</source>
        <translation>SQL Server (ODBC)</translation>
    </message>
    <message>
        <source>cancelled while the query ran</source>
        <translation>annulé pendant l’exécution de la requête</translation>
    </message>
    <message>
        <source>the SQLite database file is damaged: it may be truncated or corrupt (%1); restore it from a backup, or save what is left with sqlite3&apos;s .recover</source>
        <translation>le fichier de base SQLite est endommagé&#xa0;: il est peut-être tronqué ou corrompu (%1)&#xa0;; restaurez-le depuis une sauvegarde, ou récupérez ce qui reste avec la commande .recover de sqlite3</translation>
    </message>
    <message>
        <source>the query holds more than one statement; Ferry runs one SELECT: keep only the one whose rows are synced</source>
        <translation>la requête contient plus d’une instruction&#xa0;; Ferry exécute un seul SELECT&#xa0;: gardez uniquement celui dont les lignes sont synchronisées</translation>
    </message>
    <message>
        <source>the query reads a table or view that does not exist (%1): check its name, and the database the job connects to</source>
        <translation>la requête lit une table ou une vue qui n’existe pas (%1)&#xa0;: vérifiez son nom, et la base à laquelle la tâche se connecte</translation>
    </message>
    <message>
        <source>the database user may not read what the query reads (%1): grant SELECT, or connect as another user</source>
        <translation>l’utilisateur de la base n’a pas le droit de lire ce que lit la requête (%1)&#xa0;: accordez SELECT, ou connectez-vous avec un autre utilisateur</translation>
    </message>
    <message>
        <source>the query reads a column that does not exist (%1): check the column names</source>
        <translation>la requête lit une colonne qui n’existe pas (%1)&#xa0;: vérifiez les noms de colonnes</translation>
    </message>
    <message>
        <source>the query failed: %1; check it in your database tool first</source>
        <translation>la requête a échoué&#xa0;: %1&#xa0;; vérifiez-la d’abord dans votre outil de base de données</translation>
    </message>
</context>
<context>
    <name>Ferry::SqlSource</name>
    <message>
        <source>cancelled while connecting to the source</source>
        <translation>annulé pendant la connexion à la source</translation>
    </message>
    <message>
        <source>the query returns no columns: it must be a SELECT</source>
        <translation>la requête ne renvoie aucune colonne&#xa0;: ce doit être un SELECT</translation>
    </message>
    <message>
        <source>the query returns two columns with the same name: give each a distinct alias (AS name)</source>
        <translation>la requête renvoie deux colonnes de même nom&#xa0;: donnez à chacune un alias distinct (AS nom)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1, fichier %2</translation>
    </message>
    <message>
        <source>%1, database %2 as %3</source>
        <translation>%1, base %2 en tant que %3</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>cancelled while counting the query&apos;s rows</source>
        <translation>annulé pendant le comptage des lignes de la requête</translation>
    </message>
    <message>
        <source>the query&apos;s rows could not be counted (%1)</source>
        <translation>les lignes de la requête n’ont pas pu être comptées (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the query returns %2 row(s) of %3</source>
        <translation>
            <numerusform>%1&#xa0;: la requête renvoie %2 ligne sur %3</numerusform>
            <numerusform>%1&#xa0;: la requête renvoie %2 lignes sur %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the query runs and returns %2</source>
        <translation>%1&#xa0;: la requête s’exécute et renvoie %2</translation>
    </message>
    <message>
        <source>the source has no query</source>
        <translation>la source n’a pas de requête</translation>
    </message>
    <message>
        <source>cancelled while the query ran</source>
        <translation>annulé pendant l’exécution de la requête</translation>
    </message>
    <message>
        <source>cancelled while reading the source</source>
        <translation>annulé pendant la lecture de la source</translation>
    </message>
    <message>
        <source>cancelled while the source query ran</source>
        <translation>annulé pendant l’exécution de la requête source</translation>
    </message>
    <message>
        <source>reading the query&apos;s rows failed: %1</source>
        <translation>la lecture des lignes de la requête a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>read %n rows in %1 ms</source>
        <translation>
            <numerusform>%n ligne lue en %1 ms</numerusform>
            <numerusform>%n lignes lues en %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::SqlTable</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>updating or deleting rows of a SQL table needs a key: set sync.key</source>
        <translation>mettre à jour ou supprimer des lignes d’une table SQL nécessite une clé&#xa0;: renseignez sync.key</translation>
    </message>
    <message>
        <source>table %1 at %2</source>
        <translation>table %1 à %2</translation>
    </message>
    <message>
        <source>the SQLite database file does not exist: check the path, or set create_table: true to let Ferry create it</source>
        <translation>le fichier de base SQLite n’existe pas&#xa0;: vérifiez le chemin, ou mettez create_table: true pour que Ferry le crée</translation>
    </message>
    <message>
        <source>cannot create the folder of the target database</source>
        <translation>impossible de créer le dossier de la base cible</translation>
    </message>
    <message>
        <source>the table %1 does not exist, and the database has no tables: create it, or set create_table: true</source>
        <translation>la table %1 n’existe pas, et la base n’a aucune table&#xa0;: créez-la, ou mettez create_table: true</translation>
    </message>
    <message>
        <source>the table %1 does not exist (the database has %2): check its name, or set create_table: true</source>
        <translation>la table %1 n’existe pas (la base a %2)&#xa0;: vérifiez son nom, ou mettez create_table: true</translation>
    </message>
    <message>
        <source>the table %1 has no primary key or unique index on the key (%2), which Ferry&apos;s upsert needs: add one (ALTER TABLE %3 ADD PRIMARY KEY (%4), or CREATE UNIQUE INDEX), or set sync.key to columns that have one</source>
        <translation>la table %1 n’a ni clé primaire ni index unique sur la clé (%2), ce dont l’upsert de Ferry a besoin&#xa0;: ajoutez-en un (ALTER TABLE %3 ADD PRIMARY KEY (%4), ou CREATE UNIQUE INDEX), ou donnez à sync.key des colonnes qui en ont un</translation>
    </message>
    <message>
        <source>the database file does not exist yet: the first run creates it</source>
        <translation>le fichier de base n’existe pas encore&#xa0;: la première exécution le crée</translation>
    </message>
    <message>
        <source>SQLite, file %1 (not created yet)</source>
        <translation>SQLite, fichier %1 (pas encore créé)</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1, fichier %2</translation>
    </message>
    <message>
        <source>%1, database %2 as %3</source>
        <translation>%1, base %2 en tant que %3</translation>
    </message>
    <message>
        <source>the table does not exist yet: the first run creates it</source>
        <translation>la table n’existe pas encore&#xa0;: la première exécution la crée</translation>
    </message>
    <message>
        <source>%1: table %2 (not created yet)</source>
        <translation>%1&#xa0;: table %2 (pas encore créée)</translation>
    </message>
    <message numerus="yes">
        <source>%1: table %2 holds %3 record(s) of %4</source>
        <translation>
            <numerusform>%1&#xa0;: la table %2 contient %3 enregistrement sur %4</numerusform>
            <numerusform>%1&#xa0;: la table %2 contient %3 enregistrements sur %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; are one column in this database, which ignores the case of column names: rename one in the query or the mapping</source>
        <translation>les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» ne sont qu’une seule colonne dans cette base, qui ignore la casse des noms de colonnes&#xa0;: renommez-en une dans la requête ou la correspondance</translation>
    </message>
    <message>
        <source>the table %1 no longer exists: check its name, or set create_table: true</source>
        <translation>la table %1 n’existe plus&#xa0;: vérifiez son nom, ou mettez create_table: true</translation>
    </message>
    <message>
        <source>the table %1 lacks the column(s) %2: add them, or set create_table: true to let Ferry add them</source>
        <translation>il manque à la table %1 la ou les colonnes %2&#xa0;: ajoutez-les, ou mettez create_table: true pour que Ferry les ajoute</translation>
    </message>
    <message>
        <source>the table %1 no longer exists (dropped while Ferry ran?): nothing of this batch was written; restore it, or set create_table: true to let Ferry create it anew</source>
        <translation>la table %1 n’existe plus (supprimée pendant que Ferry s’exécutait&#xa0;?)&#xa0;: rien de ce lot n’a été écrit&#xa0;; restaurez-la, ou mettez create_table: true pour que Ferry la recrée</translation>
    </message>
    <message>
        <source>cannot create the table %1: %2</source>
        <translation>impossible de créer la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>created table %1</source>
        <translation>table %1 créée</translation>
    </message>
    <message>
        <source>cannot add the column %1: %2</source>
        <translation>impossible d’ajouter la colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>added column %1 to table %2</source>
        <translation>colonne %1 ajoutée à la table %2</translation>
    </message>
    <message>
        <source>cancelled: nothing of this batch was written</source>
        <translation>annulé&#xa0;: rien de ce lot n’a été écrit</translation>
    </message>
    <message>
        <source>row %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
    <message>
        <source>the connection to the database broke while writing (%1): nothing of this batch was written; the next run writes it</source>
        <translation>la connexion à la base de données a été coupée pendant l’écriture (%1)&#xa0;: rien de ce lot n’a été écrit&#xa0;; la prochaine exécution l’écrit</translation>
    </message>
    <message>
        <source>the table %1 no longer exists (dropped while Ferry ran?): nothing of this batch was written; restore it, or set create_table: true to let Ferry create it anew (%2)</source>
        <translation>la table %1 n’existe plus (supprimée pendant que Ferry s’exécutait&#xa0;?)&#xa0;: rien de ce lot n’a été écrit&#xa0;; restaurez-la, ou mettez create_table: true pour que Ferry la recrée (%2)</translation>
    </message>
    <message>
        <source>the database user may not write to the table %1 (%2): grant INSERT, UPDATE and DELETE, or connect as another user</source>
        <translation>l’utilisateur de la base de données n’a pas le droit d’écrire dans la table %1 (%2)&#xa0;: accordez INSERT, UPDATE et DELETE, ou connectez-vous avec un autre utilisateur</translation>
    </message>
    <message>
        <source>%1the database refused the change (%2): nothing of this batch was written; fix the value in the source, or the column (its type, length or NOT NULL), then run again</source>
        <translation>%1la base de données a refusé le changement (%2)&#xa0;: rien de ce lot n’a été écrit&#xa0;; corrigez la valeur dans la source, ou la colonne (son type, sa longueur ou NOT NULL), puis relancez</translation>
    </message>
</context>
<context>
    <name>Ferry::SqliteTable</name>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>writing to the table failed, nothing of this batch was applied: %1</source>
        <translation>l’écriture dans la table a échoué, rien de ce lot n’a été appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the target database path is not a file: check the path</source>
        <translation>le chemin de la base cible n’est pas un fichier&#xa0;: vérifiez le chemin</translation>
    </message>
    <message>
        <source>the target database file does not exist: check the path, or set create_table: true to let Ferry create it</source>
        <translation>le fichier de base cible n’existe pas&#xa0;: vérifiez le chemin, ou mettez create_table: true pour que Ferry le crée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the database file does not exist yet: the first run creates it</source>
        <translation>le fichier de base n’existe pas encore&#xa0;: la première exécution le crée</translation>
    </message>
    <message>
        <source>SQLite, file %1 (not created yet)</source>
        <translation>SQLite, fichier %1 (pas encore créé)</translation>
    </message>
    <message>
        <source>Ferry may not write to the target database file: check its permissions</source>
        <translation>Ferry n’a pas le droit d’écrire dans le fichier de base cible&#xa0;: vérifiez ses permissions</translation>
    </message>
    <message>
        <source>cannot read the table&apos;s columns: %1</source>
        <translation>impossible de lire les colonnes de la table&#xa0;: %1</translation>
    </message>
    <message>
        <source>the table %1 does not exist, and the file has no tables: create it, or set create_table: true</source>
        <translation>la table %1 n’existe pas, et le fichier n’a aucune table&#xa0;: créez-la, ou mettez create_table: true</translation>
    </message>
    <message>
        <source>the table %1 does not exist (the file has %2): check its name, or set create_table: true</source>
        <translation>la table %1 n’existe pas (le fichier a %2)&#xa0;: vérifiez son nom, ou mettez create_table: true</translation>
    </message>
    <message>
        <source>the table does not exist yet: the first run creates it</source>
        <translation>la table n’existe pas encore&#xa0;: la première exécution la crée</translation>
    </message>
    <message>
        <source>%1, file %2: table %3 (not created yet)</source>
        <translation>%1, fichier %2&#xa0;: table %3 (pas encore créée)</translation>
    </message>
    <message numerus="yes">
        <source>%1, file %2: table %3 holds %4 record(s) of %5</source>
        <translation>
            <numerusform>%1, fichier %2&#xa0;: la table %3 contient %4 enregistrement sur %5</numerusform>
            <numerusform>%1, fichier %2&#xa0;: la table %3 contient %4 enregistrements sur %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>the table %1 does not exist: check its name, or set create_table: true</source>
        <translation>la table %1 n’existe pas&#xa0;: vérifiez son nom, ou mettez create_table: true</translation>
    </message>
    <message>
        <source>the target database file does not exist: check the path, or set create_table: true</source>
        <translation>le fichier de base cible n’existe pas&#xa0;: vérifiez le chemin, ou mettez create_table: true</translation>
    </message>
    <message>
        <source>the table does not exist: create it, or set create_table: true in the job</source>
        <translation>la table n’existe pas&#xa0;: créez-la, ou mettez create_table: true dans la tâche</translation>
    </message>
    <message>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; are one column in SQLite, which ignores the case of column names: rename one in the query or the mapping</source>
        <translation>les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» ne sont qu’une seule colonne dans SQLite, qui ignore la casse des noms de colonnes&#xa0;: renommez-en une dans la requête ou la correspondance</translation>
    </message>
    <message>
        <source>cannot read the table: %1</source>
        <translation>impossible de lire la table&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the folder of the target database</source>
        <translation>impossible de créer le dossier de la base cible</translation>
    </message>
    <message>
        <source>cannot create the table: %1</source>
        <translation>impossible de créer la table&#xa0;: %1</translation>
    </message>
    <message>
        <source>created table %1</source>
        <translation>table %1 créée</translation>
    </message>
    <message>
        <source>the table lacks the column(s) %1: add them, or set create_table: true to let Ferry add them</source>
        <translation>il manque à la table la ou les colonnes %1&#xa0;: ajoutez-les, ou mettez create_table: true pour que Ferry les ajoute</translation>
    </message>
    <message>
        <source>cannot add column %1: %2</source>
        <translation>impossible d’ajouter la colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>SQLite table %1 in %2</source>
        <translation>table SQLite %1 dans %2</translation>
    </message>
</context>
<context>
    <name>Ferry::StateStore</name>
    <message>
        <source>%1 can be read by other users of this computer and Ferry cannot change that; make it private (chmod go= &quot;%1&quot;)</source>
        <translation>%1 peut être lu par d’autres utilisateurs de cet ordinateur et Ferry ne peut pas changer cela&#xa0;; rendez-le privé (chmod go= &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot create the state folder; pass a writable folder with --state</source>
        <translation>impossible de créer le dossier d’état&#xa0;; indiquez un dossier accessible en écriture avec --state</translation>
    </message>
    <message>
        <source>cannot renew the lease of job %1: %2</source>
        <translation>impossible de renouveler le verrou de la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>another process took over the lease of job %1 (it judged this one gone); this run stops after its current batch</source>
        <translation>un autre processus a repris le verrou de la tâche %1 (il a estimé celui-ci disparu)&#xa0;; cette exécution s’arrête après son lot en cours</translation>
    </message>
    <message>
        <source>the state database failed while %1: %2</source>
        <translation>la base d’état a échoué pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>l’ouverture</translation>
    </message>
    <message>
        <source>the state database was written by a newer Ferry; update Ferry</source>
        <translation>la base d’état a été écrite par un Ferry plus récent&#xa0;; mettez Ferry à jour</translation>
    </message>
    <message>
        <source>upgrading its tables</source>
        <translation>la mise à niveau de ses tables</translation>
    </message>
    <message>
        <source>upgraded the state database from schema %1 to %2</source>
        <translation>base d’état mise à niveau du schéma %1 au schéma %2</translation>
    </message>
    <message>
        <source>closing interrupted runs</source>
        <translation>la clôture des exécutions interrompues</translation>
    </message>
    <message>
        <source>process %1 on %2 stopped before the run finished</source>
        <translation>le processus %1 sur %2 s’est arrêté avant la fin de l’exécution</translation>
    </message>
    <message>
        <source>Ferry stopped before the run finished</source>
        <translation>Ferry s’est arrêté avant la fin de l’exécution</translation>
    </message>
    <message>
        <source>taking the lease of job %1</source>
        <translation>la prise du verrou de la tâche %1</translation>
    </message>
    <message>
        <source>job %1 is already running in process %2 on host %3 since %4; wait for it or stop it</source>
        <translation>la tâche %1 est déjà en cours d’exécution dans le processus %2 sur l’hôte %3 depuis %4&#xa0;; attendez sa fin ou arrêtez-la</translation>
    </message>
    <message>
        <source>job %1: taking over the lease of process %2 on host %3, which is gone (last heard of at %4)</source>
        <translation>tâche %1&#xa0;: reprise du verrou du processus %2 sur l’hôte %3, qui a disparu (dernier signe de vie à %4)</translation>
    </message>
    <message>
        <source>releasing the lease of job %1</source>
        <translation>la libération du verrou de la tâche %1</translation>
    </message>
    <message>
        <source>another process took over the lease of job %1; nothing was written</source>
        <translation>un autre processus a repris le verrou de la tâche %1&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>starting a run</source>
        <translation>le démarrage d’une exécution</translation>
    </message>
    <message>
        <source>recording a batch</source>
        <translation>l’enregistrement d’un lot</translation>
    </message>
    <message>
        <source>finishing a run</source>
        <translation>la fin d’une exécution</translation>
    </message>
    <message>
        <source>pruning old runs</source>
        <translation>l’élagage des anciennes exécutions</translation>
    </message>
    <message>
        <source>pruned %1 old run(s) and the journal of %2 more</source>
        <translation>%1 ancienne(s) exécution(s) élaguée(s), et le journal de %2 autre(s)</translation>
    </message>
    <message>
        <source>listing runs</source>
        <translation>la liste des exécutions</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>la lecture du journal</translation>
    </message>
    <message>
        <source>a journal record is damaged</source>
        <translation>un enregistrement du journal est endommagé</translation>
    </message>
    <message>
        <source>recording failed rows</source>
        <translation>l’enregistrement des lignes en échec</translation>
    </message>
    <message>
        <source>reading failed rows</source>
        <translation>la lecture des lignes en échec</translation>
    </message>
    <message>
        <source>remembering written records</source>
        <translation>la mémorisation des enregistrements écrits</translation>
    </message>
    <message>
        <source>reading remembered records</source>
        <translation>la lecture des enregistrements mémorisés</translation>
    </message>
    <message>
        <source>forgetting a job&apos;s records</source>
        <translation>l’oubli des enregistrements d’une tâche</translation>
    </message>
</context>
<context>
    <name>Ferry::TextDecoder</name>
    <message>
        <source>line %1, column %2 (byte %3): %4</source>
        <translation>ligne %1, colonne %2 (octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>the file has no UTF-16 byte order mark, so its byte order is unknown: save it as UTF-16 with a byte order mark, or as UTF-8 (and set encoding: utf-8)</source>
        <translation>le fichier n’a pas de marque d’ordre des octets UTF-16, donc son ordre des octets est inconnu&#xa0;: enregistrez-le en UTF-16 avec une marque d’ordre des octets, ou en UTF-8 (et mettez encoding: utf-8)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-16 byte order mark: set encoding: utf-16</source>
        <translation>le fichier commence par une marque d’ordre des octets UTF-16&#xa0;: mettez encoding: utf-16</translation>
    </message>
    <message>
        <source>the bytes here are not UTF-8: the file is in another encoding; set encoding: latin1 or windows-1252 (or utf-16), or save the file as UTF-8</source>
        <translation>les octets ici ne sont pas de l’UTF-8&#xa0;: le fichier est dans un autre encodage&#xa0;; mettez encoding: latin1 ou windows-1252 (ou utf-16), ou enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character: it is cut off or not UTF-16</source>
        <translation>le fichier se termine au milieu d’un caractère UTF-16&#xa0;: il est tronqué ou n’est pas en UTF-16</translation>
    </message>
    <message>
        <source>a UTF-16 surrogate here has no pair: the file is damaged or not UTF-16</source>
        <translation>un substitut UTF-16 ici n’a pas de paire&#xa0;: le fichier est endommagé ou n’est pas en UTF-16</translation>
    </message>
    <message>
        <source>the byte 0x%1 has no character in Windows-1252: the file is in another encoding; try encoding: latin1 or utf-8</source>
        <translation>l’octet 0x%1 n’a pas de caractère en Windows-1252&#xa0;: le fichier est dans un autre encodage&#xa0;; essayez encoding: latin1 ou utf-8</translation>
    </message>
</context>
<context>
    <name>Ferry::TrayIcon</name>
    <message>
        <source>&amp;Open Ferry</source>
        <translation>&amp;Ouvrir Ferry</translation>
    </message>
    <message>
        <source>&amp;Run All Now</source>
        <translation>&amp;Exécuter tout maintenant</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Exécutions récentes</translation>
    </message>
    <message>
        <source>&amp;Quit Ferry</source>
        <translation>&amp;Quitter Ferry</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the last run failed</source>
        <translation>%1&#xa0;: la dernière exécution a échoué</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Aucune tâche pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Idle: %n job(s)</source>
        <translation>
            <numerusform>Inactif&#xa0;: %n tâche</numerusform>
            <numerusform>Inactif&#xa0;: %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>%1 synced</source>
        <translation>%1 synchronisée</translation>
    </message>
    <message>
        <source>%1: %2, %3 · %4</source>
        <translation>%1&#xa0;: %2, %3 · %4</translation>
    </message>
    <message>
        <source>No runs since Ferry started</source>
        <translation>Aucune exécution depuis le démarrage de Ferry</translation>
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
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::WebhookTarget</name>
    <message>
        <source>delivery %1 (key %2)</source>
        <translation>livraison %1 (clé %2)</translation>
    </message>
    <message numerus="yes">
        <source>the web service cannot be reached (%1) after %n attempt(s); check target.url and that the service runs; the changes not delivered are sent by the next run</source>
        <translation>
            <numerusform>le service web est injoignable (%1) après %n tentative&#xa0;; vérifiez target.url et que le service fonctionne&#xa0;; les changements non livrés sont envoyés par la prochaine exécution</numerusform>
            <numerusform>le service web est injoignable (%1) après %n tentatives&#xa0;; vérifiez target.url et que le service fonctionne&#xa0;; les changements non livrés sont envoyés par la prochaine exécution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the web service did not accept delivery %1 after %n attempt(s) (last: %2); it is sent again by the next run</source>
        <translation>
            <numerusform>le service web n’a pas accepté la livraison %1 après %n tentative (dernière&#xa0;: %2)&#xa0;; elle est renvoyée par la prochaine exécution</numerusform>
            <numerusform>le service web n’a pas accepté la livraison %1 après %n tentatives (dernière&#xa0;: %2)&#xa0;; elle est renvoyée par la prochaine exécution</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled while delivering</source>
        <translation>annulé pendant la livraison</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address: set target.url to the address that receives the changes</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http:// ou https://&#xa0;: donnez à target.url l’adresse qui reçoit les changements</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the web service cannot be reached: %1; check the address and that the service runs</source>
        <translation>le service web est injoignable&#xa0;: %1&#xa0;; vérifiez l’adresse et que le service fonctionne</translation>
    </message>
    <message>
        <source>the web service refused Ferry&apos;s ping (%1): check the signing secret and the headers the service expects</source>
        <translation>le service web a refusé le ping de Ferry (%1)&#xa0;: vérifiez le secret de signature et les en-têtes qu’attend le service</translation>
    </message>
    <message>
        <source>the web service answered Ferry&apos;s ping with %1; it must answer 2xx to the ping event (docs/connectors.md, Webhook target)</source>
        <translation>le service web a répondu au ping de Ferry par %1&#xa0;; il doit répondre 2xx à l’événement ping (docs/connectors.md, Webhook target)</translation>
    </message>
    <message>
        <source>the web service answered the ping with HTTP %1</source>
        <translation>le service web a répondu au ping par HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) delivered by earlier runs</source>
        <translation>
            <numerusform>%n enregistrement livré par des exécutions précédentes</numerusform>
            <numerusform>%n enregistrements livrés par des exécutions précédentes</numerusform>
        </translation>
    </message>
    <message>
        <source>the ping</source>
        <translation>le ping</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to fetch row</source>
        <translation>Impossible de récupérer la ligne</translation>
    </message>
</context>
</TS>
