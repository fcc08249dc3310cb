#include "connectorform.h"

#include "filecolumnsedit.h"
#include "icons.h"
#include "keyvalueedit.h"
#include "moduleaccountedit.h"
#include "oauthsignin.h"
#include "prompts.h"
#include "secretedit.h"

#include "connectors/connectorfields.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

namespace {

QString objectNameFor(const QString &key, const char *suffix)
{
    QString name;
    bool upper = false;
    for (const QChar c : key) {
        if (c == u'_' || c == u'.') {
            upper = true;
            continue;
        }
        name.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return name + QLatin1String(suffix);
}

} // namespace

ConnectorForm::ConnectorForm(ConnectorRole role, const KeychainStatus &keychain, QWidget *parent)
    : QWidget(parent), m_role(role), m_keychain(keychain)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(this, &ConnectorForm::changed, this, &ConnectorForm::updateVisibleFields);
    connect(this, &ConnectorForm::changed, this, &ConnectorForm::updateModuleAccounts);
}

void ConnectorForm::setJobContext(SecretSaver *saver, std::function<JobSpec()> job)
{
    m_saver = saver;
    m_contextJob = std::move(job);
}

void ConnectorForm::setCompact(bool compact)
{
    m_form->setFieldGrowthPolicy(compact ? QFormLayout::FieldsStayAtSizeHint : QFormLayout::AllNonFixedFieldsGrow);
}

void ConnectorForm::setType(const ConnectorType *type, const QStringList &hidden)
{
    if (type == m_type && hidden == m_hidden)
        return;
    m_type = type;
    m_hidden = hidden;
    m_issues.clear();
    m_widgets.clear();
    m_rows.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (!type)
        return;
    for (const ConnectorField &f : type->fields) {
        if (hidden.contains(f.key))
            continue;
        QWidget *editor = makeEditor(f);
        QWidget *input = m_widgets.value(f.key);
        if (OAuthSignIn::appliesTo(*type, f)) { // "Sign in with browser…" under an OAuth2 refresh token
            auto *box = new QWidget(this);
            auto *column = new QVBoxLayout(box);
            column->setContentsMargins(0, 0, 0, 0);
            column->addWidget(editor);
            column->addWidget(new OAuthSignIn(this, f, box));
            editor = box;
        }
        // A check box carries its own text: its row's label stays empty.
        auto *label = new QLabel(
            f.type == FieldType::Boolean ? QString() : tr("%1:", "a form field's label").arg(f.displayLabel()), this);
        label->setBuddy(input);
        QWidget *cell = m_issues.wrap(f.path(m_role), input, editor);
        if (f.type == FieldType::Query || f.type == FieldType::Url) {
            auto *help = new QLabel(f.displayHelp(), cell);
            help->setWordWrap(true);
            QPalette p = help->palette();
            p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
            help->setPalette(p);
            static_cast<QVBoxLayout *>(cell->layout())->insertWidget(1, help);
        }
        m_form->addRow(label, cell);
        m_rows.insert(f.key, cell);
    }
    updateVisibleFields();
}

void ConnectorForm::updateVisibleFields()
{
    if (!m_type)
        return;
    QVariantMap shown;
    for (const ConnectorField &f : m_type->fields)
        if (!f.onlyWhen.isEmpty() && !shown.contains(f.onlyWhen))
            shown.insert(f.onlyWhen, value(f.onlyWhen));
    for (const ConnectorField &f : m_type->fields)
        if (QWidget *row = m_rows.value(f.key); row && !f.onlyWhen.isEmpty())
            m_form->setRowVisible(row, f.appliesWith(shown));
}

