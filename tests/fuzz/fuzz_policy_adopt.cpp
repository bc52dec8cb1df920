// libFuzzer target for adopting Karmada policy objects (adoptPropagationPolicy,
// adoptOverridePolicy: what `policy adopt` does with an object read from a control plane). The
// input is JSON: one object, or an array of them (Karmada's samples are arrays). Each object is
// tried as it is and as each of the four policy kinds. Beyond "no crash, no sanitizer report, no
// hang", it checks:
//  - a refused adoption carries a one-line message;
//  - a namespaced PropagationPolicy / OverridePolicy is always refused, naming
//    metadata.namespace;
//  - what adopts, validates and renders without loss (renderStrategy / renderProfile for each
//    Karmada generation that has failover) renders to an object that adopts again to the same
//    policies — adoption is the inverse of rendering on what it accepts.
#include "policy/karmadarender.h"
#include "policy/policysync.h"
#include "policy/validation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace fd::policy;

[[noreturn]] void fail(const char* what, const QJsonObject& object, const QString& detail = {}) {
    std::fprintf(stderr, "%s\n%s\n%s\n", what,
                 QJsonDocument(object).toJson(QJsonDocument::Compact).constData(),
                 detail.toUtf8().constData());
    std::abort();
}

void checkRefusal(const fd::Error& error, const QJsonObject& object) {
    if (error.message.isEmpty() || error.message.contains(u'\n'))
        fail("refusal without a one-line message", object, error.message);
}

const KarmadaGeneration kGenerations[] = {
    KarmadaGeneration::V1_6_to_1_10, KarmadaGeneration::V1_11_to_1_14,
    KarmadaGeneration::V1_15_to_1_18, KarmadaGeneration::V1_19_or_later};

void adoptStrategy(const QJsonObject& object) {
    const auto adopted = adoptPropagationPolicy(object, QStringLiteral("fz"));
    if (!adopted) {
        checkRefusal(adopted.error(), object);
        return;
    }
    if (isNamespacedPolicyKind(object.value(u"kind").toString()))
        fail("a namespaced PropagationPolicy was adopted", object);
    PolicySet set;
    set.strategies << adopted->strategy;
    if (adopted->failover)
        set.failoverPolicies << *adopted->failover;
    // What would not validate is refused by `policy apply` with its message: nothing to render.
    if (hasErrors(validateStrategy(adopted->strategy, set)) ||
        (adopted->failover && hasErrors(validateFailover(*adopted->failover, set))))
        return;
    for (KarmadaGeneration g : kGenerations) {
        const RenderResult rendered =
            renderStrategy(adopted->strategy, set, KarmadaCapabilities::assumed(g));
        if (rendered.objects.size() != 1)
            fail("a strategy did not render to one object", object);
        if (!rendered.notExpressed.isEmpty())
            continue; // this generation cannot hold all of it, and says so
        const QJsonObject again = rendered.objects.first().object;
        const auto back = adoptPropagationPolicy(again, QStringLiteral("fz"));
        if (!back)
            fail("Fleetdeck's own rendering was not adopted", again, back.error().message);
        PlacementStrategy a = adopted->strategy;
        PlacementStrategy b = back->strategy;
        a.description.clear(); // "Adopted from <object name>"
        b.description.clear();
        std::optional<FailoverPolicy> fa = adopted->failover, fb = back->failover;
        if (fa)
            fa->description.clear();
        if (fb)
            fb->description.clear();
        if (!(a == b) || fa != fb)
            fail("adopt → render → adopt changed the strategy", again,
                 QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
}

void adoptProfile(const QJsonObject& object) {
    const auto adopted = adoptOverridePolicy(object, QStringLiteral("fz"));
    if (!adopted) {
        checkRefusal(adopted.error(), object);
        return;
    }
    if (isNamespacedPolicyKind(object.value(u"kind").toString()))
        fail("a namespaced OverridePolicy was adopted", object);
    PolicySet set;
    set.profiles << *adopted;
    if (hasErrors(validateProfile(*adopted, set)))
        return;
    for (KarmadaGeneration g : kGenerations) {
        const RenderResult rendered = renderProfile(*adopted, KarmadaCapabilities::assumed(g));
        if (rendered.objects.size() != 1 || !rendered.notExpressed.isEmpty())
            continue;
        const QJsonObject again = rendered.objects.first().object;
        const auto back = adoptOverridePolicy(again, QStringLiteral("fz"));
        if (!back)
            fail("Fleetdeck's own rendering was not adopted", again, back.error().message);
        ResourceProfile a = *adopted;
        ResourceProfile b = *back;
        a.description.clear();
        b.description.clear();
        if (!(a == b))
            fail("adopt → render → adopt changed the profile", again,
                 QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
}

void adoptAsEveryKind(QJsonObject object) {
    for (const char* kind : {"", "ClusterPropagationPolicy", "ClusterOverridePolicy",
                             "PropagationPolicy", "OverridePolicy"}) {
        if (*kind)
            object.insert(QStringLiteral("kind"), QLatin1String(kind));
        const QString k = object.value(u"kind").toString();
        if (isNamespacedPolicyKind(k)) {
            // Always refused, naming the namespace (the object read from the control plane
            // has one; the fuzzed one may not).
            const bool adopted = k == u"PropagationPolicy"
                                     ? adoptPropagationPolicy(object, QStringLiteral("fz")).ok()
                                     : adoptOverridePolicy(object, QStringLiteral("fz")).ok();
            if (adopted)
                fail("a namespaced policy was adopted", object);
            const auto why = namespacedAdoptionRefusal(object);
            if (!why || why->detail != u"metadata.namespace")
                fail("a namespaced policy's refusal does not name metadata.namespace", object);
            checkRefusal(*why, object);
            continue;
        }
        adoptStrategy(object);
        adoptProfile(object);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        adoptAsEveryKind(doc.object());
    } else if (doc.isArray()) {
        const QJsonArray items = doc.array();
        for (qsizetype i = 0; i < items.size() && i < 8; ++i)
            if (items.at(i).isObject())
                adoptAsEveryKind(items.at(i).toObject());
    }
    return 0;
}
