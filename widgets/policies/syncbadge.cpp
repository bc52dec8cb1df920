#include "syncbadge.h"

#include <QEvent>
#include <QLocale>
#include <QStyle>

namespace fd::widgets {

using fd::policy::repository::SyncRecord;
using fd::policy::repository::SyncState;

SyncBadge::SyncBadge(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("syncBadge"));
    setAlignment(Qt::AlignCenter);
    updateTexts();
}

QString SyncBadge::stateText(SyncState state) {
    switch (state) {
    case SyncState::NotSynced:
        return tr("Not synced");
    case SyncState::InSync:
        return tr("In sync");
    case SyncState::Drifted:
        return tr("Drifted");
    case SyncState::Failed:
        return tr("Sync failed");
    case SyncState::Deleting:
        return tr("Deleting");
    case SyncState::External:
        return tr("External");
    }
    return {};
}

void SyncBadge::setSummary(const fd::policy::SyncSummary& summary) {
    m_summary = summary;
    updateTexts();
}

void SyncBadge::updateTexts() {
    setText(stateText(m_summary.state));
    setProperty("state", fd::policy::repository::toString(m_summary.state));
    style()->unpolish(this);
    style()->polish(this);
    QStringList lines;
    if (m_summary.records.isEmpty())
        lines << tr("Not applied to a Karmada control plane yet.");
    for (const SyncRecord& r : m_summary.records) {
        const QString plane = r.controlPlaneName.isEmpty()
                                  ? tr("control plane %1").arg(r.controlPlaneId)
                                  : r.controlPlaneName;
        QString line = tr("%1: %2").arg(plane, stateText(r.state));
        if (r.checkedAt.isValid())
            line += u' ' +
                    tr("(checked %1)")
                        .arg(QLocale().toString(r.checkedAt.toLocalTime(), QLocale::ShortFormat));
        lines << line;
        if (r.state == SyncState::Failed && !r.lastError.isEmpty())
            lines << QStringLiteral("  ") + r.lastError;
        if (r.state == SyncState::Drifted && !r.driftedFields.isEmpty())
            lines << QStringLiteral("  ") + tr("Changed on the server: %1")
                                                .arg(r.driftedFields.join(QStringLiteral(", ")));
    }
    setToolTip(lines.join(u'\n'));
    setAccessibleName(tr("Sync state: %1").arg(text()));
}

void SyncBadge::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QLabel::changeEvent(event);
}

} // namespace fd::widgets
