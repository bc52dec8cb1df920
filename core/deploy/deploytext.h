#pragma once

#include <QCoreApplication>

namespace fd::deploy {

// The one translation context of the deployments area's user-facing strings, "fd::deploy",
// spelled so lupdate files them under that context (it does not follow `namespace a::b`).
// lupdate also loses it for a function in an anonymous namespace declared with an fd::-qualified
// return type (fd::Error f() { return Text::tr(…) }): write Error / Status unqualified there.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::deploy)
};

} // namespace fd::deploy
