#pragma once

#include "policy/validation.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace fd::widgets {

// The validation messages of one field, shown right under it while the user types: one line per
// finding with its severity's icon and colour (error red, warning amber, information blue).
// Hidden when there is nothing to say.
class FieldMessage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget* parent = nullptr);

    void setFindings(const QList<fd::policy::Finding>& findings);
    // One message that is not a validation finding (a failed save).
    void setMessage(fd::policy::Severity severity, const QString& text);
    void clear() { setFindings({}); }

    QList<fd::policy::Finding> findings() const { return m_findings; }
    QString text() const; // the messages, one per line
    bool hasErrors() const { return fd::policy::hasErrors(m_findings); }

private:
    QVBoxLayout* m_layout;
    QList<fd::policy::Finding> m_findings;
};

// Routes findings to the messages of their fields: a finding goes to the field whose path is the
// longest prefix of its path ("zoneA.migProfile" under "zoneA.migProfile", "rules[2].values" under
// "rules"); the rest go to `fallback`.
class FieldMessageRouter final {
public:
    void add(const QString& path, FieldMessage* message) { m_routes.append({path, message}); }
    void setFallback(FieldMessage* fallback) { m_fallback = fallback; }
    void show(const QList<fd::policy::Finding>& findings) const;

private:
    struct Route {
        QString path;
        FieldMessage* message;
    };
    QList<Route> m_routes;
    FieldMessage* m_fallback = nullptr;
};

QString severityIconPath(fd::policy::Severity severity);
QString severityName(fd::policy::Severity severity); // translated "Error", "Warning", "Note"

} // namespace fd::widgets
