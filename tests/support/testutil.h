#pragma once

#include <QString>

namespace fd::test {

// Path to a file below tests/ in the source tree.
QString testsPath(const QString& relative);

// Path below ../shared/reference (real data written by others); empty when not present.
QString referencePath(const QString& relative);

} // namespace fd::test
