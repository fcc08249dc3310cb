// What the connector form tests share: a job editor on a keychain that is switched off (the tests never touch
// the user's), and finding and driving the form's widgets by the object names the form gives them.
#pragma once

#include "connectorform.h"
#include "job/jobstore.h"
#include "jobeditor.h"
#include "jobeditortargetpage.h"
#include "secretsaver.h"

#include "secrets/keychain.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace Ferry::Testing {

// How long a Test, Find or sample may take against the local test servers.
constexpr int CheckTimeoutMs = 30000;

// A keychain nobody can use: secrets typed in a form stay in the form, and saving one says why it cannot.
class NoKeychain final : public KeychainBackend
{
public:
    void check(QObject *context, std::function<void(KeychainStatus)> done) override
    {
        KeychainStatus status;
        status.usable = false;
        status.backend = QStringLiteral("the test keychain");
        status.error = Error{ErrorCode::Connection, QStringLiteral("the test keychain is switched off."), {}};
        QTimer::singleShot(0, context, [done, status] { done(status); });
    }
    Result<QString> store(const QString &, const QString &field, const QString &) override
    {
        return Error{ErrorCode::Connection, QStringLiteral("the test keychain is switched off."), {}, field};
    }
};

// A job editor for job, saving into dir's jobs/ and secrets/ folders, shown at a usual size.
inline std::unique_ptr<JobEditor> newFormEditor(const QTemporaryDir &dir, const JobSpec &job = JobEditor::newJob())
{
    auto editor = std::make_unique<JobEditor>(JobStore(dir.filePath(QStringLiteral("jobs"))), job, QString(), nullptr,
                                              std::make_shared<NoKeychain>(), dir.filePath(QStringLiteral("secrets")));
    editor->resize(920, 680);
    editor->show();
    return editor;
}

// The child named name (a warning names what is missing, so a failing QVERIFY(w) is easy to read).
template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

inline void selectData(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
}

inline void selectTargetType(JobEditorTargetPage *page, const QString &id)
{
    selectData(child<QComboBox>(page, QStringLiteral("targetTypeComboBox")), id);
    QCOMPARE(page->type()->id, id);
}

// Types text into the line edit named name, as a user does (replacing what it held).
inline void setText(QWidget *page, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(page, name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Whether the form row of a field is shown (QFormLayout hides the whole row).
inline bool rowShown(QWidget *field)
{
    for (QWidget *w = field; w; w = w->parentWidget())
        if (qobject_cast<ConnectorForm *>(w))
            return true;
        else if (w->isHidden())
            return false;
    return true;
}

} // namespace Ferry::Testing
