#include "registry/clusterrecord.h"

#include <algorithm>
#include <array>
#include <utility>

namespace fd::registry {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(table.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& text) {
    for (const auto& [e, name] : table)
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return e;
    return table.front().first; // unknown text from a newer version: the neutral value
}

constexpr std::array<std::pair<ClusterStatus, const char*>, 4> kStatus{{
    {ClusterStatus::Unknown, "Unknown"},
    {ClusterStatus::Ready, "Ready"},
    {ClusterStatus::NotReady, "NotReady"},
    {ClusterStatus::Unreachable, "Unreachable"},
}};
constexpr std::array<std::pair<KarmadaRole, const char*>, 3> kRole{{
    {KarmadaRole::None, "none"},
    {KarmadaRole::ControlPlane, "controlPlane"},
    {KarmadaRole::Member, "member"},
}};
constexpr std::array<std::pair<ClusterOrigin, const char*>, 2> kOrigin{{
    {ClusterOrigin::Imported, "imported"},
    {ClusterOrigin::DiscoveredFromKarmada, "discoveredFromKarmada"},
}};
constexpr std::array<std::pair<AuthKind, const char*>, 7> kAuth{{
    {AuthKind::None, "none"},
    {AuthKind::Token, "token"},
    {AuthKind::TokenFile, "tokenFile"},
    {AuthKind::ClientCert, "clientCert"},
    {AuthKind::Basic, "basic"},
    {AuthKind::Exec, "exec"},
    {AuthKind::Oidc, "authProvider"},
}};

} // namespace

namespace {
constexpr std::array<std::pair<const char*, QString SecretRefs::*>, 8> kRefSlots{{
    {"token", &SecretRefs::token},
    {"clientCert", &SecretRefs::clientCert},
    {"clientKey", &SecretRefs::clientKey},
    {"password", &SecretRefs::password},
    {"oidcIdToken", &SecretRefs::oidcIdToken},
    {"oidcRefreshToken", &SecretRefs::oidcRefreshToken},
    {"oidcClientSecret", &SecretRefs::oidcClientSecret},
    {"execConfig", &SecretRefs::execConfig},
}};
} // namespace

QStringList SecretRefs::all() const {
    QStringList out;
    for (const auto& [name, member] : kRefSlots)
        if (!(this->*member).isEmpty())
            out << this->*member;
    return out;
}

QMap<QString, QString> toMap(const SecretRefs& refs) {
    QMap<QString, QString> out;
    for (const auto& [name, member] : kRefSlots)
        if (!(refs.*member).isEmpty())
            out.insert(QLatin1String(name), refs.*member);
    return out;
}

SecretRefs secretRefsFromMap(const QMap<QString, QString>& map) {
    SecretRefs refs;
    for (const auto& [name, member] : kRefSlots)
        refs.*member = map.value(QLatin1String(name));
    return refs;
}

int HealthSnapshot::gpuAllocatable() const {
    int total = 0;
    for (const auto& g : gpus)
        total += g.allocatable;
    return total;
}

int HealthSnapshot::gpuUsed() const {
    int total = 0;
    for (const auto& g : gpus)
        total += g.used;
    return total;
}

QString toString(ClusterStatus status) {
    return nameOf(kStatus, status);
}
QString toString(KarmadaRole role) {
    return nameOf(kRole, role);
}
QString toString(ClusterOrigin origin) {
    return nameOf(kOrigin, origin);
}
QString toString(AuthKind kind) {
    return nameOf(kAuth, kind);
}
ClusterStatus clusterStatusFromString(const QString& text) {
    return valueOf(kStatus, text);
}
KarmadaRole karmadaRoleFromString(const QString& text) {
    return valueOf(kRole, text);
}
ClusterOrigin clusterOriginFromString(const QString& text) {
    return valueOf(kOrigin, text);
}
AuthKind authKindFromString(const QString& text) {
    return valueOf(kAuth, text);
}

QList<DataCenter> defaultDataCenters() {
    // Stable ids; the labels are what the product brief's users call their sites. Users add
    // their own through addDataCenter().
    return {
        {QStringLiteral("default"), QStringLiteral("Default")},
        {QStringLiteral("hq-idc"), QStringLiteral("HQ IDC")},
        {QStringLiteral("seoul-dc1"), QStringLiteral("Seoul DC1")},
    };
}

} // namespace fd::registry
