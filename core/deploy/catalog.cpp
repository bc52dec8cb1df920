#include "deploy/catalog.h"

#include "common/handoff.h"
#include "deploy/deploylog.h"
#include "deploy/deploytext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fd::deploy {

QString CatalogIssue::message() const {
    if (line > 0)
        return Text::tr("The runtime file %1 was skipped: line %2: %3.")
            .arg(file)
            .arg(line)
            .arg(problem);
    return Text::tr("The runtime file %1 was skipped: %2.").arg(file, problem);
}

QString Catalog::builtinDir() {
    return QStringLiteral(":/runtimes");
}

QString Catalog::userDir(const QString& dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("runtimes"));
}

const RuntimeSpec* Catalog::runtime(const QString& id) const {
    for (const RuntimeSpec& r : m_runtimes)
        if (r.id == id)
            return &r;
    return nullptr;
}

bool Catalog::add(CatalogFile file, const QString& fileName) {
    if (file.runtime) {
        if (const RuntimeSpec* existing = runtime(file.runtime->id)) {
            m_issues.append({fileName, 0,
                             Text::tr("the runtime id \"%1\" is already defined by %2")
                                 .arg(file.runtime->id, existing->sourceFile)});
            return false;
        }
        m_runtimes.append(std::move(*file.runtime));
        return true;
    }
    auto it = std::find_if(m_runtimes.begin(), m_runtimes.end(),
                           [&](const RuntimeSpec& r) { return r.id == file.addsToRuntime; });
    if (it == m_runtimes.end()) {
        m_issues.append(
            {fileName, 0,
             Text::tr("there is no runtime \"%1\" to add presets to").arg(file.addsToRuntime)});
        return false;
    }
    for (const ModelPreset& p : std::as_const(file.presets)) {
        if (it->preset(p.id) && it->preset(p.id)->id == p.id) {
            m_issues.append(
                {fileName, p.line,
                 Text::tr("the runtime \"%1\" already has a preset \"%2\"").arg(it->id, p.id)});
            return false;
        }
    }
    it->presets.append(file.presets);
    return true;
}

Catalog Catalog::load(const QStringList& dirs) {
    Catalog catalog;
    for (const QString& dirPath : dirs) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        const QFileInfoList files =
            dir.entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                              QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& info : files) {
            const QString path = info.filePath();
            QFile f(path);
            QByteArray bytes;
            if (info.size() > kMaxCatalogFileBytes) {
                catalog.m_issues.append({path, 0, Text::tr("the file is larger than 1 MiB")});
            } else if (!f.open(QIODevice::ReadOnly)) {
                catalog.m_issues.append({path, 0, Text::tr("the file cannot be read")});
            } else {
                bytes = f.read(kMaxCatalogFileBytes + 1);
                auto parsed = parseCatalogFile(bytes, path);
                if (!parsed)
                    catalog.m_issues.append(parsed.error());
                else
                    catalog.add(std::move(*parsed), path);
            }
        }
    }
    for (const CatalogIssue& issue : std::as_const(catalog.m_issues))
        qCWarning(lcDeploy).noquote() << issue.message();
    return catalog;
}

Catalog Catalog::loadDefault(const QString& dataDir) {
    return load({builtinDir(), userDir(dataDir)});
}

void Catalog::loadAsync(const QStringList& dirs, QObject* context,
                        std::function<void(Catalog)> done) {
    fd::runOnPool<Catalog>(
        context, [dirs] { return load(dirs); }, std::move(done));
}

} // namespace fd::deploy