QWidget *ConnectorForm::makeEditor(const ConnectorField &f)
{
    const QString help = f.displayHelp();
    const QString placeholder =
        f.defaultValue.isValid() && f.type != FieldType::Boolean ? f.defaultValue.toString() : QString();
    QWidget *input = nullptr;
    QWidget *cell = nullptr;
    switch (f.type) {
    case FieldType::Boolean: {
        auto *box = new QCheckBox(f.displayLabel(), this);
        box->setObjectName(objectNameFor(f.key, "CheckBox"));
        box->setChecked(f.defaultValue.toBool()); // a type just picked shows its defaults (header: on)
        connect(box, &QCheckBox::toggled, this, &ConnectorForm::changed);
        input = box;
        break;
    }
    case FieldType::Secret: {
        auto *edit = new SecretEdit(f.path(m_role), f.displayLabel().toLower(), m_keychain, this);
        edit->setObjectName(objectNameFor(f.key, "SecretEdit"));
        connect(edit, &SecretEdit::changed, this, &ConnectorForm::changed);
        input = edit;
        break;
    }
    case FieldType::Query: {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(objectNameFor(f.key, "TextEdit"));
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 6 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &ConnectorForm::changed);
        input = edit;
        break;
    }
    case FieldType::Choice: {
        auto *combo = new QComboBox(this);
        combo->setObjectName(objectNameFor(f.key, "ComboBox"));
        combo->addItem(tr("(default)"), QString());
        for (const FieldChoice &c : f.choices)
            combo->addItem(c.displayLabel(), c.value);
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectorForm::changed);
        input = combo;
        break;
    }
    case FieldType::KeyValues: {
        if (!f.describedByModule.isEmpty()) { // a connector module's account: a form when the module describes it
            auto *edit = new ModuleAccountEdit(f.path(m_role), connectorRoleName(m_role) + u'.' + f.describedByModule,
                                               m_keychain, this);
            edit->setObjectName(objectNameFor(f.key, "ModuleAccountEdit"));
            edit->otherValues()->table()->setAccessibleName(f.displayLabel());
            edit->setBaseDir([this] {
                const QString job = contextJob().sourcePath;
                return job.isEmpty() ? QString() : QFileInfo(job).absolutePath();
            });
            connect(edit, &ModuleAccountEdit::changed, this, &ConnectorForm::changed);
            input = edit;
            break;
        }
        const bool headers = f.key.contains(QLatin1String("header"));
        auto *edit = new KeyValueEdit(headers ? tr("Header") : tr("Parameter"), tr("Value"), this);
        edit->setObjectName(objectNameFor(f.key, "KeyValueEdit"));
        edit->table()->setAccessibleName(f.displayLabel());
        connect(edit, &KeyValueEdit::changed, this, &ConnectorForm::changed);
        input = edit;
        break;
    }
    case FieldType::FileColumns: {
        auto *edit = new FileColumnsEdit(this);
        edit->setObjectName(objectNameFor(f.key, "FileColumnsEdit"));
        edit->table()->setAccessibleName(f.displayLabel());
        connect(edit, &FileColumnsEdit::changed, this, &ConnectorForm::changed);
        input = edit;
        break;
    }
    case FieldType::ChoiceList: {
        cell = new QWidget(this);
        cell->setObjectName(objectNameFor(f.key, "Widget"));
        auto *row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 0, 0);
        for (const FieldChoice &c : f.choices) {
            auto *box = new QCheckBox(c.displayLabel(), cell);
            box->setObjectName(objectNameFor(f.key + u'_' + c.value, "CheckBox"));
            box->setProperty("choice", c.value);
            box->setToolTip(help);
            connect(box, &QCheckBox::toggled, this, &ConnectorForm::changed);
            row->addWidget(box);
            if (!input)
                input = box;
        }
        row->addStretch();
        m_widgets.insert(f.key, cell);
        cell->setToolTip(help);
        return cell;
    }
    default: {
        if (f.suggestedByDiscover) {
            auto *combo = new QComboBox(this);
            combo->setObjectName(objectNameFor(f.key, "ComboBox"));
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->lineEdit()->setPlaceholderText(f.type == FieldType::Integer ? tr("Type an id, or find them")
                                                                               : tr("Type a name, or find them"));
            connect(combo, &QComboBox::currentTextChanged, this, &ConnectorForm::changed);
            input = combo;
            break;
        }
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectNameFor(f.key, "LineEdit"));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &ConnectorForm::changed);
        input = edit;
        if (f.type == FieldType::FilePath) {
            cell = new QWidget(this);
            auto *row = new QHBoxLayout(cell);
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(edit, 1);
            auto *browse = new QToolButton(cell);
            browse->setObjectName(objectNameFor(f.key, "BrowseToolButton"));
            browse->setIcon(Icons::icon(QStringLiteral("document-open")));
            browse->setAccessibleName(tr("Choose the file"));
            browse->setToolTip(tr("Choose the file"));
            // The field says what files fit and whether Ferry writes the file (then it may not exist yet).
            const QString title = f.displayLabel();
            const QString filter = f.fileFilter ? ConnectorRegistry::tr(f.fileFilter) : tr("All files (*)");
            connect(browse, &QToolButton::clicked, this, [this, edit, title, filter, write = f.fileToWrite] {
                QString path;
                if (write) {
                    path = Prompts::instance().saveFile(this, title, edit->text(), filter);
                } else {
                    const QStringList files =
                        Prompts::instance().openFiles(this, title, QFileInfo(edit->text()).absolutePath(), filter);
                    path = files.value(0);
                }
                if (!path.isEmpty())
                    edit->setText(path);
            });
            row->addWidget(browse);
        }
        break;
    }
    }
    input->setToolTip(help);
    input->setWhatsThis(help);
    input->setAccessibleName(f.displayLabel());
    m_widgets.insert(f.key, input);
    return cell ? cell : input;
}

