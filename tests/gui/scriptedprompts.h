// Answers the app's dialogs in GUI tests (ui/prompts.h): confirmations with a preset answer, file dialogs
// with preset paths, and a record of what was asked.
#pragma once

#include "prompts.h"

#include <QStringList>

class ScriptedPrompts final : public Ferry::Prompts
{
public:
    ScriptedPrompts() { Ferry::Prompts::setInstance(this); }
    ~ScriptedPrompts() override { Ferry::Prompts::setInstance(nullptr); }

    bool confirm(QWidget *, const QString &title, const QString &text, const QString &, bool) override
    {
        asked.append(title + QStringLiteral(": ") + text);
        return confirmAnswer;
    }
    int choose(QWidget *, const QString &title, const QString &text, const QStringList &actions) override
    {
        asked.append(title + QStringLiteral(": ") + text);
        offered = actions;
        return chooseAnswer;
    }
    void error(QWidget *, const QString &title, const QString &text) override
    {
        errors.append(title + QStringLiteral(": ") + text);
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        informed.append(title + QStringLiteral(": ") + text);
    }
    QStringList openFiles(QWidget *, const QString &title, const QString &, const QString &filter) override
    {
        fileDialogs.append(QStringLiteral("open %1 [%2]").arg(title, filter));
        return files;
    }
    QString saveFile(QWidget *, const QString &title, const QString &, const QString &filter) override
    {
        fileDialogs.append(QStringLiteral("save %1 [%2]").arg(title, filter));
        return savePath;
    }
    QString existingDirectory(QWidget *, const QString &, const QString &) override { return directory; }

    QStringList fileDialogs; // "open <title> [<filter>]", "save …"
    bool confirmAnswer = true;
    int chooseAnswer = -1;
    QStringList offered;
    QStringList files;
    QString savePath;
    QString directory;
    QStringList asked;
    QStringList errors;
    QStringList informed;
};
