#pragma once

// First-paint hooks, shared by `fleetdeck` and `bench_barewindow` (header-only, QtWidgets only, so
// the bare window links nothing of Fleetdeck).
// onFirstPaint(): runs a function at a widget's first Paint event. `fleetdeck` uses it to start
// what the first frame does not need (the vCenter, deployment and policy reads) only once the
// window has painted, so they do not compete with it for the CPU.
// With FLEETDECK_BENCH_EXIT_ON_PAINT=1 the program prints the steady (monotonic) clock at the
// main window's first Paint event and quits; tests/bench/startup.py compares that with the time
// it spawned the process.
// With FLEETDECK_VISIT_PAGES=1 the program instead selects every entry of the window's
// navigation list in turn after the first Paint, leaves each page a second for what it loads
// when shown, prints `visited-page <id>` for each and quits with 0: the offline test
// (tests/offline/test_offline.py) records every connection the pages try meanwhile.

#include <QCoreApplication>
#include <QEvent>
#include <QListWidget>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <functional>
#include <utility>

namespace fd::bench {

namespace detail {
class FirstPaintFilter final : public QObject {
public:
    FirstPaintFilter(QWidget* widget, std::function<void()> fn)
        : QObject(widget)
        , m_fn(std::move(fn)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && m_fn) {
            watched->removeEventFilter(this);
            deleteLater();
            std::exchange(m_fn, nullptr)();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_fn;
};
} // namespace detail

// Runs `fn` once, when `widget` receives its first Paint event (before it paints; post to run
// after the frame).
inline void onFirstPaint(QWidget* widget, std::function<void()> fn) {
    widget->installEventFilter(new detail::FirstPaintFilter(widget, std::move(fn)));
}

inline void installFirstPaintHookIfRequested(QWidget* window) {
    if (qEnvironmentVariableIntValue("FLEETDECK_BENCH_EXIT_ON_PAINT") != 1)
        return;
    onFirstPaint(window, [] {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
        std::printf("first-paint-monotonic-ns %lld\n", static_cast<long long>(ns));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    });
}

// FLEETDECK_VISIT_PAGES=1: shows row `row` of the QListWidget named "navigation" (the page id is
// its Qt::UserRole data), then the next one a second later; quits a second after the last.
inline void visitPagesFrom(QWidget* window, int row) {
    constexpr int DwellMs = 1000;
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    if (!navigation || row >= navigation->count()) {
        if (!navigation)
            std::fprintf(stderr, "FLEETDECK_VISIT_PAGES: the window has no navigation list\n");
        QTimer::singleShot(DwellMs, qApp,
                           [ok = navigation != nullptr] { QCoreApplication::exit(ok ? 0 : 1); });
        return;
    }
    navigation->setCurrentRow(row);
    std::printf("visited-page %s\n",
                qPrintable(navigation->item(row)->data(Qt::UserRole).toString()));
    std::fflush(stdout);
    QTimer::singleShot(DwellMs, window, [window, row] { visitPagesFrom(window, row + 1); });
}

inline void installPageVisitHookIfRequested(QWidget* window) {
    if (qEnvironmentVariableIntValue("FLEETDECK_VISIT_PAGES") == 1)
        onFirstPaint(window, [window] {
            QTimer::singleShot(0, window, [window] { visitPagesFrom(window, 0); });
        });
}

} // namespace fd::bench
