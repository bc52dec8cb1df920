#pragma once

#include <QString>

#include <optional>

namespace fd::kube {

// A Kubernetes resource.Quantity ("4", "250m", "16Gi", "1e3", "1.5", "100k"), kept as the string
// the API sent and parsed on demand. Values are held in milli-units, which covers every
// quantity the product shows (CPU in millicores, memory and storage in bytes, GPU counts);
// sub-milli fractions are rounded up as the apiserver does when it canonicalises.
class Quantity final {
public:
    Quantity() = default;
    explicit Quantity(QString text);

    // Parses; nullopt for text that is not a quantity (or that overflows 64-bit milli-units).
    static std::optional<Quantity> parse(const QString& text);

    bool isValid() const { return m_valid; }
    const QString& text() const { return m_text; }

    qint64 milliValue() const { return m_milli; }
    // Whole units, rounded up (as Quantity.Value() in apimachinery): "250m" -> 1, "16Gi" -> bytes.
    qint64 value() const;
    double toDouble() const { return double(m_milli) / 1000.0; }

private:
    QString m_text;
    qint64 m_milli = 0;
    bool m_valid = false;
};

} // namespace fd::kube
