#include "prompts.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Ferry {

namespace {

class DialogPrompts final : public Prompts
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &accept,
                 bool destructive) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        QPushButton *yes = box.addButton(accept, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
        QPushButton *no = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(destructive ? no : yes);
        box.setEscapeButton(no);
        box.exec();
        return box.clickedButton() == yes;
    }

    int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &actions) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        QList<QPushButton *> buttons;
        for (const QString &action : actions)
            buttons << box.addButton(action, QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        if (!buttons.isEmpty())
            box.setDefaultButton(buttons.first());
        box.setEscapeButton(cancel);
        box.exec();
        return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    }

    void error(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::warning(parent, title, text);
    }

    void information(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::information(parent, title, text);
    }

    QStringList openFiles(QWidget *parent, const QString &title, const QString &dir, const QString &filter) override
    {
        return QFileDialog::getOpenFileNames(parent, title, dir, filter);
    }

    QString saveFile(QWidget *parent, const QString &title, const QString &path, const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, path, filter);
    }

    QString existingDirectory(QWidget *parent, const QString &title, const QString &dir) override
    {
        return QFileDialog::getExistingDirectory(parent, title, dir);
    }
};

Prompts *installed = nullptr;

} // namespace

Prompts &Prompts::instance()
{
    static DialogPrompts dialogs;
    return installed ? *installed : dialogs;
}

void Prompts::setInstance(Prompts *prompts)
{
    installed = prompts;
}

} // namespace Ferry
