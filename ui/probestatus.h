// The busy state and outcome of a connection test, a discovery or a sample, inline on a job editor page:
// "Testing the connection…" with a moving bar and Cancel, then what was reached or precisely what failed.
#pragma once

#include "connectors/connectorinfo.h"
#include "core/result.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Ferry {

class ProbeStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeStatus)

public:
    enum class Outcome { Success, Failure, Note };

    explicit ProbeStatus(QWidget *parent = nullptr);

    void setBusy(const QString &text);
    // text: plain; details: more lines under it (plain).
    void setOutcome(Outcome outcome, const QString &text, const QStringList &details = {});
    void clear();
    bool isBusy() const;
    QString text() const;

    QPushButton *cancelButton() const { return m_cancel; }

    // What a passed test reached, line by line, for people.
    static QStringList connectionDetails(const ConnectionInfo &info);
    // A failed check's message, with where it happened.
    static QString errorText(const Error &error);

signals:
    void cancelRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace Ferry
