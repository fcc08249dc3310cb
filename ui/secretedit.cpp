#include "secretedit.h"

#include "icons.h"

#include "secrets/secretwriter.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

SecretEdit::SecretEdit(const QString &path, const QString &what, const KeychainStatus &keychain, QWidget *parent)
    : QWidget(parent), m_path(path), m_what(what), m_keychain(keychain)
{
    m_storage = new QComboBox(this);
    m_storage->setObjectName(QStringLiteral("storageComboBox"));
    m_storage->addItem(tr("Choose where to keep it…"), int(None));
    m_storage->addItem(Icons::icon(QStringLiteral("dialog-password")), tr("OS keychain"), int(SecretStorage::Keychain));
    m_storage->addItem(tr("A file only you can read"), int(SecretStorage::File));
    m_storage->addItem(tr("An environment variable"), int(SecretStorage::Environment));
    m_storage->setAccessibleName(tr("Where %1 is kept").arg(what));

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("secretLineEdit"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAccessibleName(what);
    m_value->setClearButtonEnabled(true);

    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("revealToolButton"));
    m_reveal->setIcon(Icons::icon(QStringLiteral("dialog-password")));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Show %1").arg(what));
    m_reveal->setToolTip(tr("Show or hide %1").arg(what));
    connect(m_reveal, &QToolButton::toggled, this,
            [this](bool on) { m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationLineEdit"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("secretHintLabel"));
    m_hint->setWordWrap(true);
    QPalette p = m_hint->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_hint->setPalette(p);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_storage);
    row->addWidget(m_location, 1);
    row->addWidget(m_value, 1);
    row->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    setFocusProxy(m_value);

    connect(m_storage, &QComboBox::currentIndexChanged, this, [this] {
        updateMode();
        emit changed();
    });
    connect(m_value, &QLineEdit::textEdited, this, &SecretEdit::changed);
    connect(m_location, &QLineEdit::textEdited, this, &SecretEdit::changed);
    setKeychainStatus(keychain);
    setSecret(SecretRef{});
}

QString SecretEdit::keychainReason() const
{
    return m_keychain.error ? m_keychain.error->message : QString();
}

void SecretEdit::setKeychainStatus(const KeychainStatus &status)
{
    m_keychain = status;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_storage->model())) {
        QStandardItem *item = model->item(1);
        item->setEnabled(status.usable);
        item->setToolTip(status.usable ? status.warning : keychainReason());
    }
    // A new secret headed for a keychain that cannot take it waits for the user's choice of another place.
    if (!status.usable && storage() == SecretStorage::Keychain && !m_keptReference.startsWith(u"keychain:"))
        setStorage(std::nullopt);
    updateMode();
}

std::optional<SecretStorage> SecretEdit::storage() const
{
    const int v = m_storage->currentData().toInt();
    return v == int(None) ? std::nullopt : std::optional<SecretStorage>(SecretStorage(v));
}

void SecretEdit::setStorage(std::optional<SecretStorage> storage)
{
    const int index = m_storage->findData(storage ? int(*storage) : int(None));
    const QSignalBlocker block(m_storage);
    m_storage->setCurrentIndex(std::max(index, 0));
    updateMode();
}

void SecretEdit::setSecret(const SecretRef &ref)
{
    m_keptReference.clear();
    m_value->clear();
    m_location->clear();
    const QString r = ref.reference;
    if (r.startsWith(u"keychain:")) {
        m_keptReference = r;
        setStorage(SecretStorage::Keychain);
    } else if (r.startsWith(u"file:")) {
        m_keptReference = r;
        m_location->setText(r.mid(5));
        setStorage(SecretStorage::File);
    } else if (r.startsWith(u"env:")) {
        m_keptReference = r;
        m_location->setText(r.mid(4));
        setStorage(SecretStorage::Environment);
    } else {
        m_value->setText(ref.inlineValue);
        // The keychain when it works; otherwise the user picks the alternative.
        setStorage(m_keychain.usable ? std::optional<SecretStorage>(SecretStorage::Keychain) : std::nullopt);
    }
}

