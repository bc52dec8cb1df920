#pragma once

#include "registry/importsession.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

namespace fd::widgets {

using fd::registry::ContextWarning;
using fd::registry::ContextWarnings;

// How the import dialog shows each kind of context warning (classified in the core's import
// session): its own icon, and a sentence for the tooltip.
class ContextWarningText final {
    Q_DECLARE_TR_FUNCTIONS(fd::widgets::ContextWarningText)
public:
    static QString label(ContextWarning kind);
    static QIcon icon(ContextWarning kind);
    static QList<ContextWarning> kinds(ContextWarnings flags);
};

} // namespace fd::widgets
