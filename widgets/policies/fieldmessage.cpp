#include "fieldmessage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <QMap>

namespace fd::widgets {

using fd::policy::Finding;
using fd::policy::Severity;

QString severityIconPath(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral(":/icons/severity-error.svg");
    case Severity::Warning:
        return QStringLiteral(":/icons/severity-warning.svg");
    case Severity::Info:
        break;
    }
    return QStringLiteral(":/icons/severity-info.svg");
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return FieldMessage::tr("Error");
    case Severity::Warning:
        return FieldMessage::tr("Warning");
    case Severity::Info:
        break;
    }
    return FieldMessage::tr("Note");
}

FieldMessage::FieldMessage(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("fieldMessage"));
    m_layout->setContentsMargins(0, 0, 0, 2);
    m_layout->setSpacing(2);
    hide();
}

void FieldMessage::setFindings(const QList<Finding>& findings) {
    if (findings.size() == m_findings.size()) {
        bool same = true;
        for (int i = 0; i < findings.size() && same; ++i)
            same = findings[i].message == m_findings[i].message &&
                   findings[i].severity == m_findings[i].severity;
        if (same) {
            m_findings = findings;
            return;
        }
    }
    m_findings = findings;
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList accessible;
    for (const Finding& f : findings) {
        auto* row = new QWidget(this);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(6);
        auto* icon = new QLabel(row);
        icon->setPixmap(QIcon(severityIconPath(f.severity)).pixmap(14, 14));
        icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        icon->setFixedWidth(16);
        auto* text = new QLabel(f.message, row);
        text->setObjectName(QStringLiteral("fieldMessageText"));
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setProperty("severity", fd::policy::toString(f.severity));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        rowLayout->addWidget(icon, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1, Qt::AlignTop);
        m_layout->addWidget(row);
        accessible << severityName(f.severity) + QStringLiteral(": ") + f.message;
    }
    setAccessibleName(accessible.join(u'\n'));
    setVisible(!findings.isEmpty());
}

void FieldMessage::setMessage(Severity severity, const QString& text) {
    if (text.isEmpty()) {
        clear();
        return;
    }
    Finding f;
    f.severity = severity;
    f.message = text;
    setFindings({f});
}

QString FieldMessage::text() const {
    QStringList lines;
    for (const Finding& f : m_findings)
        lines << f.message;
    return lines.join(u'\n');
}

void FieldMessageRouter::show(const QList<Finding>& findings) const {
    QMap<FieldMessage*, QList<Finding>> byField;
    for (const Route& r : m_routes)
        byField[r.message]; // every field is updated, so old messages go away
    if (m_fallback)
        byField[m_fallback];
    for (const Finding& f : findings) {
        FieldMessage* target = m_fallback;
        qsizetype best = -1;
        for (const Route& r : m_routes) {
            const bool match = f.path == r.path ||
                               (f.path.startsWith(r.path) && (f.path.at(r.path.size()) == u'.' ||
                                                              f.path.at(r.path.size()) == u'['));
            if (match && r.path.size() > best) {
                best = r.path.size();
                target = r.message;
            }
        }
        if (target)
            byField[target].append(f);
    }
    for (auto it = byField.begin(); it != byField.end(); ++it)
        it.key()->setFindings(it.value());
}

} // namespace fd::widgets
