// libFuzzer target for the streamed chat answer parsers (core/deploy/sseparser, chatstream):
// OpenAI-style SSE and Ollama NDJSON from a model server, which is untrusted input. Beyond "no
// crash, no sanitizer report, no hang", it checks that chunk boundaries do not matter: the input
// fed whole and fed in pieces (cut where the input's first bytes say) gives the same events —
// the property the client relies on, since the network cuts a stream anywhere.
#include "deploy/chatstream.h"

#include <cstdio>
#include <cstdlib>

namespace {

using namespace fd::deploy;

QStringList describe(const QList<ChatEvent>& events) {
    QStringList out;
    for (const ChatEvent& e : events)
        out << QString::number(int(e.kind)) + QLatin1Char('|') + e.text + QLatin1Char('|') +
                   e.finishReason + QLatin1Char('|') + QString::number(e.completionTokens) +
                   QLatin1Char('|') + QString::number(e.promptTokens);
    return out;
}

QStringList decode(ChatApi api, QByteArrayView bytes, const QList<qsizetype>& cuts, bool* done) {
    ChatStreamDecoder d(api);
    QList<ChatEvent> out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        d.feed(bytes.sliced(from, cut - from), out);
        from = cut;
    }
    d.feed(bytes.sliced(from), out);
    *done = d.finish(out);
    // Events carry only what the input said: a Malformed event ends the list.
    for (qsizetype i = 0; i + 1 < out.size(); ++i)
        if (out[i].kind == ChatEvent::Kind::Malformed)
            std::abort();
    return describe(out);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
    if (size < 2)
        return 0;
    const ChatApi api = data[0] & 1 ? ChatApi::Ollama : ChatApi::OpenAi;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data) + 2, qsizetype(size - 2));
    QList<qsizetype> cuts;
    const int step = 1 + data[1] % 17;
    for (qsizetype at = step; at < bytes.size(); at += step + (at % 5))
        cuts << at;
    bool wholeDone = false;
    bool piecesDone = false;
    const QStringList whole = decode(api, bytes, {}, &wholeDone);
    const QStringList pieces = decode(api, bytes, cuts, &piecesDone);
    if (whole != pieces || wholeDone != piecesDone) {
        std::fprintf(stderr, "chunk boundaries changed the events (%lld vs %lld)\n",
                     qint64(whole.size()), qint64(pieces.size()));
        std::abort();
    }
    (void)serverErrorMessage(bytes);
    return 0;
}
