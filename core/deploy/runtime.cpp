#include "deploy/runtime.h"

#include <QLocale>

namespace fd::deploy {

QString LocalizedText::text() const {
    if (!ko.isEmpty() && QLocale().language() == QLocale::Korean)
        return ko;
    return en;
}

const SettingSpec* RuntimeSpec::setting(const QString& key) const {
    for (const SettingSpec& s : settings)
        if (s.key == key)
            return &s;
    return nullptr;
}

const SettingSpec* RuntimeSpec::settingWithRole(SettingRole role) const {
    for (const SettingSpec& s : settings)
        if (s.role == role)
            return &s;
    return nullptr;
}

const ModelPreset* RuntimeSpec::preset(const QString& idOrModel) const {
    for (const ModelPreset& p : presets)
        if (p.id == idOrModel)
            return &p;
    for (const ModelPreset& p : presets)
        if (p.model == idOrModel)
            return &p;
    return nullptr;
}

QString settingTypeName(SettingType type) {
    switch (type) {
    case SettingType::Int:
        return QStringLiteral("int");
    case SettingType::Float:
        return QStringLiteral("float");
    case SettingType::Bool:
        return QStringLiteral("bool");
    case SettingType::Enum:
        return QStringLiteral("enum");
    case SettingType::String:
        return QStringLiteral("string");
    case SettingType::Duration:
        return QStringLiteral("duration");
    }
    return {};
}

QString settingRoleName(SettingRole role) {
    switch (role) {
    case SettingRole::None:
        return {};
    case SettingRole::ContextLength:
        return QStringLiteral("contextLength");
    case SettingRole::Parallel:
        return QStringLiteral("parallel");
    case SettingRole::ContextSlots:
        return QStringLiteral("contextSlots");
    case SettingRole::GpuLayers:
        return QStringLiteral("gpuLayers");
    case SettingRole::GpuMemoryUtilization:
        return QStringLiteral("gpuMemoryUtilization");
    case SettingRole::TensorParallel:
        return QStringLiteral("tensorParallel");
    case SettingRole::Dtype:
        return QStringLiteral("dtype");
    case SettingRole::Quantization:
        return QStringLiteral("quantization");
    }
    return {};
}

} // namespace fd::deploy
