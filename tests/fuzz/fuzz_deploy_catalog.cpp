// libFuzzer target for the runtime catalog loader (core/deploy/catalogparse.cpp over core/kube's
// libyaml tree): admins drop YAML files into the config dir, so any bytes must give a runtime or
// one issue with a message, never a crash or a hang. A file that parses as a runtime is then
// pushed through the manifest builder and the YAML renderer with its presets and defaults,
// which must build or fail with a sentence.
#include "deploy/catalog.h"
#include "deploy/manifest.h"
#include "deploy/memoryestimate.h"
#include "deploy/settings.h"

#include <cstdlib>

using namespace fd::deploy;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = parseCatalogFile(bytes, QStringLiteral("fuzz.yaml"));
    if (!parsed) {
        if (parsed.error().problem.isEmpty() || parsed.error().line < 0)
            std::abort();
        return 0;
    }
    if (!parsed->runtime)
        return 0;
    const RuntimeSpec& rt = *parsed->runtime;
    for (const SettingSpec& s : rt.settings)
        if (s.defaultValue.isValid() && !parseSettingValue(s, settingValueText(s, s.defaultValue)))
            std::abort(); // a default the loader accepted must read back
    DeploySpec spec;
    spec.runtimeId = rt.id;
    if (!rt.presets.isEmpty())
        spec.model = rt.presets.first();
    else
        spec.model.model = QStringLiteral("org/model");
    for (StorageKind kind : {StorageKind::NewPvc, StorageKind::EmptyDir}) {
        spec.store.kind = kind;
        auto m = buildManifest(spec, rt);
        if (!m) {
            if (m.error().message.isEmpty())
                std::abort();
            continue;
        }
        if (m->yaml().isEmpty() || m->objects.isEmpty())
            std::abort();
        (void)estimateMemory(spec.model, rt, m->settings);
    }
    return 0;
}