void ConnectorForm::load(const JobSpec &job)
{
    if (!m_type)
        return;
    const QVariantMap values = m_type->values(job);
    m_loadedKeys.clear();
    for (auto it = values.begin(); it != values.end(); ++it)
        m_loadedKeys.insert(it.key());
    QHash<QString, SecretRef> secrets;
    for (const SecretField &s : secretFields(job))
        secrets.insert(s.path, s.ref);
    for (const ConnectorField &f : m_type->fields) {
        QWidget *w = m_widgets.value(f.key);
        if (!w)
            continue;
        const QSignalBlocker block(w);
        const QVariant v = values.value(f.key);
        if (auto *secret = qobject_cast<SecretEdit *>(w))
            secret->setSecret(secrets.value(f.path(m_role)));
        else
            setValue(f.key, v.isValid() ? v : (f.type == FieldType::Boolean ? f.defaultValue : QVariant()));
    }
    updateVisibleFields();
    updateModuleAccounts();
}

void ConnectorForm::updateModuleAccounts()
{
    if (!m_type)
        return;
    for (const ConnectorField &f : m_type->fields)
        if (auto *account = qobject_cast<ModuleAccountEdit *>(m_widgets.value(f.key)))
            account->setModuleFile(value(f.describedByModule).toString());
}

void ConnectorForm::setValue(const QString &key, const QVariant &v)
{
    QWidget *w = m_widgets.value(key);
    if (auto *pairs = qobject_cast<KeyValueEdit *>(w)) {
        pairs->setPairs(v.toList());
    } else if (auto *account = qobject_cast<ModuleAccountEdit *>(w)) {
        account->setPairs(v.toList());
    } else if (auto *files = qobject_cast<FileColumnsEdit *>(w)) {
        files->setColumns(v.toList());
    } else if (auto *box = qobject_cast<QCheckBox *>(w)) {
        box->setChecked(v.toBool());
    } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->setText(v.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
        text->setPlainText(v.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        if (combo->isEditable()) {
            const int i = combo->findData(v.toString());
            if (i >= 0)
                combo->setCurrentIndex(i);
            else
                combo->setEditText(v.toString());
        } else {
            combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
        }
    } else if (w) {
        const QStringList on = v.toStringList();
        for (QCheckBox *box : w->findChildren<QCheckBox *>())
            box->setChecked(on.contains(box->property("choice").toString()));
    }
}

QVariant ConnectorForm::value(const QString &key) const
{
    QWidget *w = m_widgets.value(key);
    const ConnectorField *f = m_type ? m_type->field(key) : nullptr;
    if (!w || !f)
        return {};
    if (auto *pairs = qobject_cast<KeyValueEdit *>(w)) {
        const QVariantList list = pairs->pairs();
        return list.isEmpty() ? QVariant() : QVariant(list);
    }
    if (auto *account = qobject_cast<ModuleAccountEdit *>(w)) {
        const QVariantList list = account->pairs(QString());
        return list.isEmpty() ? QVariant() : QVariant(list);
    }
    if (auto *files = qobject_cast<FileColumnsEdit *>(w)) {
        const QVariantList list = files->columns();
        return list.isEmpty() ? QVariant() : QVariant(list);
    }
    if (auto *box = qobject_cast<QCheckBox *>(w)) {
        // Left at its default and not set in the job: stays unset.
        if (!m_loadedKeys.contains(key) && f->defaultValue.isValid() && box->isChecked() == f->defaultValue.toBool())
            return {};
        return box->isChecked();
    }
    QString text;
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        text = edit->text().trimmed();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        text = plain->toPlainText().trimmed();
    else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        if (combo->isEditable()) {
            const int i = combo->currentIndex();
            text = i >= 0 && combo->currentText() == combo->itemText(i) ? combo->itemData(i).toString()
                                                                        : combo->currentText().trimmed();
        } else {
            text = combo->currentData().toString();
        }
    } else {
        QStringList on;
        for (QCheckBox *box : w->findChildren<QCheckBox *>())
            if (box->isChecked())
                on.append(box->property("choice").toString());
        return on.isEmpty() ? QVariant() : QVariant(on);
    }
    if (text.isEmpty())
        return {};
    if (f->type == FieldType::Integer) {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(text);
    }
    return text;
}

