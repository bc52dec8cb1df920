#include "deploy/memoryestimate.h"

#include "deploy/deploytext.h"
#include "deploy/sizes.h"

#include <QRegularExpression>

#include <cmath>

namespace fd::deploy {

namespace {

constexpr qint64 kGi = qint64(1) << 30;

qint64 settingInt(const RuntimeSpec& rt, const QMap<QString, QVariant>& settings, SettingRole role,
                  qint64 fallback) {
    const SettingSpec* s = rt.settingWithRole(role);
    if (!s || !settings.contains(s->key))
        return fallback;
    return settings.value(s->key).toLongLong();
}

QString settingText(const RuntimeSpec& rt, const QMap<QString, QVariant>& settings,
                    SettingRole role) {
    const SettingSpec* s = rt.settingWithRole(role);
    return s && settings.contains(s->key) ? settings.value(s->key).toString() : QString();
}

} // namespace

bool isGgufQuantization(const QString& dtype) {
    // GGUF's type names are upper case (Q4_K_M, BF16); "bf16" is a Hugging Face dtype.
    static const QRegularExpression re(QStringLiteral("^(I?Q[1-8](_[0-9A-Z]+)*|F16|BF16|F32)$"));
    return re.match(dtype).hasMatch();
}

double bytesPerParameter(const QString& dtype) {
    const QString d = dtype.toLower();
    if (d == QLatin1String("fp32") || d == QLatin1String("float32") ||
        d == QLatin1String("float") || d == QLatin1String("f32"))
        return 4;
    if (d == QLatin1String("fp16") || d == QLatin1String("bf16") || d == QLatin1String("half") ||
        d == QLatin1String("float16") || d == QLatin1String("bfloat16") ||
        d == QLatin1String("f16"))
        return 2;
    if (d == QLatin1String("fp8") || d == QLatin1String("int8") || d == QLatin1String("eetq") ||
        d == QLatin1String("bitsandbytes") || d == QLatin1String("q8_0") ||
        d == QLatin1String("compressed-tensors"))
        return 1;
    if (d == QLatin1String("awq") || d == QLatin1String("gptq") || d == QLatin1String("marlin") ||
        d == QLatin1String("int4") || d == QLatin1String("bitsandbytes-nf4") ||
        d == QLatin1String("bitsandbytes-fp4") || d == QLatin1String("exl2"))
        return 0.5;
    // GGUF block quantisations: bits per weight including block scales.
    static const QRegularExpression gguf(QStringLiteral("^i?q([1-8])"));
    if (const auto m = gguf.match(d); m.hasMatch())
        return (m.captured(1).toInt() + 0.5) / 8.0;
    return 0;
}

MemoryEstimate estimateMemory(const ModelPreset& model, const RuntimeSpec& rt,
                              const QMap<QString, QVariant>& settings) {
    MemoryEstimate e;
    // The quantisation or dtype the server will actually load.
    QString dtype = settingText(rt, settings, SettingRole::Quantization);
    if (dtype.isEmpty())
        dtype = settingText(rt, settings, SettingRole::Dtype);
    if (dtype.isEmpty() || dtype == QLatin1String("auto"))
        dtype = model.dtype;
    const bool fromFile =
        isGgufQuantization(model.dtype) || model.parameters <= 0 || rt.api == ChatApi::Ollama;
    if (fromFile && model.fileSizeBytes > 0) {
        e.weightsBytes = model.fileSizeBytes;
    } else {
        e.bytesPerParameter = bytesPerParameter(dtype);
        if (e.bytesPerParameter <= 0)
            e.bytesPerParameter = 2;
        e.weightsBytes = qint64(model.parameters * e.bytesPerParameter);
    }
    const qint64 gpuLayers = settingInt(rt, settings, SettingRole::GpuLayers, -1);
    if (gpuLayers >= 0 && model.layers > 0 && gpuLayers < model.layers)
        e.weightsBytes = e.weightsBytes * gpuLayers / model.layers;

    e.contextTokens = int(settingInt(rt, settings, SettingRole::ContextLength, 0));
    if (e.contextTokens <= 0)
        e.contextTokens = model.contextLength > 0 ? model.contextLength : 4096;
    e.contextSlots = int(qMax<qint64>(1, settingInt(rt, settings, SettingRole::ContextSlots, 1)));
    double perToken = 0;
    if (model.layers > 0 && model.kvHeads > 0 && model.headDim > 0) {
        e.architectureKnown = true;
        perToken = 2.0 * model.layers * model.kvHeads * model.headDim * 2.0;
    } else if (model.parameters > 0) {
        const double layers = std::cbrt(model.parameters / 196608.0);
        perToken = 128.0 * layers * layers;
    }
    if (gpuLayers >= 0 && model.layers > 0 && gpuLayers < model.layers)
        perToken = perToken * double(gpuLayers) / model.layers;
    e.kvCacheBytes = qint64(perToken * e.contextTokens * e.contextSlots);
    e.overheadBytes = kGi + e.weightsBytes / 10;
    e.totalBytes = e.weightsBytes + e.kvCacheBytes + e.overheadBytes;
    if (const SettingSpec* u = rt.settingWithRole(SettingRole::GpuMemoryUtilization);
        u && settings.contains(u->key))
        e.memoryUtilization = qBound(0.05, settings.value(u->key).toDouble(), 1.0);
    return e;
}

QString MemoryEstimate::explain() const {
    return Text::tr("weights %1 + KV cache %2 (%3 tokens × %4) + overhead %5")
        .arg(formatGiB(weightsBytes), formatGiB(kvCacheBytes))
        .arg(contextTokens)
        .arg(contextSlots)
        .arg(formatGiB(overheadBytes));
}

} // namespace fd::deploy
