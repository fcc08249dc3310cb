#include "sqlconnectionformat.h"

namespace Ferry {

QSet<QString> sqlConnectionKeys()
{
    return yamlKeySet({"url", "driver", "path", "host", "port", "database", "username", "password", "options", "domain",
                       "instance", "encrypt"});
}

Result<void> readSqlConnection(YamlFields &f, const YAML::Node &section, const QString &side, SqlSourceSpec &s)
{
    f.locateAll(
        side, section,
        {"url", "driver", "path", "host", "port", "database", "username", "options", "domain", "instance", "encrypt"});
    FERRY_TRY(url, f.string(section, "url"));
    s.url = url.value_or(QString());
    FERRY_TRY(driver, f.string(section, "driver"));
    s.driver = driver.value_or(QString()).toLower();
    FERRY_TRY(path, f.string(section, "path"));
    FERRY_TRY(host, f.string(section, "host"));
    s.host = s.driver == u"sqlite" ? path.value_or(QString()) : host.value_or(QString());
    FERRY_TRY(port, f.integer(section, "port"));
    s.port = saturatedInt(port.value_or(0));
    FERRY_TRY(database, f.string(section, "database"));
    s.database = database.value_or(QString());
    FERRY_TRY(username, f.string(section, "username"));
    s.username = username.value_or(QString());
    FERRY_TRY(password, f.secret(section, "password", side + QStringLiteral(".password")));
    s.password = password;
    FERRY_TRY(options, f.string(section, "options"));
    s.options = options.value_or(QString());
    FERRY_TRY(domain, f.string(section, "domain"));
    s.domain = domain.value_or(QString());
    FERRY_TRY(instance, f.string(section, "instance"));
    s.instance = instance.value_or(QString());
    FERRY_TRY(encrypt, f.boolean(section, "encrypt"));
    s.encrypt = encrypt.value_or(false);
    return {};
}

void writeSqlConnection(YAML::Emitter &e, const SqlSourceSpec &s)
{
    writeYamlString(e, "url", s.url);
    writeYamlString(e, "driver", s.driver);
    writeYamlString(e, s.driver == u"sqlite" ? "path" : "host", s.host);
    if (s.port)
        e << YAML::Key << "port" << YAML::Value << s.port;
    writeYamlString(e, "database", s.database);
    writeYamlString(e, "username", s.username);
    writeYamlSecret(e, "password", s.password);
    writeYamlString(e, "options", s.options);
    writeYamlString(e, "domain", s.domain);
    writeYamlString(e, "instance", s.instance);
    if (s.encrypt)
        e << YAML::Key << "encrypt" << YAML::Value << true;
}

} // namespace Ferry
