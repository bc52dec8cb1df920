// libFuzzer target for the Kubernetes API JSON decoding (core/kube/kubedecode*, kubelistscan,
// kubeerror): lists, single objects, watch stream lines, Status error bodies, times, quantities
// and selectors.
// Beyond "no crash, no sanitizer report, no hang", it checks that the fast item-by-item list
// path agrees with the whole-document parser: whenever the whole document decodes, the fast
// path must decode too, to the same items and list metadata.
#include "kube/kubedecode.h"
#include "kube/kubeerror.h"
#include "kube/quantity.h"
#include "kube/selectors.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace fd::kube;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fast list path disagrees with the whole-document parser: %s\n", what);
    std::abort();
}

void checkListPaths(const QByteArray& body) {
    const auto whole = decodeRawListWhole(body);
    const auto fast = decodeRawList(body);
    if (!whole.ok()) {
        if (!fast.ok() && fast.error().category != KubeErrorCategory::MalformedResponse)
            fail("error category");
        return;
    }
    if (!fast.ok())
        fail("fast path failed where the whole document decodes");
    if (fast->items != whole->items)
        fail("items");
    if (fast->metadata.resourceVersion != whole->metadata.resourceVersion ||
        fast->metadata.continueToken != whole->metadata.continueToken ||
        fast->metadata.remainingItemCount != whole->metadata.remainingItemCount)
        fail("list metadata");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));

    checkListPaths(body);
    // A watch stream line, as the watch decodes it on the pool.
    if (WatchLine line; parseWatchLine(body, line) && line.type != WatchLine::Type::Error) {
        Node node;
        decode(line.object, node);
        Event event;
        decode(line.object, event);
    }
    (void)decodeList<Node>(body);
    (void)decodeList<Pod>(body);
    (void)decodeList<Event>(body);
    (void)decodeObject<Deployment>(body);
    (void)decodeObject<Secret>(body);
    (void)decodeObject<ClusterRole>(body);
    (void)decodeObject<ApiResourceList>(body);
    (void)decodeObject<VersionInfo>(body);
    if (auto json = parseObject(body); json.ok()) {
        (void)decodeApiGroups(*json);
        (void)decodeApiVersions(*json);
        Node node;
        decode(*json, node);
        (void)node.roles();
        (void)node.migResources();
        (void)node.gpuCapacity();
        (void)node.readyStatus();
    }

    // Status bodies become typed errors; the user always gets a sentence.
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const KubeError e = errorFromResponse(status, body, body.left(8));
    if (e.userMessage().isEmpty())
        std::abort();

    // Short inputs as text: times, quantities, selectors.
    if (size <= 256) {
        const QString text = QString::fromUtf8(body);
        (void)parseTime(text);
        if (auto q = Quantity::parse(text))
            (void)q->value();
        (void)LabelSelector::parse(text);
    }
    return 0;
}
