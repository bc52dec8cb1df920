#pragma once

#include "contextwarnings.h"
#include "registry/clusterregistry.h"
#include "registry/importcandidate.h"

namespace fd::widgets {

// One kubeconfig context in the import dialog: the candidate being edited, whether it is
// ticked, and its connection test.
struct ImportEntry {
    enum class Test { NotRun, Running, Passed, Failed, Cancelled };

    QString contextName;
    fd::registry::ImportCandidate candidate;
    ContextWarnings warningKinds;
    bool checked = false;
    Test test = Test::NotRun;
    fd::registry::TestId testId = 0;
    fd::registry::ConnectionReport report;
    QString saveError; // the registry refused this one on save (e.g. name clash)
};

} // namespace fd::widgets
