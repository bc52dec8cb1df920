#pragma once

// Container image references and their rewrite to a registry mirror for air-gapped sites.
// The mirror replaces the registry host and keeps the repository path, as a containerd mirror
// does: with the mirror "harbor.example/proxy",
//   vllm/vllm-openai:v0.10.1             -> harbor.example/proxy/vllm/vllm-openai:v0.10.1
//   ollama/ollama:0.9.0                  -> harbor.example/proxy/ollama/ollama:0.9.0
//   nginx:1.27 (Docker Hub official)     -> harbor.example/proxy/library/nginx:1.27
//   ghcr.io/ggml-org/llama.cpp:server-cuda -> harbor.example/proxy/ggml-org/llama.cpp:server-cuda

#include <QString>

#include <optional>

namespace fd::deploy {

struct ImageReference {
    QString registry; // empty: Docker Hub (docker.io) implied
    QString path;     // repository path, e.g. "vllm/vllm-openai"
    QString tag;      // empty when absent
    QString digest;   // "sha256:…", empty when absent

    QString toString() const;
    // The path as a mirror serves it: Docker Hub's one-word official images live in library/.
    QString mirrorPath() const;
};

std::optional<ImageReference> parseImageReference(const QString& text);

// A mirror is host[:port][/path]; a leading http:// or https:// is ignored. False for anything
// else.
bool isValidMirror(const QString& mirror);

// The image as pulled through the mirror; the image itself when mirror is empty. Both must be
// valid (checked by the caller with parseImageReference/isValidMirror).
QString rewriteImage(const QString& image, const QString& mirror);

} // namespace fd::deploy
