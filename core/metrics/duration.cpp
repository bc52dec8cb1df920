#include "metrics/duration.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>

namespace fd::metrics {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::metrics", text);
}

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kYear = 365 * kDay;

struct Unit {
    const char* suffix;
    qint64 ms;
};
// Prometheus's order; "ms" is listed before "m" and "s" so the longer suffix wins.
constexpr Unit kUnits[] = {{"y", kYear}, {"w", kWeek},   {"d", kDay},   {"h", kHour},
                           {"ms", 1},    {"m", kMinute}, {"s", kSecond}};
// Position of each unit in the required descending order (ms comes last).
constexpr int kRank[] = {0, 1, 2, 3, 6, 4, 5};

std::optional<qint64> plainSeconds(QStringView text) {
    const QByteArray ascii = text.toLatin1();
    double seconds = 0;
    const char* begin = ascii.constData();
    const char* end = begin + ascii.size();
    const auto [ptr, ec] = std::from_chars(begin, end, seconds, std::chars_format::fixed);
    if (ec != std::errc() || ptr != end || !std::isfinite(seconds) || seconds < 0 ||
        seconds * 1000.0 > double(std::numeric_limits<qint64>::max() / 2))
        return std::nullopt;
    return qint64(std::llround(seconds * 1000.0));
}

} // namespace

std::optional<qint64> parseDurationMs(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    bool allNumeric = true;
    for (QChar c : text)
        if (!(c.isDigit() || c == QLatin1Char('.')))
            allNumeric = false;
    if (allNumeric)
        return plainSeconds(text);

    qint64 total = 0;
    int lastRank = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype digitsStart = i;
        qint64 number = 0;
        while (i < text.size() && text[i].isDigit()) {
            const int digit = text[i].digitValue();
            if (number > (std::numeric_limits<qint64>::max() - digit) / 10)
                return std::nullopt;
            number = number * 10 + digit;
            ++i;
        }
        if (i == digitsStart || i == text.size())
            return std::nullopt; // a unit without a number, or a number without a unit
        int matched = -1;
        for (int u = 0; u < int(std::size(kUnits)); ++u) {
            const QLatin1StringView suffix(kUnits[u].suffix);
            if (text.sliced(i).startsWith(suffix)) {
                matched = u;
                break;
            }
        }
        if (matched < 0 || kRank[matched] <= lastRank)
            return std::nullopt; // unknown unit, or units out of order / repeated
        lastRank = kRank[matched];
        i += qsizetype(qstrlen(kUnits[matched].suffix));
        const qint64 unitMs = kUnits[matched].ms;
        if (number > (std::numeric_limits<qint64>::max() - total) / unitMs)
            return std::nullopt;
        total += number * unitMs;
    }
    return total;
}

fd::Result<qint64> parseDuration(QStringView text) {
    if (const auto ms = parseDurationMs(text))
        return *ms;
    return fd::makeError(fd::ErrorKind::InvalidInput,
                         tr("\"%1\" is not a duration; write it as Prometheus does, for example "
                            "15m, 6h, 7d, 60s or 1h30m.")
                             .arg(text.left(64).toString()));
}

QString formatDuration(qint64 ms) {
    if (ms <= 0)
        return QStringLiteral("0s");
    QString out;
    const Unit order[] = {{"d", kDay}, {"h", kHour}, {"m", kMinute}, {"s", kSecond}, {"ms", 1}};
    for (const Unit& unit : order) {
        if (ms >= unit.ms) {
            out += QString::number(ms / unit.ms) + QLatin1StringView(unit.suffix);
            ms %= unit.ms;
        }
    }
    return out;
}

QString apiSeconds(qint64 ms) {
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace fd::metrics