void SecretEdit::updateMode()
{
    const auto s = storage();
    const bool env = s == SecretStorage::Environment;
    const bool file = s == SecretStorage::File;
    m_value->setVisible(!env);
    m_reveal->setVisible(!env);
    m_location->setVisible(env || file);
    if (env) {
        m_location->setPlaceholderText(tr("Variable name, e.g. PGPASSWORD"));
        m_location->setAccessibleName(tr("Environment variable of %1").arg(m_what));
        m_hint->setText(tr("Ferry reads it from this variable when the job runs: set it wherever Ferry and "
                           "ferry-cli run. Test connection uses this program's environment."));
    } else if (file) {
        m_location->setPlaceholderText(tr("File (empty: Ferry's secrets folder)"));
        m_location->setAccessibleName(tr("File of %1").arg(m_what));
        m_value->setPlaceholderText(m_keptReference.startsWith(u"file:") ? tr("Unchanged: type to replace the file")
                                                                         : tr("Value, written to the file on save"));
        m_hint->setText(tr("Saved in the file, readable by you alone (permissions 0600); the job refers to it."));
    } else if (s == SecretStorage::Keychain) {
        m_value->setPlaceholderText(m_keptReference.startsWith(u"keychain:") ? tr("Stored in the keychain: type to "
                                                                                  "replace it")
                                                                             : QString());
        m_hint->setText(m_keychain.usable
                            ? tr("Stored in %1 when you save; the job refers to it.").arg(m_keychain.backend) +
                                  (m_keychain.warning.isEmpty() ? QString() : u' ' + m_keychain.warning)
                            : keychainReason());
    } else {
        m_value->setPlaceholderText(QString());
        m_hint->setText(m_keychain.usable
                            ? tr("The job file holds only a reference: choose where the value is kept.")
                            : tr("The keychain cannot be used: %1 Keep %2 in a file only you can read, or in an "
                                 "environment variable.")
                                  .arg(keychainReason(), m_what));
    }
}

QString SecretEdit::reference(const QString &jobId) const
{
    const QString typed = m_value->text();
    const QString location = m_location->text().trimmed();
    switch (storage().value_or(SecretStorage(-1))) {
    case SecretStorage::Keychain:
        if (!typed.isEmpty())
            return Keychain::reference(jobId.isEmpty() ? QStringLiteral("new") : jobId, m_path);
        return m_keptReference.startsWith(u"keychain:") ? m_keptReference : QString();
    case SecretStorage::File:
        if (!location.isEmpty())
            return QStringLiteral("file:") + location;
        if (!typed.isEmpty())
            return QStringLiteral("file:") +
                   QDir(SecretWriter::secretsDirectory())
                       .filePath(QStringLiteral("%1-%2").arg(jobId.isEmpty() ? QStringLiteral("new") : jobId, m_path));
        return {};
    case SecretStorage::Environment:
        return location.isEmpty() ? QString() : QStringLiteral("env:") + location;
    }
    return {};
}

std::optional<SecretWrite> SecretEdit::pendingWrite() const
{
    const auto s = storage();
    if (!s || m_value->text().isEmpty() || *s == SecretStorage::Environment)
        return std::nullopt;
    return SecretWrite{m_path, *s, m_value->text(),
                       *s == SecretStorage::File ? m_location->text().trimmed() : QString()};
}

QString SecretEdit::typedValue() const
{
    return storage() == SecretStorage::Environment ? QString() : m_value->text();
}

QString SecretEdit::problem() const
{
    const auto s = storage();
    if (!s)
        return m_value->text().isEmpty()
                   ? QString()
                   : tr("choose where to keep %1: the job file holds only a reference to it").arg(m_what);
    if (*s == SecretStorage::Keychain && !m_keychain.usable && !m_value->text().isEmpty())
        return tr("the keychain cannot keep %1 (%2): choose a file or an environment variable")
            .arg(m_what, keychainReason());
    if (*s == SecretStorage::Environment && !m_location->text().trimmed().isEmpty() &&
        !SecretSaver::isVariableName(m_location->text().trimmed()))
        return tr("'%1' is not an environment variable name: use letters, digits and _")
            .arg(m_location->text().trimmed());
    return {};
}

void SecretEdit::setSaved(const QString &reference)
{
    setSecret(SecretRef{reference, QString()});
}

} // namespace Ferry
