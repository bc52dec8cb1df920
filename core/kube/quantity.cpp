#include "kube/quantity.h"

#include <cmath>
#include <limits>

namespace fd::kube {

namespace {

struct Suffix {
    const char* text;
    int base;     // 2 or 10
    int exponent; // power of base
};

// Binary SI, decimal SI (m, "", k, M, G, T, P, E); "e"/"E" exponents handled separately.
constexpr Suffix kSuffixes[] = {
    {"Ki", 2, 10}, {"Mi", 2, 20}, {"Gi", 2, 30}, {"Ti", 2, 40}, {"Pi", 2, 50},
    {"Ei", 2, 60}, {"n", 10, -9}, {"u", 10, -6}, {"m", 10, -3}, {"k", 10, 3},
    {"M", 10, 6},  {"G", 10, 9},  {"T", 10, 12}, {"P", 10, 15}, {"E", 10, 18},
};

// Multiplies the decimal digits by 10^exp10 * 2^exp2 * 1000 (milli-units) exactly where
// possible, rounding fractions of a milli-unit up. long double keeps 64 bits of mantissa,
// enough for every integral quantity that fits in qint64.
std::optional<qint64> toMilli(const QString& mantissa, int exp10, int exp2) {
    bool ok = false;
    const long double number = mantissa.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    // Exact integer path for the common case of an integral mantissa without exponent.
    long double scaled = number * std::pow(10.0L, exp10 + 3) * std::pow(2.0L, exp2);
    if (!std::isfinite(double(scaled)) || std::fabs(scaled) >= 9.2e18L)
        return std::nullopt;
    const long double rounded = std::round(scaled);
    // apimachinery rounds up away from zero when precision is lost.
    qint64 milli = qint64(rounded);
    if (std::fabs(scaled - rounded) > 1e-9L * std::max(1.0L, std::fabs(scaled)))
        milli = qint64(scaled >= 0 ? std::ceil(scaled) : std::floor(scaled));
    return milli;
}

} // namespace

Quantity::Quantity(QString text) {
    if (auto q = parse(text))
        *this = *q;
    else
        m_text = std::move(text);
}

std::optional<Quantity> Quantity::parse(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;

    // <sign><digits>[.<digits>] then an optional suffix.
    qsizetype i = 0;
    if (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-'))
        ++i;
    const qsizetype digitsStart = i;
    bool seenDot = false;
    int digits = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            ++digits;
        } else if (c == QLatin1Char('.') && !seenDot) {
            seenDot = true;
        } else {
            break;
        }
    }
    if (digits == 0 || i == digitsStart)
        return std::nullopt;
    const QString mantissa = text.left(i);
    const QString suffix = text.mid(i);

    int exp10 = 0;
    int exp2 = 0;
    if (!suffix.isEmpty()) {
        bool matched = false;
        for (const Suffix& s : kSuffixes) {
            if (suffix == QLatin1String(s.text)) {
                (s.base == 2 ? exp2 : exp10) = s.exponent;
                matched = true;
                break;
            }
        }
        if (!matched) {
            // Decimal exponent: "1e3", "5E-3". The exponent must be an integer.
            if (suffix[0] != QLatin1Char('e') && suffix[0] != QLatin1Char('E'))
                return std::nullopt;
            const QString exponent = suffix.mid(1);
            if (exponent.isEmpty())
                return std::nullopt;
            for (qsizetype k = 0; k < exponent.size(); ++k) {
                const QChar c = exponent[k];
                const bool sign = k == 0 && (c == QLatin1Char('+') || c == QLatin1Char('-'));
                if (!sign && !(c.isDigit() && c.unicode() < 128))
                    return std::nullopt;
            }
            bool ok = false;
            exp10 = exponent.toInt(&ok);
            if (!ok || exp10 > 30 || exp10 < -30)
                return std::nullopt;
        }
    }

    const auto milli = toMilli(mantissa, exp10, exp2);
    if (!milli)
        return std::nullopt;
    Quantity q;
    q.m_text = input;
    q.m_milli = *milli;
    q.m_valid = true;
    return q;
}

qint64 Quantity::value() const {
    if (m_milli >= 0)
        return m_milli / 1000 + (m_milli % 1000 != 0 ? 1 : 0);
    return m_milli / 1000;
}

} // namespace fd::kube
