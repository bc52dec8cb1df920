#pragma once

#include <QString>

class QProcess;

namespace fd::test {

// Path to a file below tests/ in the source tree.
QString testsPath(const QString& relative);

// Path below ../shared/reference (real data written by others); empty when not present.
QString referencePath(const QString& relative);

// The kubectl the tests use, as tests/e2e/kubefixture.py finds it (KUBECTL, the Google Cloud CLI's
// kubectl 1.32, or kubectl on PATH unless that is the Google Cloud CLI's dispatcher; 1.20.x or
// 1.32.x only), so the C++ tests, the benchmarks and the Python tests agree. Empty with *why set
// (what was found, how to install kubectl) when there is none: the caller fails, never skips.
QString findKubectl(QString* why);

// A peer started with this dies with the test (SIGTERM when the test process ends, also when it
// crashes or is killed), so a failed test leaves no server running. Call before start(), on the
// thread that stays alive for the test (the signal follows the thread that forked: the main one).
void dieWithTest(QProcess& process);

} // namespace fd::test
