#include "cleanupreportview.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace fd::widgets {

CleanupReportView::CleanupReportView(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel)
    , m_doneLabel(new QLabel)
    , m_done(new QListWidget)
    , m_leftLabel(new QLabel)
    , m_leftBehind(new QListWidget) {
    m_headline->setObjectName(QStringLiteral("reportHeadline"));
    m_headline->setWordWrap(true);
    m_done->setObjectName(QStringLiteral("reportDone"));
    m_leftBehind->setObjectName(QStringLiteral("reportLeftBehind"));
    m_leftBehind->setStyleSheet(QStringLiteral("color: #b3261e;"));
    for (QListWidget* list : {m_done, m_leftBehind})
        list->setMaximumHeight(130);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_done);
    layout->addWidget(m_leftLabel);
    layout->addWidget(m_leftBehind);
}

void CleanupReportView::showReport(const fd::registry::CleanupReport& report,
                                   const QString& successHeadline, const QString& failureHeadline) {
    QString headline = report.ok ? successHeadline : failureHeadline;
    if (!report.ok && !report.error.message.isEmpty())
        headline += QLatin1Char(' ') + report.error.message;
    m_headline->setText(headline);
    m_headline->setStyleSheet(report.ok && report.leftBehind.isEmpty()
                                  ? QStringLiteral("color: #1e6e34; font-weight: 600;")
                                  : QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_done->clear();
    m_done->addItems(report.done);
    m_doneLabel->setText(tr("Done:"));
    m_doneLabel->setVisible(!report.done.isEmpty());
    m_done->setVisible(!report.done.isEmpty());
    m_leftBehind->clear();
    m_leftBehind->addItems(report.leftBehind);
    m_leftLabel->setText(tr("Left behind (clean up by hand):"));
    m_leftLabel->setVisible(!report.leftBehind.isEmpty());
    m_leftBehind->setVisible(!report.leftBehind.isEmpty());
}

} // namespace fd::widgets
