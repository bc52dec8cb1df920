#pragma once

// How much GPU memory one replica of a model needs, for the fit check. An estimate, stated as
// such in the UI; the formula:
//
//   weights  = file size                       for GGUF quantisations (Ollama, llama.cpp: the
//                                              file is what is loaded), or when the parameter
//                                              count is unknown
//            = parameters × bytes per parameter otherwise, from the quantisation setting, else
//              the dtype setting (unless "auto"), else the model's dtype, else 2 (fp16/bf16):
//              fp32 4, fp16/bf16 2, fp8/int8 1, int4 (awq, gptq, nf4, fp4) 0.5
//            × the offloaded fraction when a GPU-layers setting keeps layers on the CPU
//   kv cache = 2 (K and V) × layers × KV heads × head dim × 2 bytes (fp16) × context × slots
//              context: the context-length setting, else the model's maximum, else 4096;
//              slots: the contextSlots setting (Ollama reserves a context per parallel request),
//              else 1 (vLLM, TGI and llama.cpp share one KV pool)
//              without the architecture: 128 × L² bytes per token with L = ∛(parameters / 196608),
//              a Llama-shaped model with 4-way grouped-query attention (within 0.75–2× of real
//              Llama 3 models, erring high for the largest)
//   overhead = 1 GiB (CUDA context, cuBLAS workspace) + 10 % of the weights (activations,
//              fragmentation)
//   total    = weights + kv cache + overhead, for one replica over all its GPUs
//
// It fits when total ≤ GPUs × memory per GPU × the GPU-memory-utilisation setting (vLLM's
// fraction; 1 elsewhere).

#include "deploy/runtime.h"

#include <QMap>
#include <QString>
#include <QVariant>

namespace fd::deploy {

struct MemoryEstimate {
    qint64 weightsBytes = 0;
    qint64 kvCacheBytes = 0;
    qint64 overheadBytes = 0;
    qint64 totalBytes = 0;
    int contextTokens = 0;
    int contextSlots = 1;
    double bytesPerParameter = 0; // 0 when the weights came from the file size
    bool architectureKnown = false;
    double memoryUtilization = 1.0; // fraction of GPU memory the runtime may use

    // "weights 15.0 GiB + KV cache 16.0 GiB (131072 tokens) + overhead 2.5 GiB", translated.
    QString explain() const;
};

// Bytes per parameter for a dtype or quantisation name (case-insensitive); 0 when unknown.
double bytesPerParameter(const QString& dtypeOrQuantization);
bool isGgufQuantization(const QString& dtype); // Q4_K_M, Q8_0, IQ3_XS, F16 GGUF names …

MemoryEstimate estimateMemory(const ModelPreset& model, const RuntimeSpec& runtime,
                              const QMap<QString, QVariant>& settings);

} // namespace fd::deploy