QVariantMap ConnectorForm::values(const QString &jobId) const
{
    QVariantMap out;
    if (!m_type)
        return out;
    for (const ConnectorField &f : m_type->fields) {
        QWidget *w = m_widgets.value(f.key);
        if (!w)
            continue;
        QVariant v;
        if (auto *secret = qobject_cast<SecretEdit *>(w)) {
            const QString ref = secret->reference(jobId);
            if (!ref.isEmpty())
                v = ref;
        } else if (auto *account = qobject_cast<ModuleAccountEdit *>(w)) {
            const QVariantList list = account->pairs(jobId); // its secrets' references name the job
            if (!list.isEmpty())
                v = list;
        } else {
            v = value(f.key);
        }
        if (v.isValid())
            out.insert(f.key, v);
    }
    return out;
}

void ConnectorForm::apply(JobSpec &job, const QString &jobId) const
{
    if (!m_type)
        return;
    // Hidden fields (another page shows them) are written by that page afterwards.
    m_type->select(job);
    writeFields(job, jobId);
}

void ConnectorForm::writeFields(JobSpec &job, const QString &jobId) const
{
    if (!m_type)
        return;
    const QVariantMap v = values(jobId);
    for (const ConnectorField &f : m_type->fields) {
        QVariant value = v.value(f.key);
        // A value the field cannot hold is left out; formIssues() names it.
        if (f.type == FieldType::Integer && value.isValid() && value.typeId() == QMetaType::QString)
            value = QVariant();
        if (m_widgets.contains(f.key))
            f.write(job, value);
    }
}

QList<ValidationIssue> ConnectorForm::formIssues() const
{
    QList<ValidationIssue> out;
    if (!m_type)
        return out;
    for (const Error &e : m_type->check(values(QStringLiteral("new")))) {
        // Required fields and secret references are validate()'s to report, in its words.
        const ConnectorField *f = m_type->field(e.field.section(u'.', 1));
        // A field's own check of a set value (checkValue: JSON that must parse, …) is the form's to report.
        const bool ownCheck =
            f && f->checkValue && !isEmptyFieldValue(value(f->key)) && e.message == f->checkValue(value(f->key));
        if (f && !ownCheck && f->type != FieldType::Integer && f->type != FieldType::Choice &&
            f->type != FieldType::ChoiceList)
            continue;
        if (f && !value(f->key).isValid())
            continue;
        out.append(ValidationIssue{e.field, e.message, ValidationIssue::Error});
    }
    for (SecretEdit *s : secretEdits())
        if (const QString p = s->problem(); !p.isEmpty())
            out.append(ValidationIssue{s->path(), p, ValidationIssue::Error});
    return out;
}

QList<SecretEdit *> ConnectorForm::secretEdits() const
{
    QList<SecretEdit *> out;
    for (QWidget *w : m_widgets)
        if (auto *s = qobject_cast<SecretEdit *>(w))
            out.append(s);
        else if (auto *account = qobject_cast<ModuleAccountEdit *>(w))
            out += account->secretEdits();
    return out;
}

void ConnectorForm::setKeychainStatus(const KeychainStatus &status)
{
    m_keychain = status;
    for (SecretEdit *s : secretEdits())
        s->setKeychainStatus(status);
    for (QWidget *w : std::as_const(m_widgets))
        if (auto *account = qobject_cast<ModuleAccountEdit *>(w))
            account->setKeychainStatus(status); // and the secret fields it builds later
}

JobSecrets ConnectorForm::typedSecrets() const
{
    JobSecrets out;
    for (SecretEdit *s : secretEdits())
        if (const QString v = s->typedValue(); !v.isEmpty())
            out.values.insert(s->path(), v);
    return out;
}

QList<SecretWrite> ConnectorForm::pendingWrites() const
{
    QList<SecretWrite> out;
    for (SecretEdit *s : secretEdits())
        if (auto w = s->pendingWrite())
            out.append(*w);
    return out;
}

void ConnectorForm::setSaved(const QString &path, const QString &reference)
{
    for (SecretEdit *s : secretEdits())
        if (s->path() == path) {
            const QSignalBlocker block(s);
            s->setSaved(reference);
        }
}

void ConnectorForm::setSuggestions(const QString &key, const QList<QPair<QString, QString>> &suggestions)
{
    auto *combo = qobject_cast<QComboBox *>(m_widgets.value(key));
    if (!combo || !combo->isEditable())
        return;
    const QVariant current = value(key);
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto &[v, label] : suggestions)
        combo->addItem(label, v);
    const int i = combo->findData(current.toString());
    if (i >= 0)
        combo->setCurrentIndex(i);
    else
        combo->setEditText(current.toString());
}

} // namespace Ferry
