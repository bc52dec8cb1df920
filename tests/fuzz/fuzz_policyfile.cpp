// libFuzzer target for Fleetdeck's policy file reader (readPolicyYaml) and the Karmada schema
// reader. Beyond "no crash, no sanitizer report, no hang", it checks:
//  - a failed read carries a one-line message (what `policy apply FILE` prints);
//  - whatever reads successfully survives writePolicyYaml → readPolicyYaml unchanged (after
//    normalisation) — the writer's quoting must keep every string a string.
#include "policy/karmadaschema.h"
#include "policy/policyformat.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto set = fd::policy::readPolicyYaml(bytes);
    if (!set) {
        if (set.error().message.isEmpty() || set.error().message.contains(u'\n')) {
            std::fprintf(stderr, "error without a one-line message\n");
            std::abort();
        }
    } else {
        const fd::policy::PolicySet normalized = fd::policy::normalized(*set);
        const QByteArray written = fd::policy::writePolicyYaml(*set);
        auto back = fd::policy::readPolicyYaml(written);
        if (!back || !(*back == normalized)) {
            std::fprintf(stderr, "round trip changed the policies:\n%s\n%s\n", written.constData(),
                         back ? "" : back.error().message.toUtf8().constData());
            std::abort();
        }
    }
    auto schema = fd::policy::readSchemaBytes(bytes);
    if (schema)
        (void)fd::policy::capabilitiesFrom(*schema);
    return 0;
}
