#include "kube/kubedecode.h"

#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace fd::kube::detail {

namespace {

// Shared by the caller and the helper tasks. Helpers that start after all chunks were taken
// return without touching `fn`, which lives on the caller's stack only until every chunk that
// was taken has finished.
struct ChunkState {
    const std::function<void(qsizetype, qsizetype)>* fn = nullptr;
    qsizetype count = 0;
    qsizetype chunkSize = 0;
    qsizetype chunks = 0;
    std::atomic<qsizetype> next{0};
    std::mutex mutex;
    std::condition_variable finished;
    qsizetype done = 0;

    void work() {
        for (;;) {
            const qsizetype chunk = next.fetch_add(1);
            if (chunk >= chunks)
                return;
            const qsizetype begin = chunk * chunkSize;
            (*fn)(begin, std::min(count, begin + chunkSize));
            std::lock_guard lock(mutex);
            if (++done == chunks)
                finished.notify_all();
        }
    }
};

} // namespace

void parallelFor(qsizetype count, const std::function<void(qsizetype, qsizetype)>& fn) {
    constexpr qsizetype kMinParallel = 512; // below this, thread hand-off costs more than it saves
    QThreadPool* pool = QThreadPool::globalInstance();
    const int helpers = std::max(0, pool->maxThreadCount() - 1);
    if (count < kMinParallel || helpers == 0) {
        fn(0, count);
        return;
    }
    auto state = std::make_shared<ChunkState>();
    state->fn = &fn;
    state->count = count;
    state->chunks = std::min<qsizetype>(qsizetype(helpers + 1) * 4, count / 64 + 1);
    state->chunkSize = (count + state->chunks - 1) / state->chunks;
    state->chunks = (count + state->chunkSize - 1) / state->chunkSize;
    for (int i = 0; i < helpers; ++i) {
        // tryStart: never queue behind busy workers; the caller does the remaining chunks.
        if (!pool->tryStart([state] { state->work(); }))
            break;
    }
    state->work();
    std::unique_lock lock(state->mutex);
    state->finished.wait(lock, [&] { return state->done == state->chunks; });
}

} // namespace fd::kube::detail
