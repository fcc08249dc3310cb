#include "probestatus.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

namespace Ferry {

ProbeStatus::ProbeStatus(QWidget *parent) : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("probeStatusLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setAccessibleName(tr("Busy"));
    m_cancel = new QPushButton(Icons::icon(QStringLiteral("process-stop")), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("probeCancelButton"));
    m_cancel->setToolTip(tr("Stop the check: its result is dropped"));
    connect(m_cancel, &QPushButton::clicked, this, &ProbeStatus::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar, 0, Qt::AlignTop);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    clear();
}

void ProbeStatus::setBusy(const QString &text)
{
    m_icon->clear();
    m_text->setText(text);
    m_bar->show();
    m_cancel->show();
    show();
}

void ProbeStatus::setOutcome(Outcome outcome, const QString &text, const QStringList &details)
{
    const QString icon = outcome == Outcome::Success   ? QStringLiteral("emblem-default")
                         : outcome == Outcome::Failure ? QStringLiteral("dialog-error")
                                                       : QStringLiteral("dialog-information");
    m_icon->setPixmap(Icons::icon(icon).pixmap(16, 16));
    m_text->setText(details.isEmpty() ? text : text + u'\n' + details.join(u'\n'));
    m_text->setAccessibleDescription(m_text->text());
    m_bar->hide();
    m_cancel->hide();
    show();
}

void ProbeStatus::clear()
{
    m_icon->clear();
    m_text->clear();
    m_bar->hide();
    m_cancel->hide();
    hide();
}

bool ProbeStatus::isBusy() const
{
    return !m_bar->isHidden();
}

QStringList ProbeStatus::connectionDetails(const ConnectionInfo &info)
{
    QStringList lines;
    if (!info.server.isEmpty())
        lines.append(tr("Server: %1").arg(info.server));
    if (!info.user.isEmpty())
        lines.append(tr("Signed in as: %1").arg(info.user));
    if (!info.database.isEmpty())
        lines.append(tr("Database: %1").arg(info.database));
    if (!info.object.isEmpty())
        lines.append(tr("Reads or writes: %1").arg(info.object));
    if (!info.columns.isEmpty())
        lines.append(tr("Columns: %1").arg(info.columns.join(QStringLiteral(", "))));
    for (const QString &note : info.notes)
        lines.append(note);
    return lines;
}

QString ProbeStatus::errorText(const Error &error)
{
    return error.toString();
}

QString ProbeStatus::text() const
{
    return m_text->text();
}

} // namespace Ferry
