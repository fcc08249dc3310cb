#include "logview.h"

#include "icons.h"
#include "logmodel.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

LogView::LogView(LogModel *model, QWidget *parent) : QWidget(parent), m_model(model), m_filter(new LogFilterModel(this))
{
    m_filter->setSourceModel(model);

    auto *levelLabel = new QLabel(tr("&Show:"), this);
    m_levelCombo = new QComboBox(this);
    m_levelCombo->setObjectName(QStringLiteral("logLevelComboBox"));
    m_levelCombo->addItem(tr("Everything, debug included"), 0);
    m_levelCombo->addItem(tr("Information and above"), 1);
    m_levelCombo->addItem(tr("Warnings and errors"), 2);
    m_levelCombo->addItem(tr("Errors only"), 3);
    levelLabel->setBuddy(m_levelCombo);

    m_jobOnlyCheck = new QCheckBox(tr("Selected job &only"), this);
    m_jobOnlyCheck->setObjectName(QStringLiteral("logJobOnlyCheckBox"));

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("logSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search the log"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search the log"));

    m_followCheck = new QCheckBox(tr("Follo&w"), this);
    m_followCheck->setObjectName(QStringLiteral("logFollowCheckBox"));
    m_followCheck->setToolTip(tr("Keep the newest entry in view"));
    m_followCheck->setChecked(true);

    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("logClearToolButton"));
    clearButton->setIcon(Icons::icon(QStringLiteral("edit-clear")));
    clearButton->setToolTip(tr("Clear the log"));
    clearButton->setAccessibleName(tr("Clear the log"));
    clearButton->setAutoRaise(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTableView"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(LogModel::TimeColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_table->setColumnWidth(LogModel::LevelColumn, m_table->fontMetrics().horizontalAdvance(tr("Warning")) + 24);
    m_table->setColumnWidth(LogModel::JobColumn, 140);
    m_table->setColumnWidth(LogModel::BatchColumn, m_table->fontMetrics().horizontalAdvance(tr("Batch")) + 20);
    m_table->setColumnWidth(LogModel::KeyColumn, 90);
    m_table->setAccessibleName(tr("Log"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrow keys move within

    auto *bar = new QHBoxLayout;
    bar->addWidget(levelLabel);
    bar->addWidget(m_levelCombo);
    bar->addWidget(m_jobOnlyCheck);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_followCheck);
    bar->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    const int severity = Settings().logMinimumSeverity();
    m_levelCombo->setCurrentIndex(m_levelCombo->findData(severity));
    m_filter->setMinimumSeverity(severity);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int severity = m_levelCombo->currentData().toInt();
        m_filter->setMinimumSeverity(severity);
        Settings().setLogMinimumSeverity(severity);
    });
    connect(m_jobOnlyCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_filter->setJobId(on ? m_jobId : QString()); });
    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &LogFilterModel::setSearchText);
    connect(clearButton, &QToolButton::clicked, m_model, &LogModel::clear);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LogView::handleRowsInserted);
    connect(m_followCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_table->scrollToBottom();
    });
    // Only the user's own scrolling (not rows coming and going) switches following.
    connect(m_table->verticalScrollBar(), &QScrollBar::actionTriggered, this, &LogView::handleScrolled);
}

void LogView::setJobFilter(const QString &jobId, const QString &jobName)
{
    m_jobId = jobId;
    m_jobOnlyCheck->setEnabled(!jobId.isEmpty());
    m_jobOnlyCheck->setText(jobId.isEmpty() ? tr("Selected job &only") : tr("&Only '%1'").arg(jobName));
    if (m_jobOnlyCheck->isChecked())
        m_filter->setJobId(jobId);
}

void LogView::setMinimumSeverity(int severity)
{
    if (const int i = m_levelCombo->findData(severity); i >= 0)
        m_levelCombo->setCurrentIndex(i);
}

void LogView::handleRowsInserted()
{
    if (m_followCheck->isChecked())
        m_table->scrollToBottom();
}

void LogView::handleScrolled()
{
    // Scrolling up to read stops following; scrolling back to the end resumes it.
    const QScrollBar *bar = m_table->verticalScrollBar();
    m_followCheck->setChecked(bar->sliderPosition() >= bar->maximum());
}

} // namespace Ferry
