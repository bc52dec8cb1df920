#pragma once

// A small YAML tree for the policy area: libyaml events into nodes that keep their line and
// column (so a bad value in `policy apply FILE` names its line) and whether a scalar was plain
// (so `"300"` stays a string where `300` is a number). Unlike core/kube's kubeconfig tree it
// reads every document of a stream (CRD bundles, rendered output) and refuses aliases outright:
// neither policy files nor CRDs use them, and refusing them closes the alias-expansion attack.

#include "common/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace fd::policy::yaml {

struct Node {
    enum class Kind { Null, Scalar, Sequence, Map };
    Kind kind = Kind::Null;
    QString scalar;                 // Scalar only
    bool plain = true;              // Scalar: written without quotes or block style
    int line = -1;                  // 1-based; -1 when built from JSON
    int column = -1;                // 1-based
    std::vector<const Node*> items; // Sequence
    std::vector<std::pair<const Node*, const Node*>> entries; // Map, in document order

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    // The value of `key` in a map (the last one when a key repeats), or nullptr.
    const Node* get(QStringView key) const;
    // What a YAML reader that follows Kubernetes (YAML 1.1 booleans, 1.2 numbers) makes of it:
    // plain null/~/empty → null, true/false/yes/no/on/off → bool, numbers → double, quoted →
    // string.
    QJsonValue toJson() const;
};

// Every document of a stream. Owns the nodes; pointers stay valid while it lives.
class Document final {
public:
    // Fails with ErrorKind::InvalidInput and a message naming the line and column.
    static fd::Result<std::shared_ptr<Document>> parse(const QByteArray& bytes);
    // The same tree for a JSON value (lines unknown), so one decoder serves YAML and JSON.
    static std::shared_ptr<Document> fromJson(const QJsonValue& value);

    const std::vector<const Node*>& documents() const { return m_roots; }

private:
    Node* make();
    const Node* adopt(const QJsonValue& value);

    std::deque<Node> m_nodes;
    std::vector<const Node*> m_roots;
};

// True for a plain scalar that a YAML 1.1 or 1.2 reader would not read as a string (null, bool,
// number, timestamp): the writer quotes such strings.
bool scalarNeedsQuotes(const QString& text);

} // namespace fd::policy::yaml
