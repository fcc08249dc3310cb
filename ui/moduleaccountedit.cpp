#include "moduleaccountedit.h"

#include "keyvalueedit.h"
#include "secretedit.h"

#include "connectors/moduletypes.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ferry {

namespace {

// The account value of a secret, as the registry's account field writes it: {secret: env:NAME}.
const QRegularExpression &secretPattern()
{
    static const QRegularExpression p(QStringLiteral(R"(^\s*\{\s*secret\s*:\s*([^\s{}]+)\s*\}\s*$)"));
    return p;
}

// "api_key" -> "accountApiKey" + suffix: object names GUI tests find.
QString editorName(const QString &field, const char *suffix)
{
    QString name = QStringLiteral("account");
    bool upper = true;
    for (const QChar c : field) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return name + QLatin1String(suffix);
}

void dimmed(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
}

} // namespace

ModuleAccountEdit::ModuleAccountEdit(const QString &path, const QString &fileField, const KeychainStatus &keychain,
                                     QWidget *parent)
    : QWidget(parent), m_path(path), m_fileField(fileField), m_keychain(keychain),
      m_probe(new AccountFieldsProbe(this)), m_note(new QLabel(this)), m_fieldsBox(new QWidget(this)),
      m_fieldsForm(new QFormLayout(m_fieldsBox)), m_othersLabel(new QLabel(tr("Other values:"), this)),
      m_others(new KeyValueEdit(tr("Name"), tr("Value"), this))
{
    m_note->setObjectName(QStringLiteral("accountNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    dimmed(m_note);
    m_note->hide();
    m_fieldsBox->setObjectName(QStringLiteral("accountFieldsWidget"));
    m_fieldsForm->setContentsMargins(0, 0, 0, 0);
    m_fieldsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fieldsBox->hide();
    m_othersLabel->setObjectName(QStringLiteral("accountOthersLabel"));
    m_othersLabel->setToolTip(tr("Account values the module does not describe: passed to init(account) as well."));
    m_othersLabel->setBuddy(m_others);
    m_othersLabel->hide();
    m_others->setObjectName(QStringLiteral("accountKeyValueEdit"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_note);
    column->addWidget(m_fieldsBox);
    column->addWidget(m_othersLabel);
    column->addWidget(m_others);
    setFocusProxy(m_others);
    connect(m_others, &KeyValueEdit::changed, this, &ModuleAccountEdit::changed);

    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(400);
    connect(&m_readTimer, &QTimer::timeout, this, &ModuleAccountEdit::startReading);
    connect(m_probe, &AccountFieldsProbe::finished, this, &ModuleAccountEdit::handleFieldsRead);
}

void ModuleAccountEdit::setModuleFile(const QString &file)
{
    if (file.trimmed() == m_file && (m_reading || m_readTimer.isActive() || !m_readFile.isEmpty()))
        return;
    m_file = file.trimmed();
    m_readTimer.start();
}

void ModuleAccountEdit::startReading()
{
    const QString base = m_baseDir ? m_baseDir() : QString();
    const QString file = m_file.isEmpty() || QDir::isAbsolutePath(m_file) || base.isEmpty()
                             ? m_file
                             : QDir::cleanPath(QDir(base).absoluteFilePath(m_file));
    const QString absolute = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
    if (absolute == m_readFile && !m_reading)
        return;
    m_readFile = absolute;
    if (absolute.isEmpty()) {
        m_probe->cancelAll();
        m_reading = false;
        setFields({});
        setNote(QString());
        emit fieldsRead();
        return;
    }
    m_reading = true;
    setNote(tr("Reading the module's fields…"));
    m_probe->start(absolute, m_fileField);
}

void ModuleAccountEdit::handleFieldsRead(const AccountFieldsResult &result)
{
    if (result.file != m_readFile)
        return;
    m_reading = false;
    if (!result.ok()) {
        setFields({});
        setNote(tr("No form for this module's account, only the list: %1").arg(result.error->message));
    } else {
        setFields(result.fields);
        setNote(result.fields.isEmpty() ? tr("%1 describes no account fields.").arg(QFileInfo(result.file).fileName())
                                        : QString());
    }
    emit fieldsRead();
}

void ModuleAccountEdit::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setToolTip(text);
    m_note->setVisible(!text.isEmpty());
}

void ModuleAccountEdit::setFields(const QList<ModuleAccountField> &described)
{
    if (described == m_fields)
        return;
    // A secret typed but not saved yet stays typed in the new form; when the new module does not describe it
    // as a secret, it keeps a secret input of its own (a typed secret has no other place than its store).
    QList<ModuleAccountField> fields = described;
    QHash<QString, QString> typed;
    for (const ModuleAccountField &f : std::as_const(m_fields)) {
        auto *s = qobject_cast<SecretEdit *>(m_editors.value(f.name));
        if (!s || !s->pendingWrite())
            continue;
        typed.insert(s->path(), s->typedValue());
        const bool kept = std::any_of(fields.begin(), fields.end(),
                                      [&f](const ModuleAccountField &n) { return n.name == f.name && n.secret; });
        if (!kept) {
            fields.erase(std::remove_if(fields.begin(), fields.end(),
                                        [&f](const ModuleAccountField &n) { return n.name == f.name; }),
                         fields.end());
            fields.append(ModuleAccountField{f.name, AccountFieldType::Text, true,
                                             tr("Not described by this module: kept because a value was typed.")});
        }
    }
    const QVariantList current = pairs(QString());
    const QSet<QString> loaded = m_loadedNames;
    const QStringList loadedOrder = m_loadedOrder;
    m_editors.clear();
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    m_fields = fields;
    QWidget *previous = nullptr;
    for (const ModuleAccountField &f : fields) {
        QWidget *input = nullptr;
        if (f.secret) {
            auto *edit = new SecretEdit(m_path + u'.' + f.name, f.name, m_keychain, m_fieldsBox);
            edit->setObjectName(editorName(f.name, "SecretEdit"));
            edit->valueLineEdit()->setToolTip(f.help);
            connect(edit, &SecretEdit::changed, this, &ModuleAccountEdit::changed);
            input = edit;
        } else if (f.type == AccountFieldType::Boolean) {
            auto *box = new QCheckBox(m_fieldsBox);
            box->setObjectName(editorName(f.name, "CheckBox"));
            connect(box, &QCheckBox::toggled, this, &ModuleAccountEdit::changed);
            input = box;
        } else {
            auto *edit = new QLineEdit(m_fieldsBox);
            edit->setObjectName(editorName(f.name, "LineEdit"));
            edit->setPlaceholderText(f.help);
            if (f.type == AccountFieldType::Number)
                edit->setValidator(new QRegularExpressionValidator(
                    QRegularExpression(QStringLiteral(R"(-?[0-9]*(\.[0-9]*)?([eE][-+]?[0-9]*)?)")), edit));
            else if (f.type == AccountFieldType::Url)
                edit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
            connect(edit, &QLineEdit::textChanged, this, &ModuleAccountEdit::changed);
            input = edit;
        }
        input->setToolTip(f.help);
        input->setWhatsThis(f.help);
        input->setAccessibleName(f.name);
        input->setAccessibleDescription(f.help);
        auto *label = new QLabel(tr("%1:", "a form field's label").arg(f.name), m_fieldsBox);
        label->setBuddy(input);
        label->setToolTip(f.help);
        m_fieldsForm->addRow(label, input);
        m_editors.insert(f.name, input);
        if (previous)
            setTabOrder(previous, input);
        previous = input;
    }
    m_fieldsBox->setVisible(!fields.isEmpty());
    m_othersLabel->setVisible(!fields.isEmpty());
    const QSignalBlocker block(this);
    setPairs(current);
    m_loadedNames = loaded;
    m_loadedOrder = loadedOrder;
    for (SecretEdit *s : secretEdits())
        if (typed.contains(s->path()))
            s->setSecret(SecretRef{QString(), typed.value(s->path())});
}

QString ModuleAccountEdit::fieldValue(const ModuleAccountField &f, const QString &jobId) const
{
    QWidget *w = m_editors.value(f.name);
    if (auto *secret = qobject_cast<SecretEdit *>(w)) {
        const QString ref = secret->reference(jobId);
        return ref.isEmpty() ? QString() : moduleAccountSecretText(SecretRef{ref, QString()});
    }
    if (auto *box = qobject_cast<QCheckBox *>(w)) // unchecked and never set: left out
        return box->isChecked()                 ? QStringLiteral("true")
               : m_loadedNames.contains(f.name) ? QStringLiteral("false")
                                                : QString();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text();
    return {};
}

QVariantList ModuleAccountEdit::pairs(const QString &jobId) const
{
    // In the order the account was loaded in (a job saved unchanged keeps its file as it was), then the
    // described fields newly set, in the module's order, then the other values newly added.
    QHash<QString, QString> described;
    QStringList order;
    for (const ModuleAccountField &f : m_fields)
        if (const QString v = fieldValue(f, jobId); !v.isEmpty()) {
            described.insert(f.name, v);
            order.append(f.name);
        }
    QVariantList others = m_others->pairs();
    QVariantList out;
    for (const QString &name : m_loadedOrder) {
        if (described.contains(name)) {
            out.append(QVariant(QStringList{name, described.take(name)}));
            continue;
        }
        for (qsizetype i = 0; i < others.size(); ++i)
            if (others.at(i).toStringList().value(0) == name) {
                out.append(others.takeAt(i));
                break;
            }
    }
    for (const QString &name : std::as_const(order))
        if (described.contains(name))
            out.append(QVariant(QStringList{name, described.take(name)}));
    return out + others;
}

void ModuleAccountEdit::setPairs(const QVariantList &pairs)
{
    m_loadedNames.clear();
    m_loadedOrder.clear();
    QVariantList others;
    QHash<QString, QString> described;
    for (const QVariant &pair : pairs) {
        const QStringList p = pair.toStringList();
        if (m_editors.contains(p.value(0)) && !described.contains(p.value(0)))
            described.insert(p.value(0), p.value(1));
        else
            others.append(pair);
        m_loadedNames.insert(p.value(0));
        m_loadedOrder.append(p.value(0));
    }
    for (const ModuleAccountField &f : std::as_const(m_fields)) {
        QWidget *w = m_editors.value(f.name);
        const QSignalBlocker block(w);
        const QString value = described.value(f.name);
        if (auto *secret = qobject_cast<SecretEdit *>(w)) {
            const auto match = secretPattern().match(value);
            // A plain value the module says is secret becomes a typed one: saving puts it in a store.
            secret->setSecret(match.hasMatch() ? SecretRef{match.captured(1), QString()} : SecretRef{QString(), value});
        } else if (auto *box = qobject_cast<QCheckBox *>(w)) {
            const QString v = value.trimmed().toLower();
            box->setChecked(v == u"true" || v == u"1" || v == u"yes");
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setText(value);
        }
    }
    m_others->setPairs(others); // emits changed()
}

QList<SecretEdit *> ModuleAccountEdit::secretEdits() const
{
    QList<SecretEdit *> out;
    for (const ModuleAccountField &f : m_fields)
        if (auto *s = qobject_cast<SecretEdit *>(m_editors.value(f.name)))
            out.append(s);
    return out;
}

void ModuleAccountEdit::setKeychainStatus(const KeychainStatus &status)
{
    m_keychain = status;
    for (SecretEdit *s : secretEdits())
        s->setKeychainStatus(status);
}

} // namespace Ferry
