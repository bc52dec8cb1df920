// In-process timing of the kubeconfig reader for tests/bench/kubeconfig.py: reads the files
// (one file: readKubeconfigFile; several: readKubeconfigList, merged) --runs times and prints
// the median and minimum in milliseconds. Timing only; it checks nothing beyond success.
#include "kube/kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 9;
    if (args.size() >= 2 && args.first() == QLatin1String("--runs")) {
        runs = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_kubeconfigread [--runs N] FILE...\n");
        return 2;
    }
    const QString list = args.join(QDir::listSeparator());
    QList<double> ms;
    QList<double> cpuMs; // CPU time: what the reader costs even when the machine is busy
    qsizetype contexts = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        const auto config = args.size() == 1 ? fd::kube::readKubeconfigFile(args.first())
                                             : fd::kube::readKubeconfigList(list);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        cpuMs << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        if (!config) {
            std::fprintf(stderr, "%s\n", qPrintable(config.error().message));
            return 1;
        }
        contexts = config->contexts.size();
        ms << elapsed;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    std::printf("%s: median %.2f ms, min %.2f ms, cpu median %.2f ms over %d runs, %lld "
                "contexts\n",
                args.size() == 1 ? "readKubeconfigFile" : "readKubeconfigList",
                ms.at(ms.size() / 2), ms.first(), cpuMs.at(cpuMs.size() / 2), runs,
                static_cast<long long>(contexts));
    return 0;
}
