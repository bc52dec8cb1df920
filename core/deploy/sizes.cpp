#include "deploy/sizes.h"

#include <QLocale>

#include <cmath>

namespace fd::deploy {

namespace {

// Splits "16.1GB" into 16.1 and "GB"; nullopt when the number part is not a finite number >= 0.
std::optional<std::pair<double, QString>> splitNumber(const QString& text) {
    const QString t = text.trimmed();
    qsizetype i = 0;
    while (i < t.size() && (t[i].isDigit() || t[i] == QLatin1Char('.')))
        ++i;
    if (i == 0)
        return std::nullopt;
    bool ok = false;
    const double value = t.left(i).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return std::make_pair(value, t.mid(i).trimmed());
}

} // namespace

std::optional<double> parseParameterCount(const QString& text) {
    const auto parts = splitNumber(text);
    if (!parts)
        return std::nullopt;
    const QString unit = parts->second.toUpper();
    double factor = 1;
    if (unit == QLatin1String("K"))
        factor = 1e3;
    else if (unit == QLatin1String("M"))
        factor = 1e6;
    else if (unit == QLatin1String("B") || unit == QLatin1String("G"))
        factor = 1e9;
    else if (unit == QLatin1String("T"))
        factor = 1e12;
    else if (!unit.isEmpty())
        return std::nullopt;
    // Whole parameters: 8.03 × 1e9 is 8029999999.999… in binary floating point.
    const double value = std::round(parts->first * factor);
    if (value <= 0 || value > 1e15)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseByteSize(const QString& text) {
    const auto parts = splitNumber(text);
    if (!parts)
        return std::nullopt;
    QString unit = parts->second;
    if (unit.endsWith(QLatin1Char('B')) && unit.size() > 1)
        unit.chop(1); // GB -> G, GiB -> Gi
    struct Unit {
        const char* name;
        double factor;
    };
    static const Unit kUnits[] = {
        {"", 1},
        {"B", 1},
        {"K", 1e3},
        {"M", 1e6},
        {"G", 1e9},
        {"T", 1e12},
        {"k", 1e3},
        {"Ki", 1024.0},
        {"Mi", 1048576.0},
        {"Gi", 1073741824.0},
        {"Ti", 1099511627776.0},
    };
    for (const Unit& u : kUnits) {
        if (unit != QLatin1String(u.name))
            continue;
        const double bytes = std::round(parts->first * u.factor); // 1.3 × 1e9 is not exact either
        if (bytes <= 0 || bytes > 9.0e18)
            return std::nullopt;
        return qint64(bytes);
    }
    return std::nullopt;
}

QString formatParameterCount(double parameters) {
    if (parameters >= 1e12)
        return QString::number(parameters / 1e12, 'f', 1) + QLatin1Char('T');
    if (parameters >= 1e9)
        return QString::number(parameters / 1e9, 'f', 1) + QLatin1Char('B');
    if (parameters >= 1e6)
        return QString::number(parameters / 1e6, 'f', 0) + QLatin1Char('M');
    return QString::number(parameters, 'f', 0);
}

QString formatGiB(qint64 bytes) {
    return QLocale().toString(double(bytes) / 1073741824.0, 'f', 1) + QStringLiteral(" GiB");
}

QString toGiQuantity(qint64 bytes) {
    const qint64 gi = (bytes + (qint64(1) << 30) - 1) >> 30;
    return QString::number(qMax<qint64>(1, gi)) + QStringLiteral("Gi");
}

} // namespace fd::deploy
