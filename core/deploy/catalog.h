#pragma once

// The runtime catalog: the built-in runtimes (resources/runtimes/*.yaml, embedded under
// :/runtimes) plus whatever the admin drops into <dataDir>/runtimes/. A file either defines a
// runtime (`id: ...`) or adds model presets to one (`runtime: <id>` + `presets:`). Every file is
// validated when loaded; a file with an error is skipped with one message naming the file and
// the line, and never stops the application.

#include "common/result.h"
#include "deploy/runtime.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace fd::deploy {

struct CatalogIssue {
    QString file;    // path as given (":/runtimes/vllm.yaml", "/home/a/.../runtimes/x.yaml")
    int line = 0;    // 1-based; 0 when the problem is the file as a whole
    QString problem; // what is wrong, translated ("unknown key \"imagee\"")

    // One sentence for the user: the file, the line, the problem, and that it was skipped.
    QString message() const;
};

// One file's content: a whole runtime, or presets added to another file's runtime.
struct CatalogFile {
    std::optional<RuntimeSpec> runtime;
    QString addsToRuntime; // `runtime:` of a presets-only file
    QList<ModelPreset> presets;
};

// Parses and validates one file. Pure; never throws.
fd::Result<CatalogFile, CatalogIssue> parseCatalogFile(const QByteArray& bytes,
                                                       const QString& fileName);

class Catalog final {
public:
    // Reads every *.yaml / *.yml in each directory (in name order), built-ins first. Files that
    // fail are reported in issues() and logged (fd.deploy); the rest load. Reads the disk: from
    // the GUI use loadAsync().
    static Catalog load(const QStringList& dirs);
    static Catalog loadDefault(const QString& dataDir); // built-ins + userDir(dataDir)
    static void loadAsync(const QStringList& dirs, QObject* context,
                          std::function<void(Catalog)> done);

    static QString builtinDir();                    // ":/runtimes"
    static QString userDir(const QString& dataDir); // <dataDir>/runtimes

    // Adds one parsed file; false (and an issue) when it clashes with what is loaded.
    bool add(CatalogFile file, const QString& fileName);

    const QList<RuntimeSpec>& runtimes() const { return m_runtimes; }
    const RuntimeSpec* runtime(const QString& id) const;
    const QList<CatalogIssue>& issues() const { return m_issues; }

private:
    QList<RuntimeSpec> m_runtimes;
    QList<CatalogIssue> m_issues;
};

// Limits that keep a hostile or broken file cheap to reject.
constexpr qint64 kMaxCatalogFileBytes = 1024 * 1024;

} // namespace fd::deploy
