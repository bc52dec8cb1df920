#pragma once

// The runtime catalog's data model: what resources/runtimes/*.yaml (and the files users drop
// into <dataDir>/runtimes/) describe. Runtimes are data, not code: the manifest builder, the
// wizard's form and the prompt client read everything runtime-specific from here.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace fd::deploy {

// Catalog text in English with an optional Korean form; text() follows the UI language.
struct LocalizedText {
    QString en;
    QString ko;
    QString text() const;
};

// Which chat protocol the runtime speaks: OpenAI's /v1/chat/completions (SSE) or Ollama's
// /api/chat (NDJSON).
enum class ChatApi { OpenAi, Ollama };

enum class SettingType { Int, Float, Bool, Enum, String, Duration };

// How a setting reaches the server.
enum class SettingApply {
    Arg,           // command-line flag: `<target> <value>` (a Bool: the flag alone when true)
    Env,           // environment variable <target>
    RequestOption, // Ollama request option (options.<target>) sent with each chat request
};

// What a setting means to Fleetdeck beyond its value: the fit check and the builder read
// these (context length drives the KV-cache estimate, tensor parallelism must match the GPUs).
enum class SettingRole {
    None,
    ContextLength,
    Parallel,     // concurrent requests sharing one KV pool (vLLM, TGI, llama.cpp slots)
    ContextSlots, // concurrent requests that each reserve a whole context (Ollama)
    GpuLayers,
    GpuMemoryUtilization,
    TensorParallel,
    Dtype,
    Quantization,
};

struct SettingSpec {
    QString key; // stable id used by --set key=value, e.g. "maxModelLen"
    LocalizedText label;
    LocalizedText description;
    SettingType type = SettingType::String;
    std::optional<double> min; // Int and Float
    std::optional<double> max;
    QStringList choices;   // Enum
    QString pattern;       // String: a full-match regular expression, optional
    QVariant defaultValue; // invalid: not sent unless the user sets it
    SettingApply apply = SettingApply::Arg;
    QString target; // flag, variable or option name
    QString unit;   // shown next to the field ("tokens", "GiB")
    SettingRole role = SettingRole::None;
    int line = 0; // 1-based line in its file
};

// A model the wizard offers for a runtime, with its sizes (for the fit check and the PVC).
struct ModelPreset {
    QString id;
    LocalizedText name;
    QString model;            // what the runtime is given (HF id, Ollama tag, hf repo:quant)
    double parameters = 0;    // parameter count
    qint64 fileSizeBytes = 0; // download size of the weights
    QString dtype;            // weights dtype or quantisation: bf16, fp16, fp8, awq, Q4_K_M...
    int contextLength = 0;    // the model's own maximum, 0 when unknown
    int layers = 0;           // architecture, optional: exact KV-cache estimate when known
    int kvHeads = 0;
    int headDim = 0;
    int gpus = 0; // GPUs the preset is meant for (0: the runtime's default)
    QString sourceFile;
    int line = 0;
};

struct EnvVar {
    QString name;
    QString value; // template
};

// How the runtime shows it is alive and when it is ready to serve.
struct HealthSpec {
    QString path;          // liveness and startup: HTTP GET on the container port
    QString readyPath;     // readiness, when it differs from path (default: path)
    QStringList readyExec; // readiness as a command instead (Ollama: model pulled)
    enum class Loading {
        Refused,        // nothing listens until the model is loaded (vLLM, TGI)
        Unavailable503, // the health path answers 503 while loading (llama.cpp)
        NotReady,       // the server is up at once; readiness waits for the model (Ollama)
    };
    Loading loading = Loading::Refused;
    LocalizedText loadingText; // what "loading" looks like, for the status page
};

struct GpuNeeds {
    bool required = true; // false: the runtime can run on CPU (slowly)
    int defaultCount = 1;
    bool mig = true;           // can run on one MIG slice
    bool sharedMemory = false; // needs a large /dev/shm (tensor parallel, NCCL)
};

struct RuntimeSpec {
    QString id; // DNS-1123 label: ollama, vllm, tgi, llamacpp
    LocalizedText name;
    LocalizedText description;
    ChatApi api = ChatApi::OpenAi;
    QString chatPath;    // /v1/chat/completions or /api/chat
    QString image;       // default image reference (rewritten to a mirror when asked)
    int port = 0;        // container port; always given to the server explicitly
    QStringList command; // templates; empty: the image's entrypoint
    QStringList args;
    QList<EnvVar> env;
    QStringList modelArgs;      // how the model is named on the command line (hub reference)
    QStringList localModelArgs; // ... when the model is a path on the model store (starts with /)
    QString modelStorePath;     // where the model store is mounted in the container
    QString startupScript;      // template; non-empty: runs from a ConfigMap (Ollama)
    HealthSpec health;
    GpuNeeds gpu;
    QList<SettingSpec> settings;
    QList<ModelPreset> presets;
    QString sourceFile;

    const SettingSpec* setting(const QString& key) const;
    const SettingSpec* settingWithRole(SettingRole role) const;
    const ModelPreset* preset(const QString& idOrModel) const;
};

QString settingTypeName(SettingType type);
QString settingRoleName(SettingRole role);

} // namespace fd::deploy
