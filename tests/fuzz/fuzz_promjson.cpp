// libFuzzer target for the Prometheus and Alertmanager answer decoders (core/metrics/promdecode,
// jsonreader), the text exposition reader, sample values and the duration parser — all of it
// input from servers or users. Beyond "no crash, no sanitizer report, no hang" it checks the
// pull JSON reader against QJsonDocument: a document Qt accepts (object or array at the top,
// shallow, and valid JSON — Qt also takes some invalid strings and numbers) must be accepted by the
// reader too, and a duration that parses must print and parse back to the same value.
#include "metrics/duration.h"
#include "metrics/exposition.h"
#include "metrics/jsonreader.h"
#include "metrics/promdecode.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using namespace fd::metrics;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "oracle failed: %s\n", what);
    std::abort();
}

// QJsonDocument is more lenient than RFC 8259 inside strings: it takes unknown escapes ("\+"
// becomes "+") and raw control characters. The pull reader rejects both, as the RFC does; such
// documents are no disagreement.
bool hasInvalidString(const QByteArray& body) {
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto c = static_cast<unsigned char>(body.at(i));
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"')
            inString = false;
        else if (c < 0x20)
            return true;
        else if (c == '\\') {
            if (++i >= body.size())
                return true;
            const char escaped = body.at(i);
            if (escaped == '\0' || !std::strchr("\"\\/bfnrtu", escaped))
                return true;
        }
    }
    return false;
}

// QJsonDocument also takes numbers outside RFC 8259's grammar: a fraction point without digits
// on one side ("1.", ".5", "-.5"). The reader keeps to the RFC; such documents are no
// disagreement either.
bool hasNonRfcNumber(const QByteArray& body) {
    bool inString = false;
    auto digit = [&](qsizetype i) {
        return i >= 0 && i < body.size() && body.at(i) >= '0' && body.at(i) <= '9';
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '.' && (!digit(i - 1) || !digit(i + 1))) {
            return true;
        }
    }
    return false;
}

void checkReaderAgainstQt(const QByteArray& body) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (doc.isNull() || body.count('[') + body.count('{') > 100 || hasInvalidString(body) ||
        hasNonRfcNumber(body))
        return;
    JsonReader r(body);
    if (!r.skipValue() || !r.atEnd())
        fail("QJsonDocument accepts a document the pull reader rejects");
}

void checkDuration(const QByteArray& text) {
    const QString s = QString::fromUtf8(text.left(80));
    const auto ms = parseDurationMs(s);
    if (!ms)
        return;
    const auto again = parseDurationMs(formatDuration(*ms));
    if (!again || *again != *ms)
        fail("duration does not survive formatDuration");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString server = QStringLiteral("fuzz:9090");

    checkReaderAgainstQt(body);
    (void)decodeQueryResult(body, server);
    (void)decodeSeriesList(body, server);
    (void)decodeStringList(body, server);
    (void)decodeTargets(body, server);
    (void)decodeRules(body, server);
    (void)decodeAlerts(body, server);
    (void)decodeBuildInfo(body, server);
    (void)decodeAmAlerts(body, server);
    (void)decodeSilences(body, server);
    (void)decodeSilenceId(body, server);
    (void)decodeAmStatus(body, server);
    (void)errorFromResponse(422, body, "application/json", Service::Prometheus, server);
    (void)errorFromResponse(400, body, "text/html", Service::Alertmanager, server);
    (void)parseSampleValue(body.left(70));
    (void)parseRfc3339(QString::fromUtf8(body.left(64)));
    (void)parseExposition(body);
    checkDuration(body);
    return 0;
}
