// Prompts: the message boxes and file dialogs the app shows, behind one small interface so GUI tests can
// answer them (KeePassXC's MessageBox seam). Prompts::instance() shows real dialogs unless a test installed
// its own.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Ferry {

class Prompts
{
public:
    virtual ~Prompts() = default;

    // A question with a clear default: returns true when the user chose accept (the button's text says what
    // happens, e.g. "Delete"). destructive: the accept button is not the default one.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &accept,
                         bool destructive) = 0;
    // A choice between actions (button texts, the first the default) and Cancel: the index chosen, or -1.
    virtual int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &actions) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual QStringList openFiles(QWidget *parent, const QString &title, const QString &dir, const QString &filter) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &path, const QString &filter) = 0;
    virtual QString existingDirectory(QWidget *parent, const QString &title, const QString &dir) = 0;

    static Prompts &instance();
    // For tests: replaces the dialogs (nullptr: the real ones again). Not owned.
    static void setInstance(Prompts *prompts);
};

} // namespace Ferry
