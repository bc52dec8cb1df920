#pragma once

// Internal: a small read-only YAML tree built from libyaml's events, for the kubeconfig reader.
// libyaml is the C parser kubectl's go-yaml was ported from (same errors, same positions) and
// about ten times faster than yaml-cpp's loader on the base64-heavy files a fleet produces.
// Only what the reader needs: scalars as UTF-8, sequences, mappings with every pair in order
// (duplicate keys are kept; the reader lets the last win, as client-go), aliases shared.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace fd::kube::detail {

struct YamlMark {
    int line = -1; // 0-based, as libyaml; -1 when unknown
    int column = -1;
    bool isNull() const { return line < 0; }
};

struct YamlNodeData;

// A handle to a node; a default-constructed one is "absent" (a key that is not there).
class YamlNode final {
public:
    YamlNode() = default;
    explicit YamlNode(const YamlNodeData* data)
        : m_d(data) {}

    explicit operator bool() const { return m_d != nullptr; }
    bool isNull() const;   // absent, or a null scalar (~, null, empty)
    bool isScalar() const; // a non-null scalar
    bool isMap() const;
    bool isSequence() const;
    const std::string& scalar() const; // empty unless isScalar()
    YamlMark mark() const;

    std::vector<YamlNode> items() const;                      // a sequence's items
    std::vector<std::pair<YamlNode, YamlNode>> pairs() const; // a mapping's pairs, in order
    // YAML 1.1 booleans as yaml-cpp reads them (true/yes/on/y and their false counterparts).
    bool toBool(bool* ok) const;

private:
    const YamlNodeData* m_d = nullptr;
};

struct YamlNodeData {
    enum class Kind { Null, Scalar, Sequence, Map };
    Kind kind = Kind::Null;
    std::string scalar;
    YamlMark mark;
    std::vector<const YamlNodeData*> children; // sequence items, or key, value, key, value...
    quint64 expanded = 1; // nodes a walk visits with aliases expanded (saturating)
};

struct YamlError {
    QString problem; // libyaml's description, e.g. "did not find expected key"
    YamlMark mark;
};

// The first document of the input (later documents are ignored, as yaml-cpp's Load and
// go-yaml's Unmarshal do). Owns every node; handles stay valid while it lives.
class YamlDocument final {
public:
    // Parses bytes (UTF-8, or UTF-16 with a BOM). On failure returns false and fills error.
    // Like go-yaml, a document whose aliases expand it far beyond its size is refused: a few
    // kilobytes of nested aliases would otherwise cost the reader's walk billions of steps.
    bool parse(const QByteArray& bytes, YamlError* error);
    YamlNode root() const { return YamlNode(m_root); }

private:
    bool checkExpansion(YamlError* error) const;

    std::deque<YamlNodeData> m_nodes;
    const YamlNodeData* m_root = nullptr;
};

} // namespace fd::kube::detail
