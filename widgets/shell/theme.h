#pragma once

class QApplication;

namespace fd::widgets {

// The console's look: Fusion with a light palette and one style sheet, so it renders the same
// on every desktop (and in offscreen screenshots) instead of inheriting a random system theme.
void applyTheme(QApplication& app);

} // namespace fd::widgets
