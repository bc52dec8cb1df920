#pragma once

// Kubernetes names for deployments. Services need DNS-1035 labels (a lowercase letter first,
// then lowercase letters, digits and "-", at most 63), and the deployment's name is also its
// Service's, so every name Fleetdeck derives from a model is a DNS-1035 label:
//   "llama3.2:1b" -> "llama3-2-1b", "Qwen/Qwen2.5-7B" -> "qwen-qwen2-5-7b", "7b" -> "model-7b".
// Letters that have no ASCII form (Hangul, ø, …) are dropped and a stable hash of the original
// text is appended, so two different names never collapse into one; over-long names keep their
// start and end in a hash of the whole text.

#include <QSet>
#include <QString>

namespace fd::deploy {

constexpr int kMaxDnsLabel = 63;

bool isDns1035Label(const QString& name);
bool isDns1123Label(const QString& name);
// Object names of most kinds (ConfigMap, PVC, Secret): dot-separated DNS-1123 labels, <= 253.
bool isDns1123Subdomain(const QString& name);

// Always returns a valid DNS-1035 label of at most maxLength (>= 16) characters.
QString sanitizeDns1035(const QString& text, int maxLength = kMaxDnsLabel);

// `base` when it is not in `taken`, else base-2, base-3, … (shortened to fit maxLength).
QString uniqueName(const QString& base, const QSet<QString>& taken, int maxLength = kMaxDnsLabel);

// A label value (at most 63 of [A-Za-z0-9._-], alphanumeric at both ends) made from text, or an
// empty string when nothing usable is left (the label is then left out).
QString sanitizeLabelValue(const QString& text);
bool isLabelValue(const QString& text);

// Whether an Event's involved object belongs to the deployment `name`: the Deployment and its
// Service (`name`), the model PVC (`name-models`) and start-up ConfigMap (`name-startup`), its
// ReplicaSets (`name-<pod-template-hash>`) and their pods (`name-<hash>-<5 characters>`, cut as
// Kubernetes cuts long names), hashes and suffixes in Kubernetes' safe alphabet. Exact, so the
// events of a deployment `name-2` are not shown as `name`'s.
bool isObjectOfDeployment(const QString& kind, const QString& objectName, const QString& name);

// Empty when `model` can be handed to a runtime (non-empty, at most 512 characters, no spaces or
// control characters); otherwise the problem, translated.
QString checkModelReference(const QString& model);

} // namespace fd::deploy
