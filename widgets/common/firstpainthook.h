#pragma once

// Start-up benchmark hook, shared by `fleetdeck` and `bench_barewindow` (header-only, QtWidgets
// only, so the bare window links nothing of Fleetdeck). With FLEETDECK_BENCH_EXIT_ON_PAINT=1 the
// program prints the steady (monotonic) clock at the main window's first Paint event and quits;
// tests/bench/startup.py compares that with the time it spawned the process.

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace fd::bench {

class FirstPaintHook final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (!m_seen && event->type() == QEvent::Paint) {
            m_seen = true;
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
            std::printf("first-paint-monotonic-ns %lld\n", static_cast<long long>(ns));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

inline void installFirstPaintHookIfRequested(QWidget* window) {
    if (qEnvironmentVariableIntValue("FLEETDECK_BENCH_EXIT_ON_PAINT") == 1)
        window->installEventFilter(new FirstPaintHook(window));
}

} // namespace fd::bench
