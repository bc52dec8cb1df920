#include "versioninfo.h"

#include <QtGlobal>

#include <curl/curl.h>
#include <openssl/crypto.h>
#include <sqlite3.h>

#ifndef FLEETDECK_VERSION
#define FLEETDECK_VERSION "0.0.0"
#endif
#ifndef FLEETDECK_YAMLCPP_VERSION
#define FLEETDECK_YAMLCPP_VERSION "unknown"
#endif

namespace fd {

QString fleetdeckVersion() {
    return QStringLiteral(FLEETDECK_VERSION);
}

QList<QPair<QString, QString>> libraryVersions() {
    const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
    QString curlText = QString::fromLatin1(curl->version);
    if (curl->ssl_version)
        curlText +=
            QStringLiteral(" (") + QString::fromLatin1(curl->ssl_version) + QLatin1Char(')');
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libcurl"), curlText},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("yaml-cpp"), QStringLiteral(FLEETDECK_YAMLCPP_VERSION)},
    };
}

} // namespace fd
