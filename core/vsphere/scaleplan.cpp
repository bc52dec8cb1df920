#include "vsphere/scaleplan.h"

#include "vsphere/vspheretext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace fd::vsphere {

namespace {

std::optional<quint32> ipv4(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    quint32 value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int part = m.captured(i).toInt();
        if (part > 255)
            return std::nullopt;
        value = (value << 8) | quint32(part);
    }
    return value;
}

QString ipv4Text(quint32 v) {
    return QStringLiteral("%1.%2.%3.%4")
        .arg(v >> 24)
        .arg((v >> 16) & 0xff)
        .arg((v >> 8) & 0xff)
        .arg(v & 0xff);
}

} // namespace

fd::Result<QStringList> IpPool::addresses() const {
    const auto a = ipv4(first);
    const auto b = ipv4(last.isEmpty() ? first : last);
    if (!a || !b)
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("The IP pool %1 – %2 is not a range of IPv4 addresses; "
                                      "enter them like 10.20.0.10 and 10.20.0.50.")
                                 .arg(first, last));
    if (*b < *a)
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("The IP pool ends (%2) before it starts (%1); swap the "
                                      "addresses.")
                                 .arg(first, last));
    if (*b - *a >= 65536)
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("The IP pool %1 – %2 is larger than 65,536 addresses; "
                                      "narrow it.")
                                 .arg(first, last));
    QStringList out;
    out.reserve(qsizetype(*b - *a + 1));
    for (quint32 v = *a; v <= *b; ++v) {
        out.append(ipv4Text(v));
        if (v == 0xffffffffu)
            break;
    }
    return out;
}

QString expandNamePattern(const QString& pattern, int n) {
    static const QRegularExpression re(QStringLiteral("\\{n(?::(\\d{1,2}))?\\}"));
    const auto m = re.match(pattern);
    if (!m.hasMatch())
        return pattern + u'-' + QString::number(n);
    const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    QString out = pattern;
    out.replace(m.capturedStart(), m.capturedLength(),
                QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')));
    return out;
}

fd::Status validateNamePattern(const QString& pattern) {
    static const QRegularExpression ok(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
    const QString sample = expandNamePattern(pattern, 999);
    if (pattern.trimmed().isEmpty() || sample.size() > 63 || !ok.match(sample).hasMatch())
        return fd::makeError(
            fd::ErrorKind::InvalidInput,
            QCoreApplication::translate("fd::vsphere",
                                        "The name pattern “%1” does not make valid VM host names; "
                                        "use letters, digits and '-' with {n} for the number, like "
                                        "llm-{n:02}.")
                .arg(pattern));
    return {};
}

fd::Result<QList<PlannedVm>> planScaleOut(const ScaleGroup& group, int count,
                                          const QSet<QString>& takenNames,
                                          const QSet<QString>& takenIps) {
    if (count <= 0)
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("Scale out by at least one VM."));
    if (auto st = validateNamePattern(group.namePattern); !st)
        return st.error();
    QSet<QString> names;
    for (const QString& n : takenNames)
        names.insert(n.toLower());
    QStringList free;
    if (!group.ipPool.isEmpty()) {
        auto all = group.ipPool.addresses();
        if (!all)
            return all.error();
        for (const QString& ip : std::as_const(*all))
            if (!takenIps.contains(ip))
                free.append(ip);
        if (free.size() < count)
            return fd::makeError(
                fd::ErrorKind::InvalidInput,
                Text::tr("The IP pool of %1 has %2 free addresses but %3 VMs were asked for; "
                         "nothing was cloned. Widen the pool or scale out by fewer.")
                    .arg(group.name)
                    .arg(free.size())
                    .arg(count));
    }
    QList<PlannedVm> plan;
    int n = 1;
    for (int i = 0; i < count; ++i) {
        QString name = expandNamePattern(group.namePattern, n);
        while (names.contains(name.toLower()) && n < 1000000)
            name = expandNamePattern(group.namePattern, ++n);
        names.insert(name.toLower());
        plan.append({name, free.isEmpty() ? QString() : free.at(i), n});
        ++n;
    }
    return plan;
}

QList<ScaleMember> planScaleIn(QList<ScaleMember> members, int count) {
    std::sort(members.begin(), members.end(), [](const ScaleMember& a, const ScaleMember& b) {
        return a.seq != b.seq ? a.seq > b.seq : a.createdAt > b.createdAt;
    });
    return members.mid(0, qMax(0, count));
}

} // namespace fd::vsphere
